"""Print a PDF through the system's printer: each page rendered by QtPdf (PDFium) and painted on a QPrinter.

The same PDF the accountant gets is what the printer receives, so paper and file never differ.
Qt allows a QPainter on a QPrinter and a QImage outside the GUI thread, so this runs on the
window's background runner (ui/operations/); a stop between two pages aborts the print job (nothing
half-sent stays queued).
Pages are rendered at the printer's resolution up to 300 dpi (a 1200-dpi A4 image would take
half a gigabyte) and fitted to the printable page, keeping their proportions (A4 on Letter).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from telecentre_desk.common.errors import DeskError

MAX_DPI = 300
POINTS_PER_INCH = 72

Progress = Callable[[int, int], bool]  # (pages done, pages) -> keep going?


@dataclass(frozen=True, slots=True)
class Printed:
    pages: int  # painted and sent
    total: int
    cancelled: bool


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvoicePrinting", text)


# Marked for lupdate here, translated by _tr when raised.
_UNREADABLE = QT_TRANSLATE_NOOP("InvoicePrinting", "The document to print cannot be read.")
_NO_PAGES = QT_TRANSLATE_NOOP("InvoicePrinting", "The pages asked for are not in the document.")
_NO_PRINTER = QT_TRANSLATE_NOOP("InvoicePrinting", "The printer cannot be used (is it switched on and set up?).")


def _pages(printer: QPrinter, count: int) -> list[int]:
    """The pages asked for in the print dialog ("pages 2 to 3"), all by default; 0-based."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() == QPrinter.PrintRange.PageRange and first > 0:
        return list(range(first - 1, min(last or count, count)))
    return list(range(count))


def print_pdf(data: bytes, printer: QPrinter, *, progress: Progress | None = None) -> Printed:
    """Paint every page of the PDF ``data`` on ``printer`` (a printer, or a file in PdfFormat)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise DeskError(_tr(_UNREADABLE))
    pages = _pages(printer, document.pageCount())
    total = len(pages)
    if not total:
        raise DeskError(_tr(_NO_PAGES))
    printer.setFullPage(True)
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "Télécentre Desk")
    painter = QPainter()
    if not painter.begin(printer):
        raise DeskError(_tr(_NO_PRINTER))
    dpi = min(printer.resolution(), MAX_DPI)
    try:
        for done, page in enumerate(pages):
            if progress is not None and not progress(done, total):
                printer.abort()
                return Printed(done, total, cancelled=True)
            if done:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / POINTS_PER_INCH),
                                                round(points.height() * dpi / POINTS_PER_INCH)))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                                     width, height), image)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        buffer.close()
    if progress is not None:
        progress(total, total)
    return Printed(total, total, cancelled=False)
