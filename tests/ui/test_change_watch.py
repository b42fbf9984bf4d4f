"""Screens reload only for the change sets they read, only while shown (else at their next show): the floor plan,
bookings, occupancy, the network tabs, the Bilans dashboard, the member card, the privacy review, the member list and
the plans (ChangeWatch, ui/operations/watch.py). And every write of the window says what it touched."""

from __future__ import annotations

import ast
import gc
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.ui.operations import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.store import Store


class Probe(QWidget):
    def __init__(self, store: Store, *, reloads_on_show: bool = False) -> None:
        super().__init__()
        self.calls: list[OpChanges] = []
        self.watch = ChangeWatch(store, self, ("members", "presence"), self.reload, reloads_on_show=reloads_on_show)

    def reload(self, changes: OpChanges) -> None:
        self.calls.append(changes)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_shown_screen_reloads_for_what_it_reads_and_only_that(qtbot: QtBot, store: Store) -> None:
    probe = shown(qtbot, Probe(store))
    store.runner.announce(OpChanges(invoices=True, bookings=True, sync=True))
    assert probe.calls == []
    store.runner.announce(OpChanges(members=True, invoices=True))
    assert probe.calls == [OpChanges(members=True, invoices=True)]


def test_a_hidden_screen_reloads_once_when_shown_with_what_it_missed(qtbot: QtBot, store: Store) -> None:
    probe = shown(qtbot, Probe(store))
    probe.hide()
    store.runner.announce(OpChanges(presence=True))
    store.runner.announce(OpChanges(members=True, plans=True))
    store.runner.announce(OpChanges(invoices=True))
    assert probe.calls == []
    probe.show()
    assert probe.calls == [OpChanges(presence=True, members=True, plans=True)]
    probe.hide()
    probe.show()  # nothing new meanwhile: not read again
    assert len(probe.calls) == 1


def test_a_screen_that_reads_at_each_show_is_not_read_twice(qtbot: QtBot, store: Store) -> None:
    probe = shown(qtbot, Probe(store, reloads_on_show=True))
    probe.hide()
    store.runner.announce(OpChanges(members=True))
    probe.show()
    assert probe.calls == [] and not probe.watch.pending.any  # its own showEvent reads it


def test_the_watch_keeps_no_screen_alive_and_refuses_unknown_flags(qtbot: QtBot, store: Store) -> None:
    probe = Probe(store)
    gone = weakref.ref(probe)
    del probe
    gc.collect()
    assert gone() is None  # freed, with its dialogs (a strong reference made a closed screen's dialog linger)
    store.runner.announce(OpChanges.everything())  # and nobody calls into it
    with pytest.raises(ValueError, match="membres"):
        ChangeWatch(store, QWidget(), ("membres",), lambda _c: None)


# --- the real screens: reads counted on the Store --------------------------------------------------------------

@pytest.fixture
def member_uid(place_engine: Engine) -> str:
    with unit_of_work(place_engine) as session:
        return members.add_member(session, first_name="Marie", last_name="Dupont").id


def _floor_plan(store: Store, _settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.floorplan.screen import FloorPlanScreen

    return FloorPlanScreen(store)


def _bookings(store: Store, _settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.bookings.screen import BookingsScreen

    return BookingsScreen(store)


def _occupancy(store: Store, settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.occupancy.screen import OccupancyScreen

    return OccupancyScreen(store, settings_store=settings)


def _settlement(store: Store, _settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.network.settlement_tab import SettlementTab

    return SettlementTab(store)


def _network_report(store: Store, settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.network.report_tab import NetworkReportTab

    return NetworkReportTab(store, settings_store=settings)


def _sync_panel(store: Store, settings: QSettings, db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.network.sync_panel import SyncPanel

    return SyncPanel(store, db_path=db, settings_store=settings)


def _today(store: Store, _settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.reports.screen import TodayScreen

    return TodayScreen(store)


def _member_card(store: Store, _settings: QSettings, _db: Path, uid: str) -> QWidget:
    from telecentre_desk.ui.members.card_dialog import MemberCardDialog

    return MemberCardDialog(store, uid)


def _privacy_review(store: Store, _settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.privacy.settings_dialog import PrivacyDialog

    return PrivacyDialog(store)


def _members(store: Store, _settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.members.screen import MembersScreen

    return MembersScreen(store)


def _plans(store: Store, _settings: QSettings, _db: Path, _uid: str) -> QWidget:
    from telecentre_desk.ui.plans.screen import PlansScreen

    return PlansScreen(store)


Factory = Callable[[Store, QSettings, Path, str], QWidget]
# (screen, a change set it does not read, one it reads)
SCREENS: list[tuple[Factory, OpChanges, OpChanges]] = [
    (_floor_plan, OpChanges(invoices=True, sync=True, settings=True), OpChanges(spaces=True)),
    (_floor_plan, OpChanges(invoices=True), OpChanges(presence=True)),  # the desks' colours only
    (_bookings, OpChanges(invoices=True, presence=True, sync=True), OpChanges(bookings=True)),
    (_occupancy, OpChanges(invoices=True, bookings=True, sync=True), OpChanges(presence=True)),
    (_settlement, OpChanges(bookings=True, spaces=True), OpChanges(settings=True)),  # a network day rate
    (_network_report, OpChanges(invoices=True, bookings=True), OpChanges(sync=True)),
    (_sync_panel, OpChanges(members=True, presence=True, invoices=True), OpChanges(sync=True)),
    (_today, OpChanges(bookings=True, spaces=True, settings=True), OpChanges(presence=True)),
    (_member_card, OpChanges(settings=True), OpChanges(members=True)),
    (_privacy_review, OpChanges(invoices=True, bookings=True), OpChanges(members=True)),
    (_members, OpChanges(invoices=True, bookings=True, presence=True, spaces=True), OpChanges(members=True)),
    (_plans, OpChanges(invoices=True, bookings=True, presence=True), OpChanges(plans=True)),
]
IDS = ["floor-plan", "floor-plan-states", "bookings", "occupancy", "settlement", "network-report", "sync", "bilans",
       "member-card", "privacy-review", "members", "plans"]


class ReadCounter:
    """Counts the screens' reads: the plain-SQL read models (``Store.read``) and the ORM ones (``Store.query``)."""

    def __init__(self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        for name in ("read", "query"):
            monkeypatch.setattr(store, name, self._counted(getattr(store, name)))

    def _counted(self, fn: Callable) -> Callable:
        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.count += 1
            return fn(*args, **kwargs)

        return counted


@pytest.mark.parametrize(("factory", "unread", "read"), SCREENS, ids=IDS)
def test_a_screen_ignores_changes_it_does_not_read_and_reloads_for_one_it_reads(
        qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path, member_uid: str,
        monkeypatch: pytest.MonkeyPatch, factory: Factory, unread: OpChanges, read: OpChanges) -> None:
    screen = shown(qtbot, factory(store, settings_store, db_path, member_uid))
    store.place  # noqa: B018  (read once here: the place is not what is counted)
    reads = ReadCounter(store, monkeypatch)
    store.runner.announce(unread)
    assert reads.count == 0
    store.runner.announce(read)
    assert reads.count >= 1
    screen.close()


@pytest.mark.parametrize(("factory", "unread", "read"), SCREENS, ids=IDS)
def test_a_hidden_screen_reads_nothing_until_it_is_shown(
        qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path, member_uid: str,
        monkeypatch: pytest.MonkeyPatch, factory: Factory, unread: OpChanges, read: OpChanges) -> None:
    screen = shown(qtbot, factory(store, settings_store, db_path, member_uid))
    screen.hide()
    store.place  # noqa: B018
    reads = ReadCounter(store, monkeypatch)
    store.runner.announce(read)
    store.runner.announce(read | unread)
    assert reads.count == 0
    screen.show()
    assert reads.count >= 1  # read again on show, once for all it missed
    screen.close()


def test_the_floor_plan_rebuilds_once_when_shown_after_changes_it_missed(
        qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path, member_uid: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    screen = shown(qtbot, _floor_plan(store, settings_store, db_path, member_uid))
    rebuilt: list[None] = []
    reload = screen.reload
    monkeypatch.setattr(screen, "reload", lambda: (rebuilt.append(None), reload()))
    screen.hide()
    for _ in range(3):  # three rooms added while the host was on another screen
        store.runner.announce(OpChanges(spaces=True))
    assert rebuilt == []
    screen.show()
    assert len(rebuilt) == 1
    screen.close()


def test_every_write_of_the_window_says_what_it_touched() -> None:
    """No ``Store.run`` under ui/ without ``changes=``: a write that does not say has every screen reload."""
    import telecentre_desk.ui as ui

    root = Path(ui.__file__).parent
    silent: list[str] = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run"
                    and "store" in ast.unparse(node.func.value)
                    and not any(k.arg == "changes" for k in node.keywords)):
                silent.append(f"{path.relative_to(root)}:{node.lineno}")
    assert silent == []
