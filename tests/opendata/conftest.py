"""A small register with a certificate in every state, in Vietnamese with part of it in English.

Today is frozen at 15 September 2025.

| product              | producer (province)        | decided    | stars | status today                     |
|----------------------|----------------------------|------------|-------|----------------------------------|
| Lồng đèn mây tre     | HTX Bao La (Huế)           | 2025-01-15 | 4     | valid (translated into English)  |
| Chè shan tuyết       | Hộ Đèo Thị Sớp (Lai Châu)  | 2022-10-01 | 3     | expiring (16 days left)          |
| Mật ong hoa tràm     | HTX Bao La                 | 2022-07-01 | 4     | expired on 2025-07-01            |
| Lạp xưởng            | Hộ Đèo Thị Sớp             | 2024-03-01 | 3     | revoked on 2025-03-01            |
| Rượu đế Gò Đen       | HTX Gò Đen (Long An)       | 2021-05-10 | 3     | expired, then                    |
|                      |                            | 2024-06-01 | 4     | valid, revocation due 2025-12-01 |
| Miến dong (draft)    | Hộ Đèo Thị Sớp             | 2025-02-01 | 3     | valid, page never published      |
"""

import datetime
from types import SimpleNamespace

import pytest
import wagtail_factories
from wagtail.models import Locale

from catalogue.models import ProducerKind
from opendata.models import OpenDataPage
from tests import factories
from tests.factories import group, historic_province, province


class OpenDataPageFactory(wagtail_factories.PageFactory):
    title = "Dữ liệu mở"
    slug = "du-lieu-mo"
    intro = "<p>Dữ liệu của danh mục, miễn phí và được dùng lại.</p>"

    class Meta:
        model = OpenDataPage


def certified(producer, title, issued_on, stars=4, product_group="thuc-pham", **certificate):
    return factories.ProductPageFactory(
        parent=producer,
        title=title,
        group=group(product_group),
        certification__stars=stars,
        certification__decision__issued_on=issued_on,
        **{f"certification__{key}": value for key, value in certificate.items()},
    )


def translate(page, **fields):
    """The English copy of `page` (and of its untranslated ancestors), published."""
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = page.copy_for_translation(english, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def translate_snippet(snippet, name):
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = snippet.copy_for_translation(english)
    copy.name = name
    copy.save()
    return copy


@pytest.fixture
def register(frozen_today, producer_index):
    bao_la = factories.ProducerPageFactory(
        parent=producer_index, title="HTX mây tre đan Bao La", province=province("hue")
    )
    deo_thi_sop = factories.ProducerPageFactory(
        parent=producer_index,
        title="Hộ kinh doanh Đèo Thị Sớp",
        kind=ProducerKind.HOUSEHOLD,
        province=province("lai-chau"),
    )
    go_den = factories.ProducerPageFactory(
        parent=producer_index,
        title="HTX rượu Gò Đen",
        province=historic_province("long-an", "Long An", merged_into="tay-ninh"),
    )
    lantern = certified(bao_la, "Lồng đèn mây tre", datetime.date(2025, 1, 15), product_group="thu-cong-my-nghe")
    tea = certified(deo_thi_sop, "Chè shan tuyết", datetime.date(2022, 10, 1), stars=3)
    honey = certified(bao_la, "Mật ong hoa tràm", datetime.date(2022, 7, 1))
    sausage = certified(
        deo_thi_sop,
        "Lạp xưởng",
        datetime.date(2024, 3, 1),
        stars=3,
        revoked_on=datetime.date(2025, 3, 1),
        revocation_reason="Không đánh giá lại đúng hạn",
    )
    rice_spirit = certified(go_den, "Rượu đế Gò Đen", datetime.date(2021, 5, 10), stars=3)
    factories.CertificationFactory(
        product=rice_spirit,
        stars=4,
        decision__issued_on=datetime.date(2024, 6, 1),
        revoked_on=datetime.date(2025, 12, 1),
        revocation_reason="Cơ sở ngừng sản xuất",
    )
    vermicelli = certified(deo_thi_sop, "Miến dong", datetime.date(2025, 2, 1), stars=3)
    vermicelli.unpublish()
    return SimpleNamespace(
        producers=SimpleNamespace(bao_la=bao_la, deo_thi_sop=deo_thi_sop, go_den=go_den),
        products=SimpleNamespace(
            lantern=lantern,
            tea=tea,
            honey=honey,
            sausage=sausage,
            rice_spirit=rice_spirit,
            vermicelli=vermicelli,
        ),
    )


@pytest.fixture
def english_lantern(register):
    """The lantern, its producer, Huế and the handicrafts group in English; nothing else is translated."""
    translate_snippet(province("hue"), "Hue")
    translate_snippet(group("thu-cong-my-nghe"), "Handicrafts")
    translate(register.producers.bao_la, title="Bao La rattan and bamboo cooperative", slug="bao-la")
    return translate(register.products.lantern, title="Rattan lantern", slug="rattan-lantern")
