"""Plausibility at the boundary: the bounds every entry (CLI, window, spreadsheet, sync) applies the same way.

A value that parses may still be nonsense: a plan that starts in year 1, a member number that SQLite cannot
hold, a local time that the clock skipped, a name carrying a terminal escape. Each check here returns the
clean value or raises a :class:`ValidationError` whose one-line message names the field and says the bound.
The bounds are documented in ``docs/validation.md``; change them there too.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from telecentre_desk.common import clock
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

# History from before the software came must still be enterable (a member since 2009); nothing earlier.
DATE_FLOOR = dt.date(2000, 1, 1)
# Bookings, plan starts and report periods may look ahead, but not by more than about three years.
FUTURE_DAYS = 3 * 366
# A scan is something that happened: at most a few minutes ahead of this computer's clock (clock skew).
SCAN_AHEAD = dt.timedelta(minutes=5)
# SQLite stores integers as signed 64 bits; anything outside overflows in the driver.
INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)
# A limit ("at most N rows") beyond this is not a limit.
LIMIT_MAX = 1_000_000
# Paths: what every file system we run on accepts (Linux PATH_MAX, NAME_MAX; Windows long paths).
PATH_MAX = 4096
NAME_MAX = 255
# Places the app must never write into nor read from as if they were files.
_SYSTEM_ROOTS = ("/proc", "/sys", "/dev")
# Unicode's bidirectional controls: they reorder what a terminal or an invoice shows (U+202E "RLO").
# What a line of text may not hold, defined once (every entry here; the shared files in sync/rows.py): C0 and
# C1 controls (NUL, ESC, line breaks, tabs), line and paragraph separators, lone surrogates and the
# bidirectional controls that reverse what a screen shows (U+202E). A multi-line text may hold \t \n \r.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
LINE_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff{_BIDI}]")
_MULTILINE_CONTROLS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff{_BIDI}]")


def _error(message: str, field: str) -> ValidationError:
    return ValidationError(message, field=field)


# -- dates and times ----------------------------------------------------------------------------------------


def date_ceiling(today: dt.date | None = None) -> dt.date:
    return (today or clock.now().date()) + dt.timedelta(days=FUTURE_DAYS)


def check_day(day: dt.date, *, field: str, today: dt.date | None = None) -> dt.date:
    """``day`` if it lies between :data:`DATE_FLOOR` and about three years from today."""
    ceiling = date_ceiling(today)
    if day < DATE_FLOOR or day > ceiling:
        raise _error(_("{field}: {value} is out of range (from {floor} to {ceiling})").format(
            field=field, value=day.isoformat(), floor=DATE_FLOOR.isoformat(), ceiling=ceiling.isoformat()), field)
    return day


def parse_day(text: str, *, field: str, today: dt.date | None = None) -> dt.date:
    """A typed date (``YYYY-MM-DD`` or ``DD/MM/YYYY``) within the plausible range."""
    return check_day(clock.parse_date(text, field=field), field=field, today=today)


def check_instant(value: dt.datetime, *, field: str, ahead: dt.timedelta | None = None,
                  shown_as: str | None = None) -> dt.datetime:
    """An aware instant from :data:`DATE_FLOOR` to ``ahead`` of now (default: the date ceiling).

    ``shown_as`` is how the message quotes the value (what the person typed, not its UTC form).
    """
    now = clock.now()
    text = shown_as or value.isoformat()
    latest = now + ahead if ahead is not None else dt.datetime.combine(date_ceiling(now.date()), dt.time.max,
                                                                        tzinfo=clock.UTC)
    floor = dt.datetime.combine(DATE_FLOOR, dt.time(), tzinfo=clock.UTC)
    if value < floor:
        raise _error(_("{field}: {value} is before {floor}").format(
            field=field, value=text, floor=DATE_FLOOR.isoformat()), field)
    if value > latest:
        if ahead is not None:
            raise _error(_("{field}: {value} is in the future (at most {minutes} minutes ahead of this computer's "
                           "clock)").format(field=field, value=text,
                                            minutes=int(ahead.total_seconds() // 60)), field)
        raise _error(_("{field}: {value} is after {ceiling}").format(
            field=field, value=text, ceiling=latest.date().isoformat()), field)
    return value


def local_time(value: dt.datetime, tz: ZoneInfo, *, field: str) -> dt.datetime:
    """A naive wall-clock time at the place as an aware instant, refusing the times DST skips or repeats.

    An aware value (``…+01:00``) is taken as it is: that is how an ambiguous time is made precise.
    """
    if value.tzinfo is not None:
        return value
    first, second = value.replace(tzinfo=tz, fold=0), value.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    # zoneinfo gives a skipped time (spring) fold 0's offset before and fold 1's after; a round trip tells.
    if first.astimezone(clock.UTC).astimezone(tz).replace(tzinfo=None) != value:
        raise _error(_("{field}: {value} does not exist in {zone} (the clocks went forward that night)").format(
            field=field, value=value.isoformat(timespec="minutes"), zone=tz.key), field)
    raise _error(_("{field}: {value} happens twice in {zone} (the clocks went back): add the offset, "
                   "{value}{first} or {value}{second}").format(
        field=field, value=value.isoformat(timespec="minutes"), zone=tz.key, first=_offset(first),
        second=_offset(second)), field)


def _offset(value: dt.datetime) -> str:
    seconds = int(value.utcoffset().total_seconds())  # type: ignore[union-attr]
    sign = "+" if seconds >= 0 else "-"
    return f"{sign}{abs(seconds) // 3600:02d}:{abs(seconds) % 3600 // 60:02d}"


def local_instant(value: dt.datetime, tz: ZoneInfo, *, field: str, ahead: dt.timedelta | None = None
                  ) -> dt.datetime:
    """A time given at the place (naive = wall clock, or with its offset) as a plausible instant in UTC."""
    if value.date() < DATE_FLOOR or value.date() > date_ceiling() + dt.timedelta(days=1):
        # Before converting: year 1 or 9999 plus an offset overflows datetime itself.
        raise _error(_("{field}: {value} is out of range (from {floor} to {ceiling})").format(
            field=field, value=value.date().isoformat(), floor=DATE_FLOOR.isoformat(),
            ceiling=date_ceiling().isoformat()), field)
    aware = local_time(value, tz, field=field)
    return check_instant(aware.astimezone(clock.UTC), field=field, ahead=ahead,
                         shown_as=value.isoformat(timespec="minutes"))


def parse_local_time(text: str, tz: ZoneInfo, *, field: str, ahead: dt.timedelta | None = None,
                     example: str = "2026-11-26T09:30") -> dt.datetime:
    """ISO 8601 typed by a person: naive = the place's local time; returned in UTC, within range."""
    raw = str(text).strip()
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise _error(_("{field}: {value!r} is not an ISO 8601 time ({example})").format(
            field=field, value=_short(raw), example=example), field) from None
    return local_instant(value, tz, field=field, ahead=ahead)


# -- numbers ------------------------------------------------------------------------------------------------


def check_int(value: int, *, field: str, low: int = INT64_MIN, high: int = INT64_MAX) -> int:
    """``value`` between ``low`` and ``high`` (by default what an SQLite INTEGER holds)."""
    if not low <= value <= high:
        raise _error(_("{field}: {value} is out of range ({low} to {high})").format(
            field=field, value=_short(str(value)), low=low, high=high), field)
    return value


def parse_int(text: str, *, field: str, low: int = INT64_MIN, high: int = INT64_MAX) -> int:
    raw = str(text).strip()
    if not (raw.lstrip("+-").isascii() and raw.lstrip("+-").isdigit()) or len(raw) > 40:
        raise _error(_("{field}: {value!r} is not a whole number").format(field=field, value=_short(raw)), field)
    return check_int(int(raw), field=field, low=low, high=high)


def is_int64(value: int) -> bool:
    return INT64_MIN <= value <= INT64_MAX


def stored_number(text: str) -> int | None:
    """``text`` as a non-negative number SQLite can hold (a member or invoice number), or None.

    ASCII digits only ("²" is a digit to ``str.isdigit`` but not to ``int``), at most 19 of them (a
    5,000-digit string would also hit Python's limit on converting long numbers).
    """
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return None
    value = int(text)
    return value if value <= INT64_MAX else None


# -- texts --------------------------------------------------------------------------------------------------


def bad_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character a name or a line of text must not hold, shown as ``U+XXXX``, or None.

    Control characters (NUL, ESC, …), bidirectional overrides (U+202E) and, unless ``multiline``,
    line breaks and tabs; a multi-line text (notes, an address) may hold ``\\n`` and ``\\t``.
    """
    found = (_MULTILINE_CONTROLS if multiline else LINE_CONTROLS).search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def check_text(text: str, *, field: str, max_length: int, multiline: bool = False) -> str:
    """``text`` if it is short enough and holds no control character; the message says the bound."""
    if len(text) > max_length:
        raise _error(_("{field}: at most {max_length} characters").format(field=field, max_length=max_length),
                     field)
    bad = bad_character(text, multiline=multiline)
    if bad is not None:
        raise _error(_("{field}: the control character {char} is not allowed").format(field=field, char=bad), field)
    return text


def _short(text: str, length: int = 40) -> str:
    """A value quoted back to the user, cut so that a 10,000-character paste keeps the message one line."""
    text = "".join(c if bad_character(c) is None else "?" for c in text[: length + 1])
    return text if len(text) <= length else text[:length] + "…"


def shown(text: str) -> str:
    """A user's value as it may appear in a one-line message (cut, control characters replaced)."""
    return _short(str(text))


# -- file paths ---------------------------------------------------------------------------------------------


def _path_text(text: str | os.PathLike, field: str) -> Path:
    raw = os.fspath(text)
    if not str(raw).strip():
        raise _error(_("{field}: a file name is required").format(field=field), field)
    raw = str(raw)
    bad = bad_character(raw)  # NUL cannot be passed to the system; the others end up in messages and logs
    if bad is not None:
        raise _error(_("{field}: the control character {char} is not allowed").format(field=field, char=bad), field)
    if len(raw.encode("utf-8", "surrogateescape")) > PATH_MAX or any(
            len(part.encode("utf-8", "surrogateescape")) > NAME_MAX for part in Path(raw).parts):
        raise _error(_("{field}: the path is too long (at most {count} characters, {name} per name)").format(
            field=field, count=PATH_MAX, name=NAME_MAX), field)
    try:
        path = Path(raw).expanduser()  # "~nobody/x.csv": RuntimeError when that user has no home
        absolute = path.resolve()
    except (OSError, RuntimeError):  # no such home, a symlink loop
        raise _error(_("{field}: {path} cannot be reached").format(field=field, path=_shown_path(raw)),
                     field) from None
    if any(str(absolute) == root or str(absolute).startswith(root + "/") for root in _SYSTEM_ROOTS):
        raise _error(_("{field}: {path} is a system folder, not a place for the app's files").format(
            field=field, path=_shown_path(raw)), field)
    return path


def _shown_path(path: Path | str) -> str:
    return _short(str(path), 200)


def output_file(text: str | os.PathLike, *, field: str) -> Path:
    """A file the command will write: checked before any work is done (the database is not even opened)."""
    path = _path_text(text, field)
    if path.is_dir():
        raise _error(_("{field}: cannot write {path} (it is a folder; give a file name)").format(
            field=field, path=_shown_path(path)), field)
    _check_parent(path, field)
    return path


def output_folder(text: str | os.PathLike, *, field: str) -> Path:
    """A folder the command will write into (created if missing, but its parent must exist)."""
    path = _path_text(text, field)
    if path.exists() and not path.is_dir():
        raise _error(_("{field}: cannot write into {path} (it is a file, not a folder)").format(
            field=field, path=_shown_path(path)), field)
    if not path.exists():
        _check_parent(path, field)
    return path


def input_file(text: str | os.PathLike, *, field: str) -> Path:
    """A file the command will read."""
    path = _path_text(text, field)
    if path.is_dir():
        raise _error(_("{field}: cannot read {path} (it is a folder; give a file name)").format(
            field=field, path=_shown_path(path)), field)
    if not path.is_file():
        raise _error(_("{field}: cannot read {path} (there is no such file)").format(
            field=field, path=_shown_path(path)), field)
    return path


def input_folder(text: str | os.PathLike, *, field: str) -> Path:
    """A folder the command will read (or read and write, like the network's shared folder)."""
    path = _path_text(text, field)
    if not path.is_dir():
        raise _error(_("{field}: the folder {path} does not exist or cannot be reached").format(
            field=field, path=_shown_path(path)), field)
    return path


def _check_parent(path: Path, field: str) -> None:
    parent = path.absolute().parent
    for ancestor in (parent, *parent.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                raise _error(_("{field}: cannot write {path} ({file} is a file, not a folder)").format(
                    field=field, path=_shown_path(path), file=_shown_path(ancestor)), field)
            break
    if not parent.is_dir():
        raise _error(_("{field}: cannot write {path} (the folder {folder} does not exist)").format(
            field=field, path=_shown_path(path), folder=_shown_path(parent)), field)
