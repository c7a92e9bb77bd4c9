"""The daily report on A4: the day's summary, takings by payment (with a bar chart), sales by
category (with a pie), channel and staff, what went back, discounts and who authorised them,
the intake desk, consignor payouts, rentals, deals, the drawers' over/short, and the
reconciliation that shows it all adds up. Every figure comes from services.reports.daily."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from pos_app.domain.money import Money
from pos_app.printing.layout import TENDER_WORDS, when
from pos_app.printing.reports.common import (
    bar_chart,
    heading,
    key_values,
    paragraph,
    pie_chart,
    report_pdf,
    table,
    word,
)
from pos_app.services.reports.daily import DailyReport, Group

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Daily report", "营业日报"),
    "title_counter": ("Daily report — counter {counter}", "营业日报 — 收银台 {counter}"),
    "summary": ("Summary", "概要"),
    "sales_rung": ("Sales rung ({n})", "销售单（{n} 笔）"),
    "returns": ("Returns and rental deposits given back", "退货及退还租赁押金"),
    "voids": ("Voids", "作废"),
    "takings": ("Net takings", "净收款"),
    "discounts": ("Discounts given", "折扣合计"),
    "tax_sales": ("Tax on sales", "销售税额"),
    "tax_refunded": ("Tax refunded", "退还税额"),
    "tax": ("Tax collected", "实收税额"),
    "by_tender": ("Takings by payment", "按支付方式收款"),
    "tender": ("Payment", "支付方式"),
    "sales": ("Sales", "销售"),
    "refunds": ("Refunds", "退款"),
    "net": ("Net", "净额"),
    "by_category": ("Sales by category", "按品类销售"),
    "category": ("Category", "品类"),
    "units": ("Units", "件数"),
    "amount": ("Amount", "金额"),
    "rounding": ("Cash rounding", "现金舍入"),
    "other": ("Other (deposits, vouchers)", "其他（押金、礼券）"),
    "by_channel": ("Sales by channel", "按渠道销售"),
    "channel": ("Channel", "渠道"),
    "receipts": ("Receipts", "单数"),
    "no_online": ("No online pick-ups were recorded: every sale was made at the counter.",
                  "没有线上订单到店自提记录：全部为门店销售。"),
    "by_staff": ("Sales by staff", "按员工销售"),
    "staff": ("Staff", "员工"),
    "refunds_voids": ("Refunds and voids", "退款与作废"),
    "number": ("No.", "单号"),
    "kind": ("Kind", "类型"),
    "sale": ("Sale", "原销售单"),
    "by": ("By", "经办"),
    "authorised_by": ("Authorised by", "授权人"),
    "reason": ("Reason", "原因"),
    "return": ("Return", "退货"),
    "void": ("Void", "作废"),
    "rental_return": ("Rental return", "租赁归还"),
    "discounts_by": ("Discounts by staff", "按员工折扣"),
    "line_discount": ("On lines", "单品折扣"),
    "sale_discount": ("On sales", "整单折扣"),
    "total": ("Total", "合计"),
    "authorisations": ("Manager authorisations", "经理授权"),
    "time": ("Time", "时间"),
    "permission": ("For", "事项"),
    "asked_by": ("Asked by", "申请人"),
    "manager": ("Manager", "经理"),
    "DISCOUNT_OVER_LIMIT": ("Discount over limit", "超限折扣"),
    "REFUND": ("Refund", "退款"),
    "VOID": ("Void", "作废"),
    "WRITE_OFF": ("Write-off", "报损"),
    "buy_backs": ("Buy-backs", "回收"),
    "consignments": ("Consignment intake", "寄卖收货"),
    "method": ("Paid by", "付款方式"),
    "intakes": ("Intakes", "单数"),
    "items": ("Items", "件数"),
    "asking": ("Asking prices", "标价合计"),
    "payouts": ("Consignor payouts", "寄卖人结算"),
    "payments": ("Payments", "笔数"),
    "bonus": ("Store-credit bonus given on top: {amount}", "另赠储值奖励：{amount}"),
    "rentals": ("Rentals", "租赁"),
    "rented_out": ("Rented out ({n})", "租出（{n} 件）"),
    "rent": ("Rent taken", "租金"),
    "deposits_taken": ("Deposits taken", "收取押金"),
    "returned": ("Returned ({n})", "归还（{n} 件）"),
    "deposits_returned": ("Deposits given back", "退还押金"),
    "late_fees": ("Late fees", "逾期费"),
    "damage_fees": ("Damage fees", "损坏费"),
    "deals": ("Matchmaking fees ({n} deals)", "撮合交易服务费（{n} 笔）"),
    "shifts": ("Drawers closed", "结班钱箱"),
    "shift": ("Shift", "班次"),
    "counter": ("Counter", "收银台"),
    "closed": ("Closed", "结班时间"),
    "expected": ("Expected", "应有"),
    "counted": ("Counted", "实点"),
    "over_short": ("Over / short", "长短款"),
    "reconciliation": ("Reconciliation", "核对"),
    "check": ("Check", "核对项"),
    "left": ("Report", "报表"),
    "right": ("Ledger", "账簿"),
    "ok": ("OK", "相符"),
    "bad": ("DIFFERS", "不符"),
    "reconciled": ("Reconciled: every check agrees.", "已核对：各项全部相符。"),
    "not_reconciled": ("Does not reconcile: see the checks marked DIFFERS.",
                       "核对不符：请查看标记为“不符”的项目。"),
    "check_takings": ("Takings by payment = sales rung − refunds − voids",
                      "按支付方式收款 = 销售 − 退款 − 作废"),
    "check_cash_takings": ("Cash takings = drawer's sale and refund movements",
                           "现金收款 = 钱箱销售及退款流水"),
    "check_categories": ("Sales by category + cash rounding = sales rung",
                         "按品类销售 + 现金舍入 = 销售"),
    "check_staff": ("Sales by staff = sales rung", "按员工销售 = 销售"),
    "check_channels": ("Sales by channel = sales rung", "按渠道销售 = 销售"),
    "check_buy_back_cash": ("Cash buy-backs = drawer's buy-back movements",
                            "现金回收 = 钱箱回收流水"),
    "check_payout_cash": ("Cash consignor payouts = drawer's payout movements",
                          "现金寄卖结算 = 钱箱结算流水"),
    **TENDER_WORDS,
    "none": ("None.", "无。"),
    "chart_tenders": ("Net takings by payment", "各支付方式净收款"),
    "chart_categories": ("Share of sales by category", "各品类销售占比"),
}


def render(data: DailyReport, language: str = "zh_CN") -> bytes:
    """The daily report's PDF in `language`."""
    def w(key: str, **params: object) -> str:
        return word(WORDS, key, language, **params)

    title = w("title_counter", counter=data.counter) if data.counter else w("title")
    story: list[Flowable] = []
    story += _summary(data, language, w)
    story += _takings(data, language, w)
    story += _sales(data, language, w)
    story += _given_back(data, language, w)
    story += _intake_and_payouts(data, language, w)
    story += _rentals_and_drawers(data, language, w)
    story += _reconciliation(data, language, w)
    return report_pdf(story, title=title, store_name=data.store_name, first=data.first,
                      last=data.last, made_at=data.made_at, language=language)


def _section(title: str, language: str, *body: Flowable) -> list[Flowable]:
    return [KeepTogether([heading(title, language), *body])]


def _name(group: Group, language: str, w) -> str:
    if group.key == "other":
        return w("other")
    return (group.name_zh or group.name) if language == "zh_CN" else (group.name or group.name_zh)


def _summary(d: DailyReport, language: str, w) -> list[Flowable]:
    return _section(w("summary"), language, key_values([
        (w("sales_rung", n=d.sales_count), d.sales_total),
        (w("returns"), -d.returns_total),
        (w("voids"), -d.voids_total),
        (w("takings"), d.takings),
        (w("discounts"), d.discounts_total),
        (w("tax_sales"), d.sales_tax),
        (w("tax_refunded"), -d.refunded_tax),
        (w("tax"), d.tax),
    ], language))


def _takings(d: DailyReport, language: str, w) -> list[Flowable]:
    zero = Money.zero(d.currency)
    rows = [[w(t.kind), t.sales, t.refunds, t.net] for t in d.tenders]
    rows.append([w("total"), Money.sum((t.sales for t in d.tenders), d.currency),
                 Money.sum((t.refunds for t in d.tenders), zero.currency), d.takings])
    return [*_section(w("by_tender"), language,
                      table(rows, header=[w("tender"), w("sales"), w("refunds"), w("net")],
                            widths=(60 * mm, 35 * mm, 35 * mm, 35 * mm), total_row=True,
                            language=language)),
            Spacer(1, 3 * mm),
            bar_chart([w(t.kind) for t in d.tenders], [t.net for t in d.tenders],
                      title=w("chart_tenders"))]


def _sales(d: DailyReport, language: str, w) -> list[Flowable]:
    cat_rows = [[_name(g, language, w), g.count, g.amount] for g in d.categories]
    if d.rounding.minor:
        cat_rows.append([w("rounding"), "", d.rounding])
    cat_rows.append([w("total"), sum(g.count for g in d.categories), d.sales_total])
    out = _section(w("by_category"), language,
                   table(cat_rows, header=[w("category"), w("units"), w("amount")],
                         widths=(100 * mm, 25 * mm, 40 * mm), total_row=True, language=language))
    if d.categories:
        out.append(pie_chart([_name(g, language, w) for g in d.categories],
                             [g.amount for g in d.categories], title=w("chart_categories")))
    channel_rows = [[_name(g, language, w), g.count, g.amount] for g in d.channels]
    channel = [table(channel_rows, header=[w("channel"), w("receipts"), w("amount")],
                     widths=(100 * mm, 25 * mm, 40 * mm), language=language)]
    if not d.online_tracked:
        channel.append(paragraph(w("no_online"), language, "small"))
    out += _section(w("by_channel"), language, *channel)
    staff_rows = [[g.name, g.count, g.amount] for g in d.staff]
    out += _section(w("by_staff"), language,
                    table(staff_rows, header=[w("staff"), w("receipts"), w("amount")],
                          widths=(100 * mm, 25 * mm, 40 * mm), language=language)
                    if staff_rows else paragraph(w("none"), language))
    return out


def _given_back(d: DailyReport, language: str, w) -> list[Flowable]:
    rows = [[r.number, w(r.kind), r.sale_number, r.amount, r.by, r.authorised_by or "—", r.reason]
            for r in d.refunds]
    out = [heading(w("refunds_voids"), language),
           table(rows, header=[w("number"), w("kind"), w("sale"), w("amount"), w("by"),
                               w("authorised_by"), w("reason")],
                 widths=(30 * mm, 20 * mm, 28 * mm, 22 * mm, 22 * mm, 22 * mm, 30 * mm),
                 language=language) if rows else paragraph(w("none"), language)]
    discount_rows = [[x.by, x.sales, x.line, x.sale, x.total] for x in d.discounts]
    out += _section(w("discounts_by"), language,
                    table(discount_rows, header=[w("staff"), w("receipts"), w("line_discount"),
                                                 w("sale_discount"), w("total")],
                          widths=(60 * mm, 20 * mm, 28 * mm, 28 * mm, 28 * mm), language=language)
                    if discount_rows else paragraph(w("none"), language))
    auth_rows = [[a.at.astimezone().strftime("%H:%M"), w(a.permission), a.requested_by, a.manager,
                  a.reason] for a in d.authorisations]
    out += _section(w("authorisations"), language,
                    table(auth_rows, header=[w("time"), w("permission"), w("asked_by"),
                                             w("manager"), w("reason")],
                          widths=(16 * mm, 36 * mm, 36 * mm, 36 * mm, 50 * mm), language=language)
                    if auth_rows else paragraph(w("none"), language))
    return out


def _intake_and_payouts(d: DailyReport, language: str, w) -> list[Flowable]:
    def intake_table(rows, amount_word: str):
        if not rows:
            return paragraph(w("none"), language)
        return table([[w(r.method) if r.method != "none" else "—", r.intakes, r.items, r.amount]
                      for r in rows],
                     header=[w("method"), w("intakes"), w("items"), w(amount_word)],
                     widths=(60 * mm, 25 * mm, 25 * mm, 40 * mm), language=language)

    out = _section(w("buy_backs"), language, intake_table(d.buy_backs, "amount"))
    out += _section(w("consignments"), language, intake_table(d.consignments, "asking"))
    payout = [table([[w(p.key), p.count, p.amount] for p in d.payouts],
                    header=[w("method"), w("payments"), w("amount")],
                    widths=(60 * mm, 25 * mm, 40 * mm), language=language)
              if d.payouts else paragraph(w("none"), language)]
    if d.payout_bonus.minor:
        payout.append(paragraph(w("bonus", amount=d.payout_bonus.format("zh_CN")), language,
                                "small"))
    out += _section(w("payouts"), language, *payout)
    return out


def _rentals_and_drawers(d: DailyReport, language: str, w) -> list[Flowable]:
    r = d.rentals
    out = _section(w("rentals"), language, key_values([
        (w("rented_out", n=r.out), ""), (w("rent"), r.rent), (w("deposits_taken"), r.deposits_taken),
        (w("returned", n=r.returned), ""), (w("deposits_returned"), -r.deposits_returned),
        (w("late_fees"), r.late_fees), (w("damage_fees"), r.damage_fees),
        (w("deals", n=d.deals), d.deal_fees),
    ], language))
    rows = [[s.shift_id, s.counter, s.closed_by, when(s.closed_at), s.expected, s.counted,
             s.over_short] for s in d.shifts]
    out += _section(w("shifts"), language,
                    table(rows, header=[w("shift"), w("counter"), w("by"), w("closed"),
                                        w("expected"), w("counted"), w("over_short")],
                          widths=(14 * mm, 28 * mm, 26 * mm, 30 * mm, 24 * mm, 24 * mm, 28 * mm),
                          language=language)
                    if rows else paragraph(w("none"), language))
    return out


def _reconciliation(d: DailyReport, language: str, w) -> list[Flowable]:
    rows = [[w(f"check_{c.key}"), c.left, c.right, w("ok") if c.ok else w("bad")]
            for c in d.checks]
    verdict = w("reconciled") if d.reconciled else w("not_reconciled")
    return _section(w("reconciliation"), language,
                    table(rows, header=[w("check"), w("left"), w("right"), ""],
                          widths=(95 * mm, 28 * mm, 28 * mm, 20 * mm), language=language),
                    Spacer(1, 2 * mm), paragraph(verdict, language))
