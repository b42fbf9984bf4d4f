"""The one line the host reads after a sync: "3 places read: 2 applied, 1 refused — 120 rows applied, 1 conflict"."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from telecentre_desk.sync.service import RunReport


class Level(StrEnum):
    OK = "ok"
    WARNING = "warning"  # conflicts: applied, but some rows were kept as they were here
    ERROR = "error"  # an export refused, or the sync could not run


class SummaryWriter(QObject):
    """A QObject only for ``tr`` with plurals (lupdate reads numerus forms from ``self.tr`` alone)."""

    def text(self, report: RunReport, *, cancelled: bool = False) -> tuple[str, Level]:
        imported = report.imported
        statuses = Counter(p.status for p in imported.places)
        rows = sum(p.applied for p in imported.places)
        conflicts = sum(p.conflicts for p in imported.places)
        waiting = sum(p.waiting for p in imported.places)
        if not imported.places:
            reading = self.tr("No other place has exported to this folder yet.")
        else:
            parts = [text for count, text in (
                (statuses["applied"], self.tr("%n applied", "", statuses["applied"])),
                (statuses["unchanged"], self.tr("%n unchanged", "", statuses["unchanged"])),
                (statuses["rejected"], self.tr("%n refused", "", statuses["rejected"])),
                (statuses["untrusted"], self.tr("%n refused: key not accepted", "", statuses["untrusted"])),
                (statuses["bad_signature"], self.tr("%n refused: forged or damaged signature", "",
                                                    statuses["bad_signature"])),
                (statuses["older"], self.tr("%n older, ignored", "", statuses["older"])),
                (statuses["no_export"], self.tr("%n without a complete export", "", statuses["no_export"])),
            ) if count]
            counts = [self.tr("%n row(s) applied", "", rows), self.tr("%n conflict(s)", "", conflicts)]
            if waiting:
                counts.append(self.tr("%n row(s) waiting for their members", "", waiting))
            reading = self.tr("%n place(s) read: %1 — %2.", "", len(imported.places)).replace(
                "%1", ", ".join(parts)).replace("%2", ", ".join(counts))
        writing = self.tr("This place's export %1 written (%n row(s)).", "", report.exported.rows).replace(
            "%1", str(report.exported.sequence))
        text = f"{reading} {writing}"
        if cancelled:
            text = self.tr("Stopped: the places not read yet will be read at the next sync.") + " " + text
        refused = statuses["rejected"] + statuses["untrusted"] + statuses["bad_signature"]
        level = Level.ERROR if refused else Level.WARNING if conflicts else Level.OK
        return text, level
