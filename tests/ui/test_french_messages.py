"""A French window shows the core's messages in French too: under the form's field, in the start-up error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk import paths
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.ui import app as app_module
from telecentre_desk.ui import i18n
from telecentre_desk.ui.form_errors import message_for
from telecentre_desk.ui.members.member_dialog import MemberDialog
from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.store import Store

NB = "\u00a0"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The window as run_gui sets it up on a French system: Qt's translators and the core's catalogue."""
    translations = i18n.install(qapp, "fr")
    core_i18n.set_language("fr")
    yield
    translations.remove(qapp)


@pytest.mark.usefixtures("french")
def test_a_bad_siren_is_explained_in_french_under_its_field(qtbot: QtBot, store: Store, place_engine: Engine,
                                                           recorded_dialogs) -> None:
    screen = MembersScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    screen.new_action.trigger()
    qtbot.waitUntil(lambda: screen.findChild(MemberDialog) is not None)
    dialog = screen.findChild(MemberDialog)
    assert dialog.windowTitle() == "Nouveau membre"
    dialog.edits["first_name"].setText("Pierre")
    dialog.edits["last_name"].setText("Boyer")
    dialog.edits["company_name"].setText("Gorges du Tarn Tourisme")
    dialog.edits["siren"].setText("123456789")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    # The field's place tells which field: the "siren :" prefix is gone, the rest is French.
    assert dialog.errors.error_text("siren") == (
        f"«{NB}123456789{NB}» n’est pas un SIREN valide (clé de contrôle erronée)")
    assert recorded_dialogs.errors == []
    with unit_of_work(place_engine) as session:
        assert members.list_members(session) == []
    dialog.reject()  # the host gives up: nothing saved, and no dialog left open for the next test
    dialog.deleteLater()


@pytest.mark.parametrize(("message", "shown"), [
    ("siren: '1' is not a valid SIREN", "'1' is not a valid SIREN"),
    (f"siren{NB}: «{NB}1{NB}» n’est pas un SIREN valide", f"«{NB}1{NB}» n’est pas un SIREN valide"),
    ("siren : 1", "1"),
    ("sirene: 1", "Sirene: 1"),  # another field's name is not this field's prefix; the window adds a capital
    ("le siren: 1", "Le siren: 1"),
    ("broken.json: damaged", "broken.json: damaged"),  # a file name keeps its case
])
def test_the_field_prefix_is_dropped_in_both_typographies(message: str, shown: str) -> None:
    assert message_for(ValidationError(message, field="siren")) == shown


def test_run_gui_opens_the_core_in_the_window_language_and_restores_it(tmp_path: Path, recorded_dialogs) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is a shopping list, not a database\n" * 100)
    # A safety net, never a wait, stopped on the way out: a single shot left behind fired 20 s later, in
    # whichever test was running, with no exec() to end; it stopped every event loop of the tests after it.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QCoreApplication.exit(99))
    guard.start(20_000)
    app_paths = paths.resolve(db=bogus, data_dir=tmp_path / "data", environ={})
    try:
        code = app_module.run_gui(app_paths, argv=["telecentre-desk"], environ={"TELECENTRE_DESK_LANG": "fr"})
    finally:
        guard.stop()
    assert code == 1

    [(title, text)] = recorded_dialogs.errors
    assert title == "Impossible d’ouvrir la base de données"
    assert text.endswith(f"{bogus} n’est pas une base de données Télécentre Desk (ce n’est pas un fichier SQLite)")
    assert core_i18n.current_language() == "en"  # put back with the translators on the way out
