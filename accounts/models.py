"""Who edits which producer, and which expiry reminders have gone out."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, WorkflowPage

from catalogue.models import ProducerPage

from .roles import (
    PRODUCER_IMAGE_PERMISSIONS,
    PRODUCER_MODEL_PERMISSIONS,
    PRODUCER_PAGE_PERMISSIONS,
    model_permission,
    producer_workflow,
)


class ProducerAccess(models.Model):
    """A producer's group: its users edit the producer's pages in every locale.

    Linked by the producer page's translation_key, not one page, so the
    Vietnamese and English pages (and any translation made later) are covered.
    """

    producer_key = models.UUIDField(_("producer"), unique=True, editable=False)
    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="producer_access"
    )
    collection = models.OneToOneField(
        Collection,
        verbose_name=_("image collection"),
        on_delete=models.PROTECT,
        related_name="producer_access",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("producer access")
        verbose_name_plural = _("producer accesses")

    def __str__(self):
        return self.group.name

    def producer_pages(self):
        """The producer's page in every locale."""
        return ProducerPage.objects.filter(translation_key=self.producer_key)

    def users(self):
        return self.group.user_set.filter(is_active=True).order_by("email")

    def grant(self, pages=None):
        """Give the group its permissions on `pages` (default: every translation of the producer)."""
        for app_label, codename in PRODUCER_MODEL_PERMISSIONS:
            self.group.permissions.add(model_permission(app_label, codename))
        for codename in PRODUCER_IMAGE_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=self.group,
                collection=self.collection,
                permission=model_permission("wagtailimages", codename),
            )
        workflow = producer_workflow()
        for page in self.producer_pages() if pages is None else pages:
            for codename in PRODUCER_PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=self.group, page=page, permission=model_permission("wagtailcore", codename)
                )
            # A workflow an editor chose for this page on purpose is kept.
            WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


class ProducerInvitation(models.Model):
    """An invitation to edit a producer's pages, sent to an address; it grants nothing until accepted.

    Only whoever reads that mailbox gets the link (accounts.invite), and it
    works once: `accepted_at` is set when it is used.
    """

    access = models.ForeignKey(
        ProducerAccess, verbose_name=_("producer access"), on_delete=models.CASCADE, related_name="invitations"
    )
    producer = models.ForeignKey(
        "catalogue.ProducerPage", verbose_name=_("producer"), on_delete=models.CASCADE, related_name="+"
    )
    email = models.EmailField(_("e-mail address"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("invited by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("accepted by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("producer invitation")
        verbose_name_plural = _("producer invitations")

    def __str__(self):
        return f"{self.email} ({self.access})"


class CertificateReminder(models.Model):
    """The one expiry reminder sent for a certificate (send_expiry_reminders)."""

    certification = models.OneToOneField(
        "catalogue.Certification",
        verbose_name=_("certificate"),
        on_delete=models.CASCADE,
        related_name="expiry_reminder",
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    recipients = models.TextField(_("recipients"), blank=True)

    class Meta:
        verbose_name = _("certificate expiry reminder")
        verbose_name_plural = _("certificate expiry reminders")

    def __str__(self):
        return f"{self.certification} ({self.sent_at:%d/%m/%Y})"
