"""One PDF per invoice of a month: the same invoices as one by one, in this process or over spawned workers."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from telecentre_desk.billing import batch_pdf, corrections, drafts, issue
from telecentre_desk.billing.document import load_document, load_documents, month_documents
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import DeskError, NotFoundError
from telecentre_desk.db.uow import dbapi, unit_of_work

TODAY = dt.date(2026, 11, 26)
NOVEMBER = Month(2026, 11)


def issue_november(engine: Engine) -> list[str]:
    with unit_of_work(engine) as session:
        drafts.run_month(session, NOVEMBER)
    with unit_of_work(engine) as session:
        return issue.issue_month(session, NOVEMBER.first)


def text_of(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def test_month_documents_are_the_issued_invoices_as_loaded_one_by_one(billing: Engine) -> None:
    numbers = issue_november(billing)
    with unit_of_work(billing) as session:
        corrections.credit(session, numbers[0], reason="doublon")  # a credit note: not one of the month's invoices
        conn = dbapi(session)
        batch = month_documents(conn, NOVEMBER, today=TODAY)
        one_by_one = [load_document(conn, number, today=TODAY) for number in numbers]
    assert [doc.info.number for doc in batch] == numbers == sorted(numbers)
    assert batch == one_by_one  # lines, snapshots, statuses: the same documents


def test_documents_by_number_come_in_the_order_asked_credit_notes_too(billing: Engine) -> None:
    numbers = issue_november(billing)
    with unit_of_work(billing) as session:
        note = corrections.credit(session, numbers[1], reason="doublon").number
        conn = dbapi(session)
        wanted = [note, numbers[3], numbers[0]]
        assert load_documents(conn, wanted, today=TODAY) == [load_document(conn, n, today=TODAY) for n in wanted]
        assert load_documents(conn, [], today=TODAY) == []
        with pytest.raises(NotFoundError, match="FLO-2026-0099"):
            load_documents(conn, [numbers[0], "FLO-2026-0099"], today=TODAY)


def test_drafts_have_no_documents(billing: Engine) -> None:
    with unit_of_work(billing) as session:
        drafts.run_month(session, NOVEMBER)
    with unit_of_work(billing) as session:
        assert month_documents(dbapi(session), NOVEMBER, today=TODAY) == []
    result = batch_pdf.render_month(billing, NOVEMBER, today=TODAY)
    assert (result.total, result.done, result.workers) == (0, 0, 1)


def test_a_folder_gets_one_file_per_invoice_named_by_its_number(billing: Engine, tmp_path: Path) -> None:
    numbers = issue_november(billing)
    calls: list[tuple[int, int]] = []
    result = batch_pdf.render_month(billing, NOVEMBER, today=TODAY, folder=tmp_path / "out",
                                    progress=lambda done, total: calls.append((done, total)) or True)
    assert result.workers == 1  # five invoices: not worth starting a process
    assert sorted(result.files) == numbers
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{n}.pdf" for n in numbers]
    with unit_of_work(billing) as session:
        paul = load_document(dbapi(session), numbers[1], today=TODAY)
    text = text_of(result.files[numbers[1]].read_bytes())
    assert f"N° {numbers[1]}" in text and paul.info.member_name in text and "Total TTC" in text
    assert calls[-1] == (5, 5) and [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_spawned_workers_make_the_same_pdfs_as_this_process(billing: Engine, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    numbers = issue_november(billing)
    here = batch_pdf.render_month(billing, NOVEMBER, today=TODAY, workers=1)
    monkeypatch.setattr(batch_pdf, "MIN_PARALLEL", 2)
    monkeypatch.setattr(batch_pdf, "CHUNK", 2)
    pooled = batch_pdf.render_month(billing, NOVEMBER, today=TODAY, workers=2)
    assert (here.workers, pooled.workers) == (1, 2)
    assert sorted(pooled.pdfs) == sorted(here.pdfs) == numbers
    for number in numbers:
        assert text_of(pooled.pdfs[number]) == text_of(here.pdfs[number])
    written = batch_pdf.render_month(billing, NOVEMBER, today=TODAY, workers=2, folder=tmp_path / "out")
    assert sorted(written.files) == numbers and all(p.read_bytes().startswith(b"%PDF") for p in written.files.values())


def test_factur_x_files_from_the_helpers_carry_their_xml(billing: Engine, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    numbers = issue_november(billing)
    monkeypatch.setattr(batch_pdf, "MIN_PARALLEL", 2)
    monkeypatch.setattr(batch_pdf, "CHUNK", 1)
    result = batch_pdf.render_month(billing, NOVEMBER, today=TODAY, folder=tmp_path / "fx", facturx=True, workers=2)
    assert sorted(result.files) == numbers
    for path in result.files.values():
        reader = PdfReader(path)
        assert "factur-x.xml" in reader.attachments and b"GTS_PDFA1" in path.read_bytes()


def test_file_names_keep_only_safe_characters() -> None:
    assert batch_pdf.file_name("FLO-2026-0042") == "FLO-2026-0042.pdf"
    assert batch_pdf.file_name("A/B 1") == "A_B_1.pdf"


@pytest.mark.parametrize("workers", [1, 2])
def test_stopping_keeps_only_whole_files_and_says_so(billing: Engine, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path, workers: int) -> None:
    numbers = issue_november(billing)
    monkeypatch.setattr(batch_pdf, "MIN_PARALLEL", 2)
    monkeypatch.setattr(batch_pdf, "CHUNK", 1)
    result = batch_pdf.render_month(billing, NOVEMBER, today=TODAY, folder=tmp_path / "out", workers=workers,
                                    progress=lambda done, total: done == 0)  # stop once something is done
    assert result.cancelled and 1 <= result.done < len(numbers)
    on_disk = sorted((tmp_path / "out").iterdir())
    assert sorted(result.files.values()) == on_disk  # no half file, no ".part" left
    assert all(len(PdfReader(path).pages) == 1 for path in on_disk)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_that_cannot_be_written_is_a_clear_error(billing: Engine, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path, workers: int) -> None:
    numbers = issue_november(billing)
    monkeypatch.setattr(batch_pdf, "MIN_PARALLEL", 2)
    (tmp_path / "out" / f"{numbers[2]}.pdf").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(DeskError, match=rf"cannot write .*{numbers[2]}\.pdf"):
        batch_pdf.render_month(billing, NOVEMBER, today=TODAY, folder=tmp_path / "out", workers=workers)


def test_a_folder_that_is_a_file_is_a_clear_error(billing: Engine, tmp_path: Path) -> None:
    issue_november(billing)
    (tmp_path / "taken").write_text("not a folder")
    with pytest.raises(DeskError, match=r"cannot write .*taken"):
        batch_pdf.render_month(billing, NOVEMBER, today=TODAY, folder=tmp_path / "taken")


@pytest.mark.parametrize(("invoices", "cores", "expected"), [(5, 2, 1), (59, 2, 1), (60, 2, 2), (300, 2, 2),
                                                              (300, 1, 1), (300, 16, 16), (70, 16, 9)])
def test_worker_count(invoices: int, cores: int, expected: int) -> None:
    assert batch_pdf.worker_count(invoices, cores) == expected
