"""space, desk and report occupancy from the shell."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Shell


@pytest.fixture
def run(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Florac", "--opening-hours", "mon-sun 00:00-24:00")
    shell.json("plan", "add", "--code", "MOIS", "--name", "Mois", "--kind", "monthly", "--price", "180")
    shell.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont",
               "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS",
               "--start", "2026-11-01")
    return shell


def test_rooms_desks_and_a_scan_that_gets_one(run) -> None:
    room = run.json("space", "add", "--name", "Open space", "--kind", "open_space", "--capacity", "2")
    assert (room["name"], room["capacity"], room["desks"]) == ("Open space", 2, 0)
    run.json("desk", "add", "--space", "Open space", "--name", "A1")
    desk = run.json("desk", "add", "--space", room["id"], "--name", "A2", "--fixed-member", "FLO-0001")
    assert (desk["space_name"], desk["fixed_member"]) == ("Open space", "FLO-0001")
    assert [d["name"] for d in run.json("desk", "list")] == ["A1", "A2"]
    payload = run.json("badge", "issue", "1")["payload"]
    assert run.json("scan", payload, "--at", "2026-11-26T09:00")["desk"] == "A2"


@pytest.mark.parametrize(("args", "message"), [
    (["space", "add", "--name", "X", "--kind", "open_space", "--capacity", "zero"], "not a whole number"),
    (["desk", "add", "--space", "Nowhere", "--name", "A1"], "no room named 'Nowhere'"),
    (["report", "occupancy", "--from", "2026-11-30", "--to", "2026-11-01"], "ends before it starts"),
    (["report", "occupancy", "--from", "31/02/2026", "--to", "2026-03-01"], "is not a date"),
])
def test_bad_input(run, args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 1
    assert message in err


def test_full_room_refuses_another_desk(run) -> None:
    run.json("space", "add", "--name", "Bureau", "--kind", "private_office", "--capacity", "1")
    run.json("desk", "add", "--space", "Bureau", "--name", "B1")
    code, _, err = run("desk", "add", "--space", "Bureau", "--name", "B2")
    assert code == 1
    assert "holds 1 desk" in err


def test_report_json_csv_pdf(run, tmp_path: Path) -> None:
    payload = run.json("badge", "issue", "1")["payload"]
    run.json("scan", payload, "--at", "2026-11-26T09:00")
    with run.now("2026-11-26T12:01+01:00"):
        run.json("scan", payload, "--at", "2026-11-26T12:00")
    report = run.json("report", "occupancy", "--from", "2026-11-01", "--to", "2026-11-30",
                      "--csv", str(tmp_path / "r.csv"), "--pdf", str(tmp_path / "r.pdf"))
    assert {"visits", "unique_members", "person_days", "occupancy_rate", "by_category", "peak_hours"} <= set(report)
    assert (report["visits"], report["person_days"], report["hours"]) == (1, 0.5, 3.0)
    assert report["occupancy_rate"] is None  # no desk described: nothing to divide by
    assert report["peak_hours"]["thu"][9] == round(1 / 4, 2)  # four Thursdays in November 2026
    text = (tmp_path / "r.csv").read_bytes()
    assert text.startswith("\ufeff".encode())
    assert "Jours-personnes" in text.decode("utf-8-sig")
    assert ";0,5;3,0;" in text.decode("utf-8-sig")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    empty = run.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-01-31")
    assert empty["empty"] is True


def test_bookings_from_the_shell(run) -> None:
    run.json("space", "add", "--name", "Salle Tarnon", "--kind", "meeting_room", "--capacity", "8")
    made = run.json("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-07T10:00",
                    "--to", "2026-12-07T11:30")
    assert (made["space"], made["number"], made["from"]) == ("Salle Tarnon", "FLO-0001", "2026-12-07T09:00:00+00:00")
    assert [b["id"] for b in run.json("booking", "list", "--day", "2026-12-07")] == [made["id"]]
    code, _, err = run("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-07T11:00",
                       "--to", "2026-12-07T12:00")
    assert code == 1
    assert "already booked by Marie Dupont" in err
    series = run.json("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-08T10:00",
                      "--to", "2026-12-08T11:00", "--weeks", "3")
    assert len(series) == 3
    assert run.json("booking", "cancel", series[0]["id"], "--series") == {"cancelled": 3}
    code, _, err = run("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "tomorrow",
                       "--to", "2026-12-07T12:00")
    assert code == 1
    assert "ISO 8601" in err


def test_bookings_are_printed_in_the_places_zone_not_the_computers(run, computer_in_new_york) -> None:
    run.json("space", "add", "--name", "Salle Tarnon", "--kind", "meeting_room", "--capacity", "8")
    code, added, _ = run("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-07T10:00",
                         "--to", "2026-12-07T11:30")
    assert code == 0
    assert "07/12 10:00" in added and "11:30" in added  # New York's clock said 04:00 and 05:30
    code, listed, _ = run("booking", "list", "--day", "2026-12-07")
    assert code == 0
    assert "07/12 10:00" in listed and "11:30" in listed


def test_a_booking_moved_a_desk_moved_and_an_empty_room_removed_from_the_shell(run) -> None:
    run.json("space", "add", "--name", "Salle Tarnon", "--kind", "meeting_room", "--capacity", "8")
    run.json("space", "add", "--name", "Open space", "--kind", "open_space", "--capacity", "2")
    run.json("space", "add", "--name", "Annexe", "--kind", "open_space", "--capacity", "2")
    run.json("desk", "add", "--space", "Open space", "--name", "A1")
    made = run.json("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-07T10:00",
                    "--to", "2026-12-07T11:30")
    moved = run.json("booking", "edit", made["id"], "--from", "2026-12-08T14:00", "--note", "projet")
    assert (moved["booking"]["from"], moved["booking"]["to"], moved["booking"]["note"]) == (
        "2026-12-08T13:00:00+00:00", "2026-12-08T14:30:00+00:00", "projet")
    assert moved["before"]["from"] == made["from"]
    other = run.json("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-07T10:00",
                     "--to", "2026-12-07T11:00")
    code, _, err = run("booking", "edit", other["id"], "--from", "2026-12-08T14:30")
    assert code == 1 and "already booked by Marie Dupont on 08/12/2026 from 14:00 to 15:30" in err
    with pytest.raises(SystemExit) as usage:
        run("booking", "edit", other["id"], "--desk", "A1", "--whole-room")
    assert usage.value.code == 2
    move = run.json("desk", "move", "A1", "--to", "Annexe")
    assert (move["from_space_name"], move["to_space_name"]) == ("Open space", "Annexe")
    code, _, err = run("space", "remove", "Annexe")
    assert code == 1 and "'Annexe' still has 1 desk: move or remove it first" in err
    removed = run.json("space", "remove", "Open space")["removed"]
    assert [s["name"] for s in run.json("space", "list")] == ["Annexe", "Salle Tarnon"]
    assert run.json("space", "restore", removed["id"])["name"] == "Open space"
    code, _, err = run("space", "remove", "Salle Tarnon")
    assert code == 1 and "2 bookings to come" in err
    gone = run.json("desk", "remove", "A1")["removed"]
    assert run.json("desk", "list") == []
    assert run.json("desk", "restore", gone["id"])["space_name"] == "Annexe"


def test_a_weekly_series_moved_from_one_week_on_from_the_shell(run) -> None:
    run.json("space", "add", "--name", "Salle Tarnon", "--kind", "meeting_room", "--capacity", "8")
    series = run.json("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-07T10:00",
                      "--to", "2026-12-07T11:00", "--weeks", "3")
    moved = run.json("booking", "edit", series[1]["id"], "--series", "--from", "2026-12-15T14:00")
    assert [b["from"] for b in moved["bookings"]] == ["2026-12-15T13:00:00+00:00", "2026-12-22T13:00:00+00:00"]
    assert [e["before"]["from"] for e in moved["edits"]] == [series[1]["from"], series[2]["from"]]
    code, text, _ = run("booking", "edit", series[0]["id"], "--note", "atelier")  # without --series: one week
    assert code == 0 and text.count("Salle Tarnon") == 1
    run.json("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-29T10:00",
             "--to", "2026-12-29T10:30")
    code, _, err = run("booking", "edit", series[0]["id"], "--series", "--from", "2026-12-14T10:00")
    assert code == 1 and "the week of 29/12/2026: the room is already booked by Marie Dupont" in err
    assert run.json("booking", "list", "--day", "2026-12-07")[0]["from"] == series[0]["from"]  # nothing moved
