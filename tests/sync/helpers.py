"""Editing an export the way people and accidents do, keeping or breaking its manifest."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

TABLES = ("place", "place_closure", "plan", "member", "badge", "check_event", "network_day")


def manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def file_of(folder: Path, entity: str) -> Path:
    return folder / next(f["file"] for f in manifest(folder)["files"] if f["entity"] == entity)


def rewrite(folder: Path, entity: str, data: bytes, *, fix_manifest: bool, rows: int | None = None) -> None:
    """Replace a file's bytes; with ``fix_manifest`` the manifest is made to agree (a careful forger)."""
    path = file_of(folder, entity)
    path.write_bytes(data)
    if fix_manifest:
        content = manifest(folder)
        for entry in content["files"]:
            if entry["entity"] == entity:
                entry["sha256"] = hashlib.sha256(data).hexdigest()
                entry["bytes"] = len(data)
                if rows is not None:
                    entry["rows"] = rows
        (folder / "manifest.json").write_text(json.dumps(content), encoding="utf-8")


def snapshot(place) -> dict[str, list]:
    """Everything an import may change, to compare before and after."""
    return {table: place.all(f"SELECT * FROM {table} ORDER BY 1, 2") for table in TABLES}


def text_of(folder: Path, entity: str) -> str:
    """The file's text with its CRLF line ends as written (read_text would translate them)."""
    return file_of(folder, entity).read_bytes().decode("utf-8-sig")
