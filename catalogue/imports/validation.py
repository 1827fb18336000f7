"""Check every row of a decision spreadsheet against the register and plan what the import will do.

Nothing is written here. The plan says, row by row, which producer and
product each row means (an existing page, or a new draft to create) and
whether its certificate will be created, updated or left unchanged; or it
lists every problem, by the row number the editor sees in the spreadsheet.
All the reference data (provinces, groups, producers, products, the
decision's certificates) is read in a fixed number of queries, whatever
the number of rows.
"""

import functools

from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from catalogue.models import Certification, CertificationDecision, DecisionKind, ProducerKind, ProducerPage
from catalogue.models.certification import SCORE_PARTS, part_score_errors

from .columns import COLUMNS_BY_KEY, fold, match_headers, same_text
from .plan import (
    CertificateAction,
    ExistingProduct,
    ImportPlan,
    NewProducer,
    NewProduct,
    PlannedDecision,
    PlannedRow,
    RowErrors,
)
from .reader import EXCEL_ERRORS, UnreadableFile, read_spreadsheet
from .register import Register
from .values import (
    DECISION_KINDS,
    PRODUCER_KINDS,
    RowProblem,
    capitalised,
    clean_text,
    new_slug,
    parse_choice,
    parse_date,
    parse_part_score,
    parse_score,
    parse_stars,
)

MAX_LENGTHS = {
    "decision_number": CertificationDecision._meta.get_field("number").max_length,
    "issuer": CertificationDecision._meta.get_field("issuer").max_length,
    "product_name": 255,
    "producer_name": 255,
    "producer_address": ProducerPage._meta.get_field("address").max_length,
    "product_slug": 255,
}


class IncompleteRow(Exception):
    """A row that cannot be resolved because of a problem already reported on it."""


def plan_import(name, data, user=None):
    """Read and check an uploaded file; the plan of what importing it would do."""
    try:
        sheet = read_spreadsheet(name, data)
    except UnreadableFile as error:
        return ImportPlan(file_errors=[error.message])
    return Validator(sheet, user=user).plan()


class Validator:
    def __init__(self, sheet, user=None):
        self.sheet = sheet
        self.user = user
        self.result = ImportPlan()

    def plan(self):
        result = self.result
        headers = match_headers(self.sheet.headers)
        result.ignored_columns = headers.ignored
        for column in headers.missing:
            result.file_errors.append(
                _("The column “%(vietnamese)s” (%(english)s) is missing from the header row (row %(row)s).")
                % {"vietnamese": column.vietnamese, "english": column.key, "row": self.sheet.header_row}
            )
        for column in headers.duplicated:
            result.file_errors.append(
                _("Two columns of the header row are “%(vietnamese)s” (%(english)s): keep only one.")
                % {"vietnamese": column.vietnamese, "english": column.key}
            )
        if not self.sheet.rows and not result.file_errors:
            result.file_errors.append(_("The file has a header row but no product rows below it."))
        if result.file_errors:
            return result
        self.positions = headers.positions
        self.labels = {key: clean_text(self.sheet.headers[index]) for key, index in headers.positions.items()}
        self.register = Register()
        result.producer_index = self.register.producer_index
        if self.register.producer_index is None:
            result.file_errors.append(_("The site has no producer index page to put producers under."))
            return result

        parsed = [self.parse_row(row) for row in self.sheet.rows]
        self.check_one_decision(parsed)
        self.resolve(parsed)
        result.row_errors = [RowErrors(row["number"], row["errors"]) for row in parsed if row["errors"]]
        self.check_permission()
        if not result.is_valid:
            result.rows = []
        return result

    # One row on its own ----------------------------------------------------------

    def parse_row(self, sheet_row):
        row = {"number": sheet_row.number, "errors": []}

        def attempt(parse):
            try:
                return parse()
            except RowProblem as problem:
                row["errors"].append(capitalised(str(problem)))
                return None

        values = {}
        for key in self.positions:
            position = self.positions[key]
            value = sheet_row.value(position)
            label = self.labels[key]
            if position in sheet_row.unsaved_formulas:
                row["errors"].append(
                    _(
                        "The cell “%(column)s” holds a formula whose result is not saved in the file: "
                        "open the file in Excel and save it again."
                    )
                    % {"column": label}
                )
                value = None
            elif isinstance(value, str) and value.strip() in EXCEL_ERRORS:
                row["errors"].append(
                    _("The cell “%(column)s” shows the Excel error %(error)s.") % {"column": label, "error": value}
                )
                value = None
            elif COLUMNS_BY_KEY[key].required and clean_text(value) == "":
                row["errors"].append(_("The cell “%(column)s” is empty.") % {"column": label})
            elif key in MAX_LENGTHS and len(clean_text(value)) > MAX_LENGTHS[key]:
                row["errors"].append(
                    _("The cell “%(column)s” is longer than %(limit)s characters.")
                    % {"column": label, "limit": MAX_LENGTHS[key]}
                )
                value = None
            values[key] = value

        def present(key):
            return clean_text(values.get(key)) != ""

        row["decision_number"] = clean_text(values["decision_number"])
        row["issuer"] = clean_text(values["issuer"])
        row["issued_on"] = attempt(lambda: parse_date(values["decision_date"])) if present("decision_date") else None
        row["kind"] = (
            attempt(
                lambda: parse_choice(
                    values["decision_kind"],
                    DECISION_KINDS,
                    _("the decision kind “%(value)s” is neither “công nhận mới” (new) nor “công nhận lại” (again)."),
                ),
            )
            if present("decision_kind")
            else None
        )
        row["product_name"] = clean_text(values["product_name"])
        row["producer_name"] = clean_text(values["producer_name"])
        row["address"] = clean_text(values.get("producer_address"))
        row["slug"] = clean_text(values.get("product_slug"))
        if row["slug"] and slugify(row["slug"]) != row["slug"]:
            row["errors"].append(
                capitalised(
                    _(
                        "the product slug “%(slug)s” may only hold lower-case letters without tone marks, "
                        "digits and hyphens."
                    )
                    % {"slug": row["slug"]}
                )
            )
            row["slug"] = ""
        row["group"] = (
            attempt(lambda: self.register.group(values["product_group"])) if present("product_group") else None
        )
        row["producer_kind"] = (
            attempt(
                lambda: parse_choice(
                    values["producer_kind"],
                    PRODUCER_KINDS,
                    _(
                        "the producer kind “%(value)s” is not one of: hợp tác xã (cooperative), doanh nghiệp "
                        "(enterprise), hộ kinh doanh (household business), tổ hợp tác (cooperative group)."
                    ),
                ),
            )
            if present("producer_kind")
            else None
        )
        row["province"] = attempt(lambda: self.register.province(values["province"])) if present("province") else None
        row["stars"] = attempt(lambda: parse_stars(values["stars"])) if present("stars") else None
        row["score"] = attempt(lambda: parse_score(values["score"], row["stars"])) if present("score") else None
        self.read_part_scores(row, values, present, attempt)
        return row

    def read_part_scores(self, row, values, present, attempt):
        """Parts A, B and C where the file gives them: all three or none, adding up to the score."""
        errors_before = len(row["errors"])
        parts = {}
        for key, maximum, _label in SCORE_PARTS:
            value, part = values.get(key), key[-1].upper()
            parts[key] = attempt(functools.partial(parse_part_score, value, part, maximum)) if present(key) else None
        if len(row["errors"]) == errors_before and row["score"] is not None:
            given = [key for key, value in parts.items() if value is not None]
            if given and len(given) < len(SCORE_PARTS):
                row["errors"].append(
                    _("Give the three part scores A, B and C together, or none of them: this row gives %(given)s.")
                    % {"given": ", ".join(key[-1].upper() for key in given)}
                )
            elif given:
                message = part_score_errors(row["score"], parts).get("score")
                if message:
                    row["errors"].append(str(message))
        row.update(parts)

    # Rows together ---------------------------------------------------------------

    def check_one_decision(self, rows):
        """Every row names the same decision: the first row that gives each value sets it."""
        fields = {
            "decision_number": ("decision_number", lambda value: same_text(value)),
            "issued_on": ("decision_date", lambda value: value),
            "issuer": ("issuer", lambda value: same_text(value)),
            "kind": ("decision_kind", lambda value: value),
        }
        first = {}
        for row in rows:
            for name, (column, key) in fields.items():
                value = row[name]
                if value in (None, ""):
                    continue
                if name not in first:
                    first[name] = (row["number"], value)
                elif key(first[name][1]) != key(value):
                    shown = first[name][1]
                    if name == "issued_on":
                        shown = date_format(shown, "DATE_FORMAT")
                    elif name == "kind":
                        shown = DecisionKind(shown).label
                    row["errors"].append(
                        _(
                            "The value of “%(column)s” differs from row %(row)s (“%(value)s”): "
                            "all rows must belong to one decision."
                        )
                        % {"column": self.labels[column], "row": first[name][0], "value": shown}
                    )
        if len(first) == len(fields):
            self.result.decision = self.planned_decision(*(first[name][1] for name in fields))

    def planned_decision(self, number, issued_on, issuer, kind):
        existing = CertificationDecision.objects.filter(number=number, issued_on=issued_on, issuer=issuer).first()
        if existing is None:
            for other in CertificationDecision.objects.filter(number=number, issuer=issuer):
                self.result.notes.append(
                    (
                        None,
                        _(
                            "The register already has decision %(number)s of %(issuer)s dated %(date)s; "
                            "this file's date is %(file_date)s, so it will be a separate decision."
                        )
                        % {
                            "number": number,
                            "issuer": issuer,
                            "date": date_format(other.issued_on, "DATE_FORMAT"),
                            "file_date": date_format(issued_on, "DATE_FORMAT"),
                        },
                    )
                )
        return PlannedDecision(number=number, issued_on=issued_on, issuer=issuer, kind=kind, existing=existing)

    def resolve(self, rows):
        """Which producer and product each row means, duplicates, and what happens to its certificate."""
        decision = self.result.decision
        certificates = {}
        if decision is not None and decision.existing is not None:
            certificates = {
                certificate.product.translation_key: certificate
                for certificate in Certification.objects.filter(decision=decision.existing).select_related("product")
            }
        new_producers = {}
        taken_slugs = {}  # producer -> slugs of its children, existing and planned
        seen_products = {}
        mentioned = set()
        for row in rows:
            if not row["producer_name"] or not row["product_name"]:
                continue
            try:
                producer = self.resolve_producer(row, new_producers)
                product = self.resolve_product(row, producer, taken_slugs)
            except RowProblem as problem:
                row["errors"].append(capitalised(str(problem)))
                continue
            except IncompleteRow:
                continue
            identity = ("page", product["pk"]) if isinstance(product, dict) else ("new", id(producer), product.slug)
            names = (id(producer), fold(row["product_name"]))
            earlier = seen_products.get(identity) or seen_products.get(names)
            if earlier is not None:
                row["errors"].append(
                    _("The product “%(product)s” of %(producer)s is already in row %(row)s.")
                    % {"product": row["product_name"], "producer": producer.title, "row": earlier}
                )
                continue
            seen_products[identity] = seen_products[names] = row["number"]
            if row["errors"] or decision is None:
                continue
            previous = None
            if isinstance(product, dict):
                mentioned.add(product["translation_key"])
                previous = certificates.get(product["translation_key"])
                self.note_differences(row, product)
                product = ExistingProduct(**{k: product[k] for k in ("pk", "title", "slug", "translation_key")})
            if previous is not None and row["score_a"] is None:
                # A row without part scores keeps those recorded, while they still add up to the score.
                kept = previous.part_scores_as_given()
                if None not in kept.values() and sum(kept.values()) == row["score"]:
                    row.update(kept)
            if previous is None:
                action = CertificateAction.CREATED
            elif (previous.stars, previous.score, *previous.part_scores_as_given().values()) == (
                row["stars"],
                row["score"],
                row["score_a"],
                row["score_b"],
                row["score_c"],
            ):
                action = CertificateAction.UNCHANGED
            else:
                action = CertificateAction.UPDATED
            self.result.rows.append(
                PlannedRow(
                    number=row["number"],
                    producer=producer,
                    product=product,
                    stars=row["stars"],
                    score=row["score"],
                    score_a=row["score_a"],
                    score_b=row["score_b"],
                    score_c=row["score_c"],
                    action=action,
                    previous=previous,
                )
            )
        if decision is not None:
            decision.kept = len(set(certificates) - mentioned)

    def resolve_producer(self, row, new_producers):
        name = row["producer_name"]
        producer = self.register.producer(name)
        if producer is not None:
            if row["producer_kind"] and producer.kind != row["producer_kind"]:
                self.result.notes.append(
                    (
                        row["number"],
                        _("%(producer)s is a “%(page)s” on its page, not a “%(file)s”; the page is not changed.")
                        % {
                            "producer": producer.title,
                            "page": producer.get_kind_display(),
                            "file": ProducerKind(row["producer_kind"]).label,
                        },
                    )
                )
            if row["province"] and producer.province_id != row["province"].pk:
                self.result.notes.append(
                    (
                        row["number"],
                        _("%(producer)s is in %(page)s on its page, not in %(file)s; the page is not changed.")
                        % {"producer": producer.title, "page": producer.province.name, "file": row["province"].name},
                    )
                )
            return producer
        known = new_producers.get(fold(name))
        if known is None:
            if not row["producer_kind"] or not row["province"]:
                raise IncompleteRow
            known = NewProducer(
                title=name,
                slug=new_slug(name, self.producer_slugs()),
                kind=row["producer_kind"],
                province=row["province"],
                address=row["address"],
                first_row=row["number"],
            )
            new_producers[fold(name)] = known
            return known
        for value, planned, message in (
            (
                row["producer_kind"],
                known.kind,
                _("the producer kind differs from row %(row)s, where %(producer)s first appears."),
            ),
            (
                row["province"],
                known.province,
                _("the province differs from row %(row)s, where %(producer)s first appears."),
            ),
            (
                row["address"],
                known.address,
                _("the producer address differs from row %(row)s, where %(producer)s first appears."),
            ),
        ):
            if value and planned and value != planned:
                raise RowProblem(message % {"row": known.first_row, "producer": known.title})
        return known

    def producer_slugs(self):
        if not hasattr(self, "_producer_slugs"):
            self._producer_slugs = {page.slug for page in self.register.producers}
        return self._producer_slugs

    def resolve_product(self, row, producer, taken_slugs):
        name, slug = row["product_name"], row["slug"]
        if isinstance(producer, ProducerPage):
            existing = self.register.product(producer, name, slug)
            if existing is not None:
                return existing
            if slug and (same_name := self.register.product(producer, name, "")) is not None:
                raise RowProblem(
                    _(
                        "%(producer)s has no product with the slug “%(slug)s”; "
                        "its “%(product)s” has the slug “%(its_slug)s”."
                    )
                    % {
                        "producer": producer.title,
                        "slug": slug,
                        "product": same_name["title"],
                        "its_slug": same_name["slug"],
                    }
                )
        if slug:
            self.register.check_slug_is_free(slug, producer)
        if row["group"] is None:
            raise IncompleteRow
        if id(producer) not in taken_slugs:
            children = (
                self.register.products_by_producer.get(producer.pk, []) if isinstance(producer, ProducerPage) else []
            )
            taken_slugs[id(producer)] = {product["slug"] for product in children}
        slugs = taken_slugs[id(producer)]
        if slug and slug in slugs:
            raise RowProblem(
                _("the product slug “%(slug)s” is given twice for %(producer)s.")
                % {"slug": slug, "producer": producer.title}
            )
        group = row["group"]
        return NewProduct(
            title=name,
            slug=new_slug(slug, slugs) if slug else new_slug(name, slugs),
            group=group.parent if group.parent_id else group,
            subgroup=group if group.parent_id else None,
            producer=producer,
        )

    def note_differences(self, row, product):
        group = row["group"]
        if group is None:
            return
        page_group = product["subgroup_id"] if group.parent_id else product["group_id"]
        if page_group != group.pk:
            self.result.notes.append(
                (
                    row["number"],
                    _("“%(product)s” is in another product group on its page; the page is not changed.")
                    % {"product": product["title"]},
                )
            )

    def check_permission(self):
        if self.user is None or not self.result.is_valid:
            return
        creates_pages = any(row.new_producer or row.new_product for row in self.result.rows)
        index = self.register.producer_index
        if creates_pages and not index.permissions_for_user(self.user).can_add_subpage():
            self.result.file_errors.append(_("You may not create producer and product pages, which this file needs."))
