"""What a write touched, so each screen reloads only what concerns it (Anki's ``OpChanges``, as plain data).

A change set is a frozen set of flags. The runner (runner.py) is the one thing that announces one, through
``Store.changed``; a screen looks at the flags it reads and ignores the rest (the front desk does not reload
its lists after an invoice run, the member list does not reload after a sync of invoices only...).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class OpChanges:
    members: bool = False  # a member, their plan, badge, carnet or personal data
    presence: bool = False  # check-ins, check-outs, visitors, the day's lists
    invoices: bool = False  # drafts, issued invoices, payments, credit notes, the mail outbox
    bookings: bool = False
    spaces: bool = False  # rooms and desks, the floor plan
    plans: bool = False  # the plans sold (formules) and their prices
    place: bool = False  # the place's identity, time zone, hours and closures
    sync: bool = False  # the network: other places, trust, settlements
    settings: bool = False  # mail, privacy, backup, scanner settings

    @classmethod
    def everything(cls) -> OpChanges:
        """For a write that does not say what it touched: every screen reloads (the safe default)."""
        return cls(**{f.name: True for f in fields(cls)})

    @classmethod
    def nothing(cls) -> OpChanges:
        return cls()

    def touches(self, *names: str) -> bool:
        """True when any of the named parts changed (``changes.touches("members", "presence")``)."""
        return any(getattr(self, name) for name in names)

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: OpChanges) -> OpChanges:
        return replace(self, **{f.name: True for f in fields(self) if getattr(other, f.name)})

    def __str__(self) -> str:  # for logs: "members, presence"
        return ", ".join(f.name for f in fields(self) if getattr(self, f.name)) or "nothing"
