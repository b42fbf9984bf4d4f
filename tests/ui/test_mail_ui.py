"""E-mail in the window: the settings and their test message, sending on a worker, the log and its retry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.billing import drafts, issue, mail_settings
from telecentre_desk.billing.month import Month
from telecentre_desk.db.models import Invoice
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.places.service import local_place_row
from telecentre_desk.plans import service as plans
from telecentre_desk.ui.mail.actions import MailActions
from telecentre_desk.ui.mail.log_dialog import MailLogDialog, OutboxModel
from telecentre_desk.ui.mail.settings_dialog import MailSettingsDialog
from telecentre_desk.ui.store import Store
from tests.billing.smtp_server import SmtpServer, free_port

SENDER = "factures@florac.fr"


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    running = SmtpServer().start()
    yield running
    running.stop()


POSTAL = {"address": "1 rue du Pont", "postcode": "48400", "city": "Florac"}  # invoices need the customer's


@pytest.fixture
def invoiced(place_engine: Engine) -> list[int]:
    """November issued for Marie (an address) and Paul (none): their invoices' ids."""
    with unit_of_work(place_engine) as session:
        places.edit_place(session, legal_form="Association loi 1901", vat_number="FR40303265045")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        members.add_member(session, first_name="Marie", last_name="Dupont", email="marie@example.fr",
                           plan_code="MOIS", start=dt.date(2026, 11, 1), **POSTAL)
        members.add_member(session, first_name="Paul", last_name="Sans", plan_code="MOIS",
                           start=dt.date(2026, 11, 1), **POSTAL)
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(place_engine) as session:
        issue.issue_month(session, dt.date(2026, 11, 1))
        return list(session.exec(select(Invoice.id).order_by(Invoice.number)).all())


def configure(engine: Engine, port: int) -> None:
    with unit_of_work(engine) as session:
        mail_settings.save(session, local_place_row(session).id, mail_settings.SmtpSettings(
            host="127.0.0.1", port=port, security="none", sender=SENDER, password="hunter2"))


def make_actions(qtbot: QtBot, store: Store, ids: list[int]) -> tuple[MailActions, QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = MailActions(store, lambda: ids, parent)
    return actions, parent


def test_settings_are_saved_and_the_password_never_shown(qtbot: QtBot, store: Store, place_engine: Engine,
                                                          server: SmtpServer) -> None:
    configure(place_engine, 25)
    dialog = MailSettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.text() == "" and dialog.password.placeholderText() == "(unchanged)"
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.reply_to.setText("accueil@florac.fr")
    dialog.test_to.setText("moi@florac.fr")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and "sent" in dialog.test_result.text(), timeout=10_000)
    assert dialog.test_result.text() == "Test message sent to moi@florac.fr: the settings work."
    assert server.received[0].recipients == ["moi@florac.fr"]
    dialog.sender.setText("not an address")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.error_text("sender")
    dialog.sender.setText(SENDER)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    with unit_of_work(place_engine) as session:
        saved = mail_settings.load(session, local_place_row(session).id)
    assert (saved.port, saved.reply_to, saved.password) == (server.port, "accueil@florac.fr", "hunter2")


def test_the_test_message_says_why_it_failed(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    configure(place_engine, free_port())
    dialog = MailSettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.test_to.setText("moi@florac.fr")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and "not sent" in dialog.test_result.text(),
                    timeout=10_000)
    assert "the mail server cannot be reached" in dialog.test_result.text()


def test_send_by_email_runs_on_a_worker_and_reports(qtbot: QtBot, store: Store, place_engine: Engine,
                                                    invoiced: list[int], server: SmtpServer) -> None:
    configure(place_engine, server.port)
    actions, _parent = make_actions(qtbot, store, invoiced)
    messages: list[str] = []
    actions.message.connect(messages.append)
    with qtbot.waitSignal(actions.sent, timeout=20_000):
        actions.send_action.trigger()
        assert actions.busy and actions.job.isRunning()  # the UI thread went on at once
        assert actions.job is not QThread.currentThread()
        assert not actions.send_action.isEnabled()
    qtbot.waitUntil(lambda: not actions.busy)
    assert messages == ["Email: 1 sent, 1 skipped"]
    assert [r.recipients for r in server.received] == [["marie@example.fr"]]
    assert actions.send_action.isEnabled() and actions.job is None


def test_sending_again_is_asked_first(qtbot: QtBot, store: Store, place_engine: Engine, invoiced: list[int],
                                      server: SmtpServer, recorded_dialogs) -> None:
    configure(place_engine, server.port)
    actions, _parent = make_actions(qtbot, store, invoiced[:1])
    with qtbot.waitSignal(actions.sent, timeout=20_000):
        actions.send_action.trigger()
    qtbot.waitUntil(lambda: not actions.busy)
    recorded_dialogs.answers.append(False)
    with qtbot.waitSignal(actions.sent, timeout=20_000):
        actions.send_action.trigger()
    qtbot.waitUntil(lambda: not actions.busy)
    assert recorded_dialogs.questions == [("Send again", "FLO-2026-0001 already sent. Send again?")]
    assert len(server.received) == 1
    recorded_dialogs.answers.append(True)
    with qtbot.waitSignal(actions.sent, timeout=20_000):
        actions.send_action.trigger()
    qtbot.waitUntil(lambda: len(server.received) == 2 and not actions.busy, timeout=20_000)  # on purpose


def test_the_log_shows_what_waits_and_retry_now_sends_it(qtbot: QtBot, store: Store, place_engine: Engine,
                                                          invoiced: list[int]) -> None:
    port = free_port()
    configure(place_engine, port)
    actions, _parent = make_actions(qtbot, store, invoiced)
    with qtbot.waitSignal(actions.sent, timeout=20_000):
        actions.send_action.trigger()
    qtbot.waitUntil(lambda: not actions.busy)
    dialog = MailLogDialog(store)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:4] == ["26/11/2026 10:00", "FLO-2026-0001 — Marie Dupont", "marie@example.fr", "Waiting"]
    assert row[4].startswith("the mail server cannot be reached") and row[4].endswith("next try 26/11/2026 10:10")
    assert dialog.summary.text() == "0 sent, 1 waiting, 0 failed"
    server = SmtpServer(port).start()
    try:
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    finally:
        server.stop()
    assert dialog.summary.text() == "Retry: 1 sent, 0 still waiting, 0 failed"
    assert model.index(0, OutboxModel.STATUS).data() == "Sent (2)"
    assert not dialog.retry_button.isEnabled()
    assert len(server.received) == 1


def test_the_periodic_retry_sends_what_waits(qtbot: QtBot, store: Store, place_engine: Engine,
                                             invoiced: list[int]) -> None:
    port = free_port()
    configure(place_engine, port)
    actions, _parent = make_actions(qtbot, store, invoiced)
    assert actions.retry_timer.interval() == 600_000
    assert actions.retry_waiting() is None  # nothing waits: no worker at all
    with qtbot.waitSignal(actions.sent, timeout=20_000):
        actions.send_action.trigger()
    qtbot.waitUntil(lambda: not actions.busy)
    server = SmtpServer(port).start()
    try:
        with qtbot.waitSignal(actions.sent, timeout=20_000) as sent:
            assert actions.retry_waiting(due_only=False) is not None
        qtbot.waitUntil(lambda: not actions.busy)
    finally:
        server.stop()
    _queued, report = sent.args[0]
    assert [r["number"] for r in report.sent] == ["FLO-2026-0001"]


def test_the_outbox_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, store: Store,
                                                  place_engine: Engine, invoiced: list[int]) -> None:
    configure(place_engine, free_port())
    actions, _parent = make_actions(qtbot, store, invoiced)
    with qtbot.waitSignal(actions.sent, timeout=20_000):
        actions.send_action.trigger()
    qtbot.waitUntil(lambda: not actions.busy)
    dialog = MailLogDialog(store)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
