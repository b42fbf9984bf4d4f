"""The Occupancy screen on a day worked out by hand, the no-data message, the exports, the category model.

Thursday 26 November 2026 in Florac (open mon-fri 08:00-19:00), an open space of four desks:
- Marie (freelancer, member since January) 09:00-17:00 at A1: 480 min, a full day;
- Chloé (student, joined that day) 10:00-12:00 at A2: 120 min, at most 4 h, a half day.
Visits 2, people 2, person-days 1.5, hours 10.0, new members 1; two desks used of four on one open
day: 50.0 %; peak hours on Thursday: 1 person at 9 h, 2 at 10 h and 11 h, 1 from 12 h to 16 h.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans
from telecentre_desk.spaces import service as spaces
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.occupancy.category_model import CategoryColumn
from telecentre_desk.ui.occupancy.period import PeriodKind, period_bounds, shift
from telecentre_desk.ui.occupancy.screen import OccupancyScreen
from telecentre_desk.ui.store import Store

PARIS = ZoneInfo("Europe/Paris")
THURSDAY = dt.date(2026, 11, 26)


def at(hour: int) -> dt.datetime:
    return dt.datetime.combine(THURSDAY, dt.time(hour), tzinfo=PARIS)


@pytest.fixture
def day(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        marie = members.add_member(session, first_name="Marie", last_name="Dupont", category="freelancer",
                                   plan_code="MOIS", start=dt.date(2026, 1, 5))
        chloe = members.add_member(session, first_name="Chloé", last_name="Thévenot", category="student",
                                   plan_code="MOIS")
        badge = {m.first_name: badges.issue_badge(session, m.id, key=bytes(range(32))).payload for m in (marie, chloe)}
        spaces.add_space(session, name="Open space", kind="open_space", capacity=4)
        for name in ("A1", "A2", "A3", "A4"):
            spaces.add_desk(session, space="Open space", name=name)
    with FrontDesk(place_engine) as front:
        front.scan(badge["Marie"], at=at(9))
        front.scan(badge["Chloé"], at=at(10))
        front.scan(badge["Chloé"], at=at(12))
        front.scan(badge["Marie"], at=at(17))
    return place_engine


def open_screen(qtbot: QtBot, store: Store, settings_store: QSettings) -> OccupancyScreen:
    screen = OccupancyScreen(store, settings_store=settings_store)
    qtbot.addWidget(screen)
    screen.resize(1200, 740)
    screen.show()
    return screen


def cards(screen: OccupancyScreen) -> dict[str, str]:
    return {key: card.value.text() for key, card in screen.cards.items()}


def table(screen: OccupancyScreen) -> list[list[str]]:
    model = screen.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_day_worked_out_by_hand(qtbot: QtBot, store: Store, settings_store: QSettings, day: Engine) -> None:
    screen = open_screen(qtbot, store, settings_store)
    screen.period.set_period(PeriodKind.DAY, THURSDAY)
    assert screen.pages.currentIndex() == 0
    assert cards(screen) == {"visits": "2", "people": "2", "person_days": "1.5", "rate": "50.0\u202f%",
                             "hours": "10.0", "new": "1"}
    assert screen.cards["rate"].detail.text() == "2 desk-days of 4 (4 desks × 1 open days)"
    assert table(screen) == [["Freelancer", "1", "1", "1.0", "8.0", "0"],
                             ["Student", "1", "1", "0.5", "2.0", "1"],
                             ["Total", "2", "2", "1.5", "10.0", "1"]]
    thursday = screen.heat_map.grid[3]
    assert [thursday[h] for h in range(8, 18)] == [0, 1, 2, 2, 1, 1, 1, 1, 1, 0]
    assert screen.chart.categories == ["Student", "Freelancer"]  # drawn bottom-up: read top-down
    assert screen.chart.sets == {"Visits": [1.0, 1.0], "Person-days": [0.5, 1.0]}


def test_the_week_so_far_counts_its_open_days(qtbot: QtBot, store: Store, settings_store: QSettings,
                                              day: Engine) -> None:
    screen = open_screen(qtbot, store, settings_store)
    screen.period.set_period(PeriodKind.WEEK, THURSDAY)  # Monday 23 to today, Thursday 26: four open days
    assert screen.period.bounds() == (dt.date(2026, 11, 23), THURSDAY)
    assert cards(screen)["rate"] == "12.5\u202f%"
    assert screen.cards["rate"].detail.text() == "2 desk-days of 16 (4 desks × 4 open days)"


def test_a_period_without_anybody_says_so(qtbot: QtBot, store: Store, settings_store: QSettings,
                                          day: Engine) -> None:
    screen = open_screen(qtbot, store, settings_store)
    screen.period.set_period(PeriodKind.DAY, THURSDAY - dt.timedelta(days=1))
    assert screen.pages.currentIndex() == 1 and screen.empty_label.isVisible()
    assert screen.empty_label.text() == ("No data for this period (Wednesday, 25 November 2026): nobody was "
                                         "recorded present.")
    assert screen.model.rowCount() == 0
    screen.period.next.click()  # one day later: Thursday again
    assert screen.pages.currentIndex() == 0 and cards(screen)["visits"] == "2"


def test_the_period_kind_is_remembered(qtbot: QtBot, store: Store, settings_store: QSettings, day: Engine) -> None:
    screen = open_screen(qtbot, store, settings_store)
    screen.period.kind.setCurrentIndex(screen.period.kind.findData("year"))
    assert screen.period.bounds() == (dt.date(2026, 1, 1), THURSDAY)  # the year so far
    again = open_screen(qtbot, store, settings_store)
    assert again.period.current_kind == PeriodKind.YEAR and cards(again)["visits"] == "2"


def test_exports(qtbot: QtBot, store: Store, settings_store: QSettings, day: Engine, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store, settings_store)
    screen.period.set_period(PeriodKind.DAY, THURSDAY)
    csv_path, pdf_path = tmp_path / "stats.csv", tmp_path / "stats.pdf"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: csv_path)
    with qtbot.waitSignal(screen.message) as said:
        screen.csv_button.click()
        assert store.runner.busy("files")  # written on the window's runner
    assert said.args == [f"Saved to {csv_path}"]
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "Jours-personnes" in text and "Total;2;2;1,5;10,0;1" in text
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: pdf_path)
    with qtbot.waitSignal(screen.message, timeout=20_000) as said:
        screen.pdf_button.click()
    assert said.args == [f"Saved to {pdf_path}"]
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_the_category_model_passes_the_model_tester(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                    day: Engine, qtmodeltester: ModelTester) -> None:
    screen = open_screen(qtbot, store, settings_store)
    screen.period.set_period(PeriodKind.DAY, THURSDAY)
    qtmodeltester.check(screen.model)
    assert screen.model.headerData(CategoryColumn.PERSON_DAYS, Qt.Orientation.Horizontal) == "Person-days"


def test_period_arithmetic() -> None:
    today = dt.date(2026, 11, 26)
    assert period_bounds(PeriodKind.MONTH, dt.date(2026, 2, 10), today=today) == (dt.date(2026, 2, 1),
                                                                                  dt.date(2026, 2, 28))
    assert period_bounds(PeriodKind.WEEK, dt.date(2026, 11, 1), today=today) == (dt.date(2026, 10, 26),
                                                                                 dt.date(2026, 11, 1))
    assert period_bounds(PeriodKind.MONTH, today, today=today) == (dt.date(2026, 11, 1), today)
    assert shift(PeriodKind.MONTH, dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert shift(PeriodKind.MONTH, dt.date(2026, 1, 15), -1) == dt.date(2025, 12, 15)
    assert shift(PeriodKind.YEAR, dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def test_in_french(qtbot: QtBot, qapp: object, store: Store, settings_store: QSettings, day: Engine) -> None:
    from telecentre_desk.ui import i18n

    translations = i18n.install(qapp, "fr")
    try:
        screen = open_screen(qtbot, store, settings_store)
        screen.period.set_period(PeriodKind.DAY, THURSDAY)
        assert cards(screen) == {"visits": "2", "people": "2", "person_days": "1,5", "rate": "50,0\u202f%",
                                 "hours": "10,0", "new": "1"}
        assert screen.cards["rate"].caption.text() == "Taux d’occupation"
        assert screen.cards["rate"].detail.text() == "2 postes-jours sur 4 (4 postes × 1 jours d’ouverture)"
        assert table(screen)[-1] == ["Total", "2", "2", "1,5", "10,0", "1"]
        assert screen.model.headerData(CategoryColumn.PERSON_DAYS, Qt.Orientation.Horizontal) == "Jours-personnes"
        screen.period.set_period(PeriodKind.DAY, THURSDAY - dt.timedelta(days=1))
        assert screen.empty_label.text() == ("Aucune donnée pour cette période (mercredi 25 novembre 2026)\u00a0: "
                                             "personne n’a été enregistré présent.")
    finally:
        translations.remove(qapp)


def test_from_to_starts_from_the_period_shown(qtbot: QtBot, store: Store, settings_store: QSettings,
                                              day: Engine) -> None:
    screen = open_screen(qtbot, store, settings_store)
    screen.period.set_period(PeriodKind.WEEK, THURSDAY)
    screen.period.kind.setCurrentIndex(screen.period.kind.findData(PeriodKind.CUSTOM.value))
    assert screen.period.bounds() == (dt.date(2026, 11, 23), THURSDAY)  # not today to today (issue 15)
    assert "2026" in screen.period.summary.toolTip()  # the long dates, when the short ones are shown


def test_category_names_are_never_cut_to_an_ellipsis(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                     day: Engine) -> None:
    screen = open_screen(qtbot, store, settings_store)
    screen.resize(830, 560)  # the screen's room in a 1024x600 window
    screen.period.set_period(PeriodKind.DAY, THURSDAY)
    axes = screen.chart.chart().axes(Qt.Orientation.Vertical)
    assert axes and not axes[0].truncateLabels()
