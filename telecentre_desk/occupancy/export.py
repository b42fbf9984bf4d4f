"""The occupancy report as a CSV French Excel opens by double click: UTF-8 with BOM, ``;``, decimal commas."""

from __future__ import annotations

from pathlib import Path

from telecentre_desk.common.spreadsheet import sheet_text, write_text_file
from telecentre_desk.common.spreadsheet_values import fr_number as french_number
from telecentre_desk.members.categories import FRENCH_LABELS as CATEGORY_LABELS
from telecentre_desk.occupancy.stats import Figures, OccupancyReport

__all__ = ["CATEGORY_LABELS", "french_number", "report_csv", "write_csv"]


def _row(label: str, figures: Figures) -> list[object]:
    return [label, figures.visits, figures.unique_members, french_number(figures.person_days, 1),
            french_number(figures.hours, 1), figures.new_members]


def report_csv(report: OccupancyReport) -> str:
    rate = "" if report.occupancy_rate is None else french_number(report.occupancy_rate * 100, 1) + " %"
    rows: list[list[object]] = [
        ["Lieu", f"{report.place_name} ({report.place_code})"],
        ["Période", report.start, report.end],
        ["Jours d'ouverture", report.open_days],
        ["Postes de travail", report.desks],
        ["Postes-jours occupés", report.occupied_desk_days],
        ["Taux d'occupation", rate],
        [],
        ["Catégorie", "Passages", "Personnes", "Jours-personnes", "Heures", "Nouveaux membres"],
    ]
    for code, figures in sorted(report.by_category.items(), key=lambda kv: CATEGORY_LABELS.get(kv[0], kv[0])):
        rows.append(_row(CATEGORY_LABELS.get(code, code), figures))
    rows += [_row("Total", report.totals), [], ["Présence moyenne par heure", *[f"{h} h" for h in range(24)]]]
    names = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    for weekday, row in enumerate(report.peak_hours):
        rows.append([names[weekday], *[french_number(v, 1) for v in row]])
    return sheet_text(rows)


def write_csv(report: OccupancyReport, path: Path) -> None:
    """Written whole to a temporary file then renamed: a failed export never leaves half a file."""
    write_text_file(path, report_csv(report))
