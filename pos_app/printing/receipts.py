"""The customer's receipt for a sale, on 58 or 80 mm paper: one page exactly as long as its
content, in English or Chinese.

The content is worked out once, as a list of `Entry` lines, and laid out by each printer in
its own way: here as a PDF (printed through Qt's print system or saved), and as text by
pos_app.printing.escpos_receipt for an ESC/POS printer. So both receipts always say the same.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pos_app.domain.money import Money
from pos_app.printing.fonts import register_pdf_fonts
from pos_app.printing.layout import (
    TENDER_WORDS,
    Row,
    check_language,
    check_width,
    money_text,
    pair_row,
    receipt_page,
    rule_row,
    space,
    text_rows,
    when,
    word_in,
    wrap,
)
from pos_app.printing.qr import draw_qr, qr_matrix
from pos_app.services.refund_records import RefundRecord
from pos_app.services.sale_records import RecordLine, SaleRecord

# The words a receipt prints, (English, Chinese); pos_app has no Qt, so no Qt translation here.
WORDS: dict[str, tuple[str, str]] = {
    "title_sale": ("Sales receipt", "销售小票"),
    "title_lot": ("Lot sale", "批量销售单"),
    "title_rental": ("Rental receipt", "租赁小票"),
    "title_deal": ("Matchmaking deal", "撮合交易单"),
    "title_voucher": ("Gift voucher sale", "礼券销售小票"),
    "voided": ("VOIDED", "已作废"),
    "voided_note": ("This sale was voided: the receipt is no proof of payment.",
                    "本单已作废，不作付款凭证。"),
    "number": ("Receipt", "单号"),
    "date": ("Date", "日期"),
    "counter": ("Counter", "收银台"),
    "clerk": ("Clerk", "收银员"),
    "customer": ("Customer", "顾客"),
    "grade": ("Grade {grade}", "成色 {grade}"),
    "was": ("was {price}", "原价 {price}"),
    "discount": ("Discount", "折扣"),
    "returned": ("Returned: {n}", "已退货：{n}"),
    "subtotal": ("Subtotal", "小计"),
    "discounts": ("Discounts", "优惠"),
    "tax_incl": ("Incl. tax {rate}%", "含税 {rate}%"),
    "tax": ("Tax {rate}%", "税额 {rate}%"),
    "rounding": ("Cash rounding", "现金取整"),
    "total": ("Total", "合计"),
    "total_in": ("Total ({currency})", "合计（{currency}）"),
    **TENDER_WORDS,
    "reference": ("Ref. {reference}", "凭证号 {reference}"),
    "change": ("Change", "找零"),
    "refunded": ("Refunded", "已退款"),
    "policy": ("Items may be returned within {days} days, until {date}, with this receipt.",
               "凭本小票可在 {days} 天内（{date} 前）退货。"),
    "thanks": ("Thank you for shopping second-hand!", "感谢您选择循环好物！"),
}


def word(key: str, language: str, **params: object) -> str:
    return word_in(WORDS, key, language, **params)


def _check(language: str, width_mm: int) -> None:
    check_language(language)
    check_width(width_mm)


# --------------------------------------------------------------------------- the content


@dataclass(frozen=True)
class Entry:
    """One line of the receipt, for any printer to lay out.

    `style`: store (the store's name, large, centred), center, banner (the "voided" mark),
    text, note (small, wrapped), pair (`left` with the amount `right` on the right edge),
    detail (a pair indented under an item), total (a large pair), rule, gap, qr (`left` is
    what the code holds; a gap whose `left` is "small" is a thin one). `was` is a list price
    before a markdown, printed after `left`: struck through on paper, as "was …" in text.
    """

    style: str
    left: str = ""
    right: str = ""
    was: str = ""


def plain_money(amount: Money) -> str:
    """"1,230.00", ASCII only, for printers whose code pages have no currency sign."""
    return format(amount.amount, ",")


def percent_text(rate: Decimal) -> str:
    return format(rate.normalize(), "f")


def receipt_entries(record: SaleRecord, *, language: str = "zh_CN", return_policy: str = "",
                    plain: bool = False) -> list[Entry]:
    """Everything the receipt says, top to bottom. `plain` writes amounts in ASCII and names
    the currency on the total instead (for an ESC/POS printer's code pages)."""
    check_language(language)
    fmt: Callable[[Money], str] = plain_money if plain else money_text
    sep = "：" if language == "zh_CN" else ": "

    def w(key: str, **params: object) -> str:
        return word(key, language, **params)

    out = [Entry("store", record.store_name),
           Entry("center", w(f"title_{record.kind}") if f"title_{record.kind}" in WORDS
                 else w("title_sale"))]
    if record.status == "voided":
        out += [Entry("banner", w("voided")), Entry("note", w("voided_note"))]
    out.append(Entry("gap"))
    out.append(Entry("text", f"{w('number')}{sep}{record.number}"))
    out.append(Entry("text", f"{w('date')}{sep}{when(record.created_at)}"))
    if record.counter_name:
        out.append(Entry("text", f"{w('counter')}{sep}{record.counter_name}"))
    if record.clerk:
        out.append(Entry("text", f"{w('clerk')}{sep}{record.clerk}"))
    if record.customer_name:
        out.append(Entry("text", f"{w('customer')}{sep}{record.customer_name}"))
    out.append(Entry("rule"))
    for line in record.lines:
        out += _line_entries(line, fmt, w)
    out.append(Entry("rule"))

    out.append(Entry("pair", w("subtotal"), fmt(record.subtotal)))
    if record.discounts:
        out.append(Entry("pair", w("discounts"), fmt(-record.discounts)))
    for rate, tax in record.tax_by_rate.items():
        if tax:
            key = "tax_incl" if record.tax_inclusive else "tax"
            out.append(Entry("pair", w(key, rate=percent_text(rate)), fmt(tax)))
    if record.rounding:
        out.append(Entry("pair", w("rounding"), fmt(record.rounding)))
    total = w("total_in", currency=record.total.currency) if plain else w("total")
    out.append(Entry("total", total, fmt(record.total)))
    out.append(Entry("rule"))

    for tender in record.tenders:
        if tender.amount.minor <= 0:
            continue  # the change, shown below
        out.append(Entry("pair", w(tender.kind), fmt(tender.amount)))
        if tender.reference:
            out.append(Entry("detail", w("reference", reference=tender.reference)))
    if record.change:
        out.append(Entry("pair", w("change"), fmt(record.change)))
    if record.refunded:
        out.append(Entry("pair", w("refunded"), fmt(-record.refunded)))

    out.append(Entry("gap"))
    policy = return_policy.strip() or w(
        "policy", days=(record.return_until - record.created_at.astimezone().date()).days,
        date=record.return_until.isoformat())
    out.append(Entry("note", policy))
    out += [Entry("qr", record.qr), Entry("center", record.number), Entry("gap"),
            Entry("center", w("thanks"))]
    if record.status == "voided":
        out.append(Entry("banner", w("voided")))
    return out


def _line_entries(line: RecordLine, fmt: Callable[[Money], str],
                  w: Callable[..., str]) -> list[Entry]:
    """An item: its description; its code and grade; quantity × price (with the list price
    before a markdown) and the amount; its discount. The amounts on the right add up to the
    subtotal less the discounts."""
    grade = w("grade", grade=line.grade) if line.grade else ""
    code = " · ".join(filter(None, [line.code, grade]))
    marked_down = line.list_price > line.unit_price
    entries = [Entry("gap", "small"), Entry("text", line.description or line.code)]
    if code:
        entries.append(Entry("detail", code))
    entries.append(Entry("detail", f"{line.quantity} × {fmt(line.unit_price)}",
                         fmt(line.unit_price * line.quantity),
                         fmt(line.list_price) if marked_down else ""))
    if line.discount:
        entries.append(Entry("detail", w("discount"), fmt(-line.discount)))
    if line.returned_quantity:
        entries.append(Entry("detail", w("returned", n=line.returned_quantity)))
    return entries


# --------------------------------------------------------------------------------- the PDF


@dataclass(frozen=True)
class ReceiptPaper:
    """A rendered receipt and its page size, which a roll printer needs to be told."""

    pdf: bytes
    width_mm: float
    height_mm: float


def render_receipt(record: SaleRecord, *, width_mm: int = 80, language: str = "zh_CN",
                   return_policy: str = "") -> bytes:
    """The receipt of `record` as a one-page PDF `width_mm` (58 or 80) wide and as long as
    its content. `return_policy` is the store's own text; empty, the standard one with the
    return window."""
    return render_receipt_paper(record, width_mm=width_mm, language=language,
                                return_policy=return_policy).pdf


def render_receipt_paper(record: SaleRecord, *, width_mm: int = 80, language: str = "zh_CN",
                         return_policy: str = "") -> ReceiptPaper:
    """render_receipt with the page size, for printing on a roll."""
    _check(language, width_mm)
    entries = receipt_entries(record, language=language, return_policy=return_policy)
    return _paper(entries, width_mm, f"{word('number', language)} {record.number}")


def _paper(entries: list[Entry], width_mm: int, title: str) -> ReceiptPaper:
    """`entries` drawn on one page `width_mm` wide and exactly as long as they are."""
    font = register_pdf_fonts()
    narrow = width_mm == 58
    page_w = width_mm * mm
    margin = (3 if narrow else 4) * mm
    x, width = margin, page_w - 2 * margin
    size = 7 if narrow else 8
    rows: list[Row] = []
    for entry in entries:
        rows += _entry_rows(entry, font, size, x, width)
    pdf, height = receipt_page(rows, page_w, margin, title)
    return ReceiptPaper(pdf, float(width_mm), height / mm)


def _entry_rows(entry: Entry, font: str, size: float, x: float, width: float) -> list[Row]:
    style = entry.style
    if style == "store":
        return text_rows(entry.left, font, size + 4, x, width, align="center", leading=1.25)
    if style == "center":
        return text_rows(entry.left, font, size + 1, x, width, align="center")
    if style == "text":
        return text_rows(entry.left, font, size, x, width)
    if style == "note":
        return text_rows(entry.left, font, size - 0.5, x, width, leading=1.35)
    if style == "pair":
        return pair_row(entry.left, entry.right, font, size, x, width)
    if style == "total":
        return [space(2), *pair_row(entry.left, entry.right, font, size + 3, x, width)]
    if style == "detail":
        indent = size * 1.2
        if entry.was:
            return [_struck_row(entry, font, size, x + indent, width - indent)]
        if entry.right:
            return pair_row(entry.left, entry.right, font, size, x + indent, width - indent)
        return text_rows(entry.left, font, size - 0.5, x + indent, width - indent)
    if style == "banner":
        return [_banner_row(entry.left, font, size + 5, x, width)]
    if style == "rule":
        return [rule_row(x, width, dash=True)]
    if style == "gap":
        return [space(size * (0.25 if entry.left == "small" else 0.6))]
    if style == "qr":
        return [_qr_row(entry.left, x, width)]
    raise ValueError(f"no layout for a receipt entry of style {style!r}")


def _struck_row(entry: Entry, font: str, size: float, x: float, width: float) -> Row:
    """"1 × ¥800.00 ¥1,000.00" with the list price struck through, and the amount."""
    def draw(c: Canvas, top: float) -> None:
        base = top - size
        c.setFont(font, size)
        c.drawString(x, base, entry.left)
        start = x + stringWidth(entry.left + " ", font, size)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(start, base, entry.was)
        end = start + stringWidth(entry.was, font, size)
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        c.setLineWidth(0.6)
        c.line(start - 0.5, base + size * 0.32, end + 0.5, base + size * 0.32)
        c.setFillColorRGB(0, 0, 0)
        c.drawRightString(x + width, base, entry.right)
    return Row(size * 1.3, draw)


def _banner_row(text: str, font: str, size: float, x: float, width: float) -> Row:
    """White text on a black band across the paper: seen at a glance, even on a photocopy."""
    lines = wrap(text, font, size, width - 8)
    height = len(lines) * size * 1.3 + 6

    def draw(c: Canvas, top: float) -> None:
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, top - height + 1, width, height - 2, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(font, size)
        for i, line in enumerate(lines):
            c.drawCentredString(x + width / 2, top - 3 - size * (1.3 * i + 1) + size * 0.15, line)
        c.restoreState()
    return Row(height + 2, draw)


def _qr_row(payload: str, x: float, width: float) -> Row:
    """The QR code centred with its quiet zone of four modules above and below."""
    modules = len(qr_matrix(payload))
    side = min(width * 0.5, 30 * mm)
    quiet = 4 * side / modules

    def draw(c: Canvas, top: float) -> None:
        draw_qr(c, payload, x + (width - side) / 2, top - quiet - side, side)
    return Row(side + 2 * quiet, draw)


# --------------------------------------------------------------------------- the refund slip

REFUND_WORDS: dict[str, tuple[str, str]] = {
    "title_return": ("Refund slip", "退货退款单"),
    "title_void": ("Void slip", "作废退款单"),
    "title_rental_return": ("Rental check-in", "租赁归还单"),
    "refund_number": ("Refund", "退款单号"),
    "sale_number": ("For receipt", "原小票"),
    "authorised_by": ("Authorised by", "授权经理"),
    "reason": ("Reason: {reason}", "原因：{reason}"),
    "quantity": ("Qty {n}", "数量 {n}"),
    "stock": ("Back on the shelf", "重新上架"),
    "reinspect": ("To re-inspection", "待复检"),
    "write_off": ("Written off", "报废"),
    "given_back": ("Given back", "退款合计"),
    "signature": ("Customer's signature:", "顾客签名："),
}


def refund_slip_entries(record: RefundRecord, *, language: str = "zh_CN") -> list[Entry]:
    """Everything a refund slip says: the goods given back, where each went, and how the
    money went back (the customer signs the store's copy)."""
    check_language(language)
    sep = "：" if language == "zh_CN" else ": "

    def w(key: str, **params: object) -> str:
        return word_in(REFUND_WORDS if key in REFUND_WORDS else WORDS, key, language, **params)

    out = [Entry("store", record.store_name), Entry("center", w(f"title_{record.kind}")),
           Entry("gap"), Entry("text", f"{w('refund_number')}{sep}{record.number}"),
           Entry("text", f"{w('sale_number')}{sep}{record.sale_number}"),
           Entry("text", f"{w('date')}{sep}{when(record.created_at)}")]
    for key, value in (("counter", record.counter_name), ("clerk", record.clerk),
                       ("authorised_by", record.authorised_by),
                       ("customer", record.customer_name)):
        if value:
            out.append(Entry("text", f"{w(key)}{sep}{value}"))
    out.append(Entry("rule"))
    for line in record.lines:
        out += [Entry("gap", "small"), Entry("text", line.description or line.code),
                Entry("detail", line.code),
                Entry("detail", w("quantity", n=line.quantity), money_text(line.amount)),
                Entry("detail", w(line.disposition))]
    out += [Entry("rule"), Entry("total", w("given_back"), money_text(record.total)),
            Entry("rule")]
    for tender in record.tenders:
        out.append(Entry("pair", w(tender.kind), money_text(tender.amount)))
        if tender.reference:
            out.append(Entry("detail", w("reference", reference=tender.reference)))
    if record.reason:
        out += [Entry("gap"), Entry("note", w("reason", reason=record.reason))]
    out += [Entry("gap"), Entry("gap"), Entry("text", w("signature")), Entry("gap"),
            Entry("rule"), Entry("center", record.number)]
    return out


def render_refund_slip(record: RefundRecord, *, width_mm: int = 80,
                       language: str = "zh_CN") -> ReceiptPaper:
    """The refund slip of `record` as a one-page PDF at receipt width, as long as its content."""
    _check(language, width_mm)
    return _paper(refund_slip_entries(record, language=language), width_mm,
                  f"{word_in(REFUND_WORDS, 'refund_number', language)} {record.number}")
