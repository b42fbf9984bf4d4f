"""Time: UTC in the database, the place's time zone for display and for "which day is this".

``now()`` is the one source of the current time so that tests can freeze it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

UTC = dt.UTC
_now: Callable[[], dt.datetime] = lambda: dt.datetime.now(UTC)  # noqa: E731 - replaced by tests


def now() -> dt.datetime:
    """The current instant, aware, in UTC."""
    return _now()


def set_clock(fn: Callable[[], dt.datetime] | None) -> None:
    """Replace the clock (tests, replays); ``None`` restores the real one."""
    global _now
    _now = fn if fn is not None else (lambda: dt.datetime.now(UTC))


def zone(name: str) -> ZoneInfo:
    """The IANA zone, with a clear error for a name that does not exist."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("{field}: {value!r} is not a known time zone (e.g. Europe/Paris)").format(
            field="timezone", value=name), field="timezone") from exc


def check_zone_name(name: str) -> str:
    """Return the name if it is a real IANA zone."""
    if name not in available_timezones():
        zone(name)  # raises the clear error for unknown names
    return name


# How SQLite holds an instant (SQLModel's UTC text, comparable as text); raw SQL writes and reads it
# with these two, so the format lives in one place.
DB_TIMESTAMP = "%Y-%m-%d %H:%M:%S.%f"


def ts_text(value: dt.datetime) -> str:
    """An aware instant as the database stores it (UTC text)."""
    return value.astimezone(UTC).strftime(DB_TIMESTAMP)


def ts_parse(value: str) -> dt.datetime:
    """The database's UTC text back to an aware instant (fromisoformat: ~10x strptime, on the scan path)."""
    return dt.datetime.fromisoformat(value).replace(tzinfo=UTC)


def to_utc(value: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """An aware datetime in UTC; a naive one is read as local time of ``tz``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def local_day(value: dt.datetime, tz: ZoneInfo) -> dt.date:
    """The calendar day of ``value`` at the place: a scan at 00:30 local belongs to that day."""
    return value.astimezone(tz).date()


def today_at(tz: ZoneInfo | str) -> dt.date:
    """Today at a place: its zone (or zone name) decides when the day turns, never the computer's nor UTC's."""
    return local_day(now(), tz if isinstance(tz, ZoneInfo) else zone(tz))


def day_bounds_utc(day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants where a local day starts and ends (23 or 25 hours on DST days)."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def parse_date(text: str, *, field: str = "date") -> dt.date:
    """ISO ``YYYY-MM-DD`` or French ``DD/MM/YYYY``."""
    raw = str(text).strip()
    try:
        if "/" in raw:
            day, month, year = raw.split("/")
            return dt.date(int(year), int(month), int(day))
        return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise ValidationError(_("{field}: {value!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)").format(
            field=field, value=raw), field=field) from exc
