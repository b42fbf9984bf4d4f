"""The network report as a PDF for the Département or the State programme: a table per place and per
commune, the network total and the method note.

The look is the occupancy report's (its accent colour and paragraph styles); the fonts are the
invoices' embedded Bitstream Vera (``billing/pdf.py``), so no Helvetica is pulled in and the file
reads the same on any machine. French whatever the UI language, like the occupancy report.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from telecentre_desk.billing.pdf import BOLD, FONT, register_fonts
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.numbers import fr_display
from telecentre_desk.network.report import NetworkFigures, NetworkReport, half_day_text, places_named, rate_text
from telecentre_desk.occupancy.pdf_report import ACCENT, _styles

NUMBER_HEADERS = ["Passages", "Pers.", "Jours-\npers.", "Heures", "Jours\nouv.", "Postes", "Taux"]
METHOD = [
    ("Sources", "les présences du lieu qui établit ce rapport ({local}) et, pour chaque autre lieu, les présences "
                "journalières de son dernier export synchronisé."),
    ("Passages", "nombre d'arrivées sur les jours de la période, comptées au jour local de chaque lieu."),
    ("Personnes", "personnes différentes, reconnues par leur identifiant réseau : une personne venue dans deux "
                  "lieux compte une fois pour sa commune et pour le réseau."),
    ("Jours-personnes", "chaque journée d'une personne dans un lieu compte 1, ou ½ si elle a duré au plus {half} "
                        "(réglage du lieu {local}, appliqué à tous les lieux pour les compter de la même façon)."),
    ("Heures", "durée de présence entre l'arrivée et le départ."),
    ("Jours d'ouverture", "jours avec des horaires d'ouverture et sans fermeture, d'après les horaires et les "
                          "fermetures de chaque lieu ; pour une commune ou le réseau, les jours où au moins un "
                          "lieu était ouvert."),
    ("Taux d'occupation", "somme, sur les jours d'ouverture, de min(personnes présentes ce jour-là, postes), "
                          "divisée par postes × jours d'ouverture. C'est la définition réseau : elle compte les "
                          "personnes et non les postes utilisés, car les postes ne voyagent pas d'un lieu à "
                          "l'autre ; elle peut donc différer un peu du taux du rapport de fréquentation d'un lieu. "
                          "Pour une commune et le réseau, numérateurs et dénominateurs des lieux s'additionnent ; "
                          "un lieu dont le nombre de postes est inconnu n'y entre pas. « — » : rien à diviser."),
]


def _styles_embedded() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {name: ParagraphStyle(f"network-{name}", parent=style,
                                 fontName=BOLD if name in ("title", "h2") else FONT)
            for name, style in _styles().items()}


def _numbers(f: NetworkFigures) -> list[str]:
    return [fr_display(f.visits), fr_display(f.unique_users), fr_display(f.person_days, 1), fr_display(f.hours, 1),
            fr_display(f.open_days), fr_display(f.desks), rate_text(f.occupancy_rate)]


def _table(rows: list[list[object]], first_widths: list[float]) -> Table:
    widths = first_widths + [(170 * mm - sum(first_widths)) / len(NUMBER_HEADERS)] * len(NUMBER_HEADERS)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (len(first_widths), 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTNAME", (0, -1), (-1, -1), BOLD),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.Color(0.95, 0.97, 0.96)])]))
    return table


def _cell(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or ""), style)


def _place_table(report: NetworkReport, cell: ParagraphStyle) -> Table:
    rows: list[list[object]] = [["Lieu", "Commune", *NUMBER_HEADERS]]
    for p in report.places:
        rows.append([_cell(p.name, cell), _cell(" ".join(x for x in (p.postcode, p.city) if x), cell),
                     *_numbers(p.figures)])
    rows.append(["Total réseau", "", *_numbers(report.total)])
    return _table(rows, [42 * mm, 30 * mm])


def _commune_table(report: NetworkReport, cell: ParagraphStyle) -> Table:
    rows: list[list[object]] = [["Commune", "Lieux", *NUMBER_HEADERS]]
    for c in report.communes:
        rows.append([_cell(c.label, cell), _cell(places_named(report, c.places), cell), *_numbers(c.figures)])
    rows.append(["Total réseau", "", *_numbers(report.total)])
    return _table(rows, [32 * mm, 40 * mm])


def write_pdf(report: NetworkReport, path: Path, *, identity: list[str]) -> None:
    """Write the report; ``identity`` is the issuing place's lines (name, address, SIRET)."""
    st = _styles_embedded()
    # embeddedHyphenation: "Sainte-Croix-Vallée-Française" wraps at its hyphens, not inside a word.
    cell = ParagraphStyle("network-cell", parent=st["body"], fontSize=8, leading=9.5, embeddedHyphenation=1,
                          splitLongWords=0)
    method = ParagraphStyle("network-method", parent=st["body"], fontSize=8, leading=10)
    half = half_day_text(report.half_day_minutes)
    story = [Paragraph("Rapport d'activité du réseau", st["title"]),
             Paragraph(f"Du {report.start:%d/%m/%Y} au {report.end:%d/%m/%Y} — {len(report.places)} lieux, "
                       f"{len(report.communes)} communes", st["body"]),
             Paragraph(escape(" · ".join(identity)), st["small"]), Spacer(1, 4 * mm)]
    if report.empty:
        story.append(Paragraph("Aucune présence n'est connue sur cette période : il n'y a pas d'indicateur "
                               "à calculer.", st["body"]))
    story += [Paragraph("Par lieu", st["h2"]), _place_table(report, cell),
              Paragraph("Par commune", st["h2"]), _commune_table(report, cell)]
    if report.notes:
        story.append(Paragraph("Remarques", st["h2"]))
        story += [Paragraph(escape(note.french()), st["small"]) for note in report.notes]
    story.append(Paragraph("Méthode", st["h2"]))
    for name, text in METHOD:
        story.append(Paragraph(f"<b>{name}</b> : {escape(text.format(half=half, local=report.half_day_place))}",
                               method))
    temporary = path.with_name(path.name + ".part")
    try:
        SimpleDocTemplate(str(temporary), pagesize=A4, title="Rapport d'activité du réseau", author="Télécentre Desk",
                          initialFontName=FONT, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm).build(story)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DeskError(_("cannot write {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
