"""Issue, reissue, revoke and reprint badges. Codes come from the place's badge key (a file beside
the database); the database keeps only their hashes (badges/secrets.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.badges import payload as badge_payload
from telecentre_desk.badges.payload import BadgePayload
from telecentre_desk.badges.secrets import derive_token, key_fingerprint, load_key, token_hash
from telecentre_desk.common import clock
from telecentre_desk.common.errors import DeskError, NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import (
    Badge,
    BadgeStatus,
    Member,
    MemberKind,
    MemberStatus,
    Place,
    PlaceSetting,
)
from telecentre_desk.members import service as members
from telecentre_desk.members.info import display_number
from telecentre_desk.places.service import local_place_row


@dataclass(frozen=True, slots=True)
class IssuedBadge:
    member_id: str
    payload: str
    serial: int
    display_number: str
    full_name: str
    place_code: str
    place_name: str
    superseded: int  # how many older badges this one replaced

    def to_json(self) -> dict[str, Any]:
        return {"member_id": self.member_id, "payload": self.payload, "serial": self.serial,
                "display_number": self.display_number, "name": self.full_name,
                "place": self.place_code, "superseded": self.superseded}


@dataclass(frozen=True, slots=True)
class BadgeState:
    serial: int
    status: str
    issued_at: dt.datetime
    revoked_at: dt.datetime | None


def _retire(session: Session, member: Member, status: BadgeStatus, at: dt.datetime) -> int:
    active = session.exec(select(Badge).where(Badge.member_id == member.id,
                                              Badge.status == BadgeStatus.ACTIVE.value)).all()
    for badge in active:
        badge.status = status.value
        badge.revoked_at = at
        badge.touch()
        session.add(badge)
    return len(active)


KEY_SETTING = "badges.key_fingerprint"


def check_key(session: Session, place: Place, key: bytes) -> None:
    """Refuse a badge key file that is not the one the place's badges were made with."""
    fingerprint = key_fingerprint(key)
    stored = session.exec(select(PlaceSetting).where(PlaceSetting.place_id == place.id,
                                                     PlaceSetting.key == KEY_SETTING)).first()
    if stored is None:
        session.add(PlaceSetting(place_id=place.id, key=KEY_SETTING, value=f'"{fingerprint}"'))
    elif stored.value.strip('"') != fingerprint:
        raise DeskError(_("the badge key file is not the one this place's badges were made with: "
                          "restore the right file (see docs/badges.md) before issuing or printing"))


def place_key(session: Session, key_path: Path) -> bytes:
    """The place's badge key: created with the first badge, required (never recreated) after that."""
    place = local_place_row(session)
    has_badges = session.exec(select(PlaceSetting).where(PlaceSetting.place_id == place.id,
                                                         PlaceSetting.key == KEY_SETTING)).first() is not None
    return load_key(key_path, create=not has_badges)


def _badge(member: Member, place: Place, key: bytes, serial: int, superseded: int = 0) -> IssuedBadge:
    payload = BadgePayload(place.code, member.number, serial,
                           derive_token(key, place.code, member.number, serial))
    return IssuedBadge(member.uid, payload.text(), serial, display_number(place.code, member.number),
                       f"{member.first_name} {member.last_name}", place.code, place.name, superseded)


def issue_badge(session: Session, member_ref: str | int, *, key: bytes, actor: str = "cli") -> IssuedBadge:
    """Issue a member's badge; a member who has one gets a new serial and the old one is superseded."""
    member = members.member_row(session, member_ref)
    if member.status != MemberStatus.ACTIVE.value:
        raise ValidationError(_("member {number} is {status}: reactivate them before issuing a badge").format(
            number=member.number, status=member.status), field="member")
    if member.kind != MemberKind.MEMBER.value:
        raise ValidationError(_("visitors and guests sign in at the desk; they get no badge"), field="member")
    place = session.get(Place, member.place_id)
    if not place.is_local:
        raise ValidationError(_("member {number} belongs to {code}: only their home place issues their badge").format(
            number=member.number, code=place.code), field="member")
    check_key(session, place, key)
    now = clock.now()
    superseded = _retire(session, member, BadgeStatus.SUPERSEDED, now)
    last_serial = session.exec(select(func.max(Badge.serial)).where(Badge.member_id == member.id)).one()
    issued = _badge(member, place, key, (last_serial or 0) + 1, superseded)
    badge = Badge(member_id=member.id, origin=place.code, serial=issued.serial,
                  secret_hash=token_hash(badge_payload.parse(issued.payload)), issued_at=now)
    session.add(badge)
    session.flush()
    audit.record(session, actor=actor, action="badge.issue", entity="badge", entity_uid=badge.uid,
                 details={"member": member.uid, "serial": issued.serial, "superseded": superseded})
    return issued


def badges_to_print(session: Session, member_refs: list[str] | None, *, key: bytes,
                    actor: str = "cli") -> list[IssuedBadge]:
    """The current badge of each member named, or of every active member when none is named.

    Badges are reprinted with the same code, so printing never invalidates a badge in someone's
    pocket. A named member without an active badge gets one issued; unnamed, only members who never
    had a badge get one (a revoked badge is replaced only when the host asks for that member).
    """
    place = local_place_row(session)
    check_key(session, place, key)
    if member_refs:
        chosen = [members.member_row(session, ref) for ref in member_refs]
    else:
        chosen = list(session.exec(select(Member).where(
            Member.place_id == place.id, Member.status == MemberStatus.ACTIVE.value,
            Member.kind == MemberKind.MEMBER.value, col(Member.deleted_at).is_(None))
            .order_by(col(Member.number))).all())
    out = []
    for member in chosen:
        badges = session.exec(select(Badge).where(Badge.member_id == member.id)).all()
        active = next((b for b in badges if b.status == BadgeStatus.ACTIVE.value), None)
        if active is not None:
            out.append(_badge(member, place, key, active.serial))
        elif member_refs or not badges:
            out.append(issue_badge(session, member.uid, key=key, actor=actor))
    return out


def revoke_badge(session: Session, member_ref: str | int, *, actor: str = "cli",
                 reason: str | None = None) -> int:
    """Revoke every active badge of a member (lost and not replaced, member gone); returns how many."""
    member = members.member_row(session, member_ref)
    revoked = _retire(session, member, BadgeStatus.REVOKED, clock.now())
    if revoked == 0:
        raise NotFoundError(_("member {number} has no active badge").format(number=member.number))
    audit.record(session, actor=actor, action="badge.revoke", entity="member", entity_uid=member.uid,
                 details={"revoked": revoked, "reason": reason})
    return revoked


def badge_history(session: Session, member_ref: str | int) -> list[BadgeState]:
    member = members.member_row(session, member_ref)
    rows = session.exec(select(Badge).where(Badge.member_id == member.id).order_by(col(Badge.serial))).all()
    return [BadgeState(b.serial, b.status, b.issued_at, b.revoked_at) for b in rows]
