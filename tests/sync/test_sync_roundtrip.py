"""Two and three places exchanging exports through a shared folder."""

from __future__ import annotations

import json
import shutil

import pytest

from telecentre_desk.badges import service as badges
from telecentre_desk.common.errors import DeskError
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members

from .helpers import manifest, snapshot


def test_an_export_carries_the_directory_not_personal_details(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    chloe = flo.add_member("Chloé", "Thévenot")
    with unit_of_work(flo.engine) as session:
        members.edit_member(session, chloe, email="chloe@example.org", phone="0466450000")
    flo.add_member("Marc", "Aubrac", plan=None)

    exported = flo.export()
    content = manifest(flo.shared / "FLO")
    assert content["format"] == "telecentre-desk-sync" and content["version"] == 2
    assert content["place"] == "FLO" and content["sequence"] == exported.sequence == 1
    counts = {f["entity"]: f["rows"] for f in content["files"]}
    assert counts["members"] == 2 and counts["badges"] == 2 and counts["places"] == 1
    members_file = (flo.shared / "FLO" / f"members.{1:06d}.csv").read_text(encoding="utf-8-sig")
    assert "Thévenot" not in members_file and "chloe@example.org" not in members_file
    assert "Chloé;T.;freelancer;active;Nomade mois" in members_file
    assert "Marc;A.;freelancer;active;;" in members_file  # no plan at home: empty home_plan

    report = mar.import_()
    assert report.to_json()["rejected"] == 0
    assert report.to_json()["applied"] == 1 + 2 + 2  # the place, two members, two badges
    assert mar.one("SELECT name, city, is_local, origin FROM place WHERE code = 'FLO'") == (
        "Télécentre de Florac", "Florac", 0, "FLO")
    assert mar.all("SELECT m.number, m.first_name, m.last_name, m.email, m.home_plan, m.origin FROM member AS m "
                   "JOIN place AS p ON p.id = m.place_id WHERE p.code = 'FLO' ORDER BY m.number") == [
        (1, "Chloé", "T.", None, "Nomade mois", "FLO"), (2, "Marc", "A.", None, None, "FLO")]


def test_importing_the_same_export_twice_changes_nothing(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    before = snapshot(mar)
    again = mar.import_().to_json()
    assert again["applied"] == 0 and again["unchanged"] == again["places"][0]["unchanged"] > 0
    assert snapshot(mar) == before
    # Even when the export is read again (e.g. it was marked waiting), applying it changes nothing.
    with mar.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sync_peer SET pending = 1 WHERE code = 'FLO'")
    assert mar.import_().to_json()["applied"] == 0
    assert snapshot(mar) == before


def test_revocation_and_reissue_travel_to_the_other_places(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    chloe = flo.add_member("Chloé", "Thévenot")
    marc = flo.add_member("Marc", "Aubrac")
    old_chloe, old_marc = flo.badges[chloe], flo.badges[marc]
    flo.export()
    mar.import_()
    with unit_of_work(flo.engine) as session:
        badges.revoke_badge(session, chloe, reason="lost")
        reissued = badges.issue_badge(session, marc, key=bytes(range(32)))
    flo.export()
    assert mar.import_().to_json()["applied"] >= 3  # two badges changed, one new

    assert mar.scan(old_chloe).reason == "revoked"
    assert mar.scan(old_marc).reason == "superseded"
    # The new badge is known at Marvejols (it passes the badge check; the desk rules decide the rest).
    assert mar.scan(reissued.payload).reason not in ("unknown_badge", "forged", "revoked", "superseded")
    assert mar.scan(reissued.payload.replace(reissued.payload[-3:], "AAA")).reason in ("forged", "unknown_badge")


def test_an_older_export_never_overwrites_newer_data(network, tmp_path) -> None:
    flo, mar = network("FLO"), network("MAR")
    chloe = flo.add_member("Chloé", "Thévenot")
    flo.export()
    old_copy = tmp_path / "usb-stick-copy"
    shutil.copytree(flo.shared / "FLO", old_copy)
    with unit_of_work(flo.engine) as session:
        members.edit_member(session, chloe, first_name="Chloë")
    flo.export()
    assert mar.import_().places[0].sequence == 2
    # The stick's older copy comes back into the shared folder.
    shutil.rmtree(flo.shared / "FLO")
    shutil.copytree(old_copy, flo.shared / "FLO")
    result = mar.import_().places[0]
    assert result.status == "older" and "older" in result.message
    assert mar.one("SELECT first_name FROM member WHERE origin = 'FLO'") == ("Chloë",)


def test_the_owners_later_export_wins_whatever_its_clock_said(network) -> None:
    """Exports are applied by sequence: a row whose clock went back still replaces the older copy (the
    place is the authority for its own rows; wall clocks are never compared)."""
    flo, mar = network("FLO"), network("MAR")
    flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    with flo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE member SET first_name = 'Chloe', updated_at = '2020-01-01 00:00:00.000000'")
        conn.exec_driver_sql("UPDATE subscription SET updated_at = '2020-01-01 00:00:00.000000'")
    flo.export()
    report = mar.import_().to_json()
    assert report["conflicts"] == 0 and report["rejected"] == 0
    assert mar.one("SELECT first_name FROM member WHERE origin = 'FLO'") == ("Chloe",)


def test_a_revocation_lands_after_a_2099_clock(network) -> None:
    """Issue 12, case 2: a badge row written while Marvejols' clock said 2099, then revoked there."""
    flo, mar = network("FLO"), network("MAR")
    number = mar.add_member("Marie", "Dupont")
    payload = mar.badges[number]
    with mar.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE badge SET updated_at = '2099-01-01 00:00:00.000000'")
    mar.export()
    flo.import_()
    assert flo.scan(payload).accepted
    with unit_of_work(mar.engine) as session:
        badges.revoke_badge(session, mar.one("SELECT id FROM member")[0], reason="perdu")
    assert mar.one("SELECT status FROM badge") == ("revoked",)
    mar.export()
    report = flo.import_().to_json()
    assert report["rejected"] == 0 and report["conflicts"] == 0
    assert flo.one("SELECT status FROM badge") == ("revoked",)
    assert flo.scan(payload).reason == "revoked"


def test_imports_in_any_order_end_in_the_same_state(network) -> None:
    flo, mar, lan = network("FLO"), network("MAR"), network("LAN")
    chloe = flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    # Chloé's visit at Marvejols, recorded there as a roaming visit (inserted as the desk would).
    _record_visit(mar, "FLO", chloe)
    mar.export()
    # Langogne sees Marvejols' export before Florac's: the visit waits for its member...
    shutil.move(flo.shared / "FLO", flo.shared.parent / "FLO-away")
    first = lan.import_().to_json()
    assert first["waiting"] == 2 and lan.one("SELECT COUNT(*) FROM check_event") == (0,)
    shutil.move(flo.shared.parent / "FLO-away", flo.shared / "FLO")
    # ...and is applied when Florac's export arrives, at the next sync.
    second = lan.import_().to_json()
    assert second["waiting"] == 0
    assert lan.one("SELECT COUNT(*) FROM check_event") == (2,)
    # Florac itself gets its member's visit.
    flo.import_()
    assert flo.all("SELECT p.code, e.direction FROM check_event AS e JOIN place AS p ON p.id = e.place_id "
                   "ORDER BY e.ts") == [("MAR", "in"), ("MAR", "out")]


def _record_visit(place, home: str, number: int) -> None:
    """A roaming member's arrival and departure at ``place``, as its desk records them."""
    with place.engine.begin() as conn:
        member_id, = conn.exec_driver_sql(
            "SELECT m.id FROM member AS m JOIN place AS p ON p.id = m.place_id WHERE p.code = ? AND m.number = ?",
            (home, number)).fetchone()
        place_id, = conn.exec_driver_sql("SELECT id FROM place WHERE is_local").fetchone()
        for direction, hour in (("in", 8), ("out", 17)):
            conn.exec_driver_sql(
                "INSERT INTO check_event (uid, origin, created_at, updated_at, member_id, place_id, direction, ts, "
                "source) VALUES (lower(hex(randomblob(4))) || '-0000-4000-8000-' || lower(hex(randomblob(6))), ?, "
                "?, ?, ?, ?, ?, ?, 'scanner')",
                (place.code, f"2026-11-25 {hour:02d}:00:00.000000", f"2026-11-25 {hour:02d}:00:00.000000",
                 member_id, place_id, direction, f"2026-11-25 {hour:02d}:00:00.000000"))


def test_an_unchanged_place_writes_no_new_file(network) -> None:
    flo = network("FLO")
    for _ in range(3):
        flo.export()
    names = sorted(p.name for p in (flo.shared / "FLO").iterdir())
    assert names == sorted(["manifest.json"] + [f"{e}.{1:06d}.csv" for e in
                                                ("places", "closures", "plans", "members", "badges", "visits")])
    assert manifest(flo.shared / "FLO")["sequence"] == 3


def test_a_shared_folder_that_is_not_there_gets_a_clear_message(network, tmp_path) -> None:
    flo = network("FLO")
    flo.shared = tmp_path / "unplugged"
    with pytest.raises(DeskError, match="does not exist or cannot be reached"):
        flo.export()
    with pytest.raises(DeskError, match="does not exist or cannot be reached"):
        flo.import_()


def test_status_says_what_was_exchanged(network) -> None:
    from telecentre_desk.sync.service import raw_connection
    from telecentre_desk.sync.status import read_status

    flo, mar = network("FLO"), network("MAR")
    flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    mar.export()
    with raw_connection(mar.engine) as conn:
        status = read_status(conn)
    data = json.loads(json.dumps(status.to_json()))
    assert data["place"] == "MAR" and data["last_export_sequence"] == 1
    assert [(p["code"], p["name"], p["last_sequence"], p["members"]) for p in data["peers"]] == [
        ("FLO", "Télécentre de Florac", 1, 1)]
