"""Remembered UI state in QSettings, through one typed registry (Picard's ``Option``, BeeRef's ``FIELDS``).

Business rules (prices, VAT, opening hours) live in the database, not here: they travel with backups.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One remembered value: its key, its default, its type and an optional check."""

    key: str
    default: T
    type: type
    validator: Callable[[Any], bool] | None = None

    def read(self, settings: QSettings) -> T:
        """The stored value, or the default when it is missing, of the wrong type or refused."""
        try:
            value = settings.value(self.key, self.default, type=self.type)
        except (TypeError, ValueError):
            value = None
        if not isinstance(value, self.type) or (self.validator is not None and not self.validator(value)):
            logger.info("setting %s: ignoring the stored value %r", self.key, value)
            return self.default
        return value

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("main_window/geometry", QByteArray(), QByteArray)
LAST_SCREEN: Setting[str] = Setting("main_window/last_screen", "front_desk", str, validator=bool)
