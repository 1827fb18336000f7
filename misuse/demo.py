"""The demo's reports of suspected fakes: one in each status, so editors see the whole flow.

The wording is the demo's own; the places and products are the demo's. Two
were sent from the Vietnamese site and two from the English one, as visitors
of each would write them. Idempotent: a report is recognised by where it was
seen, and an editor's later changes to its status or note are kept.
"""

from catalogue.models import ProductPage

from .models import MisuseKind, MisuseReport, ReportStatus

REPORTS = [
    {
        "product": "mat-ong-hoa-tram",
        "kind": MisuseKind.FAKE_COPY,
        "where_seen": "Chợ phiên cuối tuần ở thị trấn Thạnh Hóa, sạp bán đồ khô gần cổng chợ",
        "description": (
            "Hũ mật ong dán nhãn giống hệt mật ong hoa tràm của tổ hợp tác, có cả logo OCOP 4 sao, "
            "nhưng không có tem truy xuất và giá chỉ bằng một nửa. Mật loãng, để lâu thì tách lớp."
        ),
        "contact": "",
        "language": "vi",
        "status": ReportStatus.NEW,
        "editor_note": "",
    },
    {
        "product": "ruou-de-go-den-30-do",
        "kind": MisuseKind.NO_CERTIFICATE,
        "where_seen": "https://shop.example.vn/ruou-go-den-chinh-goc",
        "description": (
            "Gian hàng trực tuyến ghi “Rượu đế Gò Đen đạt chuẩn OCOP 5 sao”, nhưng trên trang chủ thể "
            "không có sản phẩm 5 sao nào và người bán không nêu tên cơ sở sản xuất."
        ),
        "contact": "0900 000 111",
        "language": "vi",
        "status": ReportStatus.CHECKING,
        "editor_note": (
            "Đã gửi ảnh chụp gian hàng cho HTX Phước Lợi để đối chiếu nhãn; chờ trả lời trước khi báo sàn "
            "thương mại điện tử."
        ),
    },
    {
        "product": "lap-xuong-tuoi-can-duoc",
        "kind": MisuseKind.EXPIRED_LABEL,
        "where_seen": "A souvenir shop on the riverside road in Tân An, shelf by the till",
        "description": (
            "The Chinese sausage still carries an OCOP sticker, but the verification page for its stamp says "
            "the certificate expired. The shop owner said the packs were new stock."
        ),
        "contact": "visitor.report@example.com",
        "language": "en",
        "status": ReportStatus.CONFIRMED,
        "editor_note": (
            "Checked on the register: the certificate has expired and has not been renewed. The producer has "
            "been asked to remove the sticker from stock in shops."
        ),
    },
    {
        "product": "den-trang-tri",
        "kind": MisuseKind.FAKE_COPY,
        "where_seen": "A stall at a weekend craft fair in Huế",
        "description": (
            "Bamboo lamps that look like the Bao La cooperative's, sold as OCOP products, at a much lower price."
        ),
        "contact": "",
        "language": "en",
        "status": ReportStatus.UNFOUNDED,
        "editor_note": (
            "The cooperative confirmed the stall is one of its own resellers at the fair; the lamps are genuine "
            "and certified."
        ),
    },
]


def load_misuse_demo(locale):
    """Create the demo's reports that are missing; returns how many were created."""
    products = {page.slug: page for page in ProductPage.objects.filter(locale=locale)}
    created = 0
    for row in REPORTS:
        if MisuseReport.objects.filter(where_seen=row["where_seen"]).exists():
            continue
        product = products.get(row["product"])
        MisuseReport.objects.create(
            kind=row["kind"],
            where_seen=row["where_seen"],
            description=row["description"],
            product=product,
            certification=product.current_certification if product else None,
            contact=row["contact"],
            language=row["language"],
            status=row["status"],
            editor_note=row["editor_note"],
        )
        created += 1
    return created
