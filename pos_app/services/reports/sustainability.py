"""Items and kilograms kept in circulation in a period, by category: the items sold (at the
counter and in matchmaking deals, less those given back), rented out and donated, and apart
from them those lotted out to recyclers; each counted item weighs its category's average
weight (categories.avg_weight_g, or the nearest parent's when a category has none).

Kilograms are an estimate from those averages, never weighed; a category with no average
weight anywhere up its tree counts its items with no kilograms. The figures are the store's:
`counter_id` is not used.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from pos_app.clock import now
from pos_app.domain.item_states import ItemState
from pos_app.models import Category, Item, ItemEvent, Rental, Sale, SaleLine
from pos_app.services import stores
from pos_app.services.reports import Period, day_bounds, step
from pos_app.services.store_db import StoreDB

WAYS = ("sold", "rented", "donated", "recycled")  # the last is not "kept in circulation"
KEPT = WAYS[:3]


@dataclass(frozen=True)
class CategoryCirculation:
    code: str
    name: str
    name_zh: str
    weight_g: int  # the average weight counted, 0 when none is set
    items: dict[str, int]  # by way: sold, rented, donated, recycled
    grams: dict[str, int]  # items × weight_g, by way

    @property
    def kept_items(self) -> int:
        return sum(self.items[w] for w in KEPT)

    @property
    def kept_kg(self) -> Decimal:
        return kg(sum(self.grams[w] for w in KEPT))

    @property
    def recycled_kg(self) -> Decimal:
        return kg(self.grams["recycled"])


@dataclass(frozen=True)
class SustainabilityReport:
    store_name: str
    store_code: str
    period: Period
    made_at: datetime
    categories: tuple[CategoryCirculation, ...]  # with any item counted; most kept kg first
    items: dict[str, int]  # totals by way
    grams: dict[str, int]
    unweighed: tuple[str, ...]  # codes of counted categories with no average weight

    @property
    def kept_items(self) -> int:
        return sum(self.items[w] for w in KEPT)

    @property
    def kept_kg(self) -> Decimal:
        return kg(sum(self.grams[w] for w in KEPT))

    @property
    def recycled_kg(self) -> Decimal:
        return kg(self.grams["recycled"])


def kg(grams: int) -> Decimal:
    """Grams as kilograms to the gram."""
    return (Decimal(grams) / 1000).quantize(Decimal("0.001"))


def _sold(store_id: int, start: datetime, end: datetime):
    """Items (and pieces of stock) sold in the period on receipts that stand, less those given
    back: counter sales' item and stock lines, and the item of a matchmaking deal."""
    return (select(SaleLine.category_id, func.sum(SaleLine.quantity - SaleLine.returned_quantity))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.store_id == store_id, Sale.status == "completed", Sale.created_at >= start,
                   Sale.created_at < end,
                   or_(and_(Sale.kind == "sale", SaleLine.kind.in_(("item", "stock"))),
                       and_(Sale.kind == "deal", SaleLine.item_id.is_not(None))))
            .group_by(SaleLine.category_id))


def _recycled(store_id: int, start: datetime, end: datetime):
    """Items lotted out to recyclers and wholesalers in the period (lot sales that stand)."""
    return (select(SaleLine.category_id, func.sum(SaleLine.quantity - SaleLine.returned_quantity))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.store_id == store_id, Sale.status == "completed", Sale.kind == "lot",
                   SaleLine.kind == "item",
                   Sale.created_at >= start, Sale.created_at < end)
            .group_by(SaleLine.category_id))


def _rented(store_id: int, start: datetime, end: datetime):
    """Rentals that went out in the period: an item in use once per rental."""
    return (select(Item.category_id, func.count())
            .select_from(Rental).join(Item, Item.id == Rental.item_id)
            .join(Sale, Sale.id == Rental.sale_id)
            .where(Rental.store_id == store_id, Sale.status == "completed", Rental.out_at >= start,
                   Rental.out_at < end)
            .group_by(Item.category_id))


def _donated(store_id: int, start: datetime, end: datetime):
    return (select(Item.category_id, func.count())
            .select_from(ItemEvent).join(Item, Item.id == ItemEvent.item_id)
            .where(Item.store_id == store_id, ItemEvent.to_state == ItemState.DONATED.value,
                   ItemEvent.at >= start,
                   ItemEvent.at < end)
            .group_by(Item.category_id))


def weights(categories: dict[int, Category]) -> dict[int, int]:
    """Each category's own average weight, or its nearest parent's when it has none."""
    out: dict[int, int] = {}
    for cid, cat in categories.items():
        seen, node = set(), cat
        while node is not None and not node.avg_weight_g and node.id not in seen:
            seen.add(node.id)
            node = categories.get(node.parent_id) if node.parent_id else None
        out[cid] = node.avg_weight_g if node is not None else 0
    return out


def build(db: StoreDB, period: Period, *, counter_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> SustainabilityReport:
    store = stores.get_store(db)
    start, end = day_bounds(period)
    queries = {"sold": _sold, "rented": _rented, "donated": _donated, "recycled": _recycled}
    counts: dict[int | None, dict[str, int]] = {}
    step(progress, 0, len(queries) + 1, cancelled)
    with db.read() as s:
        for done, (way, query) in enumerate(queries.items(), start=1):
            for category_id, n in s.execute(query(store.id, start, end)):
                counts.setdefault(category_id, dict.fromkeys(WAYS, 0))[way] += int(n or 0)
            step(progress, done, len(queries) + 1, cancelled)
        categories = {c.id: c for c in s.scalars(select(Category))}
        grams_of = weights(categories)
        rows = []
        for cid, items in counts.items():
            if not any(items.values()):
                continue
            cat = categories.get(cid)
            w = grams_of.get(cid, 0)
            rows.append(CategoryCirculation(
                cat.code if cat else "", cat.name if cat else "", cat.name_zh if cat else "",
                w, items, {way: n * w for way, n in items.items()}))
    step(progress, len(queries) + 1, len(queries) + 1, cancelled)
    rows.sort(key=lambda r: (-r.kept_kg, -r.recycled_kg, r.code))
    return SustainabilityReport(
        store.name, store.code, period, now(), tuple(rows),
        {w: sum(r.items[w] for r in rows) for w in WAYS},
        {w: sum(r.grams[w] for r in rows) for w in WAYS},
        tuple(r.code for r in rows if not r.weight_g))
