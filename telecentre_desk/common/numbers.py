"""Numbers as a French reader expects them in documents: ``12 345,6`` (decimal comma, grouped thousands).

Spreadsheets get ``fr_number`` (no grouping: Excel must read a number); PDFs and screens get these.
The group separator is a no-break space (U+00A0): the PDFs' standard fonts have it, not the narrow one.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

GROUP = "\u00a0"


def fr_display(value: int | float | Decimal | None, decimals: int = 0, *, empty: str = "—") -> str:
    """``value`` with ``decimals`` digits after a decimal comma and its thousands grouped; ``empty`` for None."""
    if value is None:
        return empty
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number to show")
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _dot, fraction = f"{abs(rounded):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", GROUP)
    return f"{sign}{grouped},{fraction}" if decimals > 0 else f"{sign}{grouped}"
