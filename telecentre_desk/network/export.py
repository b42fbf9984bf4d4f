"""The network report and the settlement as CSV files French Excel opens by double click
(``common/spreadsheet``: UTF-8 with BOM, ``;``, DD/MM/YYYY, decimal commas, written whole then renamed).
The words are French whatever the UI language: these files go to French funders and accountants."""

from __future__ import annotations

from pathlib import Path

from telecentre_desk.common.spreadsheet import sheet_text, write_text_file
from telecentre_desk.common.spreadsheet_values import fr_cents, fr_number
from telecentre_desk.network.report import NetworkFigures, NetworkReport, half_day_text, places_named
from telecentre_desk.network.settlement import (
    HOME_BILLS_REASON,
    NO_RATE_REASON,
    VISITED_BILLS_REASON,
    Settlement,
)

FIGURE_HEADERS = ["Passages", "Personnes", "Jours-personnes", "Heures", "Jours d'ouverture", "Postes",
                  "Postes-jours occupés", "Taux d'occupation (%)"]
REASONS = {
    HOME_BILLS_REASON: "le lieu d'origine facture ses membres et reverse le tarif réseau au lieu visité",
    VISITED_BILLS_REASON: "le lieu visité facture lui-même ses visiteurs : rien n'est dû entre les lieux",
    NO_RATE_REASON: "le lieu visité n'a pas de tarif réseau : montant à convenir",
}
RULES = {"home": "facturé par le lieu d'origine", "visited": "facturé par le lieu visité"}


def _figures(f: NetworkFigures) -> list[object]:
    rate = None if f.occupancy_rate is None else fr_number(f.occupancy_rate * 100, 1)
    return [f.visits, f.unique_users, fr_number(f.person_days, 1), fr_number(f.hours, 1), f.open_days, f.desks,
            f.occupied_desk_days, rate]


def report_rows(report: NetworkReport) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Rapport d'activité du réseau"],
        ["Période", report.start, report.end],
        ["Demi-journée", f"au plus {half_day_text(report.half_day_minutes)} (réglage du lieu "
                         f"{report.half_day_place}, appliqué à tous les lieux)"],
        [],
        ["Par lieu"],
        ["Lieu", "Code", "Code postal", "Commune", *FIGURE_HEADERS],
    ]
    rows += [[p.name, p.code, p.postcode, p.city, *_figures(p.figures)] for p in report.places]
    rows += [["Total réseau", "", "", "", *_figures(report.total)], [], ["Par commune"],
             ["Code postal", "Commune", "Lieux", *FIGURE_HEADERS]]
    rows += [[c.postcode, c.city, places_named(report, c.places), *_figures(c.figures)] for c in report.communes]
    rows += [["", "Total réseau", "", *_figures(report.total)]]
    if report.notes:
        rows += [[], ["Remarques"], *[[note.french()] for note in report.notes]]
    return rows


def report_csv(report: NetworkReport) -> str:
    return sheet_text(report_rows(report))


def write_report_csv(report: NetworkReport, path: Path) -> None:
    write_text_file(path, report_csv(report))


def settlement_rows(result: Settlement) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Règlement entre lieux", str(result.month)],
        [],
        ["Lieu d'origine", "Lieu visité", "Membres", "Passages", "Jours de visite", "Tarif réseau (€ HT)",
         "Règle du lieu d'origine", "Montant (€ HT)", "Débiteur", "Créancier", "Motif"],
    ]
    for p in result.pairs:
        rows.append([f"{p.home_name} ({p.home})", f"{p.visited_name} ({p.visited})", p.members, p.visits,
                     p.visit_days, fr_cents(p.rate_cents), RULES.get(p.rule, p.rule), fr_cents(p.amount_cents),
                     p.debtor, p.creditor, REASONS[p.reason]])
    rows += [[], ["Soldes nets"], ["Lieu A", "Lieu B", "A doit à B (€ HT)", "B doit à A (€ HT)", "Débiteur",
                                   "Créancier", "Solde net (€ HT)"]]
    for b in result.balances:
        rows.append([b.place_a, b.place_b, fr_cents(b.a_owes_b_cents), fr_cents(b.b_owes_a_cents), b.debtor,
                     b.creditor, fr_cents(b.net_cents)])
    return rows


def write_settlement_csv(result: Settlement, path: Path) -> None:
    write_text_file(path, sheet_text(settlement_rows(result)))
