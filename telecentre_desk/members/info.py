"""A member as the CLI and the window see it: plain data, importable without SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class MemberInfo:
    id: str  # the member's uid: global, the same at every place of the network
    number: int
    display_number: str  # e.g. FLO-0042, printed on the badge
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    category: str
    company_name: str | None
    siren: str | None
    address: str | None
    postcode: str | None
    city: str | None
    status: str
    joined_on: dt.date | None
    notes: str | None
    plan_code: str | None  # the plan in force today, if any
    plan_name: str | None
    vat_number: str | None = None  # intra-EU VAT number of a business customer (BT-48)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["joined_on"] = self.joined_on.isoformat() if self.joined_on else None
        data["full_name"] = self.full_name
        return data


def display_number(place_code: str, number: int) -> str:
    return f"{place_code}-{number:04d}"
