"""The occupancy report as a CSV French Excel opens by double click: UTF-8 with BOM, ``;``, decimal commas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.occupancy.stats import Figures, OccupancyReport

# Category codes as a French funder reads them (the window translates its own labels).
CATEGORY_LABELS = {
    "freelancer": "Indépendant", "employee": "Salarié en télétravail", "jobseeker": "Demandeur d'emploi",
    "student": "Étudiant", "association": "Association", "company": "Entreprise", "other": "Autre",
}


def french_number(value: float | int | None, decimals: int = 2) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return f"{value:.{decimals}f}".replace(".", ",")


def _row(label: str, figures: Figures) -> list[str]:
    return [label, str(figures.visits), str(figures.unique_members), french_number(figures.person_days, 1),
            french_number(figures.hours, 1), str(figures.new_members)]


def report_csv(report: OccupancyReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Lieu", f"{report.place_name} ({report.place_code})"])
    writer.writerow(["Période", report.start.strftime("%d/%m/%Y"), report.end.strftime("%d/%m/%Y")])
    writer.writerow(["Jours d'ouverture", report.open_days])
    writer.writerow(["Postes de travail", report.desks])
    writer.writerow(["Postes-jours occupés", report.occupied_desk_days])
    rate = "" if report.occupancy_rate is None else french_number(report.occupancy_rate * 100, 1) + " %"
    writer.writerow(["Taux d'occupation", rate])
    writer.writerow([])
    writer.writerow(["Catégorie", "Passages", "Personnes", "Jours-personnes", "Heures", "Nouveaux membres"])
    for code, figures in sorted(report.by_category.items(), key=lambda kv: CATEGORY_LABELS.get(kv[0], kv[0])):
        writer.writerow(_row(CATEGORY_LABELS.get(code, code), figures))
    writer.writerow(_row("Total", report.totals))
    writer.writerow([])
    writer.writerow(["Présence moyenne par heure", *[f"{h} h" for h in range(24)]])
    names = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    for weekday, row in enumerate(report.peak_hours):
        writer.writerow([names[weekday], *[french_number(v, 1) for v in row]])
    return out.getvalue()


def write_csv(report: OccupancyReport, path: Path) -> None:
    """Written whole to a temporary file then renamed: a failed export never leaves half a file."""
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_text(report_csv(report), encoding="utf-8-sig", newline="")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DeskError(_("cannot write {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
