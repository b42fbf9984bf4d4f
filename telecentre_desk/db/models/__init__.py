"""Every table, importable from one place (Alembic's autogenerate reads ``metadata``)."""

from telecentre_desk.db.models.audit import AuditEntry
from telecentre_desk.db.models.badges import Badge, BadgeStatus
from telecentre_desk.db.models.base import SyncColumns, metadata
from telecentre_desk.db.models.billing import (
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceStatus,
    Payment,
    PaymentMethod,
)
from telecentre_desk.db.models.events import CheckEvent, Direction, EventSource
from telecentre_desk.db.models.members import Member, MemberCategory, MemberKind, MemberStatus
from telecentre_desk.db.models.places import Place, PlaceClosure, PlaceSetting, VatRegime
from telecentre_desk.db.models.plans import Plan, PlanKind, Subscription
from telecentre_desk.db.models.spaces import Booking, Desk, Space, SpaceKind
from telecentre_desk.db.models.usage import DayUsage

__all__ = [
    "AuditEntry", "Badge", "BadgeStatus", "Booking", "CheckEvent", "DayUsage", "Desk", "Direction",
    "EventSource", "Invoice", "InvoiceKind", "InvoiceLine", "InvoiceStatus", "Member",
    "MemberCategory", "MemberKind", "MemberStatus", "Payment", "PaymentMethod", "Place",
    "PlaceClosure", "PlaceSetting", "Plan", "PlanKind", "Space", "SpaceKind", "Subscription",
    "SyncColumns", "VatRegime", "metadata",
]
