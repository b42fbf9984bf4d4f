"""Print an invoice's PDF through the system's print dialog (Qt renders each page; no PDF viewer needed).

``ask_printer`` is the one question to the host, in a function of its own so that tests can patch it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from telecentre_desk.common.errors import DeskError

RENDER_DPI = 200  # sharp text on paper, a few MB of image per A4 page at most


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; None when the host cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_pdf(printer: QPrinter, data: bytes) -> int:
    """Paint each page of the PDF ``data`` on ``printer``; returns the number of pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise DeskError(QCoreApplication.translate("SalePrint", "The invoice could not be prepared for printing."))
    painter = QPainter()
    if not painter.begin(printer):
        raise DeskError(QCoreApplication.translate("SalePrint", "The printer cannot be used (is it connected?)."))
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72))
            image = document.render(page, pixels)
            area = painter.viewport()
            scale = min(area.width() / pixels.width(), area.height() / pixels.height())
            target = QRect(area.x(), area.y(), round(pixels.width() * scale), round(pixels.height() * scale))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()
