"""Re-keying the place's badges after its badge key was lost or leaked (docs/badges.md, "Re-key").

A new key is made; every active badge of an active member is reissued under it (a new serial, so the
old card answers ``superseded`` here at once and at every other place after their next sync); an
active badge of a member who is not active is superseded without a replacement. The database then
remembers the new key's fingerprint. The key file is written by ``install_key`` only after the
database has committed, under a temporary name first: a crash leaves either the old state whole, or
the new badges with ``<key>.new`` beside the key file to be renamed (the message says so).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.badges.secrets import KEY_BYTES, key_fingerprint
from telecentre_desk.badges.service import KEY_SETTING, IssuedBadge, issue_badge
from telecentre_desk.common import clock
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Badge, BadgeStatus, Member, MemberKind, MemberStatus, PlaceSetting
from telecentre_desk.places.service import local_place_row


@dataclass(frozen=True, slots=True)
class Rekeyed:
    key: bytes
    reissued: list[IssuedBadge] = field(default_factory=list)
    retired: int = 0  # active badges of members who are not active: superseded, not replaced

    def to_json(self) -> dict:
        return {"fingerprint": key_fingerprint(self.key), "reissued": len(self.reissued), "retired": self.retired,
                "badges": [b.to_json() for b in self.reissued]}


def rekey(session: Session, *, actor: str = "cli") -> Rekeyed:
    """Reissue every active badge under a new key (in the caller's transaction); the key file is not touched."""
    place = local_place_row(session)
    key = secrets.token_bytes(KEY_BYTES)
    setting = session.exec(select(PlaceSetting).where(PlaceSetting.place_id == place.id,
                                                      PlaceSetting.key == KEY_SETTING)).first()
    if setting is None:
        setting = PlaceSetting(place_id=place.id, key=KEY_SETTING, value="")
    setting.value = f'"{key_fingerprint(key)}"'
    session.add(setting)
    session.flush()
    holders = session.exec(
        select(Member).join(Badge, col(Badge.member_id) == col(Member.id))
        .where(Member.place_id == place.id, Member.kind == MemberKind.MEMBER.value,
               Badge.status == BadgeStatus.ACTIVE.value).order_by(col(Member.number)).distinct()).all()
    reissued, retired, now = [], 0, clock.now()
    for member in holders:
        if member.status == MemberStatus.ACTIVE.value and member.deleted_at is None:
            reissued.append(issue_badge(session, member.uid, key=key, actor=actor))
            continue
        for badge in session.exec(select(Badge).where(Badge.member_id == member.id,
                                                      Badge.status == BadgeStatus.ACTIVE.value)).all():
            badge.status, badge.revoked_at = BadgeStatus.SUPERSEDED.value, now
            badge.touch()
            session.add(badge)
            retired += 1
    audit.record(session, actor=actor, action="badge.rekey", entity="place", entity_uid=place.uid,
                 details={"reissued": len(reissued), "retired": retired, "fingerprint": key_fingerprint(key)})
    return Rekeyed(key, reissued, retired)


def stage_key(path: Path, key: bytes) -> Path:
    """Write the new key as ``<key>.new`` (0600, flushed) before the database commits."""
    staged = path.with_name(path.name + ".new")
    try:
        staged.unlink(missing_ok=True)
        fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise DeskError(_("cannot write the new badge key file {path} ({reason}): nothing was changed").format(
            path=staged, reason=exc.strerror or exc)) from exc
    return staged


def install_key(path: Path, staged: Path) -> Path | None:
    """After the commit: the old key file (if any) kept as ``<key>.replaced-<UTC stamp>``, the new one in place."""
    kept = None
    if path.exists():
        kept = path.with_name(f"{path.name}.replaced-{clock.now().astimezone(dt.UTC):%Y%m%dT%H%M%SZ}")
        os.replace(path, kept)
    os.replace(staged, path)
    return kept
