"""Plural forms in both languages: Qt Linguist numerus entries in the window, gettext's ngettext in the core;
Qt's own dialogs (file, print) in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.ui import i18n


def _tr(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["0 visits", "1 visit", "2 visits", "1 person in now", "3 people in now"]),
    ("fr", ["0 visite", "1 visite", "2 visites", "1 personne présente", "3 personnes présentes"]),
])
def test_the_window_says_one_and_many(qapp, language: str, expected: list[str]) -> None:
    translations = i18n.install(qapp, language)
    try:
        said = [_tr("TodayScreen", "%n visit(s)", n) for n in (0, 1, 2)]
        said += [_tr("TodayScreen", "%n person(s) in now", n) for n in (1, 3)]
        assert said == expected
        week = QCoreApplication.translate("BookingDialog", " week(s)", "", 1)
        assert week == (" week" if language == "en" else " semaine")
    finally:
        translations.remove(qapp)


def test_qt_own_file_and_print_dialogs_are_french(qapp) -> None:
    translations = i18n.install(qapp, "fr")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Voir dans\xa0:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Fichiers de type\xa0:"
    finally:
        translations.remove(qapp)
    assert any((Path(folder) / "qtbase_fr.qm").exists() for folder in i18n.qt_translation_folders())


@pytest.mark.parametrize(("n", "en", "fr"), [(1, "1 export refused, nothing of it applied",
                                                "1 export refusé, rien n’en a été appliqué"),
                                               (2, "2 exports refused, nothing of them applied",
                                                "2 exports refusés, rien n’en a été appliqué")])
def test_the_core_says_one_and_many(n: int, en: str, fr: str) -> None:
    singular = "{n} export refused, nothing of it applied: {first}"
    plural = "{n} exports refused, nothing of them applied: {first}"
    assert core_i18n.ngettext(singular, plural, n).format(n=n, first="x").startswith(en)
    previous = core_i18n.set_language("fr")
    try:
        assert core_i18n.ngettext(singular, plural, n).format(n=n, first="x").startswith(fr)
    finally:
        core_i18n.set_language(previous)


def test_every_numerus_entry_has_its_forms_in_both_catalogues() -> None:
    folder = Path(i18n.__file__).parent / "translations"
    for name in ("telecentre_desk_fr.ts", "telecentre_desk_en.ts"):
        text = (folder / name).read_text(encoding="utf-8")
        assert 'numerus="yes"' in text
        assert 'type="unfinished"' not in text and "<numerusform></numerusform>" not in text, name
        assert "(s)</numerusform>" not in text, name  # a plural form, never "visit(s)"
