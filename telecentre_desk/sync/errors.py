"""Why an export is refused whole: the file, the line when there is one, and the reason."""

from __future__ import annotations

from dataclasses import dataclass

from telecentre_desk.common.i18n import _


@dataclass(frozen=True, slots=True)
class Rejection:
    place: str
    file: str
    line: int | None
    reason: str

    def to_json(self) -> dict:
        return {"place": self.place, "file": self.file, "line": self.line, "reason": self.reason}

    def text(self) -> str:
        where = f"{self.place}/{self.file}:{self.line}" if self.line else f"{self.place}/{self.file}"
        return _("{where}: {reason}").format(where=where, reason=self.reason)


class ExportRejected(Exception):  # noqa: N818 - reads as what happened
    """Raised while reading or applying an export; nothing of that export is applied."""

    def __init__(self, rejection: Rejection, *, status: str = "rejected") -> None:
        super().__init__(rejection.text())
        self.rejection = rejection
        self.status = status  # rejected | untrusted | bad_signature: what `sync import --json` reports
