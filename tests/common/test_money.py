"""Money: parsing what people type, formatting the French way, never a float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.common import money
from telecentre_desk.common.errors import ValidationError


@pytest.mark.parametrize(("text", "cents"), [
    ("12.50", 1250), ("12,50", 1250), ("12", 1200), ("0,5", 50), ("1 234,56", 123456),
    ("1\u202f234,56 €", 123456), ("180.00 EUR", 18000), ("0.005", 1), ("0.004", 0), ("2,345", 235),
])
def test_amounts_as_people_type_them(text: str, cents: int) -> None:
    assert money.parse_amount(text) == cents


@pytest.mark.parametrize("text", ["abc", "-3", "-3,00", "", "12,,5", "1.2.3", "12 euros", "1e3", "nan"])
def test_bad_amounts_get_a_clear_error(text: str) -> None:
    with pytest.raises(ValidationError, match="price"):
        money.parse_amount(text, field="price")


def test_absurd_amount_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than any price"):
        money.parse_amount("5000000")


def test_zero_refused_when_asked() -> None:
    with pytest.raises(ValidationError, match="more than zero"):
        money.parse_amount("0,00", allow_zero=False)


@given(st.integers(min_value=0, max_value=money.MAX_CENTS))
def test_french_display_parses_back_to_the_same_cents(cents: int) -> None:
    shown = money.format_eur(cents)
    assert shown.endswith("\u00a0€")
    assert money.parse_amount(shown) == cents


@given(st.integers(min_value=0, max_value=money.MAX_CENTS))
def test_plain_format_is_two_decimals_with_a_dot(cents: int) -> None:
    text = money.format_plain(cents)
    assert Decimal(text) * 100 == cents
    assert text.count(".") == 1 and len(text.split(".")[1]) == 2


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_rates_round_trip_through_basis_points(rate: Decimal) -> None:
    bp = money.rate_to_basis_points(money.parse_rate(str(rate)))
    assert money.basis_points_to_rate(bp) == rate


def test_rate_display_and_errors() -> None:
    assert money.format_rate(2000) == "20\u00a0%"
    assert money.format_rate(550) == "5,5\u00a0%"
    assert money.parse_rate("5,5") == Decimal("5.50")
    for bad in ("-1", "101", "abc", "5.555", "inf"):
        with pytest.raises(ValidationError):
            money.parse_rate(bad)


def test_negative_display() -> None:
    assert money.format_eur(-350) == "-3,50\u00a0€"
    assert money.format_plain(-350) == "-3.50"
