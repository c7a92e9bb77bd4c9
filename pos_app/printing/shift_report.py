"""The X and Z reports on paper: at receipt width (58 or 80 mm, the printer at the counter) or
on A4. Every amount comes from pos_app.services.shift_report, which makes them add up."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos_app.domain.denominations import label
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor
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
)
from pos_app.services import settings
from pos_app.services.shift_report import ShiftReport, shift_report
from pos_app.services.store_db import StoreDB

# The words the report prints, (English, Chinese); pos_app has no Qt, so no Qt translation here.
WORDS: dict[str, tuple[str, str]] = {
    "X": ("X report — shift open", "X 报表（班次进行中）"),
    "Z": ("Z report — shift closed", "Z 报表（班次已结束）"),
    "counter": ("Counter", "收银台"),
    "shift": ("Shift", "班次"),
    "opened": ("Opened", "开班"),
    "closed": ("Closed", "结班"),
    "made": ("Printed", "打印时间"),
    "by": ("{when} by {who}", "{when}（{who}）"),
    "drawer": ("Cash drawer", "钱箱"),
    "float": ("Opening float", "备用金"),
    "cash_in": ("Cash in", "现金收入合计"),
    "cash_out": ("Cash out", "现金支出合计"),
    "expected": ("Expected in drawer", "应有现金"),
    "counted": ("Counted", "实点现金"),
    "over": ("Over", "长款"),
    "short": ("Short", "短款"),
    "exact": ("Over / short", "长短款"),
    "not_counted": ("Not counted yet: the shift is open.", "尚未清点：班次进行中。"),
    "by_denomination": ("Count by denomination", "按面额清点"),
    "takings": ("Takings by payment", "按支付方式收款"),
    "of_which": ("sales {sales}, refunds {refunds}", "销售 {sales}，退款 {refunds}"),
    "receipts": ("Receipts", "单据"),
    "sales": ("Sales ({n})", "销售（{n} 笔）"),
    "refunds": ("Refunds ({n})", "退款（{n} 笔）"),
    "voids": ("Voids ({n})", "作废（{n} 笔）"),
    "discounts": ("Discounts given", "折扣合计"),
    "tax": ("Tax in sales", "销售含税额"),
    "paid": ("Paid in and out", "存入与支出"),
    "none": ("None.", "无。"),
    "signature": ("Counted by", "清点人签名"),
    "page": ("Shift {shift} · page {page}", "班次 {shift} · 第 {page} 页"),
    "sale": ("Cash sales", "现金销售"),
    "refund": ("Cash refunds", "现金退款"),
    "buy_back": ("Buy-back payouts", "回收付款"),
    "payout": ("Payouts", "付款"),
    "deposit": ("Deposits", "押金"),
    "consignor_payout": ("Consignor payouts", "寄卖人结算"),
    "rental_deposit": ("Rental deposits", "租赁押金"),
    "rental_refund": ("Rental deposits returned", "退还租赁押金"),
    "paid_in": ("Paid in", "存入现金"),
    "paid_out": ("Paid out", "支出现金"),
    **TENDER_WORDS,
}


def _w(key: str, language: str, **params: object) -> str:
    # a kind with no words yet prints as its own name rather than failing the report
    return word_in(WORDS, key, language, **params) if key in WORDS else key.format(**params)


def _when(moment) -> str:
    return when(moment) if moment else "—"


def _rows(report: ShiftReport, language: str, font: str, x: float, width: float,
          scale: float) -> list[Row]:
    def text(value: str, size: float = 8, **kw) -> list[Row]:
        return text_rows(value, font, size * scale, x, width, **kw)

    def pair(left: str, amount: Money | str, size: float = 8, indent: float = 0) -> list[Row]:
        right = amount if isinstance(amount, str) else money_text(amount)
        return pair_row(left, right, font, size * scale, x + indent, width - indent)

    def heading(value: str) -> list[Row]:
        return [space(3 * scale), *text(value, 9, align="left"), rule_row(x, width, dash=True)]

    sep = "：" if language == "zh_CN" else ": "
    rows: list[Row] = []
    rows += text(report.store_name, 11, align="center")
    rows += text(_w(report.kind, language), 10, align="center")
    rows.append(space(4 * scale))
    rows += text(f"{_w('counter', language)}{sep}{report.counter_name} ({report.counter_number})")
    rows += text(f"{_w('shift', language)}{sep}{report.shift_id}")
    rows += text(f"{_w('opened', language)}{sep}"
                 + _w("by", language, when=_when(report.opened_at), who=report.opened_by))
    if report.closed_at is not None:
        rows += text(f"{_w('closed', language)}{sep}"
                     + _w("by", language, when=_when(report.closed_at), who=report.closed_by))
    rows += text(f"{_w('made', language)}{sep}{_when(report.made_at)}")

    rows += heading(_w("drawer", language))
    for m in report.movements:
        rows += pair(f"{_w(m.kind, language)} ({m.count})", m.amount)
    rows.append(rule_row(x, width))
    rows += pair(_w("float", language), report.opening_float)
    rows += pair(f"+ {_w('cash_in', language)}", report.cash_in)
    rows += pair(f"− {_w('cash_out', language)}", report.cash_out)
    rows += pair(f"= {_w('expected', language)}", report.expected, 9)
    if report.counted is None:
        rows += text(_w("not_counted", language), 7.5)
    else:
        rows += pair(_w("counted", language), report.counted, 9)
        over = report.over_short
        word = "exact" if not over else ("over" if over.minor > 0 else "short")
        rows += pair(_w(word, language), over, 9)
        if report.count:
            rows += heading(_w("by_denomination", language))
            for line in report.count:
                rows += pair(f"{label(line.denomination)} × {line.count}", line.amount)
            rows.append(rule_row(x, width))
            rows += pair(_w("counted", language), report.counted)

    rows += heading(_w("takings", language))
    for t in report.tenders:
        rows += pair(_w(t.kind, language), t.net)
        if t.refunds.minor:
            rows += text(_w("of_which", language, sales=money_text(t.sales),
                            refunds=money_text(t.refunds)), 7, align="right")

    rows += heading(_w("receipts", language))
    rows += pair(_w("sales", language, n=report.sales), report.sales_total)
    rows += pair(_w("refunds", language, n=report.refunds), -report.refunds_total)
    rows += pair(_w("voids", language, n=report.voids), -report.voids_total)
    rows += pair(_w("discounts", language), report.discounts)
    rows += pair(_w("tax", language), report.tax)

    rows += heading(_w("paid", language))
    if not report.paid:
        rows += text(_w("none", language))
    for p in report.paid:
        rows += pair(f"{p.at.astimezone():%H:%M} {_w(p.kind, language)} · {p.by}", p.amount)
        rows += text_rows(p.reason, font, 7.5 * scale, x + 8 * scale, width - 8 * scale)
    if report.is_closed:
        rows.append(space(24 * scale))
        rows.append(rule_row(x, width * 0.7))
        rows += text(_w("signature", language))
    rows.append(space(6 * scale))
    return rows


def render_shift_report(report: ShiftReport, language: str = "zh_CN", *,
                        width_mm: int | None = 80) -> bytes:
    """The report as a PDF: a receipt-printer roll `width_mm` wide and as long as it needs,
    or A4 pages when `width_mm` is None."""
    check_language(language)
    font = register_pdf_fonts()
    title = f"{_w(report.kind, language)} {report.shift_id}"
    if width_mm is not None:
        check_width(width_mm)
        margin = 4 * mm
        page_w = width_mm * mm
        rows = _rows(report, language, font, margin, page_w - 2 * margin, 1.0)
        return receipt_page(rows, page_w, margin, title)[0]
    margin = 20 * mm
    page_w, page_h = A4
    column = 120 * mm  # a report read down one column, like the roll, in larger print
    rows = _rows(report, language, font, (page_w - column) / 2, column, 1.25)
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(title)
    page, top = 1, page_h - margin
    for row in rows:
        if top - row.height < margin:
            _footer(c, font, report, language, page)
            c.showPage()
            page, top = page + 1, page_h - margin
        row.draw(c, top)
        top -= row.height
    _footer(c, font, report, language, page)
    c.showPage()
    c.save()
    return out.getvalue()


def _footer(c: Canvas, font: str, report: ShiftReport, language: str, page: int) -> None:
    c.setFont(font, 8)
    c.drawRightString(A4[0] - 20 * mm, 10 * mm, _w("page", language, shift=report.shift_id, page=page))


def print_shift_report(db: StoreDB, actor: Actor, shift_id: int | None = None, *,
                       language: str = "zh_CN", a4: bool = False) -> bytes:
    """The X or Z report of a shift (by default the actor's counter's open one), at the
    store's receipt width, or on A4."""
    report = shift_report(db, actor, shift_id)
    width = None
    if not a4:
        width = int(settings.get_settings(db, actor.store_id)["receipt_width_mm"])
    return render_shift_report(report, language, width_mm=width)
