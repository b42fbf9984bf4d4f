"""``telecentre-desk demo`` end to end, in-process, as `make run` and the benchmarks call it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telecentre_desk.__main__ import main


def test_demo_command_then_a_second_run_is_refused(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(tmp_path / "demo.sqlite"), "--data-dir", str(tmp_path / "data"),
            "demo", "--members", "10", "--months", "2", "--json"]
    assert main(args) == 0
    out, _ = capsys.readouterr()
    summary = json.loads(out)
    assert (summary["place_code"], summary["members"], summary["plans"]) == ("FLO", 10, 7)
    assert summary["events"] > 0 and summary["first_day"] == "2026-09-27"

    assert main(args) == 1
    out, err = capsys.readouterr()
    assert "already has a place (FLO); use a new --db for the demo" in err
    assert "Traceback" not in err
    assert json.loads(out)["error"].startswith("this database already has a place")


def test_demo_members_are_listed_by_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(tmp_path / "demo.sqlite"), "--data-dir", str(tmp_path / "data")]
    assert main([*base, "demo", "--members", "12", "--months", "1"]) == 0
    capsys.readouterr()
    assert main([*base, "member", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 12
    assert all(m["display_number"].startswith("FLO-") for m in listed)
