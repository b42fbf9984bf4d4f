"""Find the badge holder record of a member named by the host (name search, forgotten badge)."""

from __future__ import annotations

from sqlmodel import Session

from telecentre_desk.badges.verify import BadgeHolder
from telecentre_desk.db.models import Place
from telecentre_desk.members import service as members


def holder_for(session: Session, member_ref: str | int) -> BadgeHolder:
    member = members.member_row(session, member_ref)
    place = session.get(Place, member.place_id)
    return BadgeHolder(member.id, member.uid, member.first_name, member.last_name, member.status, member.kind,
                       place.code, member.number)
