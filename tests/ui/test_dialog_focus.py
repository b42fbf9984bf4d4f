"""Create dialogs open with the focus on their first field, and Tab follows the form (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from telecentre_desk.ui.floorplan.edit_dialogs import RoomDialog
from telecentre_desk.ui.members.member_dialog import MemberDialog
from telecentre_desk.ui.plans.plan_dialog import PlanDialog
from telecentre_desk.ui.store import Store


def _typed_into_first_field(qtbot: QtBot, dialog: QDialog, first: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.focusWidget() is first
    qtbot.keyClicks(dialog.focusWidget(), "Ab")
    assert first.text() == "Ab"  # type: ignore[attr-defined]
    dialog.close()


def test_new_member_starts_on_the_first_name(qtbot: QtBot, store: Store) -> None:
    dialog = MemberDialog(store)
    _typed_into_first_field(qtbot, dialog, dialog.edits["first_name"])
    dialog.show()
    dialog.edits["first_name"].setFocus()
    assert dialog.focusNextChild()  # what Tab does
    assert dialog.focusWidget() is dialog.edits["last_name"]
    dialog.close()


def test_new_plan_starts_on_the_code(qtbot: QtBot, store: Store) -> None:
    dialog = PlanDialog(store)
    _typed_into_first_field(qtbot, dialog, dialog.code)


def test_new_room_starts_on_its_name(qtbot: QtBot, store: Store) -> None:
    dialog = RoomDialog(store, rect=(0, 0, 420, 300))
    _typed_into_first_field(qtbot, dialog, dialog.name)
    assert dialog.capacity.focusPolicy() != Qt.FocusPolicy.NoFocus
