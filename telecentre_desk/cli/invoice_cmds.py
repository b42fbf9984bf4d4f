"""``invoice run|list|show|issue|credit|pay|export|print|pdf|send``: the month's invoices from the shell."""

from __future__ import annotations

import argparse
from pathlib import Path

from telecentre_desk.backup import busy
from telecentre_desk.billing import corrections, drafts, invoice_list_csv, issue, journal
from telecentre_desk.billing.document import load_document
from telecentre_desk.billing.info import read_invoices
from telecentre_desk.billing.month import Month
from telecentre_desk.cli import args as types
from telecentre_desk.cli import fiscal_cmds
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json, emit_table
from telecentre_desk.common import plausibility
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.money import format_eur, format_plain
from telecentre_desk.db.uow import dbapi, unit_of_work


def _month(text: str) -> Month:
    try:
        month = Month.parse(text)
    except ValueError:
        raise ValidationError(_("{value!r} is not a month (YYYY-MM)").format(value=text), field="month") from None
    plausibility.check_day(month.first, field="month")  # year 1 or 9999: no arithmetic on it overflows later
    return month


def cmd_run(ctx: CommandContext) -> None:
    with busy.hold(ctx.paths.db, "month"), unit_of_work(ctx.engine) as session:  # a restore waits for it
        summary = drafts.run_month(session, _month(ctx.args.month))
    if ctx.as_json:
        emit_json(summary.to_json())
        return
    print(f"{summary.drafted} draft(s) for {summary.month}; {summary.issued_untouched} issued left as they are")
    for warning in summary.warnings:
        print(f"warning: {warning}")


def cmd_list(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        rows = read_invoices(dbapi(session), today=ctx.place.today(),
                             period_start=_month(a.month).first if a.month else None, status=a.status)
    if a.csv:
        invoice_list_csv.write_invoice_list(rows, Path(a.csv))
    if ctx.as_json:
        emit_json([r.to_json() for r in rows])
    else:
        emit_table([(r.number or "(draft)", r.status, f"{r.member_number} {r.member_name}",
                     format_eur(r.total_incl_vat_cents), r.due_date or "") for r in rows],
                   ["number", "status", "member", "total", "due"])


def cmd_show(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        row = issue.invoice_row(session, ctx.args.invoice)
        [info] = read_invoices(dbapi(session), today=ctx.place.today(), refs=[row.uid], with_lines=True)
    if ctx.as_json:
        emit_json(info.to_json())
        return
    print(f"{info.number or '(draft)'}  {info.member_number} {info.member_name}  {info.status}")
    for line in info.lines:
        print(f"  {line.description:60} {line.quantity:>6f} x {format_eur(line.unit_price_cents):>12} "
              f"= {format_eur(line.total_excl_vat_cents):>12}")
    print(f"  total excl. VAT {format_eur(info.total_excl_vat_cents)}, VAT {format_eur(info.vat_cents)}, "
          f"total {format_eur(info.total_incl_vat_cents)}")
    if info.note:
        print(f"  {info.note}")


def cmd_issue(ctx: CommandContext) -> None:
    a = ctx.args
    if (a.invoice is None) == (a.month is None) or (a.month is not None and not a.all):
        raise ValidationError(_("name one draft, or --month YYYY-MM --all"), field="invoice")
    with unit_of_work(ctx.engine) as session:
        if a.invoice is not None:
            numbers = [issue.issue(session, issue.invoice_row(session, a.invoice)).number]
        else:
            numbers = issue.issue_month(session, _month(a.month).first)
    emit_json({"issued": numbers}) if ctx.as_json else print("\n".join(numbers) or "no draft to issue")


def cmd_credit(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        note = corrections.credit(session, a.invoice, reason=a.reason, amount=a.amount)
        result = {"number": note.number, "credited": a.invoice,
                  "total_incl_vat": format_plain(note.total_incl_vat_cents), "vat": format_plain(note.vat_cents)}
    emit_json(result) if ctx.as_json else print(f"credit note {result['number']}: {result['total_incl_vat']}")


def cmd_pay(ctx: CommandContext) -> None:
    a = ctx.args
    day = plausibility.parse_day(a.date, field="--date") if a.date else None
    with unit_of_work(ctx.engine) as session:
        applied, extra = corrections.pay(session, a.invoice, amount=a.amount, method=a.method, on=day)
        result = {"invoice": a.invoice, "applied": format_plain(applied.amount_cents),
                  "credit": format_plain(extra.amount_cents) if extra else "0.00",
                  "payment_id": applied.uid if applied.amount_cents else None,
                  "credit_payment_id": extra.uid if extra else None}
    if ctx.as_json:
        emit_json(result)
        return
    kept = f"; {result['credit']} kept as the member's credit" if extra else ""
    print(f"{result['applied']} paid on {a.invoice}{kept}")


def cmd_export(ctx: CommandContext) -> None:
    if ctx.args.fec:
        fiscal_cmds.export_fec(ctx)
        return
    if not ctx.args.month or not ctx.args.out:
        raise ValidationError(_("give --month and --out (or --fec FILE --from --to)"), field="month")
    with unit_of_work(ctx.engine) as session:
        count = journal.write_journal(dbapi(session), _month(ctx.args.month), Path(ctx.args.out))
    emit_json({"out": ctx.args.out, "rows": count}) if ctx.as_json else print(f"{count} row(s): {ctx.args.out}")


def cmd_pdf(ctx: CommandContext) -> None:
    a = ctx.args
    if a.month is not None or a.out_dir is not None:
        _pdf_folder(ctx)
        return
    # Imported here: reportlab, lxml, pypdf and pikepdf would slow every other command's start.
    from telecentre_desk.billing import facturx, pdf

    if a.invoice is None or a.out is None:
        raise ValidationError(_("name an invoice with --out FILE, or a month with --month YYYY-MM --out-dir DIR"),
                              field="invoice")
    with unit_of_work(ctx.engine) as session:
        doc = load_document(dbapi(session), a.invoice, today=ctx.place.today())
    write = facturx.write_facturx if a.facturx else pdf.write_invoice_pdf
    write(doc, Path(a.out))
    result = {"number": doc.info.number, "out": a.out, "facturx": a.facturx}
    emit_json(result) if ctx.as_json else print(f"{doc.info.number}: {a.out}")


def _pdf_folder(ctx: CommandContext) -> None:
    """``invoice pdf --month YYYY-MM --out-dir DIR``: one file per issued invoice and credit note."""
    from telecentre_desk.billing import export_folder
    from telecentre_desk.db.engine import read_only

    a = ctx.args
    if a.invoice is not None or a.out is not None or a.month is None or a.out_dir is None:
        raise ValidationError(_("name an invoice with --out FILE, or a month with --month YYYY-MM --out-dir DIR"),
                              field="invoice")
    month = _month(a.month)
    # A read: rendering a month of PDFs must not hold the write lock the front desk needs.
    with unit_of_work(read_only(ctx.engine)) as session:
        result = export_folder.export_month(dbapi(session), month, Path(a.out_dir), today=ctx.place.today(),
                                            facturx=a.facturx)
    if ctx.as_json:
        emit_json({"month": str(month), "facturx": a.facturx, **result.to_json()})
        return
    print("\n".join(str(path) for path in result.files))
    print(f"{len(result.files)} file(s) in {a.out_dir}")


def cmd_print(ctx: CommandContext) -> None:
    from telecentre_desk.billing import printing  # reportlab: only for this command

    with unit_of_work(ctx.engine) as session:
        count = printing.write_month_print(dbapi(session), _month(ctx.args.month), Path(ctx.args.out),
                                           today=ctx.place.today())
    emit_json({"out": ctx.args.out, "invoices": count}) if ctx.as_json else print(f"{count} invoice(s): {ctx.args.out}")


def cmd_send(ctx: CommandContext) -> None:
    from telecentre_desk.billing import mail  # the outbox, smtplib: only for this command
    from telecentre_desk.cli.mail_cmds import print_send_report

    a = ctx.args
    if (a.invoice is None) == (a.month is None) or (a.month is not None and not a.all):
        raise ValidationError(_("name one invoice, or --month YYYY-MM --all"), field="invoice")
    with unit_of_work(ctx.engine) as session:
        queued = mail.queue_invoices(session, [a.invoice] if a.invoice else None,
                                     month=_month(a.month) if a.month else None, again=a.again)
    report = mail.send_waiting(ctx.engine)
    if ctx.as_json:
        emit_json({**queued.to_json(), **report.to_json()})
    else:
        print_send_report(queued, report)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    invoice = sub.add_parser("invoice", help="monthly invoices", parents=[common])
    actions = invoice.add_subparsers(dest="action", required=True, metavar="ACTION")
    run = actions.add_parser("run", help="draft every member's invoice for a month", parents=[common])
    run.add_argument("month", metavar="YYYY-MM")
    run.set_defaults(handler=cmd_run)
    lst = actions.add_parser("list", help="list invoices", parents=[common])
    lst.add_argument("--month", metavar="YYYY-MM")
    lst.add_argument("--status", choices=["draft", "issued", "paid", "overdue"])
    lst.add_argument("--csv", metavar="FILE", type=types.output_file("--csv"),
                     help="also write the list as a CSV for French Excel")
    lst.set_defaults(handler=cmd_list)
    show = actions.add_parser("show", help="one invoice with its lines", parents=[common])
    show.add_argument("invoice", metavar="ID_OR_NUMBER", type=types.reference("ID_OR_NUMBER"))
    show.set_defaults(handler=cmd_show)
    iss = actions.add_parser("issue", help="issue a draft (or a month's drafts with --month --all)", parents=[common])
    iss.add_argument("invoice", nargs="?", metavar="ID", type=types.reference("ID"))
    iss.add_argument("--month", metavar="YYYY-MM")
    iss.add_argument("--all", action="store_true")
    iss.set_defaults(handler=cmd_issue)
    cred = actions.add_parser("credit", help="issue a credit note (whole, or --amount including VAT)", parents=[common])
    cred.add_argument("invoice", metavar="NUMBER", type=types.reference("NUMBER"))
    cred.add_argument("--amount", metavar="AMOUNT", help="euros including VAT; the whole invoice without it")
    cred.add_argument("--reason", required=True, type=types.text("--reason", max_length=500))
    cred.set_defaults(handler=cmd_credit)
    pay = actions.add_parser("pay", help="record a payment", parents=[common])
    pay.add_argument("invoice", metavar="NUMBER", type=types.reference("NUMBER"))
    pay.add_argument("--amount", required=True, metavar="AMOUNT")
    pay.add_argument("--method", required=True, choices=["cash", "cheque", "transfer", "card", "debit"])
    pay.add_argument("--date", metavar="YYYY-MM-DD")
    pay.set_defaults(handler=cmd_pay)
    export = actions.add_parser("export", help="the month's sales journal as a French-Excel CSV (--month --out), "
                                "or the FEC for the accountant (--fec FILE --from --to)", parents=[common])
    export.add_argument("--month", metavar="YYYY-MM")
    export.add_argument("--out", metavar="FILE", type=types.output_file("--out"))
    export.add_argument("--fec", metavar="FILE", type=types.output_file("--fec"),
                        help="sales and receipts journals in the FEC layout")
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    export.add_argument("--account", action="append", metavar="PLAN=NUMBER",
                        help="revenue account of a plan's lines, kept for later exports (e.g. MOIS=706100)")
    export.set_defaults(handler=cmd_export)
    fiscal_cmds.add_invoice_actions(actions, common)
    printed = actions.add_parser("print", help="the month's issued invoices as one PDF to print", parents=[common])
    printed.add_argument("--month", required=True, metavar="YYYY-MM")
    printed.add_argument("--out", required=True, metavar="FILE", type=types.output_file("--out"))
    printed.set_defaults(handler=cmd_print)
    pdf_cmd = actions.add_parser("pdf", help="an issued invoice or credit note as PDF (or a month's, one file each)",
                                 parents=[common])
    pdf_cmd.add_argument("invoice", nargs="?", metavar="NUMBER", type=types.reference("NUMBER"))
    pdf_cmd.add_argument("--out", metavar="FILE", type=types.output_file("--out"), help="the PDF of invoice NUMBER")
    pdf_cmd.add_argument("--month", metavar="YYYY-MM", help="every issued invoice and credit note of the month...")
    pdf_cmd.add_argument("--out-dir", metavar="DIR", type=types.output_folder("--out-dir"),
                         help="...one file each in DIR (FLO-2026-0042.pdf)")
    pdf_cmd.add_argument("--facturx", action="store_true", help="PDF/A-3 with its EN 16931 XML (Factur-X)")
    pdf_cmd.set_defaults(handler=cmd_pdf)
    send = actions.add_parser("send", help="e-mail issued invoices to their members (queued, then sent)",
                              parents=[common])
    send.add_argument("invoice", nargs="?", metavar="NUMBER", type=types.reference("NUMBER"))
    send.add_argument("--month", metavar="YYYY-MM")
    send.add_argument("--all", action="store_true")
    send.add_argument("--again", action="store_true", help="send again an invoice already sent")
    send.set_defaults(handler=cmd_send)
