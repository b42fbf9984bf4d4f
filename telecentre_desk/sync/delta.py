"""Bytes follow the change: what an export writes when only part of the place changed.

Each export compares the place's shareable rows with what its earlier exports carried (``sync_sent``:
a digest per row of the small tables, per day of visits and of presence) and writes only what differs,
as new files that never change afterwards. A day of presence that disappeared is written as one row
of the nil uid (the reader drops that day). From time to time (``MAX_DELTAS`` exports, or deltas
heavier than half the snapshot) the export is a whole **snapshot** again, and the chain restarts.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import operator
from collections import defaultdict
from dataclasses import dataclass

from telecentre_desk.sync import format as fmt

MAX_DELTAS = 60  # about two months of daily syncs before a snapshot: a month away still catches up in one read
NIL_UID = "00000000-0000-0000-0000-000000000000"
# In the order files are applied: a badge needs its member, a visit its member and place.
ENTITIES = (("places", fmt.PLACES), ("closures", fmt.CLOSURES), ("plans", fmt.PLANS), ("members", fmt.MEMBERS),
            ("badges", fmt.BADGES), ("visits", fmt.VISITS), ("presence", fmt.PRESENCE),
            ("closedpeople", fmt.CLOSED_PEOPLE), ("closeddays", fmt.CLOSED_DAYS))
YEARLY = {kind.name for kind in fmt.YEARLY}
CLOSED = {kind.name for kind in fmt.CLOSED}
ORDER = {name: index for index, (name, _kind) in enumerate(ENTITIES)}


def key_of(entity: str, line: str) -> str:
    """A row's uid (36 characters, first field), or the day of a visit or of a presence row."""
    if entity == "visits":  # uid;member uid;direction;ts...: the two uids are 36 characters each
        start = line.index(fmt.DELIMITER, 75) + 1
        return line[start:start + 10]
    if entity == "presence":
        return line[:10]
    if entity in CLOSED:  # a closed year travels whole: it changes once a month, and its rows check each other
        return line[:4]
    return line[:36]


@dataclass
class Current:
    """The place's shareable state now: each entity's file lines, and the same grouped by key."""

    lines: dict[str, list[str]]
    groups: dict[str, dict[str, list[str]]]

    @classmethod
    def of(cls, lines: dict[str, list[str]], *, keyed: dict[str, list[tuple[str, str]]] | None = None) -> Current:
        """``keyed``: entities whose (key, line) pairs come from the query already, in key order."""
        groups: dict[str, dict[str, list[str]]] = {}
        for entity, pairs in (keyed or {}).items():
            runs = itertools.groupby(pairs, operator.itemgetter(0))
            groups[entity] = {key: [line for _key, line in run] for key, run in runs}
            lines = {**lines, entity: [line for _key, line in pairs]}
        for entity, entity_lines in lines.items():
            if entity in groups:
                continue
            grouped: dict[str, list[str]] = defaultdict(list)
            # Lines come in key order (by day for visits and presence): one group per run of equal keys.
            for key, run in itertools.groupby(entity_lines, functools.partial(key_of, entity)):
                grouped[key].extend(run)
            groups[entity] = grouped
        return cls(lines, groups)

    @functools.cached_property
    def digests(self) -> dict[tuple[str, str], str]:
        return {(entity, key): hashlib.blake2b("\n".join(lines).encode(), digest_size=12).hexdigest()
                for entity, grouped in self.groups.items() for key, lines in grouped.items()}

    def changed(self, sent: dict[tuple[str, str], str]) -> dict[str, list[str]]:
        """Per entity, the lines of every row or day that differs from what was sent, in key order."""
        now = self.digests
        out: dict[str, list[str]] = {}
        for entity, grouped in self.groups.items():
            lines = [line for key in sorted(grouped) if sent.get((entity, key)) != now[(entity, key)]
                     for line in grouped[key]]
            if entity == "presence":  # days that are gone: the reader drops them
                gone = sorted(key for (kind, key) in sent if kind == "presence" and key not in grouped)
                lines = sorted(lines + [f"{day};{NIL_UID};0;0;0" for day in gone])
            if lines:
                out[entity] = lines
        # A year of closed months goes as both of its files, so the reader checks the days against the months.
        years = {key for entity in CLOSED for key in self.groups.get(entity, {})
                 if sent.get((entity, key)) != now[(entity, key)]}
        for entity in CLOSED:
            grouped = self.groups.get(entity, {})
            lines = [line for key in sorted(years) for line in grouped.get(key, [])]
            out.pop(entity, None)
            if lines:
                out[entity] = lines
        return out

    def whole(self) -> dict[str, list[str]]:
        return self.lines


def files_of(entity: str, lines: list[str]) -> list[tuple[str, list[str]]]:
    """(logical name, lines) of the files an entity's lines go to: presence and closed months by year, the others
    in one."""
    if entity not in YEARLY:
        return [(entity, lines)]
    years: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        years[line[:4]].append(line)
    return [(f"{entity}-{year}", year_lines) for year, year_lines in sorted(years.items())]
