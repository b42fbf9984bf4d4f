"""Show a service's ValidationError next to the field it names, in any form dialog."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from telecentre_desk.common.errors import ConflictError, DeskError, NotFoundError, ValidationError

# Red enough to be seen, dark enough to be read on a light background.
_ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped label for an error message."""
    label = QLabel(parent)
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def sentence(text: str) -> str:
    """A message as the window shows it: starting with a capital (the core writes them in lower case, as
    the CLI prints them after "telecentre-desk: error: "); one starting with a file name or a code is kept."""
    first = text.split(None, 1)[0] if text.strip() else ""
    if not first[:1].isalpha() or any(c in first for c in "./\\_0123456789"):
        return text
    return text[:1].upper() + text[1:]


def message_for(error: DeskError) -> str:
    """The message without its ``field:`` prefix, which the field's place already tells, as a sentence."""
    if isinstance(error, ValidationError) and error.field:
        # English writes "siren: …", French "siren : …" with a no-break space before the colon.
        prefix = re.match(rf"{re.escape(error.field)}[ \u00a0\u202f]?: ", error.message)
        return sentence(error.message[prefix.end():] if prefix else error.message)
    return sentence(error.message)


class FormErrors:
    """Knows each field's editor and error label; shows one error at a time."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def field_row(self, name: str, editor: QWidget) -> QWidget:
        """The editor with its error label under it, to put in a form layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        label = error_label(box)
        label.setObjectName(f"error_{name}")
        layout.addWidget(label)
        self._fields[name] = (editor, label)
        return box

    def alias(self, name: str, existing: str) -> None:
        """Show errors about ``name`` at the field ``existing`` (e.g. ``start`` under the plan)."""
        self._fields[name] = self._fields[existing]

    def error_text(self, name: str) -> str:
        """The error shown under a field, empty when none (for tests and accessibility)."""
        _, label = self._fields[name]
        return "" if label.isHidden() else label.text()

    def clear(self) -> None:
        for _, label in self._fields.values():
            label.clear()
            label.setVisible(False)
        self._general.clear()
        self._general.setVisible(False)

    def show(self, error: DeskError) -> bool:
        """Display ``error`` in the form; False when it is not about the form (a database failure)."""
        self.clear()
        if isinstance(error, ValidationError) and error.field in self._fields:
            editor, label = self._fields[error.field]
            label.setText(message_for(error))
            label.setVisible(True)
            editor.setFocus()
            grow_to_fit(label)
            return True
        if isinstance(error, ValidationError | ConflictError | NotFoundError):
            self._general.setText(message_for(error))
            self._general.setVisible(True)
            grow_to_fit(self._general)
            return True
        return False


def grow_to_fit(shown: QWidget) -> None:
    """Make the window of a message just shown tall enough for every line of it (issue 15: a SIRET error cut
    after its first line). The width stays as the host left it; the height never shrinks."""
    window = shown.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalSizeHint().height())
    if window.height() < need:
        window.resize(window.width(), need)
