"""Weekly opening hours: parse ``mon-fri 08:00-19:00; sat 09:00-12:30`` and print it back.

A spec is a list of ``DAYS RANGES`` clauses separated by ``;``. DAYS is a day (``mon``), a span
(``mon-fri``) or a comma list (``mon,wed``); RANGES is one or more ``HH:MM-HH:MM`` separated by
``,``. French day names (``lun``, ``mar``...) are accepted too. A day not named is closed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FRENCH = {"lun": "mon", "mar": "tue", "mer": "wed", "jeu": "thu", "ven": "fri", "sam": "sat", "dim": "sun"}
_RANGE_RE = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")
DEFAULT_SPEC = "mon-fri 08:00-19:00"

# weekday (0 = Monday) -> ordered, non-overlapping (open, close) ranges
WeeklyHours = dict[int, tuple[tuple[dt.time, dt.time], ...]]


def _error(spec: str, why: str) -> ValidationError:
    return ValidationError(
        _("opening hours {spec!r}: {why} (write e.g. 'mon-fri 08:00-19:00; sat 09:00-12:30')").format(
            spec=spec, why=why),
        field="opening_hours")


def _day_name(index: int) -> str:
    return (_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
            _("Sunday"))[index]


def _day_index(token: str, spec: str) -> int:
    name = _FRENCH.get(token, token)
    if name not in DAYS:
        raise _error(spec, _("{value!r} is not a day").format(value=token))
    return DAYS.index(name)


def _parse_days(text: str, spec: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if "-" in part:
            first, last = (_day_index(p.strip(), spec) for p in part.split("-", 1))
            if last < first:
                raise _error(spec, _("{value!r} runs backwards").format(value=part))
            days.extend(range(first, last + 1))
        else:
            days.append(_day_index(part, spec))
    return days


def _parse_time(hours: str, minutes: str, spec: str) -> dt.time:
    h, m = int(hours), int(minutes)
    if h == 24 and m == 0:
        return dt.time(23, 59, 59)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise _error(spec, _("{hours}:{minutes} is not a time of day").format(hours=hours, minutes=minutes))
    return dt.time(h, m)


def parse(spec: str | None) -> WeeklyHours:
    """Parse a spec; an empty one means the default (Monday to Friday, 8:00 to 19:00)."""
    text = (spec or "").strip().lower() or DEFAULT_SPEC
    ranges: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for clause in filter(None, (c.strip() for c in text.split(";"))):
        try:
            days_text, ranges_text = clause.split(None, 1)
        except ValueError:
            raise _error(spec or "", _("{value!r} needs days and hours").format(value=clause)) from None
        days = _parse_days(days_text, spec or "")
        for chunk in ranges_text.replace(" ", "").split(","):
            match = _RANGE_RE.match(chunk)
            if not match:
                raise _error(spec or "", _("{value!r} is not a range like 08:00-19:00").format(value=chunk))
            start = _parse_time(match.group(1), match.group(2), spec or "")
            end = _parse_time(match.group(3), match.group(4), spec or "")
            if end <= start:
                raise _error(spec or "", _("{value!r} closes before it opens").format(value=chunk))
            for day in days:
                ranges.setdefault(day, []).append((start, end))
    result: WeeklyHours = {}
    for day, day_ranges in ranges.items():
        day_ranges.sort()
        for (_start_a, end_a), (start_b, _end_b) in itertools.pairwise(day_ranges):
            if start_b < end_a:
                raise _error(spec or "", _("two ranges overlap on {day}").format(day=_day_name(day)))
        result[day] = tuple(day_ranges)
    return result


def _fmt_time(value: dt.time) -> str:
    return "24:00" if value == dt.time(23, 59, 59) else value.strftime("%H:%M")


def format_spec(hours: Mapping[int, tuple[tuple[dt.time, dt.time], ...]]) -> str:
    """The canonical spec: consecutive days with the same hours are grouped (``mon-fri``)."""
    clauses: list[str] = []
    day = 0
    while day < 7:
        if not hours.get(day):
            day += 1
            continue
        last = day
        while last + 1 < 7 and hours.get(last + 1) == hours[day]:
            last += 1
        days = DAYS[day] if last == day else f"{DAYS[day]}-{DAYS[last]}"
        ranges = ",".join(f"{_fmt_time(a)}-{_fmt_time(b)}" for a, b in hours[day])
        clauses.append(f"{days} {ranges}")
        day = last + 1
    return "; ".join(clauses)


_TO_FRENCH = {english: french for french, english in _FRENCH.items()}


def for_display(spec: str, language: str) -> str:
    """The stored (English) spec with the day names of ``language``: « lun-ven 08:30-18:00 » in French,
    so the host reads back what they typed. Parsing accepts both."""
    if language != "fr":
        return spec
    return re.sub(r"\b(mon|tue|wed|thu|fri|sat|sun)\b", lambda m: _TO_FRENCH[m.group(1)], spec)


def normalise(spec: str | None) -> str:
    """Validate and return the canonical form of a spec."""
    return format_spec(parse(spec))


def is_open(hours: WeeklyHours, local: dt.datetime) -> bool:
    """Whether a local date and time falls within the opening hours."""
    moment = local.time()
    return any(start <= moment < end for start, end in hours.get(local.weekday(), ()))
