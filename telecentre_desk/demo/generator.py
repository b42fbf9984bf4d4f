"""Placeholder: the demo generator is being written (see the foundation issue)."""

from __future__ import annotations

from telecentre_desk.common.errors import DeskError


def generate_demo(session, *, members: int = 40, months: int = 6, seed: int = 2026):
    raise DeskError("the demo generator is not written yet")
