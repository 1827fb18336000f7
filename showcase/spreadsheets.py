"""Cells the site writes into a spreadsheet (CSV or XLSX) are read as text, never as a formula.

A title or name typed by a producer, an editor or a visitor ("=HYPERLINK(…)",
"+1-2", "@SUM(…)") would otherwise run as a formula in the spreadsheet of
whoever opens the download (CSV injection, OWASP). Every export goes through
`spreadsheet_safe`: the open-data register (opendata/views.py) and every
export of the Wagtail admin (its reports, listings and snippets), through
`ShowcaseConfig.ready`.

Following OWASP's guidance, a text cell is prefixed with an apostrophe when it
begins with one of the characters spreadsheets start a formula with (= + - @),
with a tab or carriage return (which some of them skip before looking), or with
a full-width form of one of them (Excel and LibreOffice in East Asian locales
take "＝" for "="). Spaces and other white space in front do not hide it: the
first character that is not white space decides. The value stays readable: the
apostrophe is all that is added. Numbers and dates are not text and stay as
they are, so a negative score is still a number.
https://owasp.org/www-community/attacks/CSV_Injection
"""

FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\u2212")
ESCAPE = "'"


def spreadsheet_safe(value):
    """`value`, or `value` behind an apostrophe when a spreadsheet would read it as a formula."""
    if not isinstance(value, str) or not value:
        return value
    if value[0] in FORMULA_TRIGGERS or value.lstrip()[:1] in FORMULA_TRIGGERS:
        return ESCAPE + value
    return value
