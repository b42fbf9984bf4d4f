"""Right to erasure (RGPD art. 17): a member's identity, contact and free texts leave every table.

What stays, and why (docs/rgpd.md):
- the member row, anonymised (number, category, join date, status ``erased``): visits, bookings,
  invoices and statistics refer to it, so counts stay equal while nothing names the person;
- issued invoices keep the buyer identity frozen at issue: the law requires it for 10 years
  (C. com. L123-22, art. 17(3)(b)); ``retention.anonymise_old_invoices`` replaces it afterwards;
- open drafts get the buyer identity frozen now, like an issued invoice, so the services already
  given can still be invoiced (legal obligation); the manager issues or discards them;
- an unpaid balance stays due: the invoices and payments are kept (art. 17(3)(e)), only free texts go;
- the audit log keeps its entries (append-only), with their free texts erased once (``redacted_at``).

Everything happens in the caller's unit of work, so an interruption (kill -9) leaves all or nothing;
``storage.scrub_files`` then removes the old bytes from free pages and the WAL.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

from sqlmodel import Session

from telecentre_desk.audit import service as audit
from telecentre_desk.billing.issue import buyer_snapshot
from telecentre_desk.common import clock
from telecentre_desk.common.clock import ts_text
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.redact import ERASED, contains_any, erase_free_text, mask_tokens
from telecentre_desk.db.models import Member, MemberStatus
from telecentre_desk.db.uow import dbapi
from telecentre_desk.members.service import member_row
from telecentre_desk.privacy.storage import PENDING_KEY

_IDENTITY = ("first_name", "last_name", "email", "phone", "company_name", "siren", "address", "postcode", "city")
_CLEARED = ("email", "phone", "company_name", "siren", "address", "postcode", "city", "notes", "home_plan")


@dataclass(frozen=True, slots=True)
class ErasureSituation:
    """What an erasure will meet: shown before the confirmation, returned after it."""

    member_uid: str
    number: str
    checked_in: bool
    future_bookings: int
    open_drafts: int
    unpaid_cents: int
    issued_invoices: int
    notes: list[str] = field(default_factory=list)  # what happens to each of the above, in words

    def to_json(self) -> dict:
        return asdict(self)


def _situation(session: Session, member: Member) -> ErasureSituation:
    conn = dbapi(session)
    now = ts_text(clock.now())
    last = conn.execute("SELECT direction, ts FROM check_event WHERE member_id = ? AND deleted_at IS NULL "
                        "ORDER BY ts DESC LIMIT 1", (member.id,)).fetchone()
    checked_in = bool(last and last[0] == "in" and last[1] >= ts_text(clock.now() - dt.timedelta(hours=24)))
    bookings = conn.execute("SELECT COUNT(*) FROM booking WHERE member_id = ? AND status != 'cancelled' "
                            "AND deleted_at IS NULL AND starts_at > ?", (member.id, now)).fetchone()[0]
    drafts = conn.execute("SELECT COUNT(*) FROM invoice WHERE member_id = ? AND status = 'draft' "
                          "AND deleted_at IS NULL", (member.id,)).fetchone()[0]
    issued = conn.execute("SELECT COUNT(*) FROM invoice WHERE member_id = ? AND status = 'issued'",
                          (member.id,)).fetchone()[0]
    unpaid = conn.execute(
        "SELECT COALESCE(SUM(i.total_incl_vat_cents - COALESCE((SELECT SUM(amount_cents) FROM payment "
        "  WHERE invoice_id = i.id), 0) - COALESCE((SELECT SUM(c.total_incl_vat_cents) FROM invoice AS c "
        "  WHERE c.credited_invoice_id = i.id AND c.status = 'issued'), 0)), 0) "
        "FROM invoice AS i WHERE i.member_id = ? AND i.status = 'issued' AND i.kind = 'invoice'",
        (member.id,)).fetchone()[0]
    notes = []
    if checked_in:
        notes.append(_("checked in now: the visit stays counted and ends at the automatic check-out; "
                       "the presence list shows the number only"))
    if bookings:
        notes.append(_("{count} future booking(s) cancelled: the rooms and desks become free").format(count=bookings))
    if drafts:
        notes.append(_("{count} draft invoice(s) kept with the buyer's identity frozen, so the services already "
                       "given can be invoiced (legal obligation): issue or discard them").format(count=drafts))
    if issued:
        notes.append(_("{count} issued invoice(s) keep the buyer's identity for 10 years (Code de commerce "
                       "L123-22), then are anonymised").format(count=issued))
    if unpaid > 0:
        notes.append(_("{amount} still due: the invoices and payments are kept to collect it "
                       "(RGPD art. 17(3)(e))").format(amount=f"{unpaid / 100:.2f} €".replace(".", ",")))
    return ErasureSituation(member_uid=member.uid, number=str(member.number), checked_in=checked_in,
                            future_bookings=bookings, open_drafts=drafts, unpaid_cents=max(unpaid, 0),
                            issued_invoices=issued, notes=notes)


def erasure_situation(session: Session, ref: str | int) -> ErasureSituation:
    """What erasing this member would do (nothing is written)."""
    member = member_row(session, ref)
    if member.status == MemberStatus.ERASED.value:
        raise ValidationError(_("this member's data was already erased"), field="member")
    return _situation(session, member)


def erase_member(session: Session, ref: str | int, *, reason: str, actor: str = "cli") -> ErasureSituation:
    """Anonymise the member everywhere except the issued invoices' frozen buyer identity."""
    if not reason or not reason.strip():
        raise ValidationError(_("an erasure needs the reason (e.g. the member's request and its date)"),
                              field="reason")
    member = member_row(session, ref)
    if member.status == MemberStatus.ERASED.value:
        raise ValidationError(_("this member's data was already erased"), field="member")
    situation = _situation(session, member)
    tokens = [getattr(member, k) for k in _IDENTITY] + [f"{member.first_name} {member.last_name}",
                                                         f"{member.last_name} {member.first_name}"]
    conn = dbapi(session)
    now = clock.now()
    stamp = ts_text(now)
    session.flush()
    # Drafts: the identity frozen now, as an issued invoice would hold it (see the module's docstring).
    conn.execute("UPDATE invoice SET buyer_snapshot = ?, note = NULL, updated_at = ? WHERE member_id = ? "
                 "AND status = 'draft'", (json.dumps(buyer_snapshot(member), ensure_ascii=False), stamp, member.id))
    conn.execute("UPDATE booking SET status = 'cancelled', updated_at = ? WHERE member_id = ? "
                 "AND status != 'cancelled' AND starts_at > ?", (stamp, member.id, stamp))
    conn.execute("UPDATE booking SET note = NULL, updated_at = ? WHERE member_id = ? AND note IS NOT NULL",
                 (stamp, member.id))
    conn.execute("UPDATE badge SET status = 'revoked', revoked_at = ?, updated_at = ? WHERE member_id = ? "
                 "AND status = 'active'", (stamp, stamp, member.id))
    conn.execute("UPDATE desk SET fixed_member_id = NULL, updated_at = ? WHERE fixed_member_id = ?",
                 (stamp, member.id))
    for pk, reference in conn.execute("SELECT id, reference FROM payment WHERE member_id = ? "
                                      "AND reference IS NOT NULL", (member.id,)).fetchall():
        if contains_any(reference, tokens):
            conn.execute("UPDATE payment SET reference = ?, updated_at = ? WHERE id = ?",
                         (mask_tokens(reference, tokens), stamp, pk))
    conn.execute("UPDATE mail_outbox SET recipient = ?, error = NULL WHERE invoice_id IN "
                 "(SELECT id FROM invoice WHERE member_id = ?)", (ERASED, member.id))
    _redact_audit(conn, member, tokens, stamp)
    conn.execute("INSERT INTO place_setting (place_id, key, value) VALUES (?, ?, 'true') "
                 "ON CONFLICT (place_id, key) DO UPDATE SET value = excluded.value", (member.place_id, PENDING_KEY))
    for key in _CLEARED:
        setattr(member, key, None)
    member.first_name = ""
    member.last_name = ""
    member.status = MemberStatus.ERASED.value
    member.touch()  # the anonymised directory row travels to the other places at the next export
    session.add(member)
    session.flush()
    audit.record(session, actor=actor, action="member.erase", entity="member", entity_uid=member.uid,
                 details={"number": member.number, "reason": mask_tokens(reason.strip(), tokens),
                          "kept": {"issued_invoices": situation.issued_invoices, "drafts": situation.open_drafts,
                                   "unpaid_cents": situation.unpaid_cents},
                          "bookings_cancelled": situation.future_bookings})
    return situation


def _redact_audit(conn, member: Member, tokens: list, stamp: str) -> None:
    """Erase the free texts of the audit entries about the member (once each: see migration 0012)."""
    uids = {member.uid}
    for table in ("invoice", "booking", "badge", "subscription", "payment"):
        uids.update(u for (u,) in conn.execute(f"SELECT uid FROM {table} WHERE member_id = ?", (member.id,)))
    marks = ",".join("?" * len(uids))
    rows = conn.execute(f"SELECT id, details FROM audit_entry WHERE redacted_at IS NULL AND details IS NOT NULL "
                        f"AND (entity_uid IN ({marks}) OR instr(details, ?) > 0)", (*uids, member.uid)).fetchall()
    for pk, details in rows:
        try:
            data = erase_free_text(json.loads(details))
        except ValueError:
            data = {"text": ERASED}
        text = mask_tokens(json.dumps(data, ensure_ascii=False), tokens)
        conn.execute("UPDATE audit_entry SET details = ?, redacted_at = ? WHERE id = ?", (text, stamp, pk))
