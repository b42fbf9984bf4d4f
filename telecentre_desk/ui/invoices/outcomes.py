"""What the screen says once a long job has ended: what was done, and what a Cancel left."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, QObject

from telecentre_desk.billing.month import Month
from telecentre_desk.ui.invoices import labels


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def span(numbers: list[str]) -> str:
    """``FLO-2026-0001 … FLO-2026-0040``, or the one number."""
    if not numbers:
        return ""
    return numbers[0] if len(numbers) == 1 else f"{numbers[0]} … {numbers[-1]}"


class InvoiceOutcomes(QObject):
    """A QObject only for its translation context."""

    def say(self, kind: str, result: Any) -> str:
        """``kind``: run, issue, folder, print_file or print; ``result`` what its job returned (jobs.py)."""
        if kind == "run":
            return self._run(result)
        if kind == "issue":
            return self._issue(result)
        if kind == "folder":
            if result.cancelled:
                return _fill(self.tr("Cancelled: %1 of %2 files written in %3"), len(result.files), result.total,
                             result.folder)
            return _fill(self.tr("%1 files written in %2"), len(result.files), result.folder)
        if kind == "print_file":
            if result.cancelled:
                return self.tr("Cancelled: the print file was not written.")
            return _fill(self.tr("%1 invoices saved to %2"), result.invoices, result.path)
        if result.cancelled:
            return _fill(self.tr("Printing cancelled after %1 of %2 pages."), result.pages, result.total)
        return _fill(self.tr("%1 pages sent to the printer."), result.pages)

    def _run(self, result: Any) -> str:
        name = labels.month_text(Month.parse(result.month).first)
        if result.cancelled:
            return _fill(self.tr("Run of %1 cancelled: nothing was changed."), name)
        text = _fill(self.tr("%1: %2 drafts; %3 issued invoices left as they were."), name, result.drafted,
                     result.issued_untouched)
        notices = [self.notice(n) for n in getattr(result, "notices", [])]
        if notices:
            more = len(notices) - 3
            text += " " + _fill(self.tr("Warnings: %1"), "; ".join(notices[:3]))
            if more > 0:
                text += " " + _fill(self.tr("(and %1 more)"), more)
        return text

    def notice(self, notice: dict) -> str:
        """One warning of the month's run in the host's language, with the member's name and local numbers."""
        quantity = QLocale().toString(float(Decimal(notice["quantity"])), "g", 6)
        if notice["kind"] == "overuse_days":
            text = self.tr("%1: %2 day(s) beyond the carnet not billed (no day pass on sale)")
        elif notice["kind"] == "room_hours":
            text = self.tr("%1: %2 h of room bookings not billed (no room-hour plan on sale)")
        else:
            text = self.tr("%1: %2 network day(s) at %3 not billed (that place has no network day rate)")
        return _fill(text, notice["member"], quantity, notice.get("place", ""))

    def _issue(self, result: Any) -> str:
        if result.cancelled:
            return _fill(self.tr("Cancelled: %1 of %2 invoices issued (%3); %4 still drafts."), result.done,
                         result.total, span(result.numbers) or "—", result.total - result.done)
        if result.done == 1:
            return _fill(self.tr("Invoice %1 issued."), result.numbers[0])
        return _fill(self.tr("%1 invoices issued: %2."), result.done, span(result.numbers))
