"""The sales and margin report on A4: the period's totals, a chart of revenue and margin by
category, and tables by category and by grade. Figures from pos_app.services.reports.sales."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from pos_app.printing.reports.common import (
    grouped_bar_chart,
    heading,
    key_values,
    paragraph,
    report_pdf,
    right_cell,
    table,
    word,
)
from pos_app.services.reports.sales import MarginLine, SalesReport

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Sales and margin", "销售与毛利"),
    "counter": ("Counter: {name}", "收银台：{name}"),
    "summary": ("Summary", "汇总"),
    "receipts": ("Receipts", "销售单数"),
    "refunds": ("Refunds and voids", "退款与作废单数"),
    "units": ("Units sold (net of returns)", "售出件数（扣除退货）"),
    "sold": ("Sales without tax", "销售额（不含税）"),
    "refunded": ("Refunded without tax", "退款额（不含税）"),
    "revenue": ("Revenue net of refunds", "净销售额"),
    "cost": ("Cost of goods (consignors' shares included)", "商品成本（含寄卖人分成）"),
    "margin": ("Margin", "毛利"),
    "margin_pct": ("Margin %", "毛利率"),
    "chart": ("Revenue and margin by category", "各品类净销售额与毛利"),
    "by_category": ("By category", "按品类"),
    "by_grade": ("By grade", "按成色等级"),
    "category": ("Category", "品类"),
    "grade": ("Grade", "等级"),
    "col_units": ("Units", "件数"),
    "col_refunds": ("Refunds", "退款"),
    "col_revenue": ("Revenue", "净销售额"),
    "col_cost": ("Cost", "成本"),
    "col_margin": ("Margin", "毛利"),
    "note": (("Goods only (items and stock lines), without tax. Refunds count in the period "
              "they were given."), "仅含商品（单品与库存商品），均不含税。退款计入退款发生的期间。"),
}


def _w(key: str, language: str, **params) -> str:
    return word(WORDS, key, language, **params)


def percent(value, language: str):
    return right_cell("—" if value is None else f"{value}%", language)


def _row(label: str, f: MarginLine, language: str) -> list:
    return [label, f.units, f.refunded, f.revenue, f.cost, f.margin,
            percent(f.margin_percent, language)]


def render(data: SalesReport, language: str) -> bytes:
    h, t = data.heading, data.total
    story = []
    if h.counter_name:
        story.append(paragraph(_w("counter", language, name=h.counter_name), language))
    story.append(heading(_w("summary", language), language))
    story.append(key_values([
        (_w("receipts", language), data.receipts), (_w("refunds", language), data.refunds),
        (_w("units", language), t.units), (_w("sold", language), t.sold),
        (_w("refunded", language), t.refunded), (_w("revenue", language), t.revenue),
        (_w("cost", language), t.cost), (_w("margin", language), t.margin),
        (_w("margin_pct", language), percent(t.margin_percent, language))], language))
    if data.by_category:
        labels = [c.category.text(language) for c in data.by_category]
        story.append(KeepTogether([heading(_w("chart", language), language), grouped_bar_chart(
            labels, [(_w("col_revenue", language), [c.figures.revenue for c in data.by_category]),
                     (_w("col_margin", language), [c.figures.margin for c in data.by_category])])]))
    header = [_w(k, language) for k in ("col_units", "col_refunds", "col_revenue", "col_cost",
                                         "col_margin", "margin_pct")]
    widths = (44 * mm, 14 * mm, 22 * mm, 24 * mm, 24 * mm, 24 * mm, 18 * mm)
    total = _row(word(WORDS, "total", language), t, language)
    story.append(heading(_w("by_category", language), language))
    story.append(table([_row(c.category.text(language), c.figures, language) for c in data.by_category]
                       + [total], header=[_w("category", language), *header], widths=widths,
                       total_row=True, language=language))
    story.append(heading(_w("by_grade", language), language))
    story.append(table([_row(g.grade, g.figures, language) for g in data.by_grade] + [total],
                       header=[_w("grade", language), *header], widths=widths, total_row=True,
                       language=language))
    story.append(paragraph(_w("note", language), language, "small"))
    return report_pdf(story, title=_w("title", language), store_name=h.store_name, first=h.first,
                      last=h.last, made_at=h.made_at, language=language)
