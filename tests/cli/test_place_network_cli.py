"""``place edit --network-rate AMOUNT --network-billing home|visited``: this place's part of the network's rules."""

from __future__ import annotations

import json
import re

import pytest

from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places
from tests.cli.conftest import Shell


def test_network_rate_and_billing_are_set_shown_and_audited(shell: Shell) -> None:
    shell.json("place", "init", "--code", "MAR", "--name", "Comptoir de Marvejols")
    shown = shell.json("place", "show")
    assert (shown["network_day_rate"], shown["network_billing"]) == (None, "home")

    edited = shell.json("place", "edit", "--network-rate", "8,50", "--network-billing", "visited")
    assert (edited["network_day_rate"], edited["network_billing"], edited["name"]) == (
        "8.50", "visited", "Comptoir de Marvejols")
    assert shell.json("place", "edit", "--network-billing", "home")["network_day_rate"] == "8.50"  # kept
    assert shell.json("place", "edit", "--network-rate", "")["network_day_rate"] is None  # cleared
    code, out, _ = shell("place", "show")
    assert code == 0 and re.search(r"^network_billing +home$", out, re.MULTILINE)

    engine = open_database(shell.db)
    with unit_of_work(engine) as session:
        rows = session.connection().exec_driver_sql(
            "SELECT details FROM audit_entry WHERE action = 'place.network' ORDER BY id").fetchall()
        assert places.network_settings(session) == places.NetworkSettings(None, "home")
    engine.dispose()
    assert [json.loads(r[0])["after"] for r in rows] == [
        {"network_day_rate_cents": 850, "network_billing": "visited"},
        {"network_day_rate_cents": 850, "network_billing": "home"},
        {"network_day_rate_cents": None, "network_billing": "home"},
    ]


def test_bad_network_values_are_refused_and_nothing_changes(shell: Shell) -> None:
    shell.json("place", "init", "--code", "MAR", "--name", "Comptoir de Marvejols")
    shell.json("place", "edit", "--network-rate", "9")
    code, _, err = shell("place", "edit", "--network-rate", "neuf euros", "--network-billing", "visited")
    assert code == 1
    assert err.strip() == ("telecentre-desk: error: network_day_rate: 'neuf euros' is not an amount in euros "
                           "(write 12.50 or 12,50)")
    code, _, err = shell("place", "edit", "--network-rate", "-3")
    assert code == 1 and "cannot be negative" in err
    with pytest.raises(SystemExit) as exit_:
        shell("place", "edit", "--network-billing", "both")
    assert exit_.value.code == 2
    assert "invalid choice: 'both'" in shell.capsys.readouterr().err
    shown = shell.json("place", "show")
    assert (shown["network_day_rate"], shown["network_billing"]) == ("9.00", "home")
