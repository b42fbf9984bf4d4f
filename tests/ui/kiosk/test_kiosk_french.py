"""The kiosk in French, as a comptoir in Lozère shows it: every sentence comes from the catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from telecentre_desk.desk.result import Decision, ScanResult
from telecentre_desk.ui import i18n
from telecentre_desk.ui.kiosk import answer_text
from telecentre_desk.ui.kiosk.answer_panel import AnswerPanel
from telecentre_desk.ui.kiosk.answer_text import answer_for
from telecentre_desk.ui.kiosk.pin_dialog import PinDialog

NBSP = "\u00a0"
AT = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translations = i18n.install(qapp, "fr")
    assert translations.count >= 1
    yield
    translations.remove(qapp)


def test_greetings_and_refusals_in_french(french: None) -> None:
    hello = answer_for(ScanResult(Decision.IN, first_name="Marie", credits_left=4.5, desk="B4", at=AT))
    assert hello.headline == "Bonjour Marie, bonne journée"
    assert hello.details == ("Votre poste : B4", "Carnet : il reste 4,5 jours")
    bye = answer_for(ScanResult(Decision.OUT, first_name="Marie", minutes_today=380, at=AT))
    assert bye.headline == f"Au revoir Marie, 6{NBSP}h{NBSP}20 aujourd’hui"
    refused = answer_for(ScanResult(Decision.DENIED, reason="no_active_plan", at=AT))
    assert (refused.headline, refused.details) == ("Aucune formule ne couvre la journée",
                                                   ("Demandez un pass journée ou une formule à l’accueil.",))


def test_no_kiosk_sentence_is_left_in_english(french: None, qtbot) -> None:
    sources = [text for pair in answer_text._REFUSALS.values() for text in pair]
    sources += [*answer_text._UNKNOWN_REFUSAL, *answer_text._WARNINGS.values(), *answer_text._TEXT.values()]
    untranslated = [s for s in sources if QCoreApplication.translate("KioskAnswer", s) == s]
    assert untranslated == []
    panel = AnswerPanel()
    qtbot.addWidget(panel)
    assert (panel.headline.text(), panel.details.text()) == (
        "Présentez votre badge", "Placez le code QR devant la caméra, ou passez-le sous le lecteur.")
    dialog = PinDialog(choose=True, text="")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Choisir le code de l’accueil"
