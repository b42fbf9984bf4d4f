"""The manifest: written last, it is what makes an export exist; signed, it is what makes it the place's
(docs/sync-format.md).

``manifest.json`` is an envelope: the place's code, its public key, the signed text (the manifest
itself, a JSON document kept as the exact bytes that were signed) and the Ed25519 signature. Nothing
of the signed text is believed before the signature is checked against the key this place trusts for
that code. Everything in it is then type-checked: a boolean is not a number, sequences and sizes are
bounded, and the JSON is parsed from at most ``MAX_MANIFEST_BYTES`` bytes.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from telecentre_desk.common.i18n import _
from telecentre_desk.sync import format as fmt
from telecentre_desk.sync import keys
from telecentre_desk.sync.errors import ExportRejected, Rejection
from telecentre_desk.sync.safe_read import UnsafeFile, read_regular

MAX_MANIFEST_BYTES = 1_000_000
MAX_SEQUENCE = 10**12  # an export a minute for two million years; never near SQLite's 2^63
MAX_EPOCH = 1_000_000
MAX_FILES = 200
MAX_FILE_BYTES = 1 << 30
MAX_ROWS = 5_000_000
_FILE_NAME = re.compile(r"[a-z]+(?:-\d{4})?\.\d{6,13}\.csv")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_TS = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?")


@dataclass(frozen=True, slots=True)
class ManifestFile:
    logical: str  # members, presence-2026...
    file: str  # members.000042.csv
    rows: int
    sha256: str
    size: int
    sequence: int = 0  # the export that wrote it (files never change once written)
    delta: bool = False  # what changed since the export before it, or (False) part of the snapshot

    def to_json(self) -> dict:
        return {"entity": self.logical, "file": self.file, "rows": self.rows, "sha256": self.sha256,
                "bytes": self.size, "sequence": self.sequence, "delta": self.delta}


@dataclass(frozen=True, slots=True)
class Manifest:
    place: str
    sequence: int
    exported_at: str  # UTC, the database's text form
    app_version: str
    files: list[ManifestFile] = field(default_factory=list)
    epoch: int = 0
    fingerprint: str = ""
    snapshot: int = 0  # the export whose whole state the chain starts from (its files have delta false)

    @property
    def version(self) -> int:
        """3 when the export carries closed months' counts (an older reader must refuse it, not drop them), else 2."""
        closed = {kind.name for kind in fmt.CLOSED}
        return fmt.FORMAT_VERSION if any(f.logical.split("-", 1)[0] in closed for f in self.files) \
            else fmt.PLAIN_VERSION

    def to_json(self) -> dict:
        return {"format": fmt.FORMAT_NAME, "version": self.version, "place": self.place, "epoch": self.epoch,
                "sequence": self.sequence, "snapshot": self.snapshot, "exported_at": self.exported_at,
                "app": self.app_version, "key": self.fingerprint, "files": [f.to_json() for f in self.files]}

    def encode(self, key: keys.SigningKey) -> bytes:
        """The envelope written as ``manifest.json``: the manifest's text and its signature."""
        signed = json.dumps(self.to_json(), ensure_ascii=False, indent=1)
        signature = key.sign(signed.encode("utf-8"))
        envelope = {"format": fmt.FORMAT_NAME, "version": self.version, "place": self.place,
                    "key": key.fingerprint, "public_key": key.public_text, "signed": signed,
                    "signature": base64.b64encode(signature).decode("ascii")}
        return (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


@dataclass(frozen=True, slots=True)
class Envelope:
    place: str
    fingerprint: str  # computed here from the public key, never taken from the file
    public_key: bytes
    signed: bytes
    signature: bytes

    def verified(self) -> bool:
        return keys.verify(self.public_key, self.signature, self.signed)


def _refuser(place: str):
    def refuse(reason: str, *, status: str = "rejected") -> ExportRejected:
        return ExportRejected(Rejection(place, fmt.MANIFEST, None, reason), status=status)
    return refuse


def _load_json(data: bytes, refuse) -> dict:
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = _("nested too deeply") if isinstance(exc, RecursionError) else str(exc)[:200]
        raise refuse(_("is not valid JSON ({reason}): the export is damaged or was edited").format(
            reason=reason)) from None
    if not isinstance(value, dict):
        raise refuse(_("is not a Télécentre Desk sync manifest"))
    return value


def _no_constant(name: str) -> object:
    raise ValueError(_("{name} is not a number").format(name=name))


def _int(data: dict, name: str, low: int, high: int, refuse) -> int:
    value = data.get(name)
    if type(value) is not int or not low <= value <= high:  # type(): True is an int to isinstance
        raise refuse(_("“{name}” is not a whole number from {low} to {high}").format(name=name, low=low, high=high))
    return value


def _str(data: dict, name: str, max_length: int, refuse, pattern: re.Pattern | None = None) -> str:
    value = data.get(name)
    if type(value) is not str or len(value) > max_length or (pattern and pattern.fullmatch(value) is None):
        raise refuse(_("“{name}” is missing or not valid").format(name=name))
    return value


def _check_header(data: dict, expected_place: str, refuse) -> None:
    if data.get("format") != fmt.FORMAT_NAME:
        raise refuse(_("is not a Télécentre Desk sync manifest"))
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise refuse(_("has no valid format version"))
    if version < fmt.PLAIN_VERSION:
        raise refuse(_("is an unsigned export of sync format {version} (an older Télécentre Desk): update the app "
                       "at {place}").format(version=version, place=expected_place), status="untrusted")
    if version > fmt.FORMAT_VERSION:
        raise refuse(_("was written in sync format {version}, newer than this app reads ({ours}): update "
                       "Télécentre Desk at this place").format(version=version, ours=fmt.FORMAT_VERSION))
    if data.get("place") != expected_place:
        raise refuse(_("says place “{claimed}” but lies in the folder of {folder}").format(
            claimed=str(data.get("place"))[:20], folder=expected_place))


def read_envelope(folder: Path, expected_place: str) -> Envelope:
    """Read ``folder/manifest.json`` safely and take its envelope apart; nothing is believed yet."""
    refuse = _refuser(expected_place)
    try:
        raw = read_regular(folder / fmt.MANIFEST, max_bytes=MAX_MANIFEST_BYTES)
    except UnsafeFile as exc:
        raise refuse(str(exc)) from None
    data = _load_json(raw, refuse)
    _check_header(data, expected_place, refuse)
    try:
        public_key = base64.b64decode(_str(data, "public_key", 64, refuse), validate=True)
        signature = base64.b64decode(_str(data, "signature", 100, refuse), validate=True)
    except binascii.Error:
        raise refuse(_("carries a damaged key or signature"), status="bad_signature") from None
    if len(public_key) != keys.PUBLIC_KEY_BYTES or len(signature) != keys.SIGNATURE_BYTES:
        raise refuse(_("carries a damaged key or signature"), status="bad_signature")
    signed = _str(data, "signed", MAX_MANIFEST_BYTES, refuse).encode("utf-8")
    return Envelope(expected_place, keys.fingerprint(public_key), public_key, signed, signature)


def parse_signed(envelope: Envelope) -> Manifest:
    """The manifest inside a verified envelope, every field checked."""
    refuse = _refuser(envelope.place)
    data = _load_json(envelope.signed, refuse)
    _check_header(data, envelope.place, refuse)
    if data.get("key") != envelope.fingerprint:
        raise refuse(_("names another key than the one it is signed with"), status="bad_signature")
    epoch = _int(data, "epoch", 0, MAX_EPOCH, refuse)
    sequence = _int(data, "sequence", 1, MAX_SEQUENCE, refuse)
    snapshot = _int(data, "snapshot", 1, sequence, refuse)
    exported_at = _str(data, "exported_at", 26, refuse, _TS)
    app = _str(data, "app", 100, refuse)
    entries = data.get("files")
    if type(entries) is not list or len(entries) > MAX_FILES:
        raise refuse(_("“files” is not a list of at most {n} files").format(n=MAX_FILES))
    files = []
    seen: set[str] = set()
    for entry in entries:
        if type(entry) is not dict:
            raise refuse(_("has a damaged file entry"))
        delta = entry.get("delta")
        if type(delta) is not bool:
            raise refuse(_("“{name}” is missing or not valid").format(name="delta"))
        item = ManifestFile(_str(entry, "entity", 20, refuse), _str(entry, "file", 40, refuse, _FILE_NAME),
                            _int(entry, "rows", 0, MAX_ROWS, refuse), _str(entry, "sha256", 64, refuse, _HEX64),
                            _int(entry, "bytes", 0, MAX_FILE_BYTES, refuse),
                            _int(entry, "sequence", snapshot, sequence, refuse), delta)
        if fmt.kind_of(item.logical) is None:
            raise refuse(_("lists an unknown kind of file “{name}”").format(name=item.logical))
        if item.file in seen or not item.file.startswith(item.logical + ".") \
                or (item.sequence == snapshot) == item.delta:
            raise refuse(_("lists the file “{name}” twice or with a bad name").format(name=item.file))
        seen.add(item.file)
        files.append(item)
    if not any(f.logical == "places" and not f.delta for f in files):
        raise refuse(_("does not list the place's own identity (places)"))
    found = Manifest(envelope.place, sequence, exported_at, app, files, epoch, envelope.fingerprint, snapshot)
    if found.version != data.get("version"):  # closed months only in format 3, and format 3 only with them
        raise refuse(_("says sync format {version}, but format 3 is for exports with closed months' counts "
                       "and only them").format(version=data.get("version")))
    return found
