"""Where the shipped files live: fonts, translations, templates, icons.

No Qt here, so the printing code, the CLI and the tests find the same files as the GUI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_BUNDLE = getattr(sys, "_MEIPASS", None)  # set inside the PyInstaller-built app
ASSETS_DIR = Path(
    os.environ.get("POS_ASSETS_DIR")
    or (Path(_BUNDLE) / "assets" if _BUNDLE else Path(__file__).resolve().parents[1] / "assets")
)
"""The repository's top-level ``assets/``; inside the installed app, the bundled copy."""

CJK_FONT_FILE = "wqy-microhei.ttc"
CJK_FONT_SUBFONT = 0
"""WenQuanYi Micro Hei is a collection; face 0 is the proportional one, 1 the mono one."""


def cjk_font_path() -> Path:
    """The bundled font that covers Latin, CJK and ¥/€ alike, for PDFs and the screens."""
    return ASSETS_DIR / "fonts" / CJK_FONT_FILE


def translations_dir() -> Path:
    return ASSETS_DIR / "translations"


def templates_dir() -> Path:
    return ASSETS_DIR / "templates"


def icons_dir() -> Path:
    return ASSETS_DIR / "icons"
