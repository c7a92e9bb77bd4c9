"""New goods sold by quantity (chargers, cases, cables): stock lines and their movements."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import ConcurrentChange, NotFound, ValidationError
from pos_app.models import StockLine, StockMovement, Store
from pos_app.services import catalog, journal, users
from pos_app.services.store_db import StoreDB


@dataclass(frozen=True)
class StockLineView:
    id: int
    sku: str
    name: str
    price: Money
    cost: Money
    quantity: int


def _view(line: StockLine, currency: str) -> StockLineView:
    return StockLineView(line.id, line.sku, line.name, Money(line.price_minor, currency),
                         Money(line.cost_minor, currency), line.quantity)


def add_stock_line(db: StoreDB, actor: Actor, *, sku: str, name: str, category: str | int,
                   price: Money, cost: Money | None = None, quantity: int = 0) -> StockLineView:
    users.require(actor, Permission.MANAGE_STOCK)
    sku = (sku or "").strip().upper()
    if not sku or not (name or "").strip():
        raise ValidationError("A stock line needs a SKU and a name.")
    if price.minor <= 0 or (cost is not None and cost.minor < 0):
        raise ValidationError("A price must be above zero.")
    if quantity < 0:
        raise ValidationError("A quantity cannot be negative.")
    with db.write() as s:
        if s.scalars(select(StockLine).where(StockLine.store_id == actor.store_id,
                                             StockLine.sku == sku)).first():
            raise ValidationError("The SKU “{sku}” exists already.", sku=sku)
        line = StockLine(store_id=actor.store_id, sku=sku, name=name.strip(),
                         category_id=catalog.active_category(s, category).id, price_minor=price.minor,
                         cost_minor=cost.minor if cost else 0, quantity=quantity)
        s.add(line)
        s.flush()
        if quantity:
            s.add(StockMovement(stock_line_id=line.id, delta=quantity, reason="opening stock",
                                at=now(), user_id=actor.user_id))
        journal.record(s, actor, "stock.line_added", "stock_line", sku,
                       {"sku": sku, "name": line.name, "price_minor": price.minor, "quantity": quantity})
        return _view(line, s.get(Store, actor.store_id).currency)


def adjust(db: StoreDB, actor: Actor, sku: str, delta: int, reason: str) -> StockLineView:
    """Add or take away stock (a delivery, a count, a breakage); never below zero."""
    users.require(actor, Permission.MANAGE_STOCK)
    if delta == 0:
        raise ValidationError("Enter how many to add or take away.")
    if not (reason or "").strip():
        raise ValidationError("Say why the stock changes.")
    try:
        with db.write() as s:
            line = s.scalars(select(StockLine).where(StockLine.store_id == actor.store_id,
                                                     StockLine.sku == sku.strip().upper())
                             .with_for_update()).first()
            if line is None:
                raise NotFound(what="Stock line", key=sku)
            if line.quantity + delta < 0:
                raise ValidationError("Only {quantity} of “{sku}” are in stock.",
                                      quantity=line.quantity, sku=line.sku)
            line.quantity += delta
            s.add(StockMovement(stock_line_id=line.id, delta=delta, reason=reason.strip()[:200],
                                at=now(), user_id=actor.user_id))
            s.flush()
            journal.record(s, actor, "stock.adjusted", "stock_line", line.sku,
                           {"sku": line.sku, "delta": delta, "quantity": line.quantity,
                            "reason": reason.strip()})
            return _view(line, s.get(Store, actor.store_id).currency)
    except StaleDataError:
        raise ConcurrentChange(code=sku) from None


def list_stock(db: StoreDB, store_id: int) -> list[StockLineView]:
    with db.read() as s:
        currency = s.get(Store, store_id).currency
        rows = s.scalars(select(StockLine).where(StockLine.store_id == store_id).order_by(StockLine.sku))
        return [_view(r, currency) for r in rows]
