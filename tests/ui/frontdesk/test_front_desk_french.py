"""The answers in French, as a French desk shows them: the catalogue covers the front desk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from telecentre_desk.desk.result import Decision, ScanResult
from telecentre_desk.ui import i18n
from telecentre_desk.ui.frontdesk.answers import answer_for

NBSP = "\u00a0"
AT = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translations = i18n.install(qapp, "fr")
    assert translations.count >= 1
    yield
    translations.remove(qapp)


def test_welcome_goodbye_and_refusal_in_french(french: None) -> None:
    welcome = answer_for(ScanResult(Decision.IN, first_name="Marie", last_name="Dupont", credits_left=4.5,
                                    display_number="FLO-0001", at=AT, recorded=True))
    assert welcome.headline == "Bonjour Marie, bonne journée"
    assert welcome.detail == "4,5 jours restants sur le carnet"  # a decimal comma in French
    goodbye = answer_for(ScanResult(Decision.OUT, first_name="Marie", last_name="Dupont", minutes_today=380, at=AT))
    assert goodbye.headline == f"Au revoir Marie, 6{NBSP}h{NBSP}20 aujourd’hui"
    refused = answer_for(ScanResult(Decision.DENIED, reason="superseded", display_number="FLO-0001", at=AT))
    assert (refused.headline, refused.detail) == ("Badge remplacé", "Utilisez votre nouveau badge.")
    carnet = answer_for(ScanResult(Decision.DENIED, reason="no_credits_left", member_id="x", first_name="Chloé",
                                   last_name="Thévenot", at=AT))
    assert f"{carnet.headline} : {carnet.detail}" == "Plus de jours sur le carnet : Voyez l’accueil."
    assert carnet.can_override


def test_a_refusal_in_the_last_scans_reads_as_french(french: None) -> None:
    from telecentre_desk.ui.frontdesk.recent_model import from_refusal

    row = from_refusal(ScanResult(Decision.DENIED, reason="no_active_plan", member_id="x", first_name="Coralie",
                                  last_name="Bouët", display_number="FLO-0040", at=AT))
    assert row.text == "✕ FLO-0040 Coralie Bouët : Pas de formule pour aujourd’hui"
