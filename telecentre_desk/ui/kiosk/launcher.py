"""Enter kiosk mode from the main window: a PIN must exist first, then the kiosk takes the screen.

The kiosk has its own FrontDesk (its own connection), closed when the host leaves kiosk mode; the
main window is hidden meanwhile, so that nobody at the counter can switch to it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QWidget

from telecentre_desk.common.errors import DeskError
from telecentre_desk.desk import kiosk
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.ui import dialogs, sound
from telecentre_desk.ui.kiosk import pin_dialog
from telecentre_desk.ui.kiosk.window import KioskWindow
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import Store

logger = logging.getLogger(__name__)


def ensure_pin(store: Store, place_id: int, *, parent: QWidget | None) -> bool:
    """True when the host's PIN is set, after offering to choose one when it is not."""
    has_pin = store.query(lambda session: kiosk.has_pin(session.connection(), place_id), parent_widget=parent)
    if has_pin is None:
        return False
    if has_pin:
        return True
    text = QCoreApplication.translate("KioskLauncher", "Kiosk mode can only be left with the host's PIN, and none "
                                      "is set yet. Choose it now; keep it for the hosts.")
    pin = pin_dialog.choose_pin(parent, text)
    if pin is None:
        return False
    return store.run(lambda session: kiosk.set_pin(session.connection(), place_id, pin), parent_widget=parent,
                     changes=OpChanges(settings=True)).ok


def open_kiosk(*, store: Store, settings_store: QSettings, main_window: QWidget | None) -> KioskWindow | None:
    """Start kiosk mode (None when the host cancelled or the database failed); ``main_window`` comes back after."""
    try:
        desk = FrontDesk(store.engine)
    except DeskError as exc:
        dialogs.show_error(main_window, QCoreApplication.translate("KioskLauncher", "Cannot start kiosk mode"),
                           exc.message)
        return None
    if not ensure_pin(store, desk.context.place_id, parent=main_window):
        desk.close()
        return None
    sounds = sound.Sounds(enabled=sound.ENABLED.read(settings_store))
    window = KioskWindow(store=store, desk=desk, settings_store=settings_store, sounds=sounds)
    sounds.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.left_kiosk.connect(desk.close)
    if main_window is not None:
        window.left_kiosk.connect(main_window.show)
        main_window.hide()
    logger.info("kiosk mode started")
    window.start()
    return window
