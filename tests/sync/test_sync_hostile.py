"""A folder anyone can write to (issue 12, case 4): whatever is in one place's folder, that folder is refused
in one logged line, the other places are still imported and this place's own export is still written."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from telecentre_desk.sync import service as sync

from .helpers import file_of, manifest, rewrite, text_of, write_manifest


def _set_manifest(**changes):
    def mutate(folder: Path) -> None:
        content = manifest(folder)
        content.update(changes)
        write_manifest(folder, content)
    return mutate


def _manifest_is(data: bytes):
    def mutate(folder: Path) -> None:
        (folder / "manifest.json").write_bytes(data)
    return mutate


def _manifest_links_to_dev_zero(folder: Path) -> None:
    (folder / "manifest.json").unlink()
    os.symlink("/dev/zero", folder / "manifest.json")


def _manifest_is_a_fifo(folder: Path) -> None:
    (folder / "manifest.json").unlink()
    os.mkfifo(folder / "manifest.json")


def _file_links_to_dev_zero(folder: Path) -> None:
    path = file_of(folder, "members")
    path.unlink()
    os.symlink("/dev/zero", path)


def _members_without_bom(folder: Path) -> None:
    rewrite(folder, "members", text_of(folder, "members").encode("utf-8"), fix_manifest=True)


def _members_with_lf(folder: Path) -> None:
    rewrite(folder, "members", text_of(folder, "members").replace("\r\n", "\n").encode("utf-8-sig"),
            fix_manifest=True)


def _place_uid_of(other: str):
    def mutate(folder: Path) -> None:
        theirs = text_of(folder.parent / other, "places").split("\r\n")[1].split(";")[0]
        lines = text_of(folder, "places").split("\r\n")
        lines[1] = theirs + lines[1][36:]
        rewrite(folder, "places", "\r\n".join(lines).encode("utf-8-sig"), fix_manifest=True)
    return mutate


def _visits(rows: list[str]):
    def mutate(folder: Path) -> None:
        header = "uid;member_uid;direction;ts;source;updated_at;deleted_at"
        rewrite(folder, "visits", ("\r\n".join([header, *rows]) + "\r\n").encode("utf-8-sig"), fix_manifest=True,
                rows=len(rows))
    return mutate


def _one_member_a_million_times() -> list[str]:
    member = str(uuid.uuid4())
    return [f"{uuid.uuid4()};{member};in;2026-10-{1 + i % 28:02d} 08:00:00.000000;scanner;"
            f"2026-10-01 08:00:00.000000;" for i in range(20_000)]


CASES = {
    "manifest symlinked to /dev/zero": (_manifest_links_to_dev_zero, "not a plain file"),
    "manifest is a FIFO": (_manifest_is_a_fifo, "not a plain file"),
    "manifest bigger than its limit": (_manifest_is(b" " * 1_000_001), "larger than"),
    "deeply nested JSON": (_manifest_is(b"[" * 200_000), "nested too deeply"),
    "files is a number": (_set_manifest(files=5), "“files” is not a list"),
    "sequence above 2^63": (_set_manifest(sequence=2**63 + 5), "“sequence” is not a whole number"),
    "version true": (_set_manifest(version=True), "no valid format version"),
    "sequence is a boolean": (_set_manifest(sequence=True), "“sequence” is not a whole number"),
    "file symlinked to /dev/zero": (_file_links_to_dev_zero, "not a plain file"),
    "file without BOM": (_members_without_bom, "BOM and CRLF"),
    "file with LF line ends": (_members_with_lf, "BOM and CRLF"),
    "place uid of another place": (_place_uid_of("LAN"), "already the identity of LAN"),
    "a visit in 2099": (_visits([f"{uuid.uuid4()};{uuid.uuid4()};in;2099-01-01 08:00:00.000000;scanner;"
                                 "2026-11-01 08:00:00.000000;"]), "in the future"),
    "one member checking in 20,000 times a month": (_visits(_one_member_a_million_times()), "not plausible"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_folder_is_refused_alone(network, case: str) -> None:
    flo, mar, lan = network("FLO"), network("MAR"), network("LAN")
    marie = mar.add_member("Marie", "Dupont")
    lea = lan.add_member("Léa", "Roux")
    mar.export()
    lan.export()
    mutate, reason = CASES[case]
    mutate(mar.shared / "MAR")

    report = sync.run(flo.engine, flo.shared)
    outcome = {p.place: p.status for p in report.imported.places}
    assert outcome == {"LAN": "applied", "MAR": "rejected"}, report.imported.to_json()
    rejected = report.imported.rejected_files
    assert len(rejected) == 1 and reason in rejected[0].reason, rejected[0].reason
    if "visit" in case:
        assert rejected[0].line == 2  # the line of the visit
    if "20,000" in case:
        assert rejected[0].line == 2 + 28 * 100  # the 101st check-in of one day: refused there, not at the end
    # The place's own export is written all the same, and one line per refusal is in the sync log.
    assert report.exported.sequence == 1 and (flo.shared / "FLO" / "manifest.json").is_file()
    assert flo.all("SELECT file FROM sync_log WHERE kind = 'rejected'") == [(rejected[0].file,)]
    # Badge answers at Florac: Léa's place arrived, Marvejols' did not.
    assert flo.scan(lan.badges[lea]).accepted
    assert flo.scan(mar.badges[marie]).reason == "unknown_badge"


def test_a_folder_that_is_a_symlink_is_not_followed(network, tmp_path: Path) -> None:
    flo, lan = network("FLO"), network("LAN")
    lea = lan.add_member("Léa", "Roux")
    lan.export()
    os.symlink(flo.shared / "LAN", flo.shared / "MAR")
    report = sync.import_(flo.engine, flo.shared).to_json()
    assert {p["place"]: p["status"] for p in report["places"]} == {"LAN": "applied", "MAR": "rejected"}
    assert "symbolic link" in report["rejected_files"][0]["reason"]
    assert flo.scan(lan.badges[lea]).accepted


def test_syncthing_and_stray_entries_are_ignored(network) -> None:
    flo, lan = network("FLO"), network("LAN")
    lan.add_member("Léa", "Roux")
    lan.export()
    for name in (".stfolder", ".stversions", "Nouveau dossier", "lan"):
        (flo.shared / name).mkdir()
    (flo.shared / "LAN" / ".syncthing.manifest.json.tmp").write_bytes(b"partial")
    (flo.shared / "LAN" / "manifest.sync-conflict-20261206-101010-ABCDEFG.json").write_bytes(b"{}")
    report = sync.import_(flo.engine, flo.shared).to_json()
    assert [(p["place"], p["status"]) for p in report["places"]] == [("LAN", "applied")]
    assert report["rejected"] == 0


def test_a_manifest_that_is_not_signed_json_is_refused_with_its_reason(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    mar.add_member("Marie", "Dupont")
    mar.export()
    envelope = json.loads((mar.shared / "MAR" / "manifest.json").read_text(encoding="utf-8"))
    envelope["signature"] = "not base64!"
    (mar.shared / "MAR" / "manifest.json").write_text(json.dumps(envelope), encoding="utf-8")
    report = sync.import_(flo.engine, flo.shared).to_json()
    assert report["places"][0]["status"] == "bad_signature"
    assert flo.one("SELECT COUNT(*) FROM member WHERE origin = 'MAR'") == (0,)
