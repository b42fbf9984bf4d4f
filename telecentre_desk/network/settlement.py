"""The month's settlement between places: who owes whom for roaming members' visits.

For each pair (home place H, visited place V) with network visits known to this database, the
visit-days (``billing/network_visits.py``: a member's local day at V, in V's time zone, with an
arrival) are valued by **H's rule** (``network_billing``):

- ``home``: H bills its members for those days at V's network day rate and owes V that amount
  (days x ``V.network_day_rate_cents``, excluding VAT);
- ``visited``: V billed the visitors itself: nothing is owed between the places (amount 0).

A V without a network rate under the ``home`` rule gives no amount (None) and a warning: the two
places must agree a rate first. The balance of each pair of places nets what each owes the other.
Money in integer cents.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from telecentre_desk.billing.month import Month
from telecentre_desk.billing.network_visits import HOME_BILLS, roaming_days
from telecentre_desk.common.money import format_plain

# Why a pair's amount is what it is (stable codes for JSON; the CSV and the docs say them in words).
HOME_BILLS_REASON = "home_bills"
VISITED_BILLS_REASON = "visited_bills"
NO_RATE_REASON = "no_rate"


def _money(cents: int | None) -> str | None:
    return None if cents is None else format_plain(cents)


@dataclass(frozen=True, slots=True)
class PairSettlement:
    home: str
    home_name: str
    visited: str
    visited_name: str
    members: int  # distinct members of H who came to V
    visits: int  # arrivals
    visit_days: int
    rate_cents: int | None  # V's network day rate, excl. VAT
    rule: str  # H's network_billing: home | visited
    amount_cents: int | None  # what H owes V; None when it cannot be valued (no rate)
    reason: str

    @property
    def debtor(self) -> str | None:
        return self.home if self.amount_cents else None

    @property
    def creditor(self) -> str | None:
        return self.visited if self.amount_cents else None

    def to_json(self) -> dict[str, Any]:
        return {"home": self.home, "home_name": self.home_name, "visited": self.visited,
                "visited_name": self.visited_name, "members": self.members, "visits": self.visits,
                "visit_days": self.visit_days, "rate": _money(self.rate_cents), "rule": self.rule,
                "amount": _money(self.amount_cents), "reason": self.reason, "debtor": self.debtor,
                "creditor": self.creditor}


@dataclass(frozen=True, slots=True)
class Balance:
    """The net of what two places owe each other (codes in alphabetical order)."""

    place_a: str
    place_b: str
    a_owes_b_cents: int
    b_owes_a_cents: int

    @property
    def net_cents(self) -> int:
        return abs(self.a_owes_b_cents - self.b_owes_a_cents)

    @property
    def debtor(self) -> str | None:
        if self.a_owes_b_cents == self.b_owes_a_cents:
            return None
        return self.place_a if self.a_owes_b_cents > self.b_owes_a_cents else self.place_b

    @property
    def creditor(self) -> str | None:
        debtor = self.debtor
        return None if debtor is None else (self.place_b if debtor == self.place_a else self.place_a)

    def to_json(self) -> dict[str, Any]:
        return {"place_a": self.place_a, "place_b": self.place_b, "a_owes_b": _money(self.a_owes_b_cents),
                "b_owes_a": _money(self.b_owes_a_cents), "debtor": self.debtor, "creditor": self.creditor,
                "net": _money(self.net_cents)}


@dataclass(frozen=True, slots=True)
class Settlement:
    month: Month
    pairs: list[PairSettlement]
    balances: list[Balance]
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"month": str(self.month), "pairs": [p.to_json() for p in self.pairs],
                "balances": [b.to_json() for b in self.balances], "warnings": self.warnings}


def settlement(conn: sqlite3.Connection, month: Month) -> Settlement:
    """Every pair (home, visited) with network visits in ``month``, and the net balance of each pair of places."""
    places = {pid: (code, name, rate, rule) for pid, code, name, rate, rule in conn.execute(
        "SELECT id, code, name, network_day_rate_cents, network_billing FROM place")}
    members: dict[tuple[int, int], int] = defaultdict(int)
    visits: dict[tuple[int, int], int] = defaultdict(int)
    days: dict[tuple[int, int], int] = defaultdict(int)
    for stay in roaming_days(conn, month):
        key = (stay.home_place_id, stay.visited_place_id)
        members[key] += 1
        visits[key] += stay.arrivals
        days[key] += stay.days
    pairs: list[PairSettlement] = []
    warnings: list[str] = []
    for home_id, visited_id in sorted(days, key=lambda k: (places[k[0]][0], places[k[1]][0])):
        home_code, home_name, _rate, rule = places[home_id]
        visited_code, visited_name, rate, _rule = places[visited_id]
        count = days[(home_id, visited_id)]
        if rule != HOME_BILLS:
            amount, reason = 0, VISITED_BILLS_REASON
        elif rate is None:
            amount, reason = None, NO_RATE_REASON
            warnings.append(f"{home_code} -> {visited_code}: {count} visit-day(s) not valued: {visited_code} has "
                            "no network day rate")
        else:
            amount, reason = count * rate, HOME_BILLS_REASON
        pairs.append(PairSettlement(home_code, home_name, visited_code, visited_name, members[(home_id, visited_id)],
                                    visits[(home_id, visited_id)], count, rate, rule, amount, reason))
    return Settlement(month, pairs, _balances(pairs), warnings)


def _balances(pairs: list[PairSettlement]) -> list[Balance]:
    owed: dict[tuple[str, str], int] = defaultdict(int)  # (debtor, creditor) -> cents
    couples: set[tuple[str, str]] = set()
    for pair in pairs:
        couples.add(tuple(sorted((pair.home, pair.visited))))  # type: ignore[arg-type]
        owed[(pair.home, pair.visited)] += pair.amount_cents or 0
    return [Balance(a, b, owed[(a, b)], owed[(b, a)]) for a, b in sorted(couples)]
