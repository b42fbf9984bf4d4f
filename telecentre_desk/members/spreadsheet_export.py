"""The members list as a CSV French Excel opens by double click, and the import reads back unchanged."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from telecentre_desk.common.spreadsheet import write_sheet
from telecentre_desk.members import listing
from telecentre_desk.members.categories import french_label
from telecentre_desk.members.info import MemberInfo

# Names the import recognises (members/import_mapping.py): export, edit in Excel, import again.
HEADER = ("N°", "Nom", "Prénom", "E-mail", "Téléphone", "Catégorie", "Société", "SIREN", "Adresse", "Code postal",
          "Ville", "Date d'adhésion", "Statut")
STATUS_LABELS = {"active": "Actif", "inactive": "Inactif", "erased": "Données effacées"}


def member_rows(members: Sequence[MemberInfo]) -> list[list[object]]:
    """The header then one row per member, by number (the order of the register)."""
    rows: list[list[object]] = [list(HEADER)]
    for m in sorted(members, key=lambda m: m.number):
        rows.append([m.display_number, m.last_name, m.first_name, m.email, m.phone, french_label(m.category),
                     m.company_name, m.siren, m.address, m.postcode, m.city, m.joined_on,
                     STATUS_LABELS.get(m.status, m.status)])
    return rows


def write_members(conn: sqlite3.Connection, path: Path, *, status: str | None = None,
                  category: str | None = None) -> int:
    """Write the local place's members (visitors left out) to ``path``; returns how many."""
    members = listing.list_members(conn, status=status, category=category)
    write_sheet(path, member_rows(members))
    return len(members)
