"""The Members screen's "Visits…" shows a member's days here and at the other places after a sync."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.store import Store

ARRIVAL = dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.UTC)


def test_visits_at_every_place_are_listed_newest_first(network, qtbot) -> None:
    flo, mar = network("FLO"), network("MAR")
    chloe = flo.add_member("Chloé", "Thévenot")
    flo.export()
    mar.import_()
    flo.scan(flo.badges[chloe], at=ARRIVAL - dt.timedelta(days=1))
    mar.scan(flo.badges[chloe], at=ARRIVAL)
    mar.scan(flo.badges[chloe], at=ARRIVAL + dt.timedelta(hours=7, minutes=5))
    mar.export()
    flo.import_()

    screen = MembersScreen(Store(flo.engine))
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.select_member(screen.model.member_at(0).id)
    screen.history_action.trigger()
    dialog = screen.history_dialog
    qtbot.waitUntil(dialog.isVisible)
    cells = [[dialog.model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(5)]
             for r in range(dialog.model.rowCount())]
    # Paris is UTC+1 in November; the visit at Florac has no departure yet.
    assert cells == [["25/11/2026", "Comptoir de Marvejols (MAR)", "09:30", "16:35", "7 h 05"],
                     ["24/11/2026", "Télécentre de Florac (FLO)", "09:30", "", ""]]
    assert dialog.summary.text() == "2 visits, 1 at other places of the network"
    assert dialog.windowTitle() == "Visits of Chloé Thévenot (FLO-0001)"
    dialog.close()
