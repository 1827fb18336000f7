"""The geometry of the statistics page's charts; the SVG markup is in templates/reports/charts/.

Charts are drawn in a coordinate space about as wide as a phone (320 units),
so that at 390 px their text is at its designed size; on wider screens the
stylesheet caps their width. Numbers are formatted for the active language.
Colours come from the stylesheet (classes), never from here.
"""

import math
from dataclasses import dataclass

from django.utils.formats import number_format

WIDTH = 320
LABEL_CHARS = 40


def format_count(value):
    """12345 → "12.345" in Vietnamese, "12,345" in English."""
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


def format_percent(value, decimal_pos=0):
    """40.5 → "40,5%" in Vietnamese, "40.5%" in English."""
    if value is None:
        return ""
    if decimal_pos and float(value).is_integer():
        decimal_pos = 0
    return number_format(value, decimal_pos=decimal_pos, use_l10n=True) + "%"


def shorten(label, limit=LABEL_CHARS):
    """A label that fits the chart; the full text is in the bar's <title> and in the table."""
    label = str(label)
    return label if len(label) <= limit else label[: limit - 1].rstrip(" ,") + "…"


def nice_ticks(maximum, count=4):
    """Round axis values from 0 covering `maximum`: 7 → [0, 2, 4, 6, 8]."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    top = step * math.ceil(maximum / step)
    return list(range(0, top + 1, step))


@dataclass
class Bar:
    label: str
    full_label: str
    value_text: str
    label_y: float
    bar_y: float
    bar_width: float
    value_x: float
    value_y: float
    key: str


def horizontal_bars(rows, bar_height=16, row_height=46):
    """One labelled bar per row, the label above its bar so long names fit a phone.

    `rows` have .key, .label and .value. Returns {"bars", "width", "height", "bar_height"}.
    """
    rows = list(rows)
    maximum = max((row.value for row in rows), default=0)
    room = WIDTH - 52  # what the longest bar may take, leaving space for its value
    bars = []
    for index, row in enumerate(rows):
        top = index * row_height
        width = room * row.value / maximum if maximum else 0
        if row.value and width < 2:
            width = 2
        bars.append(
            Bar(
                label=shorten(row.label),
                full_label=str(row.label),
                value_text=format_count(row.value),
                label_y=top + 15,
                bar_y=top + 22,
                bar_width=round(width, 1),
                value_x=round(width + 6, 1),
                value_y=top + 22 + bar_height - 3,
                key=row.key,
            )
        )
    return {"bars": bars, "width": WIDTH, "height": max(row_height * len(rows), row_height), "bar_height": bar_height}


@dataclass
class Segment:
    series: str
    value: int
    value_text: str
    y: float
    height: float


@dataclass
class Column:
    label: str
    show_label: bool
    x: float
    width: float
    centre: float
    segments: list
    total_text: str
    total_y: float


def stacked_columns(columns, series, height=230):
    """Columns of stacked segments, e.g. certificates per year split into new and again.

    `columns` is [(label, {series: value})], `series` the stacking order from
    the bottom. Returns the columns, the axis ticks and the plot's box.
    """
    left, right, top, bottom = 34, 6, 20, 26
    plot_width, plot_height = WIDTH - left - right, height - top - bottom
    totals = [sum(values.get(name, 0) for name in series) for _label, values in columns]
    ticks = nice_ticks(max(totals, default=0))
    scale = plot_height / ticks[-1]
    slot = plot_width / max(len(columns), 1)
    width = min(34, slot * 0.66)
    every = math.ceil(len(columns) / 9)  # at most nine year labels: they must not touch on a phone
    baseline = top + plot_height
    shaped = []
    for index, ((label, values), total) in enumerate(zip(columns, totals, strict=True)):
        x = left + index * slot + (slot - width) / 2
        cursor = baseline
        segments = []
        for name in series:
            value = values.get(name, 0)
            segment_height = value * scale
            cursor -= segment_height
            if value:
                segments.append(Segment(name, value, format_count(value), round(cursor, 1), round(segment_height, 1)))
        shaped.append(
            Column(
                label=str(label),
                show_label=(len(columns) - 1 - index) % every == 0,
                x=round(x, 1),
                width=round(width, 1),
                centre=round(x + width / 2, 1),
                segments=segments,
                total_text=format_count(total),
                total_y=round(cursor - 5, 1),
            )
        )
    axis = [{"value": format_count(tick), "y": round(baseline - tick * scale, 1)} for tick in ticks]
    return {
        "columns": shaped,
        "ticks": axis,
        "width": WIDTH,
        "height": height,
        "left": left,
        "right": WIDTH - right,
        "baseline": baseline,
        "label_y": baseline + 18,
    }


def donut(part, whole):
    """A ring showing part/whole; the circle's circumference is 100 so dash lengths are percentages."""
    share = 100 * part / whole if whole else 0
    return {"share": round(share, 2), "rest": round(100 - share, 2), "radius": 15.9155}
