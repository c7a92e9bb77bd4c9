"""The receipt on an ESC/POS receipt printer (python-escpos), and the cash drawer kick.

It prints the same lines as the PDF receipt (pos_app.printing.receipts.receipt_entries) on
the printer's grid of 32 (58 mm) or 42 (80 mm) columns. Chinese: ESC/POS code pages carry no
CJK, and a printer's own Chinese mode differs from model to model, so a line that is not
plain ASCII (Chinese words, a Chinese item name) is printed as a picture of itself, drawn
with PIL in the bundled CJK font on the same grid; plain lines go as text. Amounts are
written in ASCII ("1,230.00", the currency named on the total), so an English receipt is
all text and a Chinese one mostly pictures. The QR code is printed as an image
(printer.qr), which every printer with raster graphics prints.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from escpos.escpos import Escpos
from escpos.printer import Network, Usb
from PIL import Image, ImageDraw, ImageFont

from pos_app.assets import cjk_font_path
from pos_app.errors import ValidationError
from pos_app.printing.layout import check_width, is_wide, tokens
from pos_app.printing.receipts import Entry, receipt_entries, word
from pos_app.services.sale_records import SaleRecord
from pos_app.services.settings import ESCPOS_RE

COLUMNS = {58: 32, 80: 42}  # Font A (12 × 24 dots) on a 384- or 512-dot printer
CELL = 12  # dots per column
LINE = 24  # dots per line
MONO_FACE = 1  # the bundled font's monospaced face: its Latin letters fill one column
NETWORK_TIMEOUT_S = 8


def printer_for(setting: str) -> Escpos:
    """The printer the `receipt_escpos` setting names: "usb:VID:PID" (hex; needs pyusb, the
    python-escpos[usb] extra) or "network:HOST" (port 9100). It connects on the first write."""
    if not setting or not ESCPOS_RE.match(setting):
        raise ValidationError("The ESC/POS printer setting {setting} is not usb:VENDOR:PRODUCT "
                              "or network:HOST.", setting=setting or "-")
    kind, _, rest = setting.partition(":")
    if kind == "usb":
        if not Usb.is_usable():
            raise ValidationError("A USB receipt printer needs pyusb and libusb on this "
                                  "computer; install them, or connect the printer over the "
                                  "network.")
        vendor, product = rest.split(":")
        return Usb(int(vendor, 16), int(product, 16))
    return Network(rest, timeout=NETWORK_TIMEOUT_S)


def send_receipt(setting: str, record: SaleRecord, *, width_mm: int = 80,
                 language: str = "zh_CN", return_policy: str = "",
                 kick_drawer: bool = False) -> None:
    """Print the receipt on the printer `setting` names and close the connection."""
    printer = printer_for(setting)
    try:
        print_receipt_escpos(printer, record, width_mm=width_mm, language=language,
                             return_policy=return_policy, kick_drawer=kick_drawer)
    finally:
        printer.close()


def print_receipt_escpos(printer: Escpos, record: SaleRecord, *, width_mm: int = 80,
                         language: str = "zh_CN", return_policy: str = "",
                         kick_drawer: bool = False) -> None:
    """Write the receipt to `printer`, cut the paper, and kick the cash drawer (pin 2, as
    drawers are wired) first when asked, so it opens while the receipt prints."""
    check_width(width_mm)
    columns = COLUMNS[width_mm]
    _set_paper_width(printer, width_mm, columns * CELL)
    printer.hw("INIT")
    if kick_drawer:
        printer.cashdraw(2)
    for entry in receipt_entries(record, language=language, return_policy=return_policy,
                                 plain=True):
        if entry.style == "qr":
            printer.qr(entry.left, size=6 if width_mm == 80 else 5, center=True)
            continue
        for line in _lines(entry, columns, language):
            _print_line(printer, line, columns)
    printer.cut()


def _set_paper_width(printer: Escpos, width_mm: int, dots: int) -> None:
    """Tell this printer's profile how wide its paper is, so images centre on it (the
    default profile does not know, and says so on stdout for every image)."""
    data = dict(printer.profile.profile_data)
    data["media"] = {**data.get("media", {}), "width": {"mm": width_mm, "pixels": dots}}
    printer.profile.profile_data = data


# ------------------------------------------------------------------------- the grid


@dataclass(frozen=True)
class _Line:
    text: str
    big: bool = False  # double height, bold
    invert: bool = False  # white on black


def columns_of(text: str) -> int:
    """How many columns `text` takes: a CJK character two, anything else one."""
    return sum(2 if is_wide(c) else 1 for c in text)


def wrap_columns(text: str, columns: int) -> list[str]:
    """`text` in lines of at most `columns` columns: Latin words break at spaces (a word too
    long for a line is cut), CJK characters anywhere."""
    lines: list[str] = []
    line = ""
    for token in tokens(text):
        if line and columns_of(line + token) > columns:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
        while columns_of(line) > columns:
            cut = len(line)
            while cut > 1 and columns_of(line[:cut]) > columns:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _pair(left: str, right: str, columns: int, indent: int = 0) -> list[str]:
    pad = " " * indent
    if not right:
        return [pad + t for t in wrap_columns(left, columns - indent)]
    room = columns - indent - columns_of(right) - 1
    lines = [pad + t for t in wrap_columns(left, max(room, 8))]
    gap = columns - columns_of(lines[0]) - columns_of(right)
    if gap >= 1:
        lines[0] = lines[0] + " " * gap + right
    else:
        lines.append(" " * (columns - columns_of(right)) + right)
    return lines


def _centred(text: str, columns: int) -> str:
    return " " * max(0, (columns - columns_of(text)) // 2) + text


def _lines(entry: Entry, columns: int, language: str) -> list[_Line]:
    style = entry.style
    if style == "store":
        return [_Line(_centred(t, columns), big=True) for t in wrap_columns(entry.left, columns)]
    if style == "center":
        return [_Line(_centred(t, columns)) for t in wrap_columns(entry.left, columns)]
    if style == "banner":
        return [_Line(_centred(f"*** {entry.left} ***", columns), big=True, invert=True)]
    if style in ("text", "note"):
        return [_Line(t) for t in wrap_columns(entry.left, columns)]
    if style in ("pair", "total"):
        return [_Line(t, big=style == "total") for t in _pair(entry.left, entry.right, columns)]
    if style == "detail":
        left = entry.left.replace("×", "x")
        if entry.was:
            left = f"{left} ({word('was', language, price=entry.was)})"
        return [_Line(t) for t in _pair(left, entry.right, columns, indent=2)]
    if style == "rule":
        return [_Line("-" * columns)]
    if style == "gap":
        return [] if entry.left == "small" else [_Line("")]
    raise ValueError(f"no layout for a receipt entry of style {style!r}")


def _print_line(printer: Escpos, line: _Line, columns: int) -> None:
    if not line.text.isascii():
        printer.image(_picture(line, columns), center=False)
        return
    if line.big or line.invert:
        printer.set(bold=line.big, double_height=line.big, invert=line.invert)
    printer.textln(line.text.ljust(columns) if line.invert else line.text)
    if line.big or line.invert:
        printer.set(bold=False, normal_textsize=True, invert=False)


@cache
def _font() -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_font_path()), 20, index=MONO_FACE)


def _picture(line: _Line, columns: int) -> Image.Image:
    """The line drawn on the printer's grid, one character per column (CJK: two)."""
    ink, paper = (255, 0) if line.invert else (0, 255)
    image = Image.new("L", (columns * CELL, LINE), paper)
    draw = ImageDraw.Draw(image)
    font = _font()
    column = 0
    for char in line.text:
        span = 2 if is_wide(char) else 1
        if not char.isspace():
            draw.text((column * CELL + span * CELL / 2, LINE - 5), char, font=font, fill=ink,
                      anchor="ms")
        column += span
    return image.resize((image.width, LINE * 2)) if line.big else image
