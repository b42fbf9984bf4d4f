"""Folding for search: accents and case never hide a name from the host."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.common.text import fold


def test_accented_names_fold_to_what_a_host_types() -> None:
    assert fold("Éloïse") == "eloise"
    assert fold("FRANÇOIS Lefèvre") == "francois lefevre"
    assert fold("Straße") == "strasse"


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_accent(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(c) for c in folded)


@given(st.text(alphabet=st.characters(min_codepoint=ord("a"), max_codepoint=ord("z"))))
def test_an_accent_on_any_letter_is_ignored(word: str) -> None:
    accented = "".join(c + "\u0301" for c in word)  # each letter with a combining acute accent
    assert fold(accented.upper()) == word
