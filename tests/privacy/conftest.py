"""A place where one member, Zéphyrine Quillardet, left traces in every table an erasure must reach."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Shell, shell  # noqa: F401  (the fixture, for this folder)

SECRETS = ("Quillardet", "Zéphyrine", "zephyrine.q@example.org", "06 12 34 56 78", "06 99 88 77 66",
           "Bouzigues", "aime le thé")


@pytest.fixture
def lived(shell: Shell) -> Shell:  # noqa: F811
    """Visits in October and November, a badge, an edit, a future booking, an issued and part-paid
    October invoice, a November draft, a booking note... and Marie Dupont beside her."""
    shell.json("place", "init", "--code", "FLO", "--name", "Florac", "--legal-name", "SoLozère Florac",
               "--legal-form", "Association loi 1901", "--address", "2 place de la Gare", "--postcode", "48400",
               "--city", "Florac", "--siret", "73282932000074", "--vat-number", "FR40303265045",
               "--opening-hours", "mon-sun 00:00-24:00")
    shell.json("plan", "add", "--code", "MOIS", "--name", "Résident mois", "--kind", "monthly", "--price", "180")
    shell.json("member", "add", "--first-name", "Zéphyrine", "--last-name", "Quillardet",
               "--email", "zephyrine.q@example.org", "--phone", "06 12 34 56 78",
               "--address", "12 chemin des Bouzigues", "--postcode", "48400", "--city", "Florac",
               "--notes", "aime le thé", "--plan", "MOIS", "--start", "2026-10-01")
    shell.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont", "--plan", "MOIS",
               "--start", "2026-10-01", "--address", "3 rue du Pont", "--postcode", "48400", "--city", "Florac")
    shell.json("member", "edit", "1", "--phone", "06 99 88 77 66")  # the old phone lingers in free space
    badge = shell.json("badge", "issue", "1")["payload"]
    other = shell.json("badge", "issue", "2")["payload"]
    for day in ("2026-10-05", "2026-10-06", "2026-11-20"):
        for payload in (badge, other):
            shell.json("scan", payload, "--at", f"{day}T09:00")
            shell.json("scan", payload, "--at", f"{day}T16:30")
    shell.json("scan", badge, "--at", "2026-11-26T08:30")  # checked in at the time of the erasure
    shell.json("space", "add", "--name", "Salle Tarnon", "--kind", "meeting_room", "--capacity", "6")
    shell.json("booking", "add", "--space", "Salle Tarnon", "--member", "1", "--from", "2026-12-07T10:00",
               "--to", "2026-12-07T11:00")
    shell.json("invoice", "run", "2026-10")
    shell.json("invoice", "issue", "--month", "2026-10", "--all")
    shell.json("invoice", "pay", "FLO-2026-0001", "--amount", "100", "--method", "cheque")
    shell.json("invoice", "run", "2026-11")  # drafts left open
    return shell
