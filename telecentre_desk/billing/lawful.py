"""Whom an invoice may lawfully be issued to, checked before anything is numbered or confirmed.

CGI ann. II art. 242 nonies A: the customer's name and address. A business customer (category
*Entreprise*) is identified by its SIREN (mandatory on B2B invoices from the 2026-2027 reform), else it
would receive a private customer's invoice. A visitor's day pass at the desk is a simplified invoice
(art. 242 nonies B, under 150 € excl. VAT, private customer): the visitor's name is enough.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from sqlmodel import Session, col, select

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Invoice, Member, Place
from telecentre_desk.members.info import display_number
from telecentre_desk.places.readiness import Gap, gaps_sentence, invoicing_gaps

SIMPLIFIED_LIMIT_CENTS = 150_00  # art. 242 nonies B: excl. VAT


@dataclass(frozen=True, slots=True)
class MemberProblem:
    member_id: str  # uid, to open the member's dialog
    number: str  # FLO-0004
    name: str
    problems: list[str]  # in words

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Blockers:
    place: list[Gap]
    members: list[MemberProblem]

    @property
    def ok(self) -> bool:
        return not self.place and not self.members

    def message(self) -> str:
        parts = []
        if self.place:
            parts.append(gaps_sentence(self.place))
        if self.members:
            who = "; ".join(f"{m.name} ({m.number}): {', '.join(m.problems)}" for m in self.members)
            parts.append(_("these members cannot be invoiced lawfully yet: {who}. Complete their details "
                           "(Members › Edit).").format(who=who))
        return " ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {"place": [asdict(g) for g in self.place], "members": [m.to_json() for m in self.members]}


def member_problems(member: Member, *, simplified: bool = False) -> list[str]:
    out = []
    if member.category == "company" and not member.siren:
        out.append(_("a business customer without its SIREN"))
    if member.siren and not member.company_name:
        out.append(_("a SIREN without the company's name"))
    if not simplified and not (member.address and member.postcode and member.city):
        out.append(_("no postal address (street, postcode and city)"))
    return out


def _problem(place: Place, member: Member, problems: list[str]) -> MemberProblem:
    return MemberProblem(member.uid, display_number(place.code, member.number),
                         f"{member.first_name} {member.last_name}", problems)


def blockers(session: Session, invoices: Iterable[Invoice]) -> Blockers:
    """What stops these drafts from being issued lawfully: the place's gaps and the members' problems."""
    found: dict[int, MemberProblem] = {}
    place: Place | None = None
    for invoice in invoices:
        place = place or session.get(Place, invoice.place_id)
        member = session.get(Member, invoice.member_id)
        if member is None or member.id in found:
            continue
        simplified = (member.kind == "visitor" and not member.siren
                      and invoice.total_excl_vat_cents <= SIMPLIFIED_LIMIT_CENTS)
        problems = member_problems(member, simplified=simplified)
        if problems:
            found[member.id] = _problem(place, member, problems)
    return Blockers(invoicing_gaps(place) if place is not None else [], list(found.values()))


def draft_blockers(session: Session, invoice_ids: Iterable[int]) -> Blockers:
    """The same for drafts named by id (the Invoices screen asks before its confirmation)."""
    ids = list(invoice_ids)
    drafts = session.exec(select(Invoice).where(col(Invoice.id).in_(ids), Invoice.status == "draft")).all()
    return blockers(session, drafts)


def check(session: Session, invoices: Iterable[Invoice]) -> None:
    """Raise a ValidationError whose message says what to fill in, and where."""
    found = blockers(session, invoices)
    if not found.ok:
        error = ValidationError(found.message(), field="place" if found.place else "member")
        error.details["blockers"] = found.to_json()
        raise error
