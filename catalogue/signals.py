"""Keep each product's listing row (catalogue.models.listing) in step with the register.

A row changes when a certificate or its decision is saved or deleted, when
the product page is saved (published, unpublished, translated, its group or
title changed), moved, or when its producer is saved (kind, province). Pages
deleted take their rows with them (on_delete=CASCADE). Writers that bypass
the ORM's signals (bulk_create) pause these receivers with
listings_refreshed_afterwards() and rewrite the rows they touched.

connect() (CatalogueConfig.ready) also has the cached taxonomy forgotten
when a product group or province changes.
"""

import contextlib
import threading

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Page
from wagtail.signals import post_page_move

from .models import Certification, CertificationDecision, ProducerPage, ProductGroup, ProductPage, Province
from .models.listing import refresh_listings
from .models.taxonomy import forget_taxonomy

_paused = threading.local()


def receivers_active():
    """False while a bulk writer has paused the receivers (listings_refreshed_afterwards)."""
    return not getattr(_paused, "depth", 0)


@contextlib.contextmanager
def listings_refreshed_afterwards(pages=None):
    """Pause the per-row receivers; on leaving, refresh the rows of `pages` (a callable giving a queryset)."""
    _paused.depth = getattr(_paused, "depth", 0) + 1
    try:
        yield
    finally:
        _paused.depth -= 1
    if pages is not None:
        refresh_listings(pages())


def refresh_products_with_keys(keys):
    keys = {key for key in keys if key is not None}
    if keys:
        refresh_listings(ProductPage.objects.filter(translation_key__in=keys))


def _product_key(product_id):
    return ProductPage.objects.filter(pk=product_id).values_list("translation_key", flat=True).first()


def certificate_about_to_change(sender, instance, **kwargs):
    # A certificate moved to another product leaves the old one's row to refresh too.
    instance._listed_product_id = (
        Certification.objects.filter(pk=instance.pk).values_list("product_id", flat=True).first()
        if instance.pk
        else None
    )


def certificate_changed(sender, instance, **kwargs):
    if not receivers_active():
        return
    product_ids = {instance.product_id, getattr(instance, "_listed_product_id", None)}
    refresh_products_with_keys(_product_key(pk) for pk in product_ids if pk)


def decision_changed(sender, instance, **kwargs):
    if not receivers_active() or instance.pk is None:
        return
    keys = Certification.objects.filter(decision=instance).values_list("product__translation_key", flat=True)
    refresh_products_with_keys(set(keys))


def page_saved(sender, instance, **kwargs):
    if not receivers_active() or not isinstance(instance, Page):
        return
    specific_class = instance.specific_class
    if specific_class is ProductPage:
        refresh_listings(ProductPage.objects.filter(pk=instance.pk))
    elif specific_class is ProducerPage:
        refresh_listings(ProductPage.objects.child_of(instance))


def page_was_moved(sender, instance, **kwargs):
    if receivers_active():
        refresh_listings(ProductPage.objects.descendant_of(instance, inclusive=True))


def connect():
    pre_save.connect(certificate_about_to_change, sender=Certification, dispatch_uid="listing_certificate_pre")
    post_save.connect(certificate_changed, sender=Certification, dispatch_uid="listing_certificate_saved")
    post_delete.connect(certificate_changed, sender=Certification, dispatch_uid="listing_certificate_deleted")
    post_save.connect(decision_changed, sender=CertificationDecision, dispatch_uid="listing_decision_saved")
    for model in (Page, ProducerPage, ProductPage):
        post_save.connect(page_saved, sender=model, dispatch_uid=f"listing_page_saved_{model.__name__}")
    post_page_move.connect(page_was_moved, dispatch_uid="listing_page_moved")
    # The cached taxonomy (taxonomy.cached_taxonomy) is forgotten on any change to a group or province.
    for model in (ProductGroup, Province):
        post_save.connect(forget_taxonomy, sender=model, dispatch_uid=f"taxonomy_saved_{model.__name__}")
        post_delete.connect(forget_taxonomy, sender=model, dispatch_uid=f"taxonomy_deleted_{model.__name__}")
