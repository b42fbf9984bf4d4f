"""The core's messages in the user's language: Python's gettext, with a catalogue shipped in the package.

The widgets are translated by Qt Linguist (``ui/i18n.py``), but the expected errors come from the
Qt-free core and reach both the window and the CLI, so the core has its own catalogue
(``telecentre_desk/locale/fr/LC_MESSAGES/telecentre_desk.po``, compiled by ``make locale``).

The composition root calls :func:`set_language` once, before any service runs; a message is
translated when it is raised. Placeholders are named and filled after translation, so that a
translator may move them: ``_("{field}: {value!r} is not a valid SIREN").format(field=..., value=...)``.
"""

from __future__ import annotations

import gettext
import io
import locale
import logging
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources

logger = logging.getLogger(__name__)

DOMAIN = "telecentre_desk"
LANG_ENV = "TELECENTRE_DESK_LANG"
LANGUAGES = ("en", "fr")  # English is the source language: it needs no catalogue
# POSIX precedence for the language of messages: the first one set wins.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_FRENCH_LOCALE_RE = re.compile(r"^(fr|french)([_.@-]|$)", re.IGNORECASE)

_language = "en"
_translations: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    """``message`` in the current language (the English source when it has no translation)."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for ``count``, following the language's own plural rule."""
    return _translations.ngettext(singular, plural, count)


def current_language() -> str:
    return _language


def set_language(language: str) -> str:
    """Translate the core's messages into ``language`` from now on; returns the previous language."""
    global _language, _translations
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    previous = _language
    _language = language
    _translations = gettext.NullTranslations() if language == "en" else catalogue(language)
    return previous


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue, read as a package resource (works from a zip or a frozen app too)."""
    path = resources.files("telecentre_desk").joinpath("locale", language, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        return gettext.GNUTranslations(io.BytesIO(path.read_bytes()))
    except OSError as exc:  # missing, or not a .mo file (bad magic number)
        logger.warning("the %s catalogue of messages cannot be read (%s); messages stay in English",
                       language, exc)
        return gettext.NullTranslations()


def language_of_locale(name: str) -> str:
    """``fr`` for a French locale name (``fr_FR.UTF-8``, ``fr_CA``, Windows' ``French_France``), else ``en``."""
    return "fr" if _FRENCH_LOCALE_RE.match(name.strip()) else "en"


def language_from_environ(environ: Mapping[str, str], *, system_locale: str | None = None) -> str:
    """The CLI's choice: ``TELECENTRE_DESK_LANG``, then LC_ALL, LC_MESSAGES, LANG, then the process locale.

    The window decides with Qt's ``QLocale.system()`` instead (``ui/i18n.choose_language``), which
    also reads the settings of Windows and macOS; both honour ``TELECENTRE_DESK_LANG`` first.
    """
    forced = environ.get(LANG_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    if forced:
        logger.warning("%s=%r is not one of %s; using the system language", LANG_ENV, forced, ", ".join(LANGUAGES))
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").strip()
        if value:
            return language_of_locale(value)
    if system_locale is None:
        # Windows sets none of the variables; Python starts with the user's locale for LC_CTYPE.
        system_locale = locale.getlocale(locale.LC_CTYPE)[0] or ""
    return language_of_locale(system_locale)
