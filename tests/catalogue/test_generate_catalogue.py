"""`manage.py generate_catalogue`: a synthetic national-scale catalogue for benchmarks.

The plan (names, stars, dates) is checked in plain Python at a size where the
proportions mean something; the command is run once per test class on a small
catalogue, and the site is then visited like any other. Today is frozen at
Monday 15 September 2025, the day the statuses are planned for.
"""

import io
import re
from collections import Counter
from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models.signals import post_delete, pre_delete
from django.test import TestCase
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from catalogue.generator import writer
from catalogue.generator.places import MERGER_DATE, PROVINCES
from catalogue.generator.plan import build_plan
from catalogue.generator.records import GENERATED_KEYS
from catalogue.models import (
    SCORE_BANDS,
    Certification,
    CertificationDecision,
    DisplayPointIndexPage,
    DisplayPointPage,
    ProducerIndexPage,
    ProducerPage,
    ProductIndexPage,
    ProductPage,
)
from catalogue.register import CertificateStatus, certificate_status
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests import factories
from tests.conftest import TODAY
from tests.utils import site_today, soup_of, visible_text

GROUPS = {"thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe", "sinh-vat-canh", "dich-vu-du-lich"}
PRODUCER_PREFIXES = ("HTX ", "Công ty ", "Hộ kinh doanh ", "Tổ hợp tác ")
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)


def generate(*args):
    output = io.StringIO()
    call_command("generate_catalogue", *args, stdout=output)
    return output.getvalue()


def small_images():
    """The shared illustrations at thumbnail size: same drawing code, a fraction of the time."""
    return mock.patch.object(writer, "IMAGE_SIZE", (160, 120))


def in_vietnamese(label):
    with translation.override("vi"):
        return gettext(label) if isinstance(label, str) else str(label)


def plan_snapshot(plan):
    """What must not change between two runs with the same seed."""
    return {
        "producers": [(p.title, p.slug, p.kind, p.province.slug, p.address) for p in plan.producers],
        "products": [
            (
                p.title,
                p.slug,
                p.subgroup_slug,
                p.price_min,
                [(c.stars, c.score, c.revoked_on) for c in p.certifications],
            )
            for p in plan.products
        ],
        "decisions": [(d.number, d.issued_on, d.issuer, d.kind, len(d.certifications)) for d in plan.decisions],
        "points": [(p.title, len(p.products)) for p in plan.display_points],
        "news": [(n.title, n.date, n.tags) for n in plan.news],
    }


# The plan ---------------------------------------------------------------------------------------


def test_the_same_seed_plans_the_same_catalogue_and_another_seed_a_different_one():
    first = build_plan(60, seed=7, news=8, today=TODAY)
    again = build_plan(60, seed=7, news=8, today=TODAY)
    other = build_plan(60, seed=8, news=8, today=TODAY)

    assert plan_snapshot(first) == plan_snapshot(again)
    assert [p.title for p in first.products] != [p.title for p in other.products]


def test_asking_for_more_news_changes_nothing_else():
    few = plan_snapshot(build_plan(60, seed=7, news=4, today=TODAY))
    many = plan_snapshot(build_plan(60, seed=7, news=20, today=TODAY))

    assert len(many["news"]) == 20
    assert {key: value for key, value in few.items() if key != "news"} == {
        key: value for key, value in many.items() if key != "news"
    }


@pytest.fixture(scope="module")
def national():
    """A thousand products: enough for the proportions to be checked."""
    return build_plan(1000, seed=1, news=30, today=TODAY)


def test_statuses_are_about_70_valid_8_expiring_15_expired_7_revoked_today(national):
    statuses = Counter(
        certificate_status(p.newest.decision.issued_on, p.newest.revoked_on, TODAY) for p in national.products
    )

    assert statuses == {
        CertificateStatus.VALID: 700,
        CertificateStatus.EXPIRING: 80,
        CertificateStatus.EXPIRED: 150,
        CertificateStatus.REVOKED: 70,
    }


def test_the_status_mix_holds_at_benchmark_scale():
    plan = build_plan(5000, seed=1, news=0, today=TODAY)

    assert plan.status_counts() == {
        CertificateStatus.VALID: 3500,
        CertificateStatus.EXPIRING: 400,
        CertificateStatus.EXPIRED: 750,
        CertificateStatus.REVOKED: 350,
    }


def test_stars_are_about_70_25_5_percent_and_every_score_fits_its_stars(national):
    assert Counter(p.newest.stars for p in national.products) == {3: 700, 4: 250, 5: 50}
    for certification in national.certifications:
        low, high = SCORE_BANDS[certification.stars]
        assert low <= certification.score <= high, certification


def test_producers_have_2_to_20_products_with_distinct_names(national):
    sizes = [len(producer.products) for producer in national.producers]

    assert min(sizes) >= 2
    assert max(sizes) <= 20
    assert len(set(sizes)) > 5, "sizes vary"
    for producer in national.producers:
        slugs = [product.slug for product in producer.products]
        assert len(slugs) == len(set(slugs)), producer.title
    assert len({producer.title for producer in national.producers}) == len(national.producers)


def test_every_group_and_every_province_has_producers(national):
    assert {product.group_slug for product in national.products} == GROUPS
    assert {producer.province.slug for producer in national.producers} == {province.slug for province in PROVINCES}
    assert {producer.kind for producer in national.producers} == {
        "cooperative",
        "enterprise",
        "household",
        "cooperative_group",
    }


def test_names_are_vietnamese_with_tone_marks_and_slugs_are_ascii(national):
    for producer in national.producers:
        assert producer.title.startswith(PRODUCER_PREFIXES), producer.title
        assert re.fullmatch(r"[a-z0-9-]+", producer.slug), producer.slug
    titles = [product.title for product in national.products]
    assert sum(bool(VIETNAMESE_LETTERS.search(title)) for title in titles) > 0.9 * len(titles)
    rice_spirit = next(p for p in national.products if p.title.startswith("Rượu đế "))
    assert rice_spirit.slug.startswith("ruou-de-")


def test_decisions_list_many_products_and_5_stars_come_from_the_ministry(national):
    sizes = [len(decision.certifications) for decision in national.decisions]

    assert max(sizes) <= 60
    rows_in_big_decisions = sum(size for size in sizes if size >= 10)
    assert rows_in_big_decisions >= 0.85 * sum(sizes)
    for decision in national.decisions:
        stars = {certification.stars for certification in decision.certifications}
        if decision.issuer.startswith("Bộ Nông nghiệp"):
            assert stars == {5}
        else:
            assert decision.issuer.startswith("UBND ") and 5 not in stars, decision.issuer


def test_decisions_name_the_province_of_their_time(national):
    long_an = [p for p in national.products if p.producer.area.name == "Long An"]
    issuers = {(c.decision.issued_on >= MERGER_DATE, c.decision.issuer) for p in long_an for c in p.certifications}

    assert (False, "UBND tỉnh Long An") in issuers
    assert {issuer for after, issuer in issuers if after} <= {"UBND tỉnh Tây Ninh", "Bộ Nông nghiệp và Môi trường"}


def test_some_products_were_recertified_about_three_years_apart(national):
    recertified = [p for p in national.products if len(p.certifications) > 1]

    assert 0.15 * len(national.products) < len(recertified) < 0.6 * len(national.products)
    for product in recertified:
        assert product.newest.decision.kind == "again"
        earlier, later = product.certifications[-2].decision.issued_on, product.newest.decision.issued_on
        assert 33 * 30 <= (later - earlier).days <= 39 * 31


def test_revoked_certificates_have_a_date_and_a_reason(national):
    revoked = [c for c in national.certifications if c.revoked_on]

    assert len(revoked) == 70
    for certification in revoked:
        assert certification.decision.issued_on < certification.revoked_on <= TODAY
        assert certification.revocation_reason


def test_a_few_display_points_each_sell_many_products(national):
    assert 3 <= len(national.display_points) <= 12
    for point in national.display_points:
        assert len(point.products) >= 1000 // 15
        assert point.opening_hours


def test_news_report_what_the_plan_holds(national):
    assert len(national.news) == 30
    assert len({article.slug for article in national.news}) == 30
    for article in national.news:
        assert article.tags and article.products and article.date <= TODAY
    decision_news = [a for a in national.news if "chứng nhận OCOP" in a.tags]
    numbers = {decision.number for decision in national.decisions}
    for article in decision_news:
        quoted = re.search(r"Quyết định (\d+/QĐ-UBND)", article.summary).group(1)
        assert quoted in numbers


# The command on an empty site -------------------------------------------------------------------


def generated(model):
    return model.objects.filter(translation_key__range=GENERATED_KEYS)


class GeneratedCatalogueTests(TestCase):
    @classmethod
    def setUpClass(cls):
        cls.enterClassContext(site_today(TODAY))
        cls.enterClassContext(small_images())
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.output = generate("--products", "60", "--seed", "3", "--news", "8")
        cls.plan = build_plan(60, seed=3, news=8, today=TODAY)

    def product_with_status(self, status):
        item = next(p for p in self.plan.products if p.status(TODAY) == status)
        return generated(ProductPage).get(translation_key=item.key), item

    def test_it_builds_the_home_page_and_the_indexes_when_the_site_has_none(self):
        home = Site.objects.get(is_default_site=True).root_page.specific
        assert isinstance(home, HomePage)
        for model in (ProductIndexPage, ProducerIndexPage, DisplayPointIndexPage, NewsIndexPage):
            assert model.objects.child_of(home).live().count() == 1, model
        assert self.client.get("/vi/").status_code == 200

    def test_it_writes_what_it_planned_and_says_so(self):
        assert generated(ProductPage).count() == 60
        assert generated(ProducerPage).count() == len(self.plan.producers)
        assert generated(DisplayPointPage).count() == len(self.plan.display_points) == 3
        assert generated(NewsPage).count() == 8
        assert CertificationDecision.objects.count() == len(self.plan.decisions)
        assert Certification.objects.count() == len(self.plan.certifications)
        assert "Generated 60 products" in self.output
        statuses = self.plan.status_counts()
        assert f"{statuses['valid']} valid" in self.output

    def test_the_same_titles_as_the_plan_for_its_seed(self):
        assert sorted(generated(ProductPage).values_list("title", flat=True)) == sorted(
            p.title for p in self.plan.products
        )

    def test_generated_pages_are_published_and_the_tree_is_sound(self):
        locale = Locale.get_default()
        pages = Page.objects.filter(translation_key__range=GENERATED_KEYS)
        assert pages.count() == 60 + len(self.plan.producers) + 3 + 8
        for page in pages.select_related("locale"):
            assert page.live and not page.has_unpublished_changes, page
            assert page.locale == locale
            assert page.first_published_at is not None
            assert page.draft_title == page.title
            assert page.url_path == f"{page.get_parent().url_path}{page.slug}/"
        assert Page.find_problems() == ([], [], [], [], [])

    def test_each_product_has_its_planned_certificates_found_by_translation_key(self):
        for item in self.plan.products:
            product = generated(ProductPage).get(translation_key=item.key)
            history = product.certification_history
            assert [(c.decision.issued_on, c.stars, c.score) for c in reversed(history)] == [
                (c.decision.issued_on, c.stars, c.score) for c in item.certifications
            ]
            assert product.current_status == item.status(TODAY)
            assert product.get_parent().title == item.producer.title

    def test_the_catalogue_counts_and_lists_the_certified_products(self):
        certified = [p for p in self.plan.products if CertificateStatus(p.status(TODAY)).is_certified]
        response = self.client.get("/vi/san-pham/")

        assert response.status_code == 200
        assert f"{len(certified)} sản phẩm" in visible_text(response)
        listed = {a["href"] for a in soup_of(response).select(".product-card .card__title a")}
        certified_urls = {generated(ProductPage).get(translation_key=p.key).url for p in certified}
        assert listed and listed <= certified_urls

    def test_a_product_page_shows_its_name_producer_and_certificate(self):
        product, item = self.product_with_status(CertificateStatus.VALID)
        response = self.client.get(product.url)

        text = visible_text(response)
        assert response.status_code == 200
        assert item.title in text
        assert item.producer.title in text
        assert item.newest.decision.number in text
        assert in_vietnamese(CertificateStatus.VALID.label) in text

    def test_a_revoked_product_says_so(self):
        product, _item = self.product_with_status(CertificateStatus.REVOKED)
        response = self.client.get(product.url)

        assert response.status_code == 200
        assert in_vietnamese(CertificateStatus.REVOKED.label) in visible_text(response)

    def test_a_producer_page_shows_its_story_and_certified_products(self):
        item = max(self.plan.producers, key=lambda producer: len(producer.products))
        producer = generated(ProducerPage).get(translation_key=item.key)
        response = self.client.get(producer.url)

        text = visible_text(response)
        assert response.status_code == 200
        assert item.title in text
        assert item.address in text
        for product in item.products:
            if CertificateStatus(product.status(TODAY)).is_certified:
                assert product.title in text

    def test_the_producer_index_lists_generated_producers(self):
        response = self.client.get("/vi/chu-the/")

        assert response.status_code == 200
        assert sorted(p.title for p in self.plan.producers)[0] in visible_text(response)

    def test_a_display_point_page_lists_the_certified_products_sold_there(self):
        item = self.plan.display_points[0]
        point = generated(DisplayPointPage).get(translation_key=item.key)
        response = self.client.get(point.url)

        text = visible_text(response)
        assert response.status_code == 200
        assert item.title in text
        sold = [p for p in item.products if CertificateStatus(p.status(TODAY)).is_certified]
        assert sold
        for product in sold:
            assert product.title in text

    def test_news_pages_render_with_their_tags_and_products(self):
        response = self.client.get("/vi/tin-tuc/")
        assert response.status_code == 200
        article = self.plan.news[0]
        page = generated(NewsPage).get(translation_key=article.key)

        response = self.client.get(page.url)
        text = visible_text(response)
        assert response.status_code == 200
        assert article.title in text
        assert article.products[0].title in text
        assert sorted(page.tags.names()) == sorted(article.tags)

    def test_cards_render_whether_or_not_a_product_has_an_image(self):
        with_image = generated(ProductPage).filter(listing_image__isnull=False)
        without_image = generated(ProductPage).filter(listing_image__isnull=True)
        assert with_image.exists() and without_image.exists()
        producer = generated(ProducerPage).filter(numchild__gte=2).first()
        assert self.client.get(producer.url).status_code == 200

    def test_search_finds_a_generated_product(self):
        item = self.plan.products[0]
        results = get_search_backend().search(item.title, ProductPage)

        assert item.key in {product.translation_key for product in results}

    def test_a_second_run_is_refused_without_replace(self):
        with pytest.raises(CommandError, match="--replace"):
            generate("--products", "10")

        assert generated(ProductPage).count() == 60

    def test_replace_deletes_the_generated_catalogue_and_writes_it_again(self):
        before = sorted(Page.objects.filter(translation_key__range=GENERATED_KEYS).values_list("url_path", flat=True))
        old_ids = set(generated(ProductPage).values_list("pk", flat=True))
        handlers = (len(pre_delete.receivers), len(post_delete.receivers))

        output = generate("--products", "60", "--seed", "3", "--news", "8", "--replace")

        assert "Deleted the previously generated catalogue" in output
        after = sorted(Page.objects.filter(translation_key__range=GENERATED_KEYS).values_list("url_path", flat=True))
        assert after == before
        assert not old_ids & set(generated(ProductPage).values_list("pk", flat=True))
        assert CertificationDecision.objects.count() == len(self.plan.decisions)
        assert Page.find_problems() == ([], [], [], [], [])
        # The delete handlers muted for the replacement are all back.
        assert (len(pre_delete.receivers), len(post_delete.receivers)) == handlers
        item = self.plan.products[1]
        assert item.key in {p.translation_key for p in get_search_backend().search(item.title, ProductPage)}


# The command on a site that has content ----------------------------------------------------------


@pytest.mark.django_db
def test_generated_content_joins_an_existing_site_and_leaves_its_pages_alone(
    client, frozen_today, producer_index, product_index, display_point_index, news_index
):
    own = factories.ProducerPageFactory(parent=producer_index, title="HTX mây tre đan Bao La")

    generate("--products", "20", "--no-index", "--no-images")

    assert HomePage.objects.count() == 1
    assert ProducerIndexPage.objects.count() == 1
    assert ProducerPage.objects.child_of(producer_index).filter(pk=own.pk).exists()
    assert generated(ProducerPage).child_of(producer_index).count() == generated(ProducerPage).count() > 0
    assert Page.find_problems() == ([], [], [], [], [])
    response = client.get(own.url)
    assert response.status_code == 200
    assert own.title in visible_text(response)


@pytest.mark.django_db
def test_replace_refuses_when_someone_added_a_page_under_a_generated_one(frozen_today, home_page):
    generate("--products", "10", "--no-index", "--no-images")
    producer = generated(ProducerPage).first()
    factories.ProductPageFactory(parent=producer, title="Sản phẩm do biên tập viên thêm")

    with pytest.raises(CommandError, match="added under generated pages"):
        generate("--products", "10", "--replace", "--no-index", "--no-images")

    assert generated(ProductPage).count() == 10


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--products", "1"), "--products must be between 2 and"),
        (("--products", "0"), "--products must be between 2 and"),
        (("--products", "100001"), "--products must be between 2 and"),
        (("--products", "10", "--news", "-1"), "--news must be between 0 and"),
    ],
)
def test_impossible_sizes_are_refused_with_a_clear_message(args, message):
    with pytest.raises(CommandError, match=message):
        generate(*args)
    assert not generated(ProductPage).exists()
