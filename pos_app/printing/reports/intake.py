"""The intake and buy-back spend report on A4: drop-offs by kind, what buy-backs paid by
payment method, and items taken in by category, with a chart of buy-back spend by category.
Figures from pos_app.services.reports.intake."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from pos_app.domain.money import Money
from pos_app.printing.reports.common import (
    bar_chart,
    heading,
    key_values,
    paragraph,
    report_pdf,
    table,
    word,
)
from pos_app.services.reports.intake import KINDS, IntakeReport

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Intake and buy-back spend", "收货与回收支出"),
    "counter": ("Counter: {name}", "收银台：{name}"),
    "summary": ("Summary", "汇总"),
    "intakes": ("Intakes completed", "完成的收货单"),
    "items": ("Items taken in", "收入物品"),
    "paid": ("Paid for buy-backs", "回收付款"),
    "by_kind": ("By kind of intake", "按收货类型"),
    "by_method": ("Buy-backs by payment method", "回收按付款方式"),
    "by_category": ("Items taken in by category", "各品类收入物品"),
    "chart": ("Buy-back spend by category", "各品类回收支出"),
    "kind": ("Kind", "类型"),
    "method": ("Payment", "付款方式"),
    "category": ("Category", "品类"),
    "col_intakes": ("Intakes", "单数"),
    "col_items": ("Items", "物品"),
    "col_paid": ("Paid", "付款"),
    "col_bought": ("Bought for", "回收金额"),
    "buy_back": ("Buy-back", "回收"),
    "consignment": ("Consignment", "寄卖"),
    "lease_stock": ("Lease stock", "租赁库存"),
    "matchmaking": ("Matchmaking", "撮合"),
    "cash": ("Cash", "现金"),
    "transfer": ("Bank transfer", "银行转账"),
    "credit": ("Store credit", "店内储值"),
    "note": (("Only a buy-back pays at intake; consignors and matchmaking sellers are paid when "
              "their items sell. Store credit is shown at the quoted amount, before any bonus."),
             "只有回收在收货时付款；寄卖人和撮合卖家在物品售出后结算。储值按报价金额计，不含赠送部分。"),
}


def _w(key: str, language: str, **params) -> str:
    return word(WORDS, key, language, **params)


def render(data: IntakeReport, language: str) -> bytes:
    h = data.heading
    story = []
    if h.counter_name:
        story.append(paragraph(_w("counter", language, name=h.counter_name), language))
    story.append(heading(_w("summary", language), language))
    story.append(key_values([(_w("intakes", language), data.intakes),
                             (_w("items", language), data.items),
                             (_w("paid", language), data.paid)], language))
    story.append(heading(_w("by_kind", language), language))
    story.append(table(
        [[_w(k.kind, language), k.intakes, k.items, k.paid]
         for k in data.by_kind]
        + [[word(WORDS, "total", language), data.intakes, data.items, data.paid]],
        header=[_w(k, language) for k in ("kind", "col_intakes", "col_items", "col_paid")],
        widths=(60 * mm, 30 * mm, 30 * mm, 40 * mm), total_row=True, language=language))
    story.append(heading(_w("by_method", language), language))
    story.append(table(
        [[_w(m.method, language), m.intakes, m.paid] for m in data.by_method]
        + [[word(WORDS, "total", language), sum(m.intakes for m in data.by_method), data.paid]],
        header=[_w(k, language) for k in ("method", "col_intakes", "col_paid")],
        widths=(60 * mm, 30 * mm, 40 * mm), total_row=True, language=language))
    bought = [c for c in data.by_category if c.paid.minor]
    if bought:
        bought.sort(key=lambda c: -c.paid.minor)
        story.append(KeepTogether([heading(_w("chart", language), language),
                                   bar_chart([c.category.text(language) for c in bought],
                                             [c.paid for c in bought])]))
    story.append(heading(_w("by_category", language), language))
    totals = [sum(c.items[i] for c in data.by_category) for i in range(len(KINDS))]
    story.append(table(
        [[c.category.text(language), *c.items, c.total_items, c.paid] for c in data.by_category]
        + [[word(WORDS, "total", language), *totals, data.items,
            Money.sum((c.paid for c in data.by_category), h.currency)]],
        header=[_w("category", language), *(_w(k, language) for k in KINDS),
                _w("col_items", language), _w("col_bought", language)],
        widths=(36 * mm, 18 * mm, 22 * mm, 22 * mm, 26 * mm, 16 * mm, 32 * mm), total_row=True,
        language=language))
    story.append(paragraph(_w("note", language), language, "small"))
    return report_pdf(story, title=_w("title", language), store_name=h.store_name, first=h.first,
                      last=h.last, made_at=h.made_at, language=language)
