"""The aging and sell-through report on A4: days to sell and sell-through by category and
grade, items on hand by age with a chart, and the items past their markdown steps. Figures
from pos_app.services.reports.aging."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from pos_app.printing.reports.common import (
    bar_chart,
    heading,
    key_values,
    paragraph,
    report_pdf,
    right_cell,
    table,
    word,
)
from pos_app.services.reports.aging import BUCKETS, LISTED, AgingReport, SellThrough

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Aging and sell-through", "库龄与售罄率"),
    "summary": ("Summary", "汇总"),
    "sold": ("Items sold in the period", "本期售出单品"),
    "average": ("Average days to sell", "平均售出天数"),
    "median": ("Median days to sell", "售出天数中位数"),
    "on_hand": ("On hand at the end", "期末在库"),
    "sell_through": ("Sell-through", "售罄率"),
    "past": ("Items past their markdown steps", "已过全部降价阶段的单品"),
    "past_value": ("Their value at price", "其标价合计"),
    "chart": ("Items on hand by days since received", "在库单品按入库天数"),
    "by_category": ("By category", "按品类"),
    "by_grade": ("By grade", "按成色等级"),
    "category": ("Category", "品类"),
    "grade": ("Grade", "等级"),
    "col_sold": ("Sold", "售出"),
    "col_avg": ("Avg days", "平均天数"),
    "col_median": ("Median", "中位数"),
    "col_on_hand": ("On hand", "在库"),
    "col_st": ("Sell-through", "售罄率"),
    "bucket": ("{lo}–{hi} days", "{lo}–{hi} 天"),
    "bucket_open": ("over {lo} days", "{lo} 天以上"),
    "bucket_short": ("{lo}–{hi}", "{lo}–{hi}"),
    "bucket_short_open": ("{lo}+", "{lo}+"),
    "past_heading": ("Past their markdown steps", "已过全部降价阶段"),
    "past_intro": (("Consigned items whose contract's markdown schedule has fully run, and store "
                    "items past the store's markdown schedule (automatic markdowns are {auto}). "
                    "Longest on the shelf first; at most {n} listed."),
                   ("寄卖合同降价计划已全部执行完的寄卖单品，以及超过本店降价计划的自有单品"
                   "（自动降价：{auto}）。按在架时间从长到短列出，最多 {n} 件。")),
    "on": ("on", "开启"),
    "off": ("off", "关闭"),
    "code": ("Code", "编码"),
    "item": ("Item", "物品"),
    "kind": ("Kind", "类型"),
    "days": ("Days on shelf", "在架天数"),
    "last_step": ("Last step", "末阶段天数"),
    "price": ("Price", "标价"),
    "consignment": ("Consignment", "寄卖"),
    "store": ("Store", "自有"),
    "note": (("Days to sell run from receiving an item to selling it, for items sold in the period "
              "and not returned. Sell-through is sold ÷ (sold + on hand at the end)."),
             "售出天数从收货到售出计算，仅含本期售出且未退货的单品。售罄率 = 售出 ÷（售出 + 期末在库）。"),
}


def _w(key: str, language: str, **params) -> str:
    return word(WORDS, key, language, **params)


def _d(value, language: str):
    return right_cell("—" if value is None else str(value), language)


def _pct(value, language: str):
    return right_cell("—" if value is None else f"{value}%", language)


def _bucket(i: int, language: str, short: bool = False) -> str:
    lo, hi = BUCKETS[i]
    prefix = "bucket_short" if short else "bucket"
    if hi is None:
        return _w(f"{prefix}_open", language, lo=lo - 1)
    return _w(prefix, language, lo=lo, hi=hi)


def _figures(f: SellThrough, language: str) -> list:
    return [f.sold, _d(f.average_days, language), _d(f.median_days, language), f.on_hand,
            _pct(f.percent, language)]


def render(data: AgingReport, language: str) -> bytes:
    h, t = data.heading, data.total
    story = [heading(_w("summary", language), language)]
    story.append(key_values([
        (_w("sold", language), t.sold), (_w("average", language), _d(t.average_days, language)),
        (_w("median", language), _d(t.median_days, language)), (_w("on_hand", language), t.on_hand),
        (_w("sell_through", language), _pct(t.percent, language)),
        (_w("past", language), data.past_markdowns),
        (_w("past_value", language), data.past_markdowns_price)], language))
    story.append(KeepTogether([heading(_w("chart", language), language), bar_chart(
        [_bucket(i, language) for i in range(len(BUCKETS))], list(data.ages))]))
    columns = [_w(k, language) for k in ("col_sold", "col_avg", "col_median", "col_on_hand",
                                          "col_st")]
    total = word(WORDS, "total", language)
    story.append(heading(_w("by_category", language), language))
    story.append(table(
        [[c.category.text(language), *_figures(c.figures, language), *c.ages] for c in data.by_category]
        + [[total, *_figures(t, language), *data.ages]],
        header=[_w("category", language), *columns,
                *(_bucket(i, language, short=True) for i in range(len(BUCKETS)))],
        widths=(34 * mm, 13 * mm, 17 * mm, 16 * mm, 15 * mm, 19 * mm, 14 * mm, 14 * mm, 14 * mm,
                14 * mm), total_row=True, language=language))
    story.append(heading(_w("by_grade", language), language))
    story.append(table([[g.grade, *_figures(g.figures, language)] for g in data.by_grade]
                       + [[total, *_figures(t, language)]],
                       header=[_w("grade", language), *columns],
                       widths=(34 * mm, 18 * mm, 22 * mm, 22 * mm, 20 * mm, 24 * mm),
                       total_row=True, language=language))
    story.append(paragraph(_w("note", language), language, "small"))
    story.append(heading(_w("past_heading", language), language))
    story.append(paragraph(_w("past_intro", language, n=LISTED,
                              auto=_w("on" if data.auto_markdown else "off", language)),
                           language, "small"))
    if data.past_markdown_items:
        story.append(table(
            [[p.code, p.description, p.category.text(language), p.grade, _w(p.kind, language),
              p.days, p.last_step, p.price] for p in data.past_markdown_items],
            header=[_w(k, language) for k in ("code", "item", "category", "grade", "kind", "days",
                                              "last_step", "price")],
            widths=(24 * mm, 42 * mm, 24 * mm, 11 * mm, 18 * mm, 17 * mm, 15 * mm, 23 * mm),
            language=language))
    else:
        story.append(paragraph(word(WORDS, "none", language), language))
    return report_pdf(story, title=_w("title", language), store_name=h.store_name, first=h.first,
                      last=h.last, made_at=h.made_at, language=language)
