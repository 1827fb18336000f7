"""Programme statistics: the page that draws the register, and what editors record beside it.

The figures themselves are never stored: reports.figures computes them from
the register on every request. What editors record are the things the
register cannot know: a province's targets (ProvinceTarget) and the totals a
province published before all its products were catalogued (ReportedFigure).
A reported figure is shown beside the catalogued one and never added to it.

The page sits above the figures it draws (statistics_page imports
reports.figures), and the figures above the records they compare with
(records): one module per concept, re-exported here.
"""

from .records import REPORTED_METRICS, TARGET_METRICS, DatePrecision, Metric, ProvinceTarget, ReportedFigure
from .statistics_page import StatisticsPage

__all__ = [
    "REPORTED_METRICS",
    "TARGET_METRICS",
    "DatePrecision",
    "Metric",
    "ProvinceTarget",
    "ReportedFigure",
    "StatisticsPage",
]
