"""invoice pdf NUMBER --out FILE [--facturx] from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import facturx
from pypdf import PdfReader

from telecentre_desk.__main__ import main


def test_pdf_and_facturx(tmp_path: Path, capsys) -> None:
    base = ["--db", str(tmp_path / "desk.sqlite"), "--data-dir", str(tmp_path / "data")]

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*base, *args])
        out, err = capsys.readouterr()
        return code, out, err

    for args in (["place", "init", "--code", "FLO", "--name", "Florac", "--legal-name", "SoLozère Florac",
                  "--legal-form", "Association loi 1901", "--address", "2 place de la Gare", "--postcode", "48400",
                  "--city", "Florac", "--siret", "73282932000074", "--vat-number", "FR40303265045"],
                 ["plan", "add", "--code", "MOIS", "--name", "Résident mois", "--kind", "monthly", "--price", "180"],
                 ["member", "add", "--first-name", "Marie", "--last-name", "Dupont",
                  "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS",
                  "--start", "2026-11-16"],
                 ["invoice", "run", "2026-11"], ["invoice", "issue", "--month", "2026-11", "--all"]):
        assert run(*args)[0] == 0
    code, out, err = run("invoice", "pdf", "FLO-2026-0001", "--out", str(tmp_path / "f.pdf"), "--json")
    assert code == 0, err
    assert json.loads(out) == {"number": "FLO-2026-0001", "out": str(tmp_path / "f.pdf"), "facturx": False}
    assert "FLO-2026-0001" in PdfReader(tmp_path / "f.pdf").pages[0].extract_text()
    assert run("invoice", "pdf", "flo-2026-0001", "--out", str(tmp_path / "fx.pdf"), "--facturx")[0] == 0
    name, xml = facturx.get_xml_from_pdf((tmp_path / "fx.pdf").read_bytes(), check_xsd=True)
    assert name == "factur-x.xml" and b"<ram:GrandTotalAmount>108.00</ram:GrandTotalAmount>" in xml
    code, _, err = run("invoice", "pdf", "FLO-2026-0099", "--out", str(tmp_path / "x.pdf"))
    assert code != 0 and "no invoice FLO-2026-0099" in err
    code, _, err = run("invoice", "pdf", "FLO-2026-0001", "--out", str(tmp_path / "missing" / "x.pdf"))
    assert code != 0 and "cannot write" in err
