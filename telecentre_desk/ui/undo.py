"""The window's one undo mechanism (issue 15: "undo where a host makes mistakes").

Each screen with undo holds a ``QUndoStack`` (its Undo action on Ctrl+Z while the screen has the focus).
An action is saved first, as one unit of work through the Store; then a :class:`DoneCommand` is pushed,
which knows how to put the data back (undo) and how to do the action again (redo), each one more normal,
audited write. A step the database refuses (someone took the slot meanwhile) is said by the Store, and
the command leaves the stack, so that the host is never offered to undo what cannot be undone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

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


def _as_object(text: str) -> str:
    """A command's text ("Cancellation of …", a sentence of its own in the status bar) as the object of a verb."""
    return text[:1].lower() + text[1:]


class UndoActions(QObject):
    """A screen's Undo and Redo actions over its stack, worded as one sentence in each language.

    Qt's own actions glue a prefix to the command's text ("Annuler Annulation de …", beside the screen's
    "Annuler la réservation"); ours read « Défaire : annulation de … » / "Undo cancellation of …". The toolbar
    shows the short verb (iconText), the tooltip and menus the whole sentence. The actions live on ``screen``
    with a widget-with-children shortcut, so Ctrl+Z undoes on the screen that has the focus.
    """

    def __init__(self, stack: QUndoStack, screen: QWidget) -> None:
        super().__init__(screen)
        self._stack = stack
        self.undo_action = QAction(screen)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(screen)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            screen.addAction(action)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged,
                       stack.redoTextChanged):
            signal.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        if not (isValid(self._stack) and isValid(self.undo_action) and isValid(self.redo_action)):
            return  # the screen is being destroyed: its stack says it is empty, nobody reads the labels any more
        self._word(self.undo_action, self._stack.canUndo(), self._stack.undoText(), self.tr("Undo"),
                   self.tr("Undo %1"))
        self._word(self.redo_action, self._stack.canRedo(), self._stack.redoText(), self.tr("Redo"),
                   self.tr("Redo %1"))

    @staticmethod
    def _word(action: QAction, enabled: bool, text: str, verb: str, sentence: str) -> None:
        action.setEnabled(enabled)
        whole = sentence.replace("%1", _as_object(text)) if enabled and text else verb
        action.setText(whole)
        action.setIconText(verb)
        action.setToolTip(whole)
