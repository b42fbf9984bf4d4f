"""Editing an export the way people and accidents do, keeping or breaking its manifest."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from telecentre_desk.sync import keys

TABLES = ("place", "place_closure", "plan", "member", "badge", "check_event", "network_day")


def envelope(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def manifest(folder: Path) -> dict:
    """The signed manifest inside the envelope."""
    return json.loads(envelope(folder)["signed"])


def place_key(folder: Path) -> keys.SigningKey:
    """The signing key of the place whose export is ``folder`` (tests keep ``<code>.sqlite`` beside ``shared``)."""
    return keys.load_or_create(keys.key_path(folder.parent.parent / f"{folder.name.lower()}.sqlite"))


def write_manifest(folder: Path, content: dict, *, key: keys.SigningKey | None = None) -> None:
    """Write ``content`` as the folder's manifest, signed with ``key`` (by default the place's own: a writer
    holding the key, e.g. a bug at the place; a forger has another key)."""
    key = key or place_key(folder)
    signed = json.dumps(content)
    wrapped = {**envelope(folder), "version": content.get("version"), "key": key.fingerprint,
               "public_key": key.public_text, "signed": signed,
               "signature": base64.b64encode(key.sign(signed.encode())).decode()}
    (folder / "manifest.json").write_text(json.dumps(wrapped), encoding="utf-8")


def file_of(folder: Path, entity: str) -> Path:
    """The entity's newest file (the last delta, or the snapshot's when there is none)."""
    return folder / [f["file"] for f in manifest(folder)["files"] if f["entity"] == entity][-1]


def rewrite(folder: Path, entity: str, data: bytes, *, fix_manifest: bool, rows: int | None = None) -> None:
    """Replace a file's bytes; with ``fix_manifest`` the manifest is made to agree and signed again with the
    place's key (a careful writer holding the key: what the checks of the files still catch)."""
    path = file_of(folder, entity)
    path.write_bytes(data)
    if fix_manifest:
        content = manifest(folder)
        for entry in content["files"]:
            if entry["file"] == path.name:
                entry["sha256"] = hashlib.sha256(data).hexdigest()
                entry["bytes"] = len(data)
                if rows is not None:
                    entry["rows"] = rows
        write_manifest(folder, content)


def snapshot(place) -> dict[str, list]:
    """Everything an import may change, to compare before and after."""
    return {table: place.all(f"SELECT * FROM {table} ORDER BY 1, 2") for table in TABLES}


def text_of(folder: Path, entity: str) -> str:
    """The file's text with its CRLF line ends as written (read_text would translate them)."""
    return file_of(folder, entity).read_bytes().decode("utf-8-sig")
