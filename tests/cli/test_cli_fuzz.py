"""Every command of the parser, given hostile values in any slot: one line, exit 1 or 2, nothing changed.

The commands are found from argparse itself (the sub-parsers and their actions), so a command added by
any module is fuzzed without editing this file. Each example runs ``main(argv)`` in-process on a fresh
copy of a small prepared database and asserts:

- no traceback, and never the "unexpected error" answer (that one means a bug was caught by the net);
- a failure (exit 1 or 2) prints exactly one line on stderr and changes no row of any table;
- a success (exit 0) stored nothing implausible: no control character, no text over the longest bound,
  no date before the floor.

``TD_FUZZ_EXAMPLES`` sets the examples per command (default 4, ~1 min in all); ``TD_FUZZ_EXAMPLES=200``
runs the deep search (and draws at random instead of the fixed derandomised sequence).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telecentre_desk.__main__ import main
from telecentre_desk.cli import build_parser
from telecentre_desk.common import plausibility

EXAMPLES = int(os.environ.get("TD_FUZZ_EXAMPLES", "4"))
DEEP = EXAMPLES > 20
# The harness's own options: pointing them elsewhere would test another database (tests/test_paths_*).
HARNESS_OPTIONS = {"--db", "--data-dir", "--json", "-h", "--help"}
LONGEST_TEXT = 2000  # member notes: the longest free text the app stores (docs/validation.md)

# Placeholders resolved per example: the fuzz's scratch folder, a file in it, a file's would-be child.
FOLDER, A_FILE, UNDER_A_FILE = "<folder>", "<file>", "<under-a-file>"

NUMBERS = ["99999999999999999999999", "-99999999999999999999999", "9223372036854775808", "-9223372036854775809",
           "-1", "0", "1e309", "nan", "inf", "0x1F", "²", "٣", "9" * 5000, "1_000"]
EMPTY = ["", " ", "\t"]
LONG = ["A" * 10_000, "é" * 10_000]
CONTROL = ["a\x00b", "\x1b[31mred\x1b[0m", "abc\u202eevil", "line1\nline2", "tab\there", "cr\rhere", "\x7f",
           "bell\x07"]
DATES = ["0001-01-01", "9999-12-31", "1999-12-31", "2026-02-30", "31/02/2026", "2026-13-01", "2100-01-01",
         "00/00/0000", "2026-1-1", "0001-01", "9999-12", "2026-00", "2026-13"]
TIMES = ["2026-03-29T02:30", "2026-10-25T02:30", "0001-01-01T00:00", "9999-12-31T23:59+14:00",
         "0001-01-01T00:00-12:00", "2026-11-26T25:00", "2040-01-01T10:00", "1999-12-31T23:59",
         "2026-11-26T09:30+99:00", "2026-03-29T02:30+01:00"]
PATHS = [FOLDER, UNDER_A_FILE, "/" + "a" * 5000, "b" * 300 + ".csv", "/proc/self/status", "/proc/fuzz.csv",
         "/sys/fuzz.csv", "/nonexistent-folder/out.csv", "/dev/full", ".", "..", "/", "~nobody-here/x.csv"]
OTHER = ["--nonsense", "-", "--", "=", "'; DROP TABLE member; --", "%s%n{0}", "../../etc/passwd", "💥" * 50]
HOSTILE = NUMBERS + EMPTY + LONG + CONTROL + DATES + TIMES + PATHS + OTHER


@dataclass(frozen=True)
class Slot:
    """One place a value goes: a positional, an option taking a value, or a flag."""

    flag: str | None  # None for a positional
    takes_value: bool
    required: bool
    choices: tuple[str, ...]
    metavar: str
    nargs: object

    def baseline(self) -> str:
        """A plausible value, so that other slots get past the parser."""
        if self.choices:
            return self.choices[0]
        hint = f"{self.metavar} {self.flag or ''}".upper()
        for pattern, value in (("YYYY-MM-DD", "2026-11-02"), ("YYYY-MM", "2026-11"), ("ISO8601", "2026-11-02T10:00"),
                               ("--FROM", "2026-11-02"), ("--TO", "2026-11-03"), ("--DAY", "2026-11-02"),
                               ("FILE", A_FILE), ("--OUT", A_FILE), ("--CSV", A_FILE), ("--PDF", A_FILE),
                               ("--PNG", A_FILE), ("DIR", FOLDER), ("AMOUNT", "10"), ("MEMBER", "1"),
                               ("ID_OR_NUMBER", "1"), ("REF", "1"), ("NUMBER", "FLO-2026-0001"), ("CODE", "DAY"),
                               ("--LIMIT", "5"), ("--WEEKS", "1"), ("--CAPACITY", "4"), ("--QUANTITY", "1"),
                               ("SPACE", "Salle"), ("--PORT", "587")):
            if pattern in hint:
                return value
        return "fuzz"


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    slots: tuple[Slot, ...]

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _slots(parser: argparse.ArgumentParser) -> tuple[Slot, ...]:
    slots = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction | argparse._VersionAction):
            continue
        if set(action.option_strings) & HARNESS_OPTIONS:
            continue
        flag = max(action.option_strings, key=len) if action.option_strings else None
        slots.append(Slot(flag=flag, takes_value=action.nargs != 0, required=bool(action.required or (flag is None
                                                                                  and action.nargs not in ("?", "*"))),
                          choices=tuple(str(c) for c in action.choices or ()),
                          metavar=str(action.metavar or action.dest), nargs=action.nargs))
    return tuple(slots)


def walk(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[Command]:
    """Every runnable command: a parser whose defaults name a handler, found through the sub-parsers."""
    found = []
    if "handler" in parser._defaults:
        found.append(Command(words, _slots(parser)))
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.extend(walk(child, (*words, name)))
    return found


COMMANDS = walk(build_parser())


def test_the_walk_finds_the_commands() -> None:
    names = {c.name for c in COMMANDS}
    assert {"member add", "scan", "presence", "presence export", "invoice pdf", "sync import", "demo"} <= names
    assert len(COMMANDS) >= 40


# -- the prepared database ----------------------------------------------------------------------------------


def _run(db: Path, data_dir: Path, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO("fuzz-password\n")  # mail settings --password-stdin
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(["--db", str(db), "--data-dir", str(data_dir), *argv])
            except SystemExit as exit_:  # argparse: usage errors (2)
                code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        sys.stdin = stdin
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A place with a plan, two members, a room, a desk, a badge, a scan, an issued invoice and a booking."""
    folder = tmp_path_factory.mktemp("fuzz-prepared")
    db, data = folder / "desk.sqlite", folder / "data"
    steps = [
        ["place", "init", "--code", "FLO", "--name", "Florac", "--legal-name", "SoLozère",
         "--legal-form", "Association", "--address", "1 rue",
         "--postcode", "48400", "--city", "Florac", "--siret", "73282932000074", "--vat-number", "FR40303265045"],
        ["plan", "add", "--code", "MOIS", "--name", "Mois", "--kind", "monthly", "--price", "180"],
        ["plan", "add", "--code", "DAY", "--name", "Journée", "--kind", "day", "--price", "15"],
        # Invoices are issued only to members with a postal address (CGI art. 242 nonies A).
        ["member", "add", "--first-name", "Marie", "--last-name", "Dupont", "--plan", "MOIS", "--start", "2026-11-02",
         "--address", "3 rue du Pont", "--postcode", "48400", "--city", "Florac"],
        ["member", "add", "--first-name", "Jean", "--last-name", "Martin", "--email", "jean@example.fr",
         "--address", "5 place du Marché", "--postcode", "48400", "--city", "Florac"],
        ["space", "add", "--name", "Salle", "--kind", "open_space", "--capacity", "4"],
        ["desk", "add", "--space", "Salle", "--name", "D1"],
        ["invoice", "run", "2026-11"],
        ["invoice", "issue", "--month", "2026-11", "--all"],
        ["booking", "add", "--space", "Salle", "--member", "1", "--from", "2026-11-03T10:00", "--to",
         "2026-11-03T12:00"],
    ]
    for argv in steps:
        code, _, err = _run(db, data, argv)
        assert code == 0, (argv, err)
    code, out, err = _run(db, data, ["badge", "issue", "1"])
    assert code == 0, err
    code, _, err = _run(db, data, ["scan", out.splitlines()[0], "--at", "2026-11-03T09:00"])
    assert code == 0, err
    return db


def fingerprint(db: Path) -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every table."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        result = {}
        for table in tables:
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            result[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return result


_DATE_CELL = re.compile(r"^(\d{4})-\d{2}-\d{2}")
# Columns holding a day or an instant (a name may look like a date: "0001-01-01" is a silly but valid room name).
_DATE_COLUMN = re.compile(r"(_on|_at|date|day|_start|_end|^start|^end|month)$")


def implausible_cells(db: Path) -> list[str]:
    """What a successful command must never have stored."""
    found = []
    with contextlib.closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for column, cell in zip(columns, row, strict=True):
                    if not isinstance(cell, str):
                        continue
                    date = _DATE_CELL.match(cell) if _DATE_COLUMN.search(column) else None
                    if (len(cell) > LONGEST_TEXT or plausibility.bad_character(cell, multiline=True)
                            or (date and int(date.group(1)) < plausibility.DATE_FLOOR.year)):
                        found.append(f"{table}: {cell[:60]!r}")
    return found


# -- the fuzz -----------------------------------------------------------------------------------------------


def _argv(command: Command, values: dict[int, str | None], folder: Path) -> list[str]:
    argv = list(command.words)
    for index, slot in enumerate(command.slots):
        value = values.get(index, slot.baseline() if slot.required else None)
        if value is None:
            continue
        value = {FOLDER: str(folder), A_FILE: str(folder / "out.file"),
                 UNDER_A_FILE: str(folder / "plain.txt" / "inside.csv")}.get(value, value)
        if slot.flag is None:
            argv.append(value)
        elif not slot.takes_value:
            argv.append(slot.flag if value == "" else f"{slot.flag}={value}")
        else:
            argv.extend([slot.flag, value])
    return argv


def _values(command: Command) -> st.SearchStrategy[dict[int, str | None]]:
    """At least one slot hostile; others at their baseline, absent, or hostile too."""
    if not command.slots:
        return st.just({})
    count = len(command.slots)
    hostile = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=0, max_size=30))
    return st.tuples(st.integers(0, count - 1), hostile,
                     st.dictionaries(st.integers(0, count - 1), st.one_of(st.none(), hostile), max_size=2)
                     ).map(lambda t: {**t[2], t[0]: t[1]})


def check_run(prepared: Path, command: Command, argv_of) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        (folder / "plain.txt").write_text("a file, not a folder\n")
        db = folder / "desk.sqlite"
        shutil.copyfile(prepared, db)
        before = fingerprint(db)
        argv = argv_of(folder)
        cwd = Path.cwd()
        os.chdir(folder)  # a relative hostile path lands in the scratch folder, never in the worktree
        try:
            code, out, err = _run(db, folder / "data", argv)
        finally:
            os.chdir(cwd)
        shown = f"{argv!r:.400} -> {code}: {err!r:.600}"
        assert "Traceback" not in err + out, shown
        assert "unexpected error" not in err, shown
        if code == 0:
            assert not implausible_cells(db), (shown, implausible_cells(db))
            return
        assert code in (1, 2), shown
        assert len(err.splitlines()) == 1 and err.endswith("\n"), shown
        assert fingerprint(db) == before, shown
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name.replace(" ", "-") or "root")
def test_hostile_values_in_every_slot(prepared: Path, command: Command) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=not DEEP, database=None,
              suppress_health_check=list(HealthCheck))
    @given(values=_values(command))
    def fuzz(values: dict[int, str | None]) -> None:
        check_run(prepared, command, lambda folder: _argv(command, values, folder))

    fuzz()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name.replace(" ", "-") or "root")
def test_an_unknown_option_is_a_usage_error(prepared: Path, command: Command) -> None:
    def argv_of(folder: Path) -> list[str]:
        return [*_argv(command, {}, folder), "--no-such-option"]

    check_run(prepared, command, argv_of)
