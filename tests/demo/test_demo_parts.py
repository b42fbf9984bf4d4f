"""The demo's small pure parts: calendars, periods, identifiers, carnet splitting."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from stdnum import iban
from stdnum.fr import siren, siret, tva

from telecentre_desk.demo import closures, identifiers
from telecentre_desk.demo.enrolment import Carnet, _carnets
from telecentre_desk.demo.generator import months_back


@pytest.mark.parametrize(("year", "easter"), [(2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)),
                                              (2026, dt.date(2026, 4, 5)), (2038, dt.date(2038, 4, 25))])
def test_easter(year: int, easter: dt.date) -> None:
    assert closures.easter_sunday(year) == easter


def test_yearly_closures_do_not_repeat_a_holiday_inside_a_break() -> None:
    found = closures.yearly_closures(2026)
    labels = [c.label for c in found]
    assert "Fermeture estivale" in labels and "Fermeture de fin d'année" in labels
    assert "Jour férié : Assomption" not in labels and "Jour férié : Noël" not in labels
    assert closures.Closure(dt.date(2026, 5, 14), dt.date(2026, 5, 14), "Jour férié : Ascension") in found


@pytest.mark.parametrize(("day", "months", "first"), [
    (dt.date(2026, 11, 26), 6, dt.date(2026, 5, 27)),
    (dt.date(2026, 3, 31), 1, dt.date(2026, 3, 1)),  # 28 February + 1 day
    (dt.date(2026, 1, 15), 1, dt.date(2025, 12, 16)),
    (dt.date(2026, 11, 26), 120, dt.date(2016, 11, 27)),
])
def test_months_back(day: dt.date, months: int, first: dt.date) -> None:
    assert months_back(day, months) == first


def test_identifiers_pass_the_official_checks() -> None:
    rng = random.Random(3)
    for _ in range(50):
        number = identifiers.random_siren(rng)
        assert siren.is_valid(number) and number[0] != "0"
        assert siret.is_valid(identifiers.siret(number, 12))
        assert tva.is_valid(identifiers.vat_number(number))
    assert iban.is_valid(identifiers.french_iban("30006", "00001", "12345678901"))


def test_email_slugs_are_plain_ascii() -> None:
    rng = random.Random(1)
    assert identifiers.email("Élodie", "N'Diaye", rng).split("@")[0] == "elodie.ndiaye"
    assert identifiers.email("Jean-Luc", "de La Rochette", rng, suffix="2").split("@")[0] == \
        "jean-luc.de-la-rochette2"


def test_carnets_follow_the_visits() -> None:
    start = dt.date(2026, 1, 5)
    days = [start + dt.timedelta(days=i) for i in range(12)]  # twelve full days
    first, second = _carnets(start, [(d, 2) for d in days])
    assert (first.start, first.end, first.left) == (start, days[9], 0)
    assert (second.start, second.end, second.left) == (days[10], None, 16)
    assert ([d for d, _ in first.used], [d for d, _ in second.used]) == (days[:10], days[10:])
    assert _carnets(start, []) == [Carnet(start, None, 20, ())]
    # A half day left cannot pay a full day: the old carnet ends, a new one pays.
    later = dt.date(2026, 2, 2)
    old, new = _carnets(start, [(start, 1)] * 19 + [(later, 2)])
    assert (old.end, old.left, new.start, new.left) == (start, 1, later, 18)
