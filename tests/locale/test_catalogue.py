"""The French catalogue of the core cannot rot: every _() string translated, the .mo compiled from the .po.

`make locale` refreshes both files; these tests say when someone forgot to run it (or to translate).
"""

from __future__ import annotations

import ast
import os
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.common import i18n

PACKAGE = Path(i18n.__file__).resolve().parents[1]
MESSAGES = PACKAGE / "locale" / "fr" / "LC_MESSAGES"
KEYWORDS = {"_": None, "ngettext": (1, 2)}  # what the core calls; Qt's tr() belongs to the ui's .ts


def _core_directories(path: str) -> bool:
    # The same folders as `make locale` (--ignore-dirs='ui .* _*'): the widgets have Qt Linguist.
    name = os.path.basename(path)
    return name != "ui" and not name.startswith((".", "_"))


def extracted() -> dict[str, str | tuple[str, str]]:
    """Every message of the core's sources: msgid (or singular and plural) by msgid."""
    found: dict[str, str | tuple[str, str]] = {}
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
            PACKAGE, keywords=KEYWORDS, directory_filter=_core_directories):
        found[message if isinstance(message, str) else message[0]] = message
    return found


def po_catalogue() -> Catalog:
    with (MESSAGES / "telecentre_desk.po").open("rb") as fh:
        return read_po(fh, locale="fr")


def entries() -> list:
    return [m for m in po_catalogue() if m.id]


def placeholders(text: str) -> set[str]:
    """Names of the {placeholders}; a translation may drop a conversion (``{value!r}`` -> « {value} »)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_core_has_messages_to_translate() -> None:
    assert len(extracted()) > 100


def test_every_message_of_the_core_is_in_the_catalogue() -> None:
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in entries()}
    missing = sorted(set(extracted()) - ids)
    assert missing == [], "run `make locale`, then translate the new entries"


def test_the_catalogue_holds_no_message_the_core_no_longer_has() -> None:
    catalogue = po_catalogue()
    stale = sorted(m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id)
    assert sorted(set(stale) - set(extracted())) == []
    assert list(catalogue.obsolete) == []


def test_plural_messages_keep_their_plural() -> None:
    plurals = {key: value for key, value in extracted().items() if isinstance(value, tuple)}
    assert plurals  # the migration's "would break N references"
    by_id = {m.id[0]: m for m in entries() if isinstance(m.id, tuple)}
    assert {key: by_id[key].id for key in plurals} == plurals


def test_every_entry_has_a_real_french_translation() -> None:
    untranslated = [m.id for m in entries()
                    if m.fuzzy or not all(m.string if isinstance(m.string, tuple) else (m.string,))]
    assert untranslated == []
    assert not po_catalogue().fuzzy


def test_translations_keep_every_placeholder() -> None:
    for message in entries():
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            assert placeholders(text) == placeholders(ids[-1]), (message.id, text)


def test_french_typography() -> None:
    # The typewriter apostrophe and ordinary spaces before a colon or inside « » are the usual slips.
    for message in entries():
        for text in message.string if isinstance(message.string, tuple) else (message.string,):
            assert "'" not in text, text
            assert not re.search(r" [:;?!]|« | »", text), text


def _plain(text: str | list[str] | tuple[str, ...]) -> str | tuple[str, ...]:
    return text if isinstance(text, str) else tuple(text)  # the .mo reader gives plurals as lists


def test_the_committed_mo_is_compiled_from_the_committed_po() -> None:
    with (MESSAGES / "telecentre_desk.mo").open("rb") as fh:
        compiled = {_plain(m.id): _plain(m.string) for m in read_mo(fh) if m.id}
    assert compiled == {_plain(m.id): _plain(m.string) for m in entries()}, "run `make locale` to compile the .mo"


def test_no_formatted_string_is_handed_to_gettext() -> None:
    # _(f"...") or _("..." % x) would look up a message that is never in the catalogue.
    bad = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS:
                literal = [isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args[:2]]
                if not all(literal[:1 if node.func.id == "_" else 2]):
                    bad.append(f"{path.name}:{node.lineno}")
    assert bad == []


DESK_ERRORS = {"DeskError", "ValidationError", "NotFoundError", "ConflictError", "DatabaseError"}


def test_every_expected_error_of_the_core_goes_through_gettext() -> None:
    # A message written straight into DeskError("...") or DeskError(f"...") would reach a French host in English.
    bare = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in DESK_ERRORS
                    and node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)):
                bare.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert bare == [], "wrap the message in _() and run `make locale`"


_VALUES = st.text(alphabet=string.ascii_letters + string.digits + "éàç-./ @", min_size=1, max_size=12)


@pytest.fixture(scope="module")
def french_messages() -> list[tuple[str, str]]:
    pairs = []
    for message in entries():
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        pairs += [(ids[-1], text) for text in strings]
    return pairs


@given(data=st.data())
def test_any_value_reaches_the_french_text(french_messages: list[tuple[str, str]], data: st.DataObject) -> None:
    source, french = data.draw(st.sampled_from(french_messages))
    values = {name: data.draw(_VALUES) for name in placeholders(source)}
    english, translated = source.format(**values), french.format(**values)
    for value in values.values():
        assert value in english and value in translated
