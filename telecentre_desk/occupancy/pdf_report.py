"""The occupancy report as a PDF a manager hands to a funder: identity, figures, charts, method."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.numbers import fr_display
from telecentre_desk.occupancy.export import CATEGORY_LABELS
from telecentre_desk.occupancy.stats import OccupancyReport

ACCENT = colors.Color(0.11, 0.37, 0.33)
DAYS = ("Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim")
METHOD = [
    ("Passages", "nombre d'arrivées (badge, accueil ou import) sur les jours de la période, comptées au jour "
                 "local du lieu."),
    ("Personnes", "personnes différentes venues au moins une fois."),
    ("Jours-personnes", "chaque journée de présence d'une personne compte 1, ou ½ si elle a duré au plus "
                        "{half} ; une présence après minuit compte sur les deux jours."),
    ("Heures", "durée de présence entre l'arrivée et le départ ; les jours de changement d'heure comptent "
               "leurs heures réelles."),
    ("Taux d'occupation", "postes-jours occupés ÷ (postes × jours d'ouverture) ; un poste-jour est occupé si "
                          "quelqu'un y a travaillé ce jour-là (une personne sans poste attribué compte pour un "
                          "poste). Seuls les jours d'ouverture comptent."),
    ("Heures de pointe", "pour chaque jour de la semaine et chaque heure, nombre moyen de personnes présentes."),
]


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {"title": ParagraphStyle("t", parent=base["Title"], textColor=ACCENT, fontSize=18, spaceAfter=4),
            "h2": ParagraphStyle("h", parent=base["Heading2"], textColor=ACCENT, fontSize=12, spaceBefore=8),
            "body": ParagraphStyle("b", parent=base["BodyText"], fontSize=9, leading=12),
            "small": ParagraphStyle("s", parent=base["BodyText"], fontSize=8, leading=10, textColor=colors.grey)}


def _figures_table(report: OccupancyReport) -> Table:
    rate = "—" if report.occupancy_rate is None else f"{fr_display(report.occupancy_rate * 100, 1)} %"
    rows = [["Passages", fr_display(report.totals.visits), "Jours d'ouverture", fr_display(report.open_days)],
            ["Personnes", fr_display(report.totals.unique_members), "Postes de travail", fr_display(report.desks)],
            ["Jours-personnes", fr_display(report.totals.person_days, 1), "Postes-jours occupés",
             fr_display(report.occupied_desk_days)],
            ["Heures de présence", fr_display(report.totals.hours, 1), "Taux d'occupation", rate],
            ["Nouveaux membres", fr_display(report.totals.new_members), "", ""]]
    table = Table(rows, colWidths=[45 * mm, 30 * mm, 45 * mm, 30 * mm])
    table.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("ALIGN", (3, 0), (3, -1), "RIGHT"), ("FONTNAME", (1, 0), (1, -1), "Helvetica-Bold"),
                               ("FONTNAME", (3, 0), (3, -1), "Helvetica-Bold"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    return table


def _category_table(report: OccupancyReport) -> Table:
    rows = [["Catégorie", "Passages", "Personnes", "Jours-pers.", "Heures", "Nouveaux"]]
    for code, f in sorted(report.by_category.items(), key=lambda kv: -kv[1].person_days):
        rows.append([CATEGORY_LABELS.get(code, code), fr_display(f.visits), fr_display(f.unique_members),
                     fr_display(f.person_days, 1), fr_display(f.hours, 1), fr_display(f.new_members)])
    t = report.totals
    rows.append(["Total", fr_display(t.visits), fr_display(t.unique_members), fr_display(t.person_days, 1),
                 fr_display(t.hours, 1), fr_display(t.new_members)])
    table = Table(rows, colWidths=[50 * mm] + [24 * mm] * 5, repeatRows=1)
    table.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                               ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.Color(0.95, 0.97, 0.96)])]))
    return table


def _category_chart(report: OccupancyReport) -> Drawing:
    items = sorted(report.by_category.items(), key=lambda kv: kv[1].person_days)
    drawing = Drawing(170 * mm, max(30, 9 * len(items)) * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y = 45 * mm, 5 * mm
    chart.width, chart.height = 115 * mm, drawing.height - 10 * mm
    chart.data = [[f.person_days for _, f in items] or [0]]
    chart.categoryAxis.categoryNames = [CATEGORY_LABELS.get(c, c) for c, _ in items] or [""]
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    drawing.add(chart)
    return drawing


def _heat_map(report: OccupancyReport) -> Drawing:
    cell_w, cell_h, left, top = 6.2 * mm, 6 * mm, 12 * mm, 7 * mm
    drawing = Drawing(170 * mm, top + 7 * cell_h + 2 * mm)
    peak = max((v for row in report.peak_hours for v in row), default=0) or 1
    for wd, row in enumerate(report.peak_hours):
        y = drawing.height - top - (wd + 1) * cell_h
        drawing.add(String(0, y + 2 * mm, DAYS[wd], fontSize=7))
        for hour, value in enumerate(row):
            shade = value / peak
            fill = colors.Color(1 - 0.89 * shade, 1 - 0.63 * shade, 1 - 0.67 * shade)
            drawing.add(Rect(left + hour * cell_w, y, cell_w - 0.4, cell_h - 0.4, fillColor=fill, strokeColor=None))
    for hour in range(0, 24, 2):
        drawing.add(String(left + hour * cell_w + 1, drawing.height - top + 2, f"{hour} h", fontSize=6))
    return drawing


def write_pdf(report: OccupancyReport, path: Path, *, identity: list[str]) -> None:
    """Write the report; ``identity`` is the place's legal lines (name, address, SIRET)."""
    st = _styles()
    half = report.half_day_minutes
    half_text = f"{half // 60} h" + (f" {half % 60:02d}" if half % 60 else "")
    story = [Paragraph("Rapport de fréquentation", st["title"]),
             Paragraph(f"{report.place_name} — du {report.start:%d/%m/%Y} au {report.end:%d/%m/%Y}", st["body"]),
             Paragraph(" · ".join(identity), st["small"]), Spacer(1, 4 * mm)]
    if report.empty:
        story.append(Paragraph("Aucune présence n'a été enregistrée sur cette période : il n'y a pas "
                               "d'indicateur à calculer.", st["body"]))
    story += [Paragraph("Indicateurs", st["h2"]), _figures_table(report),
              Paragraph("Jours-personnes par catégorie", st["h2"]), _category_chart(report),
              Paragraph("Par catégorie de membres", st["h2"]), _category_table(report),
              Paragraph("Heures de pointe (présence moyenne)", st["h2"]), _heat_map(report),
              Paragraph("Méthode", st["h2"])]
    for name, text in METHOD:
        story.append(Paragraph(f"<b>{name}</b> : {text.format(half=half_text)}", st["body"]))
    temporary = path.with_name(path.name + ".part")
    try:
        SimpleDocTemplate(str(temporary), pagesize=A4, title="Rapport de fréquentation", author="Télécentre Desk",
                          leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm).build(story)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DeskError(_("cannot write {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
