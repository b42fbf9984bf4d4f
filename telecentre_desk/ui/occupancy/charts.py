"""The chart of the period by member category (QtCharts): visits and person-days side by side.

Horizontal bars: the category names ("Remote employee") read whole on the vertical axis.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from telecentre_desk.occupancy.stats import OccupancyReport
from telecentre_desk.ui.members.labels import category_label

COLOURS = (QColor("#2456a4"), QColor("#e0a100"))


class CategoryChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_ = QChart()
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setTitle(self.tr("By member category"))
        self.setChart(self.chart_)
        self.setMinimumHeight(220)
        self.categories: list[str] = []
        self.sets: dict[str, list[float]] = {}

    def set_report(self, report: OccupancyReport) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # The vertical axis counts upwards: reversed, the categories read alphabetically from the top.
        rows = sorted(report.by_category.items(), key=lambda kv: category_label(kv[0]).casefold(), reverse=True)
        self.categories = [category_label(code) for code, _figures in rows]
        self.sets = {self.tr("Visits"): [float(f.visits) for _c, f in rows],
                     self.tr("Person-days"): [float(f.person_days) for _c, f in rows]}
        series = QHorizontalBarSeries()
        for colour, (name, values) in zip(COLOURS, self.sets.items(), strict=True):
            bar_set = QBarSet(name)
            bar_set.setColor(colour)
            bar_set.append(values)
            series.append(bar_set)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(self.categories)
        # At 1024 px the chart would cut every category to "…": the names take their room, the bars shrink.
        names.setTruncateLabels(False)
        values = QValueAxis()
        values.setRange(0, max([1.0, *(v for values in self.sets.values() for v in values)]))
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
