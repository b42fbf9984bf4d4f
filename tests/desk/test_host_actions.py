"""The host's own check-in and check-out are deliberate: the double-scan window never swallows them."""

from __future__ import annotations

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.holders import holder_for
from telecentre_desk.desk.result import Decision

from .conftest import Desk, local


def test_the_hosts_check_out_a_minute_after_the_arrival_is_recorded(desk: Desk) -> None:
    assert desk.scan("Marie", local(2026, 11, 26, 9, 30)).decision == Decision.IN
    assert desk.scan("Marie", local(2026, 11, 26, 9, 31)).repeat  # a badge read twice: repeated, not recorded
    with unit_of_work(desk.engine) as session:
        holder = holder_for(session, "1")
    result = desk.front.check_in_member(holder, at=local(2026, 11, 26, 9, 31, 30))  # "Enregistrer le départ"
    assert (result.decision, result.recorded, result.repeat) == (Decision.OUT, True, False)
