"""Where generated producers live: the 34 provinces, the older provinces they absorbed, and places in each.

Each current province (the slugs of the taxonomy migration) lists the provinces
that merged into it on 1 July 2025, each with a handful of communes, craft
villages and farming areas known for local products. A producer is placed in
one of them; its address uses the current province (addresses are recorded
today), while a certification decision dated before the merger names the
People's Committee of the province of its time.

Coordinates are rough province centres: a producer's pin is scattered around
them, close enough for a map of the whole country.
"""

import datetime
from dataclasses import dataclass

# Provinces merged on this day (Resolution 202/2025/QH15); earlier decisions keep the old names.
MERGER_DATE = datetime.date(2025, 7, 1)

# Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025.
HUE_CITY_DATE = datetime.date(2025, 1, 1)

# Places whose local unit is a ward (phường), not a commune (xã).
URBAN_PLACES = frozenset(
    {
        "Buôn Ma Thuột",
        "Bảo Lộc",
        "Cam Ranh",
        "Châu Đốc",
        "Gia Nghĩa",
        "Hà Tiên",
        "Hội An",
        "Hồng Ngự",
        "Lái Thiêu",
        "Long Khánh",
        "Phan Thiết",
        "Sa Đéc",
        "Sông Cầu",
        "Vị Thanh",
    }
)


@dataclass(frozen=True)
class Area:
    """A province as it was before the 2025 merger, and its places."""

    name: str
    unit: str  # "tỉnh" or "thành phố"
    places: tuple

    @property
    def label(self):
        return self.name if self.name.startswith("Thành phố") else f"{self.unit} {self.name}"


@dataclass(frozen=True)
class ProvinceInfo:
    slug: str
    name: str
    unit: str
    latitude: float
    longitude: float
    tags: frozenset
    areas: tuple
    airport: str = ""

    @property
    def label(self):
        """As written in an address: "tỉnh Lai Châu", "thành phố Huế", "Thành phố Hồ Chí Minh"."""
        return self.name if self.name.startswith("Thành phố") else f"{self.unit} {self.name}"

    @property
    def weight(self):
        """How many producers it gets, relatively: the merged provinces are the bigger ones."""
        return len(self.areas) + (2 if self.slug == "ha-noi" else 0)


def _province(slug, name, unit, position, tags, areas, airport=""):
    latitude, longitude = position
    return ProvinceInfo(
        slug=slug,
        name=name,
        unit=unit,
        latitude=latitude,
        longitude=longitude,
        tags=frozenset(tags.split()),
        areas=tuple(Area(area_name, area_unit, tuple(places)) for area_name, area_unit, places in areas),
        airport=airport,
    )


TINH, TP = "tỉnh", "thành phố"

# Tags say which product kinds are plausible there: north / central / south,
# mountain, highland, delta, coast, mekong.
PROVINCES = (
    _province(
        "ha-noi",
        "Hà Nội",
        TP,
        (21.03, 105.85),
        "north delta",
        [
            (
                "Hà Nội",
                TP,
                [
                    "Bát Tràng",
                    "Vạn Phúc",
                    "Phú Vinh",
                    "Ước Lễ",
                    "Ba Vì",
                    "Sóc Sơn",
                    "Đông Anh",
                    "Mê Linh",
                    "Chương Mỹ",
                    "Quảng Phú Cầu",
                    "Đan Phượng",
                ],
            )
        ],
        "Nội Bài",
    ),
    _province(
        "hai-phong",
        "Hải Phòng",
        TP,
        (20.86, 106.68),
        "north delta coast",
        [
            ("Hải Phòng", TP, ["Tiên Lãng", "Vĩnh Bảo", "Thủy Nguyên", "Cát Hải", "Kiến Thụy", "An Lão"]),
            ("Hải Dương", TINH, ["Thanh Hà", "Chí Linh", "Kinh Môn", "Ninh Giang", "Gia Lộc", "Cẩm Giàng"]),
        ],
        "Cát Bi",
    ),
    _province(
        "hue",
        "Huế",
        TP,
        (16.46, 107.59),
        "central coast",
        [
            (
                "Thừa Thiên Huế",
                TINH,
                ["Bao La", "Phong Điền", "Thủy Biều", "Hương Trà", "A Lưới", "Phú Lộc", "Sình", "Thanh Tiên"],
            )
        ],
        "Phú Bài",
    ),
    _province(
        "da-nang",
        "Đà Nẵng",
        TP,
        (16.05, 108.20),
        "central coast",
        [
            ("Đà Nẵng", TP, ["Hòa Vang", "Túy Loan", "Nam Ô", "Hòa Bắc", "Non Nước"]),
            ("Quảng Nam", TINH, ["Hội An", "Trà Quế", "Đại Lộc", "Duy Xuyên", "Nam Trà My", "Tiên Phước", "Mã Châu"]),
        ],
        "Đà Nẵng",
    ),
    _province(
        "can-tho",
        "Cần Thơ",
        TP,
        (10.03, 105.78),
        "south mekong",
        [
            ("Cần Thơ", TP, ["Phong Điền", "Cờ Đỏ", "Thới Lai", "Vĩnh Thạnh", "Ô Môn"]),
            ("Sóc Trăng", TINH, ["Kế Sách", "Mỹ Xuyên", "Long Phú", "Trần Đề", "Vĩnh Châu", "Ngã Năm"]),
            ("Hậu Giang", TINH, ["Vị Thanh", "Long Mỹ", "Phụng Hiệp", "Châu Thành A"]),
        ],
        "Cần Thơ",
    ),
    _province(
        "ho-chi-minh",
        "Thành phố Hồ Chí Minh",
        TP,
        (10.78, 106.70),
        "south coast",
        [
            ("Thành phố Hồ Chí Minh", TP, ["Củ Chi", "Cần Giờ", "Hóc Môn", "Bình Chánh", "Nhà Bè"]),
            ("Bình Dương", TINH, ["Lái Thiêu", "Bến Cát", "Tân Uyên", "Phú Giáo", "Dầu Tiếng"]),
            ("Bà Rịa - Vũng Tàu", TINH, ["Long Hải", "Côn Đảo", "Xuyên Mộc", "Châu Đức", "Đất Đỏ"]),
        ],
        "Tân Sơn Nhất",
    ),
    _province(
        "lai-chau",
        "Lai Châu",
        TINH,
        (22.39, 103.46),
        "north mountain",
        [("Lai Châu", TINH, ["Tam Đường", "Sìn Hồ", "Phong Thổ", "Than Uyên", "Tân Uyên", "Mường Tè", "Bình Lư"])],
    ),
    _province(
        "dien-bien",
        "Điện Biên",
        TINH,
        (21.39, 103.02),
        "north mountain",
        [
            (
                "Điện Biên",
                TINH,
                ["Mường Thanh", "Tủa Chùa", "Mường Ảng", "Mường Phăng", "Điện Biên Đông", "Mường Nhé"],
            )
        ],
        "Điện Biên Phủ",
    ),
    _province(
        "son-la",
        "Sơn La",
        TINH,
        (21.33, 103.91),
        "north mountain",
        [("Sơn La", TINH, ["Mộc Châu", "Yên Châu", "Mai Sơn", "Vân Hồ", "Thuận Châu", "Bắc Yên"])],
    ),
    _province(
        "lang-son",
        "Lạng Sơn",
        TINH,
        (21.85, 106.76),
        "north mountain",
        [("Lạng Sơn", TINH, ["Bắc Sơn", "Cao Lộc", "Tràng Định", "Văn Quan", "Chi Lăng", "Bình Gia"])],
    ),
    _province(
        "quang-ninh",
        "Quảng Ninh",
        TINH,
        (21.00, 107.30),
        "north coast mountain",
        [("Quảng Ninh", TINH, ["Vân Đồn", "Tiên Yên", "Đầm Hà", "Bình Liêu", "Cô Tô", "Hoành Bồ", "Đông Triều"])],
        "Vân Đồn",
    ),
    _province(
        "thanh-hoa",
        "Thanh Hóa",
        TINH,
        (19.80, 105.78),
        "central coast delta",
        [("Thanh Hóa", TINH, ["Nga Sơn", "Hoằng Hóa", "Thọ Xuân", "Cẩm Thủy", "Như Thanh", "Quảng Xương", "Bá Thước"])],
        "Thọ Xuân",
    ),
    _province(
        "nghe-an",
        "Nghệ An",
        TINH,
        (18.67, 105.68),
        "central coast mountain",
        [
            (
                "Nghệ An",
                TINH,
                ["Nghi Lộc", "Thanh Chương", "Quỳnh Lưu", "Con Cuông", "Diễn Châu", "Quế Phong", "Nam Đàn"],
            )
        ],
        "Vinh",
    ),
    _province(
        "ha-tinh",
        "Hà Tĩnh",
        TINH,
        (18.34, 105.90),
        "central coast",
        [("Hà Tĩnh", TINH, ["Hương Khê", "Vũ Quang", "Can Lộc", "Cẩm Xuyên", "Kỳ Anh", "Hương Sơn"])],
    ),
    _province(
        "cao-bang",
        "Cao Bằng",
        TINH,
        (22.67, 106.26),
        "north mountain",
        [("Cao Bằng", TINH, ["Trùng Khánh", "Hà Quảng", "Bảo Lạc", "Quảng Hòa", "Nguyên Bình", "Phúc Sen"])],
    ),
    _province(
        "tuyen-quang",
        "Tuyên Quang",
        TINH,
        (21.82, 105.21),
        "north mountain",
        [
            ("Tuyên Quang", TINH, ["Hàm Yên", "Na Hang", "Chiêm Hóa", "Sơn Dương", "Lâm Bình"]),
            ("Hà Giang", TINH, ["Đồng Văn", "Hoàng Su Phì", "Bắc Quang", "Mèo Vạc", "Quản Bạ", "Vị Xuyên"]),
        ],
    ),
    _province(
        "lao-cai",
        "Lào Cai",
        TINH,
        (22.48, 103.97),
        "north mountain",
        [
            ("Lào Cai", TINH, ["Bắc Hà", "Sa Pa", "Bát Xát", "Mường Khương", "Si Ma Cai"]),
            ("Yên Bái", TINH, ["Mù Cang Chải", "Văn Chấn", "Trạm Tấu", "Lục Yên", "Suối Giàng", "Trấn Yên"]),
        ],
    ),
    _province(
        "thai-nguyen",
        "Thái Nguyên",
        TINH,
        (21.59, 105.85),
        "north mountain",
        [
            ("Thái Nguyên", TINH, ["Tân Cương", "Đại Từ", "Định Hóa", "Phú Lương", "Đồng Hỷ", "La Bằng"]),
            ("Bắc Kạn", TINH, ["Ba Bể", "Chợ Đồn", "Na Rì", "Ngân Sơn", "Pác Nặm"]),
        ],
    ),
    _province(
        "phu-tho",
        "Phú Thọ",
        TINH,
        (21.32, 105.40),
        "north mountain delta",
        [
            ("Phú Thọ", TINH, ["Thanh Sơn", "Đoan Hùng", "Tân Sơn", "Cẩm Khê", "Thanh Ba"]),
            ("Vĩnh Phúc", TINH, ["Tam Đảo", "Lập Thạch", "Vĩnh Tường", "Yên Lạc", "Tam Dương"]),
            ("Hòa Bình", TINH, ["Mai Châu", "Cao Phong", "Lạc Sơn", "Kim Bôi", "Đà Bắc"]),
        ],
    ),
    _province(
        "bac-ninh",
        "Bắc Ninh",
        TINH,
        (21.18, 106.07),
        "north delta",
        [
            ("Bắc Ninh", TINH, ["Đông Hồ", "Phù Lãng", "Tiên Du", "Đồng Kỵ", "Quế Võ"]),
            ("Bắc Giang", TINH, ["Lục Ngạn", "Yên Thế", "Lục Nam", "Sơn Động", "Tân Yên"]),
        ],
    ),
    _province(
        "hung-yen",
        "Hưng Yên",
        TINH,
        (20.65, 106.05),
        "north delta",
        [
            ("Hưng Yên", TINH, ["Khoái Châu", "Văn Giang", "Tiên Lữ", "Kim Động", "Phù Cừ"]),
            ("Thái Bình", TINH, ["Vũ Thư", "Đông Hưng", "Thái Thụy", "Tiền Hải", "Quỳnh Phụ"]),
        ],
    ),
    _province(
        "ninh-binh",
        "Ninh Bình",
        TINH,
        (20.25, 105.97),
        "north delta coast",
        [
            ("Ninh Bình", TINH, ["Kim Sơn", "Hoa Lư", "Gia Viễn", "Nho Quan", "Yên Mô"]),
            ("Hà Nam", TINH, ["Lý Nhân", "Kim Bảng", "Thanh Liêm", "Bình Lục"]),
            ("Nam Định", TINH, ["Hải Hậu", "Vụ Bản", "Giao Thủy", "Nghĩa Hưng", "Xuân Trường"]),
        ],
    ),
    _province(
        "quang-tri",
        "Quảng Trị",
        TINH,
        (16.75, 107.19),
        "central coast",
        [
            ("Quảng Trị", TINH, ["Cam Lộ", "Hướng Hóa", "Vĩnh Linh", "Gio Linh", "Triệu Phong"]),
            ("Quảng Bình", TINH, ["Bố Trạch", "Lệ Thủy", "Tuyên Hóa", "Minh Hóa", "Phong Nha"]),
        ],
        "Đồng Hới",
    ),
    _province(
        "quang-ngai",
        "Quảng Ngãi",
        TINH,
        (15.12, 108.80),
        "central coast highland",
        [
            ("Quảng Ngãi", TINH, ["Lý Sơn", "Ba Tơ", "Mộ Đức", "Trà Bồng", "Đức Phổ", "Sơn Tây"]),
            ("Kon Tum", TINH, ["Đăk Tô", "Tu Mơ Rông", "Kon Plông", "Ngọc Hồi", "Đăk Hà"]),
        ],
        "Chu Lai",
    ),
    _province(
        "gia-lai",
        "Gia Lai",
        TINH,
        (13.98, 108.00),
        "central highland coast",
        [
            ("Gia Lai", TINH, ["Chư Sê", "Đak Đoa", "Chư Prông", "Mang Yang", "Kbang"]),
            ("Bình Định", TINH, ["Tuy Phước", "Hoài Nhơn", "An Nhơn", "Phù Cát", "Tây Sơn"]),
        ],
        "Pleiku",
    ),
    _province(
        "khanh-hoa",
        "Khánh Hòa",
        TINH,
        (12.24, 109.19),
        "central coast",
        [
            ("Khánh Hòa", TINH, ["Cam Ranh", "Vạn Ninh", "Ninh Hòa", "Diên Khánh", "Khánh Sơn"]),
            ("Ninh Thuận", TINH, ["Ninh Phước", "Ninh Hải", "Bàu Trúc", "Thuận Bắc", "Bác Ái"]),
        ],
        "Cam Ranh",
    ),
    _province(
        "lam-dong",
        "Lâm Đồng",
        TINH,
        (11.94, 108.44),
        "south highland coast",
        [
            ("Lâm Đồng", TINH, ["Cầu Đất", "Đơn Dương", "Bảo Lộc", "Di Linh", "Lạc Dương", "Đức Trọng"]),
            ("Đắk Nông", TINH, ["Gia Nghĩa", "Krông Nô", "Đắk Mil", "Tuy Đức", "Đắk Song"]),
            ("Bình Thuận", TINH, ["Phan Thiết", "Tuy Phong", "Hàm Thuận Nam", "Phú Quý", "Bắc Bình"]),
        ],
        "Liên Khương",
    ),
    _province(
        "dak-lak",
        "Đắk Lắk",
        TINH,
        (12.67, 108.04),
        "central highland coast",
        [
            ("Đắk Lắk", TINH, ["Buôn Ma Thuột", "Krông Pắc", "Cư M'gar", "Buôn Đôn", "Ea Kar", "Lắk"]),
            ("Phú Yên", TINH, ["Tuy An", "Sông Cầu", "Đồng Xuân", "Sơn Hòa", "Phú Hòa"]),
        ],
        "Buôn Ma Thuột",
    ),
    _province(
        "dong-nai",
        "Đồng Nai",
        TINH,
        (10.95, 106.82),
        "south",
        [
            ("Đồng Nai", TINH, ["Long Khánh", "Tân Phú", "Định Quán", "Xuân Lộc", "Cẩm Mỹ"]),
            ("Bình Phước", TINH, ["Bù Đăng", "Lộc Ninh", "Bù Đốp", "Đồng Phú", "Hớn Quản"]),
        ],
    ),
    _province(
        "tay-ninh",
        "Tây Ninh",
        TINH,
        (11.31, 106.10),
        "south mekong",
        [
            ("Tây Ninh", TINH, ["Gò Dầu", "Trảng Bàng", "Tân Biên", "Dương Minh Châu", "Hòa Thành"]),
            ("Long An", TINH, ["Gò Đen", "Cần Đước", "Thạnh Hóa", "Đức Hòa", "Tân Trụ", "Mộc Hóa"]),
        ],
    ),
    _province(
        "vinh-long",
        "Vĩnh Long",
        TINH,
        (10.25, 105.97),
        "south mekong coast",
        [
            ("Vĩnh Long", TINH, ["Trà Ôn", "Long Hồ", "Vũng Liêm", "Bình Minh", "Mang Thít"]),
            ("Bến Tre", TINH, ["Cái Mơn", "Chợ Lách", "Mỏ Cày", "Giồng Trôm", "Ba Tri"]),
            ("Trà Vinh", TINH, ["Cầu Kè", "Tiểu Cần", "Trà Cú", "Cầu Ngang", "Duyên Hải"]),
        ],
    ),
    _province(
        "dong-thap",
        "Đồng Tháp",
        TINH,
        (10.45, 105.63),
        "south mekong",
        [
            ("Đồng Tháp", TINH, ["Tháp Mười", "Sa Đéc", "Lai Vung", "Hồng Ngự", "Tam Nông", "Lấp Vò"]),
            ("Tiền Giang", TINH, ["Cái Bè", "Chợ Gạo", "Gò Công", "Cai Lậy", "Tân Phước"]),
        ],
    ),
    _province(
        "ca-mau",
        "Cà Mau",
        TINH,
        (9.18, 105.15),
        "south mekong coast",
        [
            ("Cà Mau", TINH, ["Năm Căn", "U Minh", "Đầm Dơi", "Ngọc Hiển", "Thới Bình", "Trần Văn Thời"]),
            ("Bạc Liêu", TINH, ["Giá Rai", "Hồng Dân", "Phước Long", "Vĩnh Lợi", "Đông Hải"]),
        ],
        "Cà Mau",
    ),
    _province(
        "an-giang",
        "An Giang",
        TINH,
        (10.38, 105.43),
        "south mekong coast",
        [
            ("An Giang", TINH, ["Châu Đốc", "Tri Tôn", "Tịnh Biên", "Chợ Mới", "Phú Tân", "An Phú"]),
            ("Kiên Giang", TINH, ["Phú Quốc", "Hà Tiên", "U Minh Thượng", "Kiên Lương", "Giồng Riềng"]),
        ],
        "Phú Quốc",
    ),
)

PROVINCES_BY_SLUG = {province.slug: province for province in PROVINCES}

# Hamlets by the kind of place: their word and a few names.
HAMLETS = {
    "mountain": ("bản", ("Nà Tấu", "Phiêng Lơi", "Hua Pầu", "Pá Khoang", "Tả Phìn", "Lao Chải", "Na Sang", "Cò Mạ")),
    "highland": ("buôn", ("Ako Dhông", "Tring", "Kmrơng", "Ea Nao", "Đung", "Jun", "Kơ Siêr", "Pốc")),
    "south": ("ấp", ("Tân Hòa", "Long Thạnh", "Bình Phú", "Mỹ Lợi", "An Thới", "Phú Hưng", "Hòa Lợi", "Thạnh Đông")),
    "other": ("thôn", ("Đông", "Trung", "Thượng", "Hạ", "Đoài", "An Hòa", "Tân Lập", "Phú Mỹ")),
}

STREETS = (
    "Trần Hưng Đạo",
    "Lê Lợi",
    "Nguyễn Huệ",
    "Hùng Vương",
    "Quang Trung",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Nguyễn Trãi",
    "Lê Duẩn",
    "Võ Nguyên Giáp",
)

HIGHWAYS = {
    "north": ("1", "2", "3", "5", "6", "18"),
    "central": ("1", "14", "19", "49"),
    "south": ("1", "13", "22", "51", "62", "80"),
}


def region(province):
    """north, central or south: which highways and words fit."""
    for name in ("north", "central", "south"):
        if name in province.tags:
            return name
    return "south" if province.latitude < 12.5 else "central"


def hamlet_style(province):
    if "mountain" in province.tags:
        return "mountain"
    if "highland" in province.tags:
        return "highland"
    if region(province) == "south":
        return "south"
    return "other"


def commune(place):
    """ "xã Bát Tràng", or "phường Hội An" for a town."""
    return f"{'phường' if place in URBAN_PLACES else 'xã'} {place}"


def province_at(province, area, day):
    """(name, label) of the province a place in `area` belonged to on `day`: ("Long An", "tỉnh Long An")."""
    if day >= MERGER_DATE:
        return province.name, province.label
    if area.name == "Thừa Thiên Huế" and day >= HUE_CITY_DATE:
        return "Huế", "thành phố Huế"
    return area.name, area.label


def provincial_issuer(province, area, day):
    """The People's Committee that signed a decision of this day, named as it was then."""
    return f"UBND {province_at(province, area, day)[1]}"


def ministry(day):
    """The ministry that certifies 5-star (national) products, and its decision-number suffix, on this day."""
    if day >= datetime.date(2025, 3, 1):
        return "Bộ Nông nghiệp và Môi trường", "QĐ-BNNMT"
    return "Bộ Nông nghiệp và Phát triển nông thôn", "QĐ-BNN-VPĐP"
