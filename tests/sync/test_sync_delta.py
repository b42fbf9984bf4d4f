"""Bytes follow the change (issue 12, case 5): an export writes what changed since the previous one as new
files that never change, a reader reads only what it has not applied, a newcomer catches up from the
snapshot and the newer files, and the chain is compacted into a new snapshot from time to time."""

from __future__ import annotations

import os

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.sync import delta, importer

from .helpers import manifest


def _files(place) -> dict[str, tuple[int, float]]:
    folder = place.shared / place.code
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.name.endswith(".csv")}


def test_a_change_is_a_small_new_file_and_nothing_else_moves(network, monkeypatch) -> None:
    flo, mar = network("FLO"), network("MAR")
    first = [flo.add_member(f"Membre{n}", "Test") for n in range(1, 21)]
    flo.export()
    mar.import_()
    before = _files(flo)
    with unit_of_work(flo.engine) as session:
        members.edit_member(session, first[3], first_name="Renommée")
    exported = flo.export()
    after = _files(flo)
    # Every earlier file is untouched (same name, size and time); one new file, of one row.
    assert {name: after[name] for name in before} == before
    new = sorted(set(after) - set(before))
    assert new == ["members.000002.csv"] and [f.rows for f in exported.files] == [1]
    entry = manifest(flo.shared / "FLO")["files"][-1]
    assert (entry["file"], entry["delta"], entry["sequence"]) == ("members.000002.csv", True, 2)

    read: list[str] = []
    real = importer.read_file
    monkeypatch.setattr(importer, "read_file", lambda place, folder, e: read.append(e.file) or real(place, folder, e))
    report = mar.import_().to_json()
    assert read == ["members.000002.csv"]  # only what Marvejols had not applied
    assert report["places"][0]["status"] == "applied" and report["applied"] == 1
    assert mar.one("SELECT first_name FROM member WHERE origin = 'FLO' AND number = 4") == ("Renommée",)


def test_a_newcomer_catches_up_from_the_snapshot_and_the_newer_files(network) -> None:
    flo = network("FLO")
    chloe = flo.add_member("Chloé", "Thévenot")
    flo.export()
    for name in ("Zoé", "Léon"):
        flo.add_member(name, "Neuf")
        flo.export()
    with unit_of_work(flo.engine) as session:
        members.edit_member(session, chloe, first_name="Chloë")
    flo.export()
    lan = network("LAN")  # a place that saw nothing of it
    report = lan.import_().to_json()
    assert report["rejected"] == 0 and report["places"][0]["sequence"] == 4
    assert sorted(r[0] for r in lan.all("SELECT first_name FROM member WHERE origin = 'FLO'")) == [
        "Chloë", "Léon", "Zoé"]
    assert all(lan.scan(payload).accepted for payload in flo.badges.values())


def test_the_chain_is_compacted_into_a_snapshot(network, monkeypatch) -> None:
    monkeypatch.setattr(delta, "MAX_DELTAS", 2)
    flo, mar = network("FLO"), network("MAR")
    flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    for name in ("Zoé", "Léon", "Marc"):
        flo.add_member(name, "Neuf")
        flo.export()
    content = manifest(flo.shared / "FLO")
    assert content["snapshot"] == 4 and all(not f["delta"] for f in content["files"])
    # The previous chain's files stay while a reader may still be on the previous manifest, then go.
    assert (flo.shared / "FLO" / "members.000001.csv").exists()
    flo.export()
    assert not (flo.shared / "FLO" / "members.000001.csv").exists()
    assert mar.import_().to_json()["rejected"] == 0
    assert mar.one("SELECT COUNT(*) FROM member WHERE origin = 'FLO'") == (4,)


def test_a_day_of_presence_that_is_gone_is_dropped_at_the_reader(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    number = flo.add_member("Chloé", "Thévenot")
    flo.scan(flo.badges[number])
    flo.export()
    mar.import_()
    assert mar.one("SELECT COUNT(*) FROM network_day WHERE place_code = 'FLO'") == (1,)
    with flo.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM visit_day")
    flo.export()
    assert mar.import_().to_json()["rejected"] == 0
    assert mar.one("SELECT COUNT(*) FROM network_day WHERE place_code = 'FLO'") == (0,)
    assert os.path.exists(flo.shared / "FLO" / "manifest.json")


def test_a_chain_with_a_file_deleted_is_written_again_whole(network) -> None:
    flo = network("FLO")
    flo.add_member("Chloé", "Thévenot")
    flo.export()
    (flo.shared / "FLO" / "members.000001.csv").unlink()  # someone tidied the folder
    flo.add_member("Zoé", "Neuf")
    flo.export()
    content = manifest(flo.shared / "FLO")
    assert content["snapshot"] == 2 and not any(f["delta"] for f in content["files"])
    lan = network("LAN")
    assert lan.import_().to_json()["rejected"] == 0
    assert lan.one("SELECT COUNT(*) FROM member WHERE origin = 'FLO'") == (2,)
