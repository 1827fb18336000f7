"""The OCOP product groups (Decisions 919/QĐ-TTg of 2022 and 148/QĐ-TTg of 2023)
and Vietnam's 34 provincial units since 1 July 2025, in the default locale.

Both stay editable in the admin; this only gives a new site a correct start.
"""

import uuid

from django.conf import settings
from django.db import migrations

GROUPS = [
    ("thuc-pham", "Thực phẩm", [
        ("nong-san-tuoi-song", "Nông sản, thủy sản tươi sống"),
        ("nong-san-so-che", "Nông sản thô, sơ chế (gạo, ngũ cốc, mật ong)"),
        ("thuc-pham-che-bien", "Thực phẩm chế biến"),
        ("gia-vi-nuoc-cham", "Gia vị, nước chấm"),
        ("che", "Chè"),
        ("ca-phe-ca-cao", "Cà phê, ca cao"),
    ]),
    ("do-uong", "Đồ uống", [
        ("ruou-trang", "Rượu trắng"),
        ("do-uong-co-con-khac", "Đồ uống có cồn khác"),
        ("do-uong-khong-con", "Đồ uống không cồn"),
    ]),
    ("duoc-lieu", "Dược liệu và sản phẩm từ dược liệu", [
        ("thuc-pham-chuc-nang", "Thực phẩm chức năng"),
        ("thuoc-duoc-lieu", "Thuốc dược liệu, thuốc y học cổ truyền"),
        ("my-pham-thao-duoc", "Mỹ phẩm từ thảo dược"),
        ("tinh-dau", "Tinh dầu"),
    ]),
    ("thu-cong-my-nghe", "Thủ công mỹ nghệ", [
        ("do-go", "Đồ gỗ"),
        ("may-tre-dan", "Mây, tre đan"),
        ("det-may", "Dệt may, sợi"),
        ("kim-khi", "Đồ kim loại"),
        ("gom-su", "Gốm sứ"),
    ]),
    ("sinh-vat-canh", "Sinh vật cảnh", [
        ("hoa", "Hoa"),
        ("cay-canh", "Cây cảnh"),
        ("dong-vat-canh", "Động vật cảnh"),
    ]),
    ("dich-vu-du-lich", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", [
        ("du-lich-cong-dong", "Du lịch cộng đồng"),
        ("du-lich-sinh-thai", "Du lịch sinh thái"),
        ("diem-du-lich", "Điểm du lịch"),
    ]),
]

PROVINCES = [
    ("ha-noi", "Hà Nội"),
    ("hai-phong", "Hải Phòng"),
    ("hue", "Huế"),
    ("da-nang", "Đà Nẵng"),
    ("can-tho", "Cần Thơ"),
    ("ho-chi-minh", "Thành phố Hồ Chí Minh"),
    ("lai-chau", "Lai Châu"),
    ("dien-bien", "Điện Biên"),
    ("son-la", "Sơn La"),
    ("lang-son", "Lạng Sơn"),
    ("quang-ninh", "Quảng Ninh"),
    ("thanh-hoa", "Thanh Hóa"),
    ("nghe-an", "Nghệ An"),
    ("ha-tinh", "Hà Tĩnh"),
    ("cao-bang", "Cao Bằng"),
    ("tuyen-quang", "Tuyên Quang"),
    ("lao-cai", "Lào Cai"),
    ("thai-nguyen", "Thái Nguyên"),
    ("phu-tho", "Phú Thọ"),
    ("bac-ninh", "Bắc Ninh"),
    ("hung-yen", "Hưng Yên"),
    ("ninh-binh", "Ninh Bình"),
    ("quang-tri", "Quảng Trị"),
    ("quang-ngai", "Quảng Ngãi"),
    ("gia-lai", "Gia Lai"),
    ("khanh-hoa", "Khánh Hòa"),
    ("lam-dong", "Lâm Đồng"),
    ("dak-lak", "Đắk Lắk"),
    ("dong-nai", "Đồng Nai"),
    ("tay-ninh", "Tây Ninh"),
    ("vinh-long", "Vĩnh Long"),
    ("dong-thap", "Đồng Tháp"),
    ("ca-mau", "Cà Mau"),
    ("an-giang", "An Giang"),
]


def default_locale(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return locale


def load(apps, schema_editor):
    ProductGroup = apps.get_model("catalogue", "ProductGroup")
    Province = apps.get_model("catalogue", "Province")
    locale = default_locale(apps)
    for order, (slug, name, subgroups) in enumerate(GROUPS, start=1):
        group = ProductGroup.objects.create(
            locale=locale, translation_key=uuid.uuid4(), slug=slug, name=name, sort_order=order
        )
        for sub_order, (sub_slug, sub_name) in enumerate(subgroups, start=1):
            ProductGroup.objects.create(
                locale=locale,
                translation_key=uuid.uuid4(),
                slug=sub_slug,
                name=sub_name,
                parent=group,
                sort_order=sub_order,
            )
    Province.objects.bulk_create(
        Province(locale=locale, translation_key=uuid.uuid4(), slug=slug, name=name) for slug, name in PROVINCES
    )


def unload(apps, schema_editor):
    ProductGroup = apps.get_model("catalogue", "ProductGroup")
    Province = apps.get_model("catalogue", "Province")
    ProductGroup.objects.filter(parent__isnull=False).delete()
    ProductGroup.objects.all().delete()
    Province.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load, unload)]
