"""``report occupancy``: the funders' indicators as JSON, a French-Excel CSV and a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json
from telecentre_desk.common.clock import parse_date
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.occupancy import export
from telecentre_desk.occupancy.stats import occupancy_report
from telecentre_desk.places import service as places

MAX_DAYS = 366 * 10


def cmd_occupancy(ctx: CommandContext) -> None:
    start, end = parse_date(ctx.args.start, field="from"), parse_date(ctx.args.end, field="to")
    if end < start:
        raise ValidationError(_("{field}: the period ends before it starts").format(field="--to"), field="to")
    if (end - start).days > MAX_DAYS:
        raise ValidationError(_("the period is longer than ten years"), field="to")
    with unit_of_work(ctx.engine) as session:
        place = places.local_place(session)
        report = occupancy_report(dbapi(session), start=start, end=end)
    if ctx.args.csv:
        export.write_csv(report, Path(ctx.args.csv))
    if ctx.args.pdf:
        from telecentre_desk.occupancy.pdf_report import write_pdf  # reportlab: only when a PDF is asked

        identity = [x for x in (place.legal_name or place.name, place.address,
                                " ".join(filter(None, (place.postcode, place.city))),
                                f"SIRET {place.siret}" if place.siret else None) if x]
        write_pdf(report, Path(ctx.args.pdf), identity=identity)
    if ctx.as_json:
        emit_json(report.to_json())
        return
    data = report.to_json()
    for key in ("peak_hours", "by_category"):
        data.pop(key)
    if report.empty:
        print("no presence recorded in this period")
    emit_fields(data)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", help="reports for funders", parents=[common])
    actions = report.add_subparsers(dest="action", required=True, metavar="ACTION")
    occupancy = actions.add_parser("occupancy", help="visits, person-days, occupancy rate...", parents=[common])
    occupancy.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    occupancy.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    occupancy.add_argument("--csv", metavar="FILE", help="also write a CSV for French Excel")
    occupancy.add_argument("--pdf", metavar="FILE", help="also write the PDF report")
    occupancy.set_defaults(handler=cmd_occupancy)
