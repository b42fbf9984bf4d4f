"""Right of access: everything held, as JSON and a French PDF; the notice for the entrance."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import Shell

pytestmark = pytest.mark.usefixtures("lived")


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_export_holds_everything_about_the_member(lived: Shell, tmp_path: Path) -> None:
    out, pdf = tmp_path / "z.json", tmp_path / "z.pdf"
    summary = lived.json("member", "export-data", "FLO-0001", "--out", str(out), "--pdf", str(pdf))
    assert summary["visits"] == 7 and summary["invoices"] == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "telecentre-desk/member-data/1"
    ident = data["identity"]
    assert (ident["last_name"], ident["email"], ident["phone"], ident["notes"]) == (
        "Quillardet", "zephyrine.q@example.org", "06 99 88 77 66", "aime le thé")
    assert [s["plan_code"] for s in data["subscriptions"]] == ["MOIS"]
    assert [b["status"] for b in data["badges"]] == ["active"] and "secret_hash" not in data["badges"][0]
    assert len(data["visits"]) == 7 and len(data["presence_days"]) == 4
    assert [b["status"] for b in data["bookings"]] == ["confirmed"]
    assert [(i["number"], i["status"]) for i in data["invoices"]] == [("FLO-2026-0001", "issued"), (None, "draft")]
    assert data["invoices"][0]["buyer_snapshot"]["name"] == "Zéphyrine Quillardet"
    assert [p["amount_cents"] for p in data["payments"]] == [10000]
    actions = [a["action"] for a in data["audit"]]
    assert {"member.add", "member.edit", "badge.issue", "invoice.issue", "invoice.pay"} <= set(actions)
    assert "Dupont" not in out.read_text(encoding="utf-8")  # nothing about anyone else
    for path in (out, pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = _pdf_text(pdf)
    for expected in ("Vos données personnelles", "Quillardet", "Passages (7)", "FLO-2026-0001", "Réservations"):
        assert expected in text, expected


def test_no_export_for_nobody(lived: Shell, tmp_path: Path) -> None:
    code, _, err = lived("member", "export-data", "99", "--out", str(tmp_path / "x.json"))
    assert code == 1 and "no member 99" in err
    assert not (tmp_path / "x.json").exists()


def test_the_notice_for_the_entrance(lived: Shell, tmp_path: Path) -> None:
    lived.json("privacy", "settings", "--retention-months", "2")
    lived.json("privacy", "notice", "--pdf", str(tmp_path / "avis.pdf"))
    text = _pdf_text(tmp_path / "avis.pdf")
    for expected in ("Vos données personnelles", "SoLozère Florac", "passages bruts : 2 mois", "10 ans", "CNIL",
                     "Vos droits"):
        assert expected in text, expected
