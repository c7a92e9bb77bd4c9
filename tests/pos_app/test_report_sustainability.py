"""The sustainability report on known sales, rentals, donations and lots made through the
services before, in and after the period: items and kilograms by category checked against
SQL and the category weights read here, read back from the PDF, and its chart drawn."""
from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.models import Category, Item, ItemEvent, Rental, Sale, SaleLine
from pos_app.printing import reports as printed
from pos_app.services import catalog, items, lots, rentals, reports, returns
from pos_app.services.reports import Period
from pos_app.services.reports.sustainability import kg
from tests.pos_app.counter_support import cash, customer, on_shelf, open_drawer, ring, yuan
from tests.pos_app.deals_support import for_parts, recycler
from tests.pos_app.pricing_support import pages_as_png
from tests.pos_app.rental_support import lease_item

TODAY = datetime.now().astimezone().date()
PERIOD = Period(TODAY - timedelta(days=10), TODAY - timedelta(days=3))


def at(days_ago: int, hour: int = 12) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour)).astimezone()


def not_blank(png: Path) -> bool:
    """The page has coloured pixels (a chart's bars), not only black text on white."""
    image = Image.open(png).convert("RGB")
    coloured = sum(n for n, (r, g, b) in image.getcolors(1 << 24) if max(r, g, b) - min(r, g, b) > 40)
    return coloured > 200


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def circulated(store):
    """In the period: two phones, a laptop and a vintage coat sold, a phone sold and given
    back, a phone sold and voided, a camera rented out, a book donated, two phones for parts
    lotted out; a phone sold before the period and a laptop after it."""
    catalog.add_category(store.db, store.admin, code="clothing.vintage", name="Vintage",
                         name_zh="古着", parent="clothing")  # no weight: its parent's 400 g
    with clock.set_to(at(30)):
        open_drawer(store, "500")
        phones = [on_shelf(store, "1000") for _ in range(6)]
        laptops = [on_shelf(store, "3000", category="3c.laptop") for _ in range(2)]
        coat = on_shelf(store, "200", category="clothing.vintage")
        book = on_shelf(store, "30", category="books")
        scrap = [for_parts(store, model=f"iPhone {n}") for n in (5, 6)]
    camera = lease_item(store)
    with clock.set_to(at(20)):
        ring(store, phones[0])
    with clock.set_to(at(8)):
        ring(store, phones[1], phones[2], laptops[0])
        ring(store, coat)
    with clock.set_to(at(7)):
        back = ring(store, phones[3])
    with clock.set_to(at(6)):
        returns.return_items(store.db, store.clerk, back.number, [(back.lines[0].id, 1)])
        rentals.rent_out(store.db, store.clerk, camera, customer(store), 2, [cash("1000")])
    with clock.set_to(at(5)):
        voided = ring(store, phones[4], actor=store.manager)
        returns.void_sale(store.db, store.manager, voided.number, reason="rang twice")
        items.transition(store.db, store.manager, book, ItemState.DONATED, reason="charity")
    with clock.set_to(at(4)):
        lots.sell_lot(store.db, store.manager, scrap, yuan("20"), recycler(store), [cash("20")])
    with clock.set_to(at(1)):
        ring(store, laptops[1])


def _expected(store) -> tuple[dict[str, Counter], dict[str, int]]:
    """Items by way and category, and each category's weight, read here row by row."""
    start = datetime.combine(PERIOD.first, time.min).astimezone()
    end = datetime.combine(PERIOD.last + timedelta(days=1), time.min).astimezone()
    ways: dict[str, Counter] = {w: Counter() for w in ("sold", "rented", "donated", "recycled")}
    with store.db.read() as s:
        cats = {c.id: c for c in s.scalars(select(Category))}
        for line, sale in s.execute(select(SaleLine, Sale).join(Sale, Sale.id == SaleLine.sale_id)):
            if sale.status != "completed" or not start <= sale.created_at < end:
                continue
            way = {("sale", "item"): "sold", ("sale", "stock"): "sold",
                   ("lot", "item"): "recycled"}.get((sale.kind, line.kind))
            if way:
                ways[way][cats[line.category_id].code] += line.quantity - line.returned_quantity
        for rental, item in s.execute(select(Rental, Item).join(Item, Item.id == Rental.item_id)):
            if start <= rental.out_at < end:
                ways["rented"][cats[item.category_id].code] += 1
        for event, item in s.execute(select(ItemEvent, Item).join(Item, Item.id == ItemEvent.item_id)
                                     .where(ItemEvent.to_state == "donated")):
            if start <= event.at < end:
                ways["donated"][cats[item.category_id].code] += 1
        grams = {}
        for c in cats.values():
            up = c
            while not up.avg_weight_g and up.parent_id:
                up = cats[up.parent_id]
            grams[c.code] = up.avg_weight_g
    return ways, grams


def test_items_and_kilograms_by_category_add_up(store, circulated):
    ways, grams = _expected(store)
    assert ways["sold"] == Counter({"3c.phone": 2, "3c.laptop": 1, "clothing.vintage": 1})
    assert (ways["rented"], ways["donated"], ways["recycled"]) == (
        Counter({"3c.camera": 1}), Counter({"books": 1}), Counter({"3c.phone": 2}))
    data = reports.build(store.db, "sustainability", PERIOD)

    by_code = {r.code: r for r in data.categories}
    assert set(by_code) == {"3c.phone", "3c.laptop", "clothing.vintage", "3c.camera", "books"}
    for code, row in by_code.items():
        assert row.weight_g == grams[code]
        assert row.items == {w: ways[w][code] for w in ways}
        assert row.grams == {w: ways[w][code] * grams[code] for w in ways}
    assert by_code["clothing.vintage"].weight_g == 400  # from "clothing"
    kept_g = sum(ways[w][c] * grams[c] for w in ("sold", "rented", "donated") for c in grams)
    assert kept_g == 2 * 190 + 1800 + 400 + 650 + 450
    assert data.kept_kg == kg(kept_g) == Decimal("3.680")
    assert data.kept_items == 6 and data.items["recycled"] == 2
    assert data.recycled_kg == Decimal("0.380") and data.unweighed == ()
    assert data.categories[0].code == "3c.laptop"  # the most kilograms first

    for language, name in (("en", "Laptops"), ("zh_CN", "笔记本电脑")):
        text = pdf_text(printed.render("sustainability", data, language))
        assert name in text and "3.680" in text and "0.380" in text and "1.800" in text
    assert "estimate" in text.replace("\n", "") or "估算" in text


def test_the_chart_of_kilograms_is_drawn(store, circulated, tmp_path):
    data = reports.build(store.db, "sustainability", PERIOD)
    pdf = printed.render("sustainability", data, "zh_CN")
    assert "按品类循环利用重量" in pdf_text(pdf)
    assert not_blank(pages_as_png(pdf, tmp_path, dpi=60)[0])


def test_an_empty_period_says_nothing_circulated(store):
    seen = []
    data = reports.build(store.db, "sustainability", Period.day(date(2020, 1, 1)),
                         progress=lambda d, t: seen.append((d, t)))
    assert data.categories == () and data.kept_kg == 0 and seen[-1] == (5, 5)
    assert "Nothing was sold" in pdf_text(printed.render("sustainability", data, "en"))


def test_a_category_with_no_weight_counts_items_but_no_kilograms(store):
    catalog.add_category(store.db, store.admin, code="toys", name="Toys", name_zh="玩具")
    with clock.set_to(at(30)):
        open_drawer(store, "500")
        toy = on_shelf(store, "50", category="toys")
    with clock.set_to(at(5)):
        ring(store, toy)
    data = reports.build(store.db, "sustainability", PERIOD)
    (row,) = data.categories
    assert (row.code, row.items["sold"], row.grams["sold"], data.kept_kg) == ("toys", 1, 0, 0)
    assert data.unweighed == ("toys",)
    text = pdf_text(printed.render("sustainability", data, "en")).replace("\n", " ")
    assert "no average weight" in text and "toys" in text
