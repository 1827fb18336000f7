"""Demo content for the OCOP showcase and e-catalogue (Vietnamese only for now).

Pure data, no Django imports: the ``load_demo_content`` command reads these
structures and builds the page tree, the taxonomy links, the certification
register, the display points and the news from them.

Facts and figures come from the project's domain notes (the national programme,
the star bands, and what Long An, Thừa Thiên Huế, Sóc Trăng, Đồng Tháp and Lai
Châu published). Everything else is invented for the demo and kept deliberately
generic: the names of producers the notes do not name, decision numbers,
prices, phone numbers (fake, "0272 3800 1xx" style), e-mail addresses and web
sites on example.vn, the extra display points and their opening hours. The
contacts and addresses given for the producers the notes do name (HTX mây tre
đan Bao La, Công ty TNHH MTV Dũng Long, HTX Nông nghiệp Bình Lư, the Đèo Thị
Sớp and Đào Huy Cương households) are placeholders too, not their real details.

Conventions
-----------
* Addresses, decision issuers and province slugs are written as they were at
  the time (Long An before its merger into Tây Ninh on 1 July 2025, Thừa Thiên
  Huế, Sóc Trăng). ``HISTORIC_PROVINCES`` says which current province each one
  merged into; Đồng Tháp, Lai Châu and An Giang kept their names.
* Stars and scores agree with the bands of Decision 148/QĐ-TTg:
  3★ 50-69, 4★ 70-89, 5★ 90-100.
* A certificate is valid for 36 months from its decision date. The demo is
  written for 22 November 2026; the decision with key ``demo-expiring`` gets a
  date computed by the loader so that its certificates always expire 45 days
  from the day the demo is loaded.
* Rich text uses only <p>, <b>, <i>, <ul><li> and <a href="https://...">.
* Stream blocks are (type, value) tuples; a "heading" value is its text, a
  "quote" value is {"text", "attribution"}, a "facts" value is a list of
  {"value", "label"}.
"""

# Groups/sub-groups are created by a data migration with these slugs (use them as "subgroup" of products):
# thuc-pham (Thực phẩm): nong-san-tuoi-song, nong-san-so-che, thuc-pham-che-bien, gia-vi-nuoc-cham, che,
#   ca-phe-ca-cao
# do-uong (Đồ uống): ruou-trang, do-uong-co-con-khac, do-uong-khong-con
# duoc-lieu (Dược liệu và sản phẩm từ dược liệu): thuc-pham-chuc-nang, thuoc-duoc-lieu, my-pham-thao-duoc, tinh-dau
# thu-cong-my-nghe (Thủ công mỹ nghệ): do-go, may-tre-dan, det-may, kim-khi, gom-su
# sinh-vat-canh (Sinh vật cảnh): hoa, cay-canh, dong-vat-canh
# dich-vu-du-lich (Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch): du-lich-cong-dong,
#   du-lich-sinh-thai, diem-du-lich
# Current provinces (after 1/7/2025) are created by the data migration with slugs such as:
#   tay-ninh, hue, can-tho, dong-thap, lai-chau, an-giang.

# The date the demo's statuses are written for (valid / expiring / expired / revoked).
DEMO_TODAY = "2026-11-22"

HISTORIC_PROVINCES = [  # pre-2025 provinces the demo's addresses use; they merged into current ones
    {"slug": "long-an", "name": "Long An", "name_en": "Long An", "merged_into": "tay-ninh"},
    {"slug": "thua-thien-hue", "name": "Thừa Thiên Huế", "name_en": "Thua Thien Hue", "merged_into": "hue"},
    {"slug": "soc-trang", "name": "Sóc Trăng", "name_en": "Soc Trang", "merged_into": "can-tho"},
]

HOME = {
    "title": "Sản phẩm OCOP – Mỗi xã một sản phẩm",
    "intro": (
        "OCOP (Mỗi xã một sản phẩm) là chương trình quốc gia bắt đầu từ năm 2018, giúp từng địa phương "
        "đưa sản vật, nghề truyền thống và cảnh quan của mình thành hàng hóa, dịch vụ có thương hiệu, "
        "chất lượng ổn định và chỗ đứng trên thị trường. Mỗi sản phẩm được hội đồng chấm điểm trên thang "
        "100 và phân hạng theo số sao; chỉ những sản phẩm đạt từ 3 sao trở lên mới được chứng nhận và "
        "giới thiệu trong danh mục này."
    ),
    "summary": "Danh mục sản phẩm OCOP: tra cứu sản phẩm, chủ thể, chứng nhận và điểm bán trên cả nước.",
    "image": {"motif": "flower", "palette": 0},
    "featured": [
        "gao-thom-st25-lua-tom",
        "den-trang-tri",
        "ruou-de-go-den-30-do",
        "mat-ong-hoa-tram",
        "gao-seng-cu-lai-chau",
        "hoa-cuc-mam-xoi-sa-dec",
    ],
}

DECISIONS = [
    # Long An (before the merger into Tây Ninh on 1/7/2025)
    {
        "key": "la-2019-01",
        "number": "2860/QĐ-UBND",
        "date": "2019-08-26",
        "issuer": "UBND tỉnh Long An",
        "kind": "new",
        "summary": "Công nhận đợt đầu các sản phẩm đạt chuẩn OCOP của tỉnh Long An theo kế hoạch phê duyệt "
        "tại Quyết định 5077/QĐ-UBND.",
    },
    {
        "key": "la-2020-01",
        "number": "4415/QĐ-UBND",
        "date": "2020-12-08",
        "issuer": "UBND tỉnh Long An",
        "kind": "new",
        "summary": "Công nhận bổ sung sản phẩm OCOP năm 2020, đưa số sản phẩm được chứng nhận của tỉnh lên 14.",
    },
    {
        "key": "la-2024-01",
        "number": "3920/QĐ-UBND",
        "date": "2024-04-19",
        "issuer": "UBND tỉnh Long An",
        "kind": "again",
        "summary": "Công nhận lại hạng sao cho các sản phẩm OCOP đã hết thời hạn chứng nhận và tham gia "
        "đánh giá, phân hạng lại.",
    },
    {
        "key": "la-2025-01",
        "number": "2187/QĐ-UBND",
        "date": "2025-03-28",
        "issuer": "UBND tỉnh Long An",
        "kind": "new",
        "summary": "Công nhận mới sản phẩm OCOP đợt 1 năm 2025 của tỉnh Long An.",
    },
    # Tây Ninh, after Long An merged into it
    {
        "key": "tn-2026-01",
        "number": "1546/QĐ-UBND",
        "date": "2026-05-15",
        "issuer": "UBND tỉnh Tây Ninh",
        "kind": "again",
        "summary": "Công nhận lại sản phẩm OCOP của các chủ thể trên địa bàn tỉnh Long An cũ sau khi "
        "hợp nhất vào tỉnh Tây Ninh.",
    },
    # Thừa Thiên Huế
    {
        "key": "tth-2019-01",
        "number": "2455/QĐ-UBND",
        "date": "2019-10-21",
        "issuer": "UBND tỉnh Thừa Thiên Huế",
        "kind": "new",
        "summary": "Công nhận đợt đầu sản phẩm OCOP cấp tỉnh của Thừa Thiên Huế năm 2019.",
    },
    {
        "key": "tth-2020-01",
        "number": "3178/QĐ-UBND",
        "date": "2020-12-02",
        "issuer": "UBND tỉnh Thừa Thiên Huế",
        "kind": "new",
        "summary": "Công nhận sản phẩm OCOP cấp tỉnh năm 2020, khép lại giai đoạn 2019-2020 với 25 sản phẩm "
        "được chứng nhận.",
    },
    {
        "key": "tth-2024-01",
        "number": "1702/QĐ-UBND",
        "date": "2024-07-10",
        "issuer": "UBND tỉnh Thừa Thiên Huế",
        "kind": "again",
        "summary": "Công nhận lại các sản phẩm OCOP đã hết hạn chứng nhận sau khi được đánh giá, phân hạng lại.",
    },
    # Sóc Trăng and the national level
    {
        "key": "st-2021-01",
        "number": "2634/QĐ-UBND",
        "date": "2021-09-17",
        "issuer": "UBND tỉnh Sóc Trăng",
        "kind": "new",
        "summary": "Công nhận sản phẩm đạt chuẩn OCOP năm 2021 của tỉnh Sóc Trăng.",
    },
    {
        "key": "bnn-2024-01",
        "number": "1965/QĐ-BNN-VPĐP",
        "date": "2024-06-05",
        "issuer": "Bộ Nông nghiệp và Phát triển nông thôn",
        "kind": "new",
        "summary": "Công nhận sản phẩm OCOP quốc gia hạng 5 sao.",
    },
    {
        "key": "st-2024-01",
        "number": "2011/QĐ-UBND",
        "date": "2024-08-23",
        "issuer": "UBND tỉnh Sóc Trăng",
        "kind": "again",
        "summary": "Công nhận lại các sản phẩm OCOP có giấy chứng nhận cấp năm 2021 sắp hết hiệu lực.",
    },
    {
        "key": "st-2025-01",
        "number": "1378/QĐ-UBND",
        "date": "2025-05-30",
        "issuer": "UBND tỉnh Sóc Trăng",
        "kind": "new",
        "summary": "Công nhận mới sản phẩm OCOP đợt 1 năm 2025 của tỉnh Sóc Trăng.",
    },
    # Đồng Tháp
    {
        "key": "dt-2020-01",
        "number": "1206/QĐ-UBND",
        "date": "2020-07-15",
        "issuer": "UBND tỉnh Đồng Tháp",
        "kind": "new",
        "summary": "Công nhận sản phẩm đạt chuẩn OCOP của tỉnh Đồng Tháp năm 2020.",
    },
    {
        "key": "dt-2023-01",
        "number": "1089/QĐ-UBND",
        "date": "2023-07-25",
        "issuer": "UBND tỉnh Đồng Tháp",
        "kind": "again",
        "summary": "Công nhận lại các sản phẩm OCOP được chứng nhận năm 2020 sau khi đánh giá lại.",
    },
    {
        "key": "dt-2025-01",
        "number": "1843/QĐ-UBND",
        "date": "2025-09-12",
        "issuer": "UBND tỉnh Đồng Tháp",
        "kind": "new",
        "summary": "Công nhận mới sản phẩm OCOP năm 2025, trong đó có sản phẩm du lịch cộng đồng và du lịch sinh thái.",
    },
    {
        "key": "dt-2026-01",
        "number": "1120/QĐ-UBND",
        "date": "2026-06-18",
        "issuer": "UBND tỉnh Đồng Tháp",
        "kind": "again",
        "summary": "Công nhận lại các sản phẩm OCOP có chứng nhận năm 2023, trước khi hết thời hạn 36 tháng.",
    },
    # Lai Châu
    {
        "key": "lc-2020-01",
        "number": "1794/QĐ-UBND",
        "date": "2020-12-14",
        "issuer": "UBND tỉnh Lai Châu",
        "kind": "new",
        "summary": "Công nhận sản phẩm OCOP của tỉnh Lai Châu năm 2020.",
    },
    {
        "key": "lc-2023-01",
        "number": "1356/QĐ-UBND",
        "date": "2023-09-06",
        "issuer": "UBND tỉnh Lai Châu",
        "kind": "new",
        "summary": "Công nhận mới sản phẩm OCOP năm 2023 của tỉnh Lai Châu.",
    },
    {
        "key": "lc-2026-01",
        "number": "1478/QĐ-UBND",
        "date": "2026-08-27",
        "issuer": "UBND tỉnh Lai Châu",
        "kind": "again",
        "summary": "Công nhận lại các sản phẩm OCOP được chứng nhận năm 2023.",
    },
    {
        # The loader overrides this date so that the certificates always expire 45 days after loading.
        "key": "demo-expiring",
        "number": "1925/QĐ-UBND",
        "date": "2024-01-08",
        "issuer": "UBND tỉnh Lai Châu",
        "kind": "again",
        "summary": "Công nhận lại sản phẩm OCOP của các chủ thể đã có chứng nhận từ năm 2020.",
    },
]

# Shared online channels
POSTMART = {"name": "Postmart.vn", "url": "https://postmart.vn"}
VOSO = {"name": "Voso.vn", "url": "https://voso.vn"}
TIKI = {"name": "Tiki", "url": "https://tiki.vn"}

# Sales channels of a producer (kind: supermarket, ecommerce, shop, other)
COOPMART = {"kind": "supermarket", "name": "Hệ thống siêu thị Co.op Mart", "url": "https://www.co-opmart.com.vn"}
BIGC = {"kind": "supermarket", "name": "Siêu thị BigC", "url": "https://www.bigc.vn"}
VINMART = {"kind": "supermarket", "name": "Siêu thị VinMart", "url": "https://winmart.vn"}
POSTMART_SHOP = {"kind": "ecommerce", **POSTMART}
VOSO_SHOP = {"kind": "ecommerce", **VOSO}
TIKI_SHOP = {"kind": "ecommerce", **TIKI}

REST_STOP = "tram-dung-chan-dong-thap-muoi"
HUE_NIGHT = "gian-hang-ocop-pho-di-bo-ven-song-huong"
SA_DEC = "quay-ocop-lang-hoa-sa-dec"
SOC_TRANG_POST = "diem-ban-ocop-buu-dien-soc-trang"
LAI_CHAU_MARKET = "gian-hang-ocop-cho-trung-tam-lai-chau"


PRODUCERS = [
    # ------------------------------------------------------------------ Long An
    {
        "slug": "cong-ty-duoc-lieu-xanh-duc-hoa",
        "title": "Công ty TNHH Dược liệu Xanh Đức Hòa",
        "kind": "enterprise",
        "province": "long-an",
        "address": "Ấp Mới 2, xã Mỹ Hạnh Nam, huyện Đức Hòa, tỉnh Long An",
        "latitude": 10.868,
        "longitude": 106.548,
        "phone": "0272 3800 101",
        "email": "duoclieuxanh@example.vn",
        "website": "https://duoclieuxanh.example.vn",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "haccp": True,
        "iso_22000": True,
        "monthly_capacity": "Khoảng 40 kg đông trùng hạ thảo sấy thăng hoa và 6.000 hộp trà túi lọc",
        "minimum_order": "20 hộp mỗi loại cho mỗi đơn hàng",
        "export_markets": "Đài Loan, Singapore (qua nhà nhập khẩu)",
        "trade_contact_name": "Phạm Minh Khoa",
        "trade_contact_phone": "0272 3800 111",
        "trade_contact_email": "kinhdoanh@duoclieuxanh.example.vn",
        "summary": "Doanh nghiệp nhỏ ở Đức Hòa nuôi trồng đông trùng hạ thảo trong phòng sạch và chế biến thành "
        "sản phẩm sấy, tươi, trà túi lọc và ngâm mật ong.",
        "story": [
            ("heading", "Từ một phòng nuôi cấy nhỏ"),
            (
                "paragraph",
                "<p>Công ty bắt đầu từ một phòng nuôi cấy rộng chưa đầy hai mươi mét vuông do ba kỹ sư công nghệ "
                "sinh học quê Đức Hòa tự dựng. Sau nhiều mẻ hỏng, nhóm tìm ra cách nuôi đông trùng hạ thảo trên "
                "giá thể gạo lứt và nhộng tằm, giữ nhiệt độ, độ ẩm và ánh sáng ổn định suốt khoảng sáu mươi ngày "
                "của mỗi mẻ.</p>",
            ),
            (
                "paragraph",
                "<p>Khi Long An triển khai Chương trình OCOP theo Quyết định 5077/QĐ-UBND, công ty đăng ký ngay từ "
                "đợt đầu. Hai sản phẩm sấy thăng hoa và tươi nguyên hộp được công nhận 4 sao năm 2019; đến năm 2024 "
                "cả hai được đánh giá lại và giữ nguyên hạng sao.</p>",
            ),
            ("heading", "Làm kỹ từng khâu"),
            (
                "paragraph",
                "<p>Mỗi mẻ nuôi có sổ ghi chép riêng, từ lô giống, ngày cấy đến ngày thu hái. Sản phẩm được gửi "
                "kiểm nghiệm định kỳ, bao bì dán tem truy xuất nguồn gốc để người mua tự kiểm tra thông tin lô hàng "
                "và chứng nhận OCOP.</p>",
            ),
            (
                "quote",
                {
                    "text": "Chúng tôi không bán lời hứa chữa bệnh. Chúng tôi bán một sản phẩm sạch, ghi rõ nguồn gốc "
                    "và làm đúng quy trình.",
                    "attribution": "Anh Trần Minh Khoa, giám đốc công ty",
                },
            ),
        ],
        "sales_channels": [
            POSTMART_SHOP,
            TIKI_SHOP,
            {
                "kind": "shop",
                "name": "Cửa hàng giới thiệu sản phẩm tại Đức Hòa",
                "url": "https://duoclieuxanh.example.vn/cua-hang",
            },
        ],
        "image": {"motif": "mushroom", "palette": 4},
        "products": [
            {
                "slug": "dong-trung-ha-thao-say-thang-hoa",
                "title": "Đông trùng hạ thảo sấy thăng hoa",
                "subgroup": "thuc-pham-chuc-nang",
                "summary": "Quả thể đông trùng hạ thảo sấy thăng hoa ở nhiệt độ thấp, giữ màu cam tự nhiên, "
                "dùng hãm trà hoặc nấu súp.",
                "description": [
                    (
                        "paragraph",
                        "<p>Quả thể đông trùng hạ thảo được thu hái khi vừa đủ độ chín, làm sạch rồi đưa vào máy "
                        "sấy thăng hoa. Nước trong sợi nấm được rút ra ở nhiệt độ âm sâu nên sản phẩm giữ được màu "
                        "cam, mùi thơm nhẹ và hình dáng gần như lúc còn tươi.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Cách dùng đơn giản: hãm 8 đến 10 sợi với nước nóng khoảng 90 độ như pha trà, uống trong "
                        "ngày; có thể cho vào súp, cháo hoặc hầm cùng gà. Sau khi mở hộp nên đậy kín, để nơi khô "
                        "ráo, tránh ánh nắng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Sản phẩm này là thực phẩm, không phải là thuốc và không có tác dụng thay thế thuốc "
                        "chữa bệnh.</i></p>",
                    ),
                ],
                "packaging": "Hộp nhựa kín 10 g và 20 g; hộp quà 3 hộp 10 g",
                "price_min": 350000,
                "price_max": 1150000,
                "sold_at": [REST_STOP],
                "online": [POSTMART, TIKI],
                "image": {"motif": "mushroom", "palette": 4},
                "certifications": [
                    {"decision": "la-2019-01", "stars": 4, "score": 78, "revoked_on": None, "revocation_reason": ""},
                    {
                        "decision": "la-2024-01",
                        "stars": 4,
                        "score": 82,
                        "revoked_on": None,
                        "revocation_reason": "",
                        "parts": (34, 20, 28),
                    },
                ],
            },
            {
                "slug": "dong-trung-ha-thao-tuoi",
                "title": "Đông trùng hạ thảo tươi nguyên hộp",
                "subgroup": "thuc-pham-chuc-nang",
                "summary": "Đông trùng hạ thảo tươi còn nguyên trên giá thể, đóng hộp kín, bảo quản mát và dùng "
                "trong hai tuần.",
                "description": [
                    (
                        "paragraph",
                        "<p>Hộp đông trùng hạ thảo được giao ngay sau khi thu hái, quả thể vẫn mọc trên lớp giá thể "
                        "trong hộp nuôi nên giữ được độ tươi và giòn. Người dùng cắt phần nấm để dùng dần, phần giá "
                        "thể bỏ đi.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Đông trùng hạ thảo tươi hợp với món hầm, canh gà, xào nhẹ hoặc ngâm mật ong. Nên cất "
                        "trong ngăn mát tủ lạnh từ 2 đến 8 độ C và dùng trong khoảng 14 ngày kể từ ngày đóng hộp "
                        "in trên nhãn.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mỗi hộp dán tem truy xuất nguồn gốc; quét mã QR để xem lô nuôi, ngày thu hái và thông "
                        "tin chứng nhận OCOP của sản phẩm.</p>",
                    ),
                ],
                "packaging": "Hộp nuôi 250 g (khoảng 50 g quả thể tươi); thùng xốp giữ lạnh 6 hộp",
                "price_min": 180000,
                "price_max": 1050000,
                "sold_at": [REST_STOP],
                "online": [POSTMART],
                "image": {"motif": "mushroom", "palette": 2},
                "certifications": [
                    {"decision": "la-2019-01", "stars": 4, "score": 74, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "la-2024-01", "stars": 4, "score": 75, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "tra-dong-trung-ha-thao-tui-loc",
                "title": "Trà đông trùng hạ thảo túi lọc",
                "subgroup": "thuc-pham-chuc-nang",
                "summary": "Trà túi lọc phối đông trùng hạ thảo sấy với gạo lứt rang và cỏ ngọt, tiện mang "
                "theo khi đi làm, đi xa.",
                "description": [
                    (
                        "paragraph",
                        "<p>Đông trùng hạ thảo sấy khô được xay vừa, phối với gạo lứt rang thơm và một ít lá cỏ ngọt "
                        "để trà có vị ngọt dịu mà không cần thêm đường. Mỗi túi lọc dùng cho một tách khoảng "
                        "200 ml.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Nhúng túi trà vào nước sôi, đậy nắp chừng năm phút là dùng được; có thể pha lần hai. "
                        "Hộp giấy nhỏ gọn, hợp làm quà cho người thân hay mang theo trong những chuyến đi "
                        "dài.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sản phẩm được chứng nhận OCOP 3 sao năm 2020. Công ty chưa đăng ký đánh giá lại nên "
                        "chứng nhận đã hết hiệu lực; trà vẫn được bán tại cửa hàng của công ty.</p>",
                    ),
                ],
                "packaging": "Hộp giấy 20 túi lọc x 3 g",
                "price_min": 120000,
                "price_max": 150000,
                "sold_at": [],
                "online": [],
                "image": {"motif": "leaf", "palette": 7},
                "certifications": [
                    {"decision": "la-2020-01", "stars": 3, "score": 64, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "dong-trung-ha-thao-ngam-mat-ong",
                "title": "Đông trùng hạ thảo ngâm mật ong",
                "subgroup": "thuc-pham-chuc-nang",
                "summary": "Đông trùng hạ thảo tươi ngâm trong mật ong hoa tràm của các tổ nuôi ong ở vùng "
                "Đồng Tháp Mười.",
                "description": [
                    (
                        "paragraph",
                        "<p>Sợi đông trùng hạ thảo tươi được làm ráo rồi ngâm trong mật ong hoa tràm mua của các "
                        "tổ nuôi ong ở vùng Đồng Tháp Mười. Sau khoảng hai tuần, mật thấm vào sợi nấm, có màu hổ "
                        "phách sẫm và hương thơm đặc trưng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mỗi ngày dùng một đến hai thìa cà phê, pha với nước ấm hoặc ăn trực tiếp cả sợi nấm. "
                        "Không pha với nước sôi để giữ hương vị của mật. Đậy kín nắp, để nơi thoáng mát, không "
                        "cần bảo quản lạnh.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Không dùng cho trẻ dưới một tuổi. Sản phẩm này không phải là thuốc và không có tác dụng "
                        "thay thế thuốc chữa bệnh.</p>",
                    ),
                ],
                "packaging": "Hũ thủy tinh 250 ml và 500 ml; hộp quà 2 hũ",
                "price_min": 320000,
                "price_max": 1100000,
                "sold_at": [REST_STOP],
                "online": [POSTMART, TIKI],
                "image": {"motif": "jar", "palette": 4},
                "certifications": [
                    {"decision": "la-2020-01", "stars": 4, "score": 71, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "la-2024-01", "stars": 4, "score": 73, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "htx-chanh-xanh-ben-luc",
        "title": "HTX Nông nghiệp Chanh Xanh Bến Lức",
        "kind": "cooperative",
        "province": "long-an",
        "address": "Ấp 4, xã Thạnh Lợi, huyện Bến Lức, tỉnh Long An",
        "latitude": 10.668,
        "longitude": 106.405,
        "phone": "0272 3800 102",
        "email": "chanhxanhbenluc@example.vn",
        "website": "https://chanhxanh.example.vn",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": True,
        "organic": False,
        "summary": "Hợp tác xã của các nhà vườn trồng chanh không hạt theo VietGAP ở Bến Lức, làm thêm rượu "
        "chanh từ trái tuyển.",
        "story": [
            ("heading", "Vườn chanh của xã Thạnh Lợi"),
            (
                "paragraph",
                "<p>Hợp tác xã ra đời khi các hộ trồng chanh không hạt ở xã Thạnh Lợi nhận ra rằng mỗi nhà bán lẻ "
                "cho thương lái thì luôn bị ép giá. Cùng nhau, họ thống nhất một quy trình canh tác theo VietGAP, "
                "mua chung phân bón, ghi chung một mẫu nhật ký đồng ruộng và bán chung cho bếp ăn, siêu thị.</p>",
            ),
            (
                "paragraph",
                "<p>Có những mùa chanh rớt giá, trái đẹp vẫn nằm lại trên cây. Hợp tác xã bắt đầu thử làm rượu "
                "chanh lên men. Sau nhiều lần điều chỉnh độ ngọt và thời gian ủ, rượu chanh Bến Lức trở thành một "
                "trong 14 sản phẩm OCOP của tỉnh Long An tính đến tháng 5/2021.</p>",
            ),
            ("heading", "Một trái chanh, nhiều sản phẩm"),
            (
                "paragraph",
                "<p>Năm 2025, chính trái chanh tươi của hợp tác xã cũng được công nhận OCOP. Bã và vỏ chanh sau khi "
                "ép được ủ làm phân hữu cơ bón lại cho vườn.</p>",
            ),
            (
                "quote",
                {
                    "text": "Trái chanh mình trồng thì mình phải tìm cho nó một giá trị xứng đáng, đừng để nó rụng "
                    "dưới gốc.",
                    "attribution": "Ông Lê Văn Hai, giám đốc hợp tác xã",
                },
            ),
        ],
        "sales_channels": [COOPMART, VOSO_SHOP],
        "image": {"motif": "leaf", "palette": 1},
        "products": [
            {
                "slug": "ruou-chanh-ben-luc",
                "title": "Rượu chanh Bến Lức",
                "subgroup": "do-uong-co-con-khac",
                "summary": "Rượu lên men từ nước cốt chanh không hạt Bến Lức, vị chua thanh, độ cồn nhẹ, "
                "ngon khi uống lạnh.",
                "description": [
                    (
                        "paragraph",
                        "<p>Chanh không hạt được hái từ vườn của các thành viên, rửa sạch, ép lấy nước rồi lên men "
                        "chậm trong bồn inox khoảng ba tháng. Rượu sau đó được lọc trong và ủ thêm cho dịu vị "
                        "trước khi đóng chai.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Rượu có màu vàng nhạt, thơm mùi vỏ chanh, vị chua thanh xen chút ngọt, độ cồn khoảng "
                        "12 độ. Ngon nhất khi uống lạnh, dùng khai vị hoặc đi cùng hải sản nướng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Không dành cho người dưới 18 tuổi và phụ nữ mang thai. Đã uống rượu, bia thì không "
                        "lái xe.</p>",
                    ),
                ],
                "packaging": "Chai thủy tinh 375 ml và 750 ml; hộp quà 2 chai",
                "price_min": 95000,
                "price_max": 260000,
                "sold_at": [REST_STOP],
                "online": [VOSO],
                "image": {"motif": "bottle", "palette": 1},
                "certifications": [
                    {"decision": "la-2020-01", "stars": 3, "score": 62, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "la-2024-01", "stars": 3, "score": 67, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "chanh-khong-hat-ben-luc",
                "title": "Chanh không hạt VietGAP Bến Lức",
                "subgroup": "nong-san-tuoi-song",
                "summary": "Chanh không hạt trồng theo VietGAP, vỏ mỏng, mọng nước, thu hái quanh năm.",
                "description": [
                    (
                        "paragraph",
                        "<p>Chanh không hạt là cây trồng chủ lực của xã Thạnh Lợi. Các nhà vườn trong hợp tác xã "
                        "canh tác theo VietGAP: ghi nhật ký phân bón và thuốc bảo vệ thực vật, tuân thủ thời gian "
                        "cách ly trước khi thu hái.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Trái vỏ mỏng, xanh bóng, nhiều nước và gần như không có hạt, rất tiện để pha nước chanh, "
                        "làm nước chấm hay ướp món ăn. Chanh được phân loại theo cỡ, đóng túi lưới hoặc thùng "
                        "carton có tem truy xuất nguồn gốc.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Bếp ăn, nhà hàng cần số lượng lớn có thể đặt trực tiếp với hợp tác xã để được giao "
                        "theo lịch.</p>",
                    ),
                ],
                "packaging": "Túi lưới 1 kg; thùng carton 10 kg",
                "price_min": 25000,
                "price_max": 320000,
                "sold_at": [REST_STOP],
                "online": [VOSO],
                "image": {"motif": "leaf", "palette": 1},
                "certifications": [
                    {"decision": "la-2025-01", "stars": 3, "score": 66, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "htx-ruou-de-go-den-phuoc-loi",
        "title": "HTX Rượu đế Gò Đen Phước Lợi",
        "kind": "cooperative",
        "province": "long-an",
        "address": "Ấp 2, xã Phước Lợi, huyện Bến Lức, tỉnh Long An",
        "latitude": 10.655,
        "longitude": 106.533,
        "phone": "0272 3800 103",
        "email": "ruougoden@example.vn",
        "website": "https://ruougoden.example.vn",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "Làng nghề rượu đế Gò Đen",
        "vietgap": False,
        "organic": False,
        "haccp": True,
        "iso_22000": False,
        "monthly_capacity": "Khoảng 8.000 lít rượu đế, đóng chai 500 ml và hũ sành",
        "minimum_order": "Một thùng 12 chai cho mỗi loại",
        "export_markets": "",
        "trade_contact_name": "Trần Văn Lợi",
        "trade_contact_phone": "0272 3800 113",
        "trade_contact_email": "daily@ruougoden.example.vn",
        "summary": "Hợp tác xã của các lò nấu rượu trong làng nghề Gò Đen, giữ cách nấu rượu nếp truyền thống "
        "và kiểm nghiệm từng lô.",
        "story": [
            ("heading", "Làng rượu bên quốc lộ"),
            (
                "paragraph",
                "<p>Rượu đế Gò Đen có tiếng ở Nam Bộ từ lâu, gắn với những lò nấu thủ công ở xã Phước Lợi, huyện "
                "Bến Lức. Hợp tác xã quy tụ nhiều hộ trong làng nghề để cùng giữ công thức truyền thống, cùng đầu "
                "tư thiết bị lọc và cùng làm hồ sơ công bố chất lượng.</p>",
            ),
            ("heading", "Nếp, men và lửa"),
            (
                "paragraph",
                "<p>Gạo nếp được nấu chín, để nguội, trộn men rồi ủ trong lu khoảng một tuần. Hèm rượu được chưng "
                "cất trong nồi, hơi rượu đi qua ống làm lạnh và nhỏ giọt xuống bình hứng. Phần rượu đầu quá nồng "
                "và phần cuối quá nhạt được tách riêng; chỉ phần giữa được giữ lại, để lắng nhiều tháng trong lu "
                "sành.</p>",
            ),
            (
                "paragraph",
                "<p>Hai sản phẩm của hợp tác xã được công nhận 4 sao từ năm 2019 và được công nhận lại năm 2024. "
                "Mỗi lô rượu đều được kiểm nghiệm hàm lượng methanol trước khi xuất bán.</p>",
            ),
            (
                "quote",
                {
                    "text": "Rượu ngon là rượu uống vừa phải mà sáng hôm sau vẫn ra đồng được.",
                    "attribution": "Bà Nguyễn Thị Tám, thành viên hợp tác xã",
                },
            ),
        ],
        "sales_channels": [
            COOPMART,
            POSTMART_SHOP,
            {
                "kind": "shop",
                "name": "Cửa hàng của hợp tác xã tại làng nghề",
                "url": "https://ruougoden.example.vn/cua-hang",
            },
        ],
        "image": {"motif": "bottle", "palette": 2},
        "products": [
            {
                "slug": "ruou-de-go-den-30-do",
                "title": "Rượu đế Gò Đen 30 độ",
                "subgroup": "ruou-trang",
                "summary": "Rượu nếp truyền thống Gò Đen hạ còn 30 độ, êm, thơm mùi nếp, hợp bữa cơm gia đình.",
                "description": [
                    (
                        "paragraph",
                        "<p>Đây là dòng rượu nhẹ nhất của hợp tác xã. Rượu nếp sau khi cất được hạ độ từ từ rồi để "
                        "lắng ít nhất ba tháng trong lu sành, nhờ vậy rượu trong, mùi nếp rõ, uống êm và ít "
                        "cay.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Dòng 30 độ hợp với bữa cơm gia đình, tiệc nhỏ hoặc dùng ngâm trái cây. Bảo quản nơi "
                        "thoáng mát, tránh ánh nắng trực tiếp; chai đã mở nắp thì đậy kín.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mỗi chai có tem truy xuất nguồn gốc ghi lô sản xuất và kết quả kiểm nghiệm. Uống có "
                        "trách nhiệm: đã uống rượu, bia thì không lái xe.</p>",
                    ),
                ],
                "packaging": "Chai thủy tinh 500 ml; can nhựa thực phẩm 2 lít",
                "price_min": 60000,
                "price_max": 180000,
                "sold_at": [REST_STOP, HUE_NIGHT],
                "online": [POSTMART],
                "image": {"motif": "bottle", "palette": 2},
                "certifications": [
                    {"decision": "la-2019-01", "stars": 4, "score": 76, "revoked_on": None, "revocation_reason": ""},
                    {
                        "decision": "la-2024-01",
                        "stars": 4,
                        "score": 79,
                        "revoked_on": None,
                        "revocation_reason": "",
                        "parts": (32, 19, 28),
                    },
                ],
            },
            {
                "slug": "ruou-de-go-den-40-do",
                "title": "Rượu đế Gò Đen 40 độ",
                "subgroup": "ruou-trang",
                "summary": "Dòng rượu đậm của làng nghề Gò Đen, cay nồng vừa phải, hậu ngọt mùi nếp.",
                "description": [
                    (
                        "paragraph",
                        "<p>Rượu 40 độ được chọn từ phần rượu giữa của mỗi mẻ nấu, ủ trong lu sành ít nhất sáu "
                        "tháng. Thời gian ủ dài giúp rượu bớt gắt, vị cay nồng dịu lại và để lại hậu ngọt của gạo "
                        "nếp.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Người sành rượu thường uống dòng này với khô cá, mồi nướng trong những dịp sum họp. "
                        "Hộp quà hai chai có in câu chuyện làng nghề, hợp làm quà biếu khách phương xa.</p>",
                    ),
                    ("paragraph", "<p>Không dành cho người dưới 18 tuổi. Đã uống rượu, bia thì không lái xe.</p>"),
                ],
                "packaging": "Chai thủy tinh 500 ml; hộp quà 2 chai",
                "price_min": 90000,
                "price_max": 320000,
                "sold_at": [REST_STOP],
                "online": [POSTMART],
                "image": {"motif": "bottle", "palette": 5},
                "certifications": [
                    {"decision": "la-2019-01", "stars": 4, "score": 75, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "la-2024-01", "stars": 4, "score": 77, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "ruou-de-go-den-nep-than",
                "title": "Rượu đế Gò Đen nếp than",
                "subgroup": "ruou-trang",
                "summary": "Rượu cất từ nếp than, màu tím nhạt tự nhiên, vị ngọt hậu.",
                "description": [
                    (
                        "paragraph",
                        "<p>Nếp than hạt đen được nấu và ủ men như nếp trắng, nhưng cần thời gian lên men lâu hơn. "
                        "Rượu cất ra có màu tím nhạt tự nhiên, mùi thơm như cơm nếp mới nấu, vị ngọt hậu.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sản phẩm được chứng nhận OCOP 3 sao năm 2020. Vì vùng nguyên liệu nếp than chưa ổn định, "
                        "hợp tác xã tạm ngưng sản xuất dòng rượu này và không đăng ký đánh giá lại; chứng nhận đã "
                        "hết hiệu lực.</p>",
                    ),
                    ("paragraph", "<p>Hợp tác xã dự kiến nấu lại khi có đủ nếp than từ các ruộng liên kết.</p>"),
                ],
                "packaging": "Chai thủy tinh 500 ml",
                "price_min": 85000,
                "price_max": 110000,
                "sold_at": [],
                "online": [],
                "image": {"motif": "bottle", "palette": 3},
                "certifications": [
                    {"decision": "la-2020-01", "stars": 3, "score": 63, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "ho-kinh-doanh-ruou-go-den-ba-nghia",
        "title": "Hộ kinh doanh Rượu Gò Đen Ba Nghĩa",
        "kind": "household",
        "province": "long-an",
        "address": "Ấp 3, xã Phước Lợi, huyện Bến Lức, tỉnh Long An",
        "latitude": 10.661,
        "longitude": 106.541,
        "phone": "0272 3800 104",
        "email": "ruouganghia@example.vn",
        "website": "",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "Làng nghề rượu đế Gò Đen",
        "vietgap": False,
        "organic": False,
        "summary": "Lò rượu gia đình ba thế hệ trong làng nghề Gò Đen, chuyên rượu nếp cái hoa vàng ủ lâu.",
        "story": [
            ("heading", "Ba thế hệ bên một lò rượu"),
            (
                "paragraph",
                "<p>Lò rượu của gia đình ông Ba Nghĩa đã đỏ lửa từ thời ông nội. Ngày trước, rượu được gánh ra chợ "
                "bán theo lít; bây giờ con trai ông, sau mấy năm làm việc ở thành phố, trở về lo phần bao bì, "
                "giấy tờ và bán hàng qua điện thoại.</p>",
            ),
            (
                "paragraph",
                "<p>Gia đình vẫn nấu bằng nồi đồng và lửa trấu, mỗi ngày chỉ vài mẻ. Nếp cái hoa vàng được mua "
                "từ những ruộng quen, vo sạch, nấu chín, trộn men và ủ kỹ trước khi cất.</p>",
            ),
            ("heading", "Chọn làm ít mà làm kỹ"),
            (
                "paragraph",
                "<p>Khi tham gia OCOP, gia đình học cách ghi chép từng mẻ, gửi mẫu kiểm nghiệm và in nhãn đúng "
                "quy định. Rượu nếp cái hoa vàng của lò được công nhận 4 sao năm 2019 và giữ hạng khi đánh giá "
                "lại năm 2024.</p>",
            ),
            (
                "quote",
                {
                    "text": "Cha tôi dặn: lửa lớn thì rượu nhanh mà gắt, lửa đều thì rượu chậm mà êm.",
                    "attribution": "Ông Võ Văn Nghĩa (Ba Nghĩa), chủ hộ kinh doanh",
                },
            ),
        ],
        "sales_channels": [
            {
                "kind": "other",
                "name": "Đặt hàng qua điện thoại và giao tận nơi",
                "url": "https://ruougoden.example.vn/ba-nghia",
            },
        ],
        "image": {"motif": "jar", "palette": 2},
        "products": [
            {
                "slug": "ruou-de-go-den-hu-sanh",
                "title": "Rượu đế Gò Đen hũ sành",
                "subgroup": "ruou-trang",
                "summary": "Rượu nếp Gò Đen ủ lâu trong hũ sành nhỏ, làm quà biếu dịp lễ, Tết.",
                "description": [
                    (
                        "paragraph",
                        "<p>Rượu nếp 35 độ được rót vào những hũ sành nhỏ tráng men nâu, nút lá chuối khô và buộc "
                        "dây lác. Rượu tiếp tục lắng trong hũ nên càng để lâu càng êm.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sản phẩm được chứng nhận OCOP 4 sao năm 2019. Giấy chứng nhận đã hết thời hạn 36 tháng "
                        "và hộ kinh doanh chưa đăng ký đánh giá lại, nên sản phẩm hiện không còn được giới thiệu "
                        "là sản phẩm OCOP.</p>",
                    ),
                    ("paragraph", "<p>Hũ sành dễ vỡ, nên gia đình chỉ nhận giao trong khu vực gần.</p>"),
                ],
                "packaging": "Hũ sành 1 lít và 2 lít",
                "price_min": 150000,
                "price_max": 280000,
                "sold_at": [],
                "online": [],
                "image": {"motif": "jar", "palette": 2},
                "certifications": [
                    {"decision": "la-2019-01", "stars": 4, "score": 72, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "ruou-de-go-den-nep-cai-hoa-vang",
                "title": "Rượu đế Gò Đen nếp cái hoa vàng",
                "subgroup": "ruou-trang",
                "summary": "Rượu cất từ nếp cái hoa vàng, hương thơm sâu, uống êm, nấu bằng nồi đồng và lửa trấu.",
                "description": [
                    (
                        "paragraph",
                        "<p>Nếp cái hoa vàng hạt tròn, dẻo và thơm, cho rượu có hương sâu hơn nếp thường. Gia đình "
                        "nấu bằng nồi đồng và lửa trấu, giữ lửa đều để rượu chảy chậm, rồi ủ trong lu sành ít nhất "
                        "sáu tháng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Rượu trong vắt, độ cồn khoảng 38 độ, mùi nếp thơm, khi uống thấy êm và ấm. Dòng rượu này "
                        "thường được khách đặt trước cho dịp cưới hỏi, đám giỗ.</p>",
                    ),
                    ("paragraph", "<p>Không dành cho người dưới 18 tuổi. Đã uống rượu, bia thì không lái xe.</p>"),
                ],
                "packaging": "Chai thủy tinh 500 ml và 750 ml; hộp quà 2 chai 500 ml",
                "price_min": 110000,
                "price_max": 350000,
                "sold_at": [REST_STOP],
                "online": [],
                "image": {"motif": "bottle", "palette": 4},
                "certifications": [
                    {"decision": "la-2019-01", "stars": 4, "score": 70, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "la-2024-01", "stars": 4, "score": 71, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "to-hop-tac-nuoi-ong-tan-lap",
        "title": "Tổ hợp tác nuôi ong Tân Lập",
        "kind": "cooperative_group",
        "province": "long-an",
        "address": "Ấp 5, xã Tân Lập, huyện Tân Thạnh, tỉnh Long An",
        "latitude": 10.545,
        "longitude": 106.010,
        "phone": "0272 3800 105",
        "email": "nuoiongtanlap@example.vn",
        "website": "",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Tổ hợp tác của những người nuôi ong trong rừng tràm Đồng Tháp Mười, chỉ quay mật khi mật "
        "đã đủ già.",
        "story": [
            ("heading", "Theo mùa hoa tràm"),
            (
                "paragraph",
                "<p>Các thành viên của tổ hợp tác đặt thùng ong dưới những cánh rừng tràm của vùng Đồng Tháp Mười. "
                "Mùa tràm ra hoa, ong làm mật nhiều nhất; khi hoa tàn, các thùng được chuyển dần sang vườn cây ăn "
                "trái gần đó để đàn ong không bị đói.</p>",
            ),
            (
                "paragraph",
                "<p>Điều cả tổ thống nhất là chỉ quay mật khi ong đã vít nắp phần lớn các lỗ tổ, nghĩa là mật đã đủ "
                "già. Mật sau khi quay được lọc qua vải, để lắng và kiểm tra độ ẩm trước khi đóng chai.</p>",
            ),
            ("heading", "Mười mấy hộ, một thương hiệu"),
            (
                "paragraph",
                "<p>Trước đây mỗi hộ bán mật theo can cho người quen. Nhờ tham gia Chương trình OCOP, tổ hợp tác có "
                "chung nhãn hàng, chung quy trình và tem truy xuất nguồn gốc. Mật ong hoa tràm nguyên chất của tổ "
                "được công nhận 4 sao năm 2019 và được công nhận lại năm 2024.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ong không biết nói dối. Rừng tràm còn khỏe thì mật còn ngon.",
                    "attribution": "Anh Phạm Văn Lợi, tổ trưởng tổ hợp tác",
                },
            ),
        ],
        "sales_channels": [POSTMART_SHOP, VOSO_SHOP],
        "image": {"motif": "honey", "palette": 4},
        "products": [
            {
                "slug": "mat-ong-hoa-tram",
                "title": "Mật ong hoa tràm nguyên chất",
                "subgroup": "nong-san-so-che",
                "summary": "Mật ong hoa tràm vùng Đồng Tháp Mười, màu hổ phách, hương thơm đặc trưng, chỉ quay "
                "khi mật đã già.",
                "description": [
                    (
                        "paragraph",
                        "<p>Mật được thu từ các đàn ong đặt trong rừng tràm vào mùa hoa nở rộ. Người nuôi chỉ quay "
                        "mật khi ong đã vít nắp tổ, rồi lọc qua vải và để lắng tự nhiên; mật không pha đường, "
                        "không thêm hương liệu.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mật có màu hổ phách, sánh, mùi thơm nhẹ của hoa tràm, vị ngọt đậm và hơi the ở cuối. Có "
                        "thể pha với nước ấm và chanh, dùng làm nước sốt hoặc ướp thịt nướng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mật ong để lâu có thể kết tinh khi trời lạnh, đó là hiện tượng tự nhiên. Không dùng cho "
                        "trẻ dưới một tuổi.</p>",
                    ),
                ],
                "packaging": "Chai nhựa thực phẩm 500 ml; chai thủy tinh 250 ml và 1 lít",
                "price_min": 90000,
                "price_max": 320000,
                "sold_at": [REST_STOP, SA_DEC],
                "online": [POSTMART, VOSO],
                "image": {"motif": "honey", "palette": 4},
                "certifications": [
                    {"decision": "la-2019-01", "stars": 4, "score": 77, "revoked_on": None, "revocation_reason": ""},
                    {
                        "decision": "la-2024-01",
                        "stars": 4,
                        "score": 80,
                        "revoked_on": None,
                        "revocation_reason": "",
                        "parts": (33, 18, 29),
                    },
                ],
            },
            {
                "slug": "mat-ong-hoa-tram-sap-to",
                "title": "Mật ong hoa tràm sáp tổ",
                "subgroup": "nong-san-so-che",
                "summary": "Những miếng sáp tổ ong còn nguyên mật, cắt từ bánh tổ ong hoa tràm và đóng hộp.",
                "description": [
                    (
                        "paragraph",
                        "<p>Bánh tổ đầy mật đã vít nắp được cắt thành miếng vuông, đặt vào hộp nhựa trong. Người dùng "
                        "có thể ăn cả sáp, nhai cho ra mật rồi bỏ bã, hoặc phết lên bánh mì.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sản phẩm được chứng nhận OCOP 3 sao năm 2020. Vì sản lượng sáp tổ phụ thuộc nhiều vào "
                        "thời tiết, tổ hợp tác chưa đăng ký đánh giá lại; chứng nhận đã hết hiệu lực.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Bảo quản nơi thoáng mát, không để trong ngăn đá. Không dùng cho trẻ dưới một tuổi.</p>",
                    ),
                ],
                "packaging": "Hộp nhựa trong 300 g",
                "price_min": 150000,
                "price_max": 180000,
                "sold_at": [],
                "online": [],
                "image": {"motif": "honey", "palette": 2},
                "certifications": [
                    {"decision": "la-2020-01", "stars": 3, "score": 61, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "ho-kinh-doanh-lap-xuong-tu-mai",
        "title": "Hộ kinh doanh Lạp xưởng Tư Mai",
        "kind": "household",
        "province": "long-an",
        "address": "Ấp Phước Hòa, xã Phước Vân, huyện Cần Đước, tỉnh Long An",
        "latitude": 10.528,
        "longitude": 106.602,
        "phone": "0272 3800 106",
        "email": "lapxuongtumai@example.vn",
        "website": "https://lapxuongtumai.example.vn",
        "women_led": True,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Cơ sở lạp xưởng gia đình ở Cần Đước do bà Tư Mai gây dựng, phơi nắng và sấy than theo cách "
        "truyền thống.",
        "story": [
            ("heading", "Công thức của má"),
            (
                "paragraph",
                "<p>Bà Tư Mai học làm lạp xưởng từ mẹ mình, ban đầu chỉ làm vài ký mỗi dịp Tết để biếu bà con. "
                "Khách ăn rồi đặt thêm, nhà đặt thêm, dần dần căn bếp nhỏ ở Cần Đước thành một cơ sở với hơn chục "
                "lao động, phần lớn là phụ nữ trong ấp.</p>",
            ),
            (
                "paragraph",
                "<p>Thịt heo được mua từ các trại có giấy chứng nhận, xay vừa, trộn với mỡ hạt lựu, đường, rượu "
                "và gia vị rồi nhồi vào ruột non đã làm sạch. Lạp xưởng được phơi nắng một ngày cho se mặt, sau "
                "đó sấy than thêm một đêm cho khô đều.</p>",
            ),
            ("heading", "Giữ vị cũ, đổi cách làm"),
            (
                "paragraph",
                "<p>Tham gia OCOP, cơ sở đầu tư phòng sơ chế riêng, máy hút chân không và nhãn có tem truy xuất "
                "nguồn gốc. Lạp xưởng tươi được công nhận 4 sao năm 2019; năm 2025 cơ sở có thêm lạp xưởng tôm "
                "được công nhận 3 sao.</p>",
            ),
            (
                "quote",
                {
                    "text": "Làm đồ ăn cho người ta thì phải sạch như làm cho con cháu mình ăn.",
                    "attribution": "Bà Nguyễn Thị Mai (Tư Mai), chủ hộ kinh doanh",
                },
            ),
        ],
        "sales_channels": [
            COOPMART,
            POSTMART_SHOP,
            {"kind": "shop", "name": "Cửa hàng tại cơ sở sản xuất", "url": "https://lapxuongtumai.example.vn"},
        ],
        "image": {"motif": "meat", "palette": 5},
        "products": [
            {
                "slug": "lap-xuong-tuoi-can-duoc",
                "title": "Lạp xưởng tươi Cần Đước",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Lạp xưởng thịt heo nạc mỡ vừa phải, phơi nắng và sấy than, thơm mùi rượu, ngọt "
                "dịu kiểu miền Tây.",
                "description": [
                    (
                        "paragraph",
                        "<p>Lạp xưởng được làm từ thịt heo nạc vai và mỡ phần lưng, cắt hạt lựu, ướp với đường, "
                        "rượu trắng và gia vị theo công thức gia đình. Sau khi nhồi, lạp xưởng được phơi nắng rồi "
                        "sấy than để khô đều mà vẫn mềm.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Lạp xưởng có màu đỏ hồng, mỡ trong, vị ngọt dịu và thơm mùi rượu. Có thể chiên, nướng, "
                        "hấp hoặc xào với rau củ, ăn kèm cơm trắng hay xôi.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Bảo quản ngăn mát tủ lạnh và dùng trong ba tháng; để ngăn đá có thể giữ lâu hơn.</p>",
                    ),
                ],
                "packaging": "Túi hút chân không 500 g; hộp quà 1 kg",
                "price_min": 120000,
                "price_max": 260000,
                "sold_at": [REST_STOP],
                "online": [POSTMART],
                "image": {"motif": "meat", "palette": 5},
                "certifications": [
                    {"decision": "la-2019-01", "stars": 4, "score": 75, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "la-2024-01", "stars": 4, "score": 78, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "lap-xuong-tom-can-duoc",
                "title": "Lạp xưởng tôm Cần Đước",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Lạp xưởng phối thịt heo với tôm đất bóc vỏ, vị ngọt thanh, thơm mùi tôm.",
                "description": [
                    (
                        "paragraph",
                        "<p>Tôm đất tươi được bóc vỏ, bỏ chỉ lưng, giã vừa rồi trộn với thịt heo nạc, mỡ hạt lựu "
                        "và gia vị. Phần tôm chiếm khoảng một phần ba nhân, nên lạp xưởng có màu hồng cam và vị "
                        "ngọt thanh riêng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Lạp xưởng tôm chín nhanh hơn lạp xưởng thường; chỉ cần chiên lửa nhỏ hoặc nướng trong "
                        "vài phút. Món này hợp ăn với cơm chiên, bánh mì hay cuốn bánh tráng với rau sống.</p>",
                    ),
                    ("paragraph", "<p>Bảo quản ngăn mát và dùng trong hai tháng.</p>"),
                ],
                "packaging": "Túi hút chân không 500 g",
                "price_min": 160000,
                "price_max": 190000,
                "sold_at": [REST_STOP],
                "online": [POSTMART],
                "image": {"motif": "meat", "palette": 0},
                "certifications": [
                    {"decision": "la-2025-01", "stars": 3, "score": 64, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "cong-ty-thuc-pham-vam-co",
        "title": "Công ty TNHH Thực phẩm Vàm Cỏ",
        "kind": "enterprise",
        "province": "long-an",
        "address": "Khu phố 3, phường 4, thành phố Tân An, tỉnh Long An",
        "latitude": 10.535,
        "longitude": 106.412,
        "phone": "0272 3800 107",
        "email": "thucphamvamco@example.vn",
        "website": "https://thucphamvamco.example.vn",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Doanh nghiệp nhỏ ở Tân An làm nem nướng đông lạnh kèm nước chấm, tiện mang đi xa.",
        "story": [
            ("heading", "Một món quen, một cách bán mới"),
            (
                "paragraph",
                "<p>Công ty bắt đầu từ một quán nem nướng ở Tân An. Khách đi đường thường hỏi mua mang về, nhưng "
                "nem để lâu sẽ mất ngon. Chủ quán tìm cách cấp đông nhanh sau khi nướng sơ, kèm gói nước chấm, để "
                "khách về nhà chỉ cần nướng lại là có món như ăn tại quán.</p>",
            ),
            (
                "paragraph",
                "<p>Thịt heo được xay, quết đến khi dẻo, trộn tỏi, đường và một ít bì heo rồi nặn quanh que tre. "
                "Nước chấm nấu từ gan heo, đậu phộng và nếp, đóng gói riêng.</p>",
            ),
            ("heading", "Đánh giá lại sau khi hợp nhất tỉnh"),
            (
                "paragraph",
                "<p>Nem nướng của công ty được chứng nhận 3 sao năm 2020. Chứng nhận hết hạn năm 2023, công ty "
                "đầu tư lại kho lạnh rồi mới đăng ký đánh giá. Năm 2026, sau khi Long An hợp nhất vào Tây Ninh, "
                "sản phẩm được UBND tỉnh Tây Ninh công nhận lại.</p>",
            ),
            (
                "quote",
                {
                    "text": "Chậm một chút cũng được, miễn là lần này làm đủ, làm đúng.",
                    "attribution": "Chị Đặng Ngọc Hân, quản lý sản xuất",
                },
            ),
        ],
        "sales_channels": [
            COOPMART,
            {
                "kind": "shop",
                "name": "Quán và cửa hàng của công ty ở Tân An",
                "url": "https://thucphamvamco.example.vn",
            },
        ],
        "image": {"motif": "meat", "palette": 2},
        "products": [
            {
                "slug": "nem-nuong-tan-an",
                "title": "Nem nướng Tân An",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Nem nướng que tre cấp đông kèm nước chấm gan heo đậu phộng, nướng lại mười phút là ăn.",
                "description": [
                    (
                        "paragraph",
                        "<p>Thịt heo nạc được quết dẻo, trộn tỏi, đường, bì heo rồi nặn quanh que tre, nướng sơ "
                        "trên than và cấp đông ngay. Mỗi hộp có kèm gói nước chấm nấu từ gan heo, đậu phộng và "
                        "nếp.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Để nem rã đông trong ngăn mát, nướng than hoặc nồi chiên không dầu khoảng mười phút "
                        "đến khi vàng đều. Ăn cuốn với bánh tráng, bún, rau sống, chuối chát và khế chua.</p>",
                    ),
                    ("paragraph", "<p>Bảo quản ngăn đá dưới âm 18 độ C, dùng trong sáu tháng.</p>"),
                ],
                "packaging": "Hộp 10 que (500 g) kèm nước chấm; thùng giữ lạnh 6 hộp",
                "price_min": 95000,
                "price_max": 540000,
                "sold_at": [REST_STOP],
                "online": [],
                "image": {"motif": "meat", "palette": 2},
                "certifications": [
                    {"decision": "la-2020-01", "stars": 3, "score": 60, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "tn-2026-01", "stars": 3, "score": 66, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Thừa Thiên Huế
    {
        "slug": "htx-may-tre-dan-bao-la",
        "title": "HTX mây tre đan Bao La",
        "kind": "cooperative",
        "province": "thua-thien-hue",
        "address": "Thôn Bao La, xã Quảng Phú, huyện Quảng Điền, tỉnh Thừa Thiên Huế",
        "latitude": 16.561,
        "longitude": 107.503,
        "phone": "0234 3800 201",
        "email": "htxbaola@example.vn",
        "website": "https://maytrebaola.example.vn",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "Làng nghề mây tre đan Bao La",
        "vietgap": False,
        "organic": False,
        "haccp": False,
        "iso_22000": False,
        "monthly_capacity": "Khoảng 1.500 đèn, giỏ và khay đan tay, tùy mẫu",
        "minimum_order": "50 sản phẩm mỗi mẫu; mẫu riêng theo đơn từ 200 sản phẩm",
        "export_markets": "Nhật Bản, Pháp, Úc",
        "trade_contact_name": "Lê Thị Bích",
        "trade_contact_phone": "0234 3800 211",
        "trade_contact_email": "",
        "summary": "Hợp tác xã của làng nghề mây tre đan Bao La, làm đèn trang trí, giỏ và khay đan tay.",
        "story": [
            ("heading", "Nghề đan của làng Bao La"),
            (
                "paragraph",
                "<p>Ở thôn Bao La, xã Quảng Phú, huyện Quảng Điền, nghề đan mây tre được truyền từ đời này sang "
                "đời khác. Hợp tác xã mây tre đan Bao La tập hợp thợ trong làng để cùng nhận đơn hàng, giữ kỹ thuật "
                "đan truyền thống và đưa sản phẩm của làng nghề đến với khách trong và ngoài tỉnh.</p>",
            ),
            (
                "paragraph",
                "<p>Tre và mây được chọn kỹ, chẻ nan, vót đều rồi phơi hoặc sấy để chống mối mọt. Một sản phẩm đi "
                "qua nhiều đôi tay: người chẻ nan, người đan thân, người nẹp vành và người hoàn thiện, đánh dầu "
                "bóng.</p>",
            ),
            ("heading", "Từ vật dụng hằng ngày đến đồ trang trí"),
            (
                "paragraph",
                "<p>Bên cạnh rổ rá, giỏ xách quen thuộc, hợp tác xã làm đèn trang trí, giỏ và khay mây tre theo "
                "kiểu dáng mới, hợp với khách du lịch, quán cà phê và khu nghỉ dưỡng. Các sản phẩm này tham gia "
                "Chương trình OCOP của tỉnh Thừa Thiên Huế giai đoạn 2019-2020, khi toàn tỉnh có 25 sản phẩm được "
                "chứng nhận cấp tỉnh.</p>",
            ),
            ("paragraph", "<p>Khách đến làng có thể xem thợ đan tại chỗ và đặt sản phẩm theo kích thước riêng.</p>"),
        ],
        "sales_channels": [
            POSTMART_SHOP,
            {
                "kind": "shop",
                "name": "Phòng trưng bày của hợp tác xã tại làng nghề",
                "url": "https://maytrebaola.example.vn",
            },
        ],
        "image": {"motif": "basket", "palette": 7},
        "products": [
            {
                "slug": "den-trang-tri",
                "title": "Đèn trang trí mây tre",
                "subgroup": "may-tre-dan",
                "summary": "Chao đèn đan tay bằng nan tre và mây, ánh sáng xuyên qua mắt đan tạo bóng đổ ấm áp.",
                "description": [
                    (
                        "paragraph",
                        "<p>Chao đèn được đan trên khuôn tròn hoặc bầu dục bằng nan tre vót mỏng, nẹp vành bằng mây. "
                        "Mắt đan thưa vừa phải để ánh sáng lọt qua, in lên tường những hoa văn đan chéo mềm "
                        "mại.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Đèn có nhiều cỡ, dùng làm đèn thả trần, đèn bàn hoặc đèn treo hiên. Mỗi bộ gồm chao đèn, "
                        "đui đèn và dây điện; nên dùng bóng LED ít tỏa nhiệt.</p>",
                    ),
                    ("paragraph", "<p>Lau bụi bằng chổi lông mềm, tránh để đèn ở nơi ẩm ướt hay ngoài mưa.</p>"),
                ],
                "packaging": "Đường kính 25 cm, 35 cm và 45 cm; đóng thùng carton có chèn giấy",
                "price_min": 180000,
                "price_max": 650000,
                "sold_at": [HUE_NIGHT],
                "online": [POSTMART],
                "image": {"motif": "lamp", "palette": 4},
                "certifications": [
                    {"decision": "tth-2020-01", "stars": 3, "score": 67, "revoked_on": None, "revocation_reason": ""},
                    {
                        "decision": "tth-2024-01",
                        "stars": 4,
                        "score": 72,
                        "revoked_on": None,
                        "revocation_reason": "",
                    },
                ],
            },
            {
                "slug": "gio-may-tre-dan",
                "title": "Giỏ mây tre đan",
                "subgroup": "may-tre-dan",
                "summary": "Giỏ đan tay có quai, dùng đi chợ, đựng đồ dã ngoại hoặc làm giỏ quà Tết.",
                "description": [
                    (
                        "paragraph",
                        "<p>Thân giỏ đan bằng nan tre, miệng và quai quấn mây nên chắc tay mà vẫn nhẹ. Đáy giỏ đan "
                        "dày hơn thân để chịu được đồ nặng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Giỏ có ba cỡ: cỡ nhỏ đựng hoa quả, cỡ vừa đi chợ, cỡ lớn đựng đồ dã ngoại. Nhiều doanh "
                        "nghiệp đặt giỏ để đóng quà Tết, có thể yêu cầu thêm lớp lót vải.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sau khi dùng, phơi giỏ nơi thoáng gió cho khô hẳn rồi mới cất, để giỏ bền màu và không "
                        "bị mốc.</p>",
                    ),
                ],
                "packaging": "Cỡ nhỏ, vừa và lớn; bộ 3 giỏ lồng vào nhau",
                "price_min": 90000,
                "price_max": 320000,
                "sold_at": [HUE_NIGHT],
                "online": [POSTMART],
                "image": {"motif": "basket", "palette": 7},
                "certifications": [
                    {"decision": "tth-2020-01", "stars": 3, "score": 62, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "tth-2024-01", "stars": 3, "score": 65, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "khay-may-tre-dan",
                "title": "Khay mây tre đan",
                "subgroup": "may-tre-dan",
                "summary": "Khay tròn và chữ nhật đan tay, dùng bày bánh trái, đựng ấm chén hoặc trang trí.",
                "description": [
                    (
                        "paragraph",
                        "<p>Khay được đan trên khung tre, mặt đan nan nhỏ và dày, vành quấn mây. Lớp dầu bóng phủ "
                        "ngoài giúp khay dễ lau chùi khi dùng bày bánh trái hay ấm chén.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sản phẩm được chứng nhận OCOP 3 sao năm 2020. Hợp tác xã tập trung đánh giá lại cho đèn "
                        "trang trí và giỏ đan, nên chứng nhận của khay đã hết hiệu lực.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Khay vẫn được làm theo đơn đặt hàng; khách có thể chọn kích thước và màu dầu phủ, thời "
                        "gian làm khoảng hai tuần.</p>",
                    ),
                ],
                "packaging": "Khay tròn đường kính 30 cm và 40 cm; khay chữ nhật 30 x 45 cm",
                "price_min": 70000,
                "price_max": 220000,
                "sold_at": [],
                "online": [],
                "image": {"motif": "basket", "palette": 2},
                "certifications": [
                    {"decision": "tth-2020-01", "stars": 3, "score": 60, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "to-hop-tac-tinh-dau-tram-dien-huong",
        "title": "Tổ hợp tác tinh dầu tràm Điền Hương",
        "kind": "cooperative_group",
        "province": "thua-thien-hue",
        "address": "Thôn Thanh Hương, xã Điền Hương, huyện Phong Điền, tỉnh Thừa Thiên Huế",
        "latitude": 16.667,
        "longitude": 107.356,
        "phone": "0234 3800 202",
        "email": "tinhdautramdienhuong@example.vn",
        "website": "",
        "women_led": True,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Nhóm phụ nữ vùng cát ven biển Phong Điền cất tinh dầu tràm từ lá tràm gió hái quanh nhà.",
        "story": [
            ("heading", "Mùi tràm của vùng cát"),
            (
                "paragraph",
                "<p>Trên những dải cát ven biển của huyện Phong Điền, cây tràm gió mọc quanh vườn nhà và dọc đường "
                "làng. Các chị trong tổ hợp tác hái lá và cành non, đem về chưng cất bằng hơi nước trong nồi lớn. "
                "Tinh dầu nổi lên trên mặt nước ngưng, được gạn riêng và để lắng nhiều ngày.</p>",
            ),
            (
                "paragraph",
                "<p>Trước kia mỗi nhà tự cất một ít, đựng chai không nhãn bán cho khách quen. Tổ hợp tác ra đời để "
                "các chị dùng chung nồi cất, chung quy trình và chung một nhãn hàng có địa chỉ rõ ràng.</p>",
            ),
            ("heading", "Cẩn thận với từng giọt dầu"),
            (
                "paragraph",
                "<p>Tinh dầu được lọc, kiểm tra và đóng chai thủy tinh màu nâu để tránh ánh sáng. Sản phẩm tinh dầu "
                "tràm nguyên chất được chứng nhận OCOP 3 sao năm 2019 và được công nhận lại năm 2024.</p>",
            ),
            (
                "quote",
                {
                    "text": "Tràm mọc trên cát nghèo mà cho mùi thơm quý. Chị em mình cũng vậy, cứ chịu khó là có "
                    "cái để tự hào.",
                    "attribution": "Chị Hoàng Thị Thu, tổ trưởng tổ hợp tác",
                },
            ),
        ],
        "sales_channels": [POSTMART_SHOP, VOSO_SHOP],
        "image": {"motif": "leaf", "palette": 6},
        "products": [
            {
                "slug": "tinh-dau-tram-nguyen-chat",
                "title": "Tinh dầu tràm nguyên chất",
                "subgroup": "tinh-dau",
                "summary": "Tinh dầu tràm gió chưng cất bằng hơi nước, mùi thơm ấm, đóng chai thủy tinh nâu.",
                "description": [
                    (
                        "paragraph",
                        "<p>Lá và cành non của cây tràm gió được hái vào buổi sáng, chưng cất bằng hơi nước trong "
                        "vài giờ. Tinh dầu gạn ra được để lắng, lọc sạch rồi mới đóng chai; không pha thêm dầu nền "
                        "hay hương liệu.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Tinh dầu có mùi thơm ấm, the mát. Nhiều gia đình dùng vài giọt xoa lòng bàn chân, ngực "
                        "và lưng khi trời trở lạnh, hoặc nhỏ vào nước xông.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Không bôi lên vết thương hở, niêm mạc hay vùng quanh mắt; thử trước trên một vùng da "
                        "nhỏ. Để xa tầm tay trẻ em.</p>",
                    ),
                ],
                "packaging": "Chai thủy tinh nâu 50 ml và 100 ml",
                "price_min": 60000,
                "price_max": 110000,
                "sold_at": [HUE_NIGHT],
                "online": [POSTMART, VOSO],
                "image": {"motif": "bottle", "palette": 6},
                "certifications": [
                    {"decision": "tth-2019-01", "stars": 3, "score": 64, "revoked_on": None, "revocation_reason": ""},
                    {
                        "decision": "tth-2024-01",
                        "stars": 3,
                        "score": 68,
                        "revoked_on": None,
                        "revocation_reason": "",
                        "parts": (28, 17, 23),
                    },
                ],
            },
            {
                "slug": "dau-tram-xoa-cho-be",
                "title": "Dầu tràm xoa cho bé",
                "subgroup": "my-pham-thao-duoc",
                "summary": "Tinh dầu tràm pha loãng với dầu dừa, dịu nhẹ hơn, dùng xoa lòng bàn chân cho trẻ nhỏ.",
                "description": [
                    (
                        "paragraph",
                        "<p>Tinh dầu tràm của tổ hợp tác được pha loãng với dầu dừa ép lạnh theo tỉ lệ thấp, nên mùi "
                        "dịu và ít nóng hơn dầu nguyên chất. Chai nhỏ có nắp bi lăn, tiện mang theo khi đưa trẻ đi "
                        "chơi xa.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sản phẩm được chứng nhận OCOP 3 sao năm 2020. Tổ hợp tác đang làm lại hồ sơ công bố "
                        "theo quy định mới về mỹ phẩm và chưa đăng ký đánh giá lại; chứng nhận đã hết hiệu "
                        "lực.</p>",
                    ),
                    ("paragraph", "<p>Không dùng cho trẻ sơ sinh dưới sáu tháng tuổi.</p>"),
                ],
                "packaging": "Chai bi lăn 10 ml; hộp 3 chai",
                "price_min": 45000,
                "price_max": 120000,
                "sold_at": [],
                "online": [],
                "image": {"motif": "bottle", "palette": 0},
                "certifications": [
                    {"decision": "tth-2020-01", "stars": 3, "score": 58, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Sóc Trăng
    {
        "slug": "htx-nong-nghiep-hoa-tu-xanh",
        "title": "HTX Nông nghiệp Hòa Tú Xanh",
        "kind": "cooperative",
        "province": "soc-trang",
        "address": "Ấp Hòa Nhờ, xã Hòa Tú 1, huyện Mỹ Xuyên, tỉnh Sóc Trăng",
        "latitude": 9.452,
        "longitude": 105.923,
        "phone": "0299 3800 301",
        "email": "hoatuxanh@example.vn",
        "website": "https://hoatuxanh.example.vn",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": True,
        "haccp": False,
        "iso_22000": True,
        "monthly_capacity": "Khoảng 60 tấn gạo ST25 và ST24 đóng túi 2 kg và 5 kg",
        "minimum_order": "Một tấn mỗi đơn hàng",
        "export_markets": "Hà Lan, Đức",
        "trade_contact_name": "",
        "trade_contact_phone": "0299 3800 311",
        "trade_contact_email": "xuatkhau@hoatuxanh.example.vn",
        "summary": "Hợp tác xã trồng lúa thơm ST25, ST24 luân canh với nuôi tôm trên vùng nguyên liệu hữu cơ "
        "ở Mỹ Xuyên.",
        "story": [
            ("heading", "Một vụ tôm, một vụ lúa"),
            (
                "paragraph",
                "<p>Ruộng của các thành viên hợp tác xã nằm ở vùng nước lợ huyện Mỹ Xuyên. Mùa khô, ruộng giữ nước "
                "mặn để nuôi tôm; đến mùa mưa, nước ngọt rửa bớt mặn thì xuống giống lúa thơm. Chất thải của vụ tôm "
                "thành dinh dưỡng cho cây lúa, nên ruộng gần như không cần phân hóa học.</p>",
            ),
            (
                "paragraph",
                "<p>Hợp tác xã thống nhất không dùng phân bón và thuốc trừ sâu hóa học trên diện tích liên kết, ghi "
                "chép đầy đủ để vùng nguyên liệu được chứng nhận hữu cơ. Lúa được thu hoạch, sấy, xay xát và đóng "
                "gói ngay tại xưởng của hợp tác xã.</p>",
            ),
            ("heading", "Từ ruộng lúa – tôm lên hạng 5 sao"),
            (
                "paragraph",
                "<p>Gạo thơm ST25 của hợp tác xã được tỉnh Sóc Trăng chứng nhận 4 sao năm 2021, rồi được Bộ Nông "
                "nghiệp và Phát triển nông thôn công nhận là sản phẩm OCOP quốc gia 5 sao năm 2024. Gạo có mặt ở "
                "các siêu thị lớn và trên sàn Postmart.</p>",
            ),
            (
                "quote",
                {
                    "text": "Đất này mặn ngọt theo mùa, mình thuận theo nó thì nó nuôi cả con tôm lẫn cây lúa.",
                    "attribution": "Ông Trương Văn Phúc, giám đốc hợp tác xã",
                },
            ),
        ],
        "sales_channels": [COOPMART, BIGC, POSTMART_SHOP],
        "image": {"motif": "rice", "palette": 1},
        "products": [
            {
                "slug": "gao-thom-st25-lua-tom",
                "title": "Gạo thơm ST25 lúa – tôm",
                "subgroup": "nong-san-so-che",
                "summary": "Gạo thơm ST25 trồng luân canh với tôm trên vùng nguyên liệu hữu cơ, cơm dẻo, thơm "
                "lá dứa, để nguội vẫn mềm.",
                "description": [
                    (
                        "paragraph",
                        "<p>Lúa ST25 được gieo sau vụ tôm, khi mưa đã rửa bớt độ mặn trên ruộng. Cây lúa hút dinh "
                        "dưỡng còn lại từ vụ tôm nên không cần phân bón hóa học; vùng nguyên liệu được chứng nhận "
                        "hữu cơ.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Hạt gạo dài, trắng trong. Cơm chín có mùi thơm nhẹ như lá dứa, dẻo vừa và để nguội vẫn "
                        "mềm. Nên vo nhẹ một lần, dùng ít nước hơn gạo thường một chút.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mỗi túi có tem truy xuất nguồn gốc cho biết thửa ruộng, ngày thu hoạch và ngày xay "
                        "xát.</p>",
                    ),
                ],
                "packaging": "Túi hút chân không 2 kg và 5 kg; hộp quà 2 túi 1 kg",
                "price_min": 70000,
                "price_max": 210000,
                "sold_at": [SOC_TRANG_POST, REST_STOP],
                "online": [POSTMART, TIKI],
                "image": {"motif": "rice", "palette": 1},
                "certifications": [
                    {"decision": "st-2021-01", "stars": 4, "score": 84, "revoked_on": None, "revocation_reason": ""},
                    {
                        "decision": "bnn-2024-01",
                        "stars": 5,
                        "score": 92,
                        "revoked_on": None,
                        "revocation_reason": "",
                        "parts": (37, 23, 32),
                    },
                ],
            },
            {
                "slug": "gao-thom-st24",
                "title": "Gạo thơm ST24",
                "subgroup": "nong-san-so-che",
                "summary": "Gạo thơm ST24 từ ruộng lúa – tôm Mỹ Xuyên, hạt dài, cơm mềm, hợp bữa cơm hằng ngày.",
                "description": [
                    (
                        "paragraph",
                        "<p>ST24 là giống lúa thơm được trồng trên cùng vùng ruộng luân canh với tôm của hợp tác xã, "
                        "theo cùng quy trình không dùng phân bón và thuốc trừ sâu hóa học.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Gạo hạt dài, cơm mềm, thơm nhẹ, giá mềm hơn gạo ST25 nên nhiều gia đình chọn cho bữa cơm "
                        "hằng ngày. Gạo được xay theo từng đợt nhỏ để luôn mới.</p>",
                    ),
                    ("paragraph", "<p>Bảo quản nơi khô ráo, thoáng mát; sau khi mở túi nên dùng trong một tháng.</p>"),
                ],
                "packaging": "Túi 5 kg và 10 kg",
                "price_min": 120000,
                "price_max": 230000,
                "sold_at": [SOC_TRANG_POST],
                "online": [POSTMART],
                "image": {"motif": "rice", "palette": 7},
                "certifications": [
                    {"decision": "st-2021-01", "stars": 3, "score": 68, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "st-2024-01", "stars": 4, "score": 74, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "cong-ty-thuc-pham-huong-phu-tam",
        "title": "Công ty TNHH Thực phẩm Hương Phú Tâm",
        "kind": "enterprise",
        "province": "soc-trang",
        "address": "Ấp Phú Hòa, xã Phú Tâm, huyện Châu Thành, tỉnh Sóc Trăng",
        "latitude": 9.703,
        "longitude": 105.972,
        "phone": "0299 3800 302",
        "email": "huongphutam@example.vn",
        "website": "https://huongphutam.example.vn",
        "women_led": True,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Lò bánh pía gia đình ở Phú Tâm phát triển thành doanh nghiệp, bán bánh qua các chuỗi siêu "
        "thị và sàn Postmart.",
        "story": [
            ("heading", "Từ lò bánh nhà bên đến dây chuyền nhỏ"),
            (
                "paragraph",
                "<p>Công ty do hai chị em trong một gia đình làm bánh pía ở xã Phú Tâm cùng thành lập. Lò bánh của "
                "cha mẹ vẫn được giữ làm nơi thử công thức mới, còn xưởng sản xuất được đầu tư phòng đóng gói kín "
                "và lò nướng điều chỉnh được nhiệt độ.</p>",
            ),
            (
                "paragraph",
                "<p>Vỏ bánh pía cần nhiều lớp bột mỏng xếp chồng lên nhau, cán và gấp bằng tay. Nhân được sên từ "
                "đậu xanh, sầu riêng hoặc khoai môn, thêm lòng đỏ trứng muối tùy loại. Bánh nướng xong phải để "
                "nguội hẳn mới đóng gói để vỏ giữ độ xốp.</p>",
            ),
            ("heading", "Đưa bánh đi xa"),
            (
                "paragraph",
                "<p>Nhờ có chứng nhận OCOP, bánh của công ty vào được các chuỗi Co.op Mart, BigC, VinMart và sàn "
                "Postmart. Cả hai loại bánh được công nhận lần đầu năm 2021 và được công nhận lại năm 2024.</p>",
            ),
            (
                "quote",
                {
                    "text": "Bánh pía ngon là khi cắn vào, vỏ rơi lả tả mà nhân vẫn mềm, không ngọt gắt.",
                    "attribution": "Chị Lâm Mỹ Linh, giám đốc công ty",
                },
            ),
        ],
        "sales_channels": [COOPMART, BIGC, VINMART, POSTMART_SHOP],
        "image": {"motif": "jar", "palette": 4},
        "products": [
            {
                "slug": "banh-pia-sau-rieng-trung-muoi",
                "title": "Bánh pía sầu riêng trứng muối",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Bánh pía vỏ nhiều lớp, nhân đậu xanh sầu riêng và lòng đỏ trứng muối, đặc sản "
                "quà biếu của Sóc Trăng.",
                "description": [
                    (
                        "paragraph",
                        "<p>Vỏ bánh gồm hai loại bột được cán mỏng, cuộn và gấp nhiều lần để khi nướng tách thành "
                        "từng lớp. Nhân đậu xanh sên với cơm sầu riêng chín, ở giữa là một lòng đỏ trứng vịt muối "
                        "nguyên.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Bánh thơm mùi sầu riêng, vị ngọt vừa, trứng muối bùi và hơi mặn. Ngon nhất khi dùng với "
                        "trà nóng; có thể hâm lại trong lò vài phút cho vỏ giòn.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mỗi chiếc bánh được đóng túi riêng có gói hút ẩm. Dùng trong 60 ngày kể từ ngày sản "
                        "xuất.</p>",
                    ),
                ],
                "packaging": "Túi 4 bánh (400 g); hộp giấy 8 bánh",
                "price_min": 65000,
                "price_max": 140000,
                "sold_at": [SOC_TRANG_POST, HUE_NIGHT],
                "online": [POSTMART],
                "image": {"motif": "jar", "palette": 4},
                "certifications": [
                    {"decision": "st-2021-01", "stars": 4, "score": 76, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "st-2024-01", "stars": 4, "score": 78, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "banh-pia-khoai-mon",
                "title": "Bánh pía khoai môn",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Bánh pía nhân khoai môn tím nhạt, bùi và thơm, không có sầu riêng cho người không "
                "quen mùi.",
                "description": [
                    (
                        "paragraph",
                        "<p>Khoai môn được hấp chín, nghiền mịn rồi sên với đường và một ít dầu ăn đến khi nhân dẻo, "
                        "có màu tím nhạt tự nhiên. Vỏ bánh cán nhiều lớp như bánh pía truyền thống.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Đây là lựa chọn cho những ai không quen mùi sầu riêng. Bánh bùi, thơm mùi khoai, ngọt "
                        "dịu, hợp với trẻ nhỏ và người lớn tuổi.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Bảo quản nơi thoáng mát, tránh ánh nắng; dùng trong 60 ngày kể từ ngày sản xuất.</p>",
                    ),
                ],
                "packaging": "Túi 4 bánh (400 g); hộp giấy 8 bánh",
                "price_min": 60000,
                "price_max": 130000,
                "sold_at": [SOC_TRANG_POST],
                "online": [POSTMART],
                "image": {"motif": "jar", "palette": 0},
                "certifications": [
                    {"decision": "st-2021-01", "stars": 3, "score": 63, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "st-2024-01", "stars": 3, "score": 66, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "to-hop-tac-phu-nu-khmer-lai-hoa",
        "title": "Tổ hợp tác phụ nữ Khmer Lai Hòa",
        "kind": "cooperative_group",
        "province": "soc-trang",
        "address": "Ấp Prey Chóp, xã Lai Hòa, thị xã Vĩnh Châu, tỉnh Sóc Trăng",
        "latitude": 9.318,
        "longitude": 105.862,
        "phone": "0299 3800 303",
        "email": "phunukhmerlaihoa@example.vn",
        "website": "",
        "women_led": True,
        "ethnic_minority": True,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Nhóm phụ nữ Khmer ở Vĩnh Châu làm mắm bò hóc theo cách của ông bà và trồng hành tím trên "
        "đất giồng cát.",
        "story": [
            ("heading", "Hũ mắm trong mỗi gian bếp Khmer"),
            (
                "paragraph",
                "<p>Với người Khmer ở Sóc Trăng, mắm bò hóc là gia vị không thể thiếu: nồi bún nước lèo, đĩa mắm "
                "chưng hay chén mắm kho đều cần đến nó. Các chị trong tổ hợp tác vẫn làm mắm theo cách của mẹ, của "
                "bà, nhưng nay cùng nhau làm ở một nơi sạch sẽ, có dụng cụ riêng và sổ ghi chép từng mẻ.</p>",
            ),
            (
                "paragraph",
                "<p>Ngoài mắm, các thành viên trồng hành tím trên đất giồng cát của Vĩnh Châu. Hành được nhổ khi lá "
                "đã ngả vàng, phơi trong bóng râm rồi bó thành từng chùm.</p>",
            ),
            ("heading", "Thêm thu nhập cho phụ nữ trong phum sóc"),
            (
                "paragraph",
                "<p>Tham gia OCOP, tổ hợp tác được hỗ trợ thiết kế nhãn, đóng hũ đúng quy cách và giới thiệu sản "
                "phẩm ở điểm bán của bưu điện. Mỗi chị có thêm thu nhập mà vẫn ở gần nhà, gần con.</p>",
            ),
            (
                "quote",
                {
                    "text": "Mắm ngon nhờ cá tươi, muối sạch và thời gian. Thứ nào thiếu cũng không được.",
                    "attribution": "Chị Thạch Thị Sa Ri, tổ trưởng tổ hợp tác",
                },
            ),
        ],
        "sales_channels": [POSTMART_SHOP],
        "image": {"motif": "fish", "palette": 3},
        "products": [
            {
                "slug": "mam-bo-hoc-vinh-chau",
                "title": "Mắm bò hóc Vĩnh Châu",
                "subgroup": "gia-vi-nuoc-cham",
                "summary": "Mắm cá ủ theo cách của người Khmer, dùng nấu bún nước lèo, chưng thịt hoặc kho.",
                "description": [
                    (
                        "paragraph",
                        "<p>Cá đồng tươi được làm sạch, bỏ đầu và ruột, ướp muối rồi nén cho ráo nước. Sau đó cá được "
                        "trộn với thính gạo rang và ủ trong hũ nhiều tháng đến khi thịt cá mềm, dậy mùi thơm "
                        "đặc trưng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mắm bò hóc là linh hồn của nồi bún nước lèo Sóc Trăng. Có thể lọc lấy nước để nấu, hoặc "
                        "chưng mắm với thịt ba chỉ, trứng vịt và sả, ăn kèm rau sống.</p>",
                    ),
                    ("paragraph", "<p>Đậy kín nắp sau khi dùng, để nơi thoáng mát hoặc ngăn mát tủ lạnh.</p>"),
                ],
                "packaging": "Hũ nhựa thực phẩm 500 g và 1 kg",
                "price_min": 55000,
                "price_max": 100000,
                "sold_at": [SOC_TRANG_POST],
                "online": [POSTMART],
                "image": {"motif": "fish", "palette": 3},
                "certifications": [
                    {"decision": "st-2021-01", "stars": 3, "score": 61, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "st-2024-01", "stars": 3, "score": 64, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "hanh-tim-vinh-chau",
                "title": "Hành tím Vĩnh Châu",
                "subgroup": "nong-san-tuoi-song",
                "summary": "Hành tím trồng trên đất giồng cát ven biển Vĩnh Châu, củ chắc, thơm nồng, phơi khô "
                "tự nhiên.",
                "description": [
                    (
                        "paragraph",
                        "<p>Hành được trồng trên đất giồng cát pha ven biển, tưới nước giếng và thu hoạch khi lá đã "
                        "ngả vàng. Củ hành được phơi trong bóng râm vài ngày cho khô vỏ, cắt bớt rễ rồi bó thành "
                        "chùm hoặc đóng túi lưới.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Củ nhỏ, chắc, vỏ tím đỏ, mùi thơm nồng. Hành tím Vĩnh Châu được nhiều bếp ăn ưa chuộng để "
                        "phi hành, làm nước mắm chua ngọt và ngâm chua ăn kèm thịt kho.</p>",
                    ),
                    ("paragraph", "<p>Treo chùm hành nơi khô thoáng, có thể giữ được vài tháng.</p>"),
                ],
                "packaging": "Túi lưới 1 kg; bó chùm 2 kg",
                "price_min": 35000,
                "price_max": 80000,
                "sold_at": [SOC_TRANG_POST],
                "online": [POSTMART],
                "image": {"motif": "leaf", "palette": 0},
                "certifications": [
                    {"decision": "st-2025-01", "stars": 3, "score": 63, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Đồng Tháp
    {
        "slug": "htx-sen-my-hoa",
        "title": "HTX Nông nghiệp Sen Mỹ Hòa",
        "kind": "cooperative",
        "province": "dong-thap",
        "address": "Ấp 3, xã Mỹ Hòa, huyện Tháp Mười, tỉnh Đồng Tháp",
        "latitude": 10.515,
        "longitude": 105.795,
        "phone": "0277 3800 401",
        "email": "senmyhoa@example.vn",
        "website": "https://senmyhoa.example.vn",
        "women_led": True,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": True,
        "organic": False,
        "summary": "Hợp tác xã do phụ nữ điều hành, trồng sen theo VietGAP ở Tháp Mười và chế biến hạt sen, "
        "trà tim sen.",
        "story": [
            ("heading", "Ruộng sen thay vụ lúa ba"),
            (
                "paragraph",
                "<p>Ở Tháp Mười, nhiều ruộng trũng làm lúa vụ ba không hiệu quả. Một nhóm chị em trong xã Mỹ Hòa "
                "chuyển sang trồng sen, rồi cùng nhau lập hợp tác xã để thu mua gương sen của các hộ, tách hạt và "
                "chế biến tại chỗ. Ruộng sen được canh tác theo VietGAP, có nhật ký ghi chép cho từng thửa.</p>",
            ),
            (
                "paragraph",
                "<p>Không có phần nào của cây sen bị bỏ đi: hạt để sấy, tim sen để làm trà, lá sen phơi khô bán cho "
                "các quán cơm gói, còn ngó sen thì bán tươi ở chợ.</p>",
            ),
            ("heading", "Học từ một lần bị thu hồi"),
            (
                "paragraph",
                "<p>Sữa hạt sen của hợp tác xã được chứng nhận năm 2020 nhưng thời hạn sử dụng ngắn, khó bảo quản. "
                "Hợp tác xã ngưng sản xuất và không tham gia đánh giá lại, nên chứng nhận bị thu hồi cuối năm "
                "2022. Từ đó, hợp tác xã tập trung vào trà tim sen và hạt sen sấy, hai sản phẩm được công nhận "
                "lại năm 2023 và năm 2026.</p>",
            ),
            (
                "quote",
                {
                    "text": "Làm ít sản phẩm mà giữ được chất lượng thì hơn làm nhiều mà không theo kịp.",
                    "attribution": "Chị Huỳnh Thị Ngọc Bích, giám đốc hợp tác xã",
                },
            ),
        ],
        "sales_channels": [POSTMART_SHOP, VOSO_SHOP, COOPMART],
        "image": {"motif": "flower", "palette": 0},
        "products": [
            {
                "slug": "tra-tim-sen-thap-muoi",
                "title": "Trà tim sen Tháp Mười",
                "subgroup": "che",
                "summary": "Tim sen tách từ hạt sen tươi, sao khô nhẹ lửa, pha trà có vị đắng nhẹ và hậu ngọt.",
                "description": [
                    (
                        "paragraph",
                        "<p>Tim sen là phần mầm xanh nằm giữa hạt sen. Sau khi tách hạt, các chị dùng kim nhỏ lấy "
                        "tim, phơi trong bóng râm rồi sao nhẹ lửa cho khô giòn và dậy mùi thơm.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mỗi lần pha chỉ cần một nhúm nhỏ với nước sôi, chờ vài phút. Trà có màu xanh vàng, vị "
                        "đắng nhẹ, uống xong thấy hậu ngọt. Nhiều người thích uống một tách vào buổi tối.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Phụ nữ có thai và người huyết áp thấp nên hỏi ý kiến thầy thuốc trước khi dùng thường "
                        "xuyên.</p>",
                    ),
                ],
                "packaging": "Hũ thủy tinh 50 g; túi zip 100 g",
                "price_min": 60000,
                "price_max": 140000,
                "sold_at": [SA_DEC, HUE_NIGHT, REST_STOP],
                "online": [POSTMART, VOSO],
                "image": {"motif": "flower", "palette": 0},
                "certifications": [
                    {"decision": "dt-2020-01", "stars": 3, "score": 63, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "dt-2023-01", "stars": 3, "score": 66, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "dt-2026-01", "stars": 3, "score": 68, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "hat-sen-say-gion",
                "title": "Hạt sen sấy giòn",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Hạt sen tươi đã bỏ tim, sấy giòn không chiên dầu, ăn vặt hoặc làm quà.",
                "description": [
                    (
                        "paragraph",
                        "<p>Hạt sen được lột vỏ lụa và lấy tim ngay trong ngày thu hái, rồi sấy ở nhiệt độ thấp đến "
                        "khi giòn. Hạt không chiên dầu, có loại nguyên vị và loại phủ một lớp muối mỏng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Hạt sen sấy giòn, bùi, thơm, hợp làm món ăn vặt cho cả nhà hoặc bày đãi khách ngày Tết. "
                        "Hộp giấy in hình đồng sen Tháp Mười, thường được du khách chọn làm quà.</p>",
                    ),
                    ("paragraph", "<p>Sau khi mở gói nên đóng kín miệng túi để hạt không bị ỉu.</p>"),
                ],
                "packaging": "Túi zip 100 g và 250 g; hộp quà 500 g",
                "price_min": 45000,
                "price_max": 190000,
                "sold_at": [SA_DEC, REST_STOP],
                "online": [POSTMART, VOSO],
                "image": {"motif": "flower", "palette": 1},
                "certifications": [
                    {"decision": "dt-2020-01", "stars": 4, "score": 71, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "dt-2023-01", "stars": 4, "score": 74, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "dt-2026-01", "stars": 4, "score": 76, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "sua-hat-sen",
                "title": "Sữa hạt sen",
                "subgroup": "do-uong-khong-con",
                "summary": "Sữa hạt sen nấu từ hạt sen tươi, ít ngọt, đóng chai thủy tinh.",
                "description": [
                    (
                        "paragraph",
                        "<p>Sữa được nấu từ hạt sen tươi xay nhuyễn, lọc bã, thêm ít đường phèn rồi đóng chai và "
                        "thanh trùng. Sữa có màu trắng ngà, vị bùi và thơm mùi sen.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sản phẩm được chứng nhận OCOP 3 sao năm 2020. Vì thời hạn sử dụng ngắn và khó bảo quản "
                        "khi vận chuyển xa, hợp tác xã ngưng sản xuất và không tham gia đánh giá lại, nên chứng "
                        "nhận đã bị thu hồi.</p>",
                    ),
                    ("paragraph", "<p>Thông tin này được giữ lại để người mua tra cứu lịch sử chứng nhận.</p>"),
                ],
                "packaging": "Chai nhựa 330 ml",
                "price_min": 15000,
                "price_max": 18000,
                "sold_at": [],
                "online": [],
                "image": {"motif": "bottle", "palette": 0},
                "certifications": [
                    {
                        "decision": "dt-2020-01",
                        "stars": 3,
                        "score": 57,
                        "revoked_on": "2022-12-20",
                        "revocation_reason": "Không tham gia đánh giá lại",
                    },
                ],
            },
        ],
    },
    {
        "slug": "htx-du-lich-cong-dong-binh-thanh",
        "title": "HTX Du lịch cộng đồng Bình Thạnh",
        "kind": "cooperative",
        "province": "dong-thap",
        "address": "Ấp Bình Hòa, xã Bình Thạnh, huyện Cao Lãnh, tỉnh Đồng Tháp",
        "latitude": 10.412,
        "longitude": 105.688,
        "phone": "0277 3800 402",
        "email": "dulichbinhthanh@example.vn",
        "website": "https://dulichbinhthanh.example.vn",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": True,
        "organic": False,
        "summary": "Các nhà vườn trồng xoài theo VietGAP ở Cao Lãnh cùng mở vườn đón khách, làm du lịch cộng "
        "đồng và du lịch sinh thái.",
        "story": [
            ("heading", "Mở cổng vườn đón khách"),
            (
                "paragraph",
                "<p>Xã Bình Thạnh có những vườn xoài lâu năm nằm dọc kênh rạch. Vài năm trước, một số nhà vườn thử "
                "mời khách vào vườn hái xoài, ăn cơm nhà. Khách thích, họ rủ thêm hàng xóm, rồi cùng lập hợp tác xã "
                "để chia lịch đón khách, thống nhất giá và cùng giữ vệ sinh đường làng.</p>",
            ),
            (
                "paragraph",
                "<p>Xoài của các thành viên được trồng theo VietGAP, bao trái từ sớm để hạn chế sâu bệnh. Mỗi vườn "
                "có bảng giới thiệu giống xoài, năm trồng và cách chăm sóc.</p>",
            ),
            ("heading", "Du lịch làm từ chính đời sống nhà nông"),
            (
                "paragraph",
                "<p>Khách được đi xuồng trên kênh, học cách bao trái, làm bánh xèo và nghỉ đêm trong nhà dân. Năm "
                "2025, tour trải nghiệm vườn xoài, điểm du lịch sinh thái và trái xoài cát Chu của hợp tác xã được "
                "tỉnh Đồng Tháp công nhận là sản phẩm OCOP.</p>",
            ),
            (
                "quote",
                {
                    "text": "Khách đến vườn không cần gì cầu kỳ, chỉ cần thấy mình sống thật và đón họ thật lòng.",
                    "attribution": "Anh Nguyễn Hữu Tài, giám đốc hợp tác xã",
                },
            ),
        ],
        "sales_channels": [
            VOSO_SHOP,
            {
                "kind": "other",
                "name": "Đặt tour qua trang của hợp tác xã",
                "url": "https://dulichbinhthanh.example.vn/dat-tour",
            },
        ],
        "image": {"motif": "leaf", "palette": 6},
        "products": [
            {
                "slug": "tour-trai-nghiem-vuon-xoai",
                "title": "Tour trải nghiệm vườn xoài Cao Lãnh",
                "subgroup": "du-lich-cong-dong",
                "summary": "Một ngày làm nhà nông: đi xuồng trên kênh, hái xoài, bao trái, đổ bánh xèo và ăn cơm "
                "với gia đình chủ vườn.",
                "description": [
                    (
                        "paragraph",
                        "<p>Tour bắt đầu bằng chuyến xuồng chèo dọc con kênh nhỏ giữa các vườn xoài. Chủ vườn hướng "
                        "dẫn khách cách nhận biết xoài chín, hái trái bằng sào và bao trái non để trái lớn lên "
                        "sạch, đẹp.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Buổi trưa, khách cùng gia đình chủ nhà đổ bánh xèo, nấu canh chua và ăn cơm dưới tán "
                        "cây. Buổi chiều có thể nghỉ võng, câu cá hoặc đạp xe quanh xã.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Nên đặt trước ít nhất hai ngày. Mùa xoài chín rộ thường từ tháng ba đến tháng năm; các "
                        "tháng khác vẫn có xoài nghịch vụ.</p>",
                    ),
                ],
                "packaging": "Tour nửa ngày hoặc một ngày, nhóm từ 2 đến 20 khách",
                "price_min": 250000,
                "price_max": 450000,
                "sold_at": [SA_DEC],
                "online": [VOSO],
                "image": {"motif": "leaf", "palette": 6},
                "certifications": [
                    {"decision": "dt-2025-01", "stars": 3, "score": 66, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "xoai-cat-chu-cao-lanh",
                "title": "Xoài cát Chu Cao Lãnh",
                "subgroup": "nong-san-tuoi-song",
                "summary": "Xoài cát Chu trồng theo VietGAP, bao trái từ sớm, thịt vàng, ngọt đậm, hơi chua nhẹ.",
                "description": [
                    (
                        "paragraph",
                        "<p>Xoài cát Chu là giống xoài quen thuộc của vùng Cao Lãnh. Trái được bao từ khi còn nhỏ, "
                        "thu hái khi vừa già rồi để chín tự nhiên, không dùng chất thúc chín.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Trái vừa tay, vỏ mỏng, khi chín có màu vàng tươi; thịt vàng, mịn, ngọt đậm xen chút chua "
                        "nhẹ. Có thể ăn tươi, làm sinh tố hoặc xoài lắc.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mỗi thùng có tem truy xuất nguồn gốc ghi tên vườn và ngày thu hái. Xoài chín nên để ở "
                        "nhiệt độ phòng và ăn trong vài ngày.</p>",
                    ),
                ],
                "packaging": "Thùng carton 5 kg và 10 kg",
                "price_min": 150000,
                "price_max": 320000,
                "sold_at": [SA_DEC],
                "online": [POSTMART, VOSO],
                "image": {"motif": "leaf", "palette": 4},
                "certifications": [
                    {"decision": "dt-2025-01", "stars": 4, "score": 72, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "du-lich-sinh-thai-miet-vuon-binh-thanh",
                "title": "Du lịch sinh thái miệt vườn Bình Thạnh",
                "subgroup": "du-lich-sinh-thai",
                "summary": "Điểm du lịch sinh thái giữa vườn cây ăn trái, ao cá và kênh rạch, có nhà nghỉ homestay.",
                "description": [
                    (
                        "paragraph",
                        "<p>Điểm du lịch nằm trong một khu vườn rộng của hợp tác xã, có ao cá, cầu khỉ, lối đi bộ "
                        "dưới tán cây và khu nhà nghỉ lợp lá. Cảnh quan được giữ gần như tự nhiên, hạn chế bê tông "
                        "hóa.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Khách có thể câu cá, tát mương bắt cá, chèo xuồng, ngắm chim về tổ lúc chiều và thưởng "
                        "thức trái cây theo mùa. Nhà nghỉ có phòng cho gia đình và nhóm bạn.</p>",
                    ),
                    ("paragraph", "<p>Điểm mở cửa hằng ngày; khách ở lại qua đêm cần đặt phòng trước.</p>"),
                ],
                "packaging": "Vé tham quan trong ngày; gói nghỉ đêm homestay",
                "price_min": 50000,
                "price_max": 600000,
                "sold_at": [],
                "online": [VOSO],
                "image": {"motif": "fish", "palette": 6},
                "certifications": [
                    {"decision": "dt-2025-01", "stars": 3, "score": 62, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "ho-kinh-doanh-vuon-hoa-ut-lan",
        "title": "Hộ kinh doanh Vườn hoa Út Lan",
        "kind": "household",
        "province": "dong-thap",
        "address": "Khóm Tân Mỹ, phường Tân Quy Đông, thành phố Sa Đéc, tỉnh Đồng Tháp",
        "latitude": 10.302,
        "longitude": 105.757,
        "phone": "0277 3800 403",
        "email": "vuonhoautlan@example.vn",
        "website": "",
        "women_led": True,
        "ethnic_minority": False,
        "craft_village": "Làng hoa kiểng Sa Đéc",
        "vietgap": False,
        "organic": False,
        "summary": "Vườn hoa gia đình trong làng hoa kiểng Sa Đéc, trồng cúc mâm xôi trên liếp cao theo cách "
        "truyền thống.",
        "story": [
            ("heading", "Hoa trồng trên liếp"),
            (
                "paragraph",
                "<p>Ở làng hoa Sa Đéc, đất thấp nên người trồng hoa làm những giàn liếp cao bằng tre, đặt chậu hoa "
                "lên trên, bên dưới là mương nước. Chị Út Lan theo nghề từ nhỏ, nay cùng chồng giữ khu vườn hơn "
                "hai ngàn chậu, đông nhất là vào những tháng trước Tết.</p>",
            ),
            (
                "paragraph",
                "<p>Cúc mâm xôi là cây chủ lực của vườn. Cây được bấm ngọn nhiều lần để tán tròn đều, hoa nở dày "
                "kín chậu đúng dịp Tết.</p>",
            ),
            ("heading", "Một lần không đạt"),
            (
                "paragraph",
                "<p>Năm 2022, cây kiểng lá nhỏ của vườn không đạt khi đánh giá lại và bị thu hồi chứng nhận OCOP. "
                "Chị coi đó là bài học về ghi chép và chất lượng đồng đều. Cúc mâm xôi thì vẫn giữ hạng, được "
                "công nhận lại năm 2023 và năm 2026.</p>",
            ),
            (
                "quote",
                {
                    "text": "Trồng hoa là trồng cho người ta vui, nên mình phải làm cho tới nơi tới chốn.",
                    "attribution": "Chị Nguyễn Thị Lan (Út Lan), chủ hộ kinh doanh",
                },
            ),
        ],
        "sales_channels": [
            VOSO_SHOP,
            {
                "kind": "shop",
                "name": "Bán tại vườn trong làng hoa Sa Đéc",
                "url": "https://langhoasadec.example.vn/vuon-ut-lan",
            },
        ],
        "image": {"motif": "flower", "palette": 4},
        "products": [
            {
                "slug": "hoa-cuc-mam-xoi-sa-dec",
                "title": "Hoa cúc mâm xôi Sa Đéc",
                "subgroup": "hoa",
                "summary": "Chậu cúc mâm xôi tán tròn, hoa vàng nở dày, trồng trên liếp theo cách của làng hoa Sa Đéc.",
                "description": [
                    (
                        "paragraph",
                        "<p>Cúc mâm xôi được trồng từ tháng bảy âm lịch, bấm ngọn nhiều lần để cây phân nhánh đều "
                        "và tạo tán tròn như mâm xôi. Khi Tết đến, hoa vàng rực nở kín mặt chậu.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Đặt chậu nơi có nắng buổi sáng, tưới vào gốc mỗi ngày một lần, tránh tưới lên hoa. Chăm "
                        "đúng cách, hoa có thể tươi ba đến bốn tuần.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Vườn nhận giao chậu cho khách trong vùng và gửi xe cho khách ở xa, có chèn lót cẩn "
                        "thận.</p>",
                    ),
                ],
                "packaging": "Chậu đường kính 30 cm, 40 cm và 50 cm",
                "price_min": 150000,
                "price_max": 650000,
                "sold_at": [SA_DEC],
                "online": [VOSO],
                "image": {"motif": "flower", "palette": 4},
                "certifications": [
                    {"decision": "dt-2020-01", "stars": 3, "score": 61, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "dt-2023-01", "stars": 3, "score": 64, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "dt-2026-01", "stars": 3, "score": 67, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "cay-kieng-bonsai-la-nho",
                "title": "Cây kiểng bonsai lá nhỏ",
                "subgroup": "cay-canh",
                "summary": "Bonsai mini để bàn, dáng nhỏ gọn, trồng trong chậu men.",
                "description": [
                    (
                        "paragraph",
                        "<p>Những cây kiểng lá nhỏ được uốn dáng trong chậu gốm nhỏ, hợp để bàn làm việc hoặc kệ "
                        "sách. Vườn trồng từ cây con, uốn bằng dây nhôm và tỉa lá định kỳ.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sản phẩm được chứng nhận OCOP 3 sao năm 2020. Khi đánh giá lại, hội đồng nhận thấy dáng "
                        "cây và chất lượng chậu chưa đồng đều giữa các lô, sản phẩm không đạt và bị thu hồi chứng "
                        "nhận.</p>",
                    ),
                    ("paragraph", "<p>Vườn vẫn bán cây kiểng lá nhỏ nhưng không giới thiệu là sản phẩm OCOP.</p>"),
                ],
                "packaging": "Chậu gốm 12 cm đến 20 cm",
                "price_min": 120000,
                "price_max": 450000,
                "sold_at": [],
                "online": [],
                "image": {"motif": "leaf", "palette": 7},
                "certifications": [
                    {
                        "decision": "dt-2020-01",
                        "stars": 3,
                        "score": 54,
                        "revoked_on": "2022-12-20",
                        "revocation_reason": "Không đạt khi đánh giá lại",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Lai Châu
    {
        "slug": "cong-ty-tnhh-mtv-dung-long",
        "title": "Công ty TNHH MTV Dũng Long",
        "kind": "enterprise",
        "province": "lai-chau",
        "address": "Xã Mường Than, huyện Than Uyên, tỉnh Lai Châu",
        "latitude": 21.953,
        "longitude": 103.887,
        "phone": "0213 3800 501",
        "email": "dunglong@example.vn",
        "website": "",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Doanh nghiệp có sản phẩm gạo Séng Cù được công nhận OCOP 4 sao, đặc sản lúa gạo vùng cao Lai Châu.",
        "story": [
            ("heading", "Hạt gạo của vùng cao"),
            (
                "paragraph",
                "<p>Séng Cù là giống lúa thơm được trồng nhiều trên những cánh đồng thung lũng của Lai Châu, nơi "
                "ngày nắng đêm lạnh và nước tưới lấy từ suối trên núi. Hạt gạo dài, hơi đục, cơm chín dẻo và thơm, "
                "để nguội vẫn mềm.</p>",
            ),
            (
                "paragraph",
                "<p>Công ty TNHH MTV Dũng Long đưa gạo Séng Cù vào Chương trình OCOP với bao bì, nhãn mác và tem "
                "truy xuất nguồn gốc đầy đủ. Sản phẩm được công nhận 4 sao, là một trong 11 sản phẩm 4 sao của tỉnh "
                "Lai Châu năm 2023.</p>",
            ),
            ("heading", "Đưa gạo vùng cao xuống phố"),
            (
                "paragraph",
                "<p>Theo ghi nhận của tỉnh, sau khi được chứng nhận OCOP, doanh thu của các chủ thể tăng bình quân "
                "hơn 10%, có nơi trên 20%. Gạo Séng Cù có mặt ở gian hàng OCOP của chợ trung tâm thành phố Lai Châu "
                "và được nhiều khách mua làm quà khi về xuôi.</p>",
            ),
        ],
        "sales_channels": [POSTMART_SHOP],
        "image": {"motif": "rice", "palette": 7},
        "products": [
            {
                "slug": "gao-seng-cu-lai-chau",
                "title": "Gạo Séng Cù Lai Châu",
                "subgroup": "nong-san-so-che",
                "summary": "Gạo Séng Cù hạt dài, cơm dẻo thơm, trồng trên đồng ruộng thung lũng vùng cao Lai Châu.",
                "description": [
                    (
                        "paragraph",
                        "<p>Lúa Séng Cù chỉ trồng một vụ chính trong năm trên những cánh đồng thung lũng. Khí hậu ngày "
                        "nắng đêm lạnh giúp hạt gạo tích nhiều tinh bột, cho cơm dẻo và thơm đặc trưng.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Hạt gạo dài, hơi đục. Khi nấu nên dùng ít nước hơn gạo tẻ thường; cơm chín mềm, dẻo, để "
                        "nguội không bị khô cứng, rất hợp làm cơm nắm mang đi xa.</p>",
                    ),
                    ("paragraph", "<p>Túi gạo có tem truy xuất nguồn gốc. Bảo quản nơi khô ráo, tránh côn trùng.</p>"),
                ],
                "packaging": "Túi hút chân không 2 kg; bao 5 kg và 10 kg",
                "price_min": 55000,
                "price_max": 260000,
                "sold_at": [LAI_CHAU_MARKET],
                "online": [POSTMART],
                "image": {"motif": "rice", "palette": 7},
                "certifications": [
                    {"decision": "lc-2023-01", "stars": 4, "score": 76, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "lc-2026-01", "stars": 4, "score": 78, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "htx-nong-nghiep-binh-lu",
        "title": "HTX Nông nghiệp Bình Lư",
        "kind": "cooperative",
        "province": "lai-chau",
        "address": "Xã Bình Lư, huyện Tam Đường, tỉnh Lai Châu",
        "latitude": 22.336,
        "longitude": 103.604,
        "phone": "0213 3800 502",
        "email": "htxbinhlu@example.vn",
        "website": "",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Hợp tác xã nông nghiệp ở Tam Đường làm miến dong từ tinh bột củ dong riềng.",
        "story": [
            ("heading", "Từ củ dong riềng đến sợi miến"),
            (
                "paragraph",
                "<p>Củ dong riềng được trồng trên nương, thu hoạch vào mùa khô. Củ được rửa sạch, nghiền và lọc để "
                "lấy tinh bột. Tinh bột dong được tráng thành bánh mỏng, hấp chín, phơi se rồi thái thành sợi và "
                "phơi tiếp đến khi khô hẳn.</p>",
            ),
            (
                "paragraph",
                "<p>Miến làm từ dong riềng có màu nâu trong tự nhiên, sợi dai và không bị nát khi nấu. Nắng và gió "
                "vùng cao giúp sợi miến khô đều mà không cần sấy nhiều.</p>",
            ),
            ("heading", "Một sản phẩm của hợp tác xã"),
            (
                "paragraph",
                "<p>Miến dong của HTX Nông nghiệp Bình Lư là một trong những sản phẩm OCOP tiêu biểu của tỉnh Lai "
                "Châu, được chứng nhận từ năm 2020 và đã được đánh giá lại. Sản phẩm được bày bán tại gian hàng "
                "OCOP của chợ trung tâm thành phố Lai Châu.</p>",
            ),
        ],
        "sales_channels": [POSTMART_SHOP],
        "image": {"motif": "noodle", "palette": 3},
        "products": [
            {
                "slug": "mien-dong-binh-lu",
                "title": "Miến dong Bình Lư",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Miến làm từ tinh bột dong riềng vùng cao, sợi dai, màu nâu trong, không bị nát khi nấu.",
                "description": [
                    (
                        "paragraph",
                        "<p>Miến được làm hoàn toàn từ tinh bột củ dong riềng, tráng bánh, hấp chín, thái sợi và phơi "
                        "nắng. Sợi miến có màu nâu trong tự nhiên, không dùng chất tẩy trắng hay phẩm màu.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ngâm miến trong nước ấm khoảng mười phút cho mềm rồi mới nấu. Miến dai, không nát, hợp "
                        "nấu canh gà, miến lươn, miến trộn hoặc xào với thịt bò và rau cải.</p>",
                    ),
                    ("paragraph", "<p>Bảo quản nơi khô ráo, đóng kín túi sau khi dùng.</p>"),
                ],
                "packaging": "Túi 500 g và 1 kg",
                "price_min": 45000,
                "price_max": 90000,
                "sold_at": [LAI_CHAU_MARKET],
                "online": [POSTMART],
                "image": {"motif": "noodle", "palette": 3},
                "certifications": [
                    {"decision": "lc-2020-01", "stars": 3, "score": 63, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "demo-expiring", "stars": 3, "score": 66, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "ho-kinh-doanh-deo-thi-sop",
        "title": "Hộ kinh doanh Đèo Thị Sớp (Ninh Sớp)",
        "kind": "household",
        "province": "lai-chau",
        "address": "Thành phố Lai Châu, tỉnh Lai Châu",
        "latitude": 22.396,
        "longitude": 103.458,
        "phone": "0213 3800 503",
        "email": "ninhsop@example.vn",
        "website": "https://ninhsop.example.vn",
        "women_led": True,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Hộ kinh doanh Ninh Sớp ở thành phố Lai Châu làm thịt lợn, thịt trâu gác bếp và bán hàng "
        "trực tuyến.",
        "story": [
            ("heading", "Khói bếp vùng cao"),
            (
                "paragraph",
                "<p>Thịt gác bếp là cách người vùng cao giữ thịt qua những tháng lạnh: thịt được thái thành dải dài, "
                "ướp gia vị rồi treo trên gác bếp, để khói và hơi ấm làm khô dần. Mùi khói, vị cay của ớt và mùi "
                "thơm của mắc khén làm nên hương vị khó lẫn.</p>",
            ),
            (
                "paragraph",
                "<p>Hộ kinh doanh của bà Đèo Thị Sớp, với thương hiệu Ninh Sớp, đưa món ăn quen thuộc này thành sản "
                "phẩm đóng gói có nhãn mác, hạn sử dụng và tem truy xuất nguồn gốc. Thịt lợn và thịt trâu gác bếp "
                "của hộ đều được chứng nhận OCOP 3 sao.</p>",
            ),
            ("heading", "Bán hàng trên mạng"),
            (
                "paragraph",
                "<p>Phần lớn đơn hàng của Ninh Sớp đến từ kênh trực tuyến: khách ở xa đặt hàng, sản phẩm được hút "
                "chân không và gửi đi khắp nơi. Khách đến thành phố Lai Châu có thể mua tại gian hàng OCOP ở chợ "
                "trung tâm.</p>",
            ),
        ],
        "sales_channels": [
            {"kind": "ecommerce", "name": "Cửa hàng trực tuyến Ninh Sớp", "url": "https://ninhsop.example.vn"},
            POSTMART_SHOP,
        ],
        "image": {"motif": "meat", "palette": 5},
        "products": [
            {
                "slug": "thit-trau-gac-bep-ninh-sop",
                "title": "Thịt trâu gác bếp Ninh Sớp",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Thịt trâu thái dải, ướp mắc khén, ớt, gừng rồi hun khói trên gác bếp, xé sợi chấm "
                "chẩm chéo.",
                "description": [
                    (
                        "paragraph",
                        "<p>Thịt trâu phần bắp và thăn được lọc bỏ gân mỡ, thái thành dải dài theo thớ, ướp với mắc "
                        "khén, ớt, gừng, sả và muối. Thịt được treo trên gác bếp, hun khói đến khi khô se bên ngoài "
                        "mà bên trong vẫn giữ độ ngọt.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Trước khi ăn, hấp hoặc nướng lại vài phút cho mềm, đập dập rồi xé theo thớ. Chấm cùng "
                        "chẩm chéo hay tương ớt là món nhắm quen thuộc của vùng Tây Bắc.</p>",
                    ),
                    ("paragraph", "<p>Gói hút chân không, bảo quản ngăn mát được ba tháng, ngăn đá được lâu hơn.</p>"),
                ],
                "packaging": "Gói hút chân không 250 g và 500 g",
                "price_min": 280000,
                "price_max": 560000,
                "sold_at": [LAI_CHAU_MARKET],
                "online": [{"name": "Cửa hàng trực tuyến Ninh Sớp", "url": "https://ninhsop.example.vn"}, POSTMART],
                "image": {"motif": "meat", "palette": 5},
                "certifications": [
                    {"decision": "lc-2020-01", "stars": 3, "score": 61, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "demo-expiring", "stars": 3, "score": 65, "revoked_on": None, "revocation_reason": ""},
                ],
            },
            {
                "slug": "thit-lon-gac-bep-ninh-sop",
                "title": "Thịt lợn gác bếp Ninh Sớp",
                "subgroup": "thuc-pham-che-bien",
                "summary": "Thịt lợn gác bếp ướp mắc khén và ớt, hun khói bếp củi, thơm, dai và đậm vị.",
                "description": [
                    (
                        "paragraph",
                        "<p>Thịt lợn được chọn phần có cả nạc và một lớp mỡ mỏng, thái dải, ướp mắc khén, ớt, tỏi và "
                        "gừng qua đêm rồi treo hun khói trên gác bếp củi trong nhiều ngày.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Thịt có màu nâu sẫm bên ngoài, hồng bên trong, dai vừa, thơm mùi khói. Hấp chín lại rồi "
                        "thái mỏng, ăn với xôi nếp hoặc làm món nhắm. Có thể xào với măng hay rau cải.</p>",
                    ),
                    ("paragraph", "<p>Gói hút chân không, bảo quản ngăn mát được ba tháng.</p>"),
                ],
                "packaging": "Gói hút chân không 250 g và 500 g",
                "price_min": 200000,
                "price_max": 400000,
                "sold_at": [LAI_CHAU_MARKET],
                "online": [{"name": "Cửa hàng trực tuyến Ninh Sớp", "url": "https://ninhsop.example.vn"}, POSTMART],
                "image": {"motif": "meat", "palette": 2},
                "certifications": [
                    {"decision": "lc-2023-01", "stars": 3, "score": 67, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "lc-2026-01", "stars": 3, "score": 68, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
    {
        "slug": "ho-kinh-doanh-dao-huy-cuong",
        "title": "Hộ kinh doanh Đào Huy Cương",
        "kind": "household",
        "province": "lai-chau",
        "address": "Thành phố Lai Châu, tỉnh Lai Châu",
        "latitude": 22.388,
        "longitude": 103.470,
        "phone": "0213 3800 504",
        "email": "daohuycuong@example.vn",
        "website": "",
        "women_led": False,
        "ethnic_minority": False,
        "craft_village": "",
        "vietgap": False,
        "organic": False,
        "summary": "Hộ kinh doanh ở thành phố Lai Châu nuôi trồng đông trùng hạ thảo trong khí hậu mát của vùng cao.",
        "story": [
            ("heading", "Nuôi nấm trong khí hậu vùng cao"),
            (
                "paragraph",
                "<p>Đông trùng hạ thảo ưa mát và ẩm vừa phải. Khí hậu của thành phố Lai Châu, mát quanh năm, giúp "
                "phòng nuôi của hộ kinh doanh Đào Huy Cương giữ được nhiệt độ ổn định mà tốn ít điện hơn so với "
                "vùng đồng bằng.</p>",
            ),
            (
                "paragraph",
                "<p>Quả thể được thu hái khi đủ độ chín, sấy khô ở nhiệt độ thấp và đóng hộp kín. Mỗi lô nuôi đều có "
                "ghi chép về giống, giá thể và ngày thu hái để phục vụ truy xuất nguồn gốc.</p>",
            ),
            ("heading", "Một sản phẩm OCOP của Lai Châu"),
            (
                "paragraph",
                "<p>Đông trùng hạ thảo của hộ kinh doanh được tỉnh Lai Châu nêu là một trong những sản phẩm OCOP "
                "tiêu biểu. Sản phẩm được chứng nhận năm 2023 và được công nhận lại năm 2026, có bán tại gian hàng "
                "OCOP ở chợ trung tâm thành phố.</p>",
            ),
        ],
        "sales_channels": [POSTMART_SHOP],
        "image": {"motif": "mushroom", "palette": 5},
        "products": [
            {
                "slug": "dong-trung-ha-thao-lai-chau",
                "title": "Đông trùng hạ thảo Lai Châu",
                "subgroup": "thuc-pham-chuc-nang",
                "summary": "Đông trùng hạ thảo nuôi trồng trong khí hậu mát của thành phố Lai Châu, sấy khô ở "
                "nhiệt độ thấp.",
                "description": [
                    (
                        "paragraph",
                        "<p>Đông trùng hạ thảo được nuôi trong phòng kín, điều chỉnh ánh sáng và độ ẩm theo từng giai "
                        "đoạn. Khi quả thể đạt độ chín, nấm được thu hái, làm sạch và sấy ở nhiệt độ thấp để giữ màu "
                        "và mùi.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Có thể hãm trà, nấu canh, hầm gà hoặc ngâm mật ong. Mỗi lần dùng vài sợi là đủ. Đậy kín "
                        "hộp sau khi mở, để nơi khô ráo.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.</i></p>",
                    ),
                ],
                "packaging": "Hộp 10 g và 20 g",
                "price_min": 300000,
                "price_max": 1000000,
                "sold_at": [LAI_CHAU_MARKET],
                "online": [POSTMART],
                "image": {"motif": "mushroom", "palette": 5},
                "certifications": [
                    {"decision": "lc-2023-01", "stars": 3, "score": 66, "revoked_on": None, "revocation_reason": ""},
                    {"decision": "lc-2026-01", "stars": 3, "score": 68, "revoked_on": None, "revocation_reason": ""},
                ],
            },
        ],
    },
]


DISPLAY_POINTS = [
    {
        "slug": REST_STOP,
        "title": "Trạm dừng chân Đồng Tháp Mười",
        "kind": "rest_stop",
        "province": "long-an",
        "address": "Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa, tỉnh Long An",
        "latitude": 10.662,
        "longitude": 106.142,
        "phone": "0272 3800 901",
        "summary": "Điểm giới thiệu và bán sản phẩm OCOP đầu tiên của Long An, bên Quốc lộ 62, nơi hơn 20 chủ "
        "thể OCOP bày bán sản phẩm.",
        "body": [
            (
                "paragraph",
                "<p>Trạm dừng chân nằm bên Quốc lộ 62, trên đường từ Tân An lên vùng Đồng Tháp Mười, là điểm giới "
                "thiệu và bán sản phẩm OCOP đầu tiên của tỉnh Long An. Hơn hai mươi chủ thể OCOP có quầy hàng ở "
                "đây, từ rượu đế Gò Đen, mật ong hoa tràm, đông trùng hạ thảo đến lạp xưởng Cần Đước và nem "
                "nướng.</p>",
            ),
            (
                "paragraph",
                "<p>Các quầy được xếp theo nhóm sản phẩm. Mỗi sản phẩm có bảng ghi hạng sao, số quyết định công "
                "nhận và mã QR để khách kiểm tra chứng nhận còn hiệu lực hay không.</p>",
            ),
            (
                "paragraph",
                "<p>Trạm có bãi đỗ rộng cho ô tô và xe khách, khu nhà vệ sinh, quán ăn và chỗ nghỉ chân. Khách đi "
                "theo đoàn nên gọi trước để được hướng dẫn mua hàng và đóng gói quà.</p>",
            ),
        ],
        "opening_hours": [{"weekday": day, "opens": "05:30", "closes": "22:30"} for day in range(7)],
        "opening_hours_note": "Mở cửa cả ngày lễ, Tết.",
        "facilities": ["parking", "toilets", "food", "card_payment", "accessible", "ev_charging"],
        "directions": (
            "Cách thành phố Tân An khoảng 45 km theo quốc lộ 62 về hướng Mộc Hóa, bên tay phải; xe khách và "
            "xe tải có bãi đỗ riêng."
        ),
        "image": {"motif": "basket", "palette": 1},
    },
    {
        "slug": HUE_NIGHT,
        "title": "Gian hàng OCOP phố đi bộ ven sông Hương",
        "kind": "market",
        "province": "thua-thien-hue",
        "address": "Phố đi bộ Nguyễn Đình Chiểu, phường Vĩnh Ninh, thành phố Huế, tỉnh Thừa Thiên Huế",
        "latitude": 16.4668,
        "longitude": 107.5912,
        "phone": "0234 3800 902",
        "summary": "Gian hàng buổi tối bên bờ sông Hương, bán đồ mây tre Bao La, tinh dầu tràm và đặc sản OCOP "
        "của nhiều tỉnh đến quá nửa đêm.",
        "body": [
            (
                "paragraph",
                "<p>Gian hàng mở vào buổi tối trên phố đi bộ ven sông Hương, nơi du khách dạo chơi sau bữa tối. "
                "Khách có thể chọn đèn trang trí, giỏ mây tre của làng nghề Bao La, tinh dầu tràm của vùng cát "
                "Phong Điền và một số đặc sản OCOP của các tỉnh bạn.</p>",
            ),
            (
                "paragraph",
                "<p>Những đêm cuối tuần và mùa lễ hội, gian hàng thường có thợ đan ngồi làm mẫu để khách xem tận "
                "mắt cách đan một chiếc giỏ.</p>",
            ),
            (
                "paragraph",
                "<p>Gian hàng mở đến sau nửa đêm; đồ mây tre cồng kềnh có thể gửi chuyển phát về tận nhà.</p>",
            ),
        ],
        "opening_hours": [{"weekday": day, "opens": "17:30", "closes": "00:30"} for day in range(7)],
        "opening_hours_note": "Mở đến 0 giờ 30 sáng hôm sau; có thể nghỉ khi trời mưa lớn.",
        "facilities": ["toilets", "food", "card_payment", "accessible"],
        "directions": (
            "Đi bộ dọc bờ nam sông Hương từ cầu Trường Tiền về phía cầu Dã Viên; các gian hàng OCOP nằm giữa "
            "phố đi bộ Nguyễn Đình Chiểu."
        ),
        "image": {"motif": "lamp", "palette": 5},
    },
    {
        "slug": SA_DEC,
        "title": "Quầy OCOP làng hoa Sa Đéc",
        "kind": "tourist_site",
        "province": "dong-thap",
        "address": "Khóm Tân Mỹ, phường Tân Quy Đông, thành phố Sa Đéc, tỉnh Đồng Tháp",
        "latitude": 10.3035,
        "longitude": 105.7548,
        "phone": "0277 3800 903",
        "summary": "Quầy giới thiệu sản phẩm OCOP ngay lối vào làng hoa Sa Đéc: hoa kiểng, sản phẩm từ sen, "
        "xoài, mật ong và tour miệt vườn.",
        "body": [
            (
                "paragraph",
                "<p>Kế hoạch OCOP giai đoạn 2021-2025 của Đồng Tháp đặt mục tiêu mỗi điểm du lịch lớn có một quầy "
                "giới thiệu sản phẩm OCOP. Quầy ở lối vào làng hoa Sa Đéc là một trong những quầy như thế.</p>",
            ),
            (
                "paragraph",
                "<p>Tại quầy, khách mua được trà tim sen, hạt sen sấy Tháp Mười, xoài cát Chu Cao Lãnh, mật ong và "
                "đặt trước chậu hoa cúc mâm xôi của các vườn trong làng. Nhân viên quầy cũng nhận đặt tour trải "
                "nghiệm vườn xoài ở Cao Lãnh.</p>",
            ),
            (
                "paragraph",
                "<p>Quầy nghỉ ngày thứ Hai hằng tuần. Những tuần cận Tết, quầy mở thêm giờ để phục vụ khách đi "
                "chợ hoa.</p>",
            ),
        ],
        "opening_hours": [{"weekday": day, "opens": "07:00", "closes": "17:30"} for day in range(1, 7)],
        "opening_hours_note": "Nghỉ thứ Hai hằng tuần; những tuần cận Tết mở thêm giờ buổi tối.",
        "facilities": ["parking", "toilets", "food"],
        "directions": (
            "Từ trung tâm thành phố Sa Đéc đi theo đường Nguyễn Sinh Sắc khoảng 3 km đến làng hoa Tân Quy "
            "Đông; quầy OCOP ở cạnh cổng chính vào vườn hoa."
        ),
        "image": {"motif": "flower", "palette": 0},
    },
    {
        "slug": SOC_TRANG_POST,
        "title": "Điểm bán OCOP Bưu điện thành phố Sóc Trăng",
        "kind": "post_office",
        "province": "soc-trang",
        "address": "Phường 1, thành phố Sóc Trăng, tỉnh Sóc Trăng",
        "latitude": 9.6035,
        "longitude": 105.9735,
        "phone": "0299 3800 904",
        "summary": "Kệ sản phẩm OCOP Sóc Trăng trong bưu điện: mua tại quầy hoặc gửi hàng đi khắp nơi, đặt "
        "thêm qua sàn Postmart.",
        "body": [
            (
                "paragraph",
                "<p>Điểm bán đặt ngay trong sảnh giao dịch của bưu điện, bày các sản phẩm OCOP của Sóc Trăng như "
                "gạo thơm ST25 và ST24, bánh pía, mắm bò hóc và hành tím Vĩnh Châu.</p>",
            ),
            (
                "paragraph",
                "<p>Khách mua xong có thể gửi hàng làm quà ngay tại quầy bên cạnh. Những sản phẩm không có sẵn "
                "trên kệ có thể đặt qua sàn Postmart.vn và nhận tại bưu điện.</p>",
            ),
            (
                "paragraph",
                "<p>Điểm bán làm việc theo giờ của bưu điện: nghỉ trưa các ngày trong tuần, chỉ mở buổi sáng thứ "
                "Bảy và nghỉ Chủ nhật.</p>",
            ),
        ],
        "opening_hours": (
            [{"weekday": day, "opens": "07:00", "closes": "11:30"} for day in range(0, 6)]
            + [{"weekday": day, "opens": "13:30", "closes": "17:00"} for day in range(0, 5)]
        ),
        "opening_hours_note": "Nghỉ trưa từ 11 giờ 30 đến 13 giờ 30; chiều thứ Bảy và Chủ nhật nghỉ.",
        "facilities": ["toilets", "card_payment", "accessible"],
        "directions": (
            "Trong sảnh bưu điện thành phố, đối diện quầy gửi bưu phẩm; xe máy đỗ trước cửa, ô tô đỗ dọc con "
            "đường bên hông."
        ),
        "image": {"motif": "rice", "palette": 2},
    },
    {
        "slug": LAI_CHAU_MARKET,
        "title": "Gian hàng OCOP chợ trung tâm thành phố Lai Châu",
        "kind": "market",
        "province": "lai-chau",
        "address": "Chợ trung tâm, phường Đoàn Kết, thành phố Lai Châu, tỉnh Lai Châu",
        "latitude": 22.3957,
        "longitude": 103.4625,
        "phone": "0213 3800 905",
        "summary": "Gian hàng đặc sản OCOP vùng cao trong chợ trung tâm: gạo Séng Cù, miến dong, thịt gác bếp, "
        "đông trùng hạ thảo.",
        "body": [
            (
                "paragraph",
                "<p>Gian hàng nằm ở dãy đặc sản của chợ trung tâm thành phố Lai Châu, tập hợp sản phẩm OCOP của "
                "nhiều chủ thể trong tỉnh: gạo Séng Cù, miến dong Bình Lư, thịt lợn và thịt trâu gác bếp Ninh "
                "Sớp, đông trùng hạ thảo.</p>",
            ),
            (
                "paragraph",
                "<p>Sản phẩm thịt gác bếp được hút chân không sẵn, tiện mang theo khi về xuôi. Người bán hướng dẫn "
                "khách cách bảo quản và chế biến từng loại.</p>",
            ),
        ],
        "opening_hours": [{"weekday": day, "opens": "06:00", "closes": "18:00"} for day in range(7)],
        "opening_hours_note": "Mở cửa theo giờ chợ, kể cả Chủ nhật.",
        "facilities": ["parking", "toilets", "food"],
        "directions": "Tầng trệt chợ trung tâm, lối vào từ đại lộ Lê Lợi; bãi giữ xe ở phía sau chợ.",
        "image": {"motif": "noodle", "palette": 6},
    },
]

NEWS = [
    {
        "slug": "long-an-co-14-san-pham-ocop",
        "title": "Long An có 14 sản phẩm OCOP sau hơn hai năm triển khai chương trình",
        "date": "2021-06-08",
        "author": "Văn phòng Điều phối nông thôn mới tỉnh Long An",
        "summary": "Tính đến tháng 5/2021, Long An có 14 sản phẩm được chứng nhận OCOP, trong đó 9 sản phẩm "
        "4 sao; rượu đế Gò Đen chiếm 5 sản phẩm.",
        "body": [
            (
                "paragraph",
                "<p>Sau hơn hai năm thực hiện kế hoạch triển khai Chương trình OCOP giai đoạn 2018-2020, được phê "
                "duyệt tại Quyết định 5077/QĐ-UBND ngày 28/12/2018, tỉnh Long An đã có 14 sản phẩm được chứng nhận "
                "OCOP tính đến tháng 5/2021. Trong số đó, 9 sản phẩm đạt 4 sao và 5 sản phẩm đạt 3 sao.</p>",
            ),
            (
                "facts",
                [
                    {"value": "14", "label": "sản phẩm được chứng nhận OCOP"},
                    {"value": "9", "label": "sản phẩm đạt 4 sao"},
                    {"value": "5", "label": "sản phẩm đạt 3 sao"},
                    {"value": "530", "label": "người được tập huấn"},
                ],
            ),
            ("heading", "Rượu đế Gò Đen dẫn đầu danh sách"),
            (
                "paragraph",
                "<p>Các sản phẩm được chứng nhận tập trung ở nhóm thực phẩm, đồ uống và dược liệu:</p>"
                "<ul><li>5 sản phẩm rượu đế Gò Đen;</li>"
                "<li>4 sản phẩm đông trùng hạ thảo;</li>"
                "<li>2 sản phẩm mật ong;</li>"
                "<li>1 sản phẩm rượu chanh, 1 sản phẩm lạp xưởng và 1 sản phẩm nem nướng.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Đáng chú ý, các chủ thể không chỉ có thêm hạng sao cho sản phẩm mà còn thay đổi cách làm: bao "
                "bì, nhãn mác được thiết kế lại, hồ sơ công bố chất lượng được hoàn thiện, nhiều cơ sở bắt đầu "
                "dùng tem truy xuất nguồn gốc.</p>",
            ),
            ("heading", "Hỗ trợ chủ thể và mở điểm bán"),
            (
                "paragraph",
                "<p>Trong giai đoạn 2018-2020, tỉnh đã dành 1.470 triệu đồng hỗ trợ các chủ thể OCOP, đưa sản phẩm "
                "đến 15 hội chợ và tập huấn cho 530 người. Sản phẩm OCOP của tỉnh được giới thiệu tại Trạm dừng "
                "chân Đồng Tháp Mười trên Quốc lộ 62 (xã Thủy Tây, huyện Thạnh Hóa), nơi hơn 20 chủ thể trưng bày "
                "và bán hàng.</p>",
            ),
            ("heading", "Mục tiêu đến năm 2025"),
            (
                "paragraph",
                "<p>Long An đặt mục tiêu đến năm 2025 có ít nhất 60 sản phẩm được chứng nhận, trong đó 2 sản phẩm "
                "đạt cấp quốc gia, đồng thời mở thêm ít nhất 2 điểm giới thiệu và bán sản phẩm OCOP. Các sản phẩm "
                "tiềm năng được khuyến khích tham gia gồm thanh long, chùm ngây, sen, đậu phộng và các sản phẩm "
                "từ cây tràm.</p>",
            ),
        ],
        "tags": ["Long An", "rượu", "đông trùng hạ thảo", "mật ong"],
        "related_products": [
            "ruou-de-go-den-30-do",
            "dong-trung-ha-thao-say-thang-hoa",
            "mat-ong-hoa-tram",
            "ruou-chanh-ben-luc",
            "lap-xuong-tuoi-can-duoc",
            "nem-nuong-tan-an",
        ],
        "image": {"motif": "bottle", "palette": 2},
    },
    {
        "slug": "thua-thien-hue-25-san-pham-ocop-2019-2020",
        "title": "Thừa Thiên Huế: 25 sản phẩm đạt chứng nhận OCOP cấp tỉnh giai đoạn 2019-2020",
        "date": "2021-01-20",
        "author": "Văn phòng Điều phối nông thôn mới tỉnh Thừa Thiên Huế",
        "summary": "34 chủ thể đăng ký 36 sản phẩm, 25 sản phẩm được chứng nhận cấp tỉnh; đồ mây tre đan Bao "
        "La là một trong những gương mặt tiêu biểu.",
        "body": [
            (
                "paragraph",
                "<p>Hai năm 2019 và 2020 là giai đoạn đầu Thừa Thiên Huế triển khai Chương trình OCOP. Có 34 chủ "
                "thể đăng ký tham gia với 36 sản phẩm. Sau khi hội đồng đánh giá, phân hạng, 25 sản phẩm được chứng "
                "nhận OCOP cấp tỉnh, gồm 6 sản phẩm 4 sao và 19 sản phẩm 3 sao.</p>",
            ),
            (
                "facts",
                [
                    {"value": "34", "label": "chủ thể đăng ký"},
                    {"value": "36", "label": "sản phẩm tham gia đánh giá"},
                    {"value": "25", "label": "sản phẩm được chứng nhận cấp tỉnh"},
                    {"value": "6", "label": "sản phẩm 4 sao"},
                ],
            ),
            ("heading", "Làng nghề bước vào chương trình"),
            (
                "paragraph",
                "<p>Bên cạnh các sản phẩm thực phẩm, những làng nghề thủ công cũng tìm được chỗ đứng. HTX mây tre "
                "đan Bao La ở huyện Quảng Điền đưa vào chương trình các sản phẩm đèn trang trí, giỏ và khay đan "
                "tay. Từ đồ dùng quen thuộc trong mỗi gia đình, sản phẩm của làng nghề được thiết kế lại để bán cho "
                "du khách, quán cà phê và khu nghỉ dưỡng.</p>",
            ),
            (
                "paragraph",
                "<p>Kinh nghiệm của giai đoạn đầu cho thấy nhiều chủ thể còn lúng túng với hồ sơ, nhãn mác và công "
                "bố chất lượng. Việc hỗ trợ từng chủ thể hoàn thiện các khâu này được xem là nhiệm vụ quan trọng "
                "trong những năm tới.</p>",
            ),
            ("heading", "Hướng tới năm 2025"),
            (
                "paragraph",
                "<p>Tỉnh đặt mục tiêu đến năm 2025:</p>"
                "<ul><li>mỗi huyện có từ 4 đến 6 sản phẩm chủ lực;</li>"
                "<li>toàn tỉnh có hơn 100 sản phẩm OCOP;</li>"
                "<li>hình thành 2 đến 4 làng du lịch sinh thái cộng đồng;</li>"
                "<li>có ít nhất 5 sản phẩm đạt 5 sao.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Với những mục tiêu này, các làng nghề truyền thống như mây tre đan Bao La được kỳ vọng vừa giữ "
                "được nghề, vừa trở thành điểm đến cho du khách.</p>",
            ),
        ],
        "tags": ["Thừa Thiên Huế", "mây tre đan", "thủ công mỹ nghệ"],
        "related_products": ["den-trang-tri", "gio-may-tre-dan", "khay-may-tre-dan", "tinh-dau-tram-nguyen-chat"],
        "image": {"motif": "lamp", "palette": 4},
    },
    {
        "slug": "an-giang-tim-hieu-kinh-nghiem-ocop-soc-trang",
        "title": "Đoàn công tác An Giang tìm hiểu kinh nghiệm làm OCOP tại Sóc Trăng",
        "date": "2023-05-03",
        "author": "Văn phòng Điều phối nông thôn mới tỉnh Sóc Trăng",
        "summary": "Ngày 27-28/4/2023, Văn phòng Điều phối nông thôn mới tỉnh An Giang đến Sóc Trăng, nơi đã có "
        "189 sản phẩm đạt từ 3 sao trở lên.",
        "body": [
            (
                "paragraph",
                "<p>Trong hai ngày 27 và 28/4/2023, đoàn công tác của Văn phòng Điều phối nông thôn mới tỉnh An "
                "Giang đã đến Sóc Trăng để tìm hiểu cách tỉnh bạn triển khai Chương trình OCOP, từ khâu hướng dẫn "
                "chủ thể, tổ chức đánh giá đến đưa sản phẩm ra thị trường.</p>",
            ),
            ("heading", "189 sản phẩm từ 102 chủ thể"),
            (
                "paragraph",
                "<p>Sóc Trăng triển khai chương trình theo Quyết định 1397/QĐ-UBND ngày 20/5/2019. Đến tháng "
                "4/2023, toàn tỉnh có 189 sản phẩm được đánh giá, phân hạng từ 3 sao trở lên của 102 chủ thể, trong "
                "đó có 1 sản phẩm 5 sao, 19 sản phẩm 4 sao và 169 sản phẩm 3 sao.</p>",
            ),
            (
                "facts",
                [
                    {"value": "189", "label": "sản phẩm đạt từ 3 sao trở lên"},
                    {"value": "102", "label": "chủ thể OCOP"},
                    {"value": "1", "label": "sản phẩm 5 sao"},
                    {"value": "19", "label": "sản phẩm 4 sao"},
                ],
            ),
            ("heading", "Đưa sản phẩm lên kệ siêu thị và sàn thương mại điện tử"),
            (
                "paragraph",
                "<p>Điều đoàn An Giang quan tâm nhiều nhất là đầu ra. Sản phẩm OCOP của Sóc Trăng đã có mặt trong "
                "các hệ thống siêu thị Co.op Mart, BigC, VinMart và trên sàn Postmart. Để vào được những kênh này, "
                "chủ thể phải đáp ứng yêu cầu về bao bì, mã vạch, hồ sơ chất lượng và khả năng giao hàng đều đặn, "
                "những yêu cầu mà quá trình đánh giá OCOP đã giúp họ chuẩn bị.</p>",
            ),
            (
                "paragraph",
                "<p>Trong chuyến làm việc, đoàn đã đến thăm một số cơ sở sản xuất, trao đổi về cách tổ chức hội "
                "đồng đánh giá cấp huyện, cấp tỉnh và cách hỗ trợ các tổ hợp tác nhỏ, nhất là ở vùng đồng bào "
                "Khmer, hoàn thiện hồ sơ.</p>",
            ),
            (
                "paragraph",
                "<p>Hai bên thống nhất sẽ tiếp tục chia sẻ thông tin, giới thiệu sản phẩm OCOP của nhau tại các "
                "hội chợ và điểm bán trong thời gian tới.</p>",
            ),
        ],
        "tags": ["Sóc Trăng", "An Giang", "kênh phân phối"],
        "related_products": [
            "gao-thom-st25-lua-tom",
            "gao-thom-st24",
            "banh-pia-sau-rieng-trung-muoi",
            "mam-bo-hoc-vinh-chau",
        ],
        "image": {"motif": "rice", "palette": 1},
    },
    {
        "slug": "dong-thap-thu-hoi-47-giay-chung-nhan-ocop",
        "title": "Đồng Tháp thu hồi 47 giấy chứng nhận OCOP, siết chặt việc đánh giá lại",
        "date": "2023-01-06",
        "author": "Văn phòng Điều phối nông thôn mới tỉnh Đồng Tháp",
        "summary": "41 sản phẩm không tham gia đánh giá lại và 6 sản phẩm không đạt đã bị thu hồi chứng nhận; "
        "kế hoạch 432/KH-UBND đặt mục tiêu thêm hơn 150 sản phẩm.",
        "body": [
            (
                "paragraph",
                "<p>Đồng Tháp vừa thu hồi 47 giấy chứng nhận sản phẩm OCOP. Trong đó, 41 sản phẩm bị thu hồi vì chủ "
                "thể không tham gia đánh giá lại, 6 sản phẩm còn lại đã được đánh giá nhưng không đạt yêu cầu.</p>",
            ),
            (
                "facts",
                [
                    {"value": "47", "label": "giấy chứng nhận bị thu hồi"},
                    {"value": "41", "label": "không tham gia đánh giá lại"},
                    {"value": "6", "label": "không đạt khi đánh giá lại"},
                ],
            ),
            ("heading", "Chứng nhận không phải là mãi mãi"),
            (
                "paragraph",
                "<p>Giấy chứng nhận OCOP có giá trị 36 tháng kể từ ngày ký quyết định. Trong thời gian đó, sản phẩm "
                "phải giữ được chất lượng như khi được đánh giá. Việc thu hồi cho thấy hạng sao chỉ có ý nghĩa khi "
                "được duy trì; người mua cần được biết sản phẩm nào còn chứng nhận, sản phẩm nào đã hết.</p>",
            ),
            (
                "paragraph",
                "<p>Trên trang danh mục này, mỗi sản phẩm đều ghi rõ trạng thái chứng nhận: còn hiệu lực, sắp hết "
                "hạn, đã hết hạn hoặc đã bị thu hồi. Sản phẩm bị thu hồi vẫn được giữ lại lịch sử để tra cứu, nhưng "
                "không còn được giới thiệu là sản phẩm OCOP.</p>",
            ),
            ("heading", "Kế hoạch giai đoạn 2021-2025"),
            (
                "paragraph",
                "<p>Kế hoạch 432/KH-UBND, thay thế Kế hoạch 124/KH-UBND, đặt ra các mục tiêu cho giai đoạn "
                "2021-2025:</p>"
                "<ul><li>có thêm hơn 150 sản phẩm đạt từ 3 sao trở lên;</li>"
                "<li>chọn 15 sản phẩm tiềm năng để phát triển lên 5 sao;</li>"
                "<li>40% chủ thể là hợp tác xã và 40% chủ thể do phụ nữ làm chủ;</li>"
                "<li>toàn bộ sản phẩm 3 sao được bán trên Postmart.vn và Voso.vn;</li>"
                "<li>mỗi điểm du lịch lớn có một quầy giới thiệu sản phẩm OCOP.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Các chủ thể có chứng nhận sắp hết hạn nên chủ động đăng ký đánh giá lại trước thời hạn để sản "
                "phẩm không bị gián đoạn.</p>",
            ),
        ],
        "tags": ["Đồng Tháp", "thu hồi chứng nhận", "đánh giá lại"],
        "related_products": ["sua-hat-sen", "cay-kieng-bonsai-la-nho", "tra-tim-sen-thap-muoi", "hat-sen-say-gion"],
        "image": {"motif": "flower", "palette": 0},
    },
    {
        "slug": "lai-chau-93-san-pham-ocop-nam-2023",
        "title": "Lai Châu có thêm 93 sản phẩm OCOP trong năm 2023",
        "date": "2024-01-18",
        "author": "Văn phòng Điều phối nông thôn mới tỉnh Lai Châu",
        "summary": "Năm 2023, 93 sản phẩm của 42 chủ thể được chứng nhận, nâng tổng số sản phẩm OCOP của tỉnh "
        "lên 204; doanh thu sau chứng nhận tăng bình quân hơn 10%.",
        "body": [
            (
                "paragraph",
                "<p>Năm 2023, tỉnh Lai Châu có 93 sản phẩm của 42 chủ thể được chứng nhận OCOP, gồm 11 sản phẩm "
                "4 sao và 82 sản phẩm 3 sao. Trong số này, 69 sản phẩm được công nhận mới và 24 sản phẩm được "
                "đánh giá lại.</p>",
            ),
            (
                "facts",
                [
                    {"value": "93", "label": "sản phẩm được chứng nhận năm 2023"},
                    {"value": "69", "label": "sản phẩm công nhận mới"},
                    {"value": "24", "label": "sản phẩm đánh giá lại"},
                    {"value": "204", "label": "sản phẩm OCOP lũy kế"},
                ],
            ),
            ("heading", "Thực phẩm chiếm đa số"),
            (
                "paragraph",
                "<p>Phần lớn sản phẩm được chứng nhận là thực phẩm với 83 sản phẩm; nhóm đồ uống có 9 sản phẩm, "
                "đều là rượu trắng; nhóm thủ công mỹ nghệ có 1 sản phẩm. Lũy kế đến hết năm 2023, toàn tỉnh có 204 "
                "sản phẩm OCOP (13 sản phẩm 4 sao, 191 sản phẩm 3 sao) của 89 chủ thể.</p>",
            ),
            ("heading", "Những sản phẩm tiêu biểu"),
            (
                "paragraph",
                "<p>Nhiều sản phẩm mang đậm dấu ấn vùng cao:</p>"
                "<ul><li>gạo Séng Cù của Công ty TNHH MTV Dũng Long, đạt 4 sao;</li>"
                "<li>miến dong của HTX Nông nghiệp Bình Lư;</li>"
                "<li>thịt lợn, thịt trâu sấy khô, gác bếp của hộ kinh doanh Đèo Thị Sớp (Ninh Sớp, thành phố Lai "
                "Châu), bán chủ yếu qua kênh trực tuyến;</li>"
                "<li>đông trùng hạ thảo của hộ kinh doanh Đào Huy Cương.</li></ul>",
            ),
            ("heading", "Doanh thu tăng sau chứng nhận"),
            (
                "paragraph",
                "<p>Theo tổng hợp của tỉnh, sau khi được chứng nhận OCOP, doanh thu của các chủ thể tăng bình quân "
                "hơn 10%, một số chủ thể tăng trên 20%. Bao bì đẹp hơn, thông tin rõ ràng hơn giúp sản phẩm dễ vào "
                "cửa hàng, siêu thị và sàn thương mại điện tử.</p>",
            ),
            (
                "paragraph",
                "<p>Với 24 sản phẩm được đánh giá lại trong năm, tỉnh tiếp tục nhắc các chủ thể theo dõi thời hạn "
                "chứng nhận của mình để không bị gián đoạn.</p>",
            ),
        ],
        "tags": ["Lai Châu", "gạo", "đặc sản vùng cao"],
        "related_products": [
            "gao-seng-cu-lai-chau",
            "mien-dong-binh-lu",
            "thit-trau-gac-bep-ninh-sop",
            "thit-lon-gac-bep-ninh-sop",
            "dong-trung-ha-thao-lai-chau",
        ],
        "image": {"motif": "rice", "palette": 7},
    },
    {
        "slug": "ocop-tu-quyet-dinh-490-den-sap-xep-tinh-thanh-2025",
        "title": "Chương trình OCOP: từ Quyết định 490 đến việc sắp xếp tỉnh, thành năm 2025",
        "date": "2025-08-12",
        "author": "Văn phòng Điều phối nông thôn mới tỉnh Tây Ninh",
        "summary": "Nhìn lại các mốc chính sách của Chương trình OCOP và những gì thay đổi, không thay đổi với "
        "giấy chứng nhận khi cả nước còn 34 tỉnh, thành phố.",
        "body": [
            (
                "paragraph",
                "<p>Chương trình Mỗi xã một sản phẩm (OCOP) được khởi động bằng Quyết định 490/QĐ-TTg ngày "
                "7/5/2018 của Thủ tướng Chính phủ. Đến ngày 1/8/2022, Quyết định 919/QĐ-TTg phê duyệt chương trình "
                "cho giai đoạn 2021-2025, tiếp tục coi OCOP là một hướng đi chính để phát triển kinh tế nông "
                "thôn.</p>",
            ),
            ("heading", "Bộ tiêu chí và thẩm quyền công nhận"),
            (
                "paragraph",
                "<p>Theo Quyết định 148/QĐ-TTg năm 2023, mỗi sản phẩm được chấm trên thang 100 điểm, gồm ba phần: "
                "sản phẩm và sức mạnh cộng đồng 40 điểm, khả năng tiếp thị 25 điểm, chất lượng sản phẩm 35 điểm. "
                "Sản phẩm đạt từ 50 điểm (3 sao) trở lên mới được chứng nhận.</p>",
            ),
            (
                "paragraph",
                "<p>Từ tháng 7/2025, Quyết định 1489/QĐ-TTg quy định sản phẩm 3 sao và 4 sao do Ủy ban nhân dân cấp "
                "tỉnh công nhận, còn sản phẩm 5 sao do trung ương công nhận là sản phẩm OCOP quốc gia.</p>",
            ),
            (
                "facts",
                [
                    {"value": "34", "label": "tỉnh, thành phố từ 1/7/2025"},
                    {"value": "36 tháng", "label": "thời hạn của một giấy chứng nhận"},
                    {"value": "40%", "label": "chủ thể do phụ nữ làm chủ (2024)"},
                ],
            ),
            ("heading", "Tên cũ trên giấy chứng nhận vẫn giữ nguyên"),
            (
                "paragraph",
                "<p>Từ ngày 1/7/2025, cả nước còn 34 tỉnh, thành phố và không còn cấp huyện; Long An hợp nhất vào "
                "Tây Ninh. Các quyết định công nhận đã ban hành vẫn giữ nguyên tên cơ quan, địa danh tại thời điểm "
                "ký và vẫn có giá trị đến hết thời hạn 36 tháng. Trên trang danh mục, địa chỉ được ghi như trên hồ "
                "sơ gốc; người dùng lọc theo tỉnh mới vẫn tìm thấy sản phẩm được ghi dưới tên tỉnh cũ.</p>",
            ),
            ("heading", "Chủ thể OCOP là ai"),
            (
                "paragraph",
                "<p>Năm 2024, trên cả nước khoảng 32% chủ thể OCOP là hợp tác xã, 22% là doanh nghiệp, 40% là hộ "
                "kinh doanh, và khoảng 40% chủ thể do phụ nữ làm chủ. Đó là những người sẽ tiếp tục làm nên sản "
                "phẩm OCOP, dù bản đồ hành chính thay đổi.</p>",
            ),
        ],
        "tags": ["chính sách", "sáp nhập tỉnh", "Tây Ninh", "Long An"],
        "related_products": ["gao-thom-st25-lua-tom", "nem-nuong-tan-an", "ruou-de-go-den-40-do"],
        "image": {"motif": "leaf", "palette": 1},
    },
]

STANDARD_PAGES = [
    {
        "slug": "gioi-thieu-ocop",
        "title": "Chương trình OCOP là gì",
        "summary": "Giới thiệu Chương trình Mỗi xã một sản phẩm: mục tiêu, sáu nhóm sản phẩm, các chủ thể tham "
        "gia và cách dùng danh mục này.",
        "body": [
            (
                "paragraph",
                "<p>OCOP là viết tắt của <i>One Commune One Product</i>, tức Chương trình Mỗi xã một sản phẩm. Đây "
                "là chương trình quốc gia nhằm phát triển những sản phẩm gắn với lợi thế của từng địa phương, do "
                "chính người dân, hợp tác xã và doanh nghiệp nhỏ tại chỗ làm ra.</p>",
            ),
            ("heading", "Các mốc chính"),
            (
                "paragraph",
                "<ul><li><b>Quyết định 490/QĐ-TTg</b> ngày 7/5/2018: khởi động chương trình.</li>"
                "<li><b>Quyết định 919/QĐ-TTg</b> ngày 1/8/2022: phê duyệt chương trình giai đoạn 2021-2025.</li>"
                "<li><b>Quyết định 148/QĐ-TTg</b> năm 2023: bộ tiêu chí đánh giá, phân hạng sản phẩm.</li>"
                "<li><b>Quyết định 1489/QĐ-TTg</b> tháng 7/2025: quy định lại thẩm quyền công nhận.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Ở mỗi tỉnh, chương trình do Sở Nông nghiệp và Phát triển nông thôn và Văn phòng Điều phối nông "
                "thôn mới tổ chức thực hiện.</p>",
            ),
            ("heading", "Sáu nhóm sản phẩm"),
            (
                "paragraph",
                "<ul><li><b>Thực phẩm</b>: nông sản, thủy sản tươi sống; nông sản sơ chế như gạo, mật ong; thực "
                "phẩm chế biến; gia vị, nước chấm; chè; cà phê, ca cao.</li>"
                "<li><b>Đồ uống</b>: rượu trắng, đồ uống có cồn khác, đồ uống không cồn.</li>"
                "<li><b>Dược liệu và sản phẩm từ dược liệu</b>: thực phẩm chức năng, thuốc dược liệu, mỹ phẩm "
                "thảo dược, tinh dầu.</li>"
                "<li><b>Thủ công mỹ nghệ</b>: đồ gỗ, mây tre đan, dệt may, đồ kim loại, gốm sứ.</li>"
                "<li><b>Sinh vật cảnh</b>: hoa, cây cảnh, động vật cảnh.</li>"
                "<li><b>Dịch vụ du lịch</b> cộng đồng, du lịch sinh thái và điểm du lịch.</li></ul>",
            ),
            ("heading", "Ai làm ra sản phẩm OCOP"),
            (
                "paragraph",
                "<p>Chủ thể OCOP có thể là hợp tác xã, doanh nghiệp nhỏ và vừa, hộ kinh doanh hoặc tổ hợp tác. Năm "
                "2024, khoảng 32% chủ thể là hợp tác xã, 22% là doanh nghiệp, 40% là hộ kinh doanh; khoảng 40% chủ "
                "thể do phụ nữ làm chủ.</p>",
            ),
            ("heading", "Dùng danh mục này thế nào"),
            (
                "paragraph",
                "<p>Bạn có thể tìm sản phẩm theo tên, kể cả gõ không dấu, lọc theo tỉnh, nhóm sản phẩm và hạng sao; "
                "xem câu chuyện của người làm ra sản phẩm, kiểm tra chứng nhận còn hiệu lực hay không và tìm điểm "
                "bán gần nhất trên bản đồ.</p>",
            ),
        ],
    },
    {
        "slug": "quy-trinh-danh-gia",
        "title": "Đánh giá, phân hạng và chứng nhận",
        "summary": "Sản phẩm OCOP được chấm điểm, xếp hạng sao và chứng nhận ra sao; giấy chứng nhận có thời hạn "
        "bao lâu và khi nào bị thu hồi.",
        "body": [
            (
                "paragraph",
                "<p>Mỗi sản phẩm đăng ký tham gia Chương trình OCOP được hội đồng đánh giá, phân hạng chấm điểm "
                "theo bộ tiêu chí ban hành kèm Quyết định 148/QĐ-TTg năm 2023. Tổng điểm tối đa là 100, chia thành "
                "ba phần:</p>"
                "<ul><li><b>Phần A</b> – sản phẩm và sức mạnh cộng đồng: 40 điểm;</li>"
                "<li><b>Phần B</b> – khả năng tiếp thị: 25 điểm;</li>"
                "<li><b>Phần C</b> – chất lượng sản phẩm: 35 điểm.</li></ul>",
            ),
            ("heading", "Điểm số và hạng sao"),
            (
                "paragraph",
                "<ul><li><b>1 sao</b>: dưới 30 điểm – không được chứng nhận.</li>"
                "<li><b>2 sao</b>: từ 30 đến 49 điểm – không được chứng nhận.</li>"
                "<li><b>3 sao</b>: từ 50 đến 69 điểm – do Ủy ban nhân dân cấp tỉnh công nhận (trước đây là cấp "
                "huyện).</li>"
                "<li><b>4 sao</b>: từ 70 đến 89 điểm – do Ủy ban nhân dân cấp tỉnh công nhận.</li>"
                "<li><b>5 sao</b>: từ 90 đến 100 điểm – do trung ương công nhận, là sản phẩm OCOP quốc gia.</li></ul>"
                "<p>Chỉ sản phẩm đạt từ 3 sao trở lên mới được chứng nhận và xuất hiện trong danh mục như một sản "
                "phẩm OCOP. Thẩm quyền công nhận nêu trên áp dụng từ khi có Quyết định 1489/QĐ-TTg tháng "
                "7/2025.</p>",
            ),
            ("heading", "Quyết định công nhận"),
            (
                "paragraph",
                "<p>Kết quả được ban hành bằng một quyết định có số, ngày ký và cơ quan ban hành, thường gồm nhiều "
                "sản phẩm cùng lúc. Quyết định có thể là công nhận mới hoặc công nhận lại sau khi đánh giá lại. Tên "
                "cơ quan và địa danh được giữ đúng như lúc ký, kể cả khi tỉnh đã sáp nhập hay đổi tên.</p>",
            ),
            ("heading", "Thời hạn 36 tháng"),
            (
                "paragraph",
                "<p>Giấy chứng nhận có giá trị 36 tháng kể từ ngày ký quyết định. Cơ quan công nhận báo cho chủ thể "
                "ít nhất 30 ngày trước khi hết hạn để chủ thể đăng ký đánh giá lại. Trên trang này, chứng nhận còn "
                "dưới 90 ngày được đánh dấu là <b>sắp hết hạn</b>.</p>",
            ),
            ("heading", "Thu hồi chứng nhận"),
            (
                "paragraph",
                "<p>Chứng nhận có thể bị thu hồi, chẳng hạn khi chủ thể không tham gia đánh giá lại hoặc sản phẩm "
                "không đạt khi đánh giá lại. Đồng Tháp từng thu hồi cùng lúc 47 giấy chứng nhận: 41 sản phẩm "
                "không đánh giá lại và 6 sản phẩm không đạt.</p>",
            ),
            ("heading", "Bốn trạng thái bạn sẽ thấy"),
            (
                "paragraph",
                "<ul><li><b>Còn hiệu lực</b>: chứng nhận trong thời hạn 36 tháng.</li>"
                "<li><b>Sắp hết hạn</b>: còn dưới 90 ngày.</li>"
                "<li><b>Hết hạn</b>: đã quá 36 tháng mà chưa được công nhận lại.</li>"
                "<li><b>Đã thu hồi</b>: chứng nhận bị cơ quan có thẩm quyền thu hồi.</li></ul>"
                "<p>Sản phẩm hết hạn hoặc bị thu hồi không được giới thiệu là sản phẩm OCOP. Mỗi sản phẩm còn hiệu "
                "lực có tem truy xuất với mã QR dẫn đến trang xác minh chứng nhận công khai.</p>",
            ),
        ],
    },
]
