"""Reading the value of each cell: dates, stars, scores, kinds, as editors write them."""

import datetime
import re
import unicodedata

from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from catalogue.models import SCORE_BANDS, DecisionKind, ProducerKind

from .columns import fold

# The OCOP programme began with Decision 490/QĐ-TTg of 7 May 2018.
FIRST_DECISION_YEAR = 2018
DECISION_KINDS = {
    DecisionKind.NEW: {"new", "moi", "cong nhan moi", "newly recognised", "newly recognized", "cap moi"},
    DecisionKind.AGAIN: {"again", "lai", "cong nhan lai", "recognised again", "recognized again", "danh gia lai"},
}
PRODUCER_KINDS = {
    ProducerKind.COOPERATIVE: {"cooperative", "hop tac xa", "htx"},
    ProducerKind.ENTERPRISE: {"enterprise", "doanh nghiep", "cong ty", "cty", "company", "dn"},
    ProducerKind.HOUSEHOLD: {
        "household",
        "household business",
        "ho kinh doanh",
        "hkd",
        "ho san xuat",
        "ho gia dinh",
    },
    ProducerKind.COOPERATIVE_GROUP: {"cooperative group", "to hop tac", "tht"},
}
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
DAY_FIRST_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
WHOLE_NUMBER = re.compile(r"^\d+$")
STARS_TEXT = re.compile(r"^(\d+)(?: sao| stars?)?$")


class RowProblem(Exception):
    """One reason a row cannot be imported, as a clause ("the score 95 is ...")."""


def clean_text(value):
    """A cell as text, as written: NFC, single spaces, numbers without a trailing .0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date() if value.time() == datetime.time() else value
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def parse_date(value):
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        day = value
    elif isinstance(value, int | float):
        raise RowProblem(_("the decision date is a number, not a date: write it as dd/mm/yyyy."))
    else:
        text = clean_text(value)
        match = DAY_FIRST_DATE.match(text)
        if match:
            day_number, month, year = (int(part) for part in match.groups())
        elif match := ISO_DATE.match(text):
            year, month, day_number = (int(part) for part in match.groups())
        else:
            raise RowProblem(
                _("the decision date “%(value)s” is not a date: write dd/mm/yyyy (15/05/2026) or yyyy-mm-dd.")
                % {"value": text}
            )
        try:
            day = datetime.date(year, month, day_number)
        except ValueError:
            raise RowProblem(_("the decision date “%(value)s” does not exist.") % {"value": text}) from None
    if day.year < FIRST_DECISION_YEAR:
        raise RowProblem(
            _("the decision date %(date)s is before %(year)s, when the OCOP programme began.")
            % {"date": date_format(day, "DATE_FORMAT"), "year": FIRST_DECISION_YEAR}
        )
    return day


def parse_choice(value, choices, message):
    folded = fold(clean_text(value))
    for choice, names in choices.items():
        if folded in names or folded == fold(choice) or folded == fold(choice.label):
            return choice.value
    raise RowProblem(message % {"value": clean_text(value)})


def whole_number(value):
    """An integer from a number or a text of digits; None if the value is not a whole number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = clean_text(value).replace(",", ".")
    if text.endswith(".0"):
        text = text[:-2]
    return int(text) if WHOLE_NUMBER.match(text) else None


def parse_stars(value):
    stars = whole_number(value)
    if stars is None and isinstance(value, str):
        match = STARS_TEXT.match(fold(value))
        stars = int(match.group(1)) if match else None
    if stars is None:
        raise RowProblem(_("the stars “%(value)s” are not a number: write 3, 4 or 5.") % {"value": clean_text(value)})
    if stars not in SCORE_BANDS:
        raise RowProblem(
            _("%(stars)s stars cannot be certified: only 3, 4 and 5-star products are OCOP products.")
            % {"stars": stars}
        )
    return stars


def parse_part_score(value, part, maximum):
    """A part score (A, B or C of Decision 148/QĐ-TTg): a whole number from 0 to its maximum."""
    score = whole_number(value)
    if score is None:
        raise RowProblem(
            _("the part score %(part)s “%(value)s” is not a whole number of points.")
            % {"part": part, "value": clean_text(value)}
        )
    if not 0 <= score <= maximum:
        raise RowProblem(
            _("the part score %(part)s is %(score)s, but part %(part)s counts at most %(maximum)s points.")
            % {"part": part, "score": score, "maximum": maximum}
        )
    return score


def parse_score(value, stars):
    score = whole_number(value)
    if score is None:
        raise RowProblem(
            _("the score “%(value)s” is not a whole number of points out of 100.") % {"value": clean_text(value)}
        )
    if not 0 <= score <= 100:
        raise RowProblem(_("the score %(score)s is not between 0 and 100.") % {"score": score})
    if stars is not None:
        low, high = SCORE_BANDS[stars]
        if not low <= score <= high:
            raise RowProblem(
                _(
                    "the score %(score)s does not fit %(stars)s stars: "
                    "a %(stars)s-star product scores %(low)s to %(high)s."
                )
                % {"score": score, "stars": stars, "low": low, "high": high}
            )
    return score


def new_slug(title, taken):
    """A slug from a Vietnamese title ("Rượu đế Gò Đen" -> "ruou-de-go-den"), unique among `taken`."""
    base = slugify(fold(title))[:240].strip("-") or "san-pham"
    slug, counter = base, 2
    while slug in taken:
        slug = f"{base}-{counter}"
        counter += 1
    taken.add(slug)
    return slug


def capitalised(text):
    return text[:1].upper() + text[1:]
