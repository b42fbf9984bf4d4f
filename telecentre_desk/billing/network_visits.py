"""Network visits (roaming) read in plain SQL: what the monthly run bills and what places settle.

A **visit-day** is one member's local day, in the **visited place's** time zone, with at least one
arrival at a place that is not the member's home place. Arrivals come from ``check_event`` (our own
desk's scans of other places' members, and the other places' visits of our members, imported by the
sync); tombstoned events do not count. Read-only: billing sits below the network in the layers, so
the settlement report (``network/settlement.py``) reads the same days through this module.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from telecentre_desk.billing.month import DraftLine, Month
from telecentre_desk.common import clock

# Coworking is a service at 20 % (docs/network.md); a place under franchise or exempt bills it at 0.
NETWORK_VAT_RATE_BP = 2000
HOME_BILLS = "home"
VISITED_BILLS = "visited"


@dataclass(frozen=True, slots=True)
class RoamingDays:
    member_id: int
    home_place_id: int
    visited_place_id: int
    arrivals: int
    days: int


def roaming_days(conn: sqlite3.Connection, month: Month, *, home_place_id: int | None = None) -> list[RoamingDays]:
    """Visit-days of ``month`` per member and visited place; only the members of ``home_place_id`` if given."""
    arrivals: dict[tuple[int, int, int], int] = defaultdict(int)
    days: dict[tuple[int, int, int], set] = defaultdict(set)
    for visited_id, zone_name in conn.execute("SELECT id, timezone FROM place").fetchall():
        if visited_id == home_place_id:
            continue  # a member at home is no network visit
        tz = clock.zone(zone_name)
        # The month in the visited place's own days: an arrival at 00:30 local on the 1st belongs to it.
        start = clock.day_bounds_utc(month.first, tz)[0]
        end = clock.day_bounds_utc(month.last, tz)[1]
        for member_id, home_id, stamp in conn.execute(
                "SELECT e.member_id, m.place_id, e.ts FROM check_event AS e JOIN member AS m ON m.id = e.member_id "
                "WHERE e.place_id = ? AND e.ts >= ? AND e.ts < ? AND e.direction = 'in' AND e.deleted_at IS NULL "
                "AND m.place_id != e.place_id AND (? IS NULL OR m.place_id = ?)",
                (visited_id, clock.ts_text(start), clock.ts_text(end), home_place_id, home_place_id)):
            key = (member_id, home_id, visited_id)
            arrivals[key] += 1
            days[key].add(clock.ts_parse(stamp).astimezone(tz).date())
    return [RoamingDays(member, home, visited, arrivals[(member, home, visited)], len(seen))
            for (member, home, visited), seen in sorted(days.items())]


def home_lines(conn: sqlite3.Connection, *, place_id: int, rule: str, vat: bool,
               month: Month) -> tuple[dict[int, list[DraftLine]], list[tuple[str, dict[str, str]]]]:
    """The lines "Accès réseau — <place> : N j" of each member of ``place_id``, and the run's warnings.

    Only when the place's rule is ``home`` (it bills its members' network visits at the visited
    place's network day rate and owes that amount to the visited place); with ``visited`` the
    visited place bills its visitors itself and nothing is added here. A visited place without a
    network rate is reported, not billed at a guessed price.
    """
    if rule != HOME_BILLS:
        return {}, []
    places = {pid: (name, rate) for pid, name, rate in conn.execute(
        "SELECT id, name, network_day_rate_cents FROM place")}
    numbers = dict(conn.execute("SELECT id, number FROM member WHERE place_id = ?", (place_id,)))
    names = {mid: f"{code}-{number:04d} {first} {last}" for mid, code, number, first, last in conn.execute(
        "SELECT m.id, p.code, m.number, m.first_name, m.last_name FROM member AS m JOIN place AS p "
        "ON p.id = m.place_id WHERE m.place_id = ?", (place_id,))}
    lines: dict[int, list[DraftLine]] = defaultdict(list)
    warnings: list[tuple[str, dict[str, str]]] = []  # (English text for the CLI, data for the window)
    stays = roaming_days(conn, month, home_place_id=place_id)
    for stay in sorted(stays, key=lambda s: (s.member_id, places[s.visited_place_id][0])):
        name, rate = places[stay.visited_place_id]
        if rate is None:
            warnings.append((f"{numbers.get(stay.member_id)}: {stay.days} network day(s) at {name} not billed: "
                             "that place has no network day rate",
                             {"kind": "network_days", "member": names.get(stay.member_id, ""),
                              "quantity": str(stay.days), "place": name}))
            continue
        lines[stay.member_id].append(DraftLine(f"Accès réseau — {name} : {stay.days} j", Decimal(stay.days), rate,
                                               NETWORK_VAT_RATE_BP if vat else 0, None))
    return dict(lines), warnings
