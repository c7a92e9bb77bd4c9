"""Fonts for every PDF we print.

reportlab's built-in fonts carry no CJK glyphs, so Chinese item names on labels and
receipts would print as empty boxes; every document uses the bundled font instead.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pos_app.assets import CJK_FONT_SUBFONT, cjk_font_path

PDF_FONT = "CircularSans"


def register_pdf_fonts() -> str:
    """Register the bundled font with reportlab (once per process) and return its name.

    Every renderer calls it before drawing, so none depends on who printed first.
    """
    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(
            TTFont(PDF_FONT, str(cjk_font_path()), subfontIndex=CJK_FONT_SUBFONT)
        )
    return PDF_FONT
