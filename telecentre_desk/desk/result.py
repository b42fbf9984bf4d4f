"""What a scan answers: plain data for the feedback panel, the CLI and the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Decision(StrEnum):
    IN = "in"
    OUT = "out"
    DENIED = "denied"


@dataclass(frozen=True, slots=True)
class ScanResult:
    decision: Decision
    reason: str | None = None  # a code of desk.policies.RULES or ALWAYS_DENY when denied
    member_id: str | None = None  # uid
    first_name: str | None = None
    last_name: str | None = None
    display_number: str | None = None
    kind: str | None = None  # member, visitor or guest (the front desk's list shows the last two)
    guest_of: str | None = None  # a guest's inviting member, "First Last"
    warnings: tuple[str, ...] = ()
    credits_left: float | None = None  # days left on the carnet used, when one is
    plan_name: str | None = None
    desk: str | None = None
    minutes_today: int | None = None  # on check-out: presence of the local day so far
    at: dt.datetime | None = None
    recorded: bool = False  # False for refusals and for a repeated scan
    repeat: bool = False
    queued: bool = False  # accepted during another program's long write: journalled, merged when it ends
    detail: str | None = None  # for a malformed code: what was wrong with it
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def accepted(self) -> bool:
        return self.decision != Decision.DENIED

    @property
    def name(self) -> str | None:
        if self.first_name is None:
            return None
        return f"{self.first_name} {self.last_name}".strip()

    def to_json(self) -> dict[str, Any]:
        return {"decision": self.decision.value, "reason": self.reason, "member_id": self.member_id,
                "name": self.name, "number": self.display_number, "warnings": list(self.warnings),
                "credits_left": self.credits_left, "plan": self.plan_name, "desk": self.desk,
                "minutes_today": self.minutes_today, "at": self.at.isoformat() if self.at else None,
                "recorded": self.recorded, "repeat": self.repeat, "queued": self.queued, "detail": self.detail}
