"""A consignor's statement for a period on A4: the balance owed before it, each sale share,
return reversal, payout and adjustment with its item and receipt, and the balance after.
The consignor's name is printed masked, as on every paper; amounts in the store's notation.
"""
from __future__ import annotations

import io
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pos_app.domain.money import Money
from pos_app.domain.roles import Actor
from pos_app.printing.fonts import register_pdf_fonts
from pos_app.printing.layout import body_style, check_language, escape, money_text, when, word_in
from pos_app.services import consignors
from pos_app.services.consignors import Statement, StatementLine
from pos_app.services.store_db import StoreDB

# The words the statement prints, (English, Chinese); pos_app has no Qt translations.
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Consignor statement", "寄卖对账单"),
    "consignor": ("Consignor", "寄卖人"),
    "number": ("Account", "账户编号"),
    "period": ("Period", "对账期间"),
    "printed": ("Printed", "打印时间"),
    "date": ("Date", "日期"),
    "what": ("Description", "摘要"),
    "reference": ("Reference", "单号"),
    "amount": ("Amount", "金额"),
    "balance": ("Balance", "余额"),
    "opening": ("Balance owed at the start of {day}", "{day} 期初应付余额"),
    "closing": ("Balance owed at the end of {day}", "截至 {day} 期末应付余额"),
    "sale_share": ("Sold: {item}", "售出：{item}"),
    "return_reversal": ("Returned by the buyer: {item}", "顾客退货：{item}"),
    "payout": ("Paid to you: {method}", "向您付款：{method}"),
    "adjustment": ("Adjustment: {note}", "调整：{note}"),
    "cash": ("cash", "现金"),
    "transfer": ("bank transfer", "银行转账"),
    "credit": ("store credit", "店内储值"),
    "no_entries": ("Nothing happened on this account in the period.", "本期间账户无变动。"),
    "totals": ("In this period", "本期合计"),
    "total_sale_share": ("Your share of sales", "销售分成"),
    "total_return_reversal": ("Shares reversed by returns", "退货冲回"),
    "total_payout": ("Paid to you", "已付款"),
    "total_adjustment": ("Adjustments", "调整"),
    "explain": (("The balance is what the store owes you. Your share of a sale is added when the "
                 "item sells and taken back if the buyer returns it; payouts are taken off."),
                "余额为本店应付给您的金额。物品售出时计入您的分成，如买家退货则冲回；付款从余额中扣除。"),
    "page": ("{name} · {start} – {end} · page {page}", "{name} · {start} 至 {end} · 第 {page} 页"),
}
KINDS = ("sale_share", "return_reversal", "payout", "adjustment")


def _w(key: str, language: str, **params: object) -> str:
    return word_in(WORDS, key, language, **params)


def _day(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def describe(line: StatementLine, language: str) -> str:
    """What a line of the statement says happened, in `language`."""
    item = f"{line.item_name} ({line.item_code})" if line.item_code else ""
    if line.kind == "payout":
        method = _w(line.payout_method, language) if line.payout_method in WORDS else ""
        return _w("payout", language, method=method)
    if line.kind == "adjustment":
        return _w("adjustment", language, note=line.note)
    if line.kind in WORDS:
        return _w(line.kind, language, item=item)
    return f"{line.kind} {item}".strip()


def render_statement(statement: Statement, language: str = "zh_CN") -> bytes:
    """The statement as an A4 PDF in `language` ("en" or "zh_CN")."""
    check_language(language)
    font = register_pdf_fonts()
    body = body_style(font, language)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    right = ParagraphStyle("right", parent=small, alignment=2)
    strong = ParagraphStyle("strong", parent=right, fontSize=9.5)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=22, alignment=1)
    heading = ParagraphStyle("heading", parent=body, fontSize=12, leading=18, spaceBefore=10,
                             spaceAfter=4)
    sep = "：" if language == "zh_CN" else ": "
    st = statement

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    start, end = st.date_from.isoformat(), st.date_to.isoformat()
    story: list = [p(st.store_name, title), p(_w("title", language), title), Spacer(1, 8)]
    facts = [(_w("consignor", language), st.name),
             (_w("number", language), f"{st.store_code}-{st.party_id}"),
             (_w("period", language), f"{start} – {end}"),
             (_w("printed", language), when(st.made_at))]
    story += [p(f"{k}{sep}{v}") for k, v in facts]
    story.append(Spacer(1, 8))

    rows = [[p(h, small) for h in (_w("date", language), _w("what", language),
                                   _w("reference", language))]
            + [p(_w("amount", language), right), p(_w("balance", language), right)]]
    rows.append([p(start, small), p(_w("opening", language, day=start), small), "", "",
                 p(money_text(st.opening), strong)])
    for line in st.lines:
        rows.append([p(_day(line.at), small), p(describe(line, language), small),
                     p(line.reference, small), p(money_text(line.amount), right),
                     p(money_text(line.balance), right)])
    rows.append([p(end, small), p(_w("closing", language, day=end), small), "", "",
                 p(money_text(st.closing), strong)])
    table = Table(rows, colWidths=[22 * mm, None, 34 * mm, 24 * mm, 26 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("BACKGROUND", (0, 1), (-1, 1), colors.Color(0.97, 0.97, 0.97)),
        ("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.97, 0.97, 0.97)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(table)
    if not st.lines:
        story += [Spacer(1, 6), p(_w("no_entries", language), small)]

    story.append(p(_w("totals", language), heading))
    zero = Money.zero(st.opening.currency)
    totals = [[p(_w(f"total_{kind}", language), small),
               p(money_text(Money.sum((ln.amount for ln in st.lines if ln.kind == kind),
                                      zero.currency)), right)]
              for kind in KINDS if any(ln.kind == kind for ln in st.lines)]
    if totals:
        summary = Table(totals, colWidths=[60 * mm, 30 * mm], hAlign="LEFT")
        summary.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
        story.append(summary)
    story += [Spacer(1, 10), p(_w("explain", language), small)]

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title=f"{_w('title', language)} {st.name} {start}–{end}")

    def on_page(c: Canvas, d: SimpleDocTemplate) -> None:
        c.saveState()
        c.setFont(font, 8)
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, _w("page", language, name=st.name, start=start,
                                                        end=end, page=d.page))
        c.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def print_statement(db: StoreDB, actor: Actor, party_id: int, date_from: date, date_to: date,
                    *, language: str = "zh_CN") -> bytes:
    """The statement read from the store and rendered: what a screen runs in the background."""
    return render_statement(consignors.statement(db, actor, party_id, date_from, date_to),
                            language)
