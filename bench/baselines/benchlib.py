"""The data set every raw baseline shares: one place, 300 members, ten years, exactly 1,000,000 check-ins.

Written for this repository so that ``make bench`` and the bench smoke tests need nothing outside the
checkout. The shape follows the published limits of the project (same counts, same last day, timestamps as
TEXT ``YYYY-MM-DD HH:MM:SS.ffffff`` as SQLAlchemy stores a datetime on SQLite), so a run with ``--limits DIR``
(the reference baselines, when present) can be compared with a run on these.

The events are made up but deterministic (seeded), built once into a cached SQLite file that the scripts copy
before writing to it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

MEMBERS = 300
PLACE_ID = 1
N_EVENTS = 1_000_000
LAST_DAY = dt.date(2025, 12, 31)
# The last scan of the data set is before this moment: some members are still in on the last day.
NOW = dt.datetime(2025, 12, 31, 14, 0, 0)
TS_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
DATA_ENV = "TELECENTRE_BENCH_DATA"
# Our own cache folder: a data set made by another generator must never be mistaken for this one.
DATA_DIR = Path(os.environ.get(DATA_ENV) or Path(tempfile.gettempdir()) / "telecentre-desk-baselines")
DATA_VERSION = 1

CHECKIN_TABLE = """
CREATE TABLE checkin (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL,
    place_id INTEGER NOT NULL,
    ts VARCHAR NOT NULL,
    kind VARCHAR NOT NULL
);
CREATE INDEX ix_checkin_member_ts ON checkin (member_id, ts);
"""

T = TypeVar("T")


def ts_str(moment: dt.datetime) -> str:
    return moment.strftime(TS_FORMAT)


def _day_events(rng: random.Random, day: dt.date) -> list[tuple[dt.datetime, int, str]]:
    """One day's arrivals (07:00-11:00) and departures (12:00-20:00): about 160 members a weekday, 80 a weekend."""
    usual = 160 if day.weekday() < 5 else 80
    present = rng.sample(range(1, MEMBERS + 1), usual + rng.randint(-15, 15))
    midnight = dt.datetime.combine(day, dt.time())
    events = []
    for member in present:
        events.append((midnight + dt.timedelta(seconds=rng.randint(7 * 3600, 11 * 3600)), member, "in"))
        events.append((midnight + dt.timedelta(seconds=rng.randint(12 * 3600, 20 * 3600)), member, "out"))
    return sorted(e for e in events if e[0] <= NOW)


def checkin_events(seed: int = 2026) -> Iterator[tuple[int, int, str, str]]:
    """(member_id, place_id, ts, kind) in time order, exactly N_EVENTS, ending on LAST_DAY before NOW."""
    rng = random.Random(seed)
    days: list[list[tuple[dt.datetime, int, str]]] = []
    count, day = 0, LAST_DAY
    while count < N_EVENTS:  # walk back from the last day until there are enough events
        days.append(_day_events(rng, day))
        count += len(days[-1])
        day -= dt.timedelta(days=1)
    skip = count - N_EVENTS  # the oldest events go, so the count is exact
    for events in reversed(days):
        for moment, member, kind in events:
            if skip:
                skip -= 1
                continue
            yield member, PLACE_ID, ts_str(moment), kind


def checkin_db() -> Path:
    """The cached template database of the data set (built on first use, ~20 s). Copy it before writing."""
    path = DATA_DIR / f"checkins_v{DATA_VERSION}.sqlite"
    if path.exists():
        return path
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f"{path.name}.{os.getpid()}.building")
    remove_db(building)
    con = sqlite3.connect(building, isolation_level=None)
    try:
        con.executescript(CHECKIN_TABLE)
        con.execute("BEGIN")
        con.executemany("INSERT INTO checkin (member_id, place_id, ts, kind) VALUES (?, ?, ?, ?)", checkin_events())
        con.execute("COMMIT")
        con.execute("ANALYZE")
    finally:
        con.close()
    os.replace(building, path)  # a half-built file is never taken for the data set
    return path


def remove_db(path: Path) -> None:
    """An SQLite file and the -wal, -shm and -journal files beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_db(src: Path, dst: Path) -> Path:
    """A fresh copy of a closed template, flushed now so that the first timed commit does not pay for it."""
    remove_db(dst)
    shutil.copyfile(src, dst)
    with open(dst, "rb") as fh:
        os.fsync(fh.fileno())
    return dst


def timed(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[float, T]:
    """Seconds taken by one call, and what it returned."""
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result
