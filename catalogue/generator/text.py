"""The prose of generated pages: product descriptions, producer stories, display points and news.

Sentences are written for this generator and assembled from the plan's facts
(places, years, counts, decision numbers), so every page reads as a plausible,
specific text while the same seed always gives the same words. Rich text is
escaped here; StreamField values are the raw JSON form Wagtail stores.
"""

import uuid
from html import escape

from django.utils.text import slugify

from .vocabulary import ROLES

# Stream blocks ------------------------------------------------------------------------------


def block_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def paragraph(rng, *sentences):
    return {"type": "paragraph", "value": f"<p>{escape(' '.join(sentences))}</p>", "id": block_id(rng)}


def bullet_list(rng, intro, items):
    rows = "".join(f"<li>{escape(item)}</li>" for item in items)
    return {"type": "paragraph", "value": f"<p>{escape(intro)}</p><ul>{rows}</ul>", "id": block_id(rng)}


def heading(rng, text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}, "id": block_id(rng)}


def quote(rng, text, attribution):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}, "id": block_id(rng)}


def facts(rng, rows):
    return {
        "type": "facts",
        "value": [
            {"type": "item", "value": {"value": str(value), "label": label}, "id": block_id(rng)}
            for value, label in rows
        ],
        "id": block_id(rng),
    }


# Words --------------------------------------------------------------------------------------


def vi_slug(text):
    """An ASCII slug of Vietnamese text: "Rượu đế Gò Đen 45 độ" → "ruou-de-go-den-45-do".

    đ has no Unicode decomposition, so slugify alone would drop it.
    """
    return slugify(text.replace("đ", "d").replace("Đ", "D"))


def vi_date(day):
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def vi_number(value):
    """1470 → "1.470", as Vietnamese writes thousands."""
    return f"{value:,}".replace(",", ".")


def capitalise(text):
    return text[:1].upper() + text[1:]


def kind_phrase(kind_name):
    """ "Mật ong hoa nhãn {place}" → "mật ong hoa nhãn" (proper nouns inside keep their capitals)."""
    words = kind_name.replace("{place}", "").split()
    return " ".join(words)[:1].lower() + " ".join(words)[1:]


def join_vi(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


PRODUCER_NOUNS = {
    "cooperative": "hợp tác xã",
    "enterprise": "doanh nghiệp",
    "household": "hộ kinh doanh",
    "cooperative_group": "tổ hợp tác",
}

PRODUCER_SHORT = {
    "cooperative": "hợp tác xã",
    "enterprise": "công ty",
    "household": "cơ sở",
    "cooperative_group": "tổ hợp tác",
}

GROUP_VERBS = {
    "thuc-pham": "sản xuất",
    "do-uong": "sản xuất",
    "duoc-lieu": "trồng và chế biến",
    "thu-cong-my-nghe": "làm",
    "sinh-vat-canh": "trồng và cung cấp",
    "dich-vu-du-lich": "tổ chức",
}

GROUP_SHORT_NAMES = {
    "thuc-pham": "thực phẩm",
    "do-uong": "đồ uống",
    "duoc-lieu": "dược liệu",
    "thu-cong-my-nghe": "thủ công mỹ nghệ",
    "sinh-vat-canh": "sinh vật cảnh",
    "dich-vu-du-lich": "du lịch",
}

# Products -----------------------------------------------------------------------------------

PRODUCT_SUMMARIES = {
    "thuc-pham": (
        "Làm từ nguyên liệu chọn lọc ở {place}, sơ chế và đóng gói ngay tại cơ sở.",
        "Đặc sản của {place}, chế biến theo quy trình đã công bố chất lượng.",
        "Giữ hương vị quen thuộc của {place}, không dùng chất bảo quản.",
        "Nguyên liệu từ vùng trồng của các hộ thành viên ở {place}, có tem truy xuất nguồn gốc.",
    ),
    "do-uong": (
        "Nấu, ủ và đóng chai tại {place} theo cách làm truyền thống của địa phương.",
        "Đồ uống của {place}, làm từ nguyên liệu địa phương và kiểm nghiệm từng lô.",
        "Hương vị riêng của {place}, được nhiều khách chọn làm quà biếu.",
    ),
    "duoc-lieu": (
        "Làm từ dược liệu trồng ở {place}, kiểm nghiệm và công bố theo quy định.",
        "Dược liệu vùng {place}, thu hái đúng độ tuổi và chế biến ở nhiệt độ thấp.",
        "Sản phẩm từ thảo dược của {place}, đóng gói tiện dùng hằng ngày.",
    ),
    "thu-cong-my-nghe": (
        "Do thợ thủ công ở {place} làm hoàn toàn bằng tay.",
        "Hàng thủ công của {place}, mỗi chiếc mang dấu tay riêng của người thợ.",
        "Kỹ thuật truyền thống của {place} trong mẫu mã hợp với nhà ở hôm nay.",
    ),
    "sinh-vat-canh": (
        "Nhân giống và chăm sóc tại vườn ở {place}, giao kèm hướng dẫn chăm sóc.",
        "Giống chọn lọc của {place}, khỏe và đẹp dáng.",
    ),
    "dich-vu-du-lich": (
        "Đưa du khách về với đời sống, cảnh quan và nghề truyền thống của {place}.",
        "Một ngày ở {place}: tham quan, làm thử nghề và thưởng thức đặc sản địa phương.",
    ),
}

PRODUCT_ORIGINS = (
    "{title} được {producer} sản xuất tại {commune}, {province}.",
    "{title} là sản phẩm chủ lực của {producer} ở {commune}, {province}.",
    "{producer} ở {commune}, {province} đưa {title} vào Chương trình OCOP sau nhiều năm hoàn thiện.",
)
TOURISM_ORIGINS = (
    "{title} do {producer} tổ chức tại {commune}, {province}.",
    "{producer} đón khách đến với {title} quanh năm, đông nhất vào mùa lễ hội.",
)

PLACE_SENTENCES = (
    "Người dân {place} gắn bó với nghề này qua nhiều thế hệ.",
    "Đất và nước của {place} cho nguyên liệu có chất lượng riêng mà nơi khác khó có được.",
    "Sản phẩm mang tên {place} như một lời cam kết về nguồn gốc.",
    "Ở {place}, mùa thu hoạch chính kéo dài vài tháng và cả làng cùng bắt tay vào việc.",
)

# Keyed by sub-group slug first, then by group slug.
PROCESS = {
    "ruou-trang": (
        "Gạo và men được chọn kỹ, ủ trong chum sành từ năm đến bảy ngày trước khi chưng cất.",
        "Rượu được chưng cất chậm bằng nồi đồng, chỉ lấy phần rượu giữa để có vị êm và thơm.",
        "Sau khi cất, rượu được hạ thổ ít nhất sáu tháng cho dịu rồi mới lọc và đóng chai.",
        "Mỗi mẻ rượu đều được kiểm tra độ cồn và các chỉ tiêu an toàn trước khi xuất bán.",
    ),
    "do-uong-co-con-khac": (
        "Trái cây được thu hái lúc chín tới, rửa sạch và lên men tự nhiên trong thùng kín.",
        "Rượu được ủ nhiều tháng, lọc nhiều lần cho trong và giữ được hương trái cây.",
        "Cơ sở đóng chai trên dây chuyền nhỏ và gửi kiểm nghiệm chất lượng định kỳ.",
    ),
    "do-uong-khong-con": (
        "Nguyên liệu tươi được ép, lọc và thanh trùng ngay trong ngày thu hái.",
        "Sản phẩm được đóng chai trên dây chuyền khép kín, không dùng chất bảo quản.",
        "Công thức được cân chỉnh để giữ vị tự nhiên và ít đường.",
    ),
    "dong-vat-canh": (
        "Đàn giống được chọn lọc qua nhiều thế hệ để giữ màu sắc và dáng chuẩn.",
        "Khu nuôi được vệ sinh định kỳ, nguồn nước được lọc và kiểm tra thường xuyên.",
        "Mỗi lứa giống đều được theo dõi từ khi nở đến khi xuất bán.",
    ),
    "thuc-pham": (
        "Nguyên liệu được thu hái đúng độ chín và sơ chế ngay trong ngày để giữ độ tươi.",
        "Cơ sở kiểm soát vệ sinh an toàn thực phẩm từ khâu nhập nguyên liệu đến khâu đóng gói.",
        "Mỗi lô hàng đều có nhật ký sản xuất và được gửi kiểm nghiệm định kỳ.",
        "Sản phẩm không dùng chất bảo quản; cái ngon đến từ nguyên liệu tốt và tay nghề của người làm.",
        "Vùng nguyên liệu do các hộ thành viên canh tác theo hướng an toàn, có sổ ghi chép từng vụ.",
    ),
    "duoc-lieu": (
        "Dược liệu được trồng theo hướng hữu cơ và thu hái đúng độ tuổi để giữ hàm lượng hoạt chất.",
        "Nguyên liệu được sấy lạnh và chiết xuất theo quy trình kiểm soát ở từng công đoạn.",
        "Sản phẩm đã được kiểm nghiệm và công bố theo quy định trước khi lưu hành.",
        "Vùng trồng có sổ ghi chép và được cán bộ kỹ thuật theo dõi suốt mùa vụ.",
    ),
    "thu-cong-my-nghe": (
        "Mỗi sản phẩm do thợ lành nghề trong làng làm hoàn toàn bằng tay.",
        "Nguyên liệu được khai thác tại địa phương và xử lý chống mốc mọt trước khi đưa vào làm.",
        "Một sản phẩm hoàn chỉnh mất từ vài ngày đến vài tuần, tùy kích cỡ và độ cầu kỳ của hoa văn.",
        "Mẫu mã được làm mới mỗi năm nhưng vẫn giữ kỹ thuật truyền thống của làng nghề.",
    ),
    "sinh-vat-canh": (
        "Cây giống được nhân trong vườn ươm và chăm sóc theo quy trình riêng để khỏe, đẹp dáng.",
        "Vườn được tưới nhỏ giọt và bón phân hữu cơ hoai mục.",
        "Mỗi lứa cây đều được theo dõi từ khi ươm đến khi xuất vườn.",
    ),
    "dich-vu-du-lich": (
        "Khách được ở nhà dân, cùng người dân làm vườn, nấu ăn và tìm hiểu nghề truyền thống.",
        "Các hộ tham gia được tập huấn về đón tiếp khách, vệ sinh an toàn thực phẩm và an toàn cho du khách.",
        "Chương trình tham quan được thiết kế theo mùa, gắn với lễ hội và sản vật của địa phương.",
    ),
}

USAGE = {
    "ruou-trang": (
        "Người dưới 18 tuổi và phụ nữ mang thai không sử dụng.",
        "Thường được chọn làm quà biếu và để đãi khách trong dịp lễ, Tết.",
        "Đậy kín nắp sau khi dùng, để nơi khô ráo và tránh ánh nắng.",
    ),
    "do-uong-co-con-khac": (
        "Ngon nhất khi dùng lạnh, hợp với các món nướng và món khai vị.",
        "Người dưới 18 tuổi và phụ nữ mang thai không sử dụng.",
        "Bảo quản chai nằm ngang ở nơi mát, tránh ánh nắng.",
    ),
    "do-uong-khong-con": (
        "Lắc đều trước khi dùng; ngon hơn khi uống lạnh.",
        "Sau khi mở nắp, giữ trong ngăn mát và dùng trong ba ngày.",
        "Phù hợp cho cả gia đình.",
    ),
    "my-pham-thao-duoc": (
        "Thử trên một vùng da nhỏ trước khi dùng lần đầu.",
        "Tránh để sản phẩm tiếp xúc với mắt; để xa tầm tay trẻ em.",
    ),
    "tinh-dau": (
        "Nhỏ vài giọt vào máy khuếch tán, hoặc pha loãng với dầu nền trước khi thoa lên da.",
        "Đậy kín nắp và để nơi mát, tránh ánh nắng trực tiếp.",
    ),
    "dong-vat-canh": (
        "Cơ sở hướng dẫn cách nuôi và hỗ trợ khách trong những tuần đầu.",
        "Giao hàng trong ngày ở trong tỉnh, đóng gói bảo đảm an toàn khi vận chuyển.",
    ),
    "thuc-pham": (
        "Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.",
        "Sau khi mở bao bì nên dùng trong vòng một tuần và giữ trong ngăn mát tủ lạnh.",
        "Thích hợp làm quà biếu trong dịp lễ, Tết hoặc mang theo khi đi xa.",
        "Trên bao bì có tem truy xuất nguồn gốc để người mua kiểm tra thông tin lô hàng.",
    ),
    "duoc-lieu": (
        "Sản phẩm không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.",
        "Đọc kỹ hướng dẫn trên nhãn trước khi dùng.",
        "Bảo quản nơi khô ráo, đậy kín sau khi sử dụng.",
    ),
    "thu-cong-my-nghe": (
        "Lau bằng khăn khô, tránh để nơi ẩm ướt hoặc dưới nắng gắt trong thời gian dài.",
        "Cơ sở nhận làm theo kích thước và mẫu mã riêng cho đơn hàng lớn.",
        "Thích hợp làm quà lưu niệm và đồ trang trí nhà cửa.",
    ),
    "sinh-vat-canh": (
        "Cơ sở hướng dẫn cách chăm sóc khi giao hàng và hỗ trợ khách qua điện thoại.",
        "Đặt nơi có ánh sáng tán xạ, tưới vừa đủ ẩm.",
        "Giao tận nơi trong tỉnh, đóng gói cẩn thận khi gửi đi xa.",
    ),
    "dich-vu-du-lich": (
        "Nên đặt trước ít nhất hai ngày, nhất là vào cuối tuần và dịp lễ.",
        "Giá đã gồm hướng dẫn viên địa phương và một bữa ăn đặc sản.",
        "Phù hợp với gia đình có trẻ nhỏ và các đoàn học sinh.",
    ),
}


def _by_subgroup(table, product):
    return table.get(product.subgroup_slug) or table[product.group_slug]


def product_summary(rng, product):
    return rng.choice(PRODUCT_SUMMARIES[product.group_slug]).format(place=product.place)


def product_description(rng, product):
    producer = product.producer
    facts_of_place = {
        "title": product.title,
        "producer": producer.title,
        "commune": producer.commune,
        "province": producer.province.label,
        "place": product.place,
    }
    origins = TOURISM_ORIGINS if product.group_slug == "dich-vu-du-lich" else PRODUCT_ORIGINS
    blocks = [
        paragraph(
            rng, rng.choice(origins).format(**facts_of_place), rng.choice(PLACE_SENTENCES).format(**facts_of_place)
        )
    ]
    if rng.random() < 0.4:
        blocks.append(heading(rng, "Cách làm" if product.group_slug != "dich-vu-du-lich" else "Trải nghiệm"))
    blocks.append(paragraph(rng, *rng.sample(_by_subgroup(PROCESS, product), 2)))
    usage = list(rng.sample(_by_subgroup(USAGE, product), 2))
    if product.packaging:
        usage.append(f"Quy cách: {product.packaging[:1].lower()}{product.packaging[1:]}.")
    blocks.append(paragraph(rng, *usage))
    return blocks


# Producers ----------------------------------------------------------------------------------

FOUNDING = {
    "cooperative": (
        "{title} được thành lập năm {year} với {members} thành viên, phần lớn là bà con trong {hamlet}.",
        "Năm {year}, {members} hộ ở {hamlet} góp vốn lập {title} để cùng làm và cùng bán sản phẩm.",
    ),
    "enterprise": (
        "{title} ra đời năm {year} từ một xưởng nhỏ do {honorific_lower} {person} gây dựng.",
        "Thành lập năm {year}, {title} hiện có khoảng {workers} lao động, đa số là người địa phương.",
    ),
    "household": (
        "Cơ sở do {honorific_lower} {person} gây dựng từ năm {year}, ban đầu chỉ làm cho bà con trong {hamlet}.",
        "Từ năm {year}, gia đình {honorific_lower} {person} ở {hamlet} chuyển hẳn sang làm nghề và mở rộng dần.",
    ),
    "cooperative_group": (
        "Tổ hợp tác gồm {members} hộ ở {hamlet}, cùng làm nghề và chia nhau từng công đoạn từ năm {year}.",
        "Năm {year}, những hộ làm nghề lâu năm ở {hamlet} lập tổ hợp tác để giữ giá và giữ chất lượng chung.",
    ),
}

TRADE = {
    "thuc-pham": (
        "Vùng nguyên liệu rộng khoảng {area} ha{certificates}, được chăm sóc theo lịch thời vụ chung và ghi chép "
        "đầy đủ."
    ),
    "do-uong": (
        "Cơ sở giữ cách làm truyền thống của địa phương, đồng thời đầu tư thêm thiết bị lọc và khu kiểm tra chất lượng."
    ),
    "duoc-lieu": (
        "Vùng trồng dược liệu rộng khoảng {area} ha{certificates}, nằm xa khu dân cư và được theo dõi suốt mùa vụ."
    ),
    "thu-cong-my-nghe": (
        "Hiện có khoảng {workers} thợ thường xuyên làm việc với cơ sở, nhiều người là phụ nữ lớn tuổi trong làng."
    ),
    "sinh-vat-canh": "Vườn rộng khoảng {area} ha, có nhà lưới, hệ thống tưới tự động và khu ươm giống riêng.",
    "dich-vu-du-lich": (
        "Khoảng {workers} hộ dân cùng tham gia đón khách, mỗi hộ đảm nhận một phần của chuyến trải nghiệm."
    ),
}

OCOP_SENTENCES = (
    "Tham gia Chương trình OCOP từ năm {first_year}, {short} đã chuẩn hóa bao bì, nhãn mác và hồ sơ công bố chất "
    "lượng cho {count} sản phẩm.",
    "Nhờ Chương trình OCOP, sản phẩm của {short} có mặt ở hội chợ, điểm bán OCOP và trên sàn thương mại điện tử.",
    "Từ khi có sản phẩm đạt OCOP năm {first_year}, {short} nhận thêm nhiều đơn hàng từ siêu thị và cửa hàng đặc sản.",
)

QUOTES = (
    "Làm ra sản phẩm tốt đã khó, giữ cho nó tốt đều qua từng mẻ còn khó hơn.",
    "Có sao OCOP rồi, chúng tôi càng phải giữ chữ tín với người mua.",
    "Chúng tôi muốn người mua biết rõ sản phẩm đến từ đâu và ai làm ra nó.",
    "Nghề cha ông để lại, mình phải làm sao cho con cháu còn muốn theo.",
    "Bà con trong vùng có thêm việc làm, đó là điều chúng tôi vui nhất.",
)


def producer_summary(producer):
    kinds = join_vi(producer.specialities[:2])
    noun = capitalise(PRODUCER_NOUNS[producer.kind])
    verb = "nuôi" if producer.subgroup.slug == "dong-vat-canh" else GROUP_VERBS[producer.group_slug]
    return f"{noun} ở {producer.commune}, {producer.province.name} {verb} {kinds}."


def producer_story(rng, producer, first_year):
    values = {
        "title": producer.title,
        "year": producer.founded,
        "members": rng.randint(7, 60),
        "workers": rng.randint(8, 120),
        "hamlet": producer.hamlet,
        "person": producer.person,
        "honorific_lower": producer.honorific.lower(),
        "area": rng.choice((2, 3, 5, 8, 12, 15, 20, 30, 45)),
        "certificates": " đạt chứng nhận VietGAP"
        if producer.vietgap
        else (" được chứng nhận hữu cơ" if producer.organic else ""),
        "short": PRODUCER_SHORT[producer.kind],
        "count": len(producer.products),
        "first_year": first_year,
    }
    story = [rng.choice(FOUNDING[producer.kind]).format(**values)]
    if producer.women_led:
        story.append("Người điều hành là phụ nữ, và phần lớn lao động của cơ sở cũng là chị em trong vùng.")
    if producer.ethnic_minority:
        story.append("Các thành viên là đồng bào dân tộc thiểu số, giữ cách làm riêng của cộng đồng mình.")
    blocks = [paragraph(rng, *story)]
    blocks.append(heading(rng, "Cách chúng tôi làm"))
    work = [TRADE[producer.group_slug].format(**values)]
    if producer.craft_village:
        work.append(f"Cơ sở là thành viên {producer.craft_village[:1].lower()}{producer.craft_village[1:]}.")
    blocks.append(paragraph(rng, *work))
    blocks.append(paragraph(rng, rng.choice(OCOP_SENTENCES).format(**values)))
    if rng.random() < 0.5:
        role = rng.choice(ROLES[producer.kind])
        blocks.append(quote(rng, rng.choice(QUOTES), f"{producer.honorific} {producer.person}, {role}"))
    return blocks


# Display points -----------------------------------------------------------------------------

POINT_NOTES = {
    "rest_stop": "Trạm có bãi đỗ rộng cho ô tô và xe khách, khu vệ sinh và chỗ nghỉ chân.",
    "airport": "Quầy nằm ở khu vực chờ lên máy bay; đồ uống đóng chai nên gửi theo hành lý ký gửi.",
    "market": "Gian hàng mở cửa theo giờ chợ, đông khách nhất vào buổi sáng.",
    "post_office": "Khách có thể mua tại quầy hoặc nhờ bưu điện gửi hàng đi các tỉnh.",
    "tourist_site": "Điểm bán nằm ngay lối vào khu du lịch, thuận tiện cho các đoàn khách mua quà.",
    "craft_village": "Khách có thể xem thợ làm nghề ngay tại chỗ và đặt hàng theo mẫu riêng.",
    "shop": "Cửa hàng nhận đặt hàng qua điện thoại và giao trong ngày ở trung tâm tỉnh.",
    "mall": "Gian hàng nằm ở tầng trệt, mở cửa cùng giờ với trung tâm thương mại.",
    "station": "Quầy nằm trong nhà chờ, phục vụ hành khách trước giờ xe chạy.",
}


def display_point_summary(point):
    return (
        f"Nơi trưng bày và bán {vi_number(point.product_count)} sản phẩm OCOP của {vi_number(point.producer_count)} "
        f"chủ thể, ở {point.commune}, {point.province.name}."
    )


def display_point_body(rng, point):
    return [
        paragraph(
            rng,
            f"{point.title} giới thiệu và bán sản phẩm OCOP của nhiều địa phương, từ đặc sản thực phẩm, đồ uống đến "
            "hàng thủ công mỹ nghệ.",
            "Mỗi sản phẩm có bảng ghi hạng sao và mã QR để khách kiểm tra chứng nhận còn hiệu lực hay không.",
        ),
        paragraph(rng, POINT_NOTES[point.kind]),
    ]
