"""The official register: certification decisions and the certificates they grant.

One decision of a People's Committee (or, for 5★, of the ministry) certifies
many products at once, so a decision is edited with its certificates inline.
Certificates belong to a product regardless of language: they point at one
ProductPage and are found from every translation of it by translation_key, so
stars and status can never differ between the Vietnamese and English pages.
"""

import re
import secrets
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.search import index

from catalogue import register
from catalogue.register import CertificateStatus

STAR_CHOICES = [(3, _("3 stars")), (4, _("4 stars")), (5, _("5 stars"))]

# The score bands of Decision 148/QĐ-TTg (2023): the stars a score earns.
SCORE_BANDS = {3: (50, 69), 4: (70, 89), 5: (90, 100)}


# The three parts of the score under Decision 148/QĐ-TTg (2023), with their maximum points.
SCORE_PARTS = (
    ("score_a", 40, _("A: production and community")),
    ("score_b", 25, _("B: marketing and story")),
    ("score_c", 35, _("C: quality")),
)

# A decision number as people type it: "5077/QĐ-UBND", "5077/qd-ubnd", "5077 / QĐ - UBND".
# đ has no Unicode decomposition, so it is mapped by hand (as showcase.text does).
_NUMBER_FOLDS = str.maketrans({"đ": "d", "Đ": "D"})
_NUMBER_SERIAL = re.compile(r"\s*0*(\d+)")


def decision_number_key(number):
    """What a decision number is looked up by: its letters and digits, folded, in upper case.

    "5077/QĐ-UBND", "5077/qd-ubnd" and "5077 / QĐ - UBND" all give "5077QDUBND".
    """
    decomposed = unicodedata.normalize("NFKD", str(number or "").translate(_NUMBER_FOLDS))
    return "".join(char for char in decomposed if char.isascii() and char.isalnum()).upper()


def decision_number_serial(number):
    """The serial number a decision number starts with, without leading zeros ("5077" for 5077/QĐ-UBND), or ""."""
    match = _NUMBER_SERIAL.match(str(number or ""))
    return match.group(1) if match else ""


# A certificate's public verification code, printed on its traceability stamp
# and in the QR code's URL. 32 symbols without the look-alikes 0/O and 1/I, so
# a code read off a stamp can be typed back; 16 of them carry 80 random bits,
# so a code cannot be guessed or derived from another one.
VERIFICATION_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
VERIFICATION_CODE_LENGTH = 16


def new_verification_code():
    return "".join(secrets.choice(VERIFICATION_CODE_ALPHABET) for _position in range(VERIFICATION_CODE_LENGTH))


class DecisionKind(models.TextChoices):
    NEW = "new", _("Newly recognised")
    AGAIN = "again", _("Recognised again")


class CertificationDecision(index.Indexed, ClusterableModel):
    number = models.CharField(_("decision number"), max_length=60, help_text=_("As written, e.g. 5077/QĐ-UBND"))
    issued_on = models.DateField(_("decision date"))
    issuer = models.CharField(
        _("issuing body"),
        max_length=200,
        help_text=_("As written on the decision, e.g. UBND tỉnh Long An. Keep the name of the time."),
    )
    issuer_en = models.CharField(
        _("issuing body in English"),
        max_length=200,
        blank=True,
        help_text=_(
            "For English readers, shown after the name as written, e.g. People's Committee of Long An province."
        ),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=DecisionKind.choices, default=DecisionKind.NEW)
    summary = models.TextField(_("summary"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("scanned decision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept from `number` on every save, so that the product check finds a decision
    # by the number as typed, on an index (decision_number_key, decision_number_serial).
    number_key = models.CharField(max_length=60, editable=False, db_index=True, default="")
    number_serial = models.CharField(max_length=20, editable=False, db_index=True, default="")

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("issued_on")]),
        FieldRowPanel([FieldPanel("issuer"), FieldPanel("issuer_en")]),
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("document"),
        InlinePanel("certifications", heading=_("Certified products"), label=_("Product")),
    ]
    search_fields = [
        index.SearchField("number"),
        index.AutocompleteField("number"),
        index.SearchField("issuer"),
        index.FilterField("issued_on"),
    ]

    class Meta:
        verbose_name = _("certification decision")
        verbose_name_plural = _("certification decisions")
        ordering = ["-issued_on", "number"]
        constraints = [
            models.UniqueConstraint(fields=["number", "issued_on", "issuer"], name="unique_decision"),
        ]

    def __str__(self):
        return f"{self.number} ({self.issued_on:%d/%m/%Y})"

    def save(self, *args, **kwargs):
        self.set_number_keys()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "number" in update_fields:
            kwargs["update_fields"] = {*update_fields, "number_key", "number_serial"}
        super().save(*args, **kwargs)

    def set_number_keys(self):
        """Keep the look-up keys in step with the number (also for writers that bulk_create)."""
        self.number_key = decision_number_key(self.number)
        self.number_serial = decision_number_serial(self.number)

    @property
    def valid_until(self):
        return register.valid_until(self.issued_on)

    def issuer_for(self, language=None):
        """The issuing body as written, followed in English by its English name where there is one.

        "UBND tỉnh Long An (People's Committee of Long An province)": the name of
        the time stays (places change names), and English readers learn what it is.
        """
        if in_english(language) and self.issuer_en and self.issuer_en != self.issuer:
            return f"{self.issuer} ({self.issuer_en})"
        return self.issuer

    @property
    def localized_issuer(self):
        return self.issuer_for()


def part_score_errors(score, parts):
    """{field: message} for part scores ({score_a: …}) that are not all three or none, or do not add up.

    Shared by the editor's form (Certification.clean) and the spreadsheet import.
    """
    given = {name: value for name, value in parts.items() if value is not None}
    if not given:
        return {}
    errors = {}
    # Each part's maximum is its field's validator; a part over it is not added up.
    over = [name for name, maximum, _label in SCORE_PARTS if name in given and not 0 <= given[name] <= maximum]
    missing = [name for name, _maximum, _label in SCORE_PARTS if name not in given]
    if missing:
        for name in missing:
            errors[name] = _("Give all three part scores, or none.")
        return errors
    total = sum(given.values())
    if not over and score is not None and total != score:
        errors["score"] = _(
            "The part scores add up to %(total)s (A %(a)s + B %(b)s + C %(c)s), not to the score %(score)s."
        ) % {"total": total, "a": given["score_a"], "b": given["score_b"], "c": given["score_c"], "score": score}
    return errors


def in_english(language=None):
    return (language or get_language() or "").split("-")[0] == "en"


class CertificationQuerySet(models.QuerySet):
    def for_product(self, product):
        """Every certificate of a product, whichever translation of it is given."""
        return self.filter(product__translation_key=product.translation_key)

    def newest_first(self):
        return self.order_by(*register.CURRENT_FIRST)

    def in_force(self, today=None):
        """Certificates that are valid or expiring today."""
        return self.filter(register.in_force_q(today=today))


class Certification(models.Model):
    decision = ParentalKey(
        CertificationDecision,
        verbose_name=_("decision"),
        on_delete=models.CASCADE,
        related_name="certifications",
    )
    product = models.ForeignKey(
        "catalogue.ProductPage",
        verbose_name=_("product"),
        # The register outlives a page: a certified product cannot be deleted
        # until its certificates are, which only editors can do.
        on_delete=models.PROTECT,
        related_name="certifications",
    )
    stars = models.PositiveSmallIntegerField(_("stars"), choices=STAR_CHOICES)
    score = models.PositiveSmallIntegerField(
        _("score"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Out of 100: 3★ 50-69, 4★ 70-89, 5★ 90-100."),
    )
    score_a = models.PositiveSmallIntegerField(
        _("part A: production and community"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(40)],
        help_text=_("Out of 40."),
    )
    score_b = models.PositiveSmallIntegerField(
        _("part B: marketing and story"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(25)],
        help_text=_("Out of 25."),
    )
    score_c = models.PositiveSmallIntegerField(
        _("part C: quality"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(35)],
        help_text=_("Out of 35."),
    )
    revoked_on = models.DateField(_("revoked on"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason for revocation"), max_length=255, blank=True)
    revocation_reason_en = models.CharField(
        _("reason for revocation in English"),
        max_length=255,
        blank=True,
        help_text=_("For English pages; without it they show the reason as written."),
    )
    # One code per certificate, not per translation: certificates are not
    # translated, so the Vietnamese and English pages verify the same record.
    verification_code = models.CharField(
        _("verification code"),
        max_length=VERIFICATION_CODE_LENGTH,
        unique=True,
        default=new_verification_code,
        editable=False,
    )

    objects = CertificationQuerySet.as_manager()

    panels = [
        PageChooserPanel("product", "catalogue.ProductPage"),
        FieldRowPanel([FieldPanel("stars"), FieldPanel("score")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("score_a"), FieldPanel("score_b"), FieldPanel("score_c")])],
            heading=_("Part scores (optional)"),
            help_text=_("As the evaluation records them: all three or none, adding up to the score."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("revoked_on"), FieldPanel("revocation_reason")]),
                FieldPanel("revocation_reason_en"),
            ],
            heading=_("Revocation"),
        ),
    ]

    class Meta:
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
        ordering = ["-decision__issued_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["decision", "product"], name="unique_product_per_decision"),
            # Part scores: none, or all three within their maximum and adding up to the score.
            models.CheckConstraint(
                condition=Q(score_a__isnull=True, score_b__isnull=True, score_c__isnull=True)
                | Q(
                    score_a__isnull=False,
                    score_b__isnull=False,
                    score_c__isnull=False,
                    score_a__lte=40,
                    score_b__lte=25,
                    score_c__lte=35,
                    score=F("score_a") + F("score_b") + F("score_c"),
                ),
                name="part_scores_add_up",
            ),
        ]

    def __str__(self):
        return f"{self.product.title}: {self.stars}★ ({self.decision})"

    def clean(self):
        errors = {}
        band = SCORE_BANDS.get(self.stars)
        if band and self.score is not None and not band[0] <= self.score <= band[1]:
            errors["score"] = _("A %(stars)s-star product scores %(low)s to %(high)s points.") % {
                "stars": self.stars,
                "low": band[0],
                "high": band[1],
            }
        errors.update(part_score_errors(self.score, self.part_scores_as_given()))
        if (self.revocation_reason or self.revocation_reason_en) and not self.revoked_on:
            errors["revoked_on"] = _("Give the date of the revocation.")
        if self.revoked_on and not self.revocation_reason:
            errors["revocation_reason"] = _("Give the reason for the revocation.")
        if errors:
            raise ValidationError(errors)

    @property
    def issued_on(self):
        return self.decision.issued_on

    def part_scores_as_given(self):
        return {name: getattr(self, name) for name, _maximum, _label in SCORE_PARTS}

    @property
    def part_scores(self):
        """[(label, points, maximum)] of parts A, B and C where recorded, else []."""
        given = self.part_scores_as_given()
        if any(value is None for value in given.values()):
            return []
        return [(label, given[name], maximum) for name, maximum, label in SCORE_PARTS]

    def revocation_reason_for(self, language=None):
        """The reason for the revocation in `language` (the active one): English where given."""
        if in_english(language) and self.revocation_reason_en:
            return self.revocation_reason_en
        return self.revocation_reason

    @property
    def localized_revocation_reason(self):
        return self.revocation_reason_for()

    @property
    def valid_until(self):
        return register.valid_until(self.decision.issued_on)

    @cached_property
    def status(self):
        return register.certificate_status(self.decision.issued_on, self.revoked_on)

    def get_status_display(self):
        return CertificateStatus(self.status).label

    @property
    def days_left(self):
        return register.days_left(self.decision.issued_on)

    @property
    def is_certified(self):
        return CertificateStatus(self.status).is_certified
