"""``report occupancy``: the funders' indicators as JSON, a French-Excel CSV and a PDF; ``report network``:
the same across the network's places; ``report settlement``: what places owe each other for a month."""

from __future__ import annotations

import argparse
from pathlib import Path

from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.invoice_cmds import _month as parse_month
from telecentre_desk.cli.output import emit_fields, emit_json, emit_table
from telecentre_desk.common import plausibility
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.money import format_eur
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.occupancy import export
from telecentre_desk.occupancy.stats import occupancy_report
from telecentre_desk.places import service as places

MAX_DAYS = 366 * 10


def _period(ctx: CommandContext):
    start = plausibility.parse_day(ctx.args.start, field="--from")
    end = plausibility.parse_day(ctx.args.end, field="--to")
    if end < start:
        raise ValidationError(_("{field}: the period ends before it starts").format(field="--to"), field="to")
    if (end - start).days > MAX_DAYS:
        raise ValidationError(_("the period is longer than ten years"), field="to")
    return start, end


def cmd_occupancy(ctx: CommandContext) -> None:
    start, end = _period(ctx)
    with unit_of_work(ctx.engine) as session:
        place = places.local_place(session)
        report = occupancy_report(dbapi(session), start=start, end=end)
    if ctx.args.csv:
        export.write_csv(report, Path(ctx.args.csv))
    if ctx.args.pdf:
        from telecentre_desk.occupancy.pdf_report import write_pdf  # reportlab: only when a PDF is asked

        write_pdf(report, Path(ctx.args.pdf), identity=place.identity_lines())
    if ctx.as_json:
        emit_json(report.to_json())
        return
    data = report.to_json()
    for key in ("peak_hours", "by_category"):
        data.pop(key)
    if report.empty:
        print("no presence recorded in this period")
    emit_fields(data)


def _rate(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f} %"


def cmd_network(ctx: CommandContext) -> None:
    from telecentre_desk.network import export as network_export
    from telecentre_desk.network.report import network_report

    start, end = _period(ctx)
    with unit_of_work(ctx.engine) as session:
        place = places.local_place(session)
        report = network_report(dbapi(session), start=start, end=end)
    if ctx.args.csv:
        network_export.write_report_csv(report, Path(ctx.args.csv))
    if ctx.args.pdf:
        from telecentre_desk.network.pdf_report import write_pdf  # reportlab: only when a PDF is asked

        write_pdf(report, Path(ctx.args.pdf), identity=place.identity_lines())
    if ctx.as_json:
        emit_json(report.to_json())
        return

    def row(label: str, f) -> list:
        return [label, f.visits, f.unique_users, f.person_days, f.hours, f.open_days, f.desks, _rate(f.occupancy_rate)]

    headers = ["", "visits", "people", "person-days", "hours", "open days", "desks", "occupancy"]
    print(f"network report {start} to {end}; half day: at most {report.half_day_minutes} min "
          f"({report.half_day_place}'s setting, for every place)")
    emit_table([*(row(f"{p.code} {p.name}", p.figures) for p in report.places), row("network", report.total)],
               ["place", *headers[1:]])
    print()
    emit_table([row(c.label, c.figures) for c in report.communes], ["commune", *headers[1:]])
    for warning in report.warnings:
        print(f"warning: {warning}")


def _eur(cents: int | None) -> str:
    # "1 234,50": the French reading of an amount, without the currency sign (the column says EUR).
    return "" if cents is None else format_eur(cents).removesuffix("\u00a0€")


def cmd_settlement(ctx: CommandContext) -> None:
    from telecentre_desk.network import export as network_export
    from telecentre_desk.network.settlement import settlement

    month = parse_month(ctx.args.month)
    with unit_of_work(ctx.engine) as session:
        places.local_place(session)  # a clear error on a database with no place
        result = settlement(dbapi(session), month)
    if ctx.args.csv:
        network_export.write_settlement_csv(result, Path(ctx.args.csv))
    if ctx.as_json:
        emit_json(result.to_json())
        return
    print(f"settlement {month} (amounts in EUR excl. VAT)")
    emit_table([[p.home, p.visited, p.members, p.visits, p.visit_days, _eur(p.rate_cents), p.rule,
                 _eur(p.amount_cents), p.reason] for p in result.pairs],
               ["home", "visited", "members", "visits", "visit-days", "rate", "rule", "amount", "reason"])
    print()
    emit_table([[f"{b.place_a}/{b.place_b}", b.debtor or "", b.creditor or "", _eur(b.net_cents)]
                for b in result.balances], ["places", "owes", "to", "net"])
    for warning in result.warnings:
        print(f"warning: {warning}")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", help="reports for funders", parents=[common])
    actions = report.add_subparsers(dest="action", required=True, metavar="ACTION")
    occupancy = actions.add_parser("occupancy", help="visits, person-days, occupancy rate...", parents=[common])
    occupancy.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    occupancy.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    occupancy.add_argument("--csv", metavar="FILE", type=types.output_file("--csv"),
                           help="also write a CSV for French Excel")
    occupancy.add_argument("--pdf", metavar="FILE", type=types.output_file("--pdf"), help="also write the PDF report")
    occupancy.set_defaults(handler=cmd_occupancy)
    network = actions.add_parser("network", help="visits, people, person-days, occupancy per place and commune",
                                 parents=[common])
    network.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    network.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    network.add_argument("--csv", metavar="FILE", type=types.output_file("--csv"),
                         help="also write a CSV for French Excel")
    network.add_argument("--pdf", metavar="FILE", type=types.output_file("--pdf"), help="also write the PDF report")
    network.set_defaults(handler=cmd_network)
    settle = actions.add_parser("settlement", help="what places owe each other for a month's network visits",
                                parents=[common])
    settle.add_argument("--month", required=True, metavar="YYYY-MM")
    settle.add_argument("--csv", metavar="FILE", type=types.output_file("--csv"),
                        help="also write a CSV for French Excel")
    settle.set_defaults(handler=cmd_settlement)
