"""Whether a place is open at a given moment, from its weekly opening hours.

Hours are stored per weekday as (opens, closes). closes earlier than opens
means the place closes after midnight, on the next day; opens equal to closes
means open round the clock. A weekday without a row is a closed day.
"""

import datetime
from dataclasses import dataclass

from django.utils import formats, timezone
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Interval:
    weekday: int  # 0 = Monday, as datetime.date.weekday()
    opens: datetime.time
    closes: datetime.time

    @property
    def overnight(self):
        return self.closes <= self.opens and self.closes != self.opens

    @property
    def all_day(self):
        return self.opens == self.closes

    @property
    def label(self):
        """The interval as a visitor reads it: "06:00–22:00", or "Open 24 hours"."""
        if self.all_day:
            return _("Open 24 hours")
        return f"{formats.time_format(self.opens, 'H:i')}–{formats.time_format(self.closes, 'H:i')}"

    def covers(self, weekday, time):
        """Whether this interval includes `time` on `weekday`."""
        if self.all_day:
            return weekday == self.weekday
        if not self.overnight:
            return weekday == self.weekday and self.opens <= time < self.closes
        if weekday == self.weekday:
            return time >= self.opens
        return weekday == (self.weekday + 1) % 7 and time < self.closes


def is_open_at(intervals, moment):
    """Whether any interval covers `moment` (an aware datetime) in the site's time zone."""
    local = timezone.localtime(moment)
    weekday, time = local.weekday(), local.time()
    return any(interval.covers(weekday, time) for interval in intervals)


def is_open_now(intervals):
    return is_open_at(intervals, timezone.now())
