"""Editable taxonomies: the OCOP product groups and the provinces.

Both are data, not code: the programme's rules and Vietnam's map change
(Decision 148/QĐ-TTg regrouped products in 2023; 63 provinces became 34 on
1 July 2025), and editors keep them current in the admin.
"""

import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from showcase.collation import vietnamese


class ProductGroupQuerySet(models.QuerySet):
    def groups(self):
        return self.filter(parent__isnull=True)

    def subgroups(self):
        return self.filter(parent__isnull=False)


class ProductGroup(TranslatableMixin, index.Indexed, models.Model):
    """One of the six OCOP product groups, or a sub-group of one (parent set)."""

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subgroups",
        help_text=_("Leave empty for one of the six main groups."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ProductGroupQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("parent"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("parent"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("product group")
        verbose_name_plural = _("product groups")
        ordering = ["sort_order", vietnamese("name")]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_product_group_slug_per_locale"),
        ]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent.name} › {self.name}"
        return self.name

    @property
    def is_subgroup(self):
        return self.parent_id is not None


class Province(TranslatableMixin, index.Indexed, models.Model):
    """A province or centrally-run city, current or historic.

    Addresses and decisions keep the names of their time; a historic province
    points to the one it merged into, so filtering by the current province
    also finds what was recorded under the old name.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_provinces",
        help_text=_("For a province that no longer exists: the province it became part of."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("merged_into")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("merged_into"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = [vietnamese("name")]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_province_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_current(self):
        return self.merged_into_id is None


# The taxonomy as every page reads it ------------------------------------------

# Named after the shape of what it holds: a copy pickled by an older release is never read.
TAXONOMY_CACHE_KEY = "catalogue:taxonomy:versioned"


@dataclass(frozen=True)
class Taxonomy:
    """Every product group and province of every locale, as the catalogue and cards read them."""

    version: str
    groups: list
    provinces: list


# This process's copy, used while its version is the one in Django's cache.
# A page reads the taxonomy several times (filters, facets, cards, figures);
# unpickling a few hundred model rows from the cache each time cost more
# than the rest of a search's work. The rows are shared: read them, never
# change them.
_in_process = {"taxonomy": None}
TAXONOMY_VERSION_KEY = "catalogue:taxonomy:version"


def cached_taxonomy():
    """Product groups and provinces: a few hundred rows, read on nearly every page.

    Built once and kept in Django's cache (shared by every server process)
    under a version; each process keeps its own copy while that version is
    current, so a request reads one short key instead of the rows. Editors
    change them rarely; any save or delete forgets both.
    """
    version = cache.get(TAXONOMY_VERSION_KEY)
    taxonomy = _in_process["taxonomy"]
    if version is not None and taxonomy is not None and taxonomy.version == version:
        return taxonomy
    taxonomy = cache.get(TAXONOMY_CACHE_KEY)
    if taxonomy is None or taxonomy.version != version:
        taxonomy = Taxonomy(
            version=uuid.uuid4().hex,
            groups=list(ProductGroup.objects.select_related("locale")),
            provinces=list(Province.objects.select_related("locale", "merged_into")),
        )
        cache.set_many({TAXONOMY_CACHE_KEY: taxonomy, TAXONOMY_VERSION_KEY: taxonomy.version}, None)
    _in_process["taxonomy"] = taxonomy
    return taxonomy


def preferring_locale(rows, locale):
    """{translation_key: row}, one row per translation key, `locale`'s translation where it has one.

    For the taxonomy's rows (cached_taxonomy), which hold every locale's.
    """
    chosen = {}
    for row in rows:
        if row.translation_key not in chosen or row.locale_id == locale.pk:
            chosen[row.translation_key] = row
    return chosen


def forget_taxonomy(**kwargs):
    """Connected by catalogue.signals: any save or delete of a group or province."""
    cache.delete_many([TAXONOMY_CACHE_KEY, TAXONOMY_VERSION_KEY])
    _in_process["taxonomy"] = None
