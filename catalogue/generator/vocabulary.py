"""The words generated products and producers are made of.

Product kinds are grouped by the OCOP sub-groups of the taxonomy migration
(by slug). A kind's name takes a place ("Mật ong hoa nhãn {place}"); its tags,
when given, say where it is plausible (see places.PROVINCES), so that nobody
grows Séng Cù rice in Cà Mau. Variants tell two products of one kind apart,
as producers do on their labels (strength, size, grade).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    motif: str
    tags: frozenset = frozenset()
    variants: tuple = ()

    def fits(self, province):
        return not self.tags or bool(self.tags & province.tags)


@dataclass(frozen=True)
class Subgroup:
    slug: str
    weight: int
    specialty: str  # what a cooperative of this trade calls itself: "HTX Mật ong Cái Bè"
    kinds: tuple
    packaging: tuple
    price: tuple  # the usual lowest price range in VND, (from, to)
    variants: tuple = ()
    craft_village: str = ""  # "làng nghề {craft_village} {place}", for trades organised in craft villages


def kind(name, motif, tags="", variants=()):
    return Kind(name, motif, frozenset(tags.split()), tuple(variants))


SPIRIT_STRENGTHS = ("29 độ", "35 độ", "40 độ", "45 độ")

SUBGROUPS = {
    "thuc-pham": (
        Subgroup(
            "nong-san-tuoi-song",
            5,
            "Nông nghiệp",
            (
                kind("Bưởi da xanh {place}", "leaf", "south"),
                kind("Xoài cát Hòa Lộc {place}", "leaf", "mekong"),
                kind("Thanh long ruột đỏ {place}", "flower", "south coast"),
                kind("Vải thiều {place}", "leaf", "north"),
                kind("Cam sành {place}", "leaf"),
                kind("Nhãn lồng {place}", "leaf", "north"),
                kind("Sầu riêng Ri6 {place}", "leaf", "mekong highland south"),
                kind("Dưa lưới {place}", "leaf"),
                kind("Tôm càng xanh {place}", "fish", "mekong"),
                kind("Cua biển {place}", "fish", "coast mekong"),
                kind("Măng cụt {place}", "leaf", "south"),
                kind("Nấm rơm {place}", "mushroom"),
                kind("Trứng gà ác {place}", "jar"),
                kind("Mận hậu {place}", "leaf", "mountain"),
                kind("Na dai {place}", "leaf", "north"),
                kind("Bơ sáp {place}", "leaf", "highland"),
                kind("Chanh không hạt {place}", "leaf"),
                kind("Dừa xiêm xanh {place}", "leaf", "mekong"),
            ),
            ("Thùng carton 5 kg", "Túi lưới 2 kg; thùng 10 kg", "Hộp quà 3 kg", "Khay xốp 500 g"),
            (25_000, 90_000),
            ("loại 1", "hộp quà"),
        ),
        Subgroup(
            "nong-san-so-che",
            5,
            "Nông sản",
            (
                kind("Gạo ST25 {place}", "rice", "mekong"),
                kind("Gạo tám thơm {place}", "rice", "delta"),
                kind("Gạo Séng Cù {place}", "rice", "mountain"),
                kind("Gạo lứt huyết rồng {place}", "rice", "south"),
                kind("Nếp cái hoa vàng {place}", "rice", "north"),
                kind("Mật ong hoa nhãn {place}", "honey", "delta mekong"),
                kind("Mật ong hoa cà phê {place}", "honey", "highland"),
                kind("Mật ong bạc hà {place}", "honey", "mountain"),
                kind("Mật ong hoa tràm {place}", "honey", "mekong coast"),
                kind("Mật ong rừng {place}", "honey", "mountain highland"),
                kind("Tiêu đen {place}", "rice", "highland south"),
                kind("Hạt điều {place}", "rice", "south highland"),
                kind("Hạt sen sấy {place}", "rice", "mekong delta"),
                kind("Tỏi cô đơn {place}", "rice", "coast"),
                kind("Gừng sẻ {place}", "leaf"),
                kind("Đậu phộng {place}", "rice"),
            ),
            ("Túi hút chân không 1 kg; túi 5 kg", "Chai thủy tinh 500 ml; hũ 250 g", "Hộp giấy 500 g", "Túi vải 2 kg"),
            (30_000, 180_000),
            ("túi 1 kg", "hộp quà", "loại đặc biệt"),
        ),
        Subgroup(
            "thuc-pham-che-bien",
            6,
            "Chế biến nông sản",
            (
                kind("Chả cá thác lác {place}", "fish", "mekong"),
                kind("Lạp xưởng {place}", "meat", "south"),
                kind("Nem nướng {place}", "meat"),
                kind("Bánh pía {place}", "noodle", "mekong"),
                kind("Bánh tráng phơi sương {place}", "noodle", "south"),
                kind("Kẹo dừa {place}", "jar", "mekong"),
                kind("Mắm cá linh {place}", "jar", "mekong"),
                kind("Khô cá lóc {place}", "fish", "mekong"),
                kind("Thịt trâu gác bếp {place}", "meat", "mountain"),
                kind("Lạp sườn hun khói {place}", "meat", "mountain"),
                kind("Miến dong {place}", "noodle", "north"),
                kind("Bánh đa nem {place}", "noodle", "north central"),
                kind("Bánh cáy {place}", "noodle", "delta"),
                kind("Chà bông cá lóc {place}", "fish", "south"),
                kind("Mứt gừng {place}", "jar"),
                kind("Bánh phồng tôm {place}", "noodle", "coast mekong"),
                kind("Khô mực {place}", "fish", "coast"),
                kind("Hủ tiếu khô {place}", "noodle", "south"),
                kind("Phở khô {place}", "noodle", "north"),
            ),
            ("Túi hút chân không 500 g", "Hộp giấy 300 g; hộp quà 1 kg", "Khay 250 g", "Hũ thủy tinh 400 g"),
            (40_000, 250_000),
            ("hộp quà", "loại đặc biệt", "túi 500 g"),
            craft_village="bánh tráng",
        ),
        Subgroup(
            "gia-vi-nuoc-cham",
            3,
            "Thủy sản",
            (
                kind("Nước mắm cá cơm {place}", "bottle", "coast"),
                kind("Nước mắm truyền thống {place}", "bottle", "coast"),
                kind("Tương bần {place}", "jar", "delta"),
                kind("Tương ớt {place}", "bottle"),
                kind("Muối tôm {place}", "jar", "south"),
                kind("Muối ớt xanh {place}", "jar", "coast"),
                kind("Mắm tôm {place}", "jar", "coast delta"),
                kind("Tiêu xanh ngâm {place}", "jar", "highland south"),
                kind("Bột nghệ {place}", "jar"),
                kind("Hạt dổi {place}", "jar", "mountain"),
                kind("Mắc khén {place}", "jar", "mountain"),
                kind("Chẩm chéo {place}", "jar", "mountain"),
            ),
            ("Chai thủy tinh 500 ml; can 2 lít", "Hũ thủy tinh 200 g", "Chai nhựa 250 ml; thùng 24 chai", "Túi 100 g"),
            (25_000, 150_000),
            ("chai 500 ml", "loại thượng hạng"),
        ),
        Subgroup(
            "che",
            3,
            "Chè",
            (
                kind("Chè Shan tuyết cổ thụ {place}", "leaf", "mountain"),
                kind("Chè búp {place}", "leaf", "north"),
                kind("Trà móc câu {place}", "leaf", "north"),
                kind("Trà sen {place}", "flower", "mekong delta"),
                kind("Trà ô long {place}", "leaf", "highland"),
                kind("Trà xanh {place}", "leaf", "north highland"),
                kind("Hồng trà {place}", "leaf", "mountain highland"),
                kind("Trà hoa vàng {place}", "flower", "mountain"),
                kind("Trà túi lọc lá sen {place}", "flower", "mekong"),
            ),
            ("Hộp giấy 100 g", "Túi zip 500 g", "Hộp thiếc 200 g", "Hộp quà 2 gói 250 g"),
            (60_000, 400_000),
            ("hộp 100 g", "đặc biệt", "hộp quà"),
        ),
        Subgroup(
            "ca-phe-ca-cao",
            2,
            "Cà phê",
            (
                kind("Cà phê Robusta rang xay {place}", "jar", "highland south"),
                kind("Cà phê Arabica {place}", "jar", "highland mountain"),
                kind("Cà phê hạt rang mộc {place}", "jar", "highland"),
                kind("Bột ca cao nguyên chất {place}", "jar", "south highland mekong"),
                kind("Sô cô la đen {place}", "jar", "south mekong"),
            ),
            ("Túi van một chiều 500 g", "Hộp giấy 250 g", "Túi 1 kg"),
            (80_000, 350_000),
            ("gói 250 g", "gói 500 g", "loại đặc biệt"),
        ),
    ),
    "do-uong": (
        Subgroup(
            "ruou-trang",
            3,
            "Rượu truyền thống",
            (
                kind("Rượu đế {place}", "bottle", "south"),
                kind("Rượu nếp cái hoa vàng {place}", "bottle", "north"),
                kind("Rượu ngô men lá {place}", "bottle", "mountain"),
                kind("Rượu gạo {place}", "bottle"),
                kind("Rượu cần {place}", "jar", "mountain highland"),
                kind("Rượu nếp cẩm {place}", "bottle", "mountain"),
                kind("Rượu làng {place}", "bottle", "delta central"),
            ),
            ("Chai thủy tinh 500 ml", "Bình sứ 1 lít", "Chai 750 ml; hộp quà 2 chai", "Can 2 lít"),
            (60_000, 300_000),
            SPIRIT_STRENGTHS,
            craft_village="nấu rượu",
        ),
        Subgroup(
            "do-uong-co-con-khac",
            1,
            "Rượu vang",
            (
                kind("Rượu vang nho {place}", "bottle", "coast"),
                kind("Vang sim {place}", "bottle", "coast"),
                kind("Rượu chanh {place}", "bottle", "mekong"),
                kind("Rượu mơ {place}", "bottle", "mountain"),
                kind("Rượu chuối hột {place}", "bottle", "south"),
                kind("Vang dâu tằm {place}", "bottle", "highland"),
                kind("Rượu táo mèo {place}", "bottle", "mountain"),
            ),
            ("Chai thủy tinh 750 ml", "Chai 500 ml; hộp quà 2 chai", "Chai 375 ml"),
            (90_000, 450_000),
            ("chai 750 ml", "hộp quà"),
        ),
        Subgroup(
            "do-uong-khong-con",
            2,
            "Đồ uống",
            (
                kind("Nước cốt chanh dây {place}", "bottle", "highland south"),
                kind("Nước ép thanh long {place}", "bottle", "south coast"),
                kind("Trà atiso {place}", "flower", "highland"),
                kind("Nước yến sào {place}", "bottle", "coast"),
                kind("Nước cốt gừng mật ong {place}", "bottle"),
                kind("Sữa bắp {place}", "bottle"),
                kind("Sữa dê {place}", "bottle", "mountain central"),
                kind("Nước dừa đóng chai {place}", "bottle", "mekong"),
                kind("Siro mãng cầu {place}", "bottle", "south"),
            ),
            ("Chai 330 ml; thùng 24 chai", "Chai thủy tinh 250 ml", "Hộp giấy 1 lít", "Lon 240 ml; lốc 6 lon"),
            (15_000, 120_000),
            ("chai 330 ml", "chai 1 lít"),
        ),
    ),
    "duoc-lieu": (
        Subgroup(
            "thuc-pham-chuc-nang",
            3,
            "Dược liệu",
            (
                kind("Đông trùng hạ thảo sấy thăng hoa {place}", "mushroom"),
                kind("Tinh bột nghệ {place}", "jar"),
                kind("Viên tinh nghệ mật ong {place}", "jar"),
                kind("Bột chùm ngây {place}", "leaf", "south"),
                kind("Trà giảo cổ lam {place}", "leaf", "mountain"),
                kind("Tỏi đen {place}", "jar", "coast"),
                kind("Yến sào tinh chế {place}", "jar", "coast"),
                kind("Sâm Ngọc Linh ngâm mật ong {place}", "jar", "highland"),
                kind("Nấm linh chi đỏ {place}", "mushroom"),
                kind("Cao sâm {place}", "jar", "highland mountain"),
            ),
            ("Hộp 30 gói", "Hũ thủy tinh 100 g", "Hộp 10 g; hộp quà 50 g", "Hộp 60 viên"),
            (120_000, 900_000),
            ("hộp 100 g", "hộp quà"),
        ),
        Subgroup(
            "thuoc-duoc-lieu",
            2,
            "Dược liệu",
            (
                kind("Cao atiso {place}", "jar", "highland"),
                kind("Cao lá vằng {place}", "jar", "central"),
                kind("Cao cà gai leo {place}", "jar"),
                kind("Thuốc xông thảo dược {place}", "leaf"),
                kind("Dầu nóng thảo dược {place}", "bottle"),
                kind("Viên hoàn thảo mộc {place}", "jar"),
                kind("Lá tắm người Dao đỏ {place}", "leaf", "mountain"),
                kind("Cao khổ qua rừng {place}", "jar", "south"),
            ),
            ("Hũ 200 g", "Chai 30 ml; hộp 10 chai", "Gói 100 g; hộp 10 gói"),
            (50_000, 400_000),
            ("hũ 100 g", "hộp quà"),
        ),
        Subgroup(
            "my-pham-thao-duoc",
            2,
            "Mỹ phẩm thảo dược",
            (
                kind("Xà bông thảo dược {place}", "leaf"),
                kind("Dầu gội bồ kết {place}", "bottle"),
                kind("Son dưỡng sáp ong {place}", "honey"),
                kind("Tinh chất nghệ dưỡng da {place}", "bottle"),
                kind("Muối tắm thảo dược {place}", "jar", "coast"),
                kind("Sữa tắm dừa {place}", "bottle", "mekong"),
                kind("Nước hoa bưởi {place}", "bottle", "south"),
            ),
            ("Bánh 100 g; hộp 3 bánh", "Chai 300 ml", "Thỏi 5 g", "Hũ 250 g"),
            (40_000, 300_000),
            ("chai 300 ml", "hộp quà"),
        ),
        Subgroup(
            "tinh-dau",
            2,
            "Tinh dầu",
            (
                kind("Tinh dầu tràm {place}", "bottle", "central mekong"),
                kind("Tinh dầu sả chanh {place}", "bottle"),
                kind("Tinh dầu quế {place}", "bottle", "mountain central"),
                kind("Tinh dầu bưởi {place}", "bottle", "south delta"),
                kind("Tinh dầu hồi {place}", "bottle", "mountain"),
                kind("Tinh dầu bạc hà {place}", "bottle", "mountain"),
                kind("Tinh dầu gừng {place}", "bottle"),
            ),
            ("Chai thủy tinh 10 ml", "Chai 50 ml; hộp 3 chai", "Chai 100 ml"),
            (45_000, 250_000),
            ("chai 10 ml", "chai 50 ml"),
        ),
    ),
    "thu-cong-my-nghe": (
        Subgroup(
            "do-go",
            2,
            "Mỹ nghệ gỗ",
            (
                kind("Tượng gỗ mỹ nghệ {place}", "lamp"),
                kind("Khay gỗ khảm xà cừ {place}", "basket"),
                kind("Hộp gỗ đựng trà {place}", "basket"),
                kind("Đũa gỗ {place}", "basket"),
                kind("Tranh khắc gỗ {place}", "lamp"),
                kind("Thớt gỗ nghiến {place}", "basket", "mountain"),
            ),
            ("Hộp carton có lót xốp", "Túi vải; hộp quà", "Đóng thùng gỗ theo yêu cầu"),
            (80_000, 1_500_000),
            ("cỡ nhỏ", "cỡ lớn", "bộ quà tặng"),
            craft_village="mộc",
        ),
        Subgroup(
            "may-tre-dan",
            3,
            "Mây tre đan",
            (
                kind("Giỏ mây tre đan {place}", "basket"),
                kind("Đèn mây tre trang trí {place}", "lamp"),
                kind("Khay tre ép {place}", "basket"),
                kind("Làn cói {place}", "basket", "delta"),
                kind("Chiếu cói {place}", "basket", "delta central"),
                kind("Túi lục bình {place}", "basket", "mekong"),
                kind("Hộp tre đựng quà {place}", "basket"),
                kind("Ống hút tre {place}", "basket"),
            ),
            ("Đóng thùng carton", "Túi vải; hộp carton", "Bộ 3 chiếc lồng vào nhau"),
            (30_000, 600_000),
            ("cỡ nhỏ", "cỡ lớn", "bộ 3 chiếc"),
            craft_village="mây tre đan",
        ),
        Subgroup(
            "det-may",
            2,
            "Dệt thổ cẩm",
            (
                kind("Thổ cẩm {place}", "basket", "mountain highland"),
                kind("Khăn lụa tơ tằm {place}", "flower", "delta central"),
                kind("Vải lanh {place}", "basket", "mountain"),
                kind("Khăn rằn {place}", "basket", "mekong"),
                kind("Túi thổ cẩm {place}", "basket", "mountain highland"),
                kind("Lụa tơ tằm {place}", "flower"),
            ),
            ("Hộp giấy", "Túi vải", "Cuộn 10 m"),
            (90_000, 1_200_000),
            ("khổ lớn", "bộ quà tặng"),
            craft_village="dệt",
        ),
        Subgroup(
            "kim-khi",
            1,
            "Rèn",
            (
                kind("Dao rèn thủ công {place}", "lamp"),
                kind("Đồ đồng mỹ nghệ {place}", "jar"),
                kind("Lư hương đồng {place}", "jar"),
                kind("Kéo rèn {place}", "lamp"),
                kind("Chuông đồng {place}", "jar"),
            ),
            ("Hộp gỗ", "Hộp carton có lót xốp", "Bao da"),
            (90_000, 2_500_000),
            ("cỡ nhỏ", "bộ 3 chiếc"),
            craft_village="rèn",
        ),
        Subgroup(
            "gom-su",
            2,
            "Gốm",
            (
                kind("Gốm men lam {place}", "jar"),
                kind("Bình gốm {place}", "jar"),
                kind("Bộ ấm chén gốm {place}", "jar"),
                kind("Gốm đỏ {place}", "jar"),
                kind("Gốm Chăm {place}", "jar", "coast"),
                kind("Chum sành {place}", "jar"),
            ),
            ("Hộp carton có lót xốp", "Hộp gỗ", "Đóng thùng theo bộ"),
            (70_000, 1_800_000),
            ("cỡ nhỏ", "cỡ lớn", "bộ quà tặng"),
            craft_village="gốm",
        ),
    ),
    "sinh-vat-canh": (
        Subgroup(
            "hoa",
            2,
            "Hoa cây cảnh",
            (
                kind("Lan hồ điệp {place}", "flower"),
                kind("Hoa cúc mâm xôi {place}", "flower", "mekong"),
                kind("Hoa đào {place}", "flower", "north"),
                kind("Hoa hồng cổ {place}", "flower"),
                kind("Hoa ly {place}", "flower", "highland north"),
                kind("Hoa giấy ghép {place}", "flower", "south"),
                kind("Cúc họa mi {place}", "flower", "north"),
            ),
            ("Chậu nhựa 20 cm", "Chậu sứ; hộp quà", "Bó 10 cành"),
            (50_000, 600_000),
            ("chậu nhỏ", "chậu lớn"),
            craft_village="hoa",
        ),
        Subgroup(
            "cay-canh",
            2,
            "Sinh vật cảnh",
            (
                kind("Mai vàng {place}", "leaf", "south central"),
                kind("Quất cảnh {place}", "leaf", "north delta"),
                kind("Cây bonsai {place}", "leaf"),
                kind("Kiểng lá {place}", "leaf", "south"),
                kind("Sen đá {place}", "leaf", "highland"),
                kind("Tiểu cảnh để bàn {place}", "leaf"),
            ),
            ("Chậu sứ", "Chậu xi măng", "Bầu đất bọc lưới"),
            (80_000, 5_000_000),
            ("dáng trực", "dáng bonsai mini"),
            craft_village="hoa kiểng",
        ),
        Subgroup(
            "dong-vat-canh",
            1,
            "Sinh vật cảnh",
            (
                kind("Cá Koi {place}", "fish"),
                kind("Cá bảy màu {place}", "fish", "south"),
                kind("Cá chép cảnh {place}", "fish", "north"),
                kind("Gà Đông Tảo {place}", "meat", "delta"),
                kind("Gà tre {place}", "meat", "south"),
            ),
            ("Túi oxy kèm hộp xốp", "Lồng vận chuyển"),
            (100_000, 3_000_000),
            ("giống thuần", "cặp bố mẹ"),
        ),
    ),
    "dich-vu-du-lich": (
        Subgroup(
            "du-lich-cong-dong",
            2,
            "Du lịch cộng đồng",
            (
                kind("Du lịch cộng đồng {place}", "leaf", "mountain highland"),
                kind("Homestay làng cổ {place}", "leaf", "delta central"),
                kind("Trải nghiệm làng nghề {place}", "basket"),
                kind("Du lịch miệt vườn {place}", "leaf", "mekong"),
                kind("Du lịch nông nghiệp {place}", "rice"),
            ),
            ("Gói trải nghiệm một ngày", "Gói hai ngày một đêm"),
            (150_000, 900_000),
        ),
        Subgroup(
            "du-lich-sinh-thai",
            2,
            "Du lịch sinh thái",
            (
                kind("Khu du lịch sinh thái {place}", "leaf"),
                kind("Vườn trái cây sinh thái {place}", "leaf", "south"),
                kind("Rừng tràm {place}", "leaf", "mekong"),
                kind("Đồi chè {place}", "leaf", "mountain north highland"),
                kind("Đầm sen {place}", "flower", "mekong delta"),
            ),
            ("Vé tham quan trong ngày", "Gói tham quan kèm bữa trưa"),
            (50_000, 600_000),
        ),
        Subgroup(
            "diem-du-lich",
            1,
            "Du lịch",
            (
                kind("Điểm du lịch làng cổ {place}", "lamp", "delta central"),
                kind("Điểm du lịch chợ nổi {place}", "fish", "mekong"),
                kind("Điểm du lịch bản văn hóa {place}", "leaf", "mountain highland"),
                kind("Điểm du lịch biển {place}", "fish", "coast"),
                kind("Điểm du lịch làng nghề {place}", "basket"),
            ),
            ("Vé tham quan", "Vé kèm hướng dẫn viên"),
            (30_000, 300_000),
        ),
    ),
}

# How often each group is a producer's trade (food dominates every province's register).
GROUP_WEIGHTS = {
    "thuc-pham": 55,
    "do-uong": 12,
    "duoc-lieu": 11,
    "thu-cong-my-nghe": 12,
    "sinh-vat-canh": 5,
    "dich-vu-du-lich": 5,
}

# Nationally in 2024: about 32% cooperatives, 22% enterprises, 40% households (DOMAIN.md); the rest groups.
PRODUCER_KIND_WEIGHTS = {"cooperative": 32, "enterprise": 22, "household": 40, "cooperative_group": 6}

# People ---------------------------------------------------------------------------------------

FAMILY_NAMES = (
    ("Nguyễn", 30),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Huỳnh", 4),
    ("Phan", 4),
    ("Vũ", 4),
    ("Võ", 3),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 1),
    ("Lý", 1),
    ("Đinh", 1),
    ("Trương", 1),
)
MIDDLE_NAMES = {
    "m": ("Văn", "Minh", "Đức", "Quốc", "Hữu", "Thanh", "Công", "Ngọc"),
    "f": ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ"),
}
GIVEN_NAMES = {
    "m": (
        "Hùng",
        "Dũng",
        "Tuấn",
        "Minh",
        "Hải",
        "Nam",
        "Thắng",
        "Sơn",
        "Long",
        "Phong",
        "Quang",
        "Trung",
        "Hiếu",
        "Khoa",
        "Đạt",
        "Tài",
        "Lộc",
        "Phúc",
        "Bình",
        "Thành",
    ),
    "f": (
        "Hoa",
        "Lan",
        "Hương",
        "Mai",
        "Thảo",
        "Hạnh",
        "Nga",
        "Loan",
        "Ngọc",
        "Trang",
        "Yến",
        "Vân",
        "Hằng",
        "Liên",
        "Thủy",
        "Tuyết",
        "Phượng",
        "Dung",
        "Nhung",
        "Oanh",
    ),
}
# Names of ethnic-minority producers by where they live: (family names, middle names by sex, given names by sex).
# Names of ethnic-minority producers by where they live: styles of (family names, middle names by sex,
# given names by sex, whether the given name comes first as in Ê Đê and Jrai names).
MINORITY_NAMES = {
    "mountain": (
        # H'Mông
        (
            ("Giàng", "Sùng", "Vàng", "Thào", "Mùa", "Hầu"),
            {"m": ("A", "Seo"), "f": ("Thị",)},
            {"m": ("Páo", "Chứ", "Dình", "Sính", "Pó", "Lềnh"), "f": ("Mỷ", "Sùa", "Chở", "Mai", "Dợ")},
            False,
        ),
        # Thái and Tày
        (
            ("Lò", "Lường", "Cầm", "Đèo", "Nông", "Lục", "Ma", "Hà"),
            {"m": ("Văn",), "f": ("Thị",)},
            {"m": ("Xuân", "Tiến", "Khải", "Hùng", "Pấng", "Thắng"), "f": ("Sớp", "Lả", "Dung", "Bun", "Hoa", "Ưởn")},
            False,
        ),
    ),
    "highland": (
        # Ê Đê and Jrai: "Y Bliêng Niê", "H'Hen Niê"
        (
            ("Niê", "Êban", "Mlô", "Byă", "Ksơr", "Rơ Châm", "Siu"),
            {"m": ("Y ",), "f": ("H'",)},
            {
                "m": ("Bliêng", "Khuê", "Thuột", "Jôn", "Kông", "Blong"),
                "f": ("Hen", "Linh", "Yên", "Ngơn", "Bia", "Ric"),
            },
            True,
        ),
    ),
    "south": (
        # Khmer
        (
            ("Thạch", "Sơn", "Kim", "Danh", "Lâm"),
            {"m": ("Văn",), "f": ("Thị",)},
            {"m": ("Sa Rên", "Sô Phol", "Chanh Đa", "Sà Phên"), "f": ("Sa Ri", "Sà Vân", "Chanh Thi", "Mây")},
            False,
        ),
    ),
}

# Enterprises: a trade word (per group) and a brand.
COMPANY_TRADES = {
    "thuc-pham": ("Thực phẩm", "Nông sản", "Chế biến Nông sản"),
    "do-uong": ("Đồ uống", "Thực phẩm và Đồ uống"),
    "duoc-lieu": ("Dược liệu", "Dược phẩm Thảo mộc"),
    "thu-cong-my-nghe": ("Thủ công Mỹ nghệ", "Mỹ nghệ"),
    "sinh-vat-canh": ("Hoa và Cây cảnh", "Giống Cây trồng"),
    "dich-vu-du-lich": ("Du lịch Sinh thái", "Du lịch và Dịch vụ"),
}
COMPANY_FORMS = ("Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV")
BRANDS = (
    "Hưng Thịnh",
    "Phúc Lộc",
    "An Khang",
    "Minh Phát",
    "Thành Đạt",
    "Đất Lành",
    "Hạt Ngọc",
    "Tân Phát",
    "Kim Ngân",
    "Thiên Phú",
    "Bảo An",
    "Quê Hương",
    "Nhà Nông",
    "Xanh Tươi",
    "Mộc Nguyên",
    "Gia Bảo",
    "Trường An",
    "Phú An",
    "Đồng Xanh",
    "Làng Quê",
    "Hương Đồng",
    "Bình An",
    "Vạn Lộc",
    "Hồng Phát",
    "Sông Quê",
    "Lúa Vàng",
)

# How the person who speaks for a producer signs a quote.
ROLES = {
    "cooperative": ("giám đốc hợp tác xã", "chủ tịch hội đồng quản trị"),
    "enterprise": ("giám đốc công ty", "phó giám đốc phụ trách sản xuất"),
    "household": ("chủ cơ sở",),
    "cooperative_group": ("tổ trưởng tổ hợp tác",),
}

REVOCATION_REASONS = (
    "Chủ thể ngừng sản xuất sản phẩm",
    "Sản phẩm không đạt khi kiểm tra, đánh giá lại",
    "Chủ thể giải thể, ngừng hoạt động",
    "Vi phạm quy định về ghi nhãn và công bố chất lượng",
    "Chủ thể tự nguyện đề nghị thu hồi",
    "Thay đổi thành phần, quy cách so với hồ sơ được công nhận",
    "Không duy trì được tiêu chuẩn chất lượng đã công bố",
)

IMAGE_MOTIFS = {
    "basket": ("Hình minh họa: giỏ mây tre đan", 2),
    "bottle": ("Hình minh họa: chai rượu và đồ uống", 5),
    "rice": ("Hình minh họa: bát gạo và nông sản khô", 1),
    "honey": ("Hình minh họa: hũ mật ong", 4),
    "leaf": ("Hình minh họa: lá và trái cây", 1),
    "fish": ("Hình minh họa: cá và thủy sản", 6),
    "flower": ("Hình minh họa: hoa sen", 0),
    "lamp": ("Hình minh họa: đèn trang trí thủ công", 3),
    "jar": ("Hình minh họa: hũ gốm", 2),
    "mushroom": ("Hình minh họa: nấm và dược liệu", 4),
    "noodle": ("Hình minh họa: bánh và miến", 7),
    "meat": ("Hình minh họa: đặc sản thịt chế biến", 5),
}
