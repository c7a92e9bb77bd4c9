"""The papers of an intake: the buy-back receipt the seller signs (80 mm roll), the consignment
agreement (A4, for both parties' signatures) and the matchmaking listing card (A6 or A7, with a
QR code). Personal data is printed masked, as everywhere; amounts in the store's currency.
"""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A6, A7
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from pos_app.domain.roles import Actor
from pos_app.errors import ValidationError
from pos_app.printing.fonts import register_pdf_fonts
from pos_app.printing.layout import (
    Row,
    body_style,
    check_language,
    draw_rows,
    escape,
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
from pos_app.services import intake
from pos_app.services.intake import IntakeLineView, IntakeView
from pos_app.services.store_db import StoreDB

CARD_SIZES = {"a6": A6, "a7": A7}
RECEIPT_WIDTH = 80 * mm
LISTING_PREFIX = "CPL:"  # what a listing card's QR code carries before the item code

# The words the papers print, (English, Chinese); pos_app has no Qt, so no Qt translation here.
WORDS: dict[str, tuple[str, str]] = {
    "receipt": ("Buy-back receipt", "回收收据"),
    "intake": ("Intake", "单号"),
    "date": ("Date", "日期"),
    "seller": ("Seller", "卖方"),
    "id": ("ID", "证件"),
    "total": ("Total", "合计"),
    "paid_by": ("Paid by", "支付方式"),
    "cash": ("Cash", "现金"),
    "transfer": ("Bank transfer", "银行转账"),
    "credit": ("Store credit", "店内储值"),
    "reference": ("Reference", "转账凭证"),
    "credit_given": ("Store credit given: {amount} (bonus {percent}%)",
                     "存入储值：{amount}（含 {percent}% 奖励）"),
    "declaration": (("I declare that the goods listed above are mine to sell, that they are not "
                     "stolen, pledged or owed to anyone, and I accept the amounts shown."),
                    "本人声明：以上物品为本人合法所有，有权出售，非盗抢、非抵押物品，本人同意上述金额。"),
    "seller_signature": ("Seller's signature", "卖方签名"),
    "agreement": ("Consignment agreement", "寄卖协议"),
    "contract": ("Contract", "协议编号"),
    "store": ("Store", "本店"),
    "consignor": ("Consignor", "寄卖人"),
    "phone": ("Phone", "电话"),
    "items": ("Items", "寄卖物品"),
    "code": ("Item code", "商品编码"),
    "item": ("Item", "物品"),
    "asking": ("Asking price", "标价"),
    "lowest": ("Lowest price", "最低价"),
    "terms": ("Terms", "条款"),
    "split": ("The consignor receives {share}% of the sale price and the store keeps {rest}%.",
              "售出后寄卖人获得售价的 {share}%，本店保留 {rest}%。"),
    "fee": ("A fee of {fee} per item is taken from the consignor's share.",
            "每件物品的服务费 {fee} 从寄卖人所得中扣除。"),
    "no_fee": ("No fee is charged per item.", "不另收取每件服务费。"),
    "period": ("The consignment runs from {start} to {end}.", "寄卖期自 {start} 至 {end}。"),
    "expiry": ("Items unsold on {end} will be {what}.", "至 {end} 未售出的物品将{what}。"),
    "return": ("returned to the consignor", "退还寄卖人"),
    "donate": ("donated to charity", "捐赠给公益机构"),
    "store_stock": ("taken over as the store's own stock", "归本店所有"),
    "markdowns": ("Markdown schedule", "降价计划"),
    "markdown_intro": ("Prices drop as items age, never below the lowest price:",
                       "物品在店时间越长，价格按下表下调，但不低于最低价："),
    "after_days": ("After", "在店满"),
    "days": ("{n} days", "{n} 天"),
    "off": ("Price reduction", "降价幅度"),
    "no_markdowns": ("Prices stay as agreed; there is no markdown schedule.",
                     "价格保持不变，不设降价计划。"),
    "consignor_signature": ("Consignor's signature", "寄卖人签名"),
    "store_signature": ("For the store", "店方签章"),
    "for_sale": ("For sale by its owner", "个人闲置转让"),
    "contact": ("Contact: {how}", "联系方式：{how}"),
    "phone_pref": ("by phone, through the counter", "电话（请到柜台咨询）"),
    "sms_pref": ("by text message, through the counter", "短信（请到柜台咨询）"),
    "wechat_pref": ("on WeChat, through the counter", "微信（请到柜台咨询）"),
    "email_pref": ("by e-mail, through the counter", "电子邮件（请到柜台咨询）"),
    "via_store_pref": ("ask at the counter", "请到柜台咨询"),
    "serial": ("IMEI/Serial", "串号"),
    "page": ("{number} · page {page}", "{number} · 第 {page} 页"),
}


def _w(key: str, language: str, **params: object) -> str:
    return word_in(WORDS, key, language, **params)


def _when(view: IntakeView) -> str:
    return when(view.completed_at or view.created_at)


def mask_serial(serial: str) -> str:
    """An IMEI or serial with all but its last 4 characters hidden."""
    return "*" * max(0, len(serial) - 4) + serial[-4:]


def _percent(bp: int) -> str:
    whole, rest = divmod(bp, 100)
    return str(whole) if not rest else f"{whole}.{rest:02d}".rstrip("0")


def _completed(view: IntakeView, kind: str) -> None:
    if view.kind != kind:
        raise ValidationError("Intake {number} is not of the kind this paper is for.",
                              number=view.number)
    if view.status != "completed":
        raise ValidationError("Intake {number} is not completed yet; complete it before printing.",
                              number=view.number)


# ----------------------------------------------------------------- text on a plain canvas


def _fitted(text: str, font: str, size: float, smallest: float, x: float, width: float, *,
            lines: int) -> list[Row]:
    """`text` centred in at most `lines` lines, in the largest size from `size` down to
    `smallest` that fits; at the smallest size, lines beyond `lines` are cut."""
    while size > smallest and len(wrap(text, font, size, width)) > lines:
        size -= 0.5
    return text_rows(text, font, size, x, width, align="center", leading=1.25)[:lines]


# ----------------------------------------------------------------------- buy-back receipt


def render_buy_back_receipt(view: IntakeView, *, language: str = "zh_CN") -> bytes:
    """The seller's receipt for a completed buy-back, 80 mm wide and as long as it needs."""
    check_language(language)
    _completed(view, "buy_back")
    font = register_pdf_fonts()
    margin = 4 * mm
    x, width = margin, RECEIPT_WIDTH - 2 * margin
    sep = "：" if language == "zh_CN" else ": "
    rows: list[Row] = []
    rows += text_rows(view.store_name, font, 11, x, width, align="center")
    rows += text_rows(_w("receipt", language), font, 10, x, width, align="center")
    rows.append(space(4))
    rows += text_rows(f"{_w('intake', language)}{sep}{view.number}", font, 8, x, width)
    rows += text_rows(f"{_w('date', language)}{sep}{_when(view)}", font, 8, x, width)
    if view.party_id is not None:
        rows += text_rows(f"{_w('seller', language)}{sep}{view.party_name}", font, 8, x, width)
        if view.party_id_masked:
            rows += text_rows(f"{_w('id', language)}{sep}{view.party_id_masked}", font, 8, x, width)
    rows.append(rule_row(x, width))
    for ln in view.lines:
        rows += pair_row(f"{ln.position}. {ln.item_code or ''}", money_text(ln.amount), font, 8,
                         x, width)
        rows += text_rows(ln.description or ln.category_name, font, 8, x + 8, width - 8)
        if ln.serial:
            rows += text_rows(f"{_w('serial', language)} {mask_serial(ln.serial)}", font, 7,
                              x + 8, width - 8)
    rows.append(rule_row(x, width))
    rows += pair_row(_w("total", language), money_text(view.total), font, 10, x, width)
    method = _w(view.payment_method, language) if view.payment_method else ""
    rows += text_rows(f"{_w('paid_by', language)}{sep}{method}", font, 8, x, width)
    if view.payment_method == "transfer" and view.payment_ref:
        rows += text_rows(f"{_w('reference', language)}{sep}{view.payment_ref}", font, 8, x, width)
    if view.credit is not None:
        rows += text_rows(_w("credit_given", language, amount=money_text(view.credit),
                             percent=_percent(view.credit_bonus_bp)), font, 8, x, width)
    rows.append(space(6))
    rows += text_rows(_w("declaration", language), font, 7.5, x, width)
    rows.append(space(26))
    rows.append(rule_row(x, width * 0.75))
    rows += text_rows(_w("seller_signature", language), font, 8, x, width)
    rows.append(space(6))
    title = f"{_w('receipt', language)} {view.number}"
    return receipt_page(rows, RECEIPT_WIDTH, margin, title)[0]


# ------------------------------------------------------------------ consignment agreement


def render_consignment_agreement(view: IntakeView, *, language: str = "zh_CN") -> bytes:
    """The consignment agreement on A4: the parties, every item with its asking and lowest
    price, the split and fees, the expiry and what happens then, the markdown schedule, and
    lines for both signatures."""
    check_language(language)
    _completed(view, "consignment")
    contract = view.contract
    font = register_pdf_fonts()
    body = body_style(font, language)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=22, alignment=1)
    heading = ParagraphStyle("heading", parent=body, fontSize=12, leading=18, spaceBefore=8,
                             spaceAfter=4)
    sep = "：" if language == "zh_CN" else ": "

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list = [p(view.store_name, title), p(_w("agreement", language), title), Spacer(1, 6)]
    facts = [(_w("contract", language), contract.number), (_w("intake", language), view.number),
             (_w("date", language), _when(view))]
    story += [p(f"{k}{sep}{v}") for k, v in facts]
    story.append(Spacer(1, 6))
    consignor = [view.party_name]
    if view.party_phone:
        consignor.append(f"{_w('phone', language)}{sep}{view.party_phone}")
    if view.party_id_masked:
        consignor.append(f"{_w('id', language)}{sep}{view.party_id_masked}")
    parties = Table([[p(_w("store", language), small), p(f"{view.store_name} ({view.store_code})")],
                     [p(_w("consignor", language), small), p("  ".join(consignor))]],
                    colWidths=[35 * mm, None])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [parties, p(_w("items", language), heading)]

    rows = [[p(h, small) for h in ("#", _w("code", language), _w("item", language),
                                   _w("asking", language), _w("lowest", language))]]
    for ln in view.lines:
        rows.append([p(str(ln.position), small), p(ln.item_code or "", small),
                     p(_line_text(ln), small), p(money_text(ln.amount), small),
                     p(money_text(ln.floor) if ln.floor else "—", small)])
    table = Table(rows, colWidths=[8 * mm, 33 * mm, None, 28 * mm, 28 * mm], repeatRows=1)
    table.setStyle(_GRID)
    story.append(table)

    share = contract.consignor_share_bp
    terms = [_w("split", language, share=_percent(share), rest=_percent(10000 - share)),
             _w("fee", language, fee=money_text(contract.fee)) if contract.fee
             else _w("no_fee", language),
             _w("period", language, start=contract.starts_on.isoformat(),
                end=contract.expires_on.isoformat()),
             _w("expiry", language, end=contract.expires_on.isoformat(),
                what=_w(contract.at_expiry, language))]
    story.append(p(_w("terms", language), heading))
    story += [p(f"{i}. {t}") for i, t in enumerate(terms, 1)]

    story.append(p(_w("markdowns", language), heading))
    if contract.markdowns:
        story.append(p(_w("markdown_intro", language)))
        story.append(Spacer(1, 4))
        steps = [[p(_w("after_days", language), small), p(_w("off", language), small)]]
        steps += [[p(_w("days", language, n=d), small), p(f"−{pct}%", small)]
                  for d, pct in contract.markdowns]
        schedule = Table(steps, colWidths=[40 * mm, 40 * mm], hAlign="LEFT")
        schedule.setStyle(_GRID)
        story.append(schedule)
    else:
        story.append(p(_w("no_markdowns", language)))

    signatures = Table([["", "", ""],
                        [p(_w("consignor_signature", language), small), "",
                         p(_w("store_signature", language), small)],
                        [p(f"{_w('date', language)}{sep}", small), "",
                         p(f"{_w('date', language)}{sep}", small)]],
                       colWidths=[75 * mm, 20 * mm, 75 * mm], rowHeights=[20 * mm, None, None])
    signatures.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                                    ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black)]))
    story += [Spacer(1, 10), KeepTogether([HRFlowable(width="100%", color=colors.white),
                                           signatures])]

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title=f"{_w('agreement', language)} {contract.number}")
    footer = _w("page", language, number=contract.number, page="{page}")

    def on_page(c: Canvas, d: SimpleDocTemplate) -> None:
        c.saveState()
        c.setFont(font, 8)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, footer.format(page=d.page))
        c.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


_GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


def _line_text(ln: IntakeLineView) -> str:
    text = ln.description or ln.category_name
    return f"{text} ({mask_serial(ln.serial)})" if ln.serial else text


# ------------------------------------------------------------------- matchmaking listing


def listing_qr_text(item_code: str) -> str:
    return LISTING_PREFIX + item_code


def render_listing_cards(view: IntakeView, *, size: str = "a6", language: str = "zh_CN") -> bytes:
    """One card per listed item, one per page: the item, its asking price, a QR code of
    "CPL:<item code>" and how a buyer gets in touch (always through the store)."""
    check_language(language)
    _completed(view, "matchmaking")
    if size not in CARD_SIZES:
        raise ValidationError("A listing card is A6 or A7.")
    font = register_pdf_fonts()
    page_w, page_h = CARD_SIZES[size]
    scale = page_w / A6[0]  # A7 is the A6 design, smaller
    margin = 7 * mm * scale
    width = page_w - 2 * margin
    out = io.BytesIO()
    c = Canvas(out, pagesize=(page_w, page_h), invariant=1)
    c.setTitle(f"{_w('for_sale', language)} {view.number}")
    how = _w(f"{view.terms.get('contact_preference', 'via_store')}_pref", language)
    for ln in view.lines:
        rows: list[Row] = []
        rows += text_rows(view.store_name, font, 8 * scale, margin, width, align="center")
        rows += text_rows(_w("for_sale", language), font, 9 * scale, margin, width, align="center")
        rows.append(space(3 * scale))
        rows += _fitted(ln.description or ln.category_name, font, 14 * scale, 9 * scale, margin,
                        width, lines=2)
        rows += text_rows(money_text(ln.amount), font, 20 * scale, margin, width, align="center")
        top = draw_rows(c, rows, page_h - margin)
        foot = text_rows(_w("contact", language, how=how), font, 8 * scale, margin, width,
                         align="center")
        caption = text_rows(ln.item_code or "", font, 8 * scale, margin, width, align="center")
        payload = listing_qr_text(ln.item_code or "")
        modules = len(qr_matrix(payload))
        text_height = sum(r.height for r in foot + caption)
        # the QR code as large as fits with its quiet zone of 4 modules clear of any text
        free = top - margin - text_height
        side = min(width * 0.62, free * modules / (modules + 8))
        quiet = 4 * side / modules
        qr_x, qr_y = (page_w - side) / 2, margin + text_height + (free - side) / 2
        draw_qr(c, payload, qr_x, qr_y, side)
        draw_rows(c, caption + foot, qr_y - quiet)
        c.showPage()
    c.save()
    return out.getvalue()


# ------------------------------------------------------------------------ from the store


def print_intake(db: StoreDB, actor: Actor, intake_id: int, *, language: str = "zh_CN",
                 card_size: str = "a6") -> bytes:
    """The paper a completed intake prints: the receipt of a buy-back, the agreement of a
    consignment, the cards of a matchmaking intake (lease stock prints labels only)."""
    view = intake.get_intake(db, actor, intake_id)
    if view.kind == "buy_back":
        return render_buy_back_receipt(view, language=language)
    if view.kind == "consignment":
        return render_consignment_agreement(view, language=language)
    if view.kind == "matchmaking":
        return render_listing_cards(view, size=card_size, language=language)
    raise ValidationError("Lease stock prints its labels only; there is no intake paper for it.")
