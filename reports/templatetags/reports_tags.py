"""Formatting and chart geometry for the statistics page."""

import datetime

from django import template
from django.utils.formats import date_format

from reports import charts
from reports.models import DatePrecision
from showcase.templatetags.showcase_tags import local_date

register = template.Library()


@register.filter
def count(value):
    """A whole number grouped as the visitor's language writes it: "1.470" or "1,470"."""
    if value in (None, ""):
        return ""
    try:
        return charts.format_count(int(value))
    except (TypeError, ValueError):
        return ""


@register.filter
def percent(value, decimal_pos=0):
    """A percentage as the visitor's language writes it: "40,5%" or "40.5%"."""
    if value in (None, ""):
        return ""
    return charts.format_percent(value, int(decimal_pos))


@register.filter
def as_of(day, precision=DatePrecision.DAY):
    """A date only as precise as its source: "28/04/2023", "Tháng tư 2023" / "April 2023", or "2023"."""
    if not isinstance(day, datetime.date):
        return ""
    if precision == DatePrecision.YEAR:
        return str(day.year)
    if precision == DatePrecision.MONTH:
        return month_year(day)
    return local_date(day)


@register.filter
def month_year(day):
    """The month of a date in the visitor's language: "Tháng tư 2023", "April 2023"."""
    if not isinstance(day, datetime.date):
        return ""
    return date_format(day, "YEAR_MONTH_FORMAT")


@register.simple_tag
def bar_chart(rows):
    return charts.horizontal_bars(rows)


@register.simple_tag
def year_chart(years):
    """Certificates per year, newly recognised at the bottom, recognised again on top."""
    columns = [(row.year, {"new": row.new, "again": row.again}) for row in years]
    return charts.stacked_columns(columns, ["new", "again"])


@register.simple_tag
def donut_chart(part, whole):
    return charts.donut(part, whole)
