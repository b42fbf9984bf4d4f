"""Invoices by e-mail through a real SMTP server on 127.0.0.1: arrival, waiting, refusal, never twice."""

from __future__ import annotations

import datetime as dt
import io
import re
import smtplib
import socket
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.billing import drafts, issue, mail, mail_settings
from telecentre_desk.billing.mail_transport import FAIL, WAIT, classify
from telecentre_desk.billing.month import Month
from telecentre_desk.common import clock
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.models import Invoice, MailOutbox
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places.service import local_place_row
from tests.billing.smtp_server import SmtpServer, free_port
from tests.conftest import FROZEN_NOW

SENDER = "factures@telecentre-florac.fr"


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    running = SmtpServer().start()
    yield running
    running.stop()


def set_up_mail(engine: Engine, port: int, **extra: str) -> None:
    with unit_of_work(engine) as session:
        place = local_place_row(session)
        settings = mail_settings.clean(mail_settings.SmtpSettings(), {
            "host": "127.0.0.1", "port": port, "security": "none", "sender": SENDER,
            "reply_to": "accueil@telecentre-florac.fr", **extra})
        mail_settings.save(session, place.id, settings)


@pytest.fixture
def issued(billing: Engine) -> Engine:
    """November issued: FLO-2026-0001 Marie (an address), 0002 Paul (an address), 0003 Léa (none)..."""
    with unit_of_work(billing) as session:
        members.edit_member(session, "1", email="marie.test@example.fr")
        members.edit_member(session, "2", email="paul.test@example.fr")
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(billing) as session:
        issue.issue_month(session, dt.date(2026, 11, 1))
    return billing


def queue(engine: Engine, *refs: str, again: bool = False) -> mail.QueueOutcome:
    with unit_of_work(engine) as session:
        return mail.queue_invoices(session, list(refs), again=again)


def outbox(engine: Engine) -> list[MailOutbox]:
    with unit_of_work(engine) as session:
        return list(session.exec(select(MailOutbox).order_by(MailOutbox.id)).all())


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def test_the_invoice_arrives_with_its_factur_x_pdf(issued: Engine, server: SmtpServer) -> None:
    set_up_mail(issued, server.port)
    assert queue(issued, "FLO-2026-0001").queued == [{"number": "FLO-2026-0001", "to": "marie.test@example.fr"}]
    report = mail.send_waiting(issued)
    assert [(r["number"], r["to"]) for r in report.sent] == [("FLO-2026-0001", "marie.test@example.fr")]
    assert (report.waiting, report.failed) == ([], [])

    [received] = server.received
    assert received.recipients == ["marie.test@example.fr"]
    msg = received.message
    assert msg["Subject"] == "Facture FLO-2026-0001 — Télécentre de Florac"
    assert msg["From"].addresses[0].addr_spec == SENDER
    assert msg["From"].addresses[0].display_name == "Télécentre de Florac"
    assert msg["Reply-To"] == "accueil@telecentre-florac.fr"
    body = re.sub(r"[\u00a0\u202f]", " ", msg.get_body(("plain",)).get_content())  # amounts' no-break spaces
    assert "Bonjour Marie Test," in body
    assert "Veuillez trouver ci-joint la facture FLO-2026-0001 du 26/11/2026, d'un montant de 216,00 € TTC." in body
    assert "avant le 26/12/2026" in body
    [attachment] = list(msg.iter_attachments())
    assert (attachment.get_content_type(), attachment.get_filename()) == ("application/pdf",
                                                                          "Facture-FLO-2026-0001.pdf")
    data = attachment.get_content()
    assert data.startswith(b"%PDF")
    assert "N° FLO-2026-0001" in pdf_text(data)
    assert "factur-x.xml" in PdfReader(io.BytesIO(data)).attachments  # Factur-X by default

    [row] = outbox(issued)
    assert (row.status, row.attempts, row.error, row.recipient) == ("sent", 1, None, "marie.test@example.fr")
    assert row.sent_at == FROZEN_NOW
    assert msg["Message-ID"] == row.message_id


def test_a_plain_pdf_when_the_place_prefers_it(issued: Engine, server: SmtpServer) -> None:
    set_up_mail(issued, server.port, attachment="pdf")
    queue(issued, "FLO-2026-0002")
    mail.send_waiting(issued)
    [attachment] = list(server.received[0].message.iter_attachments())
    assert PdfReader(io.BytesIO(attachment.get_content())).attachments == {}


def test_server_down_the_mail_waits_then_goes_once(issued: Engine) -> None:
    port = free_port()  # nothing listens there yet: connection refused, as when the place is offline
    set_up_mail(issued, port)
    queue(issued, "FLO-2026-0001", "FLO-2026-0002")
    report = mail.send_waiting(issued)
    assert report.sent == [] and report.failed == []
    assert [r["number"] for r in report.waiting] == ["FLO-2026-0001", "FLO-2026-0002"]
    assert all("cannot be reached" in r["error"] for r in report.waiting)
    first, second = outbox(issued)
    assert (first.status, first.attempts, first.next_try_at) == ("queued", 1, FROZEN_NOW + dt.timedelta(minutes=10))
    assert "cannot be reached" in first.error
    assert (second.status, second.attempts) == ("queued", 0)  # not even tried: the server was down

    server = SmtpServer(port).start()
    try:
        assert mail.send_waiting(issued, due_only=True).sent == [{"number": "FLO-2026-0002",
                                                                   "to": "paul.test@example.fr",
                                                                   "message_id": second.message_id}]
        clock.set_clock(lambda: FROZEN_NOW + dt.timedelta(minutes=11))  # Marie's next try is now due
        assert [r["number"] for r in mail.send_waiting(issued, due_only=True).sent] == ["FLO-2026-0001"]
        assert mail.send_waiting(issued).to_json() == {"sent": [], "waiting": [], "failed": [], "cancelled": False}
        assert sorted(r.recipients[0] for r in server.received) == ["marie.test@example.fr", "paul.test@example.fr"]
    finally:
        server.stop()
    assert [(r.status, r.attempts, r.error) for r in outbox(issued)] == [("sent", 2, None), ("sent", 1, None)]


def test_a_refused_recipient_fails_with_the_reason_and_is_not_tried_again(issued: Engine, server: SmtpServer
                                                                         ) -> None:
    set_up_mail(issued, server.port)
    server.handler.refused.add("marie.test@example.fr")
    queue(issued, "FLO-2026-0001", "FLO-2026-0002")
    report = mail.send_waiting(issued)
    [failed] = report.failed
    assert failed["number"] == "FLO-2026-0001"
    assert "550" in failed["error"] and "User unknown" in failed["error"]
    assert [r["number"] for r in report.sent] == ["FLO-2026-0002"]  # the next one still went
    marie = outbox(issued)[0]
    assert (marie.status, marie.attempts, marie.next_try_at) == ("failed", 1, None)
    server.handler.refused.clear()
    assert mail.send_waiting(issued).sent == []  # a retry never picks a failed message
    assert outbox(issued)[0].attempts == 1
    assert [r.recipients for r in server.received] == [["paul.test@example.fr"]]
    # Fixing the address and sending again is the host's explicit act: a new message.
    assert queue(issued, "FLO-2026-0001").queued == [{"number": "FLO-2026-0001", "to": "marie.test@example.fr"}]


def test_a_member_without_address_is_listed_as_skipped(issued: Engine, server: SmtpServer) -> None:
    set_up_mail(issued, server.port)
    with unit_of_work(issued) as session:
        outcome = mail.queue_invoices(session, month=Month.parse("2026-11"))
    assert [q["number"] for q in outcome.queued] == ["FLO-2026-0001", "FLO-2026-0002"]
    assert [(s["number"], s["member"], s["reason"], s["why"]) for s in outcome.skipped] == [
        ("FLO-2026-0003", "Léa Test", "no email address", "no_email"),
        ("FLO-2026-0004", "Hugo Test", "no email address", "no_email"),
        ("FLO-2026-0005", "Chloé Test", "no email address", "no_email")]


def test_sending_twice_must_be_asked_for(issued: Engine, server: SmtpServer) -> None:
    set_up_mail(issued, server.port)
    queue(issued, "FLO-2026-0001")
    assert queue(issued, "FLO-2026-0001").skipped[0]["reason"] == "already waiting to be sent"
    mail.send_waiting(issued)
    again = queue(issued, "FLO-2026-0001")
    assert again.queued == []
    assert again.skipped[0]["reason"] == "already sent on 26/11/2026 (send it again on purpose with --again)"
    assert queue(issued, "FLO-2026-0001", again=True).queued[0]["number"] == "FLO-2026-0001"
    mail.send_waiting(issued)
    assert len(server.received) == 2
    first, second = outbox(issued)
    assert (first.resend, second.resend) == (False, True)
    assert first.message_id != second.message_id


def test_a_message_interrupted_mid_send_is_never_sent_again_by_itself(issued: Engine, server: SmtpServer) -> None:
    set_up_mail(issued, server.port)
    queue(issued, "FLO-2026-0001")
    with unit_of_work(issued) as session:  # as a program killed between the server's answer and the commit
        row = session.exec(select(MailOutbox)).one()
        row.status, row.attempts, row.last_attempt_at = "sending", 1, FROZEN_NOW
        session.add(row)
    assert mail.send_waiting(issued).sent == []  # another sender may still be at work: left alone
    clock.set_clock(lambda: FROZEN_NOW + dt.timedelta(hours=1))
    assert mail.send_waiting(issued).sent == []
    [row] = outbox(issued)
    assert row.status == "failed" and "may have arrived" in row.error
    assert server.received == []


def test_drafts_and_missing_settings_are_refused(issued: Engine, billing: Engine) -> None:
    with pytest.raises(ValidationError, match="mail server is not set up"):
        queue(issued, "FLO-2026-0001")
    set_up_mail(issued, free_port())
    with unit_of_work(issued) as session:
        drafts.run_month(session, Month.parse("2026-12"))
    with unit_of_work(issued) as session:
        draft = session.exec(select(Invoice).where(Invoice.status == "draft")).first()
    with pytest.raises(ValidationError, match="a draft is not sent"):
        queue(issued, draft.uid)


def test_the_log_says_what_happened(issued: Engine, server: SmtpServer) -> None:
    set_up_mail(issued, server.port)
    server.handler.refused.add("paul.test@example.fr")
    queue(issued, "FLO-2026-0001", "FLO-2026-0002")
    mail.send_waiting(issued)
    with unit_of_work(issued) as session:
        log = mail.read_log(dbapi(session))
        assert mail.waiting_count(dbapi(session)) == 0
    assert [(e.invoice_number, e.member, e.recipient, e.status) for e in log] == [
        ("FLO-2026-0002", "Paul Test", "paul.test@example.fr", "failed"),
        ("FLO-2026-0001", "Marie Test", "marie.test@example.fr", "sent")]
    assert log[1].to_json()["sent_at"] == FROZEN_NOW.isoformat()


def test_the_test_message_reaches_the_server_or_says_why(place_engine: Engine, server: SmtpServer) -> None:
    settings = mail_settings.SmtpSettings(host="127.0.0.1", port=server.port, security="none", sender=SENDER)
    mail.send_test(settings, recipient="accueil@telecentre-florac.fr", place_name="Télécentre de Florac")
    assert server.received[0].message["Subject"] == "Message d'essai — Télécentre de Florac"
    down = mail_settings.SmtpSettings(host="127.0.0.1", port=free_port(), security="none", sender=SENDER)
    with pytest.raises(ValidationError, match="cannot be reached"):
        mail.send_test(down, recipient="accueil@telecentre-florac.fr", place_name="Florac")
    with pytest.raises(ValidationError, match="recipient"):
        mail.send_test(settings, recipient="not an address", place_name="Florac")


@pytest.mark.parametrize(("exc", "kind", "stop"), [
    (ConnectionRefusedError(111, "Connection refused"), WAIT, True),
    (TimeoutError("timed out"), WAIT, True),
    (socket.gaierror(-2, "Name or service not known"), WAIT, True),
    (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), WAIT, True),
    (smtplib.SMTPRecipientsRefused({"a@b.fr": (550, b"5.1.1 User unknown")}), FAIL, False),
    (smtplib.SMTPRecipientsRefused({"a@b.fr": (450, b"4.2.0 Greylisted, try later")}), WAIT, False),
    (smtplib.SMTPAuthenticationError(535, b"5.7.8 Authentication credentials invalid"), WAIT, True),
    (smtplib.SMTPSenderRefused(553, b"5.7.1 Sender not owned", "x@y.fr"), WAIT, True),
    (smtplib.SMTPDataError(552, b"5.3.4 Message too big"), FAIL, False),
    (smtplib.SMTPDataError(451, b"4.3.0 Try again later"), WAIT, True),
])
def test_each_failure_waits_or_fails_for_good(exc: BaseException, kind: str, stop: bool) -> None:
    failure = classify(exc)
    assert (failure.kind, failure.stop_batch) == (kind, stop)
    assert failure.reason


def test_the_password_is_kept_but_never_shown() -> None:
    settings = mail_settings.clean(mail_settings.SmtpSettings(), {"host": "smtp.example.fr", "password": "s3cr3t!",
                                                                  "user": "florac", "sender": SENDER})
    assert settings.password == "s3cr3t!"
    assert "s3cr3t" not in repr(settings)
    assert "s3cr3t" not in str(settings.to_json())
    assert settings.to_json()["password_set"] is True


@pytest.mark.parametrize(("changes", "field"), [
    ({"port": "abc"}, "port"), ({"port": "0"}, "port"), ({"port": "70000"}, "port"),
    ({"security": "tls"}, "security"), ({"sender": "not an address"}, "sender"),
    ({"host": "smtp example.fr"}, "host"), ({"attachment": "zip"}, "attachment"), ({"colour": "red"}, "colour"),
])
def test_bad_settings_are_refused(changes: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        mail_settings.clean(mail_settings.SmtpSettings(), changes)
    assert caught.value.field == field


def test_switching_to_ssl_takes_its_usual_port() -> None:
    settings = mail_settings.clean(mail_settings.SmtpSettings(), {"security": "ssl"})
    assert (settings.security, settings.port) == ("ssl", 465)
    kept = mail_settings.clean(mail_settings.SmtpSettings(port=2525), {"security": "ssl"})
    assert kept.port == 2525


def test_rows_picked_in_a_list_skip_the_drafts(issued: Engine, server: SmtpServer) -> None:
    set_up_mail(issued, server.port)
    with unit_of_work(issued) as session:
        drafts.run_month(session, Month.parse("2026-12"))
    with unit_of_work(issued) as session:
        marie = session.exec(select(Invoice).where(Invoice.number == "FLO-2026-0001")).one()
        draft = session.exec(select(Invoice).where(Invoice.status == "draft", Invoice.member_id == 2)).one()
        outcome = mail.queue_invoices(session, ids=[draft.id, marie.id])
    assert outcome.queued == [{"number": "FLO-2026-0001", "to": "marie.test@example.fr"}]
    assert outcome.skipped == [{"number": "", "member": "Paul Test", "reason": "a draft is not sent: issue it first",
                                "why": "draft"}]
