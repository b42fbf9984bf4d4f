"""Find a member by name as the host types (forgotten badge, guest's inviter), accents or not."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from telecentre_desk.common.text import fold
from telecentre_desk.members.info import MemberInfo


def entry_text(member: MemberInfo) -> str:
    return f"{member.first_name} {member.last_name} — {member.display_number}"


class MemberSearch(QLineEdit):
    """A line edit with completion over members; ``member_chosen`` carries the uid on Enter."""

    member_chosen = Signal(str)
    not_found = Signal(str)  # the text matched nobody, or several members

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._uids: dict[str, str] = {}
        self._entries = QStringListModel(self)
        completer = QCompleter(self._entries, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.returnPressed.connect(self._on_return_pressed)

    def set_members(self, members: Sequence[MemberInfo]) -> None:
        self._uids = {entry_text(m): m.id for m in members}
        self._entries.setStringList(sorted(self._uids, key=fold))

    def chosen_uid(self) -> str | None:
        """The member named by the text: a completion picked, or the one member the words match."""
        text = self.text().strip()
        if text in self._uids:
            return self._uids[text]
        words = fold(text).split()
        if not words:
            return None
        matches = [uid for entry, uid in self._uids.items() if all(w in fold(entry) for w in words)]
        return matches[0] if len(matches) == 1 else None

    def choose(self) -> None:
        """Emit the member named by the text, or ``not_found``."""
        uid = self.chosen_uid()
        if uid is None:
            if self.text().strip():
                self.not_found.emit(self.text().strip())
            return
        self.clear()
        self.member_chosen.emit(uid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter picks a name, never more: QLineEdit leaves the key to its dialog, whose default button
            # (Book, OK) would then save at once (issue 15).
            event.accept()

    @Slot()
    def _on_return_pressed(self) -> None:
        self.choose()
