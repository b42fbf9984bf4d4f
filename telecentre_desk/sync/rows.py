"""Reading one export file: checksum, encoding, header, row count, and every field checked.

Everything is checked before anything is written: one bad field refuses the whole export, with the
file, the line and the reason (the place keeps the last good state it had of that place).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable
from pathlib import Path

from telecentre_desk.common import clock, plausibility
from telecentre_desk.common.enums import BadgeStatus, Direction, EventSource, MemberCategory, MemberStatus, PlanKind
from telecentre_desk.common.i18n import _
from telecentre_desk.sync import format as fmt
from telecentre_desk.sync.errors import ExportRejected, Rejection
from telecentre_desk.sync.manifest import ManifestFile
from telecentre_desk.sync.safe_read import UnsafeFile, read_regular

Converter = Callable[[str], object]
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TS = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?")
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _uid(value: str) -> str:
    if _UID.fullmatch(value) is None:
        raise ValueError(_("“{value}” is not a uid").format(value=value))
    return value


def _ts(value: str) -> str:
    # The regex is the cheap gate; fromisoformat catches a 31st of February.
    if _TS.fullmatch(value) is None:
        raise ValueError(_("“{value}” is not a UTC instant (YYYY-MM-DD HH:MM:SS.ffffff)").format(value=value))
    dt.datetime.fromisoformat(value)
    return value


def _day(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise ValueError(_("“{value}” is not a date (YYYY-MM-DD)").format(value=value))
    if day < plausibility.DATE_FLOOR:  # the floor every entry applies (docs/validation.md)
        raise ValueError(_("{value} is before {floor}").format(value=value, floor=plausibility.DATE_FLOOR))
    return day.isoformat()


def _int(low: int, high: int) -> Converter:
    def convert(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise ValueError(_("“{value}” is not a whole number").format(value=value)) from None
        if not low <= number <= high:
            raise ValueError(_("{value} is out of range ({low} to {high})").format(value=number, low=low, high=high))
        return number
    return convert


# Characters that have no place in a name or a label and that a terminal or a screen would obey: the same
# list as at every entry (replaced by a space at export, refused at import).
CONTROLS = plausibility.LINE_CONTROLS
# Text a spreadsheet would run as a formula (CSV injection) is written with a leading apostrophe, which
# a spreadsheet shows as text and the reader removes; a leading apostrophe is itself escaped.
_FORMULA_START = ("=", "+", "-", "@", "'")
_FUTURE = dt.timedelta(days=1)  # clocks drift; a day ahead is a clock error, a year ahead a forgery


def inert(value: str) -> str:
    """``value`` as written into a shared file: controls replaced by a space, formulas made inert."""
    value = CONTROLS.sub(" ", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _text(max_length: int) -> Converter:
    def convert(value: str) -> str:
        if value.startswith("'") and value[1:].startswith(_FORMULA_START):
            value = value[1:]
        elif value.startswith(_FORMULA_START):
            raise ValueError(_("text that a spreadsheet would run as a formula is not written inert"))
        if len(value) > max_length:
            raise ValueError(_("text longer than {n} characters").format(n=max_length))
        bad = CONTROLS.search(value)
        if bad is not None:
            raise ValueError(_("text holds the control character {code}").format(code=f"U+{ord(bad.group()):04X}"))
        return value
    return convert


def _choice(*allowed: str) -> Converter:
    def convert(value: str) -> str:
        if value not in allowed:
            raise ValueError(_("“{value}” is not one of {allowed}").format(value=value, allowed=", ".join(allowed)))
        return value
    return convert


def _code(value: str) -> str:
    if _CODE.fullmatch(value) is None:
        raise ValueError(_("“{value}” is not a place code").format(value=value))
    return value


def _hex64(value: str) -> str:
    if _HEX64.fullmatch(value) is None:
        raise ValueError(_("not a SHA-256 check value"))
    return value


def _optional(convert: Converter) -> Converter:
    def optional(value: str) -> object:
        return None if value == "" else convert(value)
    return optional


_PERIOD = re.compile(r"(?P<year>\d{4})(?:-(?P<month>0[1-9]|1[0-2])|-Q(?P<quarter>[1-4]))?")


def _period(value: str) -> str:
    """A calendar year, quarter or month: ``2025``, ``2025-Q3``, ``2025-07``."""
    match = _PERIOD.fullmatch(value)
    if match is None or int(match["year"]) < plausibility.DATE_FLOOR.year:
        raise ValueError(_("“{value}” is not a year, a quarter or a month (2025, 2025-Q3, 2025-07)").format(
            value=value))
    return value


CLOSED_SCOPES = ("all", "overlap:network", "overlap:commune", "part:all", "part:overlap:network",
                 "part:overlap:commune")
_MONEY = _int(0, 10_000_000)
COLUMNS: dict[str, dict[str, Converter]] = {
    "places": {"uid": _uid, "code": _code, "name": _text(120), "postcode": _optional(_text(10)),
               "city": _optional(_text(100)), "timezone": _text(64), "opening_hours": _text(300),
               "network_day_rate_cents": _optional(_MONEY), "network_billing": _choice("home", "visited"),
               "desks_count": _optional(_int(0, 100_000)), "updated_at": _ts, "deleted_at": _optional(_ts)},
    "closures": {"uid": _uid, "start_date": _day, "end_date": _day, "label": _optional(_text(120)),
                 "updated_at": _ts, "deleted_at": _optional(_ts)},
    "plans": {"uid": _uid, "code": _text(32), "name": _text(120), "kind": _choice(*PlanKind),
              "price_cents": _MONEY, "vat_rate_bp": _int(0, 10_000), "units": _optional(_int(1, 1000)),
              "active": _choice("0", "1"), "updated_at": _ts, "deleted_at": _optional(_ts)},
    "members": {"uid": _uid, "number": _int(1, 999_999), "first_name": _text(100), "last_initial": _text(3),
                "category": _choice(*MemberCategory), "status": _choice(*MemberStatus),
                "home_plan": _optional(_text(120)), "updated_at": _ts, "deleted_at": _optional(_ts)},
    "badges": {"uid": _uid, "member_uid": _uid, "serial": _int(1, 99_999), "secret_hash": _hex64,
               "status": _choice(*BadgeStatus), "issued_at": _ts, "revoked_at": _optional(_ts), "updated_at": _ts},
    "visits": {"uid": _uid, "member_uid": _uid, "direction": _choice(*Direction), "ts": _ts,
               "source": _choice(*EventSource), "updated_at": _ts, "deleted_at": _optional(_ts)},
    "presence": {"day": _day, "member_uid": _uid, "visits": _int(0, 1000), "minutes": _int(0, 1500),
                 "hours_mask": _int(0, (1 << 24) - 1)},
    "closedpeople": {"period": _period, "scope": _choice(*CLOSED_SCOPES), "people": _int(0, 1_000_000)},
    "closeddays": {"day": _day, "visits": _int(0, 10_000_000), "people": _int(0, 100_000),
                   "half_days": _int(0, 200_000), "minutes": _int(0, 150_000_000),
                   "half_day_minutes": _optional(_int(1, 1440))},
}
assert all(tuple(COLUMNS[k.name]) == k.columns for k in fmt.KINDS), "format.py and rows.py disagree"

# The visits file is the big one (100,000 rows): one regex over the whole row checks what the seven
# converters would, about 3x faster; a row it does not match goes through the converters, which say
# precisely what is wrong. Instants still go through fromisoformat for the calendar (a 31 February).
_TS_TEXT = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?"
_UID_TEXT = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_VISIT_ROW = re.compile(f"({_UID_TEXT});({_UID_TEXT});({'|'.join(Direction)});({_TS_TEXT});"
                        f"({'|'.join(EventSource)});({_TS_TEXT});({_TS_TEXT})?")


def _fast_visit(record: list[str]) -> tuple | None:
    match = _VISIT_ROW.fullmatch(fmt.DELIMITER.join(record))
    if match is None:
        return None
    uid, member, direction, ts, source, updated, deleted = match.groups()
    iso = dt.datetime.fromisoformat
    iso(ts), iso(updated)
    if deleted is not None:
        iso(deleted)
    return uid, member, direction, ts, source, updated, deleted


def read_file(place: str, folder: Path, entry: ManifestFile) -> tuple[str, bytes]:
    """The file's bytes, checked against the manifest (a regular file, its size before reading, SHA-256)."""
    try:
        data = read_regular(folder / entry.file, max_bytes=entry.size, exact=entry.size)
    except UnsafeFile as exc:
        raise ExportRejected(Rejection(place, entry.file, None, str(exc))) from None
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise ExportRejected(Rejection(place, entry.file, None, _(
            "does not match its checksum in the manifest (truncated, edited or still being copied): "
            "nothing of this export was applied")))
    return entry.file, data


def parse_rows(place: str, entry: ManifestFile, data: bytes) -> list[tuple[int, tuple]]:
    """(line number, converted fields) for each row; raises ExportRejected on the first bad one."""
    kind = fmt.kind_of(entry.logical)
    assert kind is not None  # the manifest reader refused unknown kinds
    converters = tuple(COLUMNS[kind.name].values())

    def refuse(line: int | None, reason: str) -> ExportRejected:
        return ExportRejected(Rejection(place, entry.file, line, reason))

    try:
        text = data.decode(fmt.ENCODING)
    except UnicodeDecodeError as exc:
        raise refuse(None, _("is not UTF-8 (was it opened and saved by a spreadsheet? sync files must not be "
                             "edited)")) from exc
    if not data.startswith(b"\xef\xbb\xbf") or data.count(b"\n") != data.count(b"\r\n") \
            or data.count(b"\r") != data.count(b"\r\n"):
        raise refuse(None, _("is not UTF-8 with a BOM and CRLF line ends as the format says (was it opened and "
                             "saved by an editor? sync files must not be edited)"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=fmt.DELIMITER, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise refuse(1, str(exc)) from exc
    if header is None or tuple(header) != kind.columns:
        raise refuse(1, _("the header is not {expected}").format(expected=fmt.DELIMITER.join(kind.columns)))
    rows: list[tuple[int, tuple]] = []
    width = len(converters)
    fast = _fast_visit if kind is fmt.VISITS else None
    plausible = _Plausible() if kind is fmt.VISITS else None
    line = 1
    try:
        for record in reader:
            line = reader.line_num
            if len(record) != width:
                raise refuse(line, _("{n} fields where {width} are expected").format(n=len(record), width=width))
            try:
                fields = fast(record) if fast else None
                if fields is None:
                    fields = tuple(convert(value) for convert, value in zip(converters, record, strict=True))
                if plausible is not None:
                    plausible.check(fields)
                rows.append((line, fields))
            except ValueError as exc:
                raise refuse(line, str(exc)) from exc
    except csv.Error as exc:
        raise refuse(line + 1, str(exc)) from exc
    if len(rows) != entry.rows:
        raise refuse(None, _("holds {found} rows where the manifest says {expected}").format(
            found=len(rows), expected=entry.rows))
    return rows


class _Plausible:
    """Visits a real place can have made: none far in the future, at most ``PER_DAY`` events of one member
    on one day. Checked while reading, so a huge forged file is refused at its first implausible line."""

    PER_DAY = 100

    def __init__(self) -> None:
        self.latest = clock.ts_text(clock.now() + _FUTURE)
        self.per_day: dict[tuple[str, str], int] = {}

    def check(self, fields: tuple) -> None:
        ts = fields[3]
        if ts > self.latest:
            raise ValueError(_("the visit at {ts} UTC is in the future").format(ts=ts[:16]))
        key = (fields[1], ts[:10])
        count = self.per_day.get(key, 0) + 1
        if count > self.PER_DAY:
            raise ValueError(_("more than {n} check-ins and check-outs of member {uid} on {day}: not plausible").format(
                n=self.PER_DAY, uid=fields[1], day=ts[:10]))
        self.per_day[key] = count


def encode_rows(kind: fmt.FileKind, rows: list[tuple]) -> bytes:
    """The file's bytes for ``rows`` (None written as an empty field, text made inert)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=fmt.DELIMITER, lineterminator="\r\n")
    writer.writerow(kind.columns)
    writer.writerows(tuple(inert(v) if isinstance(v, str) else v for v in row) for row in rows)
    return buffer.getvalue().encode(fmt.ENCODING)


def encode_lines(kind: fmt.FileKind, lines: list[str]) -> bytes:
    """The file's bytes for rows already written as lines (fields that never need quoting)."""
    header = fmt.DELIMITER.join(kind.columns)
    return "\r\n".join([header, *lines, ""]).encode(fmt.ENCODING)
