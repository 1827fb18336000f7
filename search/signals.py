"""Reindex products when what the search ranks and counts them by changes.

Elasticsearch holds each product's listing facts (group, province, stars,
certificate dates: ProductPage's listed_* filter fields), so a certificate,
its decision or the producer changing must reach the index. The database
backends read the listing rows at query time; reindexing there only rewrites
the same text. The listing rows themselves are refreshed first, by
catalogue.signals, whose receivers are connected before these.

connect() (SearchConfig.ready) also has the cached search promotions forgotten.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from catalogue.models import Certification, CertificationDecision, ProducerPage, ProductPage
from catalogue.signals import receivers_active

from .indexing import enqueue_sync
from .query import forget_promotions


def reindex(products):
    for product in products:
        # The database backends at once; Elasticsearch through the task queue (search.indexing).
        index.insert_or_update_object(product)
        enqueue_sync(product)


def certificate_changed(sender, instance, **kwargs):
    if receivers_active():
        reindex(
            ProductPage.objects.filter(
                translation_key__in=ProductPage.objects.filter(pk=instance.product_id).values("translation_key")
            )
        )


def decision_changed(sender, instance, **kwargs):
    if receivers_active() and instance.pk is not None:
        keys = Certification.objects.filter(decision=instance).values("product__translation_key")
        reindex(ProductPage.objects.filter(translation_key__in=keys))


def producer_saved(sender, instance, **kwargs):
    if receivers_active():
        reindex(ProductPage.objects.child_of(instance))


def connect():
    post_save.connect(certificate_changed, sender=Certification, dispatch_uid="search_certificate_saved")
    post_delete.connect(certificate_changed, sender=Certification, dispatch_uid="search_certificate_deleted")
    post_save.connect(decision_changed, sender=CertificationDecision, dispatch_uid="search_decision_saved")
    post_save.connect(producer_saved, sender=ProducerPage, dispatch_uid="search_producer_saved")
    # The promoted results are cached (query.promoted) until an editor changes one or a page goes live or away.
    post_save.connect(forget_promotions, sender=SearchPromotion, dispatch_uid="search_promotion_saved")
    post_delete.connect(forget_promotions, sender=SearchPromotion, dispatch_uid="search_promotion_deleted")
    page_published.connect(forget_promotions, dispatch_uid="search_promotions_page_published")
    page_unpublished.connect(forget_promotions, dispatch_uid="search_promotions_page_unpublished")
