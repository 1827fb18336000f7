"""A small site with a page of every public type, in Vietnamese and partly in English.

For the tests that visit every kind of public URL (security headers, fuzzing).
`build_public_site()` returns the pages and `public_urls(site)` the addresses to visit,
by name.
"""

import datetime
import decimal
from types import SimpleNamespace

import wagtail_factories
from wagtail.models import Locale, Page, Site

from opendata.models import OpenDataPage
from tests import factories
from tests.factories import province


class OpenDataPageFactory(wagtail_factories.PageFactory):
    title = "Dữ liệu mở"
    slug = "du-lieu-mo"
    intro = "<p>Dữ liệu của danh mục, miễn phí và được dùng lại.</p>"

    class Meta:
        model = OpenDataPage


def translate(page, **fields):
    """The English copy of `page` (and of its untranslated ancestors), published."""
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = page.copy_for_translation(english, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def build_public_site():
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()

    product_index = factories.ProductIndexPageFactory(parent=home)
    producer_index = factories.ProducerIndexPageFactory(parent=home)
    display_point_index = factories.DisplayPointIndexPageFactory(parent=home)
    news_index = factories.NewsIndexPageFactory(parent=home)
    statistics = factories.StatisticsPageFactory(parent=home)
    open_data = OpenDataPageFactory(parent=home)
    about = factories.StandardPageFactory(parent=home, title="Giới thiệu OCOP", slug="gioi-thieu")

    display_point = factories.DisplayPointPageFactory(parent=display_point_index, title="Trạm dừng chân Đồng Tháp Mười")
    for weekday in range(7):
        factories.OpeningHoursFactory(page=display_point, weekday=weekday)
    producer = factories.ProducerPageFactory(
        parent=producer_index,
        title="HTX mây tre đan Bao La",
        slug="htx-may-tre-dan-bao-la",
        province=province("hue"),
        latitude=decimal.Decimal("16.50"),
        longitude=decimal.Decimal("107.55"),
        listing_image=factories.ImageFactory(),
    )
    product = factories.ProductPageFactory(
        parent=producer,
        title="Đèn trang trí mây tre",
        slug="den-trang-tri",
        group=factories.group("thu-cong-my-nghe"),
        listing_image=factories.ImageFactory(),
        certification__stars=4,
        sold_at=[display_point],
    )
    factories.ProductPageFactory(
        parent=producer, title="Mật ong hoa tràm", slug="mat-ong-hoa-tram", certification__stars=3
    )
    article = factories.NewsPageFactory(
        parent=news_index,
        title="Hội chợ OCOP Thừa Thiên Huế",
        slug="hoi-cho-ocop",
        date=datetime.date(2025, 5, 20),
        tags=["hội chợ"],
        related_products=[product],
    )
    factories.ProvinceTargetFactory(province=province("hue"))

    english_product = translate(product, title="Rattan decorative lamp", slug="decorative-lamp")
    english_home = english_product.get_parent().get_parent().get_parent()
    english_product_index = translate(product_index, title="OCOP products", slug="products")
    certificate = product.certifications.get()

    return SimpleNamespace(
        home=home,
        about=about,
        product_index=product_index,
        producer_index=producer_index,
        producer=producer,
        product=product,
        display_point_index=display_point_index,
        display_point=display_point,
        news_index=news_index,
        article=article,
        statistics=statistics,
        open_data=open_data,
        certificate=certificate,
        english_home=english_home,
        english_product=english_product,
        english_product_index=english_product_index,
    )


def public_urls(site):
    """Every kind of public address, by name, on the site from build_public_site()."""
    code = site.certificate.verification_code
    return {
        "home": site.home.url,
        "home (en)": site.english_home.url,
        "content page": site.about.url,
        "catalogue": site.product_index.url,
        "catalogue (en)": site.english_product_index.url,
        "producer index": site.producer_index.url,
        "producer": site.producer.url,
        "product": site.product.url,
        "product (en)": site.english_product.url,
        "display point index": site.display_point_index.url,
        "display point": site.display_point.url,
        "news index": site.news_index.url,
        "news article": site.article.url,
        "news feed": site.news_index.url + "rss/",
        "statistics": site.statistics.url,
        "open data page": site.open_data.url,
        "search": "/vi/tim-kiem/",
        "search (en)": "/en/search/",
        "suggest": "/vi/tim-kiem/suggest/",
        "suggest (en)": "/en/search/suggest/",
        "verification lookup": "/vi/xac-minh/",
        "product check": "/vi/kiem-tra/",
        "product check (en)": "/en/check/",
        "register of changes": "/vi/thay-doi-chung-nhan/",
        "register of changes (en)": "/en/certificate-changes/",
        "register of changes feed": "/vi/thay-doi-chung-nhan/atom/",
        "register of changes csv": "/en/certificate-changes/csv/",
        "verification": f"/vi/xac-minh/{code}/",
        "verification (en)": f"/en/verify/{code}/",
        "stamp": f"/vi/xac-minh/{code}/tem/",
        "report": "/vi/phan-anh/",
        "report (en)": "/en/report/",
        "stamp image": f"/stamps/{code}.svg",
        "register csv": "/open-data/certifications.csv",
        "register json": "/open-data/certifications.json",
        "display points geojson": "/open-data/display-points.geojson",
        "api pages": "/api/v2/pages/",
        "api page": f"/api/v2/pages/{site.product.pk}/",
        "api images": "/api/v2/images/",
        "sitemap": "/sitemap.xml",
        "sitemap section": "/sitemap-pages.xml",
        "robots": "/robots.txt",
    }
