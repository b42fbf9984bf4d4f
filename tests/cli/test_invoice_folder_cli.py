"""invoice pdf --month YYYY-MM --out-dir DIR [--facturx]: a month's PDFs from the shell; the one-invoice form kept."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def setup(shell) -> None:
    for args in (["place", "init", "--code", "FLO", "--name", "Florac", "--legal-name", "SoLozère Florac",
                  "--legal-form", "Association loi 1901", "--address", "2 place de la Gare", "--postcode", "48400",
                  "--city", "Florac", "--siret", "73282932000074", "--vat-number", "FR40303265045"],
                 ["plan", "add", "--code", "MOIS", "--name", "Résident mois", "--kind", "monthly", "--price", "180"],
                 ["member", "add", "--first-name", "Marie", "--last-name", "Dupont",
                  "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS",
                  "--start", "2026-11-01"],
                 ["member", "add", "--first-name", "Paul", "--last-name", "Roux",
                  "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS",
                  "--start", "2026-11-16"],
                 ["invoice", "run", "2026-11"], ["invoice", "issue", "--month", "2026-11", "--all"]):
        code, _out, err = shell(*args)
        assert code == 0, err


def test_a_month_into_a_folder(shell, tmp_path: Path) -> None:
    setup(shell)
    out = tmp_path / "factures"
    result = shell.json("invoice", "pdf", "--month", "2026-11", "--out-dir", str(out))
    files = [str(out / "FLO-2026-0001.pdf"), str(out / "FLO-2026-0002.pdf")]
    assert result == {"month": "2026-11", "facturx": False, "out_dir": str(out), "total": 2, "written": 2,
                      "files": files, "cancelled": False}
    assert "FLO-2026-0002" in PdfReader(files[1]).pages[0].extract_text()
    code, text, _err = shell("invoice", "pdf", "--month", "2026-11", "--out-dir", str(out), "--facturx")
    assert code == 0 and text.splitlines() == [*files, f"2 file(s) in {out}"]
    # The one-invoice form still works.
    assert shell.json("invoice", "pdf", "FLO-2026-0001", "--out", str(tmp_path / "one.pdf"))["number"] == \
        "FLO-2026-0001"


def test_bad_uses_say_what_to_do(shell, tmp_path: Path) -> None:
    setup(shell)
    for args in (["invoice", "pdf", "FLO-2026-0001"], ["invoice", "pdf", "--month", "2026-11"],
                 ["invoice", "pdf", "FLO-2026-0001", "--month", "2026-11", "--out-dir", str(tmp_path)],
                 ["invoice", "pdf", "--out-dir", str(tmp_path)]):
        code, out, err = shell(*args)
        assert code == 1 and out == ""
        assert err.strip() == ("telecentre-desk: error: name an invoice with --out FILE, or a month with "
                               "--month YYYY-MM --out-dir DIR")
    code, _out, err = shell("invoice", "pdf", "--month", "2026-13", "--out-dir", str(tmp_path))
    assert code == 1 and "'2026-13' is not a month" in err
    code, _out, err = shell("invoice", "pdf", "--month", "2026-10", "--out-dir", str(tmp_path))
    assert code == 1 and "no issued invoice for 2026-10" in err
    blocked = tmp_path / "file.txt"
    blocked.write_text("x")
    code, out, err = shell("invoice", "pdf", "--month", "2026-11", "--out-dir", str(blocked), "--json")
    assert code == 1 and "is a file, not a folder" in err and '"error"' in out
