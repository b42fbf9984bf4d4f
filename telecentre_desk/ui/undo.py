"""The window's one undo mechanism (issue 15: "undo where a host makes mistakes").

Each screen with undo holds a ``QUndoStack`` (its Undo action on Ctrl+Z while the screen has the focus).
An action is saved first, as one unit of work through the Store; then a :class:`DoneCommand` is pushed,
which knows how to put the data back (undo) and how to do the action again (redo), each one more normal,
audited write. A step the database refuses (someone took the slot meanwhile) is said by the Store, and
the command leaves the stack, so that the host is never offered to undo what cannot be undone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

# Runs one step (a write through the Store) and says whether it was saved.
Step = Callable[[], bool]


class DoneCommand(QUndoCommand):
    """An action already saved when pushed: the first ``redo()`` (QUndoStack.push calls it) does nothing."""

    def __init__(self, text: str, undo: Step, redo: Step) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        if not self._redo():
            self.setObsolete(True)  # the stack drops it

    def undo(self) -> None:
        if not self._undo():
            self.setObsolete(True)
