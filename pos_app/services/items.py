"""One-of-a-kind items: taking one in, moving it through its life, finding it by scan or text.

Every move is checked against the state machine and the actor's rights, and writes the item,
its history row, the audit entry and the outbox row in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain import item_states
from pos_app.domain.codes import make_item_code, parse_item_code
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import ConcurrentChange, NotFound, ValidationError
from pos_app.models import Category, CodeSequence, Item, ItemEvent, Store
from pos_app.services import journal, users
from pos_app.services.store_db import StoreDB
from pos_app.services.users import ManagerOverride

GRADES = ("A", "B", "C", "D")


@dataclass(frozen=True)
class ItemView:
    id: int
    code: str
    category: str
    brand: str
    model: str
    grade: str | None
    acquisition: Acquisition
    state: ItemState
    cost: Money
    price: Money | None
    location: str
    notes: str
    state_changed_at: datetime
    version: int


def _view(item: Item, category_name: str, currency: str) -> ItemView:
    return ItemView(
        item.id, item.code, category_name, item.brand, item.model, item.grade,
        Acquisition(item.acquisition), ItemState(item.state), Money(item.cost_minor, currency),
        None if item.price_minor is None else Money(item.price_minor, currency),
        item.location, item.notes, item.state_changed_at, item.version,
    )


def _views(s: Session, stmt: Select) -> list[ItemView]:
    rows = s.execute(stmt.add_columns(Category.name, Store.currency)
                     .join(Category, Category.id == Item.category_id)
                     .join(Store, Store.id == Item.store_id)).all()
    return [_view(item, cat, cur) for item, cat, cur in rows]


def next_item_code(s: Session, store_id: int) -> str:
    """Take the store's next number inside the caller's transaction (atomic on both engines)."""
    number = s.execute(
        update(CodeSequence).where(CodeSequence.store_id == store_id)
        .values(next_value=CodeSequence.next_value + 1).returning(CodeSequence.next_value)
    ).scalar_one() - 1
    store_code = s.scalar(select(Store.code).where(Store.id == store_id))
    return make_item_code(store_code, number)


def _category(s: Session, category: str | int) -> Category:
    stmt = select(Category).where(Category.id == category if isinstance(category, int)
                                  else Category.code == category)
    cat = s.scalars(stmt).first()
    if cat is None or not cat.active:
        raise NotFound(what="Category", key=str(category))
    return cat


def receive_item(db: StoreDB, actor: Actor, *, category: str | int, acquisition: Acquisition | str,
                 brand: str = "", model: str = "", cost: Money | None = None,
                 attributes: dict | None = None, notes: str = "",
                 owner_party_id: int | None = None, location: str = "") -> ItemView:
    """Take one item into the store: it gets its code and starts life as `received`."""
    users.require(actor, Permission.INTAKE)
    acquisition = Acquisition(acquisition)
    if cost is not None and cost.minor < 0:
        raise ValidationError("A cost cannot be negative.")
    if acquisition in (Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING) and owner_party_id is None:
        raise ValidationError("A consigned or matchmaking item needs its owner.")
    with db.write() as s:
        cat = _category(s, category)
        code = next_item_code(s, actor.store_id)
        at = now()
        item = Item(code=code, store_id=actor.store_id, category_id=cat.id, brand=brand.strip(),
                    model=model.strip(), attributes=attributes or {}, notes=notes.strip(),
                    acquisition=acquisition.value, owner_party_id=owner_party_id,
                    cost_minor=cost.minor if cost else 0, location=location.strip(),
                    state=ItemState.RECEIVED.value, state_changed_at=at, created_at=at,
                    created_by_id=actor.user_id)
        s.add(item)
        s.flush()
        s.add(ItemEvent(item_id=item.id, from_state=None, to_state=item.state, at=at,
                        user_id=actor.user_id, counter_id=actor.counter_id))
        journal.record(s, actor, "item.received", "item", code, _payload(item, cat.code))
        return _view(item, cat.name, s.get(Store, actor.store_id).currency)


def _payload(item: Item, category_code: str | None = None) -> dict:
    data = {"code": item.code, "state": item.state, "grade": item.grade,
            "price_minor": item.price_minor, "acquisition": item.acquisition,
            "brand": item.brand, "model": item.model, "version": item.version}
    if category_code:
        data["category"] = category_code
    return data


def _load(s: Session, code: str, *, for_update: bool) -> Item:
    parsed = parse_item_code(code)
    stmt = select(Item).where(Item.code == parsed.text)
    item = s.scalars(stmt.with_for_update() if for_update else stmt).first()
    if item is None:
        raise NotFound(what="Item", key=parsed.text)
    return item


def transition(db: StoreDB, actor: Actor, code: str, to_state: ItemState | str, *,
               reason: str = "", override: ManagerOverride | None = None,
               expected_version: int | None = None, grade: str | None = None,
               price: Money | None = None) -> ItemView:
    """Move an item to `to_state` if the life cycle and the actor's rights allow it."""
    to_state = ItemState(to_state)
    with db.read() as s:  # check the move before asking a manager for anything
        probe = _load(s, code, for_update=False)
        permission = item_states.required_permission(probe.code, Acquisition(probe.acquisition),
                                                     ItemState(probe.state), to_state)
    if to_state == ItemState.GRADED and grade is None:
        raise ValidationError("Choose a grade for the item.")
    if grade is not None and grade not in GRADES:
        raise ValidationError("“{grade}” is not a grade.", grade=grade)
    if to_state == ItemState.PRICED and price is None:
        raise ValidationError("Enter a price for the item.")
    if price is not None and price.minor <= 0:
        raise ValidationError("A price must be above zero.")
    authority = users.authorise(db, actor, permission, override)
    try:
        with db.write() as s:
            item = _load(s, code, for_update=True)
            if expected_version is not None and item.version != expected_version:
                raise ConcurrentChange(code=item.code)
            from_state = ItemState(item.state)
            item_states.required_permission(item.code, Acquisition(item.acquisition), from_state, to_state)
            auth_id = users.record_authority(s, actor, authority, reason)
            at = now()
            item.state, item.state_changed_at = to_state.value, at
            if grade is not None:
                item.grade = grade
            if price is not None:
                item.price_minor = price.minor
            s.add(ItemEvent(item_id=item.id, from_state=from_state.value, to_state=to_state.value,
                            at=at, user_id=actor.user_id, counter_id=actor.counter_id,
                            reason=reason[:200], authorisation_id=auth_id))
            s.flush()
            data = _payload(item) | {"from_state": from_state.value, "reason": reason}
            journal.record(s, actor, f"item.{to_state.value}", "item", item.code, data)
            cat = s.get(Category, item.category_id)
            return _view(item, cat.name, s.get(Store, item.store_id).currency)
    except StaleDataError:
        raise ConcurrentChange(code=code) from None


def find_by_code(db: StoreDB, code: str) -> ItemView:
    """The item a scan names; a malformed code or a wrong check character is refused first."""
    parsed = parse_item_code(code)
    with db.read() as s:
        views = _views(s, select(Item).where(Item.code == parsed.text))
        if not views:
            raise NotFound(what="Item", key=parsed.text)
        return views[0]


def history(db: StoreDB, code: str) -> list[tuple[datetime, str | None, str, int | None, str]]:
    parsed = parse_item_code(code)
    with db.read() as s:
        rows = s.execute(
            select(ItemEvent.at, ItemEvent.from_state, ItemEvent.to_state, ItemEvent.user_id,
                   ItemEvent.reason).join(Item, Item.id == ItemEvent.item_id)
            .where(Item.code == parsed.text).order_by(ItemEvent.id)
        ).all()
        return [tuple(r) for r in rows]


def _search_filter(s: Session, stmt: Select, query: str) -> Select:
    """Narrow `stmt` to items whose brand, model or notes contain every word of `query`."""
    words = [w for w in query.lower().split() if w]
    if not words:
        return stmt
    if s.bind.dialect.name == "sqlite":
        long_words = [w for w in words if len(w) >= 3]
        if long_words:  # the trigram index needs three characters; shorter words filter below
            match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            stmt = stmt.where(Item.id.in_(
                select(text("rowid")).select_from(text("items_fts"))
                .where(text("items_fts MATCH :match")).params(match=match)))
        words = [w for w in words if len(w) < 3]
    haystack = func.lower(Item.brand + " " + Item.model + " " + Item.notes)
    for w in words:
        escaped = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(haystack.like(f"%{escaped}%", escape="\\"))
    return stmt


def search(db: StoreDB, query: str = "", *, states: list[ItemState] | None = None,
           offset: int = 0, limit: int = 100) -> list[ItemView]:
    """A page of items, newest first, matching every word of `query` anywhere in brand/model/notes."""
    with db.read() as s:
        stmt = _search_filter(s, select(Item), query)
        if states:
            stmt = stmt.where(Item.state.in_([ItemState(x).value for x in states]))
        return _views(s, stmt.order_by(Item.id.desc()).offset(offset).limit(limit))


def count(db: StoreDB, query: str = "", *, states: list[ItemState] | None = None) -> int:
    with db.read() as s:
        stmt = _search_filter(s, select(func.count(Item.id)), query)
        if states:
            stmt = stmt.where(Item.state.in_([ItemState(x).value for x in states]))
        return s.scalar(stmt) or 0
