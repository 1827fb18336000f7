"""How Vietnamese writes dates and numbers on this site: 25/12/2024, 1.470 and 3,5.

Registers, decisions and certificates are dated dd/mm/yyyy, so the site uses it
everywhere. Django reads this module through FORMAT_MODULE_PATH.
"""

DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "d/m"
YEAR_MONTH_FORMAT = "m/Y"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
# What the admin's date fields show and accept (showcase/admin_widgets.py): the
# first is the picker's; ISO dates (from imports and old bookmarks) are still read.
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
