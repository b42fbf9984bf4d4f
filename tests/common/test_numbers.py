"""French numbers in documents: decimal comma, thousands grouped with a no-break space."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.common.numbers import GROUP, fr_display


@pytest.mark.parametrize(("value", "decimals", "shown"), [
    (0, 0, "0"), (999, 0, "999"), (1000, 0, "1\u00a0000"), (1234567, 0, "1\u00a0234\u00a0567"),
    (4.0, 2, "4,00"), (12345.65, 1, "12\u00a0345,7"), (Decimal("2.25"), 1, "2,3"), (-1500.5, 1, "-1\u00a0500,5"),
    (None, 1, "—"),
])
def test_examples(value, decimals: int, shown: str) -> None:
    assert fr_display(value, decimals) == shown


@given(st.integers(-10**12, 10**12))
def test_integers_read_back(value: int) -> None:
    text = fr_display(value)
    assert int(text.replace(GROUP, "")) == value
    assert all(len(group) == 3 for group in text.lstrip("-").split(GROUP)[1:])


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_read_back(value: Decimal) -> None:
    assert Decimal(fr_display(value, 2).replace(GROUP, "").replace(",", ".")) == value
