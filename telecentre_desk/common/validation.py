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
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siren as std_siren
from stdnum.fr import siret as std_siret
from stdnum.fr import tva as std_tva

from telecentre_desk.common.errors import ValidationError

_PLACE_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_PLAN_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


def _std(module, value: str, field: str, label: str) -> str:
    try:
        return module.validate(value)
    except StdnumError as exc:
        raise ValidationError(f"{field}: {value!r} is not a valid {label} ({exc})", field=field) from exc


def siren(value: str, *, field: str = "siren") -> str:
    """A SIREN: 9 digits with a Luhn check digit."""
    return _std(std_siren, value, field, "SIREN")


def siret(value: str, *, field: str = "siret") -> str:
    """A SIRET: 14 digits, the SIREN plus an establishment number, Luhn-checked."""
    return _std(std_siret, value, field, "SIRET")


def vat_number(value: str, *, field: str = "vat_number") -> str:
    """A French intra-EU VAT number (FR + key + SIREN); returned with its FR prefix."""
    number = _std(std_tva, value, field, "French VAT number")
    return number if number.startswith("FR") else f"FR{number}"


def iban(value: str, *, field: str = "iban") -> str:
    """An IBAN, mod-97 checked; returned compact (no spaces)."""
    return _std(std_iban, value, field, "IBAN")


def bic(value: str, *, field: str = "bic") -> str:
    """A BIC (SWIFT code), 8 or 11 characters."""
    return _std(std_bic, value, field, "BIC")


def email(value: str, *, field: str = "email") -> str:
    """An email address, syntax only (the desk is offline: no DNS lookup)."""
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(f"{field}: {value!r} is not a valid email address ({exc})",
                              field=field) from exc


def place_code(value: str, *, field: str = "code") -> str:
    """A place code: 2 to 8 capital letters or digits starting with a letter, e.g. ``FLO``."""
    code = value.strip().upper()
    if not _PLACE_CODE_RE.match(code):
        raise ValidationError(
            f"{field}: {value!r} is not a place code (2 to 8 letters or digits, starting with a letter)",
            field=field)
    return code


def plan_code(value: str, *, field: str = "code") -> str:
    """A plan code: up to 32 letters, digits, ``_``, ``-`` or ``.``, e.g. ``MONTH-FULL``."""
    code = value.strip()
    if not _PLAN_CODE_RE.match(code):
        raise ValidationError(
            f"{field}: {value!r} is not a plan code (letters, digits, - _ . ; up to 32)", field=field)
    return code


def required_text(value: str | None, *, field: str, max_length: int = 200) -> str:
    """A non-empty line of text, stripped, with a length bound."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{field}: this field is required", field=field)
    if len(text) > max_length:
        raise ValidationError(f"{field}: at most {max_length} characters", field=field)
    return text


def optional_text(value: str | None, *, field: str, max_length: int = 200) -> str | None:
    """Like :func:`required_text` but empty gives ``None``."""
    text = (value or "").strip()
    if not text:
        return None
    return required_text(text, field=field, max_length=max_length)
