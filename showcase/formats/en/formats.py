"""How English writes dates and numbers on this site: 25 December 2024, 1,470 and 3.5.

The month is spelled out so that no reader, American or British, can misread
the date. Django reads this module through FORMAT_MODULE_PATH.
"""

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
# The admin's date fields (showcase/admin_widgets.py): ISO, which no reader misreads
# either; a Vietnamese-style 28/08/2025 is read as day/month too.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
