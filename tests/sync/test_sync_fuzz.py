"""Whatever bytes a folder writer puts in a manifest or a file, the reader answers with a refusal, never
with another exception (a traceback would stop the other places' import)."""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telecentre_desk.sync import format as fmt
from telecentre_desk.sync import keys, manifest
from telecentre_desk.sync.errors import ExportRejected
from telecentre_desk.sync.manifest import ManifestFile
from telecentre_desk.sync.rows import parse_rows

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                max_size=4), max_leaves=20)
FIELDS = st.fixed_dictionaries({}, optional={
    "format": st.just(fmt.FORMAT_NAME) | JSON, "version": st.just(2) | JSON, "place": st.just("FLO") | JSON,
    "epoch": st.integers(-2, 3) | JSON, "sequence": st.integers(-2, 2**64) | JSON,
    "snapshot": st.integers(-2, 5) | JSON, "exported_at": st.just("2026-11-26 09:00:00.000000") | JSON,
    "app": JSON, "key": JSON,
    "files": st.lists(st.fixed_dictionaries({}, optional={
        "entity": st.sampled_from(["places", "members", "presence-2026", "x"]) | JSON,
        "file": st.sampled_from(["places.000001.csv", "members.000002.csv", "../x.csv"]) | JSON,
        "rows": st.integers(-1, 10) | JSON, "sha256": st.just("0" * 64) | JSON, "bytes": st.integers(-1, 99) | JSON,
        "sequence": st.integers(0, 3) | JSON, "delta": st.booleans() | JSON}), max_size=3) | JSON})
KEY = keys.SigningKey(Ed25519PrivateKey.generate())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=FIELDS)
def test_any_signed_manifest_is_a_manifest_or_a_refusal(content: dict) -> None:
    key = KEY
    signed = json.dumps(content).encode()
    envelope = manifest.Envelope("FLO", key.fingerprint, key.public_bytes, signed, key.sign(signed))
    try:
        found = manifest.parse_signed(envelope)
    except ExportRejected:
        return
    assert found.place == "FLO" and 1 <= found.snapshot <= found.sequence <= manifest.MAX_SEQUENCE


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300) | JSON.map(lambda v: json.dumps(v).encode()))
def test_any_manifest_file_is_read_or_refused(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "manifest.json").write_bytes(raw)
    with contextlib.suppress(ExportRejected):
        manifest.read_envelope(tmp_path, "FLO")


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: ("\ufeff" + ";".join(
    fmt.MEMBERS.columns) + "\r\n" + t).encode("utf-8", "surrogatepass")))
def test_any_file_is_parsed_or_refused(data: bytes) -> None:
    entry = ManifestFile("members", "members.000001.csv", 1, hashlib.sha256(data).hexdigest(), len(data), 1, False)
    with contextlib.suppress(ExportRejected):
        parse_rows("FLO", entry, data)
