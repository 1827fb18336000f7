"""Rows that several page types repeat: photos and links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField


class AbstractGalleryImage(Orderable):
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describe the picture for people who cannot see it. Leave blank to use the image's own description."
        ),
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]
    translatable_fields = [
        SynchronizedField("image", overridable=False),
        TranslatableField("alt_text"),
        TranslatableField("caption"),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def alt(self):
        return self.alt_text or self.image.default_alt_text


class AbstractLink(Orderable):
    name = models.CharField(_("name"), max_length=120)
    url = models.URLField(_("address (URL)"))

    panels = [FieldPanel("name"), FieldPanel("url")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("url", overridable=False)]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.name
