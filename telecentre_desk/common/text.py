"""Text as hosts search it: lower case without accents, so "elodie" finds "Élodie"."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` case-folded with its combining accents removed ("Éloïse" → "eloise", "Straße" → "strasse")."""
    # Compatibility forms first ("𝕊" is an "S" only after NFKD), then case, then decomposed again for what
    # case folding composed: folding what was folded changes nothing.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
