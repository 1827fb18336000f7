"""Builds the demo site from catalogue.demo.content, idempotently.

Pages that already exist are left as they are (an editor may have changed
them); what is missing is created. The register (decisions and certificates)
is brought in line with the content on every run, including the one decision
kept 45 days from expiry so that every certificate status is on show whatever
the date.
"""

import datetime
import io
import json
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from catalogue import register
from catalogue.models import (
    Certification,
    CertificationDecision,
    DisplayPointIndexPage,
    DisplayPointPage,
    DisplayPointPhoto,
    OpeningHours,
    ProducerIndexPage,
    ProducerPage,
    ProducerPhoto,
    ProducerSalesChannel,
    ProductGalleryImage,
    ProductGroup,
    ProductIndexPage,
    ProductOnlineChannel,
    ProductPage,
    Province,
)
from home.models import HomePage, HomePageFeaturedProduct, StandardPage
from misuse.demo import load_misuse_demo
from news.models import NewsIndexPage, NewsPage
from opendata.demo import english_strings as opendata_english_strings
from opendata.demo import load_opendata_demo
from reports.demo import english_strings as reports_english_strings
from reports.demo import load_reports_demo
from reports.models import ProvinceTarget, ReportedFigure
from showcase.site_address import host_and_port

from . import content
from .images import make_image, make_logo
from .translations_en import EN

DEMO_COLLECTION = "Ảnh minh họa (dữ liệu mẫu)"
EXPIRING_DECISION_KEY = "demo-expiring"
EXPIRING_DAYS_LEFT = 45

INDEX_PAGES = {
    "products": (
        ProductIndexPage,
        "san-pham",
        "Sản phẩm OCOP",
        "Tra cứu sản phẩm OCOP còn hiệu lực chứng nhận: lọc theo nhóm sản phẩm, tỉnh, số sao và loại chủ thể.",
    ),
    "producers": (
        ProducerIndexPage,
        "chu-the",
        "Chủ thể OCOP",
        "Hợp tác xã, doanh nghiệp và hộ kinh doanh làm ra sản phẩm OCOP, cùng câu chuyện của họ.",
    ),
    "display_points": (
        DisplayPointIndexPage,
        "diem-ban",
        "Điểm bán",
        "Nơi trưng bày, giới thiệu và bán sản phẩm OCOP: địa chỉ, giờ mở cửa và những gì có bán.",
    ),
    "news": (
        NewsIndexPage,
        "tin-tuc",
        "Tin tức",
        "Tin của Văn phòng Điều phối nông thôn mới về chương trình OCOP.",
    ),
}


def streamfield(blocks):
    """Raw StreamField JSON from the content module's (type, value) pairs."""
    raw = []
    for block_type, value in blocks:
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "facts":
            value = [{"type": "item", "value": fact, "id": str(uuid.uuid4())} for fact in value]
        raw.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
    return json.dumps(raw)


def parse_date(value):
    return datetime.date.fromisoformat(value)


def coordinate(value):
    """A coordinate as the 6-decimal DecimalField stores it (floats would not validate)."""
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.000001"))


def parse_time(value):
    return datetime.time.fromisoformat(value)


def initials(name):
    words = [word for word in name.split() if word[:1].isalpha()]
    return "".join(word[0] for word in words[-2:]).upper() or "OCOP"


class DemoLoader:
    def __init__(self):
        self.created = {"pages": 0, "images": 0, "decisions": 0, "certifications": 0}
        self.locale = Locale.get_default()
        self.today = register.local_today()

    @transaction.atomic
    def run(self):
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        self.collection = self.get_collection()
        self.provinces = self.load_provinces()
        self.groups = {group.slug: group for group in ProductGroup.objects.filter(locale=self.locale)}
        self.home = self.load_home()
        self.indexes = {key: self.load_index(*spec) for key, spec in INDEX_PAGES.items()}
        self.load_standard_pages()
        self.display_points = self.load_display_points()
        self.products = self.load_producers()
        self.load_register()
        self.load_news()
        self.load_featured()
        # The statistics page, the provinces' targets and their reported figures.
        self.created["reports"] = load_reports_demo(self.home, self.locale)
        # The open data page; its datasets are listed from the live register.
        self.created["pages"] += load_opendata_demo(self.home, self.locale)
        # Reports of suspected fakes, one in each status, for the editors' list.
        self.created["misuse reports"] = load_misuse_demo(self.locale)
        self.load_english()
        return self.created

    # Images -------------------------------------------------------------------

    def get_collection(self):
        root = Collection.get_first_root_node()
        return root.get_children().filter(name=DEMO_COLLECTION).first() or root.add_child(name=DEMO_COLLECTION)

    def image(self, key, title, spec, *, logo=False):
        """The demo image for `key`, generated on the first run only."""
        Image = get_image_model()
        image_title = f"{title} [{key}]"
        existing = Image.objects.filter(collection=self.collection, title=image_title).first()
        if existing:
            return existing
        palette = spec.get("palette", 0)
        if logo:
            data, extension = make_logo(initials(title), palette), "png"
        else:
            data, extension = make_image(spec.get("motif", "leaf"), palette, seed=sum(map(ord, key))), "jpg"
        image = Image(
            title=image_title,
            description=title,
            collection=self.collection,
            file=ImageFile(io.BytesIO(data), name=f"{key}.{extension}"),
        )
        image.save()
        self.created["images"] += 1
        return image

    # Taxonomy -----------------------------------------------------------------

    def load_provinces(self):
        provinces = {p.slug: p for p in Province.objects.filter(locale=self.locale)}
        for row in content.HISTORIC_PROVINCES:
            if row["slug"] not in provinces:
                provinces[row["slug"]] = Province.objects.create(
                    locale=self.locale,
                    slug=row["slug"],
                    name=row["name"],
                    merged_into=provinces[row["merged_into"]],
                )
        return provinces

    # Pages --------------------------------------------------------------------

    def child(self, parent, model, slug, **fields):
        """The child page `slug` of `parent`, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            return existing
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created["pages"] += 1
        return page

    def load_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            # Wagtail's own migration leaves a "Welcome" page; the site replaces it.
            root.get_children().filter(slug="home", content_type__model="page").delete()
            root.refresh_from_db()
            home = self.child(
                root,
                HomePage,
                "home",
                title=content.HOME["title"],
                intro=content.HOME["intro"],
                listing_summary=content.HOME.get("summary", ""),
                hero_image=self.image("home", content.HOME["title"], content.HOME.get("image", {})),
            )
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.root_page_id != home.pk:
            site.hostname, site.port = host_and_port(settings.SITE_URL)
            site.root_page, site.site_name = home, "OCOP"
            site.save()
        return home

    def load_index(self, model, slug, title, summary):
        return self.child(
            self.home,
            model,
            slug,
            title=title,
            listing_summary=summary,
            search_description=summary,
            intro=f"<p>{summary}</p>",
            show_in_menus=True,
        )

    def load_standard_pages(self):
        for row in content.STANDARD_PAGES:
            self.child(
                self.home,
                StandardPage,
                row["slug"],
                title=row["title"],
                listing_summary=row["summary"],
                search_description=row["summary"],
                body=streamfield(row["body"]),
                show_in_menus=True,
            )

    def load_display_points(self):
        points = {}
        for row in content.DISPLAY_POINTS:
            photo = self.image(row["slug"], row["title"], row["image"])
            points[row["slug"]] = self.child(
                self.indexes["display_points"],
                DisplayPointPage,
                row["slug"],
                title=row["title"],
                kind=row["kind"],
                province=self.provinces[row["province"]],
                address=row["address"],
                latitude=coordinate(row["latitude"]),
                longitude=coordinate(row["longitude"]),
                phone=row.get("phone", ""),
                listing_summary=row["summary"],
                search_description=row["summary"],
                listing_image=photo,
                body=streamfield(row["body"]),
                opening_hours_note=row.get("opening_hours_note", ""),
                facilities=row["facilities"],
                directions=row["directions"],
                opening_hours=[
                    OpeningHours(weekday=h["weekday"], opens=parse_time(h["opens"]), closes=parse_time(h["closes"]))
                    for h in row["opening_hours"]
                ],
                photos=[DisplayPointPhoto(image=photo, alt_text=row["title"])],
            )
            self.complete_display_point(points[row["slug"]], row)
        return points

    def complete_display_point(self, page, row):
        """A display point loaded before facilities and directions existed gets them, in both languages."""
        if page.facilities or page.directions:
            return
        english = page.get_translations().filter(locale__language_code="en").specific().first()
        for copy, directions in ((page, row["directions"]), (english, EN.get(row["directions"], ""))):
            if copy is not None:
                copy.facilities, copy.directions = row["facilities"], directions
                copy.save_revision().publish()

    def load_producers(self):
        products = {}
        for row in content.PRODUCERS:
            photo = self.image(row["slug"], row["title"], row["image"])
            producer = self.child(
                self.indexes["producers"],
                ProducerPage,
                row["slug"],
                title=row["title"],
                kind=row["kind"],
                province=self.provinces[row["province"]],
                address=row["address"],
                latitude=coordinate(row.get("latitude")),
                longitude=coordinate(row.get("longitude")),
                phone=row.get("phone", ""),
                email=row.get("email", ""),
                website=row.get("website", ""),
                women_led=row.get("women_led", False),
                ethnic_minority=row.get("ethnic_minority", False),
                craft_village=row.get("craft_village", ""),
                vietgap=row.get("vietgap", False),
                organic=row.get("organic", False),
                haccp=row.get("haccp", False),
                iso_22000=row.get("iso_22000", False),
                monthly_capacity=row.get("monthly_capacity", ""),
                minimum_order=row.get("minimum_order", ""),
                export_markets=row.get("export_markets", ""),
                trade_contact_name=row.get("trade_contact_name", ""),
                trade_contact_phone=row.get("trade_contact_phone", ""),
                trade_contact_email=row.get("trade_contact_email", ""),
                listing_summary=row["summary"],
                search_description=row["summary"],
                listing_image=photo,
                logo=self.image(f"{row['slug']}-logo", row["title"], row["image"], logo=True),
                story=streamfield(row["story"]),
                photos=[ProducerPhoto(image=photo, alt_text=row["title"])],
                sales_channels=[
                    ProducerSalesChannel(kind=c["kind"], name=c["name"], url=c["url"])
                    for c in row.get("sales_channels", [])
                ],
            )
            for item in row["products"]:
                products[item["slug"]] = (self.load_product(producer, item), item.get("certifications", []))
        return products

    def load_product(self, producer, row):
        subgroup = self.groups[row["subgroup"]]
        photo = self.image(row["slug"], row["title"], row["image"])
        return self.child(
            producer,
            ProductPage,
            row["slug"],
            title=row["title"],
            group=subgroup.parent,
            subgroup=subgroup,
            listing_summary=row["summary"],
            search_description=row["summary"],
            listing_image=photo,
            description=streamfield(row["description"]),
            packaging=row.get("packaging", ""),
            price_min=row.get("price_min"),
            price_max=row.get("price_max"),
            sold_at=[self.display_points[slug] for slug in row.get("sold_at", [])],
            gallery_images=[ProductGalleryImage(image=photo, alt_text=row["title"])],
            online_channels=[ProductOnlineChannel(name=c["name"], url=c["url"]) for c in row.get("online", [])],
        )

    # The register -------------------------------------------------------------

    def decision_date(self, row):
        if row["key"] == EXPIRING_DECISION_KEY:
            # Kept 45 days from expiry whatever today is, so "expiring" is always on show.
            return register.decided_before_expiry_of(self.today + datetime.timedelta(days=EXPIRING_DAYS_LEFT))
        return parse_date(row["date"])

    def load_register(self):
        decisions = {}
        for row in content.DECISIONS:
            decision = CertificationDecision.objects.filter(number=row["number"], issuer=row["issuer"]).first()
            if decision is None:
                decision = CertificationDecision(number=row["number"], issuer=row["issuer"])
                self.created["decisions"] += 1
            fields = {
                "issued_on": self.decision_date(row),
                "kind": row["kind"],
                "summary": row.get("summary", ""),
                "issuer_en": EN[row["issuer"]],
            }
            if decision.pk is None or any(getattr(decision, name) != value for name, value in fields.items()):
                for name, value in fields.items():
                    setattr(decision, name, value)
                decision.save()
            decisions[row["key"]] = decision
        for product, certifications in self.products.values():
            for row in certifications:
                revoked_on = row.get("revoked_on")
                score_a, score_b, score_c = row.get("parts") or (None, None, None)
                _certification, created = Certification.objects.update_or_create(
                    decision=decisions[row["decision"]],
                    product=product,
                    defaults={
                        "stars": row["stars"],
                        "score": row["score"],
                        "score_a": score_a,
                        "score_b": score_b,
                        "score_c": score_c,
                        "revoked_on": parse_date(revoked_on) if revoked_on else None,
                        "revocation_reason": row.get("revocation_reason", ""),
                        "revocation_reason_en": EN[row["revocation_reason"]] if row.get("revocation_reason") else "",
                    },
                )
                self.created["certifications"] += created

    # News and the home page ---------------------------------------------------

    def load_news(self):
        for row in content.NEWS:
            lead = self.image(row["slug"], row["title"], row["image"])
            self.child(
                self.indexes["news"],
                NewsPage,
                row["slug"],
                title=row["title"],
                date=parse_date(row["date"]),
                author=row.get("author", ""),
                listing_summary=row["summary"],
                search_description=row["summary"],
                lead_image=lead,
                listing_image=lead,
                body=streamfield(row["body"]),
                tags=row.get("tags", []),
                related_products=[self.products[slug][0] for slug in row.get("related_products", [])],
            )

    def load_featured(self):
        if self.home.featured_products.exists():
            return
        self.home.featured_products = [
            HomePageFeaturedProduct(product=self.products[slug][0], sort_order=order)
            for order, slug in enumerate(content.HOME["featured"])
        ]
        self.home.save_revision().publish()

    # English ------------------------------------------------------------------

    def load_english(self):
        """Translate every Vietnamese snippet and page into English through wagtail-localize.

        Each object gets a translation source (its segments), a Translation to
        English and a StringTranslation per segment from translations_en.EN, then
        wagtail-localize writes (and, for pages, publishes) the English copy. So
        the English tree is the Vietnamese tree translated: synchronised fields
        (stars, dates, coordinates, images, links) are copied, and an editor who
        changes a Vietnamese page sees its translation go out of date in the
        admin. Objects translated already are left alone (an editor may have
        changed them). A segment with no English stops the whole load, listing
        what is missing, so the demo never goes out half-translated.
        """
        english, _created = Locale.objects.get_or_create(language_code="en")
        snippets = [
            *ProductGroup.objects.filter(locale=self.locale).order_by("parent_id", "sort_order", "pk"),
            *Province.objects.filter(locale=self.locale).order_by("pk"),
            *ProvinceTarget.objects.filter(locale=self.locale).order_by("pk"),
            *ReportedFigure.objects.filter(locale=self.locale).order_by("pk"),
        ]
        english_texts = EN | reports_english_strings() | opendata_english_strings()
        # Parents first: wagtail-localize puts a translation under its parent's translation.
        pages = list(Page.objects.descendant_of(self.home, inclusive=True).filter(locale=self.locale).order_by("path"))
        pending = [obj for obj in [*snippets, *pages] if not obj.has_translation(english)]
        # The source is taken from the Vietnamese object as it is now.
        sources = [TranslationSource.update_or_create_from_instance(obj)[0] for obj in pending]

        segments = list(StringSegment.objects.filter(source__in=sources).select_related("string", "context"))
        missing = sorted({segment.string.data for segment in segments if segment.string.data not in english_texts})
        if missing:
            raise LookupError(
                f"{len(missing)} demo strings have no English in catalogue/demo/translations_en.py:\n"
                + "\n".join(missing)
            )
        for segment in segments:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=english,
                context=segment.context,
                defaults={
                    "data": english_texts[segment.string.data],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )

        for obj, source in zip(pending, sources, strict=True):
            Translation.objects.get_or_create(source=source, target_locale=english)
            if isinstance(obj, Page):
                # Saved as a draft and published here: with publish=True wagtail-localize
                # publishes on commit, which never comes when the load runs inside a
                # test's transaction.
                translated, _created = source.create_or_update_translation(english, publish=False)
                translated.get_latest_revision().publish()
                self.created["pages"] += 1
            else:
                source.create_or_update_translation(english)
