"""The data model's enums, kept importable from here for the models and the migrations.

They live in ``common.enums`` so the window can use them without importing ``telecentre_desk.db``.
"""

from __future__ import annotations

from telecentre_desk.common.enums import (
    BadgeStatus,
    Direction,
    EventSource,
    InvoiceKind,
    InvoiceStatus,
    MemberCategory,
    MemberKind,
    MemberStatus,
    PaymentMethod,
    PlanKind,
    SpaceKind,
    VatRegime,
)

__all__ = ["BadgeStatus", "Direction", "EventSource", "InvoiceKind", "InvoiceStatus", "MemberCategory", "MemberKind",
           "MemberStatus", "PaymentMethod", "PlanKind", "SpaceKind", "VatRegime"]
