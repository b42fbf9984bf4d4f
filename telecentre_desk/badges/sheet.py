"""A4 sheets of credit-card badges, 2 x 5 a page, with cut marks: QR code, name, place, number.

The QR is drawn as vector squares (one path), so it prints sharp at any size and costs nothing;
modules are 0.9 mm, above the 0.5 mm minimum scanners need, with the 4-module quiet zone.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from telecentre_desk.badges.render import qr_matrix
from telecentre_desk.badges.service import IssuedBadge
from telecentre_desk.common import private_files
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _

CARD_W, CARD_H = 85.6 * mm, 54 * mm  # ISO/IEC 7810 ID-1, a bank card
COLUMNS, ROWS = 2, 5
MODULE = 0.9 * mm
MARK = 5 * mm  # length of a cut mark, in the page margin
ACCENT = Color(0.11, 0.37, 0.33)  # the desk's green


def _origin(index: int) -> tuple[float, float]:
    page_w, page_h = A4
    left = (page_w - COLUMNS * CARD_W) / 2
    top = page_h - (page_h - ROWS * CARD_H) / 2
    col, row = index % COLUMNS, index // COLUMNS
    return left + col * CARD_W, top - (row + 1) * CARD_H


def _cut_marks(canvas: Canvas) -> None:
    page_w, page_h = A4
    left, bottom = _origin(COLUMNS * ROWS - COLUMNS)
    right, top = left + COLUMNS * CARD_W, bottom + ROWS * CARD_H
    canvas.setLineWidth(0.3)
    canvas.setStrokeColor(black)
    for i in range(COLUMNS + 1):
        x = left + i * CARD_W
        canvas.line(x, top + 1 * mm, x, min(top + 1 * mm + MARK, page_h))
        canvas.line(x, bottom - 1 * mm, x, max(bottom - 1 * mm - MARK, 0))
    for j in range(ROWS + 1):
        y = bottom + j * CARD_H
        canvas.line(left - 1 * mm, y, max(left - 1 * mm - MARK, 0), y)
        canvas.line(right + 1 * mm, y, min(right + 1 * mm + MARK, page_w), y)


def _qr(canvas: Canvas, payload: str, x: float, y: float) -> float:
    matrix = qr_matrix(payload)
    size = len(matrix) * MODULE
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    path = canvas.beginPath()
    for r, line in enumerate(matrix):
        for c, dark in enumerate(line):
            if dark:
                path.rect(x + c * MODULE, y + size - (r + 1) * MODULE, MODULE, MODULE)
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
    return size


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> float:
    while size > 6 and canvas.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _card(canvas: Canvas, badge: IssuedBadge, x: float, y: float) -> None:
    band = 7 * mm
    canvas.setStrokeColor(Color(0.8, 0.8, 0.8))
    canvas.setLineWidth(0.25)
    canvas.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)  # a faint outline: cut on it or on the marks
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(x + 3 * mm, y + CARD_H - 4.8 * mm, badge.place_name[:48])
    body = CARD_H - band
    qr_side = len(qr_matrix(badge.payload)) * MODULE
    qr_size = _qr(canvas, badge.payload, x + 1.5 * mm, y + (body - qr_side) / 2)
    text_x = x + 1.5 * mm + qr_size + 1.5 * mm
    width = x + CARD_W - 2.5 * mm - text_x
    first, _space, last = badge.full_name.partition(" ")
    canvas.setFillColor(black)
    for text, font, base, drop in ((first, "Helvetica", 12, 10 * mm), (last, "Helvetica-Bold", 14, 17 * mm)):
        canvas.setFont(font, _fit(canvas, text, font, base, width))
        canvas.drawString(text_x, y + body - drop, text)
    canvas.setFont("Courier-Bold", 13)
    canvas.drawString(text_x, y + 12 * mm, badge.display_number)
    canvas.setFont("Helvetica", 6.5)
    canvas.setFillColor(Color(0.35, 0.35, 0.35))
    canvas.drawString(text_x, y + 6 * mm, f"Badge n° {badge.serial}")


def write_sheet(badges: Sequence[IssuedBadge], path: Path, *, title: str = "Badges") -> int:
    """Write the PDF; returns the number of pages."""
    if not badges:
        raise DeskError(_("no badge to print: no active member matches"))
    buffer = io.BytesIO()  # names and badge codes: written 0600 through common/private_files, never by reportlab
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Télécentre Desk")
    per_page = COLUMNS * ROWS
    pages = 0
    for start in range(0, len(badges), per_page):
        _cut_marks(canvas)
        for index, badge in enumerate(badges[start:start + per_page]):
            _card(canvas, badge, *_origin(index))
        canvas.showPage()
        pages += 1
    canvas.save()
    private_files.save(path, buffer.getvalue())
    return pages
