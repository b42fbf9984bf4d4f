"""The vocabulary of the data model, shared by the core and the window; importable without SQLAlchemy.

In `common`, not `db`: the window uses these names (labels, filters) and never imports `telecentre_desk.db`
(an import-linter contract); `db.enums` re-exports them for the models and the migrations.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["BadgeStatus", "Direction", "EventSource", "InvoiceKind", "InvoiceStatus", "MemberCategory", "MemberKind",
           "MemberStatus", "PaymentMethod", "PlanKind", "SpaceKind", "VatRegime"]


class BadgeStatus(StrEnum):
    ACTIVE = "active"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CHEQUE = "cheque"
    TRANSFER = "transfer"
    CARD = "card"
    DEBIT = "debit"  # SEPA direct debit


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class EventSource(StrEnum):
    SCANNER = "scanner"
    WEBCAM = "webcam"
    MANUAL = "manual"
    IMPORT = "import"
    AUTO = "auto"  # automatic check-out at closing time


class MemberCategory(StrEnum):
    """Categories funders ask for in reports."""

    FREELANCER = "freelancer"
    EMPLOYEE = "employee"
    JOBSEEKER = "jobseeker"
    STUDENT = "student"
    ASSOCIATION = "association"
    COMPANY = "company"
    OTHER = "other"


class MemberKind(StrEnum):
    MEMBER = "member"
    VISITOR = "visitor"  # signed in at the desk for a day pass, no badge
    GUEST = "guest"      # invited by a member (``guest_of_id``)


class MemberStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    ERASED = "erased"  # anonymised on request (RGPD); invoices keep their frozen copy


class VatRegime(StrEnum):
    STANDARD = "standard"   # VAT-liable: 20 % on coworking services
    FRANCHISE = "franchise"  # franchise en base: "TVA non applicable, article 293 B du CGI"
    EXEMPT = "exempt"        # exempt association: configurable wording


class PlanKind(StrEnum):
    MONTHLY = "monthly"
    CARNET = "carnet"      # N days bought in advance
    DAY = "day"
    HALFDAY = "halfday"
    ROOM_HOUR = "room_hour"
    EXTRA = "extra"        # printing, coffee, locker...


class SpaceKind(StrEnum):
    OPEN_SPACE = "open_space"
    PRIVATE_OFFICE = "private_office"
    MEETING_ROOM = "meeting_room"
    PHONE_BOX = "phone_box"
    WORKSHOP = "workshop"
