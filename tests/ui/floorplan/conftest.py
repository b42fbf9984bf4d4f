"""A place with an open space of three desks, a meeting room, and two members with badges."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans
from telecentre_desk.spaces import service as spaces
from telecentre_desk.ui.floorplan.items import DeskItem
from telecentre_desk.ui.floorplan.screen import FloorPlanScreen
from telecentre_desk.ui.store import Store

KEY = bytes(range(32))


@dataclass
class Place:
    engine: Engine
    badge: dict[str, str]  # first name -> payload
    uid: dict[str, str]  # first name -> member uid


@pytest.fixture
def place(place_engine: Engine) -> Place:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        added = [members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                                    start=dt.date(2026, 1, 1)),
                 members.add_member(session, first_name="Chloé", last_name="Thévenot", plan_code="MOIS",
                                    start=dt.date(2026, 1, 1))]
        payloads = {m.first_name: badges.issue_badge(session, m.id, key=KEY).payload for m in added}
        spaces.add_space(session, name="Open space", kind="open_space", capacity=4)
        spaces.add_space(session, name="Salle Tarnon", kind="meeting_room", capacity=8)
        for name in ("A1", "A2", "A3"):
            spaces.add_desk(session, space="Open space", name=name)
    return Place(place_engine, payloads, {m.first_name: m.id for m in added})


def open_plan(qtbot: QtBot, store: Store) -> FloorPlanScreen:
    screen = FloorPlanScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.loaded)
    return screen


def desk(screen: FloorPlanScreen, name: str) -> DeskItem:
    return next(item for item in screen.scene.desks.values() if item.info.name == name)


def painted_colour(screen: FloorPlanScreen, item: DeskItem) -> str:
    """The colour the host sees inside the desk, near its bottom-right corner (away from the text)."""
    rect = item.sceneBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    screen.scene.render(painter, image.rect().toRectF(), rect)
    painter.end()
    return image.pixelColor(image.width() - 20, image.height() - 15).name()


def view_point(screen: FloorPlanScreen, scene_point: QPointF) -> QPoint:
    return screen.view.mapFromScene(scene_point)


def drag(qtbot: QtBot, screen: FloorPlanScreen, start: QPointF, end: QPointF) -> None:
    """Press, move in a few steps and release the left button on the view, as a hand would."""
    viewport = screen.view.viewport()
    a, b = view_point(screen, start), view_point(screen, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 6):
        QTest.mouseMove(viewport, a + (b - a) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
