"""Undo and redo of the host's drags on the plan (issue 15: "undo where a host makes mistakes").

A drag is saved when the mouse is let go (one unit of work); its command remembers where the rooms and desks
were before, so Ctrl+Z saves those places back, and Ctrl+Shift+Z the drag again (ui/undo.py, the window's
one undo mechanism). Each step is a normal, audited write through the Store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from telecentre_desk.spaces.info import DeskInfo, SpaceInfo
from telecentre_desk.ui.floorplan.scene import GeometryChange
from telecentre_desk.ui.undo import DoneCommand

Apply = Callable[[list[GeometryChange]], bool]


def placed_before(changes: Sequence[GeometryChange], spaces: Sequence[SpaceInfo],
                  desks: Sequence[DeskInfo]) -> list[GeometryChange] | None:
    """Where the changed rooms and desks were as last read; None when one was never placed (nothing to undo)."""
    rooms = {s.id: s for s in spaces}
    seats = {d.id: d for d in desks}
    before: list[GeometryChange] = []
    for change in changes:
        if change.kind == "room":
            room = rooms.get(change.uid)
            if room is None or None in (room.plan_x, room.plan_y, room.plan_w, room.plan_h):
                return None
            before.append(GeometryChange("room", room.id, room.plan_x, room.plan_y,  # type: ignore[arg-type]
                                         room.plan_w, room.plan_h))
        else:
            desk = seats.get(change.uid)
            if desk is None or desk.plan_x is None or desk.plan_y is None:
                return None
            before.append(GeometryChange("desk", desk.id, desk.plan_x, desk.plan_y))
    return before


class GeometryCommand(DoneCommand):
    """One drag already saved; undo puts back ``before``, redo saves ``after`` again."""

    def __init__(self, text: str, apply: Apply, before: list[GeometryChange], after: list[GeometryChange]) -> None:
        super().__init__(text, lambda: apply(before), lambda: apply(after))
