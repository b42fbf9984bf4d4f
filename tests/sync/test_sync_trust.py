"""Signed exports (issue 12, cases 1 and 3): a folder writer without the place's key cannot pose as it, a
changed key is refused until a host accepts it, a place restored from a backup carries on."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from telecentre_desk.badges import service as badges
from telecentre_desk.badges.payload import BadgePayload, token_from_bytes
from telecentre_desk.badges.secrets import token_hash
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.sync import keys, store
from telecentre_desk.sync import service as sync

from .helpers import manifest, rewrite, text_of, write_manifest


def _revoke(place, number: int) -> None:
    with unit_of_work(place.engine) as session:
        badges.revoke_badge(session, place.one("SELECT id FROM member WHERE number = ? AND origin = ?",
                                               number, place.code)[0], reason="perdue")


def _forge(folder: Path, key: keys.SigningKey, *, claim_key: keys.SigningKey | None = None) -> str:
    """What the forger of the issue did: Marie's revoked badge made active again, a badge of their own
    making added, sequence 1000, checksums that match. Returns the forged badge's code."""
    lines = text_of(folder, "badges").rstrip("\r\n").split("\r\n")
    fields = lines[1].split(";")
    fields[4], fields[6] = "active", ""
    token = token_from_bytes(b"forger's choice!")
    forged = BadgePayload("MAR", 1, 2, token)
    extra = ["0f8fad5b-d9cb-469f-a165-70867728950e", fields[1], "2", token_hash(forged), "active", fields[5], "",
             fields[7]]
    lines[1:] = [";".join(fields), ";".join(extra)]
    rewrite(folder, "badges", ("\r\n".join(lines) + "\r\n").encode("utf-8-sig"), fix_manifest=False)
    content = manifest(folder)
    data = (folder / next(f["file"] for f in content["files"] if f["entity"] == "badges")).read_bytes()
    for entry in content["files"]:
        if entry["entity"] == "badges":
            entry.update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), rows=2)
    content["sequence"] = 1000
    write_manifest(folder, content, key=key)
    if claim_key is not None:  # the envelope names the real key, the signature is the forger's
        envelope = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        envelope["public_key"], envelope["key"] = claim_key.public_text, claim_key.fingerprint
        (folder / "manifest.json").write_text(json.dumps(envelope), encoding="utf-8")
    return forged.text()


def _setup(network):
    flo, mar = network("FLO"), network("MAR")
    marie = mar.add_member("Marie", "Dupont")
    _revoke(mar, marie)
    mar.export()
    assert flo.import_().to_json()["rejected"] == 0
    assert flo.scan(mar.badges[marie]).reason == "revoked"
    return flo, mar, marie


def _forger() -> keys.SigningKey:
    return keys.SigningKey(Ed25519PrivateKey.generate())


def test_a_forged_folder_signed_with_another_key_changes_nothing(network) -> None:
    flo, mar, marie = _setup(network)
    forged = _forge(mar.shared / "MAR", _forger())
    report = flo.import_().to_json()
    assert report["places"][0]["status"] == "untrusted" and "CHANGED" in report["places"][0]["message"]
    assert report["rejected"] == 1
    # Badge answers at Florac are Marvejols' real ones.
    assert flo.scan(mar.badges[marie]).reason == "revoked"
    assert flo.scan(forged).reason in ("forged", "superseded", "revoked")
    assert not flo.scan(forged).accepted
    # Marvejols' next genuine export is applied (the forged 1000 counted for nothing).
    mar.add_member("Paul", "Bois")
    exported = mar.export()
    assert exported.sequence == 2
    report = flo.import_().to_json()
    assert report["places"][0]["status"] == "applied" and report["places"][0]["sequence"] == 2
    assert flo.scan(mar.badges[2]).accepted and flo.scan(mar.badges[marie]).reason == "revoked"


def test_a_forged_folder_claiming_the_real_key_is_a_bad_signature(network) -> None:
    flo, mar, marie = _setup(network)
    forged = _forge(mar.shared / "MAR", _forger(), claim_key=mar.key)
    report = flo.import_().to_json()
    assert report["places"][0]["status"] == "bad_signature"
    assert flo.scan(mar.badges[marie]).reason == "revoked" and not flo.scan(forged).accepted
    assert mar.export().sequence == 2  # the place's own count ignores a manifest it did not sign
    assert flo.import_().to_json()["places"][0]["status"] == "applied"


def test_a_changed_key_is_refused_loudly_until_accepted(network) -> None:
    flo, mar, marie = _setup(network)
    old = mar.key.fingerprint
    keys.key_path(Path(mar.engine.url.database)).unlink()  # the key file lost: a new one is made
    mar.add_member("Paul", "Bois")
    mar.export()
    new = mar.key.fingerprint
    assert new != old
    report = flo.import_().to_json()
    place = report["places"][0]
    assert place["status"] == "untrusted" and old in place["message"] and new in place["message"]
    with sync.raw_connection(flo.engine) as conn:
        (row,) = store.trust_rows(conn)
        assert (row.code, row.state, row.trusted, row.seen) == ("MAR", "changed", old, new)
        assert not flo.scan(mar.badges[2]).accepted  # Paul is not known here yet
        store.trust(conn, "MAR", new)  # the host called Marvejols and read the fingerprint back
    assert flo.import_().to_json()["places"][0]["status"] == "applied"
    assert flo.scan(mar.badges[2]).accepted and flo.scan(mar.badges[marie]).reason == "revoked"


def test_a_new_place_waits_for_its_key_to_be_accepted(network) -> None:
    flo, lan = network("FLO"), network("LAN")
    with sync.raw_connection(flo.engine) as conn:
        store.untrust(conn, "LAN")
    lea = lan.add_member("Léa", "Roux")
    lan.export()
    place = flo.import_().to_json()["places"][0]
    assert place["status"] == "untrusted" and lan.key.fingerprint in place["message"]
    with sync.raw_connection(flo.engine) as conn:
        (row,) = store.trust_rows(conn)
        assert (row.state, row.seen) == ("new", lan.key.fingerprint)
    assert flo.scan(lan.badges[lea]).reason == "unknown_badge"
    with sync.raw_connection(flo.engine) as conn:
        store.trust(conn, "LAN", keys.normal_fingerprint(lan.key.fingerprint.lower().replace("-", " ")))
    assert flo.import_().to_json()["places"][0]["status"] == "applied"
    assert flo.scan(lan.badges[lea]).accepted


def test_an_unsigned_export_of_an_older_app_is_refused(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    mar.add_member("Marie", "Dupont")
    mar.export()
    content = manifest(mar.shared / "MAR")
    content["version"] = 1
    (mar.shared / "MAR" / "manifest.json").write_text(json.dumps(content), encoding="utf-8")
    place = flo.import_().to_json()["places"][0]
    assert place["status"] == "untrusted" and "unsigned" in place["message"]


def _copy_database(source: Path | str, target: Path | str) -> None:
    """SQLite's online backup: what a backup and a restore of the place's database do."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _backup(place, to: Path) -> None:
    _copy_database(place.engine.url.database, to)


def _restore(place, backup: Path) -> None:
    place.engine.dispose()
    _copy_database(backup, place.engine.url.database)
    place.engine = open_database(Path(place.engine.url.database))


def test_a_place_restored_from_a_backup_carries_on(network, tmp_path: Path) -> None:
    flo, mar = network("FLO"), network("MAR")
    marie = mar.add_member("Marie", "Dupont")
    mar.export()
    _backup(mar, tmp_path / "mar-backup.sqlite")
    for _ in range(2):
        mar.export()
        flo.import_()
    assert flo.one("SELECT last_sequence FROM sync_peer WHERE code = 'MAR'") == (3,)
    _restore(mar, tmp_path / "mar-backup.sqlite")
    _revoke(mar, marie)
    exported = mar.export()
    assert exported.sequence == 4  # the network's count re-taken: no number used twice
    report = flo.import_().to_json()
    assert report["places"][0]["status"] == "applied" and report["rejected"] == 0
    assert flo.scan(mar.badges[marie]).reason == "revoked"


def test_a_restored_place_that_cannot_see_its_old_exports_starts_an_epoch(network, tmp_path: Path) -> None:
    flo, mar = network("FLO"), network("MAR")
    marie = mar.add_member("Marie", "Dupont")
    mar.export()
    _backup(mar, tmp_path / "mar-backup.sqlite")
    for _ in range(3):
        mar.export()
        flo.import_()
    _restore(mar, tmp_path / "mar-backup.sqlite")
    shutil.rmtree(mar.shared / "MAR")  # a new USB stick: the place cannot see how far it had got
    with sync.raw_connection(mar.engine) as conn:
        assert store.mark_restored(conn) == 1  # what restoring a backup calls
    _revoke(mar, marie)
    assert mar.export().sequence == 2
    assert json.loads(json.loads((mar.shared / "MAR" / "manifest.json").read_text())["signed"])["epoch"] == 1
    assert flo.import_().to_json()["places"][0]["status"] == "applied"
    assert flo.scan(mar.badges[marie]).reason == "revoked"
