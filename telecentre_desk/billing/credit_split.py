"""A partial credit note by amount: nets per VAT rate whose total, VAT included, is exactly the amount asked.

EN 16931 computes a rate's VAT on the sum of its nets, rounded once (BR-CO-17), so the VAT-included
amount of a rate moves in steps: at 20 %, a net of n cents gives n + round(n / 5), which never ends in
3 or 9 modulo 6. The amount is first shared among the invoice's rates in proportion to their
VAT-included totals (largest remainders, so the shares add up to the amount), then each rate's net is
nudged by a few cents until the totals add up exactly, staying as close as possible to the shares.
With several rates almost every amount is reachable; with one rate some are not, and the caller is
told the nearest amounts that are.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from telecentre_desk.billing.amounts import round_cents, vat_of

_NUDGE = range(-4, 5)


def gross(net: int, rate_bp: int) -> int:
    return net + vat_of(net, rate_bp)


def _shares(amount: int, weights: dict[int, int]) -> dict[int, Decimal]:
    total = sum(weights.values())
    return {rate: Decimal(amount) * weight / total for rate, weight in weights.items()}


def split(amount_cents: int, net_by_rate: dict[int, int]) -> dict[int, int] | None:
    """Nets per rate (each at most the invoice's net at that rate) whose VAT-included total is the amount;
    None when no such nets exist near the proportional shares."""
    weights = {rate: gross(net, rate) for rate, net in net_by_rate.items() if net > 0}
    if not weights or amount_cents <= 0:
        return None
    shares = _shares(amount_cents, weights)
    start = {rate: round_cents(share / (1 + Decimal(rate) / 10_000)) for rate, share in shares.items()}
    rates = sorted(start)
    best: tuple[Decimal, dict[int, int]] | None = None
    for nudges in itertools.product(_NUDGE, repeat=len(rates)):
        nets = {rate: start[rate] + nudge for rate, nudge in zip(rates, nudges, strict=True)}
        if any(net < 0 or net > net_by_rate[rate] for rate, net in nets.items()):
            continue
        if sum(gross(net, rate) for rate, net in nets.items()) != amount_cents:
            continue
        distance = sum(abs(gross(net, rate) - shares[rate]) for rate, net in nets.items())
        if best is None or distance < best[0]:
            best = (distance, nets)
    return None if best is None else {rate: net for rate, net in best[1].items() if net > 0}


def nearest(amount_cents: int, net_by_rate: dict[int, int], limit: int) -> tuple[int | None, int | None]:
    """The closest amounts below and above that can be credited exactly (for the refusal's message)."""
    below = next((a for a in range(amount_cents - 1, max(0, amount_cents - 12), -1) if split(a, net_by_rate)), None)
    above = next((a for a in range(amount_cents + 1, min(limit, amount_cents + 12) + 1) if split(a, net_by_rate)),
                 None)
    return below, above
