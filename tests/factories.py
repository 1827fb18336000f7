"""Factories for every page type, the register and images.

Deterministic: titles and slugs come from sequences, dates from the site's
"today" (catalogue.register.local_today, which the `frozen_today` fixture
controls), so a product built here is certified and valid unless a test says
otherwise. Taxonomy rows come from the data migration and are looked up by
slug, never created (historic provinces excepted: the migration only has the
34 current ones).

    producer = ProducerPageFactory(parent=producer_index, province=province("tay-ninh"))
    product = ProductPageFactory(parent=producer, certification__stars=5)
    ProductPageFactory(parent=producer, certification=None)  # never certified
"""

import datetime
import decimal

import factory
import wagtail_factories
from wagtail.models import Locale
from wagtail.rich_text import RichText

from catalogue import register
from catalogue.models import (
    SCORE_BANDS,
    Certification,
    CertificationDecision,
    DecisionKind,
    DisplayPointIndexPage,
    DisplayPointKind,
    DisplayPointPage,
    OpeningHours,
    ProducerIndexPage,
    ProducerKind,
    ProducerPage,
    ProductGroup,
    ProductIndexPage,
    ProductPage,
    Province,
)
from home.models import HomePage, HomePageFeaturedProduct, StandardPage
from news.models import NewsIndexPage, NewsPage


def paragraph(text):
    """A StreamField value of one paragraph, for story, description and body fields."""
    return [("paragraph", RichText(f"<p>{text}</p>"))]


def group(slug):
    """A product group or sub-group of the default locale, from the data migration."""
    return ProductGroup.objects.get(slug=slug, locale=Locale.get_default())


def province(slug):
    """A province of the default locale, from the data migration."""
    return Province.objects.get(slug=slug, locale=Locale.get_default())


def historic_province(slug, name, merged_into):
    """A province that no longer exists, pointing at the one it merged into (1 July 2025)."""
    row, _created = Province.objects.get_or_create(
        slug=slug,
        locale=Locale.get_default(),
        defaults={"name": name, "merged_into": province(merged_into)},
    )
    return row


def days_ago(days):
    return register.local_today() - datetime.timedelta(days=days)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Ảnh {n}")
    file = factory.django.ImageField(filename=factory.Sequence(lambda n: f"anh-{n}.png"), width=32, height=24)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Sản phẩm OCOP Việt Nam"
    slug = "trang-chu"
    intro = "<p>Mỗi xã một sản phẩm: tìm sản phẩm, chủ thể và điểm bán.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Giới thiệu chương trình {n}")
    slug = factory.Sequence(lambda n: f"gioi-thieu-{n}")
    body = factory.LazyAttribute(lambda page: paragraph(f"Nội dung của trang {page.title}."))

    class Meta:
        model = StandardPage


class ProductIndexPageFactory(wagtail_factories.PageFactory):
    title = "Sản phẩm OCOP"
    slug = "san-pham"

    class Meta:
        model = ProductIndexPage


class ProducerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Chủ thể OCOP"
    slug = "chu-the"

    class Meta:
        model = ProducerIndexPage


class DisplayPointIndexPageFactory(wagtail_factories.PageFactory):
    title = "Điểm bán sản phẩm"
    slug = "diem-ban"

    class Meta:
        model = DisplayPointIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức"
    slug = "tin-tuc"

    class Meta:
        model = NewsIndexPage


class ProducerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hợp tác xã số {n:03d}")
    slug = factory.Sequence(lambda n: f"hop-tac-xa-{n:03d}")
    kind = ProducerKind.COOPERATIVE
    story = factory.LazyAttribute(lambda page: paragraph(f"Câu chuyện của {page.title}."))
    province = factory.LazyFunction(lambda: province("tay-ninh"))
    address = "Ấp 3, xã Thủy Tây, huyện Thạnh Hóa"

    class Meta:
        model = ProducerPage


class CertificationDecisionFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: f"{1000 + n}/QĐ-UBND")
    issued_on = factory.LazyFunction(lambda: days_ago(365))
    issuer = "UBND tỉnh Tây Ninh"
    kind = DecisionKind.NEW

    class Meta:
        model = CertificationDecision


class CertificationFactory(factory.django.DjangoModelFactory):
    """A certificate; give product=... (or build it through ProductPageFactory)."""

    decision = factory.SubFactory(CertificationDecisionFactory)
    stars = 4
    score = factory.LazyAttribute(lambda cert: SCORE_BANDS[cert.stars][0] + 5)

    class Meta:
        model = Certification


class ProductPageFactory(wagtail_factories.PageFactory):
    """A product with one certificate (4 stars, decided a year ago) unless certification=None."""

    title = factory.Sequence(lambda n: f"Sản phẩm {n:03d}")
    slug = factory.Sequence(lambda n: f"san-pham-{n:03d}")
    group = factory.LazyFunction(lambda: group("thuc-pham"))
    description = factory.LazyAttribute(lambda page: paragraph(f"Mô tả {page.title}."))
    packaging = "Chai thủy tinh 500 ml"
    certification = factory.RelatedFactory(CertificationFactory, factory_related_name="product")

    class Meta:
        model = ProductPage
        skip_postgeneration_save = True

    @factory.post_generation
    def sold_at(self, create, extracted, **kwargs):
        if create and extracted:
            self.sold_at = list(extracted)
            self.save()


class DisplayPointPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Điểm bán số {n:02d}")
    slug = factory.Sequence(lambda n: f"diem-ban-{n:02d}")
    kind = DisplayPointKind.REST_STOP
    body = factory.LazyAttribute(lambda page: paragraph(f"Giới thiệu {page.title}."))
    province = factory.LazyFunction(lambda: province("tay-ninh"))
    address = "Quốc lộ 62, xã Thủy Tây, huyện Thạnh Hóa"
    latitude = decimal.Decimal("10.654321")
    longitude = decimal.Decimal("106.123456")
    phone = "0272 3 888 999"

    class Meta:
        model = DisplayPointPage


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    """A row of opening hours; give page=... and weekday=... (0 = Monday)."""

    opens = datetime.time(7, 0)
    closes = datetime.time(21, 0)

    class Meta:
        model = OpeningHours


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tin OCOP số {n:03d}")
    slug = factory.Sequence(lambda n: f"tin-ocop-{n:03d}")
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))
    author = "Văn phòng Điều phối nông thôn mới"
    body = factory.LazyAttribute(lambda page: paragraph(f"Nội dung bài {page.title}."))

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()

    @factory.post_generation
    def related_products(self, create, extracted, **kwargs):
        if create and extracted:
            self.related_products = list(extracted)
            self.save()


class FeaturedProductFactory(factory.django.DjangoModelFactory):
    """A product featured on a home page; give page=... and product=..."""

    sort_order = factory.Sequence(int)

    class Meta:
        model = HomePageFeaturedProduct


# Users and roles (accounts) ----------------------------------------------------


class UserFactory(factory.django.DjangoModelFactory):
    """An admin user with a password of "correct horse battery"; give groups=[...] to place them."""

    username = factory.Sequence(lambda n: f"nguoi-dung-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.vn")
    password = factory.django.Password("correct horse battery")

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


class EditorFactory(UserFactory):
    """A member of the provincial office's "Editors" group (made by the accounts data migration)."""

    username = factory.Sequence(lambda n: f"bien-tap-{n}")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create:
            from django.contrib.auth.models import Group

            self.groups.add(Group.objects.get(name="Editors"), *(extracted or []))


# Programme statistics (reports app) -------------------------------------------

from reports.models import Metric, ProvinceTarget, ReportedFigure, StatisticsPage  # noqa: E402


class StatisticsPageFactory(wagtail_factories.PageFactory):
    title = "Thống kê chương trình OCOP"
    slug = "thong-ke"

    class Meta:
        model = StatisticsPage


class ProvinceTargetFactory(factory.django.DjangoModelFactory):
    """A province's target; give province=... (and metric=... unless it counts certified products)."""

    metric = Metric.CERTIFIED_PRODUCTS
    target_value = 60
    deadline_year = 2025
    description = factory.Sequence(lambda n: f"Chỉ tiêu số {n}")
    source = "Kế hoạch OCOP của tỉnh"

    class Meta:
        model = ProvinceTarget


class ReportedFigureFactory(factory.django.DjangoModelFactory):
    """A figure a province published; give province=..., metric=... and value=..."""

    metric = Metric.CERTIFIED_PRODUCTS
    as_of = datetime.date(2023, 4, 1)
    as_of_precision = "month"
    source = "Báo cáo của tỉnh"

    class Meta:
        model = ReportedFigure
