"""The manifest: written last, it is what makes an export exist (docs/sync-format.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from telecentre_desk.common.i18n import _
from telecentre_desk.sync import format as fmt
from telecentre_desk.sync.errors import ExportRejected, Rejection


@dataclass(frozen=True, slots=True)
class ManifestFile:
    logical: str  # members, presence-2026...
    file: str  # members.000042.csv
    rows: int
    sha256: str
    size: int

    def to_json(self) -> dict:
        return {"entity": self.logical, "file": self.file, "rows": self.rows, "sha256": self.sha256,
                "bytes": self.size}


@dataclass(frozen=True, slots=True)
class Manifest:
    place: str
    sequence: int
    exported_at: str  # UTC, the database's text form
    app_version: str
    files: list[ManifestFile] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"format": fmt.FORMAT_NAME, "version": fmt.FORMAT_VERSION, "place": self.place,
                "sequence": self.sequence, "exported_at": self.exported_at, "app": self.app_version,
                "files": [f.to_json() for f in self.files]}

    def encode(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read(folder: Path, expected_place: str) -> Manifest:
    """Read and check ``folder/manifest.json``; raises ExportRejected with the reason."""

    def refuse(reason: str) -> ExportRejected:
        return ExportRejected(Rejection(expected_place, fmt.MANIFEST, None, reason))

    try:
        raw = (folder / fmt.MANIFEST).read_bytes()
    except OSError as exc:
        raise refuse(_("cannot be read ({reason})").format(reason=exc.strerror or exc)) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise refuse(_("is not valid JSON ({reason}): the export is damaged or was edited").format(
            reason=exc)) from exc
    if not isinstance(data, dict) or data.get("format") != fmt.FORMAT_NAME:
        raise refuse(_("is not a Télécentre Desk sync manifest"))
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise refuse(_("has no valid format version"))
    if version > fmt.FORMAT_VERSION:
        raise refuse(_("was written in sync format {version}, newer than this app reads ({ours}): update "
                       "Télécentre Desk at this place").format(version=version, ours=fmt.FORMAT_VERSION))
    place, sequence = data.get("place"), data.get("sequence")
    if place != expected_place:
        raise refuse(_("says place “{claimed}” but lies in the folder of {folder}").format(
            claimed=place, folder=expected_place))
    if not isinstance(sequence, int) or sequence < 1:
        raise refuse(_("has no valid export sequence number"))
    files = []
    seen: set[str] = set()
    for entry in data.get("files") or []:
        try:
            item = ManifestFile(str(entry["entity"]), str(entry["file"]), int(entry["rows"]),
                                str(entry["sha256"]), int(entry["bytes"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise refuse(_("has a damaged file entry ({reason})").format(reason=exc)) from exc
        if fmt.kind_of(item.logical) is None:
            raise refuse(_("lists an unknown kind of file “{name}”").format(name=item.logical))
        if item.logical in seen or "/" in item.file or "\\" in item.file or item.file.startswith("."):
            raise refuse(_("lists the file “{name}” twice or with a bad name").format(name=item.file))
        seen.add(item.logical)
        files.append(item)
    if "places" not in seen:
        raise refuse(_("does not list the place's own identity (places)"))
    return Manifest(place, sequence, str(data.get("exported_at") or ""), str(data.get("app") or ""), files)
