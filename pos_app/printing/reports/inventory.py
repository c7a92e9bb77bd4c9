"""The inventory report on A4: items on hand at the period's end by category, grade and how
they came in, at cost and at price, with a chart of value at price by category, and the stock
lines. Figures from pos_app.services.reports.inventory."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from pos_app.printing.reports.common import (
    bar_chart,
    heading,
    key_values,
    paragraph,
    report_pdf,
    table,
    word,
)
from pos_app.services.reports.inventory import Holding, InventoryReport

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Inventory on hand", "库存盘点"),
    "at_end": ("On hand at the end of {day}", "截至 {day} 日终的库存"),
    "summary": ("Summary", "汇总"),
    "items": ("Items on hand", "在库单品"),
    "items_cost": ("Items at cost", "单品成本"),
    "items_price": ("Items at price", "单品标价"),
    "unpriced": ("Items without a price yet", "尚未定价的单品"),
    "stock_units": ("Stock units", "库存商品件数"),
    "stock_cost": ("Stock at cost", "库存商品成本"),
    "stock_price": ("Stock at price", "库存商品标价"),
    "total_cost": ("Everything at cost", "合计成本"),
    "total_price": ("Everything at price", "合计标价"),
    "chart": ("Value at price by category", "各品类标价金额"),
    "by_category": ("By category", "按品类"),
    "by_grade": ("By grade", "按成色等级"),
    "by_acquisition": ("By how items came in", "按来源"),
    "stock": ("Stock lines", "库存商品"),
    "category": ("Category", "品类"),
    "grade": ("Grade", "等级"),
    "acquisition": ("Came in as", "来源"),
    "sku": ("SKU", "货号"),
    "name": ("Name", "名称"),
    "col_items": ("Items", "件数"),
    "col_qty": ("Qty", "数量"),
    "col_cost": ("At cost", "成本"),
    "col_price": ("At price", "标价"),
    "col_unpriced": ("Unpriced", "未定价"),
    "buy_back": ("Buy-back", "回收"),
    "store_stock": ("Store stock", "自有库存"),
    "consignment": ("Consignment", "寄卖"),
    "lease_stock": ("Lease stock", "租赁库存"),
    "matchmaking": ("Matchmaking", "撮合"),
    "note": (("Items in the store at the end of the period: received, in grading and pricing, on "
              "the shelf, reserved or returned; not rented out. Values are today's cost and price. "
              "Consigned and matchmaking items cost the store nothing."),
             ("期末在店的单品：已收货、检测定价中、在架、预留或退回；不含租出物品。金额为当前成本与标价。"
             "寄卖与撮合物品对本店无成本。")),
}


def _w(key: str, language: str, **params) -> str:
    return word(WORDS, key, language, **params)


def _row(label: str, h: Holding) -> list:
    return [label, h.items, h.cost, h.price, h.unpriced]


def render(data: InventoryReport, language: str) -> bytes:
    h, t = data.heading, data.total
    story = [paragraph(_w("at_end", language, day=h.last.isoformat()), language)]
    story.append(heading(_w("summary", language), language))
    story.append(key_values([
        (_w("items", language), t.items), (_w("items_cost", language), t.cost),
        (_w("items_price", language), t.price), (_w("unpriced", language), t.unpriced),
        (_w("stock_units", language), data.stock_units),
        (_w("stock_cost", language), data.stock_cost),
        (_w("stock_price", language), data.stock_price),
        (_w("total_cost", language), data.total_cost),
        (_w("total_price", language), data.total_price)], language))
    if data.by_category:
        story.append(KeepTogether([heading(_w("chart", language), language), bar_chart(
            [c.category.text(language) for c in data.by_category],
            [c.holding.price for c in data.by_category])]))
    header = [_w(k, language) for k in ("col_items", "col_cost", "col_price", "col_unpriced")]
    widths = (60 * mm, 22 * mm, 34 * mm, 34 * mm, 22 * mm)
    total = _row(word(WORDS, "total", language), t)
    for key, label, rows in (
            ("by_category", "category", [(c.category.text(language), c.holding)
                                         for c in data.by_category]),
            ("by_grade", "grade", [(g.grade, g.holding) for g in data.by_grade]),
            ("by_acquisition", "acquisition", [(_w(a.acquisition, language), a.holding)
                                               for a in data.by_acquisition])):
        story.append(heading(_w(key, language), language))
        story.append(table([_row(name, x) for name, x in rows] + [total],
                           header=[_w(label, language), *header], widths=widths,
                           total_row=True, language=language))
    story.append(heading(_w("stock", language), language))
    story.append(table(
        [[x.sku, x.name, x.quantity, x.cost, x.price] for x in data.stock]
        + [[word(WORDS, "total", language), "", data.stock_units, data.stock_cost,
            data.stock_price]],
        header=[_w(k, language) for k in ("sku", "name", "col_qty", "col_cost", "col_price")],
        widths=(34 * mm, 66 * mm, 16 * mm, 28 * mm, 28 * mm), total_row=True, language=language))
    story.append(paragraph(_w("note", language), language, "small"))
    return report_pdf(story, title=_w("title", language), store_name=h.store_name, first=h.first,
                      last=h.last, made_at=h.made_at, language=language)
