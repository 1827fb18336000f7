"""Writes a catalogue plan into the database, in bulk.

Creating thousands of pages one by one with add_child() and save_revision()
costs a dozen queries and a search-index update per page. Here every page is
built with its tree path computed up front (treebeard's materialised path:
parent path + a 4-character step) and published as it is written: live, no
unpublished changes, first_published_at set, no revision (a page without
revisions is what Wagtail's own fixtures load, and the admin edits it like any
other). The wagtailcore_page rows of one page type go in with one bulk insert;
Django refuses to bulk-insert the type's own table (ProductPage, ProducerPage...)
under multi-table inheritance, so those rows go in with one executemany of the
values each field prepares, as save() would. Orderables, many-to-many rows,
decisions and certificates are bulk inserted. No signal handler runs for these
rows: the search index is rebuilt once at the end (update_index, by the
command) and Wagtail's reference index (the admin's "usage" counts) is not
updated for them.
"""

import contextlib
import datetime
import io
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import connections, router, transaction
from django.db.models import F, Q
from django.db.models.signals import post_delete, pre_delete
from django.utils import timezone
from modelsearch import signal_handlers as search_signal_handlers
from modelsearch.index import get_indexed_models
from taggit.models import Tag
from wagtail import signal_handlers
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, get_translatable_models
from wagtail_localize.models import TranslatableObject, handle_translation_on_delete

from catalogue.demo.images import make_image
from catalogue.demo.loader import INDEX_PAGES, DemoLoader
from catalogue.models import (
    Certification,
    CertificationDecision,
    DisplayPointPage,
    DisplayPointPhoto,
    OpeningHours,
    ProducerPage,
    ProducerSalesChannel,
    ProductGalleryImage,
    ProductGroup,
    ProductOnlineChannel,
    ProductPage,
    Province,
)
from catalogue.signals import listings_refreshed_afterwards
from home.models import HomePage
from news.models import NewsPage, NewsPageTag

from .records import GENERATED_KEYS
from .vocabulary import IMAGE_MOTIFS

IMAGE_COLLECTION = "Ảnh minh họa (dữ liệu tổng hợp)"
IMAGE_SIZE = (800, 600)
BATCH_SIZE = 500
# Deleting pages with treebeard builds one OR-ed condition per page; SQLite caps expression depth at 1000.
DELETE_CHUNK = 200


class GeneratedContentError(Exception):
    """The database's generated content cannot be written or replaced as asked."""


def generated_pages():
    """Every page of a generated catalogue, in any language (translations share the translation key)."""
    return Page.objects.filter(translation_key__range=GENERATED_KEYS)


def generated_products():
    return ProductPage.objects.filter(translation_key__range=GENERATED_KEYS)


def reference_index_paused():
    """Wagtail's switch for the reference index, which must not be entered twice (leaving the inner one
    would switch auto-update back on, and leaving the outer one would fail)."""
    if getattr(signal_handlers.reference_index_auto_update_disabled, "value", False):
        return contextlib.nullcontext()
    return signal_handlers.disable_reference_index_auto_update()


def published_at(day, hour=8):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


# The site tree ----------------------------------------------------------------------------------


def ensure_site_tree(locale):
    """The home page and the four index pages, created the way the demo loader does if missing."""
    loader = DemoLoader()
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        loader.collection = loader.get_collection()
        home = loader.load_home()
    loader.home = home
    indexes = {}
    for key, spec in INDEX_PAGES.items():
        model = spec[0]
        indexes[key] = model.objects.child_of(home).filter(locale=locale).first() or loader.load_index(*spec)
    return home, indexes


def image_pool():
    """One illustration per motif, drawn the first time and reused by every generated page after."""
    Image = get_image_model()
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=IMAGE_COLLECTION).first() or root.add_child(name=IMAGE_COLLECTION)
    existing = {image.title: image for image in Image.objects.filter(collection=collection)}
    pool = {}
    for motif, (description, palette) in IMAGE_MOTIFS.items():
        title = f"{description} (dữ liệu tổng hợp)"
        image = existing.get(title)
        if image is None:
            width, height = IMAGE_SIZE
            data = make_image(motif, palette, width=width, height=height, seed=palette)
            image = Image(
                title=title,
                description=description,
                collection=collection,
                file=ImageFile(io.BytesIO(data), name=f"ocop-tong-hop-{motif}.jpg"),
            )
            image.save()
        pool[motif] = image
    return pool


# Pages in bulk ----------------------------------------------------------------------------------

PAGE_FIELDS = [field for field in Page._meta.concrete_fields if not field.primary_key]


class Children:
    """Hands out tree paths and unique slugs for new children of one parent page."""

    def __init__(self, parent, existing=True):
        self.parent = parent
        last = parent.get_last_child() if existing else None
        self.next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        self.slugs = set(parent.get_children().values_list("slug", flat=True)) if existing else set()
        self.count = 0

    def place(self, page, slug):
        unique, suffix = slug, 2
        while unique in self.slugs:
            unique, suffix = f"{slug}-{suffix}", suffix + 1
        self.slugs.add(unique)
        page.slug = unique
        page.depth = self.parent.depth + 1
        page.path = Page._get_path(self.parent.path, page.depth, self.next_step)
        page.url_path = f"{self.parent.url_path}{unique}/"
        self.next_step += 1
        self.count += 1
        return page


def new_page(model, locale, key, title, published, **fields):
    return model(
        title=title,
        draft_title=title,
        locale=locale,
        translation_key=key,
        content_type=ContentType.objects.get_for_model(model),
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        **{"numchild": 0, **fields},
    )


def insert_pages(pages):
    """Insert unsaved pages of one type whose tree fields are set: Page rows in bulk, then their own rows."""
    if not pages:
        return
    rows = [Page(**{field.attname: getattr(page, field.attname) for field in PAGE_FIELDS}) for page in pages]
    Page.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    insert_own_rows(type(pages[0]), pages)


def insert_own_rows(model, objs):
    """INSERT the rows of `model`'s own table (not its parents') for saved-parent instances, in one executemany.

    What QuerySet.bulk_create does for a plain model, which it refuses to do under
    multi-table inheritance: values are prepared by each field (JSON for StreamFields,
    decimals, dates) exactly as a save() would.
    """
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    fields = model._meta.local_concrete_fields
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    rows = [[field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields] for obj in objs]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH_SIZE):
            cursor.executemany(sql, rows[start : start + BATCH_SIZE])


def update_numchild(parent, added):
    if added:
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + added)


# The writer -------------------------------------------------------------------------------------


class CatalogueWriter:
    def __init__(self, plan, *, images=True):
        self.plan = plan
        self.images = images
        self.counts = defaultdict(int)

    @transaction.atomic
    def write(self):
        if generated_pages().exists():
            raise GeneratedContentError("The database already holds a generated catalogue.")
        # Bulk inserts send no signals: the listing rows are written once, at the end.
        with reference_index_paused(), listings_refreshed_afterwards(generated_products):
            self.locale = Locale.get_default()
            self.home, self.indexes = ensure_site_tree(self.locale)
            self.groups = {group.slug: group for group in ProductGroup.objects.filter(locale=self.locale)}
            self.provinces = {province.slug: province for province in Province.objects.filter(locale=self.locale)}
            self.check_taxonomy()
            self.pool = image_pool() if self.images else {}
            self.write_producers_and_products()
            self.write_register()
            self.write_display_points()
            self.write_news()
        return dict(self.counts)

    def check_taxonomy(self):
        wanted_groups = {product.subgroup_slug for product in self.plan.products}
        wanted_groups |= {product.group_slug for product in self.plan.products}
        missing = sorted(wanted_groups - set(self.groups))
        missing += sorted({producer.province.slug for producer in self.plan.producers} - set(self.provinces))
        if missing:
            raise GeneratedContentError(
                "The taxonomy has no product group or province with these slugs: " + ", ".join(missing)
            )

    def image(self, motif, wanted=True):
        return self.pool.get(motif) if wanted else None

    # Producers and products -------------------------------------------------------------------

    def write_producers_and_products(self):
        index = self.indexes["producers"]
        children = Children(index)
        producers = []
        for plan in self.plan.producers:
            first = min(product.newest.decision.issued_on for product in plan.products)
            producer = new_page(
                ProducerPage,
                self.locale,
                plan.key,
                plan.title,
                published_at(first),
                numchild=len(plan.products),
                kind=plan.kind,
                story=plan.story,
                province=self.provinces[plan.province.slug],
                address=plan.address,
                latitude=plan.latitude,
                longitude=plan.longitude,
                email=plan.email,
                website=plan.website,
                women_led=plan.women_led,
                ethnic_minority=plan.ethnic_minority,
                craft_village=plan.craft_village,
                vietgap=plan.vietgap,
                organic=plan.organic,
                listing_summary=plan.summary,
                search_description=plan.summary,
                listing_image=self.image(plan.motif, plan.has_image),
            )
            producers.append(children.place(producer, plan.slug))
        insert_pages(producers)
        update_numchild(index, children.count)
        self.counts["producers"] = len(producers)

        products, channels = [], []
        for plan, producer in zip(self.plan.producers, producers, strict=True):
            product_children = Children(producer, existing=False)
            for item in plan.products:
                product = new_page(
                    ProductPage,
                    self.locale,
                    item.key,
                    item.title,
                    published_at(item.certifications[0].decision.issued_on),
                    group=self.groups[item.group_slug],
                    subgroup=self.groups[item.subgroup_slug],
                    description=item.description,
                    packaging=item.packaging,
                    price_min=item.price_min,
                    price_max=item.price_max,
                    listing_summary=item.summary,
                    search_description=item.summary,
                    listing_image=self.image(item.motif, item.has_image),
                )
                products.append(product_children.place(product, item.slug))
            channels.extend(
                ProducerSalesChannel(page=producer, kind=kind, name=name, url=url, sort_order=order)
                for order, (kind, name, url) in enumerate(plan.sales_channels)
            )
        insert_pages(products)
        self.products = dict(zip(self.plan.products, products, strict=True))
        self.counts["products"] = len(products)

        gallery, online = [], []
        for item, product in self.products.items():
            if product.listing_image_id:
                gallery.append(
                    ProductGalleryImage(
                        page=product, image_id=product.listing_image_id, alt_text=f"Hình minh họa: {item.title}"
                    )
                )
            online.extend(
                ProductOnlineChannel(page=product, name=name, url=url, sort_order=order)
                for order, (name, url) in enumerate(item.online_channels)
            )
        ProducerSalesChannel.objects.bulk_create(channels, batch_size=BATCH_SIZE)
        ProductGalleryImage.objects.bulk_create(gallery, batch_size=BATCH_SIZE)
        ProductOnlineChannel.objects.bulk_create(online, batch_size=BATCH_SIZE)

    # The register -----------------------------------------------------------------------------

    def write_register(self):
        taken = set(CertificationDecision.objects.values_list("number", "issued_on", "issuer"))
        decisions = []
        for plan in self.plan.decisions:
            number = plan.number
            while (number, plan.issued_on, plan.issuer) in taken:
                # An existing decision has this number: take the next free one.
                serial, suffix = number.split("/", 1)
                number = f"{int(serial) + 1}/{suffix}"
            taken.add((number, plan.issued_on, plan.issuer))
            decisions.append(
                CertificationDecision(
                    number=number, issued_on=plan.issued_on, issuer=plan.issuer, kind=plan.kind, summary=plan.summary
                )
            )
        for decision in decisions:
            decision.set_number_keys()  # bulk_create does not call save()
        CertificationDecision.objects.bulk_create(decisions, batch_size=BATCH_SIZE)
        certifications = [
            Certification(
                decision=decision,
                product=self.products[row.product],
                stars=row.stars,
                score=row.score,
                revoked_on=row.revoked_on,
                revocation_reason=row.revocation_reason,
            )
            for plan, decision in zip(self.plan.decisions, decisions, strict=True)
            for row in plan.certifications
        ]
        Certification.objects.bulk_create(certifications, batch_size=BATCH_SIZE)
        self.counts["decisions"] = len(decisions)
        self.counts["certifications"] = len(certifications)

    # Display points and news ------------------------------------------------------------------

    def write_display_points(self):
        index = self.indexes["display_points"]
        children = Children(index)
        points = []
        opened = published_at(self.plan.today - datetime.timedelta(days=180))
        for plan in self.plan.display_points:
            point = new_page(
                DisplayPointPage,
                self.locale,
                plan.key,
                plan.title,
                opened,
                kind=plan.kind,
                body=plan.body,
                province=self.provinces[plan.province.slug],
                address=plan.address,
                latitude=plan.latitude,
                longitude=plan.longitude,
                opening_hours_note=plan.opening_hours_note,
                listing_summary=plan.summary,
                search_description=plan.summary,
                listing_image=self.image(plan.motif),
            )
            points.append(children.place(point, plan.slug))
        insert_pages(points)
        update_numchild(index, children.count)
        hours, photos, sold = [], [], []
        SoldAt = ProductPage.sold_at.through
        for plan, point in zip(self.plan.display_points, points, strict=True):
            hours.extend(
                OpeningHours(page=point, weekday=weekday, opens=opens, closes=closes, sort_order=order)
                for order, (weekday, opens, closes) in enumerate(plan.opening_hours)
            )
            if point.listing_image_id:
                photos.append(DisplayPointPhoto(page=point, image_id=point.listing_image_id, alt_text=plan.title))
            sold.extend(SoldAt(productpage=self.products[item], displaypointpage=point) for item in plan.products)
        OpeningHours.objects.bulk_create(hours, batch_size=BATCH_SIZE)
        DisplayPointPhoto.objects.bulk_create(photos, batch_size=BATCH_SIZE)
        SoldAt.objects.bulk_create(sold, batch_size=BATCH_SIZE)
        self.counts["display_points"] = len(points)

    def write_news(self):
        index = self.indexes["news"]
        children = Children(index)
        articles = []
        for plan in self.plan.news:
            image = self.image(plan.motif)
            article = new_page(
                NewsPage,
                self.locale,
                plan.key,
                plan.title,
                published_at(plan.date),
                date=plan.date,
                author=plan.author,
                body=plan.body,
                listing_summary=plan.summary,
                search_description=plan.summary,
                lead_image=image,
                listing_image=image,
            )
            articles.append(children.place(article, plan.slug))
        insert_pages(articles)
        update_numchild(index, children.count)
        tags = {}
        for name in sorted({tag for plan in self.plan.news for tag in plan.tags}):
            tags[name] = Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)
        Related = NewsPage.related_products.through
        NewsPageTag.objects.bulk_create(
            [
                NewsPageTag(content_object=article, tag=tags[name])
                for plan, article in zip(self.plan.news, articles, strict=True)
                for name in plan.tags
            ],
            batch_size=BATCH_SIZE,
        )
        Related.objects.bulk_create(
            [
                Related(newspage=article, productpage=self.products[item])
                for plan, article in zip(self.plan.news, articles, strict=True)
                for item in plan.products
            ],
            batch_size=BATCH_SIZE,
        )
        self.counts["news"] = len(articles)


# Replacing ----------------------------------------------------------------------------------------


@contextlib.contextmanager
def page_deletion_handlers_muted(*, search_index_rebuilt):
    """Disconnect, for the duration, the per-page delete handlers that generated pages do not need.

    Deleting a page through the ORM runs, per page: Wagtail's unpublish (a revision
    update and a page_unpublished signal, pointless for a page about to go),
    wagtail-localize's clean-up of its translation records (about 16 queries, for
    pages nobody translated), and modelsearch's index removal (pointless when the
    index is rebuilt right after). For 6,000 pages that is over 100,000 queries.
    The localize handler stays connected if a generated page has translation
    records, and the search one if the index will not be rebuilt.
    """
    muted = [(pre_delete, signal_handlers.pre_delete_page_unpublish, Page)]
    if not TranslatableObject.objects.filter(translation_key__range=GENERATED_KEYS).exists():
        muted += [(post_delete, handle_translation_on_delete, model) for model in get_translatable_models()]
    if search_index_rebuilt:
        muted += [(post_delete, search_signal_handlers.post_delete_signal_handler, m) for m in get_indexed_models()]
    disconnected = [
        (signal, receiver, sender) for signal, receiver, sender in muted if signal.disconnect(receiver, sender)
    ]
    try:
        yield
    finally:
        for sig, receiver, sender in disconnected:
            sig.connect(receiver, sender)


@transaction.atomic
def delete_generated(*, search_index_rebuilt=False):
    """Delete a generated catalogue: its pages (every language), certificates, and decisions only it used.

    Refuses, changing nothing, if someone has added a page of their own under a generated page,
    since deleting a page deletes everything below it. Returns the number of pages deleted.
    """
    paths = set(generated_pages().values_list("path", flat=True))
    # The generated pages whose parent is not generated: deleting them deletes the rest.
    roots = sorted(path for path in paths if path[: -Page.steplen] not in paths)
    strangers = []
    for chunk in chunks(roots):
        below = Q()
        for path in chunk:
            below |= Q(path__startswith=path)
        strangers += (
            Page.objects.filter(below)
            .exclude(translation_key__range=GENERATED_KEYS)
            .values_list("url_path", flat=True)[:10]
        )
    if strangers:
        raise GeneratedContentError(
            "These pages were added under generated pages and would be deleted with them; move or delete them "
            "first: " + ", ".join(strangers[:10])
        )
    products = generated_products().values("pk")
    used = set(CertificationDecision.objects.filter(certifications__product__in=products).values_list("pk", flat=True))
    shared = set(
        CertificationDecision.objects.filter(pk__in=used)
        .exclude(certifications__product__in=products)
        .values_list("pk", flat=True)
    )
    # The products' listing rows go with their pages; no other product's row changes.
    with (
        reference_index_paused(),
        page_deletion_handlers_muted(search_index_rebuilt=search_index_rebuilt),
        listings_refreshed_afterwards(),
    ):
        Certification.objects.filter(product__in=products).delete()
        CertificationDecision.objects.filter(pk__in=used - shared).delete()
        for chunk in chunks(roots):
            Page.objects.filter(path__in=chunk).delete()
    return len(paths)


def chunks(items, size=DELETE_CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]
