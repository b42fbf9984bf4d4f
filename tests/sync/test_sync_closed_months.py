"""A place closes a month: its anonymous counts travel, and the other places' network report stays the same."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from telecentre_desk.network.report import network_report
from telecentre_desk.privacy.aggregate import close_month
from telecentre_desk.sync import keys, store
from telecentre_desk.sync import service as sync
from tests.sync.helpers import manifest, rewrite, snapshot, text_of, write_manifest

PERIODS = [("2026-09-01", "2026-09-30"), ("2026-07-01", "2026-09-30"), ("2026-10-01", "2026-12-31"),
           ("2026-01-01", "2026-12-31"), ("2026-10-01", "2026-10-31"), ("2026-09-01", "2026-10-31")]


def _days(place, rows: list[tuple[str, str, int, int]]) -> None:
    """Presence per member and day at ``place`` (member uid, day, visits, minutes), as scans leave it."""
    with sync.raw_connection(place.engine) as conn, store.transaction(conn) as cur:
        local = cur.execute("SELECT id FROM place WHERE is_local").fetchone()[0]
        for uid, day, visits, minutes in rows:
            member = cur.execute("SELECT id FROM member WHERE uid = ?", (uid,)).fetchone()[0]
            cur.execute("INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask) "
                        "VALUES (?, ?, ?, ?, ?, 0)", (local, member, day, visits, minutes))


def _uid(place, number: int) -> str:
    return place.one("SELECT uid FROM member WHERE number = ? AND origin = ?", number, place.code)[0]


def _reports(place) -> dict:
    with sync.raw_connection(place.engine) as conn:
        return {p: network_report(conn, start=dt.date.fromisoformat(p[0]), end=dt.date.fromisoformat(p[1])).to_json()
                for p in PERIODS}


def _without_people(report: dict) -> dict:
    def strip(figures: dict) -> dict:
        return {k: v for k, v in figures.items() if k != "unique_users"}
    return {**report, "places": [strip(p) for p in report["places"]],
            "communes": [strip(c) for c in report["communes"]], "total": strip(report["total"])}


def _close(place, *months: str) -> None:
    with sync.raw_connection(place.engine) as conn:
        for month in months:
            with store.transaction(conn) as cur:
                close_month(cur, place_id=1, month=month)


@pytest.fixture
def two(network):
    """Florac and Marvejols, each with members; Marie (FLO) and Léa (MAR) came to both places."""
    flo, mar = network("FLO"), network("MAR")
    mar.add_member("Léa", "Martin")
    flo.add_member("Marie", "Dupont")
    flo.add_member("Paul", "Bernard")
    for place in (mar, flo, mar):
        place.export()
        (flo if place is mar else mar).import_()
    marie, paul, lea = _uid(flo, 1), _uid(flo, 2), _uid(mar, 1)
    _days(flo, [(marie, "2026-09-07", 1, 480), (paul, "2026-09-08", 2, 120), (lea, "2026-09-08", 1, 200),
                (marie, "2026-10-05", 1, 300), (lea, "2026-10-06", 1, 600), (paul, "2026-09-30", 0, 30)])
    _days(mar, [(marie, "2026-09-10", 1, 240), (lea, "2026-09-10", 1, 500), (lea, "2026-10-07", 1, 60),
                (marie, "2026-10-09", 1, 420)])
    for place in (flo, mar, flo):
        place.export()
        (mar if place is flo else flo).import_()
    return flo, mar


def test_the_others_report_is_the_same_after_a_place_closes_its_months(two) -> None:
    flo, mar = two
    before, before_flo = _reports(mar), _reports(flo)
    assert before[PERIODS[3]]["total"]["unique_users"] == 3
    for months in (("2026-09",), ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07",
                                  "2026-08"), ("2026-10",)):
        _close(flo, *months)
        report = flo.export()
        assert any(f.logical == "closeddays-2026" for f in report.files)
        assert json.loads((flo.shared / "FLO" / "manifest.json").read_text(encoding="utf-8"))["version"] == 3
        result = mar.import_()
        assert result.to_json()["rejected"] == 0, result.to_json()["rejected_files"]
        # The per-member days of FLO's closed months are gone here too, replaced by counts.
        assert mar.one("SELECT COUNT(*) FROM network_day WHERE place_code = 'FLO' AND substr(day, 1, 7) IN "
                       f"({', '.join(repr(m) for m in months)})")[0] == 0
        after = _reports(mar)
        for period in PERIODS[:-1]:
            assert after[period] == before[period], (months, period)
        # Not a calendar period and reaching into a closed month: distinct people become an upper bound (as in
        # the place's own report); every sum stays the same.
        odd, odd_before = _without_people(after[PERIODS[-1]]), _without_people(before[PERIODS[-1]])
        assert odd == odd_before and after[PERIODS[-1]]["total"]["unique_users"] >= 3
        own = _reports(flo)
        assert {p: own[p] for p in PERIODS[:-1]} == {p: before_flo[p] for p in PERIODS[:-1]}
    assert mar.one("SELECT COUNT(*) FROM network_closed_day WHERE place_code = 'FLO'")[0] == 5
    # Exported again with nothing new: nothing changes.
    flo.export()
    assert mar.import_().to_json()["rejected"] == 0
    assert _reports(mar)[PERIODS[3]] == before[PERIODS[3]]


def test_a_new_place_reading_the_whole_chain_gets_the_same_figures(two, network) -> None:
    flo, mar = two
    before = {p: _flo_of(r) for p, r in _reports(mar).items()}
    _close(flo, "2026-09")
    flo.export()
    _close(flo, "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-10")
    flo.export()  # a snapshot, then a delta that closes more months: read at once, in order
    lan = network("LAN")
    result = lan.import_().to_json()
    assert result["rejected"] == 0, result["rejected_files"]
    after = {p: _flo_of(r) for p, r in _reports(lan).items()}
    assert {p: after[p] for p in PERIODS[:-1]} == {p: before[p] for p in PERIODS[:-1]}


def _flo_of(report: dict) -> dict:
    return next(p for p in report["places"] if p["code"] == "FLO")


def test_a_place_not_updated_refuses_closed_months_clearly(two, monkeypatch) -> None:
    flo, mar = two
    _close(flo, "2026-09")
    flo.export()
    from telecentre_desk.sync import format as fmt

    monkeypatch.setattr(fmt, "FORMAT_VERSION", 2)  # a reader of format 2
    result = mar.import_().to_json()
    assert result["places"][0]["status"] == "rejected"
    assert "newer than this app reads" in result["rejected_files"][0]["reason"]
    # It keeps what it had: FLO's September per member.
    assert mar.one("SELECT COUNT(*) FROM network_day WHERE place_code = 'FLO' AND day LIKE '2026-09%'")[0] == 4


def _closed_september(two):
    flo, mar = two
    _close(flo, "2026-09")
    flo.export()
    return flo, mar, snapshot(mar)


def _refused(mar, before, *, file: str, line: int | None, reason: str) -> None:
    report = mar.import_().to_json()
    assert report["rejected"] == 1 and report["places"][0]["status"] == "rejected", report
    rejected = report["rejected_files"][0]
    assert rejected["file"].startswith(file) and rejected["line"] == line, rejected
    assert reason in rejected["reason"], rejected
    assert snapshot(mar) == before  # FLO's September per member is still held: nothing was applied
    assert mar.one("SELECT COUNT(*) FROM network_closed_day")[0] == 0


@pytest.mark.parametrize(("entity", "old", "new", "line", "reason"), [
    ("closeddays", "2026-09-07;1;1;2;480", "2026-09-07;-1;1;2;480", 2, "out of range"),  # negative
    ("closeddays", "2026-09-07;1;1;2;480", "2026-09-07;1;1;2;999999", 2, "cannot be"),  # 16,000 hours for one
    ("closeddays", "2026-09-07;1;1;2;480", "2026-09-07;1;1;7;480", 2, "cannot be"),  # 7 half-days for one person
    ("closeddays", "2026-09-07;1;1;2;480", "2026-09-07;1;9;18;480", 2, "had 3 people in all"),
    ("closeddays", "2026-09-07;1;1;2;480", "2026-08-07;1;1;2;480", 2, "a month FLO did not close"),
    ("closeddays", "2026-09-08;", "2026-09-07;", 3, "appears twice"),
    ("closedpeople", "2026-09;all;3", "2026-09;all;3\r\n2026-09;all;4", 6, "appears twice"),
    ("closedpeople", "2026-09;overlap:network;2", "2026-09;overlap:network;7", 7, "more people also seen"),
    ("closedpeople", "2026-09;all;3", "2026-10;all;3", 6, "2026-09 has no count of its people"),
    ("closedpeople", "2026-09;all;3", "2026-12;all;3", 5, "cannot have been closed"),  # not over yet
])
def test_counts_that_cannot_be_are_refused_with_file_and_line(two, entity, old, new, line, reason) -> None:
    flo, mar, before = _closed_september(two)
    text = text_of(flo.shared / "FLO", entity + "-2026")
    assert old in text, text
    changed = text.replace(old, new, 1)
    rewrite(flo.shared / "FLO", entity + "-2026", b"\xef\xbb\xbf" + changed.encode(), fix_manifest=True,
            rows=changed.count("\r\n") - 1)
    _refused(mar, before, file=entity, line=line, reason=reason)


def test_a_forged_or_unsigned_count_file_is_refused(two) -> None:
    flo, mar, before = _closed_september(two)
    text = text_of(flo.shared / "FLO", "closeddays-2026").replace("2026-09-07;1;1;2;480", "2026-09-07;9;1;2;480")
    data = b"\xef\xbb\xbf" + text.encode()
    rewrite(flo.shared / "FLO", "closeddays-2026", data, fix_manifest=False)  # checksum no longer agrees
    _refused(mar, before, file="closeddays", line=None, reason="checksum")
    content = manifest(flo.shared / "FLO")
    for entry in content["files"]:
        if entry["entity"] == "closeddays-2026":
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    forger = keys.SigningKey(Ed25519PrivateKey.generate())
    write_manifest(flo.shared / "FLO", content, key=forger)  # signed by someone else
    report = mar.import_().to_json()
    assert report["places"][0]["status"] == "untrusted" and snapshot(mar) == before


def test_per_member_days_of_a_closed_month_are_refused(two) -> None:
    flo, mar, before = _closed_september(two)
    # The presence delta of this export names the September days that are gone; add a member back on one.
    uid = _uid(flo, 1)
    text = text_of(flo.shared / "FLO", "presence-2026")
    changed = text + f"2026-09-07;{uid};1;480;0\r\n"
    lines = changed.count("\r\n") - 1
    rewrite(flo.shared / "FLO", "presence-2026", b"\xef\xbb\xbf" + changed.encode(), fix_manifest=True, rows=lines)
    _refused(mar, before, file="presence", line=lines + 1, reason="a month FLO closed")


def test_a_place_restored_from_before_its_closing_takes_its_counts_back(two, tmp_path) -> None:
    flo, mar = two
    before = _reports(mar)
    backup = tmp_path / "flo-before.sqlite"
    with sync.raw_connection(flo.engine) as conn:
        conn.execute("VACUUM INTO ?", (str(backup),))
    _close(flo, "2026-09")
    flo.export()
    mar.import_()
    # FLO goes back to its backup (September per member again) and starts a new epoch: a whole snapshot.
    flo.engine.dispose()
    (tmp_path / "flo.sqlite").write_bytes(backup.read_bytes())
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"flo.sqlite{suffix}").unlink(missing_ok=True)
    with sync.raw_connection(flo.engine) as conn:
        store.mark_restored(conn)
    flo.export()
    assert mar.import_().to_json()["rejected"] == 0
    assert mar.one("SELECT COUNT(*) FROM network_closed_period WHERE place_code = 'FLO'")[0] == 0
    assert _reports(mar) == before


def test_a_closing_place_with_another_half_day_limit_is_said(two) -> None:
    flo, mar = two
    with sync.raw_connection(flo.engine) as conn, store.transaction(conn) as cur:  # FLO: a half-day is 3 h
        cur.execute("INSERT INTO place_setting (place_id, key, value) VALUES (1, 'desk.policies', ?)",
                    (json.dumps({"halfday_max_hours": 3}),))
    before = _reports(mar)[PERIODS[0]]
    assert before["warnings"] == []
    _close(flo, "2026-09")
    flo.export()
    assert mar.import_().to_json()["rejected"] == 0
    after = _reports(mar)[PERIODS[0]]
    assert after["warnings"] == ["FLO: person-days of its closed months counted with its half-day limit (3 h), "
                                 "not this report's"]
    # Léa's 200 minutes on 8 September: half a day here (4 h), a whole one by FLO's 3 h.
    assert _flo_of(after)["person_days"] == _flo_of(before)["person_days"] + 0.5
    assert {k: v for k, v in _flo_of(after).items() if k != "person_days"} == \
        {k: v for k, v in _flo_of(before).items() if k != "person_days"}
