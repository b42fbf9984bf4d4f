"""The data model's enums, still importable from here; they live in ``common.enums`` so the window can use them
without importing ``telecentre_desk.db``. New code imports ``telecentre_desk.common.enums``."""

from __future__ import annotations

from telecentre_desk.common.enums import *  # noqa: F403
from telecentre_desk.common.enums import __all__  # noqa: F401
