"""The Undo/Redo actions (ui/undo.py) read as one sentence in each language (issue 15): « Défaire : annulation de la
réservation de … » beside « Annuler la réservation », never Qt's glued "Annuler Annulation de …"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.ui import i18n
from telecentre_desk.ui.bookings import prompts
from telecentre_desk.ui.store import Store
from telecentre_desk.ui.undo import DoneCommand, UndoActions
from tests.ui.bookings.test_bookings_screen import book, open_screen, place, select  # noqa: F401 (fixture)

NB = "\u00a0"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translations = i18n.install(qapp, "fr")
    core_i18n.set_language("fr")
    yield
    translations.remove(qapp)
    core_i18n.set_language("en")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English window's plural forms ("the booking", "2 bookings"), as run_gui installs them."""
    translations = i18n.install(qapp, "en")
    yield
    translations.remove(qapp)


def _screen_with_stack(qtbot: QtBot) -> tuple[QWidget, QUndoStack, UndoActions]:
    screen = QWidget()
    qtbot.addWidget(screen)
    stack = QUndoStack(screen)
    return screen, stack, UndoActions(stack, screen)


def test_english_labels_follow_the_stack(qtbot: QtBot) -> None:
    screen, stack, actions = _screen_with_stack(qtbot)
    assert (actions.undo_action.text(), actions.undo_action.isEnabled()) == ("Undo", False)
    assert actions.redo_action.text() == "Redo"
    stack.push(DoneCommand("Deletion of room Salle Tarnon", undo=lambda: True, redo=lambda: True))
    assert actions.undo_action.text() == "Undo deletion of room Salle Tarnon"
    assert actions.undo_action.iconText() == "Undo"  # the toolbar keeps the short verb
    assert actions.undo_action.toolTip() == "Undo deletion of room Salle Tarnon"
    stack.undo()
    assert actions.redo_action.text() == "Redo deletion of room Salle Tarnon"
    assert (actions.undo_action.text(), actions.undo_action.isEnabled()) == ("Undo", False)
    assert actions.undo_action in screen.actions() and actions.redo_action in screen.actions()


def test_a_refused_step_leaves_no_label_behind(qtbot: QtBot) -> None:
    _screen, stack, actions = _screen_with_stack(qtbot)
    stack.push(DoneCommand("Move of desk A2 to Salle Tarnon", undo=lambda: False, redo=lambda: True))
    actions.undo_action.trigger()  # the database refused: the command leaves the stack
    assert (actions.undo_action.text(), actions.redo_action.text()) == ("Undo", "Redo")
    assert not actions.undo_action.isEnabled() and not actions.redo_action.isEnabled()


@pytest.mark.usefixtures("french")
def test_french_cancellation_reads_defaire_beside_annuler_la_reservation(
        qtbot: QtBot, store: Store, place: Engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    screen = open_screen(qtbot, store)
    assert (screen.undo_action.text(), screen.redo_action.text()) == ("Défaire", "Refaire")
    book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    select(screen, "Salle Tarnon", "10:00", "10:00")
    monkeypatch.setattr(prompts, "ask_cancel", lambda *_args, **_kw: prompts.ONE)
    with qtbot.waitSignal(screen.message):
        screen.cancel_action.trigger()
    label = screen.undo_action.text()
    assert label.startswith(f"Défaire{NB}: annulation de la réservation de Marie Dupont"), label
    assert "\n" not in label and "Annuler" not in label
    assert screen.undo_action.iconText() == "Défaire"
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert screen.redo_action.text().startswith(f"Refaire{NB}: annulation de la réservation de Marie Dupont")
    assert screen.undo_action.text() == "Défaire"


@pytest.mark.usefixtures("english")
def test_english_cancellation_label(qtbot: QtBot, store: Store, place: Engine,  # noqa: F811
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)
    book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    select(screen, "Salle Tarnon", "10:00", "10:00")
    monkeypatch.setattr(prompts, "ask_cancel", lambda *_args, **_kw: prompts.ONE)
    with qtbot.waitSignal(screen.message):
        screen.cancel_action.trigger()
    assert screen.undo_action.text().startswith("Undo cancellation of the booking of Marie Dupont (")
