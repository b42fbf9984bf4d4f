"""Invoice arithmetic: integer cents, Decimal quantities and rates, never a float.

Each line's net amount is quantity x unit price rounded half-up to the cent. The VAT of a rate is
the sum of that rate's line nets times the rate, rounded once (EN 16931 rule BR-CO-17), not a sum of
per-line VAT. The totals are sums of their parts, so they always add up (docs/invoicing.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

ONE = Decimal(1)


def round_cents(value: Decimal) -> int:
    """Half-up to the whole cent: 0.5 cent goes up, as French accounting expects."""
    return int(value.quantize(ONE, rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class LineAmount:
    quantity: Decimal  # e.g. Decimal("1"), Decimal("2.5") days, Decimal("1.5") hours
    unit_price_cents: int  # excluding VAT
    vat_rate_bp: int  # 2000 = 20 %

    @property
    def net_cents(self) -> int:
        return round_cents(self.quantity * self.unit_price_cents)


@dataclass(frozen=True, slots=True)
class Totals:
    net_by_rate: dict[int, int]  # rate (basis points) -> sum of line nets
    vat_by_rate: dict[int, int]
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int


def vat_of(net_cents: int, rate_bp: int) -> int:
    return round_cents(Decimal(net_cents) * rate_bp / 10_000)


def totals(lines: Iterable[LineAmount]) -> Totals:
    net_by_rate: dict[int, int] = defaultdict(int)
    for line in lines:
        net_by_rate[line.vat_rate_bp] += line.net_cents
    vat_by_rate = {rate: vat_of(net, rate) for rate, net in net_by_rate.items()}
    excl = sum(net_by_rate.values())
    vat = sum(vat_by_rate.values())
    return Totals(dict(net_by_rate), vat_by_rate, excl, vat, excl + vat)


def prorate(price_cents: int, days: int, days_in_month: int) -> int:
    """A monthly price for ``days`` of a month of ``days_in_month`` days, to the cent."""
    if not 0 <= days <= days_in_month:
        raise ValueError("days must lie within the month")
    return round_cents(Decimal(price_cents) * days / days_in_month)
