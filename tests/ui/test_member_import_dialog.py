"""The member import as a host uses it: pick a file, fix the mapping, check, see the errors, import; and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.members.import_dialog import MemberImportDialog
from telecentre_desk.ui.members.import_models import MAPPED_ROLE, ErrorColumn
from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.store import Store
from tests.ui.conftest import DialogRecorder


def excel_file(path: Path, *lines: str) -> Path:
    """French Excel's "CSV (séparateur: point-virgule)": Windows-1252, ;, CRLF."""
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


@pytest.fixture
def two_errors(tmp_path: Path) -> Path:
    return excel_file(tmp_path / "adhérents.csv", "Liste des adhérents;;;;", "Nom;Prénom;Courriel;Catégorie;Divers",
                      "Garçon;Hélène;helene@example.fr;Demandeur d'emploi;x",
                      "Cœur;Noël;noel @example.fr;Indépendant;y",
                      "", "Lefèvre;Loïc;loic@example.fr;Astronaute;z")


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return excel_file(tmp_path / "ok.csv", "Nom;Prénom;Mail perso;Catégorie",
                      "Garçon;Hélène;helene@example.fr;Demandeur d'emploi", "Cœur;Noël;noel@example.fr;Indépendant",
                      "Bœuf;Zoé;zoe@example.fr;Étudiante")


def open_screen(qtbot: QtBot, store: Store) -> MembersScreen:
    screen = MembersScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def open_import(qtbot: QtBot, screen: MembersScreen, path: Path, monkeypatch: pytest.MonkeyPatch
                ) -> MemberImportDialog:
    monkeypatch.setattr(file_prompts, "open_file", lambda *_args: path)
    screen.import_action.trigger()
    qtbot.waitUntil(lambda: screen.findChild(MemberImportDialog) is not None)
    dialog = screen.findChild(MemberImportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def column_texts(dialog: MemberImportDialog, column: int) -> list[str]:
    model = dialog.preview_model
    return [model.index(row, column).data() for row in range(1, model.rowCount())]


def problems(dialog: MemberImportDialog) -> list[tuple[int, str, str]]:
    model = dialog.errors_model
    return [tuple(model.index(row, c).data() for c in ErrorColumn) for row in range(model.rowCount())]


def test_errors_are_listed_with_their_lines_and_nothing_can_be_imported(
        qtbot: QtBot, store: Store, place_engine: Engine, two_errors: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)
    dialog = open_import(qtbot, screen, two_errors, monkeypatch)
    assert "adhérents.csv" in dialog.file_label.text() and "Windows-1252" in dialog.file_label.text()
    assert "header on line 2" in dialog.file_label.text() and "3 rows" in dialog.file_label.text()
    assert dialog.mapping() == ["last_name", "first_name", "email", "category", None]
    assert [dialog.preview_model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == ["Field", "3", "4", "6"]
    assert column_texts(dialog, 0) == ["Garçon", "Cœur", "Lefèvre"]
    assert not dialog.import_button.isEnabled()  # not checked yet

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert problems(dialog) == [
        (4, "Courriel", "'noel @example.fr' is not a valid email address (no spaces allowed)"),
        (6, "Catégorie", "'Astronaute' is not a category (one of: Indépendant, Salarié en télétravail, Demandeur "
                         "d'emploi, Étudiant, Association, Entreprise, Autre)")]
    assert dialog.summary_label.text() == "1 to create, 0 to update, 0 unchanged; 2 errors"
    assert not dialog.import_button.isEnabled()
    bad_cell = dialog.preview_model.index(2, 2)
    assert bad_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "no spaces allowed" in bad_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.preview_model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None

    # Double-clicking the second problem shows line 6 in the preview.
    index = dialog.errors_model.index(1, ErrorColumn.PROBLEM)
    dialog.errors.scrollTo(index)
    where = dialog.errors.visualRect(index).center()
    qtbot.mouseClick(dialog.errors.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt 6 wants the press first
    qtbot.mouseDClick(dialog.errors.viewport(), Qt.MouseButton.LeftButton, pos=where)
    current = dialog.preview.currentIndex()
    assert (current.row(), current.column()) == (3, 3)
    assert dialog.preview_model.headerData(current.row(), Qt.Orientation.Vertical) == "6"
    with unit_of_work(place_engine) as session:
        assert members.list_members(session) == []


def test_changing_the_mapping_updates_the_preview(qtbot: QtBot, store: Store, clean: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)  # held: the dialog is its child
    dialog = open_import(qtbot, screen, clean, monkeypatch)
    model = dialog.preview_model
    assert dialog.mapping() == ["last_name", "first_name", None, "category"]  # "Mail perso" is not a known name
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed: not imported
    dialog.check()
    assert problems(dialog) == []
    assert dialog.import_button.text() == "Import 3 members" and dialog.import_button.isEnabled()

    dialog.set_field(2, "email")
    assert model.index(0, 2).data(MAPPED_ROLE) == "email"
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None  # imported now: normal text
    assert dialog.summary_label.text() == "The columns changed: check again."
    assert not dialog.import_button.isEnabled()

    dialog.set_field(3, "last_name")  # a field comes from one column: "Nom" lets it go
    assert dialog.mapping() == [None, "first_name", "email", "last_name"]
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    dialog.check()
    assert dialog.import_button.isEnabled()


def test_import_creates_the_members_and_the_list_shows_them(
        qtbot: QtBot, store: Store, place_engine: Engine, clean: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)
    dialog = open_import(qtbot, screen, clean, monkeypatch)
    dialog.set_field(2, "email")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.message, timeout=10_000) as said:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert said.args == ["3 created, 0 updated, 0 unchanged"]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert screen.count_label.text() == "3 members"
    with unit_of_work(place_engine) as session:
        stored = {m.last_name: (m.email, m.category) for m in members.list_members(session)}
    assert stored == {"Garçon": ("helene@example.fr", "jobseeker"), "Cœur": ("noel@example.fr", "freelancer"),
                      "Bœuf": ("zoe@example.fr", "student")}


def test_a_big_file_shows_progress_and_goes_in_whole(qtbot: QtBot, store: Store, place_engine: Engine,
                                                     tmp_path: Path) -> None:
    path = excel_file(tmp_path / "big.csv", "Nom;Prénom", *(f"Nom{i};Prénom{i}" for i in range(400)))
    dialog = MemberImportDialog(store, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check()
    seen: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
        assert dialog.progress.isVisible() and not dialog.close_button.isEnabled()
        worker_progress = dialog.progress.valueChanged
        worker_progress.connect(lambda value: seen.append((value, dialog.progress.maximum())))
    assert seen and seen[-1] == (400, 400) and len(seen) <= 101
    with unit_of_work(place_engine) as session:
        assert len(members.list_members(session)) == 400


def test_a_file_that_cannot_be_read_is_said(qtbot: QtBot, store: Store, tmp_path: Path,
                                           recorded_dialogs: DialogRecorder) -> None:
    path = tmp_path / "classeur.xlsx"
    path.write_bytes(b"PK\x03\x04 a workbook")
    dialog = MemberImportDialog(store, path=path)
    qtbot.addWidget(dialog)
    assert recorded_dialogs.errors[0][0] == "Cannot read the file"
    assert "this is a workbook" in recorded_dialogs.errors[0][1]
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()


def test_export_saves_the_members_shown(qtbot: QtBot, store: Store, place_engine: Engine, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Hélène", last_name="Garçon", category="jobseeker")
        members.add_member(session, first_name="Noël", last_name="Cœur")
    screen = open_screen(qtbot, store)
    screen.search.setText("garçon")
    out = tmp_path / "membres.csv"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: out)
    with qtbot.waitSignal(screen.message) as said:
        screen.export_action.trigger()
    assert said.args == [f"1 members saved to {out}"]
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1:] == ["FLO-0001;Garçon;Hélène;;;Demandeur d'emploi;;;;;;26/11/2026;Actif", ""]


def test_the_import_models_pass_the_model_tester(qtbot: QtBot, store: Store, two_errors: Path,
                                                 qtmodeltester: ModelTester) -> None:
    dialog = MemberImportDialog(store, path=two_errors)
    qtbot.addWidget(dialog)
    dialog.check()
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.errors_model)


def test_the_window_says_what_an_export_did(qtbot: QtBot, store: Store, db_path: Path, settings_store: QSettings,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(store, db_path=db_path, settings_store=settings_store, first_screen="members")
    qtbot.addWidget(window)
    window.show()
    out = tmp_path / "membres.csv"
    monkeypatch.setattr(file_prompts, "save_file", lambda *_args: out)
    window.members_screen.export_action.trigger()  # written on the window's runner
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"0 members saved to {out}")
    assert out.read_bytes().decode("utf-8-sig").startswith("N°;Nom;Prénom;E-mail;")
