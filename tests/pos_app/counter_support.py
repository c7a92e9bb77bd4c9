"""Shelf items, consignors, customers and an open drawer for the counter tests, made through
the same services the screens use."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.sale import Tender
from pos_app.models import (
    CashMovement,
    ConsignorEntry,
    Item,
    OutboxEvent,
    Sale,
    SaleLine,
)
from pos_app.models import (
    Tender as TenderRow,
)
from pos_app.services import parties, sales, settings, shifts
from tests.pos_app.pricing_support import consignor, contract, make_item

__all__ = ["cash", "consignor", "contract", "customer", "on_shelf", "open_drawer", "ring", "yuan"]


def yuan(text: str) -> Money:
    return Money.of(text)


def cash(text: str) -> Tender:
    return Tender("cash", Money.of(text))


def on_shelf(store, price: str = "1289", **kw) -> str:
    """An item on the shelf at `price` yuan."""
    return make_item(store, price=price, state=ItemState.ON_SHELF, **kw)


def consigned_on_shelf(store, price: str = "1000", markdowns=None) -> tuple[str, int]:
    """A consigned item on the shelf (share 60%) and its consignor's party id."""
    party = consignor(store)
    ct = contract(store, party, markdowns or [])
    code = make_item(store, price=price, state=ItemState.ON_SHELF, acquisition="consignment",
                     owner=party, contract_id=ct)
    return code, party


def customer(store, name: str = "张伟") -> int:
    return parties.add_party(store.db, store.clerk, name, phone="13900001111").id


def open_drawer(store, float_yuan: str = "500", actor=None):
    return shifts.open_shift(store.db, actor or store.clerk, Money.of(float_yuan))


def ring(store, *codes: str, tenders=None, actor=None, **kw):
    """Sell `codes` for cash (the exact total unless `tenders` says otherwise)."""
    actor = actor or store.clerk
    lines = [sales.BasketLine(c) for c in codes]
    if tenders is None:
        totals, _ = sales.quote(store.db, actor, lines, kw.get("sale_discount"))
        tenders = [Tender("cash", totals.total)]
    return sales.commit_sale(store.db, actor, lines, tenders, **kw)


def set_settings(store, **values) -> None:
    settings.set_settings(store.db, store.admin, values)


def table_counts(store) -> dict[str, int]:
    with store.db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Sale, SaleLine, TenderRow, CashMovement, ConsignorEntry, OutboxEvent)}


def item_state(store, code: str) -> ItemState:
    with store.db.read() as s:
        return ItemState(s.scalar(select(Item.state).where(Item.code == code)))


def percent(text: str) -> Decimal:
    return Decimal(text)
