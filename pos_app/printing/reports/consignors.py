"""The consignor payables report on A4: what the store owes each consignor at the end of the
period, with a chart of those owed most, then each statement of the period, worded as the
consignor's own statement paper words its lines."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from pos_app.printing.consignor_statement import describe
from pos_app.printing.reports.common import (
    WIDTH,
    bar_chart,
    heading,
    key_values,
    paragraph,
    report_pdf,
    table,
    word,
)
from pos_app.services.consignors import METHODS, Statement
from pos_app.services.reports.consignors import ConsignorsReport

CHART_TOP = 10  # consignors in the chart of those owed most

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Consignor payables", "寄卖应付款报表"),
    "summary": ("Summary", "汇总"),
    "owed": ("Owed to consignors at the end of {day}", "截至 {day} 应付寄卖人合计"),
    "in_store": ("Their items in the store then", "期末在店寄卖物品"),
    "sold": ("Their items sold in the period", "本期售出寄卖物品"),
    "shares": ("Their share of the period's sales", "本期销售分成"),
    "reversed": ("Shares reversed by returns and voids", "退货及作废冲回分成"),
    "paid": ("Paid out by {method}", "付款（{method}）"),
    "cash": ("cash", "现金"),
    "transfer": ("bank transfer", "银行转账"),
    "credit": ("store credit", "店内储值"),
    "payables": ("Payables by consignor", "按寄卖人应付款"),
    "consignor": ("Consignor", "寄卖人"),
    "phone": ("Phone", "电话"),
    "owed_col": ("Owed", "应付"),
    "in_store_col": ("In store", "在店"),
    "sold_col": ("Sold", "售出"),
    "paid_cash": ("Paid cash", "现金付款"),
    "paid_transfer": ("Paid transfer", "转账付款"),
    "paid_credit": ("Paid credit", "储值付款"),
    "chart": ("Owed most at the end of the period", "期末应付最多的寄卖人"),
    "statements": ("Statements for the period", "本期对账单"),
    "statement": ("{name} (account {account})", "{name}（账户 {account}）"),
    "date": ("Date", "日期"),
    "what": ("Description", "摘要"),
    "reference": ("Reference", "单号"),
    "amount": ("Amount", "金额"),
    "balance": ("Balance", "余额"),
    "opening": ("Balance owed at the start of {day}", "{day} 期初应付余额"),
    "closing": ("Balance owed at the end of {day}", "截至 {day} 期末应付余额"),
    "no_moves": ("No consignor's account moved in the period.", "本期无寄卖人账户变动。"),
    "masked": ("Names and phones are masked, as on every paper.", "姓名和电话均已遮蔽，与所有打印单据一致。"),
}


def _w(key: str, language: str, **params: object) -> str:
    return word(WORDS, key, language, **params)


def _statement(st: Statement, language: str) -> list[Flowable]:
    start, end = st.date_from.isoformat(), st.date_to.isoformat()
    rows: list[list[object]] = [[start, _w("opening", language, day=start), "", "", st.opening]]
    rows += [[line.at.astimezone().strftime("%Y-%m-%d"), describe(line, language),
              line.reference, line.amount, line.balance] for line in st.lines]
    rows.append([end, _w("closing", language, day=end), "", "", st.closing])
    return [CondPageBreak(30 * mm),
            heading(_w("statement", language, name=st.name,
                       account=f"{st.store_code}-{st.party_id}"), language),
            table(rows, header=[_w(k, language) for k in
                                ("date", "what", "reference", "amount", "balance")],
                  widths=[22 * mm, None, 34 * mm, 24 * mm, 26 * mm], total_row=True,
                  language=language)]


def render(data: ConsignorsReport, language: str) -> bytes:
    method = {m: _w(m, language) for m in METHODS}
    last = data.period.last.isoformat()
    summary = [(_w("owed", language, day=last), data.owed),
               (_w("in_store", language), data.in_store),
               (_w("sold", language), data.sold),
               (_w("shares", language), data.shares),
               (_w("reversed", language), data.reversed)]
    summary += [(_w("paid", language, method=method[m]), data.paid[m]) for m in METHODS]
    story: list[Flowable] = [heading(_w("summary", language), language),
                             key_values(summary, language)]

    owed_most = [p for p in data.payables if p.owed.minor > 0][:CHART_TOP]
    if owed_most:
        story += [Spacer(1, 4 * mm),
                  bar_chart([p.name for p in owed_most], [p.owed for p in owed_most],
                            title=_w("chart", language))]

    story.append(heading(_w("payables", language), language))
    header = [_w(k, language) for k in ("consignor", "phone", "owed_col", "in_store_col",
                                        "sold_col")]
    header += [_w(f"paid_{m}", language) for m in METHODS]
    rows: list[list[object]] = [[p.name, p.phone, p.owed, p.in_store, p.sold,
                                 *(p.paid[m] for m in METHODS)] for p in data.payables]
    rows.append([word({}, "total", language), "", data.owed, data.in_store, data.sold,
                 *(data.paid[m] for m in METHODS)])
    story += [table(rows, header=header, total_row=True, language=language,
                    widths=[28 * mm, 26 * mm, 24 * mm, 14 * mm, 12 * mm]
                    + [(WIDTH - 104 * mm) / 3] * 3),
              paragraph(_w("masked", language), language, "small")]

    story.append(heading(_w("statements", language), language))
    if not data.statements:
        story.append(paragraph(_w("no_moves", language), language))
    for st in data.statements:
        story += _statement(st, language)
    return report_pdf(story, title=_w("title", language), store_name=data.store_name,
                      first=data.period.first, last=data.period.last, made_at=data.made_at,
                      language=language)
