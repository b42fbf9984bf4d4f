"""Set up and edit the local place. Services take a session and return plain data."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlmodel import Session, select

from telecentre_desk.audit import fiscal
from telecentre_desk.audit import service as audit
from telecentre_desk.common import clock, money, validation
from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Place, VatRegime
from telecentre_desk.places import opening_hours
from telecentre_desk.places.info import PlaceInfo

# Editable fields and how each is checked; ``None`` clears an optional field.
_OPTIONAL_TEXT = ("legal_name", "legal_form", "address", "postcode", "city", "vat_exemption_text", "phone",
                  "share_capital", "rcs_city", "e_invoicing_address")
EDITABLE = ("name", *_OPTIONAL_TEXT, "siret", "vat_number", "vat_regime", "iban", "bic", "email",
            "timezone", "opening_hours", "vat_on_debits")
# What an invoice prints about the seller: a change is a sensitive event (docs/anti-fraud.md).
LEGAL_IDENTITY = ("legal_name", "legal_form", "address", "postcode", "city", "siret", "vat_number", "vat_regime",
                  "vat_exemption_text", "share_capital", "rcs_city", "iban", "bic", "vat_on_debits")
_MAX_LENGTH = {"postcode": 10, "city": 100, "legal_form": 80, "share_capital": 60, "rcs_city": 80, "phone": 30}
_PHONE_CHARS = set("0123456789+ .-()")


def _info(place: Place) -> PlaceInfo:
    values = {f.name: getattr(place, f.name) for f in fields(PlaceInfo) if f.name != "id"}
    return PlaceInfo(id=place.uid, **values)


def clean_fields(changes: dict[str, Any]) -> dict[str, Any]:
    """Validate the given place fields and return their stored form (unknown keys are an error)."""
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in EDITABLE:
            raise ValidationError(_("{field}: not a field of a place").format(field=key), field=key)
        if key == "vat_on_debits":
            clean[key] = _flag(value)
            continue
        text = None if value is None else str(value).strip()
        if key == "name":
            clean[key] = validation.required_text(text, field="name", max_length=120)
        elif not text:
            if key in ("vat_regime", "timezone", "opening_hours"):
                raise validation.required(key)
            clean[key] = None
        elif key == "phone":
            if not set(text) <= _PHONE_CHARS or sum(c.isdigit() for c in text) < 6:
                raise ValidationError(_("{field}: {value!r} is not a phone number").format(field=key, value=text),
                                      field=key)
            clean[key] = text
        elif key == "e_invoicing_address":
            clean[key] = _e_invoicing_address(text)
        elif key in _OPTIONAL_TEXT:
            clean[key] = validation.optional_text(text, field=key, max_length=_MAX_LENGTH.get(key, 300),
                                                  multiline=key == "address")
        elif key == "siret":
            clean[key] = validation.siret(text)
        elif key == "vat_number":
            clean[key] = validation.vat_number(text)
        elif key == "iban":
            clean[key] = validation.iban(text)
        elif key == "bic":
            clean[key] = validation.bic(text)
        elif key == "email":
            clean[key] = validation.email(text)
        elif key == "vat_regime":
            if text not in {r.value for r in VatRegime}:
                raise ValidationError(_("{field}: {value!r} is not one of {choices}").format(
                    field=key, value=text, choices=", ".join(r.value for r in VatRegime)), field=key)
            clean[key] = text
        elif key == "timezone":
            clean[key] = clock.check_zone_name(text)
        elif key == "opening_hours":
            clean[key] = opening_hours.normalise(text)
    return clean


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("1", "true", "yes", "oui", "on"):
        return True
    if text in ("", "0", "false", "no", "non", "off"):
        return False
    raise ValidationError(_("{field}: {value!r} is neither yes nor no").format(field="vat_on_debits", value=value),
                          field="vat_on_debits")


def _e_invoicing_address(text: str) -> str:
    """An electronic invoicing address (BT-34): a SIREN, SIREN_suffix, or an e-mail-like routing id."""
    if text.isdigit() and len(text) == 9:
        return validation.siren(text, field="e_invoicing_address")
    if len(text) > 125 or any(c.isspace() for c in text) or not text.isprintable():
        raise ValidationError(_("{field}: {value!r} is not an electronic invoicing address (a SIREN, or an "
                                "address without spaces)").format(field="e_invoicing_address", value=text),
                              field="e_invoicing_address")
    return text


def find_local(session: Session) -> Place | None:
    return session.exec(select(Place).where(Place.is_local)).first()


def local_place(session: Session) -> PlaceInfo:
    """The place this database belongs to.

    Raises:
        NotFoundError: when the place has not been set up yet.
    """
    place = find_local(session)
    if place is None:
        raise NotFoundError(_("no place is set up in this database yet: run 'telecentre-desk place init'"))
    return _info(place)


def local_place_row(session: Session) -> Place:
    """The ORM row of the local place, for other services of the core (not for widgets)."""
    place = find_local(session)
    if place is None:
        local_place(session)  # raises the clear error
    return place  # type: ignore[return-value]


def init_place(session: Session, *, code: str, actor: str = "cli", **details: Any) -> PlaceInfo:
    """Create the local place, once per database."""
    existing = find_local(session)
    if existing is not None:
        raise ConflictError(_("this database already runs place {code}; use 'place edit'").format(
            code=existing.code))
    code = validation.place_code(code)
    if session.exec(select(Place).where(Place.code == code)).first() is not None:
        raise ConflictError(_("a place with code {code} already exists in this database").format(code=code))
    clean = clean_fields({k: v for k, v in details.items() if v is not None})
    clean.setdefault("opening_hours", opening_hours.normalise(None))
    place = Place(code=code, origin=code, is_local=True, **clean)
    session.add(place)
    session.flush()
    audit.record(session, actor=actor, action="place.init", entity="place", entity_uid=place.uid,
                 details={"code": code})
    return _info(place)


def edit_place(session: Session, *, actor: str = "cli", **changes: Any) -> PlaceInfo:
    """Change fields of the local place; only the given ones."""
    place = local_place_row(session)
    clean = clean_fields(changes)
    before = {k: getattr(place, k) for k in clean}
    for key, value in clean.items():
        setattr(place, key, value)
    place.touch()
    session.add(place)
    session.flush()
    audit.record(session, actor=actor, action="place.edit", entity="place", entity_uid=place.uid,
                 details={"before": before, "after": clean})
    legal = {k: v for k, v in clean.items() if k in LEGAL_IDENTITY and before.get(k) != v}
    if legal:
        fiscal.record(session, actor=actor, action="place.legal_identity",
                              details={"before": {k: before[k] for k in legal}, "after": legal})
    return _info(place)


# Who bills a member's day at another place of the network (docs/sync-format.md): the member's home
# place, at the visited place's network day rate, or the visited place itself.
NETWORK_BILLING = ("home", "visited")


@dataclass(frozen=True, slots=True)
class NetworkSettings:
    """This place's part of the network's money rules; both travel to the other places in its export."""

    day_rate_cents: int | None  # what a network member's day here costs, excl. VAT; None: not agreed yet
    billing: str  # home | visited

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["day_rate"] = None if self.day_rate_cents is None else money.format_plain(self.day_rate_cents)
        return data


def network_settings(session: Session) -> NetworkSettings:
    place = local_place_row(session)
    return NetworkSettings(place.network_day_rate_cents, place.network_billing)


def read_network_settings(conn: sqlite3.Connection) -> NetworkSettings | None:
    """The same in plain SQL, for the window's read connection; None before the setup."""
    row = conn.execute("SELECT network_day_rate_cents, network_billing FROM place WHERE is_local").fetchone()
    return None if row is None else NetworkSettings(row[0], row[1])


_KEEP: Any = object()  # "not given": distinct from None, which clears the rate


def edit_network_settings(session: Session, *, day_rate: str | None = _KEEP, billing: str | None = None,
                          actor: str = "cli") -> NetworkSettings:
    """Change the network day rate (an amount as typed, ``12,50``; empty or None clears it) and/or who bills."""
    place = local_place_row(session)
    before = {"network_day_rate_cents": place.network_day_rate_cents, "network_billing": place.network_billing}
    if day_rate is not _KEEP:
        text = "" if day_rate is None else str(day_rate).strip()
        place.network_day_rate_cents = money.parse_amount(text, field="network_day_rate") if text else None
    if billing is not None:
        if billing not in NETWORK_BILLING:
            raise ValidationError(_("{field}: {value!r} is not one of {choices}").format(
                field="network_billing", value=billing, choices=", ".join(NETWORK_BILLING)), field="network_billing")
        place.network_billing = billing
    after = {"network_day_rate_cents": place.network_day_rate_cents, "network_billing": place.network_billing}
    if after != before:
        place.touch()  # the place's row travels again, with the new rule
        session.add(place)
        session.flush()
        audit.record(session, actor=actor, action="place.network", entity="place", entity_uid=place.uid,
                     details={"before": before, "after": after})
    return NetworkSettings(place.network_day_rate_cents, place.network_billing)
