"""Checks of identifiers people type: SIREN, SIRET, VAT number, IBAN, BIC, email, codes.

python-stdnum knows the checksums (Luhn for SIREN/SIRET, mod 97 for IBAN and the French VAT key);
email-validator knows the email grammar. Each function returns the normalised value or raises
a ValidationError whose message names the field.
"""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email
from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siren as std_siren
from stdnum.fr import siret as std_siret
from stdnum.fr import tva as std_tva

from telecentre_desk.common import plausibility
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

_PLACE_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_PLAN_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


def _invalid(kind: str) -> str:
    # Whole sentences, not a label slotted into one: French needs its own wording for each.
    return {
        "siren": _("{field}: {value!r} is not a valid SIREN ({reason})"),
        "siret": _("{field}: {value!r} is not a valid SIRET ({reason})"),
        "vat_number": _("{field}: {value!r} is not a valid French VAT number ({reason})"),
        "iban": _("{field}: {value!r} is not a valid IBAN ({reason})"),
        "bic": _("{field}: {value!r} is not a valid BIC ({reason})"),
    }[kind]


def _reason(exc: StdnumError, kind: str) -> str:
    """Our own short reason: python-stdnum's texts are English and say little more than the class name."""
    if isinstance(exc, InvalidChecksum):
        return _("wrong check digit")
    if isinstance(exc, InvalidComponent):  # IBAN and BIC: the first letters name no country
        return _("unknown country code")
    if isinstance(exc, InvalidLength):
        return {
            "siren": _("9 digits expected"),
            "siret": _("14 digits expected"),
            "vat_number": _("FR then 11 characters expected"),
            "bic": _("8 or 11 characters expected"),
        }.get(kind) or _("wrong length")
    return {
        "siren": _("digits only"),
        "siret": _("digits only"),
        "iban": _("wrong length or format for its country"),
    }.get(kind) or _("wrong format")


def _std(module, value: str, field: str, kind: str) -> str:
    try:
        return module.validate(value)
    except StdnumError as exc:
        message = _invalid(kind).format(field=field, value=value, reason=_reason(exc, kind))
        raise ValidationError(message, field=field) from exc


def siren(value: str, *, field: str = "siren") -> str:
    """A SIREN: 9 digits with a Luhn check digit."""
    return _std(std_siren, value, field, "siren")


def siret(value: str, *, field: str = "siret") -> str:
    """A SIRET: 14 digits, the SIREN plus an establishment number, Luhn-checked."""
    return _std(std_siret, value, field, "siret")


def vat_number(value: str, *, field: str = "vat_number") -> str:
    """A French intra-EU VAT number (FR + key + SIREN); returned with its FR prefix."""
    number = _std(std_tva, value, field, "vat_number")
    return number if number.startswith("FR") else f"FR{number}"


def iban(value: str, *, field: str = "iban") -> str:
    """An IBAN, mod-97 checked; returned compact (no spaces)."""
    return _std(std_iban, value, field, "iban")


def bic(value: str, *, field: str = "bic") -> str:
    """A BIC (SWIFT code), 8 or 11 characters."""
    return _std(std_bic, value, field, "bic")


def _email_reason(value: str) -> str | None:
    """A short reason of our own when one is certain; email-validator's own texts are English."""
    if "@" not in value:
        return _("the @ is missing")
    if value.count("@") > 1:
        return _("more than one @")
    if any(c.isspace() for c in value):
        return _("no spaces allowed")
    if not value.rpartition("@")[2]:
        return _("nothing after the @")
    return None


def email(value: str, *, field: str = "email") -> str:
    """An email address, syntax only (the desk is offline: no DNS lookup)."""
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        reason = _email_reason(value.strip())
        message = (_("{field}: {value!r} is not a valid email address") if reason is None
                   else _("{field}: {value!r} is not a valid email address ({reason})"))
        raise ValidationError(message.format(field=field, value=value, reason=reason), field=field) from exc


def place_code(value: str, *, field: str = "code") -> str:
    """A place code: 2 to 8 capital letters or digits starting with a letter, e.g. ``FLO``."""
    code = value.strip().upper()
    if not _PLACE_CODE_RE.match(code):
        raise ValidationError(
            _("{field}: {value!r} is not a place code (2 to 8 letters or digits, starting with a letter)").format(
                field=field, value=value),
            field=field)
    return code


def plan_code(value: str, *, field: str = "code") -> str:
    """A plan code: up to 32 letters, digits, ``_``, ``-`` or ``.``, e.g. ``MONTH-FULL``."""
    code = value.strip()
    if not _PLAN_CODE_RE.match(code):
        raise ValidationError(
            _("{field}: {value!r} is not a plan code (letters, digits, - _ . ; up to 32)").format(
                field=field, value=value),
            field=field)
    return code


def required(field: str) -> ValidationError:
    """The error for an empty required field (shared by every form of the core)."""
    return ValidationError(_("{field}: this field is required").format(field=field), field=field)


def required_text(value: str | None, *, field: str, max_length: int = 200, multiline: bool = False) -> str:
    """A non-empty line of text, stripped, with a length bound and no control character.

    ``multiline`` texts (notes, an address) may hold line breaks and tabs; see ``plausibility.check_text``.
    """
    text = (value or "").strip()
    if not text:
        raise required(field)
    return plausibility.check_text(text, field=field, max_length=max_length, multiline=multiline)


def optional_text(value: str | None, *, field: str, max_length: int = 200, multiline: bool = False) -> str | None:
    """Like :func:`required_text` but empty gives ``None``."""
    text = (value or "").strip()
    if not text:
        return None
    return required_text(text, field=field, max_length=max_length, multiline=multiline)
