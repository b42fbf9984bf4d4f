"""Invoices by e-mail: queue them in the outbox, send what waits, read the log.

The outbox (``mail_outbox``, docs/invoicing.md "Sending") is the promise that nothing is lost and
nothing is sent twice by accident:

- ``queue_invoices`` writes one ``queued`` row per invoice, with its Message-ID chosen then. An
  invoice already sent, or already waiting, is skipped unless the caller asks ``again``; a member
  without an address is skipped and said so.
- ``send_waiting`` claims each row (``sending``, committed) before talking to the server, then marks
  it ``sent`` or puts it back to wait or marks it ``failed`` (see ``mail_transport.classify``). Only
  ``queued`` rows are ever claimed: a message the server accepted is never sent again by a retry.
  The SMTP conversation happens outside any transaction, so the desk's scans never wait for it.
- A row left ``sending`` by a program killed mid-send is marked failed after a while with a reason
  that says it may have arrived: sending it again is then the host's explicit choice.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import make_msgid
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.billing import mail_message, mail_settings
from telecentre_desk.billing.document import load_document
from telecentre_desk.billing.issue import invoice_row
from telecentre_desk.billing.mail_transport import FAIL, SmtpTransport, classify
from telecentre_desk.billing.month import Month
from telecentre_desk.common import clock
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.engine import read_only
from telecentre_desk.db.models import Invoice, MailOutbox, Member
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.places.service import local_place_row

QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
FIRST_WAIT = dt.timedelta(minutes=10)
LONGEST_WAIT = dt.timedelta(hours=6)
STALE_SENDING = dt.timedelta(minutes=30)  # far longer than any SMTP timeout

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
Transport = Callable[[mail_settings.SmtpSettings], SmtpTransport]


@dataclass
class QueueOutcome:
    queued: list[dict[str, str]] = field(default_factory=list)  # number, to
    # number, member, reason (for people), why (for programs: no_email | waiting | sent | draft)
    skipped: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"queued": self.queued, "skipped": self.skipped}


@dataclass
class SendReport:
    sent: list[dict[str, str]] = field(default_factory=list)  # number, to, message_id
    waiting: list[dict[str, str]] = field(default_factory=list)  # number, to, error
    failed: list[dict[str, str]] = field(default_factory=list)  # number, to, error
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "waiting": self.waiting, "failed": self.failed, "cancelled": self.cancelled}


def next_wait(attempts: int) -> dt.timedelta:
    """10 minutes after the first failure, then doubling, at most 6 hours: an offline week costs ~30 tries."""
    return min(FIRST_WAIT * (2 ** max(attempts - 1, 0)), LONGEST_WAIT)


def require_settings(session: Session) -> mail_settings.SmtpSettings:
    settings = mail_settings.load(session, local_place_row(session).id)
    if not settings.configured:
        raise ValidationError(_("the mail server is not set up: telecentre-desk mail settings --host HOST "
                                "--sender ADDRESS (or Place > Email settings…)"), field="mail")
    return settings


def _month_invoices(session: Session, place_id: int, month: Month) -> list[Invoice]:
    # The month's invoices: the monthly ones and those sold at the desk during the month.
    return list(session.exec(select(Invoice).where(
        Invoice.place_id == place_id, Invoice.status == "issued", Invoice.kind == "invoice",
        col(Invoice.period_start) >= month.first, col(Invoice.period_start) <= month.last,
        col(Invoice.deleted_at).is_(None)).order_by(col(Invoice.number))).all())


def queue_invoices(session: Session, refs: list[str] | None = None, *, month: Month | None = None,
                   ids: list[int] | None = None, again: bool = False, actor: str = "cli") -> QueueOutcome:
    """Queue issued invoices for their members' addresses: named by number or uid (``refs``), a whole
    ``month``, or the rows picked in a list (``ids``, where drafts are skipped rather than refused)."""
    place = local_place_row(session)
    outcome = QueueOutcome()
    if month is not None:
        invoices = _month_invoices(session, place.id, month)
    elif ids is not None:
        picked = session.exec(select(Invoice).where(col(Invoice.id).in_(ids), Invoice.place_id == place.id,
                                                    col(Invoice.deleted_at).is_(None))
                              .order_by(col(Invoice.number))).all()
        invoices = [invoice for invoice in picked if invoice.status == "issued"]
        for draft in (invoice for invoice in picked if invoice.status != "issued"):
            member = session.get(Member, draft.member_id)
            outcome.skipped.append({"number": "", "member": f"{member.first_name} {member.last_name}",
                                    "reason": _("a draft is not sent: issue it first"), "why": "draft"})
    else:
        invoices = [invoice_row(session, ref) for ref in refs or []]
        for invoice in invoices:
            if invoice.status != "issued":
                raise ValidationError(_("a draft is not sent: issue it first"), field="invoice")
    settings = require_settings(session)
    now = clock.now()
    domain = settings.sender.rpartition("@")[2] or None
    for invoice in invoices:
        member = session.get(Member, invoice.member_id)
        who = f"{member.first_name} {member.last_name}"
        earlier = session.exec(select(MailOutbox).where(MailOutbox.invoice_id == invoice.id)
                               .order_by(col(MailOutbox.id))).all()
        waiting = [row for row in earlier if row.status in (QUEUED, SENDING)]
        sent = [row for row in earlier if row.status == SENT]
        why, reason = None, ""
        if not member.email:
            why, reason = "no_email", _("no email address")
        elif waiting:
            why, reason = "waiting", _("already waiting to be sent")
        elif sent and not again:
            why, reason = "sent", _("already sent on {day} (send it again on purpose with --again)").format(
                day=f"{clock.local_day(sent[-1].sent_at, clock.zone(place.timezone)):%d/%m/%Y}")
        if why is not None:
            outcome.skipped.append({"number": invoice.number, "member": who, "reason": reason, "why": why})
            continue
        subject = mail_message.subject_for(invoice.number, place.name, is_credit_note=invoice.kind == "credit_note")
        session.add(MailOutbox(place_id=place.id, invoice_id=invoice.id, recipient=member.email, subject=subject,
                               status=QUEUED, message_id=make_msgid(domain=domain), queued_at=now,
                               next_try_at=now, resend=bool(sent), actor=actor))
        outcome.queued.append({"number": invoice.number, "to": member.email})
    session.flush()
    if outcome.queued:
        audit.record(session, actor=actor, action="invoice.mail.queue",
                     details={"numbers": [q["number"] for q in outcome.queued], "again": again})
    return outcome


def _recover_stale(session: Session, now: dt.datetime) -> None:
    for row in session.exec(select(MailOutbox).where(MailOutbox.status == SENDING)).all():
        if row.last_attempt_at is not None and now - row.last_attempt_at > STALE_SENDING:
            row.status = FAILED
            row.error = _("interrupted while sending (the program stopped): it may have arrived; "
                          "send it again on purpose if the member did not get it")
            session.add(row)


def _due_ids(session: Session, now: dt.datetime, due_only: bool) -> list[int]:
    query = select(MailOutbox.id).where(MailOutbox.status == QUEUED)
    if due_only:
        query = query.where((col(MailOutbox.next_try_at).is_(None)) | (col(MailOutbox.next_try_at) <= now))
    return list(session.exec(query.order_by(col(MailOutbox.id))).all())


def _claim(engine: Engine, row_id: int) -> MailOutbox | None:
    """Take one queued row for this sender (another sender may have taken it first)."""
    with unit_of_work(engine) as session:
        row = session.get(MailOutbox, row_id)
        if row is None or row.status != QUEUED:
            return None
        row.status = SENDING
        row.attempts += 1
        row.last_attempt_at = clock.now()
        session.add(row)
    return row


def _finish(engine: Engine, row_id: int, **values: Any) -> None:
    with unit_of_work(engine) as session:
        row = session.get(MailOutbox, row_id)
        for key, value in values.items():
            setattr(row, key, value)
        session.add(row)


def _message(engine: Engine, row: MailOutbox, settings: mail_settings.SmtpSettings):
    with unit_of_work(read_only(engine)) as session:
        invoice = session.get(Invoice, row.invoice_id)
        place = local_place_row(session)
        today = clock.today_at(place.timezone)
        doc = load_document(dbapi(session), invoice.uid, today=today)
    return doc.info.number, mail_message.build_message(doc, settings=settings, recipient=row.recipient,
                                                      subject=row.subject, message_id=row.message_id,
                                                      when=clock.now())


def send_waiting(engine: Engine, *, due_only: bool = False, progress: Progress | None = None,
                 transport: Transport = SmtpTransport) -> SendReport:
    """Send every queued message (only those whose next try is due with ``due_only``).

    Takes the engine, not a session: each message is claimed and settled in its own short unit of
    work, and the network conversation in between holds no database lock.
    """
    report = SendReport()
    with unit_of_work(engine) as session:
        now = clock.now()
        _recover_stale(session, now)
        ids = _due_ids(session, now, due_only)
        if not ids:
            return report
        settings = require_settings(session)
    with transport(settings) as smtp:
        for done, row_id in enumerate(ids):
            if progress is not None and not progress(done, len(ids)):
                report.cancelled = True
                break
            row = _claim(engine, row_id)
            if row is None:
                continue
            number = "?"
            try:
                number, msg = _message(engine, row, settings)
                smtp.send(msg)
            except Exception as exc:
                failure = classify(exc)
                entry = {"number": number, "to": row.recipient, "error": failure.reason}
                if failure.kind == FAIL:
                    _finish(engine, row_id, status=FAILED, error=failure.reason, next_try_at=None)
                    report.failed.append(entry)
                else:
                    _finish(engine, row_id, status=QUEUED, error=failure.reason,
                            next_try_at=clock.now() + next_wait(row.attempts))
                    report.waiting.append(entry)
                if failure.stop_batch:
                    # The server is down or refuses the account: the others would fail the same way.
                    report.waiting += _still_waiting(engine, ids[done + 1:], failure.reason)
                    break
                continue
            _finish(engine, row_id, status=SENT, sent_at=clock.now(), error=None, next_try_at=None)
            report.sent.append({"number": number, "to": row.recipient, "message_id": row.message_id})
    if progress is not None and not report.cancelled:
        progress(len(ids), len(ids))
    return report


def _still_waiting(engine: Engine, ids: list[int], reason: str) -> list[dict[str, str]]:
    if not ids:
        return []
    with unit_of_work(read_only(engine)) as session:
        rows = session.exec(select(MailOutbox, Invoice.number).join(Invoice, col(Invoice.id) == col(
            MailOutbox.invoice_id)).where(col(MailOutbox.id).in_(ids), MailOutbox.status == QUEUED)).all()
    return [{"number": number, "to": row.recipient, "error": reason} for row, number in rows]


def send_test(settings: mail_settings.SmtpSettings, *, recipient: str, place_name: str,
              transport: Transport = SmtpTransport) -> None:
    """Send one test message now; raises a ValidationError with the server's answer when it fails."""
    from telecentre_desk.common import validation

    address = validation.email(recipient, field="recipient")
    domain = settings.sender.rpartition("@")[2] or None
    msg = mail_message.build_test_message(settings, recipient=address, place_name=place_name, when=clock.now(),
                                          message_id=make_msgid(domain=domain))
    try:
        with transport(settings) as smtp:
            smtp.send(msg)
    except Exception as exc:
        raise ValidationError(classify(exc).reason, field="mail") from None


@dataclass(frozen=True, slots=True)
class OutboxInfo:
    id: int
    queued_at: dt.datetime
    invoice_number: str
    member: str
    recipient: str
    status: str
    attempts: int
    sent_at: dt.datetime | None
    next_try_at: dt.datetime | None
    error: str | None
    message_id: str
    resend: bool

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "queued_at": self.queued_at.isoformat(), "invoice": self.invoice_number,
                "member": self.member, "to": self.recipient, "status": self.status, "attempts": self.attempts,
                "sent_at": self.sent_at.isoformat() if self.sent_at else None,
                "next_try_at": self.next_try_at.isoformat() if self.next_try_at else None,
                "error": self.error, "message_id": self.message_id, "resend": self.resend}


def read_log(conn: sqlite3.Connection, *, limit: int = 500) -> list[OutboxInfo]:
    """The outbox, newest first: what was queued, sent, waits or failed, and why."""
    rows = conn.execute(
        "SELECT o.id, o.queued_at, i.number, m.first_name || ' ' || m.last_name, o.recipient, o.status, o.attempts, "
        "o.sent_at, o.next_try_at, o.error, o.message_id, o.resend FROM mail_outbox AS o "
        "JOIN invoice AS i ON i.id = o.invoice_id JOIN member AS m ON m.id = i.member_id "
        "ORDER BY o.id DESC LIMIT ?", (limit,)).fetchall()

    def ts(text: str | None) -> dt.datetime | None:
        return clock.ts_parse(text) if text else None

    return [OutboxInfo(pk, ts(queued), number, member, to, status, attempts, ts(sent), ts(next_try), error, mid,
                       bool(resend)) for pk, queued, number, member, to, status, attempts, sent, next_try, error,
            mid, resend in rows]


def waiting_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM mail_outbox WHERE status = 'queued'").fetchone()[0]


def invoice_ids(session: Session, numbers: list[str]) -> list[int]:
    """The local ids of the invoices numbered ``numbers`` (those to send again after the host said so)."""
    return list(session.exec(select(Invoice.id).where(col(Invoice.number).in_(numbers))).all())
