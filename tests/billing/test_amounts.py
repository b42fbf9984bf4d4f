"""Invoice arithmetic: half-up cents, VAT per rate on the sum (BR-CO-17), totals that add up."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.billing.amounts import LineAmount, prorate, round_cents, totals, vat_of

lines = st.lists(st.builds(LineAmount,
                           st.decimals(min_value=0, max_value=1000, places=3),
                           st.integers(min_value=0, max_value=500_000),
                           st.sampled_from([0, 550, 1000, 2000])), max_size=40)


def test_half_up() -> None:
    assert [round_cents(Decimal(x)) for x in ("0.5", "1.5", "2.5", "2.4999", "-0.5")] == [1, 2, 3, 2, -1]


def test_vat_is_computed_on_each_rates_sum_not_per_line() -> None:
    # Three lines of 0.33 EUR at 20 %: per line 0.066 -> 0.07 each, 0.21 in all; on the sum 0.99 -> 0.198 -> 0.20.
    result = totals([LineAmount(Decimal(1), 33, 2000)] * 3)
    assert (result.total_excl_vat_cents, result.vat_cents, result.total_incl_vat_cents) == (99, 20, 119)


def test_a_month_of_coworking() -> None:
    result = totals([LineAmount(Decimal(1), 18000, 2000), LineAmount(Decimal("2.5"), 1500, 2000),
                     LineAmount(Decimal("1.5"), 2000, 2000), LineAmount(Decimal(12), 15, 550)])
    assert result.net_by_rate == {2000: 18000 + 3750 + 3000, 550: 180}
    assert result.vat_by_rate == {2000: 4950, 550: 10}  # 24 750 x 20 %; 1,80 x 5,5 % = 0,099 -> 0,10
    assert result.total_incl_vat_cents == 24930 + 4960


def test_proration_of_a_month() -> None:
    assert prorate(18000, 15, 30) == 9000
    assert prorate(18000, 10, 31) == 5806  # 58.0645...
    assert prorate(18000, 14, 28) == 9000  # February
    assert prorate(18000, 31, 31) == 18000


@given(lines)
def test_totals_are_the_sum_of_their_parts(items: list[LineAmount]) -> None:
    result = totals(items)
    assert result.total_excl_vat_cents == sum(item.net_cents for item in items)
    assert result.vat_cents == sum(result.vat_by_rate.values())
    assert result.total_incl_vat_cents == result.total_excl_vat_cents + result.vat_cents
    for rate, net in result.net_by_rate.items():
        assert result.vat_by_rate[rate] == vat_of(net, rate)  # BR-CO-17
        exact = Decimal(net) * rate / 10_000
        assert abs(result.vat_by_rate[rate] - exact) <= Decimal("0.5")


@given(st.integers(0, 10_000_000), st.integers(28, 31), st.data())
def test_proration_never_exceeds_the_price(price: int, days_in_month: int, data) -> None:
    days = data.draw(st.integers(0, days_in_month))
    amount = prorate(price, days, days_in_month)
    assert 0 <= amount <= price
    assert prorate(price, days_in_month, days_in_month) == price
