"""Every control a screen reader reaches has a name (RGAA 4 / WCAG 2.1 "name, role, value").

Qt names a button by its text and a field by the QLabel whose buddy it is. Fields wrapped by
``FormErrors.field_row`` lose that link (the buddy is the wrapper), icon-only buttons have no text, tables
no label: :func:`name_controls` gives each unnamed control the name a sighted host reads next to it (its form
label, its tooltip, its placeholder, its group's title). :class:`AccessibleNames` does it for every window
when it first takes the focus (and ``LazyPage`` for the screens built later), so a new dialog needs nothing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
_TAGS = re.compile(r"<[^>]+>")


def is_interactive(widget: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    # The line edit inside a combo box or a spin box is named through its owner.
    parent = widget.parentWidget()
    return not (isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox))


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def _clean(text: str) -> str:
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":*\u00a0 ").strip()


def _label_for(widget: QWidget, root: QWidget, buddies: dict[int, str]) -> str:
    current: QWidget | None = widget
    while current is not None and current is not root.parentWidget():
        text = buddies.get(id(current))
        if text:
            return text
        if isinstance(current, QGroupBox) and current.title():
            return _clean(current.title())
        current = current.parentWidget()
    return ""


def name_controls(root: QWidget) -> int:
    """Name every unnamed interactive control under ``root``; returns how many were named."""
    buddies = {id(label.buddy()): _clean(label.text()) for label in root.findChildren(QLabel)
               if label.buddy() is not None}
    named = 0
    for widget in root.findChildren(QWidget):
        if not is_interactive(widget) or widget.accessibleName() or accessible_name(widget):
            continue
        name = (_label_for(widget, root, buddies) or _clean(widget.toolTip())
                or (_clean(widget.placeholderText()) if isinstance(widget, QLineEdit) else ""))
        if not name and isinstance(widget, QAbstractItemView):
            tabs = widget.parentWidget()
            while tabs is not None and not isinstance(tabs, QTabWidget):
                tabs = tabs.parentWidget()
            name = _clean(root.window().windowTitle()) if tabs is None else ""
        if not name and isinstance(widget, QDateTimeEdit):
            name = QCoreApplication.translate("Accessibility", "Date")  # a date picker with no label of its own
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible interactive controls a screen reader could not name (for the test walking every screen)."""
    return [f"{type(w).__name__} {w.objectName() or ''} in {type(w.window()).__name__}".strip()
            for w in root.findChildren(QWidget)
            if w.isVisible() and is_interactive(w) and not (w.accessibleName() or accessible_name(w))]


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


HELP_TEXT = QColor("#595959")  # 7:1 on white: help texts stay readable (WCAG AA asks 4.5:1)


def make_help_text(label: QLabel) -> None:
    """A quieter label (small print, a definition) that still reads at 4.5:1 or more, unlike a disabled one."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), HELP_TEXT)
    label.setPalette(palette)


def readable_hints(root: QWidget) -> None:
    """Hints written as disabled labels ("Double-click an entry…") read at 3:1 or less in the Fusion palette:
    make them help texts instead (WCAG 1.4.3 exempts disabled controls, not the words a host must read)."""
    for label in root.findChildren(QLabel):
        if label.text() and label.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled):  # setEnabled(False) on it
            label.setEnabled(True)
            make_help_text(label)


_FOCUS_FRAME = "QAbstractItemView { border: 2px solid palette(highlight); }"
_NAMED = "_accessible_names_done"


class AccessibleNames(QObject):
    """Follows the application's focus (two signals, no event filter on the hot scan path):

    - a window that takes the focus for the first time gets its controls named (:func:`name_controls`);
    - a list or table with the keyboard focus shows a frame, as buttons and fields do: with no current row
      an item view shows nothing at all, and a Tab stop must always be seen (WCAG 2.4.7).
    """

    @staticmethod
    def on_focus_window_changed(window: object) -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is window and not widget.property(_NAMED):
                widget.setProperty(_NAMED, True)
                name_controls(widget)

    @staticmethod
    def on_focus_changed(old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(old, QAbstractItemView) and old.property(_NAMED + "_frame"):
            old.setProperty(_NAMED + "_frame", False)
            old.setStyleSheet(old.styleSheet().replace(_FOCUS_FRAME, ""))
        if isinstance(now, QAbstractItemView) and _FOCUS_FRAME not in now.styleSheet():
            now.setProperty(_NAMED + "_frame", True)
            now.setStyleSheet(now.styleSheet() + _FOCUS_FRAME)


_installed: list[AccessibleNames] = []


def install_accessible_names() -> None:
    """Name the controls of every window of the application from now on (once per application)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication) and not _installed:
        names = AccessibleNames(app)
        _installed.append(names)
        app.focusWindowChanged.connect(names.on_focus_window_changed)
        app.focusChanged.connect(names.on_focus_changed)
