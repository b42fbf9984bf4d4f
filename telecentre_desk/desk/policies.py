"""The desk's rules for a place: each rule blocks, warns or allows; stored as a place setting.

Kept in the database (``place_setting``), not in QSettings, because they are business rules:
they travel with backups and the host's overrides of them are audited.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, text

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

SETTING_KEY = "desk.policies"


class Outcome(StrEnum):
    BLOCK = "block"
    WARN = "warn"
    ALLOW = "allow"


# The rules a place configures, in the order they are checked; the first that blocks is the reason.
# ``network_member``: the holder is a member of another place of the network (roaming, docs/network.md).
RULES = ("network_member", "inactive_member", "no_active_plan", "no_credits_left", "outside_opening_hours",
         "unpaid")
# These always deny, whatever the place says: they mean the badge itself cannot be trusted.
ALWAYS_DENY = ("unknown_badge", "forged", "revoked", "superseded")

_DEFAULT_OUTCOMES = {
    "network_member": Outcome.ALLOW,  # the network's members are welcome unless the place says otherwise
    "inactive_member": Outcome.BLOCK,
    "no_active_plan": Outcome.BLOCK,
    "no_credits_left": Outcome.BLOCK,
    "outside_opening_hours": Outcome.WARN,
    "unpaid": Outcome.WARN,
}


@dataclass(frozen=True, slots=True)
class DeskPolicies:
    outcomes: dict[str, Outcome] = field(default_factory=lambda: dict(_DEFAULT_OUTCOMES))
    repeat_window_s: int = 120  # a second scan this soon repeats the answer instead of checking out
    halfday_max_hours: float | None = None  # carnets: a day of at most this many hours counts half
    unpaid_after_days: int = 30  # an invoice overdue by more than this triggers the `unpaid` rule

    def outcome(self, rule: str) -> Outcome:
        return self.outcomes[rule]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["outcomes"] = {k: v.value for k, v in self.outcomes.items()}
        return data


def from_json(data: dict[str, Any]) -> DeskPolicies:
    """Validate stored or typed settings; unknown rules and values are refused with their name."""
    policies = DeskPolicies()
    outcomes = dict(policies.outcomes)
    for rule, value in (data.get("outcomes") or {}).items():
        if rule not in RULES:
            raise ValidationError(_("desk rule {rule!r} does not exist (rules: {rules})").format(
                rule=rule, rules=", ".join(RULES)), field=rule)
        try:
            outcomes[rule] = Outcome(value)
        except ValueError:
            raise ValidationError(_("desk rule {rule}: {value!r} is not block, warn or allow").format(
                rule=rule, value=value), field=rule) from None
    changes: dict[str, Any] = {"outcomes": outcomes}
    if "repeat_window_s" in data:
        window = int(data["repeat_window_s"])
        if not 0 <= window <= 3600:
            raise ValidationError(_("repeat window: between 0 and 3600 seconds"), field="repeat_window_s")
        changes["repeat_window_s"] = window
    if data.get("halfday_max_hours") is not None:
        hours = float(data["halfday_max_hours"])
        if not 0 < hours < 24:
            raise ValidationError(_("half day: between 0 and 24 hours"), field="halfday_max_hours")
        changes["halfday_max_hours"] = hours
    if "unpaid_after_days" in data:
        days = int(data["unpaid_after_days"])
        if not 0 <= days <= 365:
            raise ValidationError(_("unpaid: between 0 and 365 days"), field="unpaid_after_days")
        changes["unpaid_after_days"] = days
    return replace(policies, **changes)


def load(connection: Connection, place_id: int) -> DeskPolicies:
    raw = connection.execute(text("SELECT value FROM place_setting WHERE place_id = :p AND key = :k"),
                             {"p": place_id, "k": SETTING_KEY}).scalar()
    return from_json(json.loads(raw)) if raw else DeskPolicies()


def save(connection: Connection, place_id: int, policies: DeskPolicies) -> None:
    connection.execute(
        text("INSERT INTO place_setting (place_id, key, value) VALUES (:p, :k, :v) "
             "ON CONFLICT (place_id, key) DO UPDATE SET value = excluded.value"),
        {"p": place_id, "k": SETTING_KEY, "v": json.dumps(policies.to_json())})
