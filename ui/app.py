"""The QApplication every screen runs in: names, fonts, language, error handling, look.

``ui/main.py`` builds the main window on top of ``create_application``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from pos_app.assets import cjk_font_path
from ui import i18n
from ui.errors import install_error_handler
from ui.theme import apply_theme

log = logging.getLogger(__name__)

ORGANIZATION_NAME = "circular-pos"
APPLICATION_NAME = "circular-pos"
DISPLAY_NAME = "Circular POS"

_cjk_family: str | None = None


def create_application(
    argv: Sequence[str],
    language: str | None = None,
    *,
    kiosk: bool = False,
    handle_errors: bool = True,
) -> QApplication:
    """Create (or, in tests, reuse) the QApplication and set it up for the store.

    ``language`` is a code from ``i18n.available_languages()``; None picks the one
    closest to the computer's. ``handle_errors=False`` leaves sys.excepthook alone.
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv))
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    if handle_errors:
        install_error_handler()
    register_fonts(app)
    i18n.install_language(app, language or i18n.system_language())
    apply_theme(app, kiosk=kiosk)
    return app


def register_fonts(app: QApplication) -> str | None:
    """Add the bundled CJK font as the application font's fallback; return its family.

    Chinese item names must render on tills whose system has no CJK font at all.
    """
    global _cjk_family
    if _cjk_family is None:
        path = cjk_font_path()
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("Could not load the CJK font %s; Chinese may show as boxes", path)
            return None
        # A .ttc holds several faces (WenQuanYi: proportional and mono); prefer the former.
        _cjk_family = next((f for f in families if "mono" not in f.lower()), families[0])
    font = app.font()
    families = [f for f in font.families() or [font.family()] if f != _cjk_family]
    font.setFamilies([*families, _cjk_family])
    app.setFont(font)
    return _cjk_family


def cjk_font_family() -> str | None:
    """The family name of the bundled CJK font once registered, else None."""
    return _cjk_family
