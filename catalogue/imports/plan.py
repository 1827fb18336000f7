"""What an import will do: the decision, and for each row its producer, product and certificate.

Built by validation.py without writing anything; writer.py carries it out.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalogue.models import (
    Certification,
    CertificationDecision,
    DecisionKind,
    ProducerIndexPage,
    ProductGroup,
    Province,
)


@dataclass
class ExistingProduct:
    """A product page that exists already (only what the import needs of it)."""

    pk: int
    title: str
    slug: str
    translation_key: object


@dataclass
class NewProducer:
    title: str
    slug: str
    kind: str
    province: Province
    address: str
    first_row: int


@dataclass
class NewProduct:
    title: str
    slug: str
    group: ProductGroup
    subgroup: ProductGroup | None
    producer: object  # a ProducerPage or a NewProducer


class CertificateAction:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass
class PlannedRow:
    number: int
    producer: object  # ProducerPage or NewProducer
    product: object  # ExistingProduct or NewProduct
    stars: int
    score: int
    action: str
    previous: Certification | None = None
    # Parts A, B and C of the score, where the file gives them.
    score_a: int | None = None
    score_b: int | None = None
    score_c: int | None = None

    @property
    def producer_title(self):
        return self.producer.title

    @property
    def product_title(self):
        return self.product.title

    @property
    def new_producer(self):
        return isinstance(self.producer, NewProducer)

    @property
    def new_product(self):
        return isinstance(self.product, NewProduct)


@dataclass
class PlannedDecision:
    number: str
    issued_on: datetime.date
    issuer: str
    kind: str
    existing: CertificationDecision | None
    # Certificates of an existing decision that the file does not mention: kept as they are.
    kept: int = 0

    @property
    def action(self):
        if self.existing is None:
            return CertificateAction.CREATED
        if self.existing.kind != self.kind:
            return CertificateAction.UPDATED
        return CertificateAction.UNCHANGED

    def get_kind_display(self):
        return DecisionKind(self.kind).label

    def action_message(self):
        if self.action == CertificateAction.CREATED:
            return _("A new decision in the register.")
        if self.action == CertificateAction.UPDATED:
            return _("The decision is in the register; its kind changes from “%(old)s” to “%(new)s”.") % {
                "old": self.existing.get_kind_display(),
                "new": self.get_kind_display(),
            }
        return _("The decision is already in the register.")

    def kept_message(self):
        """Certificates of the decision that the file leaves alone, "" if none."""
        if not self.kept:
            return ""
        return ngettext(
            "%(count)s certificate of this decision is not in the file; it is kept as it is.",
            "%(count)s certificates of this decision are not in the file; they are kept as they are.",
            self.kept,
        ) % {"count": self.kept}

    @property
    def issued_on_display(self):
        return date_format(self.issued_on, "DATE_FORMAT")


@dataclass
class RowErrors:
    number: int
    messages: list


@dataclass
class ImportPlan:
    file_errors: list = field(default_factory=list)
    row_errors: list = field(default_factory=list)
    # Notes that do not stop the import, as (row number or None, message).
    notes: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)
    decision: PlannedDecision | None = None
    rows: list = field(default_factory=list)
    producer_index: ProducerIndexPage | None = None
    # The decision as written, once the import has been carried out.
    decision_object: CertificationDecision | None = None

    @property
    def is_valid(self):
        return not self.file_errors and not self.row_errors

    @property
    def problem_count(self):
        return len(self.file_errors) + sum(len(row.messages) for row in self.row_errors)

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self):
        return self.count(CertificateAction.CREATED)

    @property
    def updated(self):
        return self.count(CertificateAction.UPDATED)

    @property
    def unchanged(self):
        return self.count(CertificateAction.UNCHANGED)

    @property
    def new_producers(self):
        return list({id(row.producer): row.producer for row in self.rows if row.new_producer}.values())

    @property
    def new_products(self):
        return [row.product for row in self.rows if row.new_product]

    @property
    def changes_anything(self):
        return bool(self.created or self.updated) or self.decision.action != CertificateAction.UNCHANGED

    def certificates_summary(self):
        return _("Certificates: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.") % {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }

    def drafts_summary(self):
        """The new pages the import makes, "" if none."""
        producers, products = len(self.new_producers), len(self.new_products)
        if not producers and not products:
            return ""
        return _("New drafts: %(producers)s, %(products)s.") % {
            "producers": ngettext("%(count)s producer page", "%(count)s producer pages", producers)
            % {"count": producers},
            "products": ngettext("%(count)s product page", "%(count)s product pages", products) % {"count": products},
        }

    def error_lines(self):
        """Every problem as one line of text, file problems first, then row by row."""
        lines = list(self.file_errors)
        for row in self.row_errors:
            lines.append(row_message(row.number, " ".join(row.messages)))
        return lines


def row_message(number, text):
    return _("Row %(row)s: %(message)s") % {"row": number, "message": text}
