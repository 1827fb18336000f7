"""A known register for the statistics, with every case a figure must get right.

Today is frozen at 15 September 2025.

| product            | producer (kind, province, women-led)   | group      | certificates              | today    |
|--------------------|----------------------------------------|------------|---------------------------|----------|
| Lồng đèn mây tre   | Bao La (cooperative, hue, yes)         | thu-cong   | 4★ new 2025-01-15         | valid    |
| Đông trùng hạ thảo | Đông Trùng (enterprise, tay-ninh, no)  | duoc-lieu  | 5★ new 2024-06-01         | valid    |
| Mật ong hoa tràm   | Đông Trùng                             | thuc-pham  | 4★ new 2022-07-01         | expired  |
| Rượu đế Gò Đen     | Gò Đen (cooperative, long-an, yes)     | do-uong    | 4★ new 2024-01-10         | valid    |
| Vang chanh         | Gò Đen                                 | do-uong    | 3★ new 2023-05-05         | valid    |
| Chè shan tuyết     | Đèo Thị Sớp (household, lai-chau, no)  | thuc-pham  | 3★ new 2022-10-01         | expiring |
| Thịt trâu gác bếp  | Đèo Thị Sớp                            | thuc-pham  | 3★ new 2021, again 2024   | valid    |
| Lạp xưởng          | Đèo Thị Sớp                            | thuc-pham  | 4★ 2024, revoked 2025-03  | revoked  |
| Miến dong          | Đèo Thị Sớp                            | thuc-pham  | none                      | —        |

Long An is a historic province merged into Tây Ninh.
Certified: 6 products (3★ 3, 4★ 2, 5★ 1) from 4 producers, 2 of them led by
women, in 3 current provinces. Certificates: 9, decided 2021-2025.
"""

from datetime import date
from types import SimpleNamespace

import pytest

from catalogue.models import DecisionKind, ProducerKind
from tests import factories
from tests.factories import group, historic_province, province


def make_product(producer, title, group_slug, stars=None, issued_on=None, **certificate):
    kwargs = {"parent": producer, "title": title, "group": group(group_slug)}
    if stars is None:
        kwargs["certification"] = None
    else:
        kwargs.update(certification__stars=stars, certification__decision__issued_on=issued_on)
        kwargs.update({f"certification__{key}": value for key, value in certificate.items()})
    return factories.ProductPageFactory(**kwargs)


@pytest.fixture
def statistics_page(home_page):
    return factories.StatisticsPageFactory(parent=home_page)


@pytest.fixture
def long_an(db):
    return historic_province("long-an", "Long An", merged_into="tay-ninh")


@pytest.fixture
def register(frozen_today, producer_index, long_an):
    bao_la = factories.ProducerPageFactory(
        parent=producer_index, title="HTX mây tre đan Bao La", province=province("hue"), women_led=True
    )
    dong_trung = factories.ProducerPageFactory(
        parent=producer_index, title="Công ty Đông Trùng", kind=ProducerKind.ENTERPRISE, province=province("tay-ninh")
    )
    go_den = factories.ProducerPageFactory(
        parent=producer_index, title="HTX rượu Gò Đen", province=long_an, women_led=True
    )
    deo_thi_sop = factories.ProducerPageFactory(
        parent=producer_index,
        title="Hộ kinh doanh Đèo Thị Sớp",
        kind=ProducerKind.HOUSEHOLD,
        province=province("lai-chau"),
    )
    buffalo = make_product(deo_thi_sop, "Thịt trâu gác bếp", "thuc-pham", 3, date(2021, 3, 1))
    factories.CertificationFactory(
        product=buffalo, stars=3, decision__issued_on=date(2024, 3, 1), decision__kind=DecisionKind.AGAIN
    )
    products = SimpleNamespace(
        lantern=make_product(bao_la, "Lồng đèn mây tre", "thu-cong-my-nghe", 4, date(2025, 1, 15)),
        cordyceps=make_product(dong_trung, "Đông trùng hạ thảo", "duoc-lieu", 5, date(2024, 6, 1)),
        honey=make_product(dong_trung, "Mật ong hoa tràm", "thuc-pham", 4, date(2022, 7, 1)),
        rice_spirit=make_product(go_den, "Rượu đế Gò Đen", "do-uong", 4, date(2024, 1, 10)),
        lemon_wine=make_product(go_den, "Vang chanh", "do-uong", 3, date(2023, 5, 5)),
        tea=make_product(deo_thi_sop, "Chè shan tuyết", "thuc-pham", 3, date(2022, 10, 1)),
        buffalo=buffalo,
        sausage=make_product(
            deo_thi_sop,
            "Lạp xưởng",
            "thuc-pham",
            4,
            date(2024, 2, 1),
            revoked_on=date(2025, 3, 1),
            revocation_reason="Không đạt khi đánh giá lại",
        ),
        vermicelli=make_product(deo_thi_sop, "Miến dong", "thuc-pham"),
    )
    return SimpleNamespace(
        producers=SimpleNamespace(bao_la=bao_la, dong_trung=dong_trung, go_den=go_den, deo_thi_sop=deo_thi_sop),
        products=products,
    )
