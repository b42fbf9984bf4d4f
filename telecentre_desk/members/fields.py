"""Validation of a member's fields, shared by the CLI and the member dialog."""

from __future__ import annotations

from typing import Any

from stdnum.eu import vat as std_eu_vat
from stdnum.exceptions import ValidationError as StdnumError

from telecentre_desk.common import validation
from telecentre_desk.common.enums import MemberCategory, MemberStatus
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

EDITABLE = ("first_name", "last_name", "email", "phone", "category", "company_name", "siren", "vat_number",
            "address", "postcode", "city", "notes")
_PHONE_CHARS = set("0123456789+ .-()")
_MULTILINE = ("address", "notes")  # the only fields that may hold a line break (the spreadsheet rule too)


def clean_member_fields(changes: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    """Return the stored form of the given fields, or raise ValidationError naming the field.

    When ``creating``, first and last names are required.
    """
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in EDITABLE:
            raise ValidationError(_("{field}: not a field of a member").format(field=key), field=key)
        text = None if value is None else str(value).strip()
        if key in ("first_name", "last_name"):
            clean[key] = validation.required_text(text, field=key, max_length=100)
        elif not text:
            if key == "category":
                raise validation.required(key)
            clean[key] = None
        elif key == "email":
            clean[key] = validation.email(text)
        elif key == "siren":
            clean[key] = validation.siren(text)
        elif key == "vat_number":
            clean[key] = eu_vat_number(text)
        elif key == "phone":
            if not set(text) <= _PHONE_CHARS or sum(c.isdigit() for c in text) < 6:
                raise ValidationError(_("{field}: {value!r} is not a phone number").format(field=key, value=text),
                                      field=key)
            clean[key] = text
        elif key == "category":
            if text not in {c.value for c in MemberCategory}:
                choices = ", ".join(c.value for c in MemberCategory)
                raise ValidationError(_("{field}: {value!r} is not one of {choices}").format(
                    field=key, value=text, choices=choices), field=key)
            clean[key] = text
        else:
            clean[key] = validation.optional_text(text, field=key, max_length=2000 if key == "notes" else 200,
                                                  multiline=key in _MULTILINE)
    if creating:
        for key in ("first_name", "last_name"):
            if key not in clean:
                raise validation.required(key)
    return clean


def eu_vat_number(text: str, *, field: str = "vat_number") -> str:
    """An intra-EU VAT number of any member state (a customer may be Belgian), checked by python-stdnum."""
    try:
        return std_eu_vat.validate(text)
    except StdnumError as exc:
        raise ValidationError(_("{field}: {value!r} is not a valid intra-EU VAT number").format(
            field=field, value=text), field=field) from exc


def check_status(value: str) -> str:
    if value not in {s.value for s in MemberStatus}:
        raise ValidationError(_("{field}: {value!r} is not one of {choices}").format(
            field="status", value=value, choices="active, inactive"), field="status")
    return value
