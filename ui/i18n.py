"""The languages the screens speak, switchable while the program runs.

Installing or removing a QTranslator makes Qt send QEvent.LanguageChange to every
widget; a widget that re-sets its texts in ``changeEvent`` (see ``retranslateUi`` in
ui/widgets) follows the switch without being rebuilt, before ``install_language``
returns.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from pos_app.assets import translations_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
"""Shipped languages: code → the language's name in itself, for a language picker."""

_BABEL_LOCALES = {"en": "en_US", "zh_CN": "zh_CN"}
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def available_languages() -> list[tuple[str, str]]:
    """(code, native name) of every shipped language, the source language first."""
    return list(LANGUAGES.items())


def current_language() -> str:
    return _current


def current_locale_name() -> str:
    """The locale name amounts and dates are parsed and formatted in (Babel's spelling)."""
    return _BABEL_LOCALES[_current]


def system_language() -> str:
    """The shipped language closest to the computer's own, English when none fits."""
    system = QLocale.system()
    if system.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return SOURCE_LANGUAGE


def qm_path(code: str) -> Path:
    return translations_dir() / f"circular_pos_{code}.qm"


def install_language(app: QCoreApplication, code: str) -> bool:
    """Switch the program to language ``code``; False when its catalogue is missing.

    The previous language's translators are removed first, so switching back and forth
    never stacks catalogues. English needs no catalogue of ours (it is the source
    language), but Qt's own dialogs still get theirs.
    """
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; shipped: {', '.join(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    complete = True
    ours = qm_path(code)
    if ours.is_file():
        complete = _install(app, str(ours.parent), ours.stem)
    elif code != SOURCE_LANGUAGE:
        log.warning("No translations for %s at %s; showing English", code, ours)
        complete = False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _install(app, qt_dir, f"qtbase_{code}")

    QLocale.setDefault(QLocale(code))
    _current = code
    # QApplication posts LanguageChange to every window; deliver it now, so every open
    # widget speaks the new language by the time this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return complete


def _install(app: QCoreApplication, directory: str, name: str) -> bool:
    translator = QTranslator()  # kept alive by _installed, freed once replaced
    if not translator.load(name, directory):
        log.info("Translation catalogue %s not found in %s", name, directory)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
