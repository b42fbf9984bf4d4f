"""Cell values as French Excel writes and reads them: ``26/11/2026``, ``1 234,50``, text it must not mangle.

Reading is lenient where people are (ISO dates, a dot as decimal mark, thousands spaces of any kind)
and strict where guessing would be wrong (a two-digit year, ``31/02/2026``). Writing puts each value
in the one form French Excel turns back into the same value when the file is opened by double click.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

# Thousands separators met in French files: space, no-break space (Excel), narrow no-break space (typography).
_SPACES = " \u00a0\u202f"
_FR_DATE_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_GROUPED = r"\d{1,3}(?:[" + _SPACES + r"]\d{3})+"
_DECIMAL_COMMA_RE = re.compile(r"^(" + _GROUPED + r"|\d+)(?:,(\d+))?$")
# 1.234,50 or 1.234.567 (German style, seen too); a lone 1.234 is left to the ambiguity rule below.
_DOTS_GROUPED_RE = re.compile(r"^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$")
_DECIMAL_DOT_RE = re.compile(r"^(\d+)\.(\d+)$")  # 1234.5: a machine, or Excel in English
_AMBIGUOUS_DOT_RE = re.compile(r"^[1-9]\d{0,2}\.\d{3}$")  # 1.234: a thousand, or one point two?
_EXCEL_STRING_RE = re.compile(r'="((?:[^"]|"")*)"\Z')
# Text Excel would run as a formula (or break, like a phone number "+33 6 ..."): OWASP's CSV injection list.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Formatted(str):
    """A cell already in its French spreadsheet form (a number, a date): written as is, never protected."""

    __slots__ = ()


# -- reading -----------------------------------------------------------------------------------------------


def parse_fr_date(text: str, *, field: str = "date") -> dt.date:
    """``DD/MM/YYYY`` (also ``D/M/YYYY``, ``-`` or ``.`` between), or ISO ``YYYY-MM-DD``; a time after it
    (LibreOffice writes one for date-time cells) is ignored.

    Raises:
        ValidationError: not a date, a two-digit year, or a day the calendar does not have (31/02/2026).
    """
    raw = str(text).strip()
    iso = _ISO_DATE_RE.match(raw)
    french = None if iso else _FR_DATE_RE.match(raw)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif french:
        if len(french.group(3)) != 4:
            raise ValidationError(_("{field}: {value!r}: write the year with four digits (DD/MM/YYYY)").format(
                field=field, value=raw), field=field)
        day, month, year = (int(g) for g in french.groups())
    else:
        raise ValidationError(_("{field}: {value!r} is not a date (DD/MM/YYYY)").format(field=field, value=raw),
                              field=field)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(_("{field}: {value!r} does not exist in the calendar").format(field=field, value=raw),
                              field=field) from None


def parse_fr_decimal(text: str, *, field: str = "number") -> Decimal:
    """A number as French people and spreadsheets write it: ``1 234,50``, ``-3,5``, ``12``, ``1.234,5``,
    ``1234.5`` and ``12,50 €``. A comma is always the decimal mark; a dot is one only when it is alone
    and not followed by exactly three digits of a group (``1.234`` is refused: a thousand or one point two?).

    Raises:
        ValidationError: anything else.
    """
    raw = str(text).strip()
    body = raw.removesuffix("€").removesuffix("EUR").strip()
    sign = ""
    if body[:1] in ("-", "\u2212", "+"):
        sign, body = ("-" if body[0] != "+" else ""), body[1:].strip()
    whole = fraction = None
    for pattern in (_DECIMAL_COMMA_RE, _DOTS_GROUPED_RE):
        match = pattern.match(body)
        if match and (pattern is _DECIMAL_COMMA_RE or match.group(2) or match.group(1).count(".") > 1):
            whole, fraction = re.sub(r"[ \u00a0\u202f.]", "", match.group(1)), match.group(2) or "0"
            break
    else:
        match = _DECIMAL_DOT_RE.match(body)
        if match and not _AMBIGUOUS_DOT_RE.match(body):
            whole, fraction = match.groups()
    if whole is None:
        raise ValidationError(_("{field}: {value!r} is not a number (write 1234,50)").format(field=field, value=raw),
                              field=field)
    try:
        return Decimal(f"{sign}{whole}.{fraction}")
    except InvalidOperation:  # pragma: no cover - the patterns only let digits through
        raise ValidationError(_("{field}: {value!r} is not a number (write 1234,50)").format(
            field=field, value=raw), field=field) from None


def unwrap_excel_string(cell: str) -> str:
    """``="0612345678"`` (how spreadsheets keep a text that looks like a number) back to its text."""
    match = _EXCEL_STRING_RE.match(cell) if cell.startswith('="') else None
    return match.group(1).replace('""', '"') if match else cell


# -- writing -----------------------------------------------------------------------------------------------


def fr_date(day: dt.date | None) -> Formatted:
    """``26/11/2026``; a datetime gives its date and time, ``26/11/2026 09:05``."""
    if day is None:
        return Formatted("")
    if isinstance(day, dt.datetime):
        return Formatted(day.strftime("%d/%m/%Y %H:%M"))
    return Formatted(day.strftime("%d/%m/%Y"))


def fr_number(value: int | float | Decimal | None, decimals: int = 2) -> Formatted:
    """``1234,50``: a decimal comma and no thousands separator (Excel reads it as a number whatever its
    grouping setting). Integers are written whole; a Decimal is rounded half-up to ``decimals``."""
    if value is None:
        return Formatted("")
    if isinstance(value, bool):
        raise TypeError("a boolean is not a spreadsheet number")
    if isinstance(value, int):
        return Formatted(str(value))
    if isinstance(value, Decimal):
        text = f"{value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):f}"
    else:
        text = f"{value:.{decimals}f}"
    return Formatted(text.replace(".", ","))


def fr_cents(cents: int | None) -> Formatted:
    """An amount in cents as euros: ``-1234,50`` (no currency sign: the column header says €)."""
    if cents is None:
        return Formatted("")
    sign = "-" if cents < 0 else ""
    return Formatted(f"{sign}{abs(cents) // 100},{abs(cents) % 100:02d}")


def excel_text(text: str) -> str:
    """A text cell that French Excel shows exactly as written.

    Excel runs a cell starting with ``= + - @`` as a formula (a member named ``=HYPERLINK(...)`` would be
    code; a phone number ``+33 6 12 34 56 78`` shows ``#NAME?``), drops the leading zero of ``0612345678``
    or ``04000``, and shows 12 digits or more (a SIRET) as ``7,32829E+13``. Those cells are written
    ``="..."``, a formula that is a plain string: Excel shows the text and our reader unwraps it.
    """
    digits = text.isascii() and text.isdigit()
    if text.startswith(_FORMULA_STARTS) or (digits and ((len(text) > 1 and text[0] == "0") or len(text) >= 12)):
        return '="' + text.replace('"', '""') + '"'
    return text


def cell_text(value: object) -> str:
    """Any cell value in its spreadsheet form: text protected, numbers and dates in French."""
    if value is None:
        return ""
    if isinstance(value, Formatted):
        return str(value)
    if isinstance(value, str):
        return excel_text(value)
    if isinstance(value, dt.date):
        return fr_date(value)
    if isinstance(value, int | float | Decimal):
        return fr_number(value)
    raise TypeError(f"cannot write a {type(value).__name__} in a spreadsheet cell")
