"""A screen's reload on the change sets that touch what it reads (Anki's ``op_did_execute`` filters).

``ChangeWatch(store, screen, reads, reload)`` calls ``reload(changes)`` when ``Store.changed`` carries a
change set touching one of ``reads`` (``OpChanges`` flag names): at once when the screen is on show, else
once, at its next show, with every change gathered while it was hidden. A hidden screen therefore reads
nothing for a month's run or a sync it will maybe never be shown after, and a change it does not read
(an invoice run for the floor plan) costs it nothing at all.

A screen that reads everything again at each show anyway (the presence it reads also changes by scans,
which do not pass through the Store) says ``reloads_on_show=True``: the watch then only forgets what was
gathered, so the screen is read once, not twice.

The watch is the screen's child and holds neither the screen nor ``reload`` strongly (a weak method): a
screen nobody keeps is freed as before, with its dialogs.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QWidget

from telecentre_desk.ui.operations.changes import OpChanges

if TYPE_CHECKING:
    from telecentre_desk.ui.store import Store


class ChangeWatch(QObject):
    def __init__(self, store: Store, screen: QWidget, reads: tuple[str, ...],
                 reload: Callable[[OpChanges], object], *, reloads_on_show: bool = False) -> None:
        super().__init__(screen)  # goes with the screen: no call into a deleted widget
        unknown = set(reads) - set(OpChanges.__dataclass_fields__)
        if unknown or not reads:
            raise ValueError(f"unknown change flags: {sorted(unknown)}")
        self.reads = reads
        self._reload = weakref.WeakMethod(reload)  # a bound method of the screen
        self._reloads_on_show = reloads_on_show
        self.pending = OpChanges()  # gathered while hidden
        store.changed.connect(self._on_store_changed)
        screen.installEventFilter(self)

    @Slot(object)
    def _on_store_changed(self, changes: OpChanges) -> None:
        if not changes.touches(*self.reads):
            return
        screen, reload = self.parent(), self._reload()
        if not isinstance(screen, QWidget) or reload is None:
            return
        if screen.isVisible():
            reload(changes)
        else:
            self.pending = self.pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parent() and self.pending.any:
            pending, self.pending = self.pending, OpChanges()
            reload = self._reload()
            if not self._reloads_on_show and reload is not None:
                reload(pending)
        return False
