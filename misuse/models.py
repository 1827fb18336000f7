"""Reports of a suspected fake or misuse of the OCOP mark, sent by visitors.

Anyone may report, without an account (misuse/views.py); editors read the
reports in the admin, check them and record what they found. The reporter's
contact and photos are for editors only: the photos are kept in a private
storage (settings.STORAGES["private"]) that no public URL serves, and editors
open them through an admin view that checks their permission.
"""

import uuid
from pathlib import PurePosixPath

from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_PHOTOS = 3
WHERE_MAX_LENGTH = 300
DESCRIPTION_MAX_LENGTH = 4000
CONTACT_MAX_LENGTH = 200


def private_storage():
    return storages["private"]


def photo_path(instance, filename):
    """A random name that says nothing of the report or the uploaded file's name."""
    extension = PurePosixPath(filename).suffix.lower()[:6]
    return f"misuse/{uuid.uuid4().hex}{extension}"


class MisuseKind(models.TextChoices):
    NO_CERTIFICATE = "no_certificate", _("Sold as OCOP without a certificate")
    FAKE_COPY = "fake_copy", _("A fake copy of an OCOP product")
    EXPIRED_LABEL = "expired_label", _("Certificate expired, still labelled OCOP")


class ReportStatus(models.TextChoices):
    NEW = "new", _("New")
    CHECKING = "checking", _("Being checked")
    CONFIRMED = "confirmed", _("Confirmed")
    UNFOUNDED = "unfounded", _("Unfounded")


class MisuseReport(models.Model):
    kind = models.CharField(_("what was seen"), max_length=20, choices=MisuseKind.choices)
    where_seen = models.CharField(_("where it was seen"), max_length=WHERE_MAX_LENGTH)
    description = models.TextField(_("description"), max_length=DESCRIPTION_MAX_LENGTH)
    product = models.ForeignKey(
        "catalogue.ProductPage",
        verbose_name=_("product"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    certification = models.ForeignKey(
        "catalogue.Certification",
        verbose_name=_("certificate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact = models.CharField(_("reporter's contact"), max_length=CONTACT_MAX_LENGTH, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.NEW)
    editor_note = models.TextField(
        _("editor's note"), blank=True, help_text=_("What the office found or did. Never shown publicly.")
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("misuse report")
        verbose_name_plural = _("misuse reports")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "-created_at"], name="misuse_status_created")]

    def __str__(self):
        return f"#{self.pk} {self.get_kind_display()}: {self.where_seen[:60]}"


class MisuseReportPhoto(models.Model):
    report = models.ForeignKey(MisuseReport, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(_("photo"), storage=private_storage, upload_to=photo_path, max_length=200)
    content_type = models.CharField(max_length=50)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["pk"]

    def __str__(self):
        return PurePosixPath(self.file.name).name
