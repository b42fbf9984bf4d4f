"""``report network`` and ``report settlement`` from the shell, on a database holding another place's rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from tests.cli.conftest import Shell
from tests.network.conftest import add_member, add_network_day, add_place, add_visit, local, local_member


@pytest.fixture
def shell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Shell:
    shell = Shell(tmp_path, capsys)
    shell.json("place", "init", "--code", "FLO", "--name", "Télécentre de Florac", "--postcode", "48400",
               "--city", "Florac")
    engine = open_database(shell.db)
    with unit_of_work(engine) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont")
        marie = local_member(session, 1)
        mar = add_place(session, "MAR", "Télécentre de Marvejols", postcode="48100", city="Marvejols",
                        rate_cents=123450, desks=4)
        paul = add_member(session, mar, 7, "Paul", "R.")
        add_visit(session, marie, mar, local(2026, 11, 5, 9), local(2026, 11, 5, 17))
        add_visit(session, paul, marie.place_id, local(2026, 11, 6, 9), local(2026, 11, 6, 12))
        add_network_day(session, "MAR", local(2026, 11, 5).date(), marie.uid, minutes=480)
        add_network_day(session, "MAR", local(2026, 11, 5).date(), paul.uid, minutes=120)
    engine.dispose()
    return shell


def test_network_report_json_csv_pdf(shell: Shell, tmp_path: Path) -> None:
    data = shell.json("report", "network", "--from", "2026-11-01", "--to", "2026-11-30",
                      "--csv", str(tmp_path / "n.csv"), "--pdf", str(tmp_path / "n.pdf"))
    assert [(p["code"], p["visits"], p["person_days"]) for p in data["places"]] == [("FLO", 0, 0.0),
                                                                                    ("MAR", 2, 1.5)]
    assert (data["total"]["unique_users"], data["total"]["open_days"]) == (2, 21)
    raw = (tmp_path / "n.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: French Excel reads UTF-8 only with it
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ["Période", "01/11/2026", "30/11/2026"]
    mar = next(r for r in rows if r[:2] == ["Télécentre de Marvejols", "MAR"])
    assert mar[4:] == ["2", "2", "1,5", "10,0", "21", "4", "2", "2,4"]  # 2 people one day: 2 of 4 x 21
    pdf = PdfReader(tmp_path / "n.pdf")
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "Rapport d'activité du réseau" in text and "Télécentre de Marvejols" in text and "48100 Marvejols" in text
    fonts = {font["/BaseFont"] for page in pdf.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("Vera" in name and "+" in name for name in fonts)  # embedded subsets, no Helvetica


def test_network_report_text(shell: Shell) -> None:
    code, out, _ = shell("report", "network", "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 0
    assert "MAR Télécentre de Marvejols" in out and "48100 Marvejols" in out and "network" in out


def test_settlement_json_text_and_csv(shell: Shell, tmp_path: Path) -> None:
    data = shell.json("report", "settlement", "--month", "2026-11", "--csv", str(tmp_path / "s.csv"))
    assert [(p["home"], p["visited"], p["visit_days"], p["amount"]) for p in data["pairs"]] == [
        ("FLO", "MAR", 1, "1234.50"), ("MAR", "FLO", 1, None)]
    assert data["warnings"] == ["MAR -> FLO: 1 visit-day(s) not valued: FLO has no network day rate"]
    code, out, _ = shell("report", "settlement", "--month", "2026-11")
    assert code == 0
    assert "1\u202f234,50" in out  # French reading of the amount
    text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert ";1234,50;" in text  # a number Excel reads, without a thousands separator


@pytest.mark.parametrize(("args", "message"), [
    (["report", "network", "--from", "2026-11-30", "--to", "2026-11-01"], "ends before it starts"),
    (["report", "network", "--from", "31/02/2026", "--to", "2026-03-01"], "is not a date"),
    (["report", "network", "--from", "2000-01-01", "--to", "2026-03-01"], "longer than ten years"),
    (["report", "settlement", "--month", "2026-13"], "is not a month"),
    (["report", "settlement", "--month", "novembre"], "is not a month"),
    (["report", "network", "--from", "2026-11-01", "--to", "2026-11-30", "--csv", "/nonexistent/dir/n.csv"],
     "cannot write"),
])
def test_bad_input_is_one_line(shell: Shell, args: list[str], message: str) -> None:
    code, _, err = shell(*args)
    assert code == 1
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_without_a_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = Shell(tmp_path / "empty", capsys)("report", "settlement", "--month", "2026-11")
    assert code == 1 and "no place is set up" in err
