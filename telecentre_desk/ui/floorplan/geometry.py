"""Sizes on the plan and the automatic first layout: rooms in rows, desks on a grid inside each room.

Plain Python (no Qt) so the arithmetic is easy to test. Lengths are centimetres, the plan's unit;
a desk's position is its top-left corner from its room's top-left corner (spaces/layout.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from telecentre_desk.spaces.info import DeskInfo, SpaceInfo

DESK_W, DESK_H = 230.0, 120.0  # a desk and its chair, wide enough for a name on three lines of text
CELL_W, CELL_H = 260.0, 150.0  # a desk with the aisle around it
TITLE_H = 80.0  # the room's name band
MARGIN = 30.0
ROOM_GAP = 80.0
ROW_WIDTH = 2300.0  # rooms wrap to a new row past this width: the plan stays near a screen's proportions
MAX_COLUMNS = 5
EMPTY_ROOM = {"meeting_room": (520.0, 330.0), "phone_box": (380.0, 260.0)}
DEFAULT_EMPTY = (420.0, 300.0)


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def intersects(self, other: Rect) -> bool:
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)


def _columns(count: int) -> int:
    return max(1, min(count, MAX_COLUMNS, math.ceil(math.sqrt(count * 2))))


def room_size(kind: str, desks: int) -> tuple[float, float]:
    """A room just large enough for its desks on the grid (a meeting room without desks: a table's size)."""
    if desks == 0:
        return EMPTY_ROOM.get(kind, DEFAULT_EMPTY)
    columns = _columns(desks)
    rows = math.ceil(desks / columns)
    return max(DEFAULT_EMPTY[0], columns * CELL_W + MARGIN), TITLE_H + rows * CELL_H + MARGIN


def desk_cells(room: Rect) -> list[tuple[float, float]]:
    """Top-left corners of the grid's cells inside a room, row by row (relative to the room)."""
    columns = max(1, int((room.w - MARGIN) // CELL_W))
    rows = max(1, int((room.h - TITLE_H - MARGIN) // CELL_H))
    offset_x = (CELL_W - DESK_W) / 2 + MARGIN / 2
    offset_y = (CELL_H - DESK_H) / 2 + TITLE_H
    return [(offset_x + c * CELL_W, offset_y + r * CELL_H) for r in range(rows) for c in range(columns)]


def auto_layout(spaces: Sequence[SpaceInfo], desks: Sequence[DeskInfo]) -> tuple[dict[str, Rect],
                                                                                 dict[str, tuple[float, float]]]:
    """Geometry for the rooms and desks not drawn yet; drawn ones are never moved.

    Returns (room uid -> rect, desk uid -> position) for the missing ones only.
    """
    counts: dict[str, int] = {}
    for desk in desks:
        counts[desk.space_id] = counts.get(desk.space_id, 0) + 1
    drawn = {s.id: Rect(s.plan_x, s.plan_y, s.plan_w, s.plan_h) for s in spaces  # type: ignore[arg-type]
             if None not in (s.plan_x, s.plan_y, s.plan_w, s.plan_h)}
    new_rooms: dict[str, Rect] = {}
    # New rooms go in rows under whatever is drawn already.
    top = max((r.y + r.h for r in drawn.values()), default=-ROOM_GAP) + ROOM_GAP
    x = 0.0
    row_height = 0.0
    for space in spaces:
        if space.id in drawn:
            continue
        w, h = room_size(space.kind, counts.get(space.id, 0))
        if x > 0 and x + w > ROW_WIDTH:
            x, top, row_height = 0.0, top + row_height + ROOM_GAP, 0.0
        new_rooms[space.id] = Rect(x, top, w, h)
        x += w + ROOM_GAP
        row_height = max(row_height, h)
    rooms = {**drawn, **new_rooms}
    positions: dict[str, tuple[float, float]] = {}
    for space_id, room in rooms.items():
        inside = [d for d in desks if d.space_id == space_id]
        taken = [(d.plan_x, d.plan_y) for d in inside if d.plan_x is not None and d.plan_y is not None]
        for desk in inside:
            if desk.plan_x is None or desk.plan_y is None:
                positions[desk.id] = free_spot(room, taken)
                taken.append(positions[desk.id])
    return new_rooms, positions


def free_spot(room: Rect, taken: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The first grid cell of the room that no desk overlaps (relative to the room).

    A full room stacks the extra desk on its last cell: visible, and the host drags them apart.
    """
    cells = desk_cells(room)
    busy = [Rect(x, y, DESK_W, DESK_H) for x, y in taken]
    return next((c for c in cells if not any(Rect(*c, DESK_W, DESK_H).intersects(b) for b in busy)), cells[-1])


def spot_for_new_desk(room: Rect, taken: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], Rect]:
    """A free cell for one more desk, and the room grown (a column, else a row) when none is left.

    Unlike :func:`free_spot` a new desk is never stacked on another (issue 15): the room gets bigger instead.
    """
    busy = [Rect(x, y, DESK_W, DESK_H) for x, y in taken]
    for _ in range(len(taken) + 2):  # each round adds at least one cell; enough rounds for every desk
        for cell in desk_cells(room):
            if not any(Rect(*cell, DESK_W, DESK_H).intersects(b) for b in busy):
                return cell, room
        columns = max(1, int((room.w - MARGIN) // CELL_W))
        if columns < MAX_COLUMNS:
            room = Rect(room.x, room.y, (columns + 1) * CELL_W + MARGIN, room.h)
        else:
            rows = max(1, int((room.h - TITLE_H - MARGIN) // CELL_H))
            room = Rect(room.x, room.y, room.w, TITLE_H + (rows + 1) * CELL_H + MARGIN)
    return desk_cells(room)[-1], room


def next_room_spot(rooms: Sequence[Rect]) -> tuple[float, float]:
    """Where a new room goes: at the left, under everything drawn."""
    return 0.0, max((r.y + r.h for r in rooms), default=-ROOM_GAP) + ROOM_GAP
