"""The archive of a closed period (CGI art. 286 I 3° bis, *archivage*): one ZIP anyone can check elsewhere.

Inside: ``closing.json`` (the period's closing and its perpetual totals), ``chain.jsonl`` (every sealed
document of the period: invoices, credit notes and payments with their frozen content, previous footprint
and footprint), ``journal.jsonl`` (the sensitive events of the period), ``README.txt`` (how to check it by
hand) and ``manifest.json``: the SHA-256 of each file and the archive's footprint, the SHA-256 of the
manifest's file list. Each link is verifiable on its own: ``sha256(previous + content) == footprint``.
The file is written beside its name then renamed after an fsync: a kill leaves the whole archive or none.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from telecentre_desk.audit import fiscal
from telecentre_desk.billing.verify import chain_export
from telecentre_desk.common import clock, private_files
from telecentre_desk.common.errors import NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import FiscalClosing
from telecentre_desk.db.uow import dbapi
from telecentre_desk.places.service import local_place_row

FORMAT = "telecentre-desk-archive/1"
_README = """Archive of a closed period, Télécentre Desk ({format}).

Check it with any SHA-256 tool:
1. manifest.json lists each file's SHA-256; compute them (sha256sum) and compare.
2. manifest.json's "footprint" is the SHA-256 of the JSON of its "files" object written with sorted keys,
   no spaces, UTF-8: {{"chain.jsonl":"...",...}}.
3. Each line of chain.jsonl and journal.jsonl holds "previous", "content" (or "details") and "footprint":
   footprint = SHA-256(previous + content), as UTF-8 text. Consecutive links chain: a link's previous is
   the footprint of the link before it in the whole chain (closing.json gives the last one of the period).
"""


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _closing(session: Session, period: str) -> FiscalClosing:
    text = str(period).strip()
    if not re.fullmatch(r"\d{4}(-\d{2})?", text):
        raise ValidationError(_("period: {value!r} is neither a month (YYYY-MM) nor a year (YYYY)").format(
            value=period), field="period")
    row = session.exec(select(FiscalClosing).where(FiscalClosing.period == text)).first()
    if row is None:
        raise NotFoundError(_("{period} is not closed: close it first (invoice close)").format(period=text))
    return row


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows).encode("utf-8")


def build_archive(session: Session, period: str) -> tuple[bytes, dict[str, Any]]:
    row = _closing(session, period)
    conn = dbapi(session)
    start, end = row.start.isoformat(), row.end.isoformat()
    links = chain_export(conn, start=start, end=end)
    events = [{"id": i, "at": str(at), "actor": actor, "action": action, "details": details, "previous": prev,
               "footprint": mark} for i, at, actor, action, details, prev, mark in conn.execute(
        "SELECT id, at, actor, action, details, previous, footprint FROM fiscal_event "
        "WHERE substr(at, 1, 10) BETWEEN ? AND ? ORDER BY id", (start, end))]
    place = local_place_row(session)
    closing = {"kind": row.kind, "period": row.period, "start": start, "end": end, "documents": row.documents,
               "total_excl_vat_cents": row.total_excl_vat_cents, "vat_cents": row.vat_cents,
               "total_incl_vat_cents": row.total_incl_vat_cents, "payments_cents": row.payments_cents,
               "perpetual_total_cents": row.perpetual_total_cents,
               "perpetual_payments_cents": row.perpetual_payments_cents, "last_footprint": row.last_footprint,
               "place": {"code": place.code, "legal_name": place.legal_name, "siret": place.siret}}
    files = {"closing.json": json.dumps(closing, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8"),
             "chain.jsonl": _jsonl(links), "journal.jsonl": _jsonl(events),
             "README.txt": _README.format(format=FORMAT).encode("utf-8")}
    hashes = {name: _sha(data) for name, data in sorted(files.items())}
    manifest = {"format": FORMAT, "period": row.period, "created_at": clock.now().isoformat(), "files": hashes,
                "footprint": _sha(fiscal.canonical(hashes).encode("utf-8"))}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1))
    return out.getvalue(), {"period": row.period, "documents": len(links), "journal_entries": len(events),
                            "footprint": manifest["footprint"]}


def write_archive(session: Session, period: str, out: Path, *, actor: str = "cli") -> dict[str, Any]:
    """Write the archive atomically and journal it (in the caller's transaction)."""
    data, summary = build_archive(session, period)
    private_files.save(out, data)  # the invoices inside name their buyers: 0600, exclusive, fsynced, renamed
    fiscal.record(session, actor=actor, action="archive", details={**summary, "file": out.name})
    return {**summary, "out": str(out)}


def verify_archive(path: Path) -> dict[str, Any]:
    """Check an archive without any database: file hashes, the manifest's footprint, every link."""
    problems: list[str] = []
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            files = {name: zf.read(name) for name in manifest["files"]}
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        return {"ok": False, "problems": [f"not a readable archive: {exc}"]}
    for name, expected in manifest["files"].items():
        if _sha(files[name]) != expected:
            problems.append(f"{name}: SHA-256 differs")
    if _sha(fiscal.canonical(manifest["files"]).encode("utf-8")) != manifest.get("footprint"):
        problems.append("manifest: footprint differs")
    count = 0
    for name, key in (("chain.jsonl", "content"), ("journal.jsonl", "details")):
        for line in files[name].decode("utf-8").splitlines():
            link = json.loads(line)
            count += 1
            if fiscal.footprint(link["previous"], link[key]) != link["footprint"]:
                problems.append(f"{name}: link {link.get('reference') or link.get('id')} altered")
    return {"ok": not problems, "period": manifest.get("period"), "links": count, "problems": problems}
