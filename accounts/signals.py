"""Keep a producer's permissions on every translation of its page."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from catalogue.models import ProducerPage

from .models import ProducerAccess


@receiver(post_save, sender=ProducerPage)
def extend_producer_access_to_new_translation(sender, instance, created, raw=False, **kwargs):
    """wagtail-localize creates a translation as a new page: give the producer's group its permissions there too."""
    if raw or not created:
        return
    access = ProducerAccess.objects.filter(producer_key=instance.translation_key).first()
    if access is not None:
        access.grant([instance])
