"""Whether a display point is open at a moment, in the site's time zone (Asia/Ho_Chi_Minh).

19 September 2025 is a Friday.
"""

import datetime
import zoneinfo

import pytest
from django.utils import translation

from catalogue.models import DisplayPointPage, Weekday
from catalogue.opening_hours import Interval, is_open_at
from tests import factories

SAIGON = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
FRIDAY_EVENING_TO_2AM = Interval(Weekday.FRIDAY, datetime.time(18, 0), datetime.time(2, 0))


def local(day, hour, minute=0):
    """An aware moment on a day of the week of 15-21 September 2025, wall-clock time in Vietnam."""
    return datetime.datetime(2025, 9, 15 + day, hour, minute, tzinfo=SAIGON)


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (local(Weekday.FRIDAY, 17, 59), False),
        (local(Weekday.FRIDAY, 18, 0), True),
        (local(Weekday.FRIDAY, 23, 30), True),
        (local(Weekday.SATURDAY, 1, 30), True),
        (local(Weekday.SATURDAY, 2, 0), False),
        (local(Weekday.SATURDAY, 18, 30), False),
        (local(Weekday.THURSDAY, 23, 30), False),
    ],
    ids=["fri-17:59", "fri-18:00", "fri-23:30", "sat-01:30", "sat-02:00", "sat-18:30", "thu-23:30"],
)
def test_interval_past_midnight_stays_open_into_the_next_morning(moment, is_open):
    assert is_open_at([FRIDAY_EVENING_TO_2AM], moment) is is_open


def test_sunday_night_interval_runs_into_monday_morning():
    sunday_late = Interval(Weekday.SUNDAY, datetime.time(22, 0), datetime.time(3, 0))
    assert is_open_at([sunday_late], local(Weekday.MONDAY, 2, 59))
    assert not is_open_at([sunday_late], local(Weekday.MONDAY, 3, 0))


def test_moment_is_read_in_vietnam_time_whatever_its_time_zone():
    friday_2330_in_utc = local(Weekday.FRIDAY, 23, 30).astimezone(datetime.UTC)
    assert friday_2330_in_utc.weekday() == Weekday.FRIDAY
    assert friday_2330_in_utc.hour == 16
    assert is_open_at([FRIDAY_EVENING_TO_2AM], friday_2330_in_utc)
    assert not is_open_at([FRIDAY_EVENING_TO_2AM], local(Weekday.FRIDAY, 17, 59).astimezone(datetime.UTC))


def test_day_without_hours_is_closed_all_day():
    weekdays_only = [Interval(day, datetime.time(7, 0), datetime.time(21, 0)) for day in range(Weekday.SATURDAY)]
    assert is_open_at(weekdays_only, local(Weekday.FRIDAY, 12, 0))
    assert not any(is_open_at(weekdays_only, local(Weekday.SUNDAY, hour)) for hour in range(24))


def test_day_closes_at_its_closing_time():
    day = Interval(Weekday.MONDAY, datetime.time(7, 0), datetime.time(21, 0))
    assert not is_open_at([day], local(Weekday.MONDAY, 6, 59))
    assert is_open_at([day], local(Weekday.MONDAY, 7, 0))
    assert is_open_at([day], local(Weekday.MONDAY, 20, 59))
    assert not is_open_at([day], local(Weekday.MONDAY, 21, 0))


def test_same_opening_and_closing_time_means_open_all_that_day():
    round_the_clock = Interval(Weekday.WEDNESDAY, datetime.time(0, 0), datetime.time(0, 0))
    assert is_open_at([round_the_clock], local(Weekday.WEDNESDAY, 0, 0))
    assert is_open_at([round_the_clock], local(Weekday.WEDNESDAY, 23, 59))
    assert not is_open_at([round_the_clock], local(Weekday.THURSDAY, 0, 0))
    assert not is_open_at([round_the_clock], local(Weekday.TUESDAY, 23, 59))


def test_split_day_is_closed_over_lunch():
    morning = Interval(Weekday.TUESDAY, datetime.time(7, 30), datetime.time(11, 30))
    afternoon = Interval(Weekday.TUESDAY, datetime.time(13, 30), datetime.time(17, 0))
    assert is_open_at([morning, afternoon], local(Weekday.TUESDAY, 11, 0))
    assert not is_open_at([morning, afternoon], local(Weekday.TUESDAY, 12, 0))
    assert is_open_at([morning, afternoon], local(Weekday.TUESDAY, 14, 0))


def test_interval_labels_read_as_times_or_open_24_hours():
    with translation.override("en"):
        assert FRIDAY_EVENING_TO_2AM.label == "18:00–02:00"
        assert Interval(Weekday.MONDAY, datetime.time(6, 0), datetime.time(6, 0)).label == "Open 24 hours"


@pytest.fixture
def night_market(display_point_index):
    point = factories.DisplayPointPageFactory(parent=display_point_index, title="Chợ đêm Tân An")
    factories.OpeningHoursFactory(page=point, weekday=Weekday.FRIDAY, opens=datetime.time(18), closes=datetime.time(2))
    factories.OpeningHoursFactory(page=point, weekday=Weekday.MONDAY, opens=datetime.time(7), closes=datetime.time(21))
    return point


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("day", "hour", "minute", "is_open"),
    [
        (Weekday.FRIDAY, 23, 30, True),
        (Weekday.SATURDAY, 1, 30, True),
        (Weekday.SATURDAY, 2, 0, False),
        (Weekday.FRIDAY, 17, 59, False),
        (Weekday.SUNDAY, 12, 0, False),
        (Weekday.MONDAY, 8, 0, True),
    ],
)
def test_display_point_is_open_now_follows_the_clock(night_market, frozen_now, day, hour, minute, is_open):
    frozen_now(2025, 9, 15 + day, hour, minute)
    assert DisplayPointPage.objects.get(pk=night_market.pk).is_open_now is is_open


@pytest.mark.django_db
def test_weekly_hours_list_every_day_from_monday_with_closed_days_empty(night_market):
    with translation.override("en"):
        hours = [
            (str(label), spans) for label, spans in DisplayPointPage.objects.get(pk=night_market.pk).weekly_hours()
        ]
    assert [label for label, _spans in hours] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    assert dict(hours) == {
        "Monday": ["07:00–21:00"],
        "Tuesday": [],
        "Wednesday": [],
        "Thursday": [],
        "Friday": ["18:00–02:00"],
        "Saturday": [],
        "Sunday": [],
    }
