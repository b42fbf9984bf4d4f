"""What the front desk and the kiosk say to a member of another place (rule ``network_member``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from telecentre_desk.desk.result import Decision, ScanResult
from telecentre_desk.ui import i18n
from telecentre_desk.ui.frontdesk import answers
from telecentre_desk.ui.kiosk import answer_text

AT = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
REFUSED = ScanResult(Decision.DENIED, reason="network_member", member_id="u", first_name="Paul", last_name="R.",
                     display_number="MAR-0007", at=AT)
WARNED = ScanResult(Decision.IN, member_id="u", first_name="Paul", last_name="R.", display_number="MAR-0007",
                    plan_name="Résident Marvejols", warnings=("network_member",), at=AT, recorded=True)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translations = i18n.install(qapp, "fr")
    yield
    translations.remove(qapp)


def test_front_desk_in_english(qapp: QApplication) -> None:
    refused = answers.answer_for(REFUSED)
    assert (refused.tone, refused.headline) == (answers.Tone.REFUSED, "Member of another place")
    assert refused.detail == "This place does not take the network's members."
    assert refused.note == "Paul R. · MAR-0007"
    assert refused.can_override  # the badge is good: the host may let them in, audited
    warned = answers.answer_for(WARNED)
    assert (warned.tone, warned.headline) == (answers.Tone.WARNING, "Hello Paul, have a good day")
    assert warned.detail == "Résident Marvejols\nMember of another place of the network"


def test_front_desk_and_kiosk_in_french(french: None) -> None:
    refused = answers.answer_for(REFUSED)
    assert (refused.headline, refused.detail) == ("Membre d’un autre lieu",
                                                  "Ce lieu n’accueille pas les membres du réseau.")
    assert answers.answer_for(WARNED).detail == "Résident Marvejols\nMembre d’un autre lieu du réseau"
    kiosk = answer_text.answer_for(REFUSED)
    assert (kiosk.tone, kiosk.headline, kiosk.details) == (
        answer_text.Tone.REFUSED, "Ce lieu n’accueille pas les membres des autres lieux",
        ("Renseignez-vous auprès de votre lieu sur le réseau.",))
    welcome = answer_text.answer_for(WARNED)
    assert welcome.tone == answer_text.Tone.WELCOME
    assert welcome.details == ("Bienvenue : votre visite est transmise à votre lieu.",)


def test_kiosk_in_english(qapp: QApplication) -> None:
    assert answer_text.answer_for(REFUSED).headline == "This place does not receive members of other places"
    assert answer_text.answer_for(WARNED).details == ("Welcome: your visit is reported to your own place.",)


def test_the_desk_settings_offer_the_rule(qapp: QApplication) -> None:
    from telecentre_desk.desk.policies import RULES
    from telecentre_desk.ui.frontdesk.settings_dialog import RULE_LABELS

    assert set(RULE_LABELS) == set(RULES)  # a rule missing from the dialog would be reset by saving it
