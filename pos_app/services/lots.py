"""Lot sales: items that failed grading (or that a manager picks off the shelf) sold together to
a wholesaler or recycler as ONE sale, each item leaving the store as "lotted out".

The lot's price is spread over its lines with Money.allocate, in proportion to the items'
prices when every item has one, else equally, so the lines add up to the price to the fen.
When the store's prices exclude tax, the tax is added on top of that price, as on any sale.
Lotting out is a write-off right: a clerk needs a manager's PIN, checked before the sale is
written. Consigned and matchmaking items belong to their owners and are refused.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain import holding
from pos_app.domain.codes import parse_item_code
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.domain.sale import Tender
from pos_app.errors import (
    BasketEmpty,
    ConcurrentChange,
    ItemOnHold,
    ItemTwiceInBasket,
    PermissionDenied,
    UnknownCode,
    ValidationError,
)
from pos_app.models import Category, Hold, Item, Party
from pos_app.services import items, journal, sale_records, users
from pos_app.services.sale_writer import Draft, StoreTerms, locked_shift, store_terms, write_sale
from pos_app.services.store_db import StoreDB
from pos_app.services.users import Authority, ManagerOverride

LOTTABLE = (ItemState.GRADED, ItemState.ON_SHELF)  # the states item_states lets go to LOTTED_OUT
FOR_PARTS = "D"
OWNED_BY_OTHERS = (Acquisition.CONSIGNMENT.value, Acquisition.MATCHMAKING.value)


class ItemNotLottable(ValidationError):
    template = ("Item {code} cannot go in a lot: it is {state}. Only graded items and items on "
                "the shelf can be sold in a lot; take it out of the lot.")


class ConsignedNotLottable(ValidationError):
    template = ("Item {code} belongs to its consignor, not the store, so it cannot be sold in a "
                "lot; take it out of the lot and return it to its owner.")


class ListedNotLottable(ValidationError):
    template = ("Item {code} is listed for its owner's direct sale, so it cannot be sold in a "
                "lot; take it out of the lot.")


@dataclass(frozen=True)
class LotItem:
    """An item as the lot tab lists it."""

    code: str
    description: str
    category: str
    category_zh: str
    grade: str | None
    state: ItemState
    price: Money | None
    since: datetime  # when it reached its state


@dataclass(frozen=True)
class SoldLot:
    codes: tuple[str, ...]
    total_price: Money
    receipt: sale_records.SaleRecord


_COLUMNS = (Item.code, Item.brand, Item.model, Category.name, Category.name_zh, Item.grade,
            Item.state, Item.price_minor, Item.state_changed_at)


def _view(row, currency: str) -> LotItem:
    code, brand, model, category, category_zh, grade, state, price, since = row
    return LotItem(code, " ".join(p for p in (brand, model) if p), category, category_zh, grade,
                   ItemState(state), None if price is None else Money(price, currency), since)


def _may_lot(actor: Actor) -> None:
    if not (actor.can(Permission.SELL) or actor.can(Permission.WRITE_OFF)):
        raise PermissionDenied(role=str(actor.role), action=str(Permission.WRITE_OFF))


def lot_candidates(db: StoreDB, actor: Actor, category: str | None = None, *,
                   limit: int = 500) -> list[LotItem]:
    """The store's own items graded "for parts" (D) that are graded or on the shelf, longest
    waiting first; `category` (a code such as "3c") takes that category and those below it."""
    _may_lot(actor)
    stmt = (select(*_COLUMNS).join(Category, Category.id == Item.category_id)
            .where(Item.store_id == actor.store_id, Item.grade == FOR_PARTS,
                   Item.state.in_([s.value for s in LOTTABLE]),
                   Item.acquisition.not_in(OWNED_BY_OTHERS)))
    if category:
        stmt = stmt.where(or_(Category.code == category, Category.code.like(f"{category}.%")))
    with db.read() as s:
        currency = store_terms(s, actor.store_id).currency
        rows = s.execute(stmt.order_by(Item.state_changed_at, Item.id).limit(limit)).all()
        return [_view(r, currency) for r in rows]


def _refuse_unlottable(s: Session, item: Item, at: datetime) -> None:
    state = ItemState(item.state)
    if item.acquisition == Acquisition.CONSIGNMENT.value:
        raise ConsignedNotLottable(code=item.code)
    if item.acquisition == Acquisition.MATCHMAKING.value:
        raise ListedNotLottable(code=item.code)
    if state not in LOTTABLE:
        raise ItemNotLottable(code=item.code, state=state.value)
    holding.assert_sellable(item, at)  # a held buy-back leaves the store by no channel
    hold = s.execute(select(Hold.customer_name, Hold.until).where(
        Hold.item_id == item.id, Hold.status == "active", Hold.until > at)).first()
    if hold is not None:
        raise ItemOnHold(code=item.code, customer=hold.customer_name or "-",
                         until=hold.until.astimezone().strftime("%Y-%m-%d %H:%M"))


def _load(s: Session, actor: Actor, code: str, *, for_update: bool) -> Item:
    text = parse_item_code(code).text
    stmt = select(Item).where(Item.code == text, Item.store_id == actor.store_id)
    item = s.scalars(stmt.with_for_update(of=Item) if for_update else stmt).first()
    if item is None:
        raise UnknownCode(code=text)
    return item


def lot_item(db: StoreDB, actor: Actor, code: str) -> LotItem:
    """A scanned item for the lot, or the refusal saying why it cannot go in one."""
    _may_lot(actor)
    with db.read() as s:
        item = _load(s, actor, (code or "").strip(), for_update=False)
        _refuse_unlottable(s, item, now())
        currency = store_terms(s, actor.store_id).currency
        row = s.execute(select(*_COLUMNS).join(Category, Category.id == Item.category_id)
                        .where(Item.id == item.id)).one()
        return _view(row, currency)


def allocate(total: Money, prices: Sequence[Money | None]) -> list[Money]:
    """`total` over the items: by price when every item has one above zero, else equally."""
    if prices and all(p is not None and p.minor > 0 for p in prices):
        return total.allocate([p.minor for p in prices])
    return total.split(len(prices))


def _check_inputs(codes: Sequence[str], total_price: Money, buyer_party_id: int | None) -> list[str]:
    cleaned = [(c or "").strip() for c in codes]
    if not cleaned:
        raise BasketEmpty()
    seen: set[str] = set()
    for code in cleaned:
        text = parse_item_code(code).text
        if text in seen:
            raise ItemTwiceInBasket(code=text)
        seen.add(text)
    if not isinstance(total_price, Money):
        raise TypeError("a lot's price is Money")
    if total_price.minor <= 0:
        raise ValidationError("Enter the price the buyer pays for the whole lot; it must be "
                              "above zero.")
    if buyer_party_id is None:
        raise ValidationError("Choose the wholesaler or recycler who buys the lot.")
    return cleaned


def sell_lot(db: StoreDB, actor: Actor, codes: Sequence[str], total_price: Money,
             buyer_party_id: int | None, tenders: Sequence[Tender], *,
             override: ManagerOverride | None = None, note: str = "") -> SoldLot:
    """Sell the items to the buyer as one sale at `total_price`; every item is lotted out."""
    users.require(actor, Permission.SELL)
    cleaned = _check_inputs(codes, total_price, buyer_party_id)
    with db.read() as s:  # refuse what cannot go in the lot before asking a manager
        at = now()
        for code in cleaned:
            _refuse_unlottable(s, _load(s, actor, code, for_update=False), at)
    authority = users.authorise(db, actor, Permission.WRITE_OFF, override)
    try:
        with db.write() as s:
            number, lotted = _write(s, actor, cleaned, total_price, buyer_party_id, tenders,
                                    authority, note)
    except StaleDataError:
        raise ConcurrentChange(code=", ".join(cleaned)) from None
    return SoldLot(lotted, total_price, sale_records.find_sale(db, number))


def _drafts(s: Session, loaded: list[Item], total_price: Money, terms: StoreTerms) -> list[Draft]:
    cur = terms.currency
    prices = [None if i.price_minor is None else Money(i.price_minor, cur) for i in loaded]
    rates = dict(s.execute(select(Category.id, Category.tax_rate_bp)
                           .where(Category.id.in_({i.category_id for i in loaded}))).all())
    drafts = []
    for item, price, share in zip(loaded, prices, allocate(total_price, prices), strict=True):
        bp = rates.get(item.category_id)
        drafts.append(Draft("item", item.code, " ".join(p for p in (item.brand, item.model) if p)
                            or item.code, share, price or share, 1,
                            terms.tax_rate if bp is None else Decimal(bp) / 100, item_id=item.id,
                            category_id=item.category_id, grade=item.grade,
                            cost=Money(item.cost_minor, cur)))
    return drafts


def _write(s: Session, actor: Actor, codes: list[str], total_price: Money, buyer_party_id: int,
           tenders: Sequence[Tender], authority: Authority, note: str):
    shift = locked_shift(s, actor)  # first: no money is taken without an open shift
    terms = store_terms(s, actor.store_id)
    if total_price.currency != terms.currency:
        raise ValidationError("Amounts are in {currency} in this store.", currency=terms.currency)
    buyer = s.get(Party, buyer_party_id)
    if buyer is None or buyer.store_id != actor.store_id:
        raise ValidationError("Choose the buyer again; that buyer was not found.")
    at = now()
    loaded = [_load(s, actor, code, for_update=True) for code in codes]
    for item in loaded:
        _refuse_unlottable(s, item, at)
    drafts = _drafts(s, loaded, total_price, terms)
    for item in loaded:
        items.move(s, actor, item, ItemState.LOTTED_OUT, reason="lot sale", authority=authority)
    sale, _, _ = write_sale(s, actor, drafts, tenders, kind="lot", customer_party_id=buyer.id,
                            note=note, terms=terms, shift=shift)
    for item, draft in zip(loaded, drafts, strict=True):
        item.sold_minor, item.sold_at = draft.unit_price.minor, at
    buyer.is_buyer = True
    s.flush()
    lotted = tuple(i.code for i in loaded)
    journal.record(s, actor, "lot.sold", "sale", sale.number, {
        "sale": sale.number, "buyer_party_id": buyer.id, "items": list(lotted),
        "total_minor": total_price.minor,
        "authorised_by": authority.manager_id})
    return sale.number, lotted
