"""A refused change leaves nothing alive behind it: the error comes back without the frames that raised it."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QWidget

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.ui.store import Store


def test_a_refused_change_keeps_no_window_alive(qapp: object, store: Store) -> None:
    def refuse(_session: object) -> None:
        raise ValidationError("no", field="name")

    def act() -> weakref.ref:
        window = QWidget()  # a top-level window, as a screen or a dialog under test is
        result = store.run(refuse, parent_widget=window, on_failure=lambda _exc: True)
        assert result.error is not None and result.error.__traceback__ is None
        return weakref.ref(window)

    gc.disable()  # the window must go when its last reference does, not at the collector's next pass
    try:
        assert act()() is None
    finally:
        gc.enable()
