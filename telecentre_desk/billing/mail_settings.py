"""The place's SMTP settings, kept as JSON in ``place_setting`` (key ``mail.smtp``).

They are business settings (the sender address prints on every message), so they live in the
database and travel with its backups, like the desk policies. The password is not among them: it
goes to the system's credential store, or a 0600 file beside the database where there is none
(``common/secret_store.py``; migration 0012 moved the old plain-text one out). It never leaves this
module's plain data except to ``smtplib``: ``repr`` hides it and ``to_json`` says only whether one is
set, so neither ``--json``, a log line nor the database can hold it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from telecentre_desk.common import plausibility, secret_store, validation
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import PlaceSetting

SETTING_KEY = "mail.smtp"
SECURITIES = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
ATTACHMENTS = ("facturx", "pdf")


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # none | starttls | ssl
    user: str = ""
    password: str = field(default="", repr=False)
    sender: str = ""  # the From address
    reply_to: str = ""
    attachment: str = "facturx"  # facturx (PDF/A-3 with its XML, the default) | pdf
    timeout_seconds: int = 20

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    def to_json(self) -> dict[str, Any]:
        """Everything but the password, which is only said to be set or not."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "password"}
        out["password_set"] = bool(self.password)
        return out

    def stored(self) -> dict[str, Any]:
        """What the database keeps: everything but the password."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "password"}


def _whole(value: Any, *, field: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(_("{field}: {value!r} is not a whole number").format(field=field, value=value),
                              field=field) from None
    if not low <= number <= high:
        raise ValidationError(_("{field}: between {low} and {high}").format(field=field, low=low, high=high),
                              field=field)
    return number


def clean(current: SmtpSettings, changes: dict[str, Any]) -> SmtpSettings:
    """Apply typed changes (``None`` = leave as is, ``""`` = clear) after checking each."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if value is None:
            continue
        text = str(value).strip()
        if key == "host":
            if any(c.isspace() for c in text) or len(text) > 253 or plausibility.bad_character(text):
                raise ValidationError(_("host: {value!r} is not a server name").format(value=text), field="host")
            out["host"] = text
        elif key == "port":
            out["port"] = _whole(text, field="port", low=1, high=65535)
        elif key == "security":
            if text not in SECURITIES:
                raise ValidationError(_("security: {value!r} is not one of {choices}").format(
                    value=text, choices=", ".join(SECURITIES)), field="security")
            out["security"] = text
        elif key in ("sender", "reply_to"):
            out[key] = validation.email(text, field=key) if text else ""
        elif key == "user":
            out["user"] = plausibility.check_text(text, field="user", max_length=254)
        elif key == "password":
            out["password"] = str(value)  # as typed: spaces may belong to it
        elif key == "attachment":
            if text not in ATTACHMENTS:
                raise ValidationError(_("attachment: {value!r} is not one of {choices}").format(
                    value=text, choices=", ".join(ATTACHMENTS)), field="attachment")
            out["attachment"] = text
        elif key == "timeout_seconds":
            out["timeout_seconds"] = _whole(text, field="timeout_seconds", low=1, high=300)
        else:
            raise ValidationError(_("{field}: not an SMTP setting").format(field=key), field=key)
    # Switching STARTTLS to SSL without naming a port: the usual port of the new mode.
    if "security" in out and changes.get("port") is None and current.port == DEFAULT_PORTS.get(current.security):
        out["port"] = DEFAULT_PORTS[out["security"]]
    return replace(current, **out)


def from_json(data: dict[str, Any]) -> SmtpSettings:
    known = {f.name for f in fields(SmtpSettings)}
    return SmtpSettings(**{k: v for k, v in data.items() if k in known})


def _row(session: Session, place_id: int) -> PlaceSetting | None:
    return session.exec(select(PlaceSetting).where(PlaceSetting.place_id == place_id,
                                                   PlaceSetting.key == SETTING_KEY)).first()


def database_path(session: Session) -> Path:
    return Path(session.get_bind().url.database)


def load(session: Session, place_id: int) -> SmtpSettings:
    row = _row(session, place_id)
    settings = from_json(json.loads(row.value)) if row is not None else SmtpSettings()
    if settings.password:  # written before migration 0012 moved passwords out: still usable
        return settings
    password = secret_store.get_secret(database_path(session), secret_store.smtp_password_name(place_id))
    return replace(settings, password=password)


def save(session: Session, place_id: int, settings: SmtpSettings) -> None:
    row = _row(session, place_id) or PlaceSetting(place_id=place_id, key=SETTING_KEY, value="")
    row.value = json.dumps(settings.stored(), ensure_ascii=False)
    session.add(row)
    session.flush()
    if settings.password != load(session, place_id).password:
        secret_store.set_secret(database_path(session), secret_store.smtp_password_name(place_id), settings.password)
