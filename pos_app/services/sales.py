"""The counter's sale: a scan answers at once with what the item sells for or why it cannot be
sold, and `commit_sale` writes the whole sale in one transaction or nothing at all.

The scan's refusal and the commit's refusal are the same check (`check_sellable`), so an item
that was fine at the scan but sold meanwhile at another counter is refused at the commit.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain import holding
from pos_app.domain.codes import parse_item_code
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.domain.sale import Discount, Tender, needs_manager
from pos_app.errors import (
    BasketEmpty,
    ConcurrentChange,
    DomainError,
    InvalidItemCode,
    ItemAlreadySold,
    ItemCodeMistyped,
    ItemGone,
    ItemNotOnShelf,
    ItemOnHold,
    ItemRentedOut,
    ItemReservedOnline,
    ItemReturnedPending,
    ItemTwiceInBasket,
    OutOfStock,
    PermissionDenied,
    UnknownCode,
    ValidationError,
)
from pos_app.models import (
    Category,
    ConsignmentContract,
    Hold,
    Item,
    Party,
    Sale,
    SaleLine,
    StockLine,
    StockMovement,
)
from pos_app.services import items, journal, pricing, sale_records, settings, users
from pos_app.services.sale_writer import (
    Consigned,
    Draft,
    StoreTerms,
    locked_shift,
    price,
    store_terms,
    write_sale,
)
from pos_app.services.store_db import StoreDB
from pos_app.services.users import ManagerOverride

NOT_YET = (ItemState.RECEIVED, ItemState.GRADED, ItemState.PRICED, ItemState.LABELLED)


class DiscountNeedsManager(PermissionDenied):
    template = ("A discount of more than {limit}% needs a manager: ask a manager to enter "
                "their PIN, or lower the discount.")


@dataclass(frozen=True)
class BasketLine:
    """A line as the till keeps it: the code scanned, and what the clerk entered for it."""

    code: str
    quantity: int = 1
    discount: Discount | None = None
    hold_id: int | None = None  # selling an item on hold to the customer it is held for


@dataclass(frozen=True)
class ScannedLine:
    """What a scan puts on the till: an item (quantity 1) or a stock line."""

    kind: str  # item | stock
    code: str
    description: str
    grade: str | None
    price: Money  # today's shelf price
    list_price: Money  # before any markdown
    markdown_percent: Decimal
    tax_rate: Decimal
    available: int  # 1 for an item; what is on hand for a stock line
    hold_id: int | None = None
    hold_customer: str = ""


_DETAILS = (
    select(Item.id, Item.held_until, Item.category_id, Item.cost_minor, Item.owner_party_id,
           Item.contract_id, Item.acquisition, Category.tax_rate_bp,
           ConsignmentContract.consignor_share_bp, ConsignmentContract.fee_minor)
    .join(Category, Category.id == Item.category_id)
    .outerjoin(ConsignmentContract, ConsignmentContract.id == Item.contract_id)
    .where(Item.code == bindparam("code")))
_ACTIVE_HOLD = (select(Hold.id, Hold.customer_name, Hold.until, Hold.party_id)
                .where(Hold.item_id == bindparam("item_id"), Hold.status == "active",
                       Hold.until > bindparam("at"))
                .order_by(Hold.id.desc()).limit(1))
_DETAILS_OF = (
    select(Item.code, Item.id, Item.held_until, Item.category_id, Item.cost_minor,
           Item.owner_party_id, Item.contract_id, Item.acquisition, Category.tax_rate_bp,
           ConsignmentContract.consignor_share_bp, ConsignmentContract.fee_minor)
    .join(Category, Category.id == Item.category_id)
    .outerjoin(ConsignmentContract, ConsignmentContract.id == Item.contract_id)
    .where(Item.code.in_(bindparam("codes", expanding=True))))
_HOLDS_OF = (select(Hold.item_id, Hold.id, Hold.customer_name, Hold.until, Hold.party_id)
             .where(Hold.item_id.in_(bindparam("item_ids", expanding=True)),
                    Hold.status == "active", Hold.until > bindparam("at"))
             .order_by(Hold.id))
_STOCK = (select(StockLine, Category.tax_rate_bp).join(Category, Category.id == StockLine.category_id)
          .where(StockLine.store_id == bindparam("store_id"), StockLine.sku == bindparam("sku")))


@dataclass(frozen=True)
class _Facts:
    """What a whole basket's checks need, read in three queries instead of three per line."""

    shelf: dict  # code -> pricing.PricedItem
    details: dict  # code -> a _DETAILS row
    holds: dict  # item id -> its active hold row (absent: none)


def _facts(s: Session, codes: list[str], at: datetime) -> _Facts:
    shelf = pricing.priced_items(s, codes)
    details = {row.code: row for row in s.execute(_DETAILS_OF, {"codes": codes})}
    ids = [row.id for row in details.values()]
    holds = {row.item_id: row for row in s.execute(_HOLDS_OF, {"item_ids": ids, "at": at})} \
        if ids else {}
    return _Facts(shelf, details, holds)


_NOT_READ = object()


def _rate(bp: int | None, terms: StoreTerms) -> Decimal:
    return terms.tax_rate if bp is None else Decimal(bp) / 100


def _sold_on(s: Session, item_id: int) -> str:
    number = s.scalar(select(Sale.number).join(SaleLine, SaleLine.sale_id == Sale.id)
                      .where(SaleLine.item_id == item_id).order_by(Sale.id.desc()).limit(1))
    return number or "-"


def check_sellable(s: Session, code: str, state: ItemState, item_id: int, held_until: datetime | None,
                   at: datetime, hold_id: int | None, locale: str,
                   hold: object = _NOT_READ) -> tuple[int | None, str]:
    """Refuse an item that cannot be sold now, with the reason; else its hold (id, customer)
    when it is being sold to the customer it was put aside for. `hold`: its active hold row
    (or None) when the caller read the basket's holds already."""
    if state == ItemState.SOLD:
        raise ItemAlreadySold(code=code, receipt=_sold_on(s, item_id))
    if state == ItemState.RESERVED:
        raise ItemReservedOnline(code=code)
    if state == ItemState.RENTED_OUT:
        raise ItemRentedOut(code=code)
    if state in NOT_YET:
        raise ItemNotOnShelf(code=code, state=state.value)
    if state == ItemState.RETURNED:
        raise ItemReturnedPending(code=code)
    if state != ItemState.ON_SHELF:
        raise ItemGone(code=code, state=state.value)
    holding.assert_sellable(_Held(code, held_until), at)
    if hold is _NOT_READ:
        hold = s.execute(_ACTIVE_HOLD, {"item_id": item_id, "at": at}).first()
    if hold is None:
        return None, ""
    if hold.id != hold_id:
        until = hold.until.astimezone().strftime("%Y-%m-%d %H:%M")
        raise ItemOnHold(code=code, customer=hold.customer_name or "-", until=until)
    return hold.id, hold.customer_name


@dataclass(frozen=True)
class _Held:
    code: str
    held_until: datetime | None


def _item_line(s: Session, code: str, terms: StoreTerms, at: datetime, hold_id: int | None,
               today: date | None, facts: _Facts | None = None) -> tuple[ScannedLine, Draft]:
    """`facts`: the basket's items already read (`_facts`), once per basket."""
    if facts is None:
        facts = _facts(s, [code], at) if today is None else _Facts(
            pricing.priced_items(s, [code], today), {}, {})
    priced = facts.shelf.get(code)
    if priced is None:
        raise UnknownCode(code=code)
    d = facts.details.get(code) or s.execute(_DETAILS, {"code": code}).one()
    known = facts.holds.get(d.id) if facts.details else _NOT_READ
    hold, customer = check_sellable(s, code, priced.state, priced.id, d.held_until, at, hold_id,
                                    terms.locale, known)
    if priced.shelf is None:
        raise ItemNotOnShelf(code=code, state=priced.state.value)
    shelf = priced.shelf
    rate = _rate(d.tax_rate_bp, terms)
    scanned = ScannedLine("item", code, priced.name or code, priced.grade, shelf.price,
                          shelf.original, shelf.markdown_percent, rate, 1, hold, customer)
    consigned = None
    if d.acquisition == Acquisition.CONSIGNMENT.value and d.consignor_share_bp is not None:
        consigned = Consigned(d.owner_party_id, Decimal(d.consignor_share_bp) / 100,
                              Money(d.fee_minor or 0, terms.currency))
    draft = Draft("item", code, scanned.description, shelf.price, shelf.original, 1, rate,
                  item_id=d.id, category_id=d.category_id, grade=priced.grade,
                  cost=Money(d.cost_minor, terms.currency), consigned=consigned)
    return scanned, draft


def _stock_line(s: Session, store_id: int, sku: str, terms: StoreTerms,
                quantity: int) -> tuple[ScannedLine, Draft, StockLine]:
    row = s.execute(_STOCK, {"store_id": store_id, "sku": sku}).first()
    if row is None:
        raise UnknownCode(code=sku)
    line, bp = row
    if line.quantity < quantity or line.quantity <= 0:
        raise OutOfStock(name=line.name, code=sku, left=max(line.quantity, 0))
    price = Money(line.price_minor, terms.currency)
    rate = _rate(bp, terms)
    scanned = ScannedLine("stock", sku, line.name, None, price, price, Decimal(0), rate,
                          line.quantity)
    draft = Draft("stock", sku, line.name, price, price, quantity, rate,
                  stock_line_id=line.id, category_id=line.category_id,
                  cost=Money(line.cost_minor, terms.currency))
    return scanned, draft, line


def _resolve(s: Session, actor: Actor, code: str, terms: StoreTerms, at: datetime, *,
             quantity: int = 1, hold_id: int | None = None, today: date | None = None,
             facts: _Facts | None = None):
    """An item code or a stock SKU, as a scan line and a draft (and the stock row, if any)."""
    text = (code or "").strip()
    if not text:
        raise UnknownCode(code=text)
    try:
        canonical = parse_item_code(text).text
    except InvalidItemCode as bad:
        try:
            return _stock_line(s, actor.store_id, text, terms, quantity)
        except UnknownCode:
            if isinstance(bad, ItemCodeMistyped):  # an item code's shape, a wrong check character
                raise bad from None
            raise
    if quantity != 1:
        raise ValidationError("An item is one of a kind; its quantity is 1.")
    scanned, draft = _item_line(s, canonical, terms, at, hold_id, today, facts)
    return scanned, draft, None


def scan(db: StoreDB, actor: Actor, code: str, *, quantity: int = 1,
         hold_id: int | None = None, today: date | None = None) -> ScannedLine:
    """What the scanned code sells for now, or a refusal saying why it cannot be sold."""
    users.require(actor, Permission.SELL)
    with db.read() as s:
        terms = store_terms(s, actor.store_id)
        return _resolve(s, actor, code, terms, now(), quantity=quantity, hold_id=hold_id,
                        today=today)[0]


def till_settings(db: StoreDB, actor: Actor) -> dict[str, object]:
    """The store's settings as the counter opens, with the scan's statements run once on no
    item, so the first real scan does not also pay for compiling them."""
    with db.read() as s:
        _facts(s, ["-"], now())
        s.execute(_STOCK, {"store_id": actor.store_id, "sku": "-"}).first()
        store_terms(s, actor.store_id)
    return settings.get_settings(db, actor.store_id)


def find_for_sale(db: StoreDB, actor: Actor, query: str, limit: int = 20) -> list[ScannedLine]:
    """Items on the shelf and stock lines matching `query` (code, brand, model or words),
    each as a scan would put it on the till; what cannot be sold now is left out."""
    users.require(actor, Permission.SELL)
    found = items.search(db, query, states=[ItemState.ON_SHELF], limit=limit)
    out: list[ScannedLine] = []
    with db.read() as s:
        terms = store_terms(s, actor.store_id)
        at = now()
        for view in found:
            try:
                out.append(_item_line(s, view.code, terms, at, None, None)[0])
            except DomainError:
                continue
        words = (query or "").strip()
        if words:
            like = f"%{words.lower()}%"
            rows = s.scalars(select(StockLine.sku).where(
                StockLine.store_id == actor.store_id, StockLine.quantity > 0,
                (StockLine.sku == words) | StockLine.name.ilike(like)).limit(limit)).all()
            for sku in rows:
                out.append(_stock_line(s, actor.store_id, sku, terms, 1)[0])
    return out[:limit]


def _drafts(s: Session, actor: Actor, lines: Sequence[BasketLine], terms: StoreTerms,
            at: datetime, *, lock: bool):
    seen: set[str] = set()
    drafts, stock_rows, item_rows, holds = [], [], [], []
    codes = _item_codes(lines)
    locked = _lock_items(s, codes) if lock and codes else {}  # first: nothing moves under us
    facts = _facts(s, codes, at) if codes else None  # the basket's items read together
    wanted: dict[int, int] = {}  # stock line id -> pieces the basket takes
    for line in lines:
        scanned, draft, stock = _resolve(s, actor, line.code, terms, at, quantity=line.quantity,
                                         hold_id=line.hold_id, facts=facts)
        key = f"{draft.kind}:{draft.code}"
        if draft.kind == "item" and key in seen:
            raise ItemTwiceInBasket(code=draft.code)
        seen.add(key)
        if line.discount is not None:
            draft = Draft(**{**draft.__dict__, "discount": line.discount})
        if stock is not None:  # two lines of one SKU must not take more than is on hand
            wanted[stock.id] = wanted.get(stock.id, 0) + draft.quantity
            if wanted[stock.id] > stock.quantity:
                raise OutOfStock(name=stock.name, code=stock.sku, left=stock.quantity)
        drafts.append(draft)
        stock_rows.append(stock)
        holds.append(scanned.hold_id)
        if lock and draft.kind == "item":
            item = locked[draft.code]
            if item.state != ItemState.ON_SHELF.value:  # sold meanwhile: refused as a scan is
                check_sellable(s, draft.code, ItemState(item.state), item.id, item.held_until, at,
                               line.hold_id, terms.locale)
            item_rows.append(item)
        else:
            item_rows.append(None)
    return drafts, stock_rows, item_rows, holds


def _lock_items(s: Session, codes: list[str]) -> dict[str, Item]:
    """The basket's items locked in one statement, in id order, so two tills locking
    overlapping baskets queue one behind the other instead of deadlocking."""
    rows = s.scalars(select(Item).where(Item.code.in_(codes)).order_by(Item.id)
                     .with_for_update(of=Item)).all()
    return {item.code: item for item in rows}


def _item_codes(lines: Sequence[BasketLine]) -> list[str]:
    """The canonical item codes among the basket's codes (stock SKUs and typos left out)."""
    out = []
    for line in lines:
        try:
            out.append(parse_item_code((line.code or "").strip()).text)
        except InvalidItemCode:
            continue
    return out


def quote(db: StoreDB, actor: Actor, lines: Sequence[BasketLine],
          sale_discount: Discount | None = None):
    """The basket priced as it would be charged now, and whether a manager must approve it."""
    with db.read() as s:
        terms = store_terms(s, actor.store_id)
        drafts = _drafts(s, actor, lines, terms, now(), lock=False)[0]
        totals = price(drafts, sale_discount, terms)
        return totals, needs_manager(totals, terms.discount_limit) and not actor.can(
            Permission.DISCOUNT_OVER_LIMIT)


def commit_sale(db: StoreDB, actor: Actor, lines: Sequence[BasketLine], tenders: Sequence[Tender],
                *, sale_discount: Discount | None = None, customer_party_id: int | None = None,
                override: ManagerOverride | None = None, note: str = "") -> sale_records.SaleRecord:
    """Sell the basket: items sold, stock taken, tenders, drawer, consignor shares, holds
    fulfilled, audit and outbox, in one transaction; the receipt is returned."""
    users.require(actor, Permission.SELL)
    if not lines:
        raise BasketEmpty()
    # only a discount can need a manager: without one the priced basket is not needed first
    discounted = sale_discount is not None or any(line.discount is not None for line in lines)
    needs = discounted and quote(db, actor, lines, sale_discount)[1]
    authority = None
    if needs:  # the manager's PIN is checked (and a wrong one counted) before the sale is written
        if override is None:
            with db.read() as s:
                limit = store_terms(s, actor.store_id).discount_limit
            raise DiscountNeedsManager(limit=limit)
        authority = users.authorise(db, actor, Permission.DISCOUNT_OVER_LIMIT, override)
    try:
        with db.write() as s:
            sale = _write(s, actor, lines, tenders, sale_discount, customer_party_id, authority,
                          note)
            return sale_records.load_record(s, sale)  # read before the commit ends the session
    except StaleDataError:
        raise ConcurrentChange(code=", ".join(line.code for line in lines)) from None


def _write(s: Session, actor: Actor, lines: Sequence[BasketLine], tenders: Sequence[Tender],
           sale_discount: Discount | None, customer_party_id: int | None,
           authority: users.Authority | None, note: str) -> Sale:
    shift = locked_shift(s, actor)  # first: no cash moves without an open shift
    terms = store_terms(s, actor.store_id)
    at = now()
    if customer_party_id is not None:
        party = s.get(Party, customer_party_id)
        if party is None or party.store_id != actor.store_id:
            raise ValidationError("Choose the customer again; that customer was not found.")
    drafts, stock_rows, item_rows, holds = _drafts(s, actor, lines, terms, at, lock=True)
    totals = price(drafts, sale_discount, terms)
    if needs_manager(totals, terms.discount_limit) and authority is None \
            and not actor.can(Permission.DISCOUNT_OVER_LIMIT):
        raise DiscountNeedsManager(limit=terms.discount_limit)
    auth_id = users.record_authority(s, actor, authority, "discount") if authority else None
    for item in item_rows:
        if item is not None:
            items.move(s, actor, item, ItemState.SOLD, reason="sale")
    for draft, stock in zip(drafts, stock_rows, strict=True):
        if stock is not None:
            stock.quantity -= draft.quantity
            s.add(StockMovement(stock_line_id=stock.id, delta=-draft.quantity, reason="sale",
                                at=at, user_id=actor.user_id))
    sale, totals, _ = write_sale(s, actor, drafts, tenders, kind="sale",
                                 sale_discount=sale_discount, customer_party_id=customer_party_id,
                                 authorisation_id=auth_id, note=note, terms=terms, shift=shift)
    for item, priced in zip(item_rows, totals.lines, strict=True):
        if item is not None:  # what the price suggestions learn from: the price really paid
            item.sold_minor = priced.total.minor
    for hold_id in holds:
        if hold_id is not None:
            hold = s.get(Hold, hold_id)
            hold.status, hold.ended_at, hold.sale_id = "sold", at, sale.id
            journal.record(s, actor, "hold.sold", "hold", hold.id,
                           {"hold_id": hold.id, "sale": sale.number})
    s.flush()
    return sale
