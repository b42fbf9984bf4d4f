"""A place of the network (a télécentre or a comptoir), its closures and its settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from telecentre_desk.common.enums import VatRegime
from telecentre_desk.db.models.base import SyncColumns


class Place(SyncColumns, table=True):
    """One place; ``is_local`` marks the place this database belongs to (others come by sync)."""

    __tablename__ = "place"

    code: str = Field(max_length=8, unique=True)
    name: str = Field(max_length=120)
    is_local: bool = Field(default=False)
    legal_name: str | None = Field(default=None, max_length=200)
    legal_form: str | None = Field(default=None, max_length=80)
    address: str | None = Field(default=None, max_length=200)
    postcode: str | None = Field(default=None, max_length=10)
    city: str | None = Field(default=None, max_length=100)
    siret: str | None = Field(default=None, max_length=14)
    vat_number: str | None = Field(default=None, max_length=20)
    vat_regime: str = Field(default=VatRegime.STANDARD.value, max_length=12)
    vat_exemption_text: str | None = Field(default=None, max_length=300)
    iban: str | None = Field(default=None, max_length=34)
    bic: str | None = Field(default=None, max_length=11)
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=30)
    # C. com. R123-237: a company prints its share capital ("15 000 €", "variable") and its RCS city.
    share_capital: str | None = Field(default=None, max_length=60)
    rcs_city: str | None = Field(default=None, max_length=80)
    # Where invoices reach this place through the 2026-2027 e-invoicing platforms (BT-34), e.g. its SIREN.
    e_invoicing_address: str | None = Field(default=None, max_length=200)
    # VAT paid on debits (CGI art. 269): printed "Option pour le paiement de la TVA d'après les débits".
    vat_on_debits: bool = Field(default=False)
    timezone: str = Field(default="Europe/Paris", max_length=64)
    # Canonical text of the weekly opening hours, e.g. "mon-fri 08:00-19:00; sat 09:00-12:30".
    opening_hours: str = Field(default="mon-fri 08:00-19:00", max_length=300)
    # The network (docs/sync-format.md): what a day of a roaming member costs here, who bills roaming
    # visits of this place's members ("home" or "visited"), and the desks counted for occupancy rates.
    network_day_rate_cents: int | None = Field(default=None)
    network_billing: str = Field(default="home", max_length=8)
    desks_count: int | None = Field(default=None, description="other places: shared desks, as exported")


class PlaceClosure(SyncColumns, table=True):
    """Days a place is closed (holidays, works): they block bookings and count as not open."""

    __tablename__ = "place_closure"

    place_id: int = Field(foreign_key="place.id", index=True)
    start_date: dt.date
    end_date: dt.date
    label: str | None = Field(default=None, max_length=120)


class PlaceSetting(SQLModel, table=True):
    """Business settings of a place (desk policies, invoice terms): they travel with backups.

    Values are JSON text; each capability documents its own keys.
    """

    __tablename__ = "place_setting"

    __table_args__ = (UniqueConstraint("place_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    place_id: int = Field(foreign_key="place.id")
    key: str = Field(max_length=80)
    value: str = Field(max_length=4000)
