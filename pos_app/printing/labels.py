"""Shelf labels as PDF: A4 sheets of die-cut labels and single labels for thermal roll printers.

Templates are data (assets/templates/labels/*.json): page and label size, grid, where the first
label sits, padding. Every label shows the item's name (brand and model, shrunk to fit two
lines), its grade, its price (today's shelf price, the original struck through when marked
down), the consignor's number for consigned goods, a Code 128 of the item code with the code
written under it, and a QR code of the code.
"""
from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pos_app.assets import templates_dir
from pos_app.domain.item_states import Acquisition
from pos_app.errors import NotFound, ValidationError
from pos_app.printing.barcodes import draw_code128
from pos_app.printing.fonts import register_pdf_fonts
from pos_app.printing.qr import draw_qr

if TYPE_CHECKING:
    from pos_app.services.store_db import StoreDB

QR_QUIET = 4  # modules of white around a QR code
QR_ERROR_CORRECTION = ERROR_CORRECT_M  # as pos_app.printing.qr makes them

# The few words a label prints, per language (pos_app has no Qt, so no Qt translation here).
WORDS = {
    "en": {"grade": "Grade {grade}"},
    "zh_CN": {"grade": "成色 {grade}"},
}


@dataclass(frozen=True)
class LabelTemplate:
    name: str
    title: str
    kind: str  # "sheet" (A4 die-cut) or "roll" (one label per page)
    page: tuple[float, float]  # points
    label: tuple[float, float]
    columns: int
    rows: int
    first: tuple[float, float]  # the first label's left edge and top edge from the page's top
    pitch: tuple[float, float]
    padding: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, cell: int) -> tuple[float, float]:
        """The lower-left corner of cell `cell` (0-based, row by row from the top left)."""
        row, col = divmod(cell, self.columns)
        x = self.first[0] + col * self.pitch[0]
        top = self.page[1] - self.first[1] - row * self.pitch[1]
        return x, top - self.label[1]


def _template(data: dict) -> LabelTemplate:
    pair = lambda key: (float(data[key][0]) * mm, float(data[key][1]) * mm)
    return LabelTemplate(name=data["name"], title=data["title"], kind=data["kind"],
                         page=pair("page_mm"), label=pair("label_mm"), columns=int(data["columns"]),
                         rows=int(data["rows"]), first=pair("first_label_mm"),
                         pitch=pair("pitch_mm"), padding=float(data["padding_mm"]) * mm)


def load_templates() -> dict[str, LabelTemplate]:
    """Every template shipped in assets/templates/labels, by name."""
    found = {}
    for path in sorted((templates_dir() / "labels").glob("*.json")):
        template = _template(json.loads(path.read_text(encoding="utf-8")))
        found[template.name] = template
    return found


TEMPLATES: dict[str, LabelTemplate] = load_templates()


# --- layout ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """Where each part of a label goes, relative to the label's lower-left corner (points)."""

    x0: float
    x1: float
    name_size: float
    name_min: float
    name_top: float  # first baseline
    name_lead: float
    bar_x: float
    bar_w: float
    bar_y: float
    bar_h: float
    code_size: float
    code_y: float
    qr_x: float
    qr_y: float
    qr_box: float
    text_w: float
    info_size: float
    info_y: float
    mid_lo: float


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


@cache
def _layout(template: LabelTemplate) -> _Layout:
    width, height = template.label
    pad = template.padding
    x0, x1, y0, y1 = pad, width - pad, pad, height - pad
    w, h = x1 - x0, y1 - y0
    gap = h * 0.035
    name_size = _clamp(h * 0.095, 5.0, 9.0)
    name_lead = name_size * 1.12
    code_size = _clamp(h * 0.075, 4.5, 7.0)
    code_y = y0 + code_size * 0.15
    bar_y = code_y + code_size * 1.05
    bar_h = h * 0.25
    mid_lo = bar_y + bar_h + gap
    mid_hi = y1 - 2 * name_lead - gap
    box = min(mid_hi - mid_lo, w * 0.34)
    info_size = _clamp(h * 0.085, 4.5, 8.0)
    return _Layout(
        x0=x0, x1=x1, name_size=name_size, name_min=min(4.0, name_size), name_top=y1 - name_size * 0.9,
        name_lead=name_lead, bar_x=pad / 2, bar_w=width - pad, bar_y=bar_y, bar_h=bar_h,
        code_size=code_size, code_y=code_y, qr_x=x1 - box, qr_y=mid_lo + (mid_hi - mid_lo - box) / 2,
        qr_box=box, text_w=w - box - gap, info_size=info_size,
        info_y=mid_hi - info_size * 0.9, mid_lo=mid_lo)


def _breakable(before: str, after: str) -> bool:
    """A line may break between these characters: at a space, or next to a CJK character."""
    if before == " " or after == " ":
        return True
    wide = lambda c: unicodedata.east_asian_width(c) in "WF"
    return wide(before) or wide(after)


@lru_cache(maxsize=4096)
def _fit_name(text: str, font: str, width: float, size: float, smallest: float) -> tuple[float, tuple[str, ...]]:
    """The largest size from `size` down to `smallest` at which `text` fits `width` in one line
    or two, and its lines; at the smallest size the second line ends in "…" if it must."""
    text = " ".join(text.split())
    step = 0.25
    current = size
    while True:
        if stringWidth(text, font, current) <= width:
            return current, (text,)
        first, rest = _break(text, font, current, width)
        if first and stringWidth(rest, font, current) <= width:
            return current, (first, rest)
        if current - step < smallest:
            return current, (first, _ellipsis(rest, font, current, width)) if first else (
                _ellipsis(text, font, current, width),)
        current -= step


def _break(text: str, font: str, size: float, width: float) -> tuple[str, str]:
    """The longest first line that fits, broken where a line may break (at a space rather than
    inside a Chinese word when the line stays at least two-thirds full), and the rest."""
    best = at_space = 0
    for i in range(1, len(text)):
        if _breakable(text[i - 1], text[i]):
            if stringWidth(text[:i].rstrip(), font, size) > width:
                break
            best = i
            if text[i - 1] == " " or text[i] == " ":
                at_space = i
    if at_space and stringWidth(text[:at_space].rstrip(), font, size) >= width * 2 / 3:
        best = at_space
    return text[:best].rstrip(), text[best:].lstrip()


def _ellipsis(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@lru_cache(maxsize=4096)
def _fit_size(text: str, font: str, width: float, size: float) -> float:
    """`size`, or smaller so that `text` fits `width` on one line."""
    natural = stringWidth(text, font, size)
    return size if natural <= width else size * width / natural


@lru_cache(maxsize=4096)
def _qr_modules(text: str) -> int:
    """Modules across the QR code of `text` (the version's size, without building the code)."""
    code = qrcode.QRCode(border=0, error_correction=QR_ERROR_CORRECTION)
    code.add_data(text)
    return code.best_fit() * 4 + 17


# --- drawing ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelData:
    """What one label prints; money already formatted for the label's language."""

    code: str
    name: str
    grade: str | None
    price: str
    original: str | None  # the price before the markdown, struck through
    markdown: str | None  # "−20%"
    consignor: str | None  # "C#42"


def _draw(c: Canvas, font: str, lay: _Layout, x: float, y: float, data: LabelData,
          words: dict[str, str]) -> None:
    size, lines = _fit_name(data.name, font, lay.x1 - lay.x0, lay.name_size, lay.name_min)
    c.setFont(font, size)
    for i, line in enumerate(lines):
        c.drawString(x + lay.x0, y + lay.name_top - i * lay.name_lead, line)
    # grade and consignor
    info = words["grade"].format(grade=data.grade) if data.grade else ""
    if data.consignor:
        info = f"{info}   {data.consignor}" if info else data.consignor
    if info:
        c.setFont(font, _fit_size(info, font, lay.text_w, lay.info_size))
        c.drawString(x + lay.x0, y + lay.info_y, info)
    # the price, and the struck-through original above it when marked down
    room = lay.info_y - lay.mid_lo - lay.info_size * 0.35
    if data.original:
        small = lay.info_size
        old = f"{data.original}  {data.markdown}" if data.markdown else data.original
        old_size = _fit_size(old, font, lay.text_w, small)
        old_y = lay.info_y - old_size * 1.25
        c.setFont(font, old_size)
        c.drawString(x + lay.x0, y + old_y, old)
        struck = stringWidth(data.original, font, old_size)
        c.setLineWidth(max(0.4, old_size * 0.08))
        c.line(x + lay.x0, y + old_y + old_size * 0.32, x + lay.x0 + struck, y + old_y + old_size * 0.32)
        room = old_y - lay.mid_lo - old_size * 0.3
    price_size = _fit_size(data.price, font, lay.text_w, room * 0.95)
    c.setFont(font, price_size)
    c.drawString(x + lay.x0, y + lay.mid_lo + price_size * 0.12, data.price)
    # QR code, centred in its box with its quiet zone
    n = _qr_modules(data.code)
    side = lay.qr_box * n / (n + 2 * QR_QUIET)
    margin = (lay.qr_box - side) / 2
    draw_qr(c, data.code, x + lay.qr_x + margin, y + lay.qr_y + margin, side)
    # Code 128 and the code in words under it
    draw_code128(c, data.code, x + lay.bar_x, y + lay.bar_y, lay.bar_w, lay.bar_h)
    c.setFont(font, lay.code_size)
    c.drawCentredString(x + lay.bar_x + lay.bar_w / 2, y + lay.code_y, data.code)


def draw_labels(labels: Sequence[LabelData], template: LabelTemplate, start_position: int = 1,
                language: str = "zh_CN") -> bytes:
    """The PDF of `labels` laid out on `template`, the first in cell `start_position` (from 1,
    row by row) of the first sheet, so a half-used sheet can go through the printer again."""
    if not 1 <= start_position <= template.per_page:
        raise ValidationError("Start position {position} is not on a sheet of {count} labels.",
                              position=start_position, count=template.per_page)
    font = register_pdf_fonts()
    words = WORDS.get(language, WORDS["en"])
    lay = _layout(template)
    out = io.BytesIO()
    c = Canvas(out, pagesize=template.page, invariant=1, pageCompression=0)
    c.setTitle("Labels")
    cell = start_position - 1
    for i, data in enumerate(labels):
        if cell == template.per_page:
            c.showPage()
            cell = 0
        x, y = template.origin(cell)
        _draw(c, font, lay, x, y, data, words)
        cell += 1
    c.showPage()
    c.save()
    return out.getvalue()


# --- from the store's items -------------------------------------------------------------------------


def _locale(language: str) -> str:
    return language if "_" in language else {"en": "en_US"}.get(language, language)


def render_labels(db: StoreDB, codes: Sequence[str], *, template: str, start_position: int = 1,
                  language: str = "zh_CN", today: date | None = None) -> bytes:
    """The labels of the items `codes` name, in that order (a code twice prints twice), as a
    PDF on `template`. Every code is checked, and the items are read in one query per few
    hundred, before anything is drawn."""
    from pos_app.services import pricing  # services use printing, not the other way round

    chosen = TEMPLATES.get(template)
    if chosen is None:
        raise ValidationError("There is no label template “{name}”.", name=template)
    if not 1 <= start_position <= chosen.per_page:
        raise ValidationError("Start position {position} is not on a sheet of {count} labels.",
                              position=start_position, count=chosen.per_page)
    wanted = pricing.canonical_codes(codes)
    if not wanted:
        raise ValidationError("Choose the items to print labels for.")
    with db.read() as s:
        found = pricing.priced_items(s, wanted, today)
    locale = _locale(language)
    data = []
    for code in wanted:
        item = found.get(code)
        if item is None:
            raise NotFound(what="Item", key=code)
        shelf = item.shelf
        if shelf is None:
            raise ValidationError("Item {code} has no price yet, so it cannot get a label.", code=code)
        consignor = (f"C#{item.owner_party_id}" if item.acquisition == Acquisition.CONSIGNMENT
                     and item.owner_party_id is not None else None)
        data.append(LabelData(
            code=code, name=item.name, grade=item.grade, price=shelf.price.format(locale),
            original=shelf.original.format(locale) if shelf.marked_down else None,
            markdown=f"−{shelf.markdown_percent}%" if shelf.marked_down else None,
            consignor=consignor))
    return draw_labels(data, chosen, start_position, language)
