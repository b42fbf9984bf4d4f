"""The Members screen as a host uses it: add, find, edit, deactivate; what the table shows and what is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.members.member_dialog import MemberDialog
from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.members.table_model import MemberColumn
from telecentre_desk.ui.store import Store


def make_screen(qtbot: QtBot, store: Store) -> MembersScreen:
    screen = MembersScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def add_people(engine: Engine, *people: tuple[str, str]) -> None:
    with unit_of_work(engine) as session:
        for first, last in people:
            members.add_member(session, first_name=first, last_name=last)


def shown(screen: MembersScreen, column: MemberColumn) -> list[str]:
    """The texts of one column, top to bottom, as the user sees them."""
    proxy = screen.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def open_new_dialog(qtbot: QtBot, screen: MembersScreen) -> MemberDialog:
    screen.new_action.trigger()
    qtbot.waitUntil(lambda: screen.findChild(MemberDialog) is not None)
    dialog = screen.findChild(MemberDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_add_a_member_through_the_dialog_shows_it_in_the_table(qtbot: QtBot, store: Store,
                                                               place_engine: Engine) -> None:
    screen = make_screen(qtbot, store)
    assert screen.count_label.text() == "0 members"
    dialog = open_new_dialog(qtbot, screen)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.edits["first_name"], "Florence")
    assert not dialog.ok_button.isEnabled()  # both names are needed
    qtbot.keyClicks(dialog.edits["last_name"], "Dupont")
    dialog.category.setCurrentIndex(dialog.category.findData("jobseeker"))
    qtbot.keyClicks(dialog.edits["email"], "florence@example.fr")
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(store.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shown(screen, MemberColumn.LAST_NAME) == ["Dupont"]
    assert shown(screen, MemberColumn.NUMBER) == ["FLO-0001"]
    assert shown(screen, MemberColumn.CATEGORY) == ["Jobseeker"]
    assert shown(screen, MemberColumn.STATUS) == ["Active"]
    assert screen.count_label.text() == "1 member"
    assert screen.selected_member() is not None and screen.selected_member().last_name == "Dupont"
    with unit_of_work(place_engine) as session:
        [stored] = members.list_members(session)
    assert (stored.first_name, stored.category, stored.email) == ("Florence", "jobseeker", "florence@example.fr")


def test_a_new_member_can_start_on_a_plan(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="RESIDENT", name="Résident", kind="monthly", price="180")
        plans.add_plan(session, code="OLD", name="Ancien", kind="monthly", price="90", active=False)
    screen = make_screen(qtbot, store)
    dialog = open_new_dialog(qtbot, screen)
    assert [dialog.plan.itemData(i) for i in range(dialog.plan.count())] == [None, "RESIDENT"]  # on sale only
    assert not dialog.start.isEnabled()
    assert dialog.start.date().toPython().isoformat() == "2026-11-26"  # today at the place (frozen clock)
    dialog.edits["first_name"].setText("Élodie")
    dialog.edits["last_name"].setText("Martin")
    dialog.plan.setCurrentIndex(1)
    assert dialog.start.isEnabled()
    dialog.accept()

    assert shown(screen, MemberColumn.PLAN) == ["Résident"]
    with unit_of_work(place_engine) as session:
        assert members.list_members(session)[0].plan_code == "RESIDENT"


def test_search_box_keeps_only_matching_rows(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    add_people(place_engine, ("Florence", "Dupont"), ("Élodie", "Martin"), ("Jean", "Dupuis"), ("Marc", "Roux"))
    screen = make_screen(qtbot, store)
    assert screen.count_label.text() == "4 members"

    qtbot.keyClicks(screen.search, "DUP")
    assert sorted(shown(screen, MemberColumn.LAST_NAME)) == ["Dupont", "Dupuis"]
    assert screen.count_label.text() == "2 of 4 members shown"

    screen.search.clear()
    qtbot.keyClicks(screen.search, "elod")  # no accent typed, still found
    assert shown(screen, MemberColumn.LAST_NAME) == ["Martin"]

    screen.search.clear()
    qtbot.keyClicks(screen.search, "FLO-0004")
    assert shown(screen, MemberColumn.LAST_NAME) == ["Roux"]

    screen.search.clear()
    assert screen.proxy.rowCount() == 4


def test_sorting_by_a_header_click(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    add_people(place_engine, *[(f"P{i}", name) for i, name in enumerate(
        ["Martin", "Élie", "Bonnet", "Zorn", "Abel", "Chabert", "Dupont", "Fabre", "Gely", "Hugon"])])
    screen = make_screen(qtbot, store)
    assert shown(screen, MemberColumn.LAST_NAME)[:3] == ["Abel", "Bonnet", "Chabert"]
    assert shown(screen, MemberColumn.LAST_NAME).index("Élie") < shown(screen, MemberColumn.LAST_NAME).index("Fabre")
    header = screen.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(MemberColumn.NUMBER) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    numbers = shown(screen, MemberColumn.NUMBER)
    assert numbers[0] == "FLO-0001" and numbers[-1] == "FLO-0010"  # by number, 10 after 9


def test_status_and_category_filters(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Ana", last_name="Actif", category="student")
        members.add_member(session, first_name="Ivo", last_name="Inactif", category="student")
        members.add_member(session, first_name="Eva", last_name="Autre", category="employee")
        members.deactivate_member(session, 2)
    screen = make_screen(qtbot, store)
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("inactive"))
    assert shown(screen, MemberColumn.LAST_NAME) == ["Inactif"]
    screen.status_filter.setCurrentIndex(0)
    screen.category_filter.setCurrentIndex(screen.category_filter.findData("student"))
    assert sorted(shown(screen, MemberColumn.LAST_NAME)) == ["Actif", "Inactif"]


def test_members_are_there_after_closing_and_reopening_the_database(
        qtbot: QtBot, store: Store, place_engine: Engine, db_path: Path, settings_store: QSettings) -> None:
    screen = make_screen(qtbot, store)
    dialog = open_new_dialog(qtbot, screen)
    dialog.edits["first_name"].setText("Aurélie")
    dialog.edits["last_name"].setText("Chabert")
    dialog.accept()
    screen.close()
    place_engine.dispose()

    engine = open_database(db_path)
    try:
        window = MainWindow(Store(engine), db_path=db_path, settings_store=settings_store, first_screen="members")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        reopened = window.members_screen
        assert window.stack.currentWidget() is reopened
        assert shown(reopened, MemberColumn.LAST_NAME) == ["Chabert"]
        assert shown(reopened, MemberColumn.FIRST_NAME) == ["Aurélie"]
        assert reopened.count_label.text() == "1 member"
    finally:
        window.close()
        engine.dispose()


def test_a_bad_siren_keeps_the_dialog_open_and_writes_nothing(qtbot: QtBot, store: Store,
                                                              place_engine: Engine, recorded_dialogs) -> None:
    screen = make_screen(qtbot, store)
    dialog = open_new_dialog(qtbot, screen)
    dialog.edits["first_name"].setText("Pierre")
    dialog.edits["last_name"].setText("Boyer")
    dialog.edits["company_name"].setText("Gorges du Tarn Tourisme")
    dialog.edits["siren"].setText("123456789")  # fails the Luhn check
    with qtbot.assertNotEmitted(store.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "SIREN" in dialog.errors.error_text("siren")
    assert dialog.errors.error_text("email") == ""
    assert dialog.focusWidget() is dialog.edits["siren"]  # the cursor waits in the field to fix
    assert recorded_dialogs.errors == []  # shown in the form, not in a message box
    assert screen.proxy.rowCount() == 0
    with unit_of_work(place_engine) as session:
        assert members.list_members(session) == []

    dialog.edits["siren"].setText("732829320")  # a valid SIREN: the same dialog now saves
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.errors.error_text("siren") == ""
    assert shown(screen, MemberColumn.LAST_NAME) == ["Boyer"]


def test_a_bad_email_is_shown_under_the_email_field(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    screen = make_screen(qtbot, store)
    dialog = open_new_dialog(qtbot, screen)
    dialog.edits["first_name"].setText("Lucas")
    dialog.edits["last_name"].setText("Pantel")
    dialog.edits["email"].setText("lucas.pantel.example.fr")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.error_text("email") != ""
    with unit_of_work(place_engine) as session:
        assert members.list_members(session) == []
    dialog.reject()
    dialog.deleteLater()


def test_enter_on_a_row_edits_the_member(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    add_people(place_engine, ("Julie", "Castan"))
    screen = make_screen(qtbot, store)
    screen.select_member(screen.model.member_at(0).id)
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.findChild(MemberDialog) is not None)
    dialog = screen.findChild(MemberDialog)
    assert dialog.windowTitle() == "Edit member"
    assert dialog.edits["last_name"].text() == "Castan"
    dialog.edits["last_name"].setText("Castan-Vidal")
    dialog.edits["phone"].setText("06 77 88 99 00")
    with qtbot.waitSignal(store.changed):
        dialog.accept()
    assert shown(screen, MemberColumn.LAST_NAME) == ["Castan-Vidal"]
    assert shown(screen, MemberColumn.PHONE) == ["06 77 88 99 00"]
    assert screen.selected_member().last_name == "Castan-Vidal"  # still selected after the refresh


def test_deactivate_asks_first_then_deactivates(qtbot: QtBot, store: Store, place_engine: Engine,
                                                recorded_dialogs) -> None:
    add_people(place_engine, ("Mathieu", "Roux"))
    screen = make_screen(qtbot, store)
    screen.select_member(screen.model.member_at(0).id)

    recorded_dialogs.answers.append(False)
    with qtbot.assertNotEmitted(store.changed):
        screen.deactivate_action.trigger()
    assert "Mathieu Roux" in recorded_dialogs.questions[0][1]
    assert shown(screen, MemberColumn.STATUS) == ["Active"]

    recorded_dialogs.answers.append(True)
    with qtbot.waitSignal(store.changed):
        screen.deactivate_action.trigger()
    assert shown(screen, MemberColumn.STATUS) == ["Inactive"]
    assert screen.deactivate_action.text() == "Reactivate"
    with unit_of_work(place_engine) as session:
        assert members.get_member(session, 1).status == "inactive"


def test_delete_key_on_a_row_asks_to_deactivate(qtbot: QtBot, store: Store, place_engine: Engine,
                                                recorded_dialogs) -> None:
    add_people(place_engine, ("Claire", "Brun"))
    screen = make_screen(qtbot, store)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.select_member(screen.model.member_at(0).id)
    screen.table.setFocus()
    recorded_dialogs.answers.append(True)
    with qtbot.waitSignal(store.changed):
        qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert recorded_dialogs.questions[0][0] == "Deactivate member"
    assert shown(screen, MemberColumn.STATUS) == ["Inactive"]


def test_ctrl_n_opens_the_new_member_dialog(qtbot: QtBot, store: Store) -> None:
    screen = make_screen(qtbot, store)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.search.setFocus()
    qtbot.keyClick(screen.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.findChild(MemberDialog) is not None)
    assert screen.findChild(MemberDialog).windowTitle() == "New member"


def test_a_control_character_in_a_name_is_shown_under_the_field(qtbot: QtBot, store: Store,
                                                                  place_engine: Engine) -> None:
    # The window applies the same rule as the CLI and the spreadsheet import (common/plausibility.py).
    screen = make_screen(qtbot, store)
    dialog = open_new_dialog(qtbot, screen)
    dialog.edits["first_name"].setText("Zo\u202eé")  # a bidi override pasted from somewhere
    dialog.edits["last_name"].setText("Pantel")
    dialog.accept()
    assert dialog.isVisible()
    assert "U+202E" in dialog.errors.error_text("first_name")
    assert dialog.start.minimumDate().year() == 2000
    with unit_of_work(place_engine) as session:
        assert members.list_members(session) == []
    dialog.reject()
