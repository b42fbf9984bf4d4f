"""How a command fails: one line, the right exit code, a bug logged with its traceback, nothing changed."""

from __future__ import annotations

import json

import pytest

from telecentre_desk.app_logging import LOG_FILE
from telecentre_desk.cli import member_cmds
from tests.cli.conftest import Shell
from tests.cli.test_cli_fuzz import fingerprint


@pytest.fixture
def desk(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Florac")
    shell.json("plan", "add", "--code", "MOIS", "--name", "Mois", "--kind", "monthly", "--price", "180")
    shell.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont", "--plan", "MOIS",
               "--start", "2026-10-01")
    return shell


def test_a_bug_is_one_line_naming_the_log_with_the_traceback_in_it(desk: Shell,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_ctx) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(member_cmds, "cmd_list", broken)
    log = desk.data_dir / "logs" / LOG_FILE
    code, out, err = desk("member", "list")
    assert (code, out) == (1, "")
    assert err == f"telecentre-desk: error: unexpected error (KeyError); the details are in {log}\n"
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "KeyError: 'a bug'" in text
    code, out, err = desk("member", "list", "--json")
    assert json.loads(out) == {"error": f"unexpected error (KeyError); the details are in {log}", "log": str(log)}


def test_usage_errors_are_one_line_with_exit_2(desk: Shell) -> None:
    with pytest.raises(SystemExit) as exit_:
        desk("member", "history", "1", "--limit", "-1")
    err = desk.capsys.readouterr().err
    assert exit_.value.code == 2
    assert err == ("telecentre-desk member history: error: --limit: -1 is out of range (1 to 1000000) "
                   "(telecentre-desk member history --help shows the options)\n")
    with pytest.raises(SystemExit):
        desk("member", "add", "--first-name", "A", "--last-name", "B", "--bogus", "x\ny")
    err = desk.capsys.readouterr().err
    assert err.count("\n") == 1 and "unrecognized arguments: --bogus x\\ny" in err


def test_usage_errors_in_french(desk: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELECENTRE_DESK_LANG", "fr")
    with pytest.raises(SystemExit):
        desk("member", "add", "--first-name", "A")
    err = desk.capsys.readouterr().err
    assert "les arguments suivants sont obligatoires" in err and "--last-name" in err


@pytest.mark.parametrize(("args", "message"), [
    (["member", "show", "99999999999999999999999"], "no member 99999999999999999999999"),
    (["member", "add", "--first-name", "A", "--last-name", "B", "--plan", "MOIS", "--start", "0001-01-01"],
     "--start: 0001-01-01 is out of range (from 2000-01-01 to 2029-"),
    (["member", "add", "--first-name", "Zo\u202eé", "--last-name", "B"], "the control character U+202E"),
    (["member", "add", "--first-name", "\x1b[2J", "--last-name", "B"], "the control character U+001B"),
    (["scan", "x", "--at", "2026-03-29T02:30"], "--at: 2026-03-29T02:30 does not exist in Europe/Paris"),
    (["scan", "x", "--at", "2026-10-25T02:30"], "add the offset, 2026-10-25T02:30+02:00 or 2026-10-25T02:30+01:00"),
    (["scan", "x", "--at", "2026-11-27T09:00"], "is in the future (at most 5 minutes ahead"),
    (["scan", "x", "--at", "1999-12-31T09:00"], "out of range"),
    (["booking", "list", "--day", "0001-01-01"], "--day: 0001-01-01 is out of range"),
    (["member", "export", "--out", ""], "--out: a file name is required"),
    (["member", "export", "--out", "x" * 10_000], "--out: the path is too long"),
    (["member", "export", "--out", "/proc/self/x.csv"], "system folder"),
    (["invoice", "pay", "FLO-2026-0001", "--amount", "1", "--method", "cash", "--date", "0001-01-01"],
     "--date: 0001-01-01 is out of range"),
    (["invoice", "run", "2100-01"], "month: 2100-01-01 is out of range"),
])
def test_nonsense_is_refused_in_one_line_and_changes_nothing(desk: Shell, args: list[str], message: str) -> None:
    before = fingerprint(desk.db)
    code, out, err = desk(*args)
    assert (code, out) == (1, "")
    assert message in err and err.count("\n") == 1
    assert fingerprint(desk.db) == before


def test_a_scan_in_the_past_stays_allowed(desk: Shell) -> None:
    payload = desk.json("badge", "issue", "1")["payload"]
    # The second 02:30 of the night the clocks went back, made precise by its offset (a closed Sunday night).
    assert desk.json("scan", payload, "--at", "2026-10-25T02:30+01:00")["at"] == "2026-10-25T01:30:00+00:00"
    assert desk.json("scan", payload, "--at", "2026-11-20T09:00")["decision"] == "in"


@pytest.mark.parametrize(("args", "message"), [
    (["member", "history", "1", "--limit", "99999999999999999999999"], "--limit: 99999999999999999999999 is out"),
    (["mail", "log", "--limit", "0"], "--limit: 0 is out of range"),
    (["invoice", "credit", "FLO-2026-0001", "--reason", "x" * 10_000], "--reason: at most 500 characters"),
    (["booking", "add", "--space", "S", "--member", "1", "--from", "2026-11-27T10:00", "--to", "2026-11-27T11:00",
      "--weeks", "-3"], "--weeks: -3 is out of range"),
])
def test_bad_numbers_and_texts_are_usage_errors(desk: Shell, args: list[str], message: str) -> None:
    before = fingerprint(desk.db)
    with pytest.raises(SystemExit) as exit_:
        desk(*args)
    err = desk.capsys.readouterr().err
    assert exit_.value.code == 2 and message in err and err.count("\n") == 1
    assert fingerprint(desk.db) == before


@pytest.mark.parametrize("quantity", ["²", "9" * 5000, "-1"])
def test_a_quantity_that_is_no_ascii_whole_number_is_refused(desk: Shell, quantity: str) -> None:
    desk.json("plan", "add", "--code", "DAY", "--name", "Journée", "--kind", "day", "--price", "15")
    before = fingerprint(desk.db)
    code, _out, err = desk("sale", "add", "--member", "1", "--plan", "DAY", "--quantity", quantity)
    assert code == 1 and "is not a whole number of at least 1" in err and err.count("\n") == 1
    assert fingerprint(desk.db) == before


def test_an_ambiguous_abbreviation_is_one_line(desk: Shell) -> None:
    # Found by the fuzz: the window's quick parser printed its own usage block before the full parser's line.
    with pytest.raises(SystemExit) as exit_:
        desk("scan", "--d")
    err = desk.capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1 and "ambiguous option: --d" in err
