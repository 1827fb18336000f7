"""What editors record beside the register: a province's targets and the totals it published.

The register cannot know these; reports/models/__init__.py says how they are
shown beside the catalogued figures and never added to them.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from catalogue import register


class Metric(models.TextChoices):
    """What a target or a reported figure counts; each maps to a figure of the register."""

    CERTIFIED_PRODUCTS = "certified_products", _("Certified products (3 to 5 stars)")
    THREE_STAR = "three_star", _("3-star products")
    FOUR_STAR = "four_star", _("4-star products")
    FIVE_STAR = "five_star", _("5-star (national) products")
    PRODUCERS = "producers", _("Producers with a certified product")
    NEW_PRODUCTS = "new_products", _("Newly recognised products")
    DISPLAY_POINTS = "display_points", _("Display and sales points")
    OTHER = "other", _("Other (not measured by the catalogue)")


TARGET_METRICS = [
    Metric.CERTIFIED_PRODUCTS,
    Metric.FOUR_STAR,
    Metric.FIVE_STAR,
    Metric.PRODUCERS,
    Metric.NEW_PRODUCTS,
    Metric.DISPLAY_POINTS,
    Metric.OTHER,
]
REPORTED_METRICS = [
    Metric.CERTIFIED_PRODUCTS,
    Metric.THREE_STAR,
    Metric.FOUR_STAR,
    Metric.FIVE_STAR,
    Metric.PRODUCERS,
    Metric.DISPLAY_POINTS,
]


class DatePrecision(models.TextChoices):
    """How much of an as-of date the source gave: "April 2023" must not be shown as 1/4/2023."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def year_validators():
    return [MinValueValidator(2018), MaxValueValidator(2100)]


class ProvinceTarget(TranslatableMixin, index.Indexed, models.Model):
    """A goal of a province's OCOP plan, e.g. "at least 60 certified products by 2025"."""

    province = models.ForeignKey(
        "catalogue.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="ocop_targets",
        help_text=_("The province whose plan sets the target, with the name it had then."),
    )
    description = models.CharField(
        _("description"), max_length=255, help_text=_("As the plan words it, e.g. at least 60 certified products.")
    )
    metric = models.CharField(_("what is counted"), max_length=30, choices=[(m.value, m.label) for m in TARGET_METRICS])
    target_value = models.PositiveIntegerField(_("target"))
    counted_from_year = models.PositiveSmallIntegerField(
        _("counted from (year)"),
        null=True,
        blank=True,
        validators=year_validators(),
        help_text=_("For newly recognised products: the first year of the plan, e.g. 2021."),
    )
    deadline_year = models.PositiveSmallIntegerField(_("by (year)"), validators=year_validators())
    source = models.CharField(_("source"), max_length=255, help_text=_("The plan or decision, e.g. Plan 432/KH-UBND."))
    source_url = models.URLField(_("source link"), blank=True)

    panels = [
        FieldPanel("province"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("metric"), FieldPanel("target_value")]),
        FieldRowPanel([FieldPanel("counted_from_year"), FieldPanel("deadline_year")]),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("source_url")], heading=_("Source")),
    ]
    search_fields = [index.SearchField("description"), index.SearchField("source"), index.FilterField("metric")]
    translatable_fields = [
        SynchronizedField("province"),
        TranslatableField("description"),
        SynchronizedField("metric"),
        SynchronizedField("target_value"),
        SynchronizedField("counted_from_year"),
        SynchronizedField("deadline_year"),
        TranslatableField("source"),
        SynchronizedField("source_url", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("province target")
        verbose_name_plural = _("province targets")
        ordering = ["province__name", "deadline_year", "metric"]

    def __str__(self):
        return f"{self.province}: {self.description} ({self.deadline_year})"

    def clean(self):
        errors = {}
        if self.metric == Metric.NEW_PRODUCTS and not self.counted_from_year:
            errors["counted_from_year"] = _("Give the year from which new products count.")
        if self.counted_from_year and self.deadline_year and self.counted_from_year > self.deadline_year:
            errors["counted_from_year"] = _("The first year cannot be after the deadline.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_measured(self):
        return self.metric != Metric.OTHER


class ReportedFigure(TranslatableMixin, index.Indexed, models.Model):
    """A total a province published, with its date and source, e.g. Sóc Trăng: 189 products, April 2023.

    Shown beside what the catalogue holds, never added to it: a province's
    report counts products that may not be in the catalogue yet.
    """

    province = models.ForeignKey(
        "catalogue.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="reported_figures",
        help_text=_("The province that reported, with the name it had then."),
    )
    metric = models.CharField(
        _("what is counted"), max_length=30, choices=[(m.value, m.label) for m in REPORTED_METRICS]
    )
    value = models.PositiveIntegerField(_("reported value"))
    as_of = models.DateField(_("as of"), help_text=_("The date the figure refers to."))
    as_of_precision = models.CharField(
        _("date given to the"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("If the source only says “April 2023”, choose month: the day is not shown."),
    )
    source = models.CharField(_("source"), max_length=255, help_text=_("Who published it, where and when."))
    source_url = models.URLField(_("source link"), blank=True)

    panels = [
        FieldPanel("province"),
        FieldRowPanel([FieldPanel("metric"), FieldPanel("value")]),
        FieldRowPanel([FieldPanel("as_of"), FieldPanel("as_of_precision")]),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("source_url")], heading=_("Source")),
    ]
    search_fields = [index.SearchField("source"), index.FilterField("metric")]
    translatable_fields = [
        SynchronizedField("province"),
        SynchronizedField("metric"),
        SynchronizedField("value"),
        SynchronizedField("as_of"),
        SynchronizedField("as_of_precision"),
        TranslatableField("source"),
        SynchronizedField("source_url", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("reported figure")
        verbose_name_plural = _("reported figures")
        ordering = ["-as_of", "province__name", "metric"]

    def __str__(self):
        return f"{self.province}: {self.value} {self.get_metric_display()} ({self.as_of:%m/%Y})"

    def clean(self):
        if self.as_of and self.as_of > register.local_today():
            raise ValidationError({"as_of": _("A reported figure cannot be dated in the future.")})
