"""Consignor payables: what the store owes each consignor at the end of a period (the sum of
their consignor_entries up to then), their items in the store then, what sold and what was
paid out in the period; and the statement of every consignor whose account moved in it.

The statements are pos_app.services.consignors.statement, the very ones a manager prints
for a consignor, so the report and the consignor's paper agree line for line. Balances are
store-wide: a consignor's account is not a counter's, so `counter_id` is not used.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select

from pos_app.clock import now
from pos_app.domain.item_states import IN_STORE, Acquisition
from pos_app.domain.masking import mask_name, mask_phone
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Role
from pos_app.models import ConsignorEntry, ConsignorPayout, Item, ItemEvent, Party, Sale, SaleLine
from pos_app.services import consignors, stores
from pos_app.services.consignors import METHODS, Statement
from pos_app.services.reports import Period, day_bounds, step
from pos_app.services.store_db import StoreDB


@dataclass(frozen=True)
class ConsignorPayable:
    party_id: int
    name: str  # masked, as on every paper
    phone: str  # masked
    owed: Money  # at the end of the period
    in_store: int  # their items in the store at the end of the period
    sold: int  # their items sold in the period, on receipts not voided
    shares: Money  # their share of the period's sales (sale_share entries)
    reversed: Money  # shares taken back by returns and voids in the period (negative)
    paid: dict[str, Money]  # payouts in the period by method: cash, transfer, credit


@dataclass(frozen=True)
class ConsignorsReport:
    store_name: str
    store_code: str
    period: Period
    made_at: datetime
    currency: str
    payables: tuple[ConsignorPayable, ...]  # the most owed first
    owed: Money
    in_store: int
    sold: int
    shares: Money
    reversed: Money
    paid: dict[str, Money]  # by method, every method present
    statements: tuple[Statement, ...]  # consignors whose account moved in the period


def _reader(store_id: int) -> Actor:
    """Who the report reads the statements as: a manager of the store (the report screen
    decides who may open it)."""
    return Actor(0, "report", "report", Role.MANAGER, store_id, None)


def _in_store_at(end: datetime):
    """(party, items) of consigned items whose last move before `end` left them in the store."""
    last = (select(func.max(ItemEvent.id)).where(ItemEvent.item_id == Item.id, ItemEvent.at < end)
            .correlate(Item).scalar_subquery())
    return (select(Item.owner_party_id.label("party_id"), func.count().label("n"))
            .join(ItemEvent, ItemEvent.id == last)
            .where(Item.acquisition == Acquisition.CONSIGNMENT.value,
                   Item.owner_party_id.is_not(None),
                   ItemEvent.to_state.in_([st.value for st in IN_STORE]))
            .group_by(Item.owner_party_id).subquery())


def _payables(s, store_id: int, start: datetime, end: datetime, cur: str) -> list[ConsignorPayable]:
    entries = (select(
        ConsignorEntry.party_id,
        func.sum(ConsignorEntry.amount_minor).label("owed"),
        func.sum(func.coalesce(_within(ConsignorEntry.at, start, end,
                                       ConsignorEntry.kind == "sale_share",
                                       ConsignorEntry.amount_minor), 0)).label("shares"),
        func.sum(func.coalesce(_within(ConsignorEntry.at, start, end,
                                       ConsignorEntry.kind == "return_reversal",
                                       ConsignorEntry.amount_minor), 0)).label("reversed"),
        func.sum(func.coalesce(_within(ConsignorEntry.at, start, end, True, 1), 0)).label("moves"))
        .where(ConsignorEntry.store_id == store_id, ConsignorEntry.at < end)
        .group_by(ConsignorEntry.party_id).subquery())
    sold = (select(SaleLine.consignor_party_id.label("party_id"),
                   func.sum(SaleLine.quantity).label("n"))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(SaleLine.consignor_party_id.is_not(None), Sale.status == "completed",
                   Sale.created_at >= start, Sale.created_at < end)
            .group_by(SaleLine.consignor_party_id).subquery())
    in_store = _in_store_at(end)
    owed = func.coalesce(entries.c.owed, 0)
    rows = s.execute(
        select(Party.id, Party.name, Party.phone, owed, func.coalesce(in_store.c.n, 0),
               func.coalesce(sold.c.n, 0), func.coalesce(entries.c.shares, 0),
               func.coalesce(entries.c.reversed, 0))
        .outerjoin(entries, entries.c.party_id == Party.id)
        .outerjoin(in_store, in_store.c.party_id == Party.id)
        .outerjoin(sold, sold.c.party_id == Party.id)
        .where(Party.store_id == store_id,
               or_(owed != 0, func.coalesce(in_store.c.n, 0) > 0,
                   func.coalesce(sold.c.n, 0) > 0, func.coalesce(entries.c.moves, 0) > 0))
        .order_by(owed.desc(), Party.name, Party.id)).all()
    paid: dict[int, dict[str, int]] = {}
    for party_id, method, amount in s.execute(
            select(ConsignorPayout.party_id, ConsignorPayout.method,
                   func.sum(ConsignorPayout.amount_minor))
            .where(ConsignorPayout.store_id == store_id, ConsignorPayout.at >= start,
                   ConsignorPayout.at < end)
            .group_by(ConsignorPayout.party_id, ConsignorPayout.method)):
        paid.setdefault(party_id, {})[method] = int(amount)
    return [ConsignorPayable(pid, mask_name(name), mask_phone(phone), Money(int(o), cur), int(n),
                             int(k), Money(int(sh), cur), Money(int(rv), cur),
                             {m: Money(paid.get(pid, {}).get(m, 0), cur) for m in METHODS})
            for pid, name, phone, o, n, k, sh, rv in rows]


def _within(at, start: datetime, end: datetime, condition, value):
    """`value` for an entry in the period that meets `condition`, else NULL (for a SUM)."""
    return case((and_(at >= start, at < end, condition), value), else_=None)


def _moved(s, store_id: int, start: datetime, end: datetime) -> list[int]:
    """Consignors whose ledger has an entry in the period, by name."""
    return list(s.scalars(
        select(Party.id).where(Party.store_id == store_id, Party.id.in_(
            select(ConsignorEntry.party_id).where(ConsignorEntry.at >= start,
                                                  ConsignorEntry.at < end)))
        .order_by(Party.name, Party.id)))


def build(db: StoreDB, period: Period, *, counter_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> ConsignorsReport:
    """The payables at the end of `period` and the period's statements."""
    store = stores.get_store(db)
    start, end = day_bounds(period)
    cur = store.currency
    step(progress, 0, 1, cancelled)
    with db.read() as s:
        payables = _payables(s, store.id, start, end, cur)
        moved = _moved(s, store.id, start, end)
    total = len(moved) + 1
    step(progress, 1, total, cancelled)
    reader = _reader(store.id)
    statements = []
    for done, party_id in enumerate(moved, start=2):
        statements.append(consignors.statement(db, reader, party_id, period.first, period.last))
        step(progress, done, total, cancelled)
    return ConsignorsReport(
        store.name, store.code, period, now(), cur, tuple(payables),
        Money.sum((p.owed for p in payables), cur), sum(p.in_store for p in payables),
        sum(p.sold for p in payables), Money.sum((p.shares for p in payables), cur),
        Money.sum((p.reversed for p in payables), cur),
        {m: Money.sum((p.paid[m] for p in payables), cur) for m in METHODS},
        tuple(statements))
