"""Instants of the sync tables (UTC text) shown in the place's time, French style: 26/11/2026 10:05."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telecentre_desk.common import clock


def local_text(stamp: str | None, tz: ZoneInfo) -> str:
    if not stamp:
        return ""
    try:
        return f"{clock.ts_parse(stamp).astimezone(tz):%d/%m/%Y %H:%M}"
    except ValueError:
        return stamp  # shown as stored rather than hidden
