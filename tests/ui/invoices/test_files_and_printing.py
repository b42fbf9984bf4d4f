"""Files and paper from the Invoices screen: one PDF, Factur-X, the journal, the print file, a folder, the printer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import facturx
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.billing import printing
from telecentre_desk.billing.document import load_document
from telecentre_desk.billing.month import Month
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.invoices import prompts
from telecentre_desk.ui.invoices.screen import InvoicesScreen

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def september(screen: InvoicesScreen) -> InvoicesScreen:
    screen.month_filter.set_month(Month(2026, 9))
    return screen


def wait_idle(qtbot: QtBot, screen: InvoicesScreen) -> None:
    qtbot.waitUntil(lambda: not screen.invoice_actions.busy, timeout=30_000)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    titles: list[str] = []

    def chosen(_parent, title: str, _suggested: Path, _filter: str) -> Path:
        titles.append(title)
        return path

    monkeypatch.setattr(file_prompts, "save_file", chosen)
    return titles


def pages_of(engine: Engine, numbers: list[str]) -> int:
    """The pages of those documents merged, counted from the core's own file (not the screen's path)."""
    with unit_of_work(engine) as session:
        docs = [load_document(dbapi(session), n, today=TODAY) for n in numbers]
    import io

    return len(PdfReader(io.BytesIO(printing.render_merged(docs))).pages)


def test_printing_the_selection_through_the_print_dialog_to_a_pdf_file(
        qtbot: QtBot, september: InvoicesScreen, billed: Engine, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def print_dialog(_parent, printer: QPrinter) -> bool:
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(prompts, "choose_printer", print_dialog)
    september.table.selectAll()  # four invoices and a credit note
    september.invoice_actions.print_action.trigger()
    wait_idle(qtbot, september)
    expected = pages_of(billed, ["FLO-2026-0001", "FLO-2026-0002", "FLO-2026-0003", "FLO-2026-0004",
                                 "FLO-AV-2026-0001"])
    assert len(asked) == 1 and expected == 5
    assert len(PdfReader(out).pages) == expected
    assert september.outcome_label.text() == "5 pages sent to the printer."


def test_printing_a_page_range_and_a_cancelled_print_dialog(qtbot: QtBot, september: InvoicesScreen,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "choose_printer", lambda _parent, _printer: False)
    september.table.selectAll()
    september.invoice_actions.print_action.trigger()
    assert not september.invoice_actions.busy  # cancelled in the dialog: nothing starts
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    september.invoice_actions.print_selected(printer)
    wait_idle(qtbot, september)
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2


def test_saving_one_invoice_as_pdf_and_as_factur_x(qtbot: QtBot, september: InvoicesScreen, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    row = next(r for r in september.model.visible_rows() if r.number == "FLO-2026-0002")
    september.select_invoice(row.id)
    save_to(monkeypatch, tmp_path / "one.pdf")
    september.invoice_actions.save_pdf_action.trigger()
    assert "FLO-2026-0002" in PdfReader(tmp_path / "one.pdf").pages[0].extract_text()
    save_to(monkeypatch, tmp_path / "one-fx.pdf")
    september.invoice_actions.save_facturx_action.trigger()
    name, xml = facturx.get_xml_from_pdf((tmp_path / "one-fx.pdf").read_bytes(), check_xsd=True)
    assert name == "factur-x.xml" and b"<ram:GrandTotalAmount>216.00</ram:GrandTotalAmount>" in xml
    assert september.outcome_label.text() == f"Saved to {tmp_path / 'one-fx.pdf'}"


def test_a_draft_has_no_pdf(september: InvoicesScreen) -> None:
    september.month_filter.set_month(Month(2026, 11))
    september.select_invoice(september.model.visible_rows()[0].id)
    assert not september.invoice_actions.save_pdf_action.isEnabled()
    assert not september.invoice_actions.print_action.isEnabled()


def test_the_journal_and_the_print_file_of_the_month(qtbot: QtBot, september: InvoicesScreen, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # The journal lists what was issued in the month: October's issue dates (September's invoices).
    september.month_filter.set_month(Month(2026, 10))
    save_to(monkeypatch, tmp_path / "journal.csv")
    september.invoice_actions.journal_action.trigger()
    text = (tmp_path / "journal.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Date;Numéro;Type;Client")
    assert "01/10/2026;FLO-2026-0001;Facture;Marie Test" in text and "FLO-AV-2026-0001;Avoir" in text
    september.month_filter.set_month(Month(2026, 9))
    save_to(monkeypatch, tmp_path / "print.pdf")
    september.invoice_actions.print_file_action.trigger()
    wait_idle(qtbot, september)
    reader = PdfReader(tmp_path / "print.pdf")
    assert len(reader.pages) == 4  # the four invoices; the print file leaves credit notes out
    assert september.outcome_label.text() == f"4 invoices saved to {tmp_path / 'print.pdf'}"


def test_exporting_the_month_into_a_folder(qtbot: QtBot, september: InvoicesScreen, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, recorded_dialogs) -> None:
    folder = tmp_path / "factures"
    monkeypatch.setattr(prompts, "choose_folder", lambda _parent, _title, _suggested: folder)
    september.invoice_actions.folder_action.trigger()
    wait_idle(qtbot, september)
    assert sorted(p.name for p in folder.iterdir()) == [
        "FLO-2026-0001.pdf", "FLO-2026-0002.pdf", "FLO-2026-0003.pdf", "FLO-2026-0004.pdf", "FLO-AV-2026-0001.pdf"]
    assert september.outcome_label.text() == f"5 files written in {folder}"
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(prompts, "choose_folder", lambda _parent, _title, _suggested: blocked)
    september.invoice_actions.folder_facturx_action.trigger()
    wait_idle(qtbot, september)
    assert recorded_dialogs.errors == [("Not done", f"{blocked} is a file, not a folder")]


def test_the_months_list_opens_in_french_excel(qtbot: QtBot, september: InvoicesScreen, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    save_to(monkeypatch, tmp_path / "factures.csv")
    september.invoice_actions.list_action.trigger()
    raw = (tmp_path / "factures.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # BOM and CRLF: French Excel by double click
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Numéro;Type;Statut;Date;Échéance")
    assert any(line.startswith("FLO-2026-0001;Facture;") for line in lines)
    assert any(";Avoir;" in line and ";-" in line for line in lines)  # a credit note, negative
    assert september.outcome_label.text() == f"{len(lines) - 1} rows saved to {tmp_path / 'factures.csv'}"
