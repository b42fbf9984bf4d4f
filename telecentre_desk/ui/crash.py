"""The excepthook and the Qt message handler: bugs are logged and shown, Qt's messages go to logging."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QApplication, QWidget

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log
from telecentre_desk.ui import dialogs

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("qt")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Harmless messages of the offscreen platform (tests, benchmarks): not worth a warning.
_NOISE = ("This plugin does not support propagateSizeHints",)


def forward_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """A ``qInstallMessageHandler`` handler: Qt's warnings end up in our log file."""
    level = logging.DEBUG if message.startswith(_NOISE) else _LEVELS.get(mode, logging.WARNING)
    qt_logger.log(level, "%s", message)


class CrashHandler:
    """A ``sys.excepthook``: log the traceback, then show a dialog naming the log folder."""

    def __init__(self, log_dir: Path) -> None:
        self._log_dir = log_dir
        self._showing = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        if isinstance(exc, DeskError):
            # An expected error that escaped the Store: show it plainly, it is not a bug.
            logger.warning("unhandled expected error: %s", error_for_log(exc))
            title = QCoreApplication.translate("CrashHandler", "Not done")
            self._show(dialogs.show_error, title, exc.message)
            return
        logger.critical("unexpected error", exc_info=(exc_type, exc, tb))
        text = QCoreApplication.translate(
            "CrashHandler",
            "Something unexpected happened and the last action may not have been completed.\n\n"
            "The details were written to the log folder:\n%1\n\n"
            "Please send the latest log file to whoever maintains this desk.")
        title = QCoreApplication.translate("CrashHandler", "Unexpected error")
        self._show(dialogs.show_crash, title, text.replace("%1", str(self._log_dir)))

    def _show(self, show: Callable[[QWidget | None, str, str], None], title: str, text: str) -> None:
        # An error raised while the dialog is up must not stack dialogs forever.
        if self._showing or not isinstance(QCoreApplication.instance(), QApplication):
            return
        self._showing = True
        try:
            show(None, title, text)
        finally:
            self._showing = False


def install_excepthook(log_dir: Path) -> ExceptHook:
    """Install the crash handler; return the previous hook so the caller can restore it."""
    previous = sys.excepthook
    sys.excepthook = CrashHandler(log_dir)
    return previous
