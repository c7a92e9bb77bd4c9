"""What the papers we print share, so that a receipt, a refund slip, a shift report and an
intake paper wrap, rule, space and word their lines alike.

A roll paper is a list of `Row`s of known height drawn top to bottom; `receipt_page` puts
them on one page exactly as long as they are (a roll printer cuts where the page ends).
Each module keeps its own English/Chinese word table and looks words up with `word_in`
(pos_app has no Qt, so no Qt translation here).
"""
from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pos_app.domain.money import Money

LANGUAGES = ("en", "zh_CN")
WIDTHS_MM = (58, 80)  # the rolls the counter's receipt printers take


def check_language(language: str) -> None:
    """Refuse a language the word tables have no column for (a caller's mistake)."""
    if language not in LANGUAGES:
        raise ValueError(f"language is one of {LANGUAGES}, not {language!r}")


def check_width(width_mm: int) -> None:
    """Refuse a roll width no receipt printer takes (a caller's mistake)."""
    if width_mm not in WIDTHS_MM:
        raise ValueError(f"a receipt is one of {WIDTHS_MM} mm wide, not {width_mm!r}")


# How every paper names a way of paying, (English, Chinese): spread into each paper's words.
TENDER_WORDS: dict[str, tuple[str, str]] = {
    "cash": ("Cash", "现金"),
    "card": ("Bank card", "银行卡"),
    "mobile": ("Mobile payment", "移动支付"),
    "transfer": ("Bank transfer", "银行转账"),
    "credit": ("Store credit", "店内储值"),
    "voucher": ("Gift voucher", "礼券"),
}


def word_in(words: Mapping[str, tuple[str, str]], key: str, language: str,
            **params: object) -> str:
    """The word `key` of a table of (English, Chinese) in `language`, with `params` filled in."""
    return words[key][language == "zh_CN"].format(**params)


def money_text(amount: Money) -> str:
    """"¥1,230.00": the store's own notation, in either language."""
    return amount.format("zh_CN")


def when(moment: datetime) -> str:
    """A moment in the store's local time to the minute, as every paper prints it."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def escape(text: str) -> str:
    """`text` safe inside a reportlab Paragraph, which reads its text as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def body_style(font: str, language: str) -> ParagraphStyle:
    """The body text of an A4 paper in `font`; Chinese has no spaces to break lines at, so it
    wraps between any two characters."""
    wrap_mode = "CJK" if language == "zh_CN" else None
    return ParagraphStyle("body", fontName=font, fontSize=10, leading=14, wordWrap=wrap_mode)


# ----------------------------------------------------------------------- wrapping text


def is_wide(char: str) -> bool:
    """A CJK character: two columns on a printer's grid, and a line may break beside it."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def tokens(text: str) -> list[str]:
    """`text` in the pieces a line may break between: a Latin word with its trailing space,
    or a single CJK character."""
    out, current = [], ""
    for char in text:
        if is_wide(char):
            if current:
                out.append(current)
            out.append(char)
            current = ""
        elif char == " ":
            out.append(current + char)
            current = ""
        else:
            current += char
    if current:
        out.append(current)
    return out


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` no wider than `width`: Latin words break at spaces, CJK anywhere."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in tokens(paragraph):
            trial = line + token
            if line and stringWidth(trial, font, size) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = trial
            full, line = break_long(line, font, size, width)
            lines += full
        lines.append(line.rstrip())
    return lines


def break_long(line: str, font: str, size: float, width: float) -> tuple[list[str], str]:
    """A word too long for any line cut where it must be: the pieces that fill a line each,
    and the rest, for the next line to go on from."""
    full: list[str] = []
    while stringWidth(line, font, size) > width and len(line) > 1:
        cut = len(line) - 1
        while cut > 1 and stringWidth(line[:cut], font, size) > width:
            cut -= 1
        full.append(line[:cut])
        line = line[cut:]
    return full, line


# ------------------------------------------------------------------------------- rows


@dataclass
class Row:
    """One line of a paper, `height` points tall; `draw` draws it with its top at y."""

    height: float
    draw: Callable[[Canvas, float], None]


def text_rows(text: str, font: str, size: float, x: float, width: float, *,
              align: str = "left", leading: float = 1.3) -> list[Row]:
    """`text` wrapped to `width`, a row a line, aligned left, center or right."""
    rows = []
    for line in wrap(text, font, size, width):
        def draw(c: Canvas, top: float, line: str = line) -> None:
            c.setFont(font, size)
            base = top - size
            if align == "center":
                c.drawCentredString(x + width / 2, base, line)
            elif align == "right":
                c.drawRightString(x + width, base, line)
            else:
                c.drawString(x, base, line)
        rows.append(Row(size * leading, draw))
    return rows


def pair_row(left: str, right: str, font: str, size: float, x: float, width: float) -> list[Row]:
    """`left` wrapped beside `right` on the right edge (a line of the receipt with its amount)."""
    right_width = stringWidth(right, font, size) + 6
    rows = text_rows(left, font, size, x, width - right_width)

    def draw_right(c: Canvas, top: float) -> None:
        c.setFont(font, size)
        c.drawRightString(x + width, top - size, right)
    first = rows[0]
    rows[0] = Row(first.height, lambda c, top: (first.draw(c, top), draw_right(c, top)))
    return rows


def rule_row(x: float, width: float, dash: bool = False) -> Row:
    """A thin line across `width`, dashed between the parts of a receipt."""
    def draw(c: Canvas, top: float) -> None:
        c.saveState()
        c.setLineWidth(0.5)
        if dash:
            c.setDash(2, 2)
        c.line(x, top - 4, x + width, top - 4)
        c.restoreState()
    return Row(8, draw)


def space(height: float) -> Row:
    """White space `height` points tall."""
    return Row(height, lambda c, top: None)


def draw_rows(c: Canvas, rows: list[Row], top: float) -> float:
    """`rows` drawn one under the other from `top` down; returns where the next would go."""
    for row in rows:
        row.draw(c, top)
        top -= row.height
    return top


def receipt_page(rows: list[Row], page_width: float, margin: float,
                 title: str) -> tuple[bytes, float]:
    """`rows` as a one-page PDF `page_width` wide and exactly as long as they are with
    `margin` all round, so the roll is cut right under the last line; returns the PDF and
    the page's height in points."""
    height = sum(r.height for r in rows) + 2 * margin
    out = io.BytesIO()
    c = Canvas(out, pagesize=(page_width, height), invariant=1)
    c.setTitle(title)
    draw_rows(c, rows, height - margin)
    c.showPage()
    c.save()
    return out.getvalue(), height
