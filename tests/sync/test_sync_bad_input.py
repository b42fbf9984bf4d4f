"""Each bad export is refused whole, with its file, line and reason; nothing of it is applied and the
place keeps the last good state it had of the other place."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.sync import format as fmt

from .helpers import file_of, manifest, rewrite, snapshot, text_of, write_manifest


@pytest.fixture
def pair(network):
    """Marvejols holds Florac's first export; Florac has since changed and exported again."""
    flo, mar = network("FLO"), network("MAR")
    chloe = flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    with unit_of_work(flo.engine) as session:
        members.edit_member(session, chloe, first_name="Chloë")
        members.add_member(session, first_name="Zoé", last_name="Ében", plan_code="MOIS")
    flo.export()
    return flo, mar


def _refused(mar, before, *, file_prefix: str, line: int | None, reason: str) -> dict:
    report = mar.import_().to_json()
    assert report["rejected"] == 1 and report["applied"] == 0
    rejected = report["rejected_files"][0]
    assert rejected["place"] == "FLO" and rejected["file"].startswith(file_prefix)
    assert rejected["line"] == line
    assert reason in rejected["reason"]
    assert snapshot(mar) == before  # nothing of it applied: the last good state of Florac stays
    assert mar.one("SELECT first_name FROM member WHERE origin = 'FLO'") == ("Chloé",)
    logged = mar.one("SELECT kind, file, line FROM sync_log WHERE kind = 'rejected' ORDER BY id DESC")
    assert logged == ("rejected", rejected["file"], line)
    assert mar.one("SELECT last_sequence, last_error IS NOT NULL FROM sync_peer WHERE code = 'FLO'") == (1, 1)
    return rejected


def test_a_truncated_file_is_refused_by_its_checksum(pair) -> None:
    flo, mar = pair
    before = snapshot(mar)
    path = file_of(flo.shared / "FLO", "members")
    path.write_bytes(path.read_bytes()[:-25])
    _refused(mar, before, file_prefix="members.", line=None, reason="does not match its checksum")


def test_a_wrong_checksum_in_the_manifest_is_refused(pair) -> None:
    flo, mar = pair
    before = snapshot(mar)
    content = manifest(flo.shared / "FLO")
    content["files"][-1]["sha256"] = "0" * 64  # the newest file: the one Marvejols has not read yet
    write_manifest(flo.shared / "FLO", content)
    _refused(mar, before, file_prefix=content["files"][-1]["file"], line=None, reason="does not match its checksum")


def test_a_manifest_from_a_newer_format_is_refused(pair) -> None:
    flo, mar = pair
    before = snapshot(mar)
    content = manifest(flo.shared / "FLO")
    content["version"] = fmt.FORMAT_VERSION + 1  # format 3 (closed months) is known
    write_manifest(flo.shared / "FLO", content)
    _refused(mar, before, file_prefix="manifest.json", line=None, reason="update Télécentre Desk")


def test_a_damaged_manifest_is_refused(pair) -> None:
    flo, mar = pair
    before = snapshot(mar)
    (flo.shared / "FLO" / "manifest.json").write_text('{"format": "telecentre-desk-sync", "vers', encoding="utf-8")
    _refused(mar, before, file_prefix="manifest.json", line=None, reason="not valid JSON")


def test_a_file_saved_by_excel_in_cp1252_is_refused(pair) -> None:
    flo, mar = pair
    before = snapshot(mar)
    path = file_of(flo.shared / "FLO", "members")
    resaved = path.read_text(encoding="utf-8-sig").encode("cp1252")
    # Saved over the export: the checksum no longer matches...
    rewrite(flo.shared / "FLO", "members", resaved, fix_manifest=False)
    _refused(mar, before, file_prefix="members.", line=None, reason="does not match its checksum")
    # ...and even with a manifest "fixed" to agree, the encoding gives it away.
    rewrite(flo.shared / "FLO", "members", resaved, fix_manifest=True)
    _refused(mar, before, file_prefix="members.", line=None, reason="is not UTF-8")


def test_a_malformed_row_refuses_the_whole_export_with_its_line(pair) -> None:
    flo, mar = pair
    before = snapshot(mar)
    text = text_of(flo.shared / "FLO", "members")
    lines = text.split("\r\n")
    lines[2] = lines[2].replace("active", "sleeping")
    rewrite(flo.shared / "FLO", "members", "\r\n".join(lines).encode("utf-8-sig"), fix_manifest=True)
    _refused(mar, before, file_prefix="members.", line=3, reason="“sleeping” is not one of")


def test_a_row_count_that_does_not_match_the_manifest_is_refused(pair) -> None:
    flo, mar = pair
    before = snapshot(mar)
    text = text_of(flo.shared / "FLO", "members")
    rewrite(flo.shared / "FLO", "members", text.rsplit("\r\n", 2)[0].encode("utf-8-sig") + b"\r\n",
            fix_manifest=True)
    _refused(mar, before, file_prefix="members.", line=None, reason="holds 1 rows where the manifest says 2")


def test_duplicated_rows_are_refused(pair) -> None:
    flo, mar = pair
    before = snapshot(mar)
    text = text_of(flo.shared / "FLO", "members")
    lines = text.rstrip("\r\n").split("\r\n")
    doubled = "\r\n".join([*lines, lines[1]]) + "\r\n"
    rewrite(flo.shared / "FLO", "members", doubled.encode("utf-8-sig"), fix_manifest=True, rows=len(lines))
    _refused(mar, before, file_prefix="members.", line=len(lines) + 1, reason="appears twice (also line 2)")


def test_a_place_claiming_another_places_rows_is_refused(network) -> None:
    flo, mar, lan = network("FLO"), network("MAR"), network("LAN")
    flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    lan.import_()
    # Marvejols' export pretends to carry Florac's member (same uid, Marvejols' file).
    mar.export()
    chloe_row = text_of(flo.shared / "FLO", "members").split("\r\n")[1]
    members_text = text_of(mar.shared / "MAR", "members").rstrip("\r\n")
    rewrite(mar.shared / "MAR", "members", (members_text + "\r\n" + chloe_row + "\r\n").encode("utf-8-sig"),
            fix_manifest=True, rows=1)
    before = snapshot(lan)
    report = lan.import_().to_json()
    assert report["rejected"] == 1
    rejected = report["rejected_files"][0]
    assert rejected["place"] == "MAR" and rejected["line"] == 2
    assert "belongs to FLO" in rejected["reason"]
    assert snapshot(lan) == before


def test_the_folder_disappearing_mid_sync_loses_nothing(pair, monkeypatch) -> None:
    import shutil

    from telecentre_desk.sync import rows

    _flo, mar = pair
    before = snapshot(mar)
    real = rows.read_file

    def unplugged(place, folder, entry):
        if entry.logical == "members":
            shutil.rmtree(folder)  # the USB stick is pulled out while the files are read
        return real(place, folder, entry)

    monkeypatch.setattr("telecentre_desk.sync.importer.read_file", unplugged)
    report = mar.import_().to_json()
    assert report["rejected"] == 1 and "cannot be read" in report["rejected_files"][0]["reason"]
    assert snapshot(mar) == before


def test_a_failing_export_leaves_the_previous_one_whole(pair, monkeypatch) -> None:
    from telecentre_desk.common.errors import DeskError
    from telecentre_desk.sync import atomic

    flo, mar = pair
    real = atomic.write_bytes
    calls = []

    def disk_full(path, data, **kw):
        calls.append(path.name)
        if len(calls) == 2:  # the new member's file is written, the disk is full at the badges'
            raise OSError(28, "No space left on device")
        return real(path, data, **kw)

    flo.add_member("Léon", "Ours")
    monkeypatch.setattr(atomic, "write_bytes", disk_full)
    with pytest.raises(DeskError, match="No space left on device"):
        flo.export()
    monkeypatch.undo()
    # The manifest still names export 2, whose files are all there: Marvejols applies it.
    assert manifest(flo.shared / "FLO")["sequence"] == 2
    assert mar.import_().to_json()["rejected"] == 0
    assert mar.one("SELECT first_name FROM member WHERE origin = 'FLO' AND number = 1") == ("Chloë",)


KILLED_IMPORT = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from telecentre_desk.db.migrate import open_database
    from telecentre_desk.sync import importer, service

    real = importer.apply.upsert_owned
    def dying(cur, spec, **kw):
        counts = real(cur, spec, **kw)
        if spec.table == "member":
            os._exit(9)  # killed after the members were written, inside the transaction
        return counts
    importer.apply.upsert_owned = dying
    service.import_(open_database(Path(sys.argv[1])), Path(sys.argv[2]))
""")


def test_the_app_killed_mid_import_leaves_the_database_as_before(pair, tmp_path) -> None:
    _flo, mar = pair
    before = snapshot(mar)
    db = mar.engine.url.database
    mar.engine.dispose()
    child = subprocess.run([sys.executable, "-c", KILLED_IMPORT, db, str(mar.shared)], capture_output=True,
                           text=True, timeout=120, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert child.returncode == 9, child.stderr
    assert snapshot(mar) == before
    assert mar.one("PRAGMA integrity_check") == ("ok",)
    # The next sync applies the export whole.
    assert mar.import_().to_json()["applied"] >= 2
    assert mar.one("SELECT COUNT(*) FROM member WHERE origin = 'FLO'") == (2,)
