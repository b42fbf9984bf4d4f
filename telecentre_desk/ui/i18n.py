"""Pick the language and install the translators: French on a French system, English otherwise."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

logger = logging.getLogger(__name__)

LANG_ENV = "TELECENTRE_DESK_LANG"
LANGUAGES = ("en", "fr")  # English is the source language: it needs no translator
CATALOGUE = "telecentre_desk_{language}.qm"


def choose_language(environ: Mapping[str, str], *, system: QLocale | None = None) -> str:
    """``TELECENTRE_DESK_LANG`` when it names a language we ship, else the system's language."""
    forced = environ.get(LANG_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    if forced:
        logger.warning("%s=%r is not one of %s; using the system language", LANG_ENV, forced,
                       ", ".join(LANGUAGES))
    system = QLocale.system() if system is None else system
    return "fr" if system.language() == QLocale.Language.French else "en"


def catalogue_bytes(language: str) -> bytes | None:
    """Our compiled catalogue for ``language``, read as a package resource (works from a zip too)."""
    path = resources.files("telecentre_desk.ui").joinpath("translations", CATALOGUE.format(language=language))
    try:
        return path.read_bytes()
    except OSError:
        return None


def qt_translation_folders() -> Sequence[str]:
    """Where Qt's own catalogues (qtbase_fr.qm) may be: Qt's configured folder, then PySide6's wheel folder."""
    import PySide6

    package = Path(PySide6.__file__).parent
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(package / "Qt" / "translations"), str(package / "translations")]
    return list(dict.fromkeys(folders))


class Translations:
    """The translators installed for one run; ``remove`` puts the application back as it was."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        # QTranslator.load(bytes) does not copy the data: it must outlive the translator.
        self._buffers: list[bytes] = []
        self._previous_locale: QLocale | None = None

    @property
    def count(self) -> int:
        return len(self._translators)

    def install(self, app: QCoreApplication, language: str) -> None:
        if language == "en":
            # English is the source, but "%n visit(s)" needs its plural forms: a catalogue of numerus entries
            # only (lupdate -pluralonly), so the window says "1 visit" and "2 visits".
            data = catalogue_bytes("en")
            plurals = QTranslator(app)
            if data is not None and plurals.load(data):
                self._buffers.append(data)
                self._add(app, plurals)
            return
        self._previous_locale = QLocale()
        # Dates and numbers follow the language even when it was forced on an English system.
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        data = catalogue_bytes(language)
        ours = QTranslator(app)
        if data is None or not ours.load(data):
            logger.warning("the %s catalogue is missing or damaged; the window stays in English", language)
        else:
            self._buffers.append(data)
            self._add(app, ours)
        # Qt's own strings: the buttons of message boxes, the context menus of text fields, the file and print
        # dialogs ("Look in:", "Files of type:"). A Qt built elsewhere (a distribution's Qt, a frozen build) may
        # point TranslationsPath at a folder without them: PySide6's own folder is tried next.
        qtbase = QTranslator(app)
        folder = next((f for f in qt_translation_folders() if qtbase.load(QLocale(QLocale.Language.French),
                                                                           "qtbase", "_", f)), None)
        if folder is not None:
            self._add(app, qtbase)
        else:
            logger.info("Qt's own French catalogue was not found in %s", ", ".join(qt_translation_folders()))

    def _add(self, app: QCoreApplication, translator: QTranslator) -> None:
        app.installTranslator(translator)
        self._translators.append(translator)

    def remove(self, app: QCoreApplication) -> None:
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self._buffers.clear()
        if self._previous_locale is not None:
            QLocale.setDefault(self._previous_locale)
            self._previous_locale = None


def install(app: QCoreApplication, language: str) -> Translations:
    """Install the translators for ``language`` and return them, so they can be removed."""
    translations = Translations()
    translations.install(app, language)
    return translations
