"""How each desk state looks on the plan and in its legend: colours and translated words."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from telecentre_desk.spaces.state import DeskState

_CONTEXT = "FloorPlan"


@dataclass(frozen=True, slots=True)
class Look:
    fill: QColor
    border: QColor
    label: str  # source text, translated by state_label()


# Chosen to read apart for the common colour blindnesses too: green / blue / amber / grey, and the
# out-of-service desks are also hatched.
LOOKS: dict[DeskState, Look] = {
    DeskState.FREE: Look(QColor("#d9f2df"), QColor("#2e7d4f"), QT_TRANSLATE_NOOP("FloorPlan", "Free")),
    DeskState.OCCUPIED: Look(QColor("#cddffa"), QColor("#2456a4"), QT_TRANSLATE_NOOP("FloorPlan", "Occupied")),
    DeskState.BOOKED: Look(QColor("#fbe8b0"), QColor("#a87800"), QT_TRANSLATE_NOOP("FloorPlan", "Booked")),
    DeskState.OUT_OF_SERVICE: Look(QColor("#e3e3e3"), QColor("#7d7d7d"),
                                   QT_TRANSLATE_NOOP("FloorPlan", "Out of service")),
}

ROOM_FILL = QColor("#faf8f3")
ROOM_BORDER = QColor("#8b8f96")
ROOM_TEXT = QColor("#2b2f36")
DESK_TEXT = QColor("#1d232b")
DROP_OK = QColor("#2e7d4f")
DROP_REFUSED = QColor("#b3261e")

_KINDS = {
    "open_space": QT_TRANSLATE_NOOP("FloorPlan", "Open space"),
    "private_office": QT_TRANSLATE_NOOP("FloorPlan", "Private office"),
    "meeting_room": QT_TRANSLATE_NOOP("FloorPlan", "Meeting room"),
    "phone_box": QT_TRANSLATE_NOOP("FloorPlan", "Phone box"),
    "workshop": QT_TRANSLATE_NOOP("FloorPlan", "Workshop"),
}


def state_label(state: DeskState) -> str:
    return QCoreApplication.translate(_CONTEXT, LOOKS[state].label)


def kind_label(kind: str) -> str:
    """The room's kind in the host's language; an unknown code (from a newer place) as is."""
    source = _KINDS.get(kind)
    return QCoreApplication.translate(_CONTEXT, source) if source else kind


def kinds() -> list[tuple[str, str]]:
    """(code, label) of every room kind, in a sensible order for a choice list."""
    return [(code, kind_label(code)) for code in _KINDS]
