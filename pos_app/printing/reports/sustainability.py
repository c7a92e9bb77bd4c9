"""The sustainability report on A4: the items and estimated kilograms the store kept in
circulation in the period by category, with a bar chart of the kilograms, recycling apart,
and how the kilograms are estimated."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from pos_app.printing.reports.common import (
    bar_chart,
    heading,
    key_values,
    paragraph,
    report_pdf,
    table,
    word,
)
from pos_app.services.reports.sustainability import (
    CategoryCirculation,
    SustainabilityReport,
    kg,
)

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Sustainability: goods kept in circulation", "可持续发展报表：循环利用的物品"),
    "summary": ("Summary", "汇总"),
    "kept_items": ("Items kept in circulation", "循环利用物品件数"),
    "kept_kg": ("Kilograms kept in circulation", "循环利用重量（千克）"),
    "sold": ("Sold", "售出"),
    "rented": ("Rented", "租出"),
    "donated": ("Donated", "捐赠"),
    "recycled_items": ("Lotted out to recyclers (recycled), items", "整批交回收商（回收）件数"),
    "recycled_kg": ("Kilograms recycled", "回收重量（千克）"),
    "chart": ("Kilograms kept in circulation by category", "按品类循环利用重量（千克）"),
    "by_category": ("By category", "按品类"),
    "category": ("Category", "品类"),
    "weight": ("Avg. g", "平均克重"),
    "kept": ("Kept", "循环件数"),
    "kg": ("Kept kg", "循环千克"),
    "recycled": ("Recycled", "回收件数"),
    "recycled_kg_col": ("Recycled kg", "回收千克"),
    "nothing": ("Nothing was sold, rented out, donated or recycled in the period.",
                "本期无售出、租出、捐赠或回收的物品。"),
    "how": (("How the kilograms are estimated: each item sold (less those returned), rented "
             "out or donated in the period counts once, times the average weight set for its "
             "category (or for the category above it when it has none); pieces of stock count "
             "one each. Nothing is weighed, so the kilograms are an estimate. Items lotted out "
             "to recyclers are counted apart, as recycled, not as kept in circulation."),
            ("重量估算方法：本期售出（扣除退货）、租出或捐赠的每件物品计一次，乘以其品类设定的"
             "平均重量（品类未设定时取上级品类的平均重量）；散货按件计。物品未经实际称重，"
             "故重量为估算值。整批交给回收商的物品单独计为回收，不计入循环利用。")),
    "unweighed": (("These categories have no average weight, so their items count no "
                   "kilograms: {codes}."), "以下品类未设定平均重量，其物品不计重量：{codes}。"),
}


def _w(key: str, language: str, **params: object) -> str:
    return word(WORDS, key, language, **params)


def _name(row: CategoryCirculation, language: str) -> str:
    return (row.name_zh if language == "zh_CN" and row.name_zh else row.name) or row.code


def _kg(value: Decimal) -> str:
    return f"{value:,.3f}"


def render(data: SustainabilityReport, language: str) -> bytes:
    summary = [(_w("kept_items", language), data.kept_items),
               (_w("kept_kg", language), f"{_kg(data.kept_kg)} kg")]
    summary += [(f"    {_w(way, language)}", f"{data.items[way]} · {_kg(kg(data.grams[way]))} kg")
                for way in ("sold", "rented", "donated")]
    summary += [(_w("recycled_items", language), data.items["recycled"]),
                (_w("recycled_kg", language), f"{_kg(data.recycled_kg)} kg")]
    facts = key_values(summary, language)
    facts.setStyle([("ALIGN", (1, 0), (1, -1), "RIGHT")])
    story: list[Flowable] = [heading(_w("summary", language), language), facts]
    charted = [r for r in data.categories if r.kept_kg > 0]
    if charted:
        story += [Spacer(1, 4 * mm),
                  bar_chart([_name(r, language) for r in charted], [r.kept_kg for r in charted],
                            title=_w("chart", language))]
    story.append(heading(_w("by_category", language), language))
    if not data.categories:
        story.append(paragraph(_w("nothing", language), language))
    else:
        header = [_w(k, language) for k in ("category", "weight", "sold", "rented", "donated",
                                            "kept", "kg", "recycled", "recycled_kg_col")]
        rows: list[list[object]] = [
            [_name(r, language), r.weight_g, r.items["sold"], r.items["rented"],
             r.items["donated"], r.kept_items, _kg(r.kept_kg), r.items["recycled"],
             _kg(r.recycled_kg)] for r in data.categories]
        rows.append([word({}, "total", language), "", data.items["sold"], data.items["rented"],
                     data.items["donated"], data.kept_items, _kg(data.kept_kg),
                     data.items["recycled"], _kg(data.recycled_kg)])
        t = table(rows, header=header, total_row=True, language=language,
                  widths=[38 * mm, 16 * mm, 14 * mm, 16 * mm, 16 * mm, 14 * mm, 20 * mm,
                          18 * mm, 22 * mm])
        t.setStyle([("ALIGN", (6, 1), (6, -1), "RIGHT"), ("ALIGN", (8, 1), (8, -1), "RIGHT")])
        story.append(t)
    if data.unweighed:
        story.append(paragraph(_w("unweighed", language, codes=", ".join(data.unweighed)),
                               language, "small"))
    story += [Spacer(1, 3 * mm), paragraph(_w("how", language), language, "small")]
    return report_pdf(story, title=_w("title", language), store_name=data.store_name,
                      first=data.period.first, last=data.period.last, made_at=data.made_at,
                      language=language)
