"""Inventory on hand at the end of a period: the one-of-a-kind items in the store then (any
in-store state: received to on the shelf, reserved, returned) by category, by grade and by
how they came in, valued at cost and at price, and the stock lines (quantity × cost, price).

An item counts if it was in an in-store state at the period's end, read from its history when
it has moved since. Values are today's cost and price (a price changed since the period's end
shows the new price). A consigned item costs the store nothing: its value at price is the
consignor's goods on the shelf. Stock quantities are taken back to the period's end through
their movements.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from pos_app.domain.money import Money
from pos_app.models import Item, StockLine, StockMovement
from pos_app.services.reports import Period, day_bounds, step
from pos_app.services.reports.basis import (
    NO_GRADE,
    Heading,
    Name,
    category_names,
    grade_key,
    heading,
    in_store_at,
    money,
    unknown_category,
)

ACQUISITIONS = ("buy_back", "store_stock", "consignment", "lease_stock", "matchmaking")
STEPS = 2


@dataclass(frozen=True)
class Holding:
    """Items on hand: how many, what they cost the store, what they are priced at (and how
    many have no price yet, which count as nothing at price)."""

    items: int
    cost: Money
    price: Money
    unpriced: int


@dataclass(frozen=True)
class CategoryHolding:
    category: Name
    holding: Holding


@dataclass(frozen=True)
class GradeHolding:
    grade: str
    holding: Holding


@dataclass(frozen=True)
class AcquisitionHolding:
    acquisition: str
    holding: Holding


@dataclass(frozen=True)
class StockHolding:
    sku: str
    name: str
    category: Name
    quantity: int
    unit_cost: Money
    unit_price: Money

    @property
    def cost(self) -> Money:
        return self.unit_cost * self.quantity

    @property
    def price(self) -> Money:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class InventoryReport:
    heading: Heading
    by_category: tuple[CategoryHolding, ...]  # most value at price first
    by_grade: tuple[GradeHolding, ...]
    by_acquisition: tuple[AcquisitionHolding, ...]
    total: Holding
    stock: tuple[StockHolding, ...]  # lines with stock at the end, by SKU
    stock_units: int
    stock_cost: Money
    stock_price: Money

    @property
    def total_cost(self) -> Money:
        return self.total.cost + self.stock_cost

    @property
    def total_price(self) -> Money:
        return self.total.price + self.stock_price


def on_hand_cells(s: Session, end) -> list[tuple]:
    """(category_id, grade, acquisition, items, cost, price, unpriced) of the items in the
    store just before `end`, grouped."""
    on_hand = in_store_at(end, Item.category_id, Item.grade, Item.acquisition, Item.cost_minor,
                          Item.price_minor).subquery()
    c = on_hand.c
    return s.execute(
        select(c.category_id, c.grade, c.acquisition, func.count(), func.sum(c.cost_minor),
               func.sum(func.coalesce(c.price_minor, 0)),
               func.sum(case((c.price_minor.is_(None), 1), else_=0)))
        .group_by(c.category_id, c.grade, c.acquisition)).all()


def stock_at(s: Session, store_id: int, end) -> list[tuple]:
    """(sku, name, category_id, quantity at `end`, cost, price) of the store's stock lines."""
    since = (select(func.coalesce(func.sum(StockMovement.delta), 0))
             .where(StockMovement.stock_line_id == StockLine.id, StockMovement.at >= end)
             .correlate(StockLine.__table__).scalar_subquery())
    return s.execute(select(StockLine.sku, StockLine.name, StockLine.category_id,
                            StockLine.quantity - since, StockLine.cost_minor, StockLine.price_minor)
                     .where(StockLine.store_id == store_id).order_by(StockLine.sku)).all()


def build(db, period: Period, *, counter_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> InventoryReport:
    """`counter_id` is ignored: stock belongs to the store, not to a counter."""
    _, end = day_bounds(period)
    step(progress, 0, STEPS, cancelled)
    with db.read() as s:
        head = heading(s, period)
        names = category_names(s)
        cells = on_hand_cells(s, end)
        step(progress, 1, STEPS, cancelled)
        lines = stock_at(s, head.store_id, end)
    cur = head.currency

    def holding(keep) -> Holding:
        rows = [r for r in cells if keep(r)]
        return Holding(sum(r[3] for r in rows), money(sum(int(r[4] or 0) for r in rows), cur),
                       money(sum(int(r[5] or 0) for r in rows), cur),
                       sum(int(r[6] or 0) for r in rows))

    by_category = sorted(
        (CategoryHolding(names.get(cid) or unknown_category(cid),
                         holding(lambda r, c=cid: r[0] == c)) for cid in {r[0] for r in cells}),
        key=lambda c: (-c.holding.price.minor, c.category.code))
    by_grade = sorted((GradeHolding(g, holding(lambda r, g=g: (r[1] or NO_GRADE) == g))
                       for g in {r[1] or NO_GRADE for r in cells}), key=lambda g: grade_key(g.grade))
    kinds = [*ACQUISITIONS, *sorted({r[2] for r in cells} - set(ACQUISITIONS))]
    by_acquisition = [AcquisitionHolding(k, holding(lambda r, k=k: r[2] == k)) for k in kinds]
    stock = tuple(StockHolding(sku, name, names.get(cid) or unknown_category(cid), int(q),
                               Money(cost, cur), Money(price, cur))
                  for sku, name, cid, q, cost, price in lines if q)
    report = InventoryReport(
        head, tuple(by_category), tuple(by_grade),
        tuple(a for a in by_acquisition if a.holding.items), holding(lambda r: True), stock,
        sum(x.quantity for x in stock), Money.sum((x.cost for x in stock), cur),
        Money.sum((x.price for x in stock), cur))
    step(progress, STEPS, STEPS, cancelled)
    return report
