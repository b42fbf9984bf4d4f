"""Every table, importable from one place (Alembic's autogenerate reads ``metadata``)."""

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
from telecentre_desk.db.models.aggregates import (
    PresenceAggregate,
    PresenceAggregateDay,
    PresenceMonthClosed,
    PresencePeriod,
    PresencePeriodSeen,
)
from telecentre_desk.db.models.audit import AuditEntry
from telecentre_desk.db.models.badges import Badge
from telecentre_desk.db.models.base import SyncColumns, metadata
from telecentre_desk.db.models.billing import Invoice, InvoiceLine, InvoiceSeries, Payment
from telecentre_desk.db.models.events import CheckEvent
from telecentre_desk.db.models.fiscal import FiscalChainLink, FiscalClosing, FiscalEvent
from telecentre_desk.db.models.mail import MailOutbox
from telecentre_desk.db.models.members import Member
from telecentre_desk.db.models.places import Place, PlaceClosure, PlaceSetting
from telecentre_desk.db.models.plans import Plan, Subscription
from telecentre_desk.db.models.spaces import Booking, Desk, Space
from telecentre_desk.db.models.sync import (
    NetworkClosedDay,
    NetworkClosedPeriod,
    NetworkDay,
    SyncLog,
    SyncPeer,
    SyncSent,
    SyncTrust,
)
from telecentre_desk.db.models.usage import DayUsage
from telecentre_desk.db.models.visits import PresenceHour, VisitDay

__all__ = [
    "AuditEntry", "Badge", "BadgeStatus", "Booking", "CheckEvent", "DayUsage", "Desk", "Direction",
    "EventSource", "FiscalChainLink", "FiscalClosing", "FiscalEvent",
    "Invoice", "InvoiceKind", "InvoiceLine", "InvoiceSeries", "InvoiceStatus", "MailOutbox", "Member",
    "MemberCategory", "MemberKind", "MemberStatus", "NetworkClosedDay", "NetworkClosedPeriod",
    "NetworkDay", "Payment", "PaymentMethod", "Place",
    "PlaceClosure", "PlaceSetting", "Plan", "PlanKind", "PresenceAggregate", "PresenceAggregateDay", "PresenceHour",
    "PresenceMonthClosed", "PresencePeriod", "PresencePeriodSeen", "Space", "SpaceKind", "Subscription",
    "SyncColumns", "SyncLog", "SyncPeer", "SyncSent", "SyncTrust", "VatRegime", "VisitDay", "metadata",
]
