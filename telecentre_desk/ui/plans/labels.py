"""Translated labels for plan kinds."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from telecentre_desk.common.enums import PlanKind

_CONTEXT = "PlanLabels"

_KINDS: dict[str, str] = {
    PlanKind.MONTHLY.value: QT_TRANSLATE_NOOP("PlanLabels", "Monthly"),
    PlanKind.CARNET.value: QT_TRANSLATE_NOOP("PlanLabels", "Carnet of days"),
    PlanKind.DAY.value: QT_TRANSLATE_NOOP("PlanLabels", "Day pass"),
    PlanKind.HALFDAY.value: QT_TRANSLATE_NOOP("PlanLabels", "Half-day pass"),
    PlanKind.ROOM_HOUR.value: QT_TRANSLATE_NOOP("PlanLabels", "Meeting room (per hour)"),
    PlanKind.EXTRA.value: QT_TRANSLATE_NOOP("PlanLabels", "Extra"),
}


def kind_label(code: str) -> str:
    source = _KINDS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def kinds() -> list[tuple[str, str]]:
    """(code, label) of every plan kind."""
    return [(code, kind_label(code)) for code in _KINDS]
