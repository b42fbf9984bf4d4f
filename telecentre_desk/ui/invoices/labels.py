"""How invoices read on screen: translated statuses and their colours, payment methods, amounts, periods.

Amounts are built from integer cents with the window's locale separators (``1 234,56 €`` in French),
never through a float. Printed documents keep their own French formats (billing/pdf.py).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

_CONTEXT = "InvoiceLabels"

CREDIT_NOTE = "credit_note"  # shown as a status of its own: a credit note is never "paid"
STATUSES = ("draft", "issued", "overdue", "paid", CREDIT_NOTE)  # the filter's order, and the sort's

_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("InvoiceLabels", "Draft"),
    "issued": QT_TRANSLATE_NOOP("InvoiceLabels", "Issued"),
    "paid": QT_TRANSLATE_NOOP("InvoiceLabels", "Paid"),
    "overdue": QT_TRANSLATE_NOOP("InvoiceLabels", "Overdue"),
    CREDIT_NOTE: QT_TRANSLATE_NOOP("InvoiceLabels", "Credit note"),
}
# Dark enough to read on white and on the alternate row colour; the dot repeats it for colour-blind eyes.
STATUS_COLOURS = {
    "draft": "#6b7280",
    "issued": "#1d4ed8",
    "paid": "#15803d",
    "overdue": "#b91c1c",
    CREDIT_NOTE: "#7e22ce",
}
_METHODS = {
    "transfer": QT_TRANSLATE_NOOP("InvoiceLabels", "Bank transfer"),
    "cheque": QT_TRANSLATE_NOOP("InvoiceLabels", "Cheque"),
    "card": QT_TRANSLATE_NOOP("InvoiceLabels", "Card"),
    "cash": QT_TRANSLATE_NOOP("InvoiceLabels", "Cash"),
    "debit": QT_TRANSLATE_NOOP("InvoiceLabels", "Direct debit"),
}


def status_label(code: str) -> str:
    source = _STATUS_LABELS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def method_label(code: str) -> str:
    source = _METHODS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def methods() -> list[tuple[str, str]]:
    """(code, label) of the payment methods, the most common first."""
    return [(code, method_label(code)) for code in _METHODS]


def draft_label() -> str:
    """What the number column says for a draft (it has no number until issued)."""
    return QCoreApplication.translate("InvoiceLabels", "draft")


@cache
def status_icon(code: str) -> QIcon:
    """A dot of the status colour (drawn once per status)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLOURS.get(code, "#6b7280")))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def money_text(cents: int, locale: QLocale | None = None) -> str:
    """Cents in the locale's currency format, from integers only: ``1 234,56 €``, ``€1,234.56``."""
    locale = locale or QLocale()
    euros, rest = divmod(abs(cents), 100)
    number = f"{locale.toString(euros)}{locale.decimalPoint()}{rest:02d}"
    # The locale's pattern around a bare number tells where the symbol goes and with which space.
    pattern = locale.toCurrencyString(1, "€")
    text = pattern.replace("1", number, 1) if "1" in pattern else f"{number}\u00a0€"
    return f"-{text}" if cents < 0 else text


def date_text(iso: str | dt.date | None, locale: QLocale | None = None) -> str:
    if not iso:
        return ""
    day = iso if isinstance(iso, dt.date) else dt.date.fromisoformat(iso)
    return (locale or QLocale()).toString(day, QLocale.FormatType.ShortFormat)


def month_text(first: dt.date, locale: QLocale | None = None) -> str:
    """``novembre 2026``: a month in the window's language."""
    return (locale or QLocale()).toString(first, "MMMM yyyy")


def period_text(start: str | None, end: str | None, locale: QLocale | None = None) -> str:
    """A whole month by its name, anything else as a range of dates."""
    if not start:
        return ""
    first = dt.date.fromisoformat(start)
    last = dt.date.fromisoformat(end) if end else first
    next_month = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if first.day == 1 and last == next_month - dt.timedelta(days=1):
        return month_text(first, locale)
    return f"{date_text(first, locale)} – {date_text(last, locale)}"
