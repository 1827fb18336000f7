"""A small register with one product of each kind of case the catalogue filters on.

Today is frozen at 15 September 2025. Certified (valid or expiring):

| product                | group / sub-group               | stars | decided    | producer (kind, province)         |
|------------------------|---------------------------------|-------|------------|-----------------------------------|
| Lồng đèn mây tre       | thu-cong-my-nghe / may-tre-dan  | 4     | 2025-01-15 | Bao La (cooperative, hue)         |
| Nấm đông trùng hạ thảo | duoc-lieu / thuc-pham-chuc-nang | 5     | 2024-06-01 | Đông Trùng (enterprise, tay-ninh) |
| Rượu đế Gò Đen         | do-uong / ruou-trang            | 4     | 2024-01-10 | Gò Đen (cooperative, long-an)     |
| Thịt trâu gác bếp      | thuc-pham / thuc-pham-che-bien  | 3     | 2023-11-20 | Đèo Thị Sớp (household, lai-chau) |
| Vang chanh Long An     | do-uong / do-uong-co-con-khac   | 3     | 2023-05-05 | Gò Đen                            |
| Chè shan tuyết         | thuc-pham / che                 | 3     | 2022-10-01 | Đèo Thị Sớp (expiring: 16 days)   |

Not certified: Mật ong hoa tràm (expired 2025-07-01, Đông Trùng), Lạp xưởng
(revoked 2025-03-01, Đèo Thị Sớp), Miến dong (never certified, Đèo Thị Sớp).
Long An is a historic province merged into Tây Ninh.
"""

from datetime import date
from types import SimpleNamespace

import pytest

from catalogue.models import ProducerKind
from tests import factories
from tests.factories import group, historic_province, province


def make_product(producer, title, group_slug, subgroup_slug, stars=None, issued_on=None, **certificate):
    kwargs = {
        "parent": producer,
        "title": title,
        "group": group(group_slug),
        "subgroup": group(subgroup_slug),
    }
    if stars is None:
        kwargs["certification"] = None
    else:
        kwargs.update(certification__stars=stars, certification__decision__issued_on=issued_on)
        kwargs.update({f"certification__{key}": value for key, value in certificate.items()})
    return factories.ProductPageFactory(**kwargs)


@pytest.fixture
def register(frozen_today, producer_index):
    bao_la = factories.ProducerPageFactory(
        parent=producer_index, title="HTX mây tre đan Bao La", province=province("hue")
    )
    dong_trung = factories.ProducerPageFactory(
        parent=producer_index,
        title="Công ty Đông Trùng",
        kind=ProducerKind.ENTERPRISE,
        province=province("tay-ninh"),
    )
    go_den = factories.ProducerPageFactory(
        parent=producer_index,
        title="HTX rượu Gò Đen",
        province=historic_province("long-an", "Long An", merged_into="tay-ninh"),
    )
    deo_thi_sop = factories.ProducerPageFactory(
        parent=producer_index,
        title="Hộ kinh doanh Đèo Thị Sớp",
        kind=ProducerKind.HOUSEHOLD,
        province=province("lai-chau"),
    )
    products = SimpleNamespace(
        lantern=make_product(bao_la, "Lồng đèn mây tre", "thu-cong-my-nghe", "may-tre-dan", 4, date(2025, 1, 15)),
        cordyceps=make_product(
            dong_trung, "Nấm đông trùng hạ thảo", "duoc-lieu", "thuc-pham-chuc-nang", 5, date(2024, 6, 1)
        ),
        rice_spirit=make_product(go_den, "Rượu đế Gò Đen", "do-uong", "ruou-trang", 4, date(2024, 1, 10)),
        buffalo=make_product(
            deo_thi_sop, "Thịt trâu gác bếp", "thuc-pham", "thuc-pham-che-bien", 3, date(2023, 11, 20)
        ),
        lemon_wine=make_product(go_den, "Vang chanh Long An", "do-uong", "do-uong-co-con-khac", 3, date(2023, 5, 5)),
        tea=make_product(deo_thi_sop, "Chè shan tuyết", "thuc-pham", "che", 3, date(2022, 10, 1)),
        honey=make_product(dong_trung, "Mật ong hoa tràm", "thuc-pham", "nong-san-so-che", 4, date(2022, 7, 1)),
        sausage=make_product(
            deo_thi_sop,
            "Lạp xưởng",
            "thuc-pham",
            "thuc-pham-che-bien",
            4,
            date(2024, 2, 1),
            revoked_on=date(2025, 3, 1),
            revocation_reason="Không đạt khi đánh giá lại",
        ),
        vermicelli=make_product(deo_thi_sop, "Miến dong", "thuc-pham", "thuc-pham-che-bien"),
    )
    return SimpleNamespace(
        producers=SimpleNamespace(bao_la=bao_la, dong_trung=dong_trung, go_den=go_den, deo_thi_sop=deo_thi_sop),
        products=products,
    )
