"""A month's invoices as one PDF each in a folder: named by number, written whole, refused clearly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import facturx
import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from telecentre_desk.billing import corrections, drafts, export_folder, issue
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import DeskError, NotFoundError
from telecentre_desk.db.uow import dbapi, unit_of_work

NOVEMBER = Month(2026, 11)
TODAY = dt.date(2026, 11, 26)
NUMBERS = [f"FLO-2026-{n:04d}" for n in range(1, 6)]


@pytest.fixture
def issued(billing: Engine) -> Engine:
    with unit_of_work(billing) as session:
        drafts.run_month(session, NOVEMBER)
        issue.issue_month(session, NOVEMBER.first)
        corrections.credit(session, "FLO-2026-0002", reason="wrong start date", amount="12")
    return billing


def export(engine: Engine, folder: Path, **kwargs) -> export_folder.FolderExport:
    with unit_of_work(engine) as session:
        return export_folder.export_month(dbapi(session), NOVEMBER, folder, today=TODAY, **kwargs)


def test_one_file_per_invoice_and_credit_note_named_by_its_number(issued: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "comptable" / "2026-11"  # created when missing
    seen: list[tuple[int, int]] = []
    result = export(issued, folder, progress=lambda done, total: seen.append((done, total)) or True)
    names = [*NUMBERS, "FLO-AV-2026-0001"]
    assert [p.name for p in result.files] == [f"{n}.pdf" for n in names] and not result.cancelled
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.pdf" for n in names)  # nothing else, no .part
    for number in names:
        assert number in PdfReader(folder / f"{number}.pdf").pages[0].extract_text()
    assert seen == [(n, 6) for n in range(7)]
    assert result.to_json()["written"] == 6


def test_factur_x_files_carry_their_xml(issued: Engine, tmp_path: Path) -> None:
    result = export(issued, tmp_path, facturx=True)
    name, xml = facturx.get_xml_from_pdf(result.files[0].read_bytes(), check_xsd=True)
    assert name == "factur-x.xml" and b"FLO-2026-0001" in xml


def test_a_stop_keeps_whole_files_only(issued: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "FLO-2026-0001.pdf").write_text("an older file of the same name")
    result = export(issued, folder, progress=lambda done, _total: done < 2)
    assert result.cancelled and [p.name for p in result.files] == ["FLO-2026-0001.pdf", "FLO-2026-0002.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == ["FLO-2026-0001.pdf", "FLO-2026-0002.pdf"]
    assert len(PdfReader(folder / "FLO-2026-0001.pdf").pages) == 1  # replaced whole


def test_a_folder_that_cannot_take_files_is_said_first(issued: Engine, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file.txt"
    blocked.write_text("not a folder")
    with pytest.raises(DeskError, match="is a file, not a folder"):
        export(issued, blocked)
    with pytest.raises(DeskError, match="cannot write into the folder"):
        export(issued, blocked / "inside")
    # /proc takes no new file, even for root (a permission bit would not stop root).
    with pytest.raises(DeskError, match="cannot write into the folder"):
        export(issued, Path("/proc/telecentre-desk-test"))


def test_a_month_without_issued_invoices(billing: Engine, tmp_path: Path) -> None:
    with unit_of_work(billing) as session:
        drafts.run_month(session, NOVEMBER)  # drafts only
    with pytest.raises(NotFoundError, match="no issued invoice for 2026-11"):
        export(billing, tmp_path / "empty")
    assert not (tmp_path / "empty").exists()  # nothing created for nothing


def test_file_names_stay_inside_the_folder() -> None:
    assert export_folder.file_name("FLO-2026-0042") == "FLO-2026-0042.pdf"
    assert export_folder.file_name("../X/2026 0001") == ".._X_2026_0001.pdf"
