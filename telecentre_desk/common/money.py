"""Money in integer cents, rates in Decimal, French formatting in one place.

Never a float: amounts typed by people are parsed as Decimal and rounded half-up to the cent.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

CENT = Decimal("0.01")
# A sanity bound, not a business rule: no price at a coworking desk reaches a million euros.
MAX_CENTS = 100_000_000
_AMOUNT_RE = re.compile(r"^\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*(?:€|EUR)?\s*$")


def parse_amount(text: str, *, field: str = "amount", allow_zero: bool = True) -> int:
    """Parse a euro amount as people type it (``12.50``, ``12,50``, ``1 234,5 €``) into cents.

    Raises:
        ValidationError: for anything else, negative amounts included.
    """
    if text is None:
        raise ValidationError(_("{field}: an amount is required").format(field=field), field=field)
    raw = str(text).strip()
    if raw.startswith("-"):
        raise ValidationError(_("{field}: the amount cannot be negative ({value!r})").format(field=field, value=raw),
                              field=field)
    match = _AMOUNT_RE.match(raw)
    if not match:
        raise ValidationError(
            _("{field}: {value!r} is not an amount in euros (write 12.50 or 12,50)").format(field=field, value=raw),
            field=field)
    whole = re.sub(r"[ \u00a0\u202f]", "", match.group(1))
    fraction = match.group(2) or "0"
    if len(whole.lstrip("0")) > len(str(MAX_CENTS)):  # before Decimal: 300 digits overflow its context
        raise ValidationError(_("{field}: {value} is more than any price this desk can hold").format(
            field=field, value=raw[:40]), field=field)
    try:
        value = Decimal(f"{whole}.{fraction}")
    except InvalidOperation as exc:  # pragma: no cover - the regex already guarantees digits
        raise ValidationError(_("{field}: {value!r} is not an amount").format(field=field, value=raw),
                              field=field) from exc
    cents = int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if cents > MAX_CENTS:
        raise ValidationError(_("{field}: {value} is more than any price this desk can hold").format(
            field=field, value=raw), field=field)
    if cents == 0 and not allow_zero:
        raise ValidationError(_("{field}: the amount must be more than zero").format(field=field), field=field)
    return cents


def cents_to_decimal(cents: int) -> Decimal:
    """Cents as a Decimal with two places, e.g. 18000 -> Decimal('180.00')."""
    return (Decimal(cents) / 100).quantize(CENT)


def format_plain(cents: int) -> str:
    """Machine format for JSON and sync files: ``"180.00"``, ``"-3.50"``."""
    return f"{cents_to_decimal(cents):.2f}"


def format_eur(cents: int) -> str:
    """French display format: ``1 234,56 €`` with narrow no-break spaces as typographers want."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", "\u202f")
    return f"{sign}{grouped},{rest:02d}\u00a0€"


def parse_rate(text: str | Decimal | int | float, *, field: str = "vat_rate") -> Decimal:
    """A VAT rate in percent (``20``, ``5,5``, ``2.1``) as a Decimal between 0 and 100."""
    raw = str(text).strip().replace(",", ".").rstrip("%").strip()
    try:
        rate = Decimal(raw)
    except InvalidOperation as exc:
        raise ValidationError(_("{field}: {value!r} is not a percentage").format(field=field, value=text),
                              field=field) from exc
    if not rate.is_finite() or rate < 0 or rate > 100:
        raise ValidationError(_("{field}: {value!r} must be between 0 and 100").format(field=field, value=text),
                              field=field)
    if rate != rate.quantize(CENT):
        raise ValidationError(_("{field}: {value!r} has more than two decimals").format(field=field, value=text),
                              field=field)
    return rate.quantize(CENT)


def rate_to_basis_points(rate: Decimal) -> int:
    """20.00 % -> 2000: rates are stored as integers so SQLite never sees a float."""
    return int(rate * 100)


def basis_points_to_rate(bp: int) -> Decimal:
    """2000 -> Decimal('20.00')."""
    return (Decimal(bp) / 100).quantize(CENT)


def format_rate(bp: int) -> str:
    """French display of a rate: 2000 -> ``20 %``, 550 -> ``5,5 %``."""
    text = f"{basis_points_to_rate(bp).normalize():f}".replace(".", ",")
    return f"{text}\u00a0%"
