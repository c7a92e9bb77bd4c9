"""One-of-a-kind items: taking one in, moving it through its life, finding it by scan or text.

Every move is checked against the state machine and the actor's rights, and writes the item,
its history row, the audit entry and the outbox row in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, Text, bindparam, column, func, select, table, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain import holding, item_states
from pos_app.domain.codes import make_item_code, parse_item_code
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.domain.search_terms import SHORT, as_short_term, normalise
from pos_app.errors import ConcurrentChange, NotFound, ValidationError
from pos_app.models import Category, CodeSequence, Item, ItemEvent, Store
from pos_app.services import catalog, journal, users
from pos_app.services.store_db import StoreDB
from pos_app.services.users import ManagerOverride

GRADES = ("A+", "A", "B", "C", "D")  # like new, excellent, good, fair, for parts


@dataclass(frozen=True)
class ItemView:
    id: int
    code: str
    category: str
    category_zh: str  # the category's Chinese name, for the Chinese screens
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


_I, _C, _S = Item.__table__.c, Category.__table__.c, Store.__table__.c
_VIEW_COLUMNS = (_I.id, _I.code, _C.name, _C.name_zh, _I.brand, _I.model, _I.grade, _I.acquisition, _I.state,
                 _I.cost_minor, _I.price_minor, _I.location, _I.notes, _I.state_changed_at,
                 _I.version, _S.currency)
_FTS = table("items_fts", column("rowid"))
_TERMS = table("items_terms", column("rowid"))


def _joined(first):
    """`first` (the items table or the FTS index) joined to what an ItemView shows."""
    if first is not Item.__table__:
        first = first.join(Item.__table__, _I.id == first.c.rowid)
    return (first.join(Category.__table__, _C.id == _I.category_id)
            .join(Store.__table__, _S.id == _I.store_id))


# Scans and searches read plain columns with statements built once: no ORM objects per row, and
# the compiled SQL comes from the cache (a scan is ~3x cheaper than loading the Item entity).
_BY_CODE = select(*_VIEW_COLUMNS).select_from(_joined(Item.__table__)).where(_I.code == bindparam("code"))


def _row_view(row) -> ItemView:
    (id_, code, category, category_zh, brand, model, grade, acquisition, state, cost, price,
     location, notes, changed, version, currency) = row
    return ItemView(id_, code, category, category_zh, brand, model, grade, Acquisition(acquisition),
                    ItemState(state), Money(cost, currency),
                    None if price is None else Money(price, currency), location, notes, changed,
                    version)


def next_item_code(s: Session, store_id: int) -> str:
    """Take the store's next number inside the caller's transaction (atomic on both engines)."""
    number = s.execute(
        update(CodeSequence).where(CodeSequence.store_id == store_id)
        .values(next_value=CodeSequence.next_value + 1).returning(CodeSequence.next_value)
    ).scalar_one() - 1
    store_code = s.scalar(select(Store.code).where(Store.id == store_id))
    return make_item_code(store_code, number)


def receive_item(db: StoreDB, actor: Actor, *, category: str | int, acquisition: Acquisition | str,
                 brand: str = "", model: str = "", cost: Money | None = None,
                 attributes: dict | None = None, notes: str = "",
                 owner_party_id: int | None = None, location: str = "",
                 serial: str | None = None) -> ItemView:
    """Take one item into the store: it gets its code and starts life as `received`."""
    users.require(actor, Permission.INTAKE)
    with db.write() as s:
        item = add_received(s, actor, category=category, acquisition=acquisition, brand=brand,
                            model=model, cost=cost, attributes=attributes, notes=notes,
                            owner_party_id=owner_party_id, location=location, serial=serial)
        return _row_view(s.execute(_BY_CODE, {"code": item.code}).one())


def add_received(s: Session, actor: Actor, *, category: str | int, acquisition: Acquisition | str,
                 brand: str = "", model: str = "", cost: Money | None = None,
                 attributes: dict | None = None, notes: str = "", owner_party_id: int | None = None,
                 location: str = "", serial: str | None = None, price: Money | None = None,
                 floor: Money | None = None, contract_id: int | None = None,
                 held_until: datetime | None = None) -> Item:
    """An item received inside the caller's transaction (an intake makes several in one),
    with the terms its intake gave it, so its first audit and sync rows say them whole."""
    acquisition = Acquisition(acquisition)
    if cost is not None and cost.minor < 0:
        raise ValidationError("A cost cannot be negative.")
    if acquisition in (Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING) and owner_party_id is None:
        raise ValidationError("A consigned or matchmaking item needs its owner.")
    cat = catalog.active_category(s, category)
    code = next_item_code(s, actor.store_id)
    at = now()
    item = Item(code=code, store_id=actor.store_id, category_id=cat.id, brand=brand.strip(),
                model=model.strip(), attributes=attributes or {}, notes=notes.strip(),
                acquisition=acquisition.value, owner_party_id=owner_party_id,
                cost_minor=cost.minor if cost else 0, location=location.strip(),
                state=ItemState.RECEIVED.value, state_changed_at=at, created_at=at,
                created_by_id=actor.user_id, serial=(serial or None),
                price_minor=price.minor if price else None, floor_minor=floor.minor if floor else None,
                contract_id=contract_id, held_until=held_until)
    s.add(item)
    s.flush()
    s.add(ItemEvent(item_id=item.id, from_state=None, to_state=item.state, at=at,
                    user_id=actor.user_id, counter_id=actor.counter_id))
    journal.record(s, actor, "item.received", "item", code, _payload(item, cat.code))
    return item


def _payload(item: Item, category_code: str | None = None) -> dict:
    data = {"code": item.code, "state": item.state, "grade": item.grade,
            "price_minor": item.price_minor, "acquisition": item.acquisition,
            "held_until": item.held_until.isoformat() if item.held_until else None,
            "brand": item.brand, "model": item.model, "version": item.version}
    if category_code:
        data["category"] = category_code
    return data


def _load(s: Session, code: str, *, for_update: bool) -> Item:
    parsed = parse_item_code(code)
    stmt = select(Item).where(Item.code == parsed.text)
    item = s.scalars(stmt.with_for_update(of=Item) if for_update else stmt).first()
    if item is None:
        raise NotFound(what="Item", key=parsed.text)
    return item


def _check_move_inputs(to_state: ItemState, grade: str | None, price: Money | None) -> None:
    if to_state == ItemState.GRADED and grade is None:
        raise ValidationError("Choose a grade for the item.")
    if grade is not None and grade not in GRADES:
        raise ValidationError("“{grade}” is not a grade.", grade=grade)
    if to_state == ItemState.PRICED and price is None:
        raise ValidationError("Enter a price for the item.")
    if price is not None and price.minor <= 0:
        raise ValidationError("A price must be above zero.")


def transition(db: StoreDB, actor: Actor, code: str, to_state: ItemState | str, *,
               reason: str = "", override: ManagerOverride | None = None,
               expected_version: int | None = None, grade: str | None = None,
               price: Money | None = None) -> ItemView:
    """Move an item to `to_state` if the life cycle and the actor's rights allow it.

    Without a manager's override it is one transaction. With one, the move is checked first
    and the manager's PIN verified (its failures counted) before the writing transaction.
    """
    to_state = ItemState(to_state)
    if (grade is not None and to_state != ItemState.GRADED) or (
            price is not None and to_state != ItemState.PRICED):
        raise ValueError("only grading sets a grade and only pricing sets a price")
    authority: users.Authority | None = None
    if override is not None:
        with db.read() as s:  # check the move before asking a manager for anything
            probe = _load(s, code, for_update=False)
            permission = item_states.required_permission(
                probe.code, Acquisition(probe.acquisition), ItemState(probe.state), to_state)
        _check_move_inputs(to_state, grade, price)
        authority = users.authorise(db, actor, permission, override)
    try:
        with db.write() as s:
            item = _load(s, code, for_update=True)
            if expected_version is not None and item.version != expected_version:
                raise ConcurrentChange(code=item.code)
            move(s, actor, item, to_state, reason=reason, authority=authority, grade=grade,
                 price=price)
            return _row_view(s.execute(_BY_CODE, {"code": item.code}).one())
    except StaleDataError:
        raise ConcurrentChange(code=code) from None


def code_of(s: Session, item_id: int) -> str:
    return s.scalar(select(Item.code).where(Item.id == item_id))


def load(s: Session, code: str) -> Item:
    """The item a code names, read inside the caller's session (NotFound, InvalidItemCode)."""
    return _load(s, code, for_update=False)


def load_for_update(s: Session, code: str) -> Item:
    """The item a code names, locked for the caller's transaction (NotFound, InvalidItemCode)."""
    return _load(s, code, for_update=True)


def move(s: Session, actor: Actor, item: Item, to_state: ItemState, *, reason: str = "",
         authority: users.Authority | None = None, grade: str | None = None,
         price: Money | None = None) -> ItemEvent:
    """Move a loaded item inside the caller's transaction: the state machine, the actor's right
    (or the manager's authority), the history row, the audit entry and the outbox row."""
    to_state = ItemState(to_state)
    from_state = ItemState(item.state)
    permission = item_states.required_permission(
        item.code, Acquisition(item.acquisition), from_state, to_state)
    _check_move_inputs(to_state, grade, price)
    if authority is None:
        users.require(actor, permission)
        authority = users.Authority(permission)
    elif authority.permission != permission:
        raise ConcurrentChange(code=item.code)  # it moved since the check: another right
    at = now()
    if to_state in (ItemState.SOLD, ItemState.RENTED_OUT, ItemState.RESERVED):
        holding.assert_sellable(item, at)  # held buy-backs leave the store by no channel
    auth_id = users.record_authority(s, actor, authority, reason)
    item.state, item.state_changed_at = to_state.value, at
    if to_state == ItemState.SOLD:  # what the price suggestions learn from
        item.sold_minor, item.sold_at = item.price_minor, at
    elif from_state == ItemState.SOLD and to_state == ItemState.RETURNED:
        item.sold_minor, item.sold_at = None, None
    if grade is not None:
        item.grade = grade
    if price is not None:
        item.price_minor = price.minor
    event = ItemEvent(item_id=item.id, from_state=from_state.value, to_state=to_state.value,
                      at=at, user_id=actor.user_id, counter_id=actor.counter_id,
                      reason=reason[:200], authorisation_id=auth_id)
    s.add(event)
    s.flush()
    data = _payload(item) | {"from_state": from_state.value, "reason": reason}
    journal.record(s, actor, f"item.{to_state.value}", "item", item.code, data)
    return event


def find_by_code(db: StoreDB, code: str) -> ItemView:
    """The item a scan names; a malformed code or a wrong check character is refused first."""
    parsed = parse_item_code(code)
    with db.read() as s:
        row = s.execute(_BY_CODE, {"code": parsed.text}).first()
        if row is None:
            raise NotFound(what="Item", key=parsed.text)
        return _row_view(row)


def history(db: StoreDB, code: str) -> list[tuple[datetime, str | None, str, int | None, str]]:
    parsed = parse_item_code(code)
    with db.read() as s:
        rows = s.execute(
            select(ItemEvent.at, ItemEvent.from_state, ItemEvent.to_state, ItemEvent.user_id,
                   ItemEvent.reason).join(Item, Item.id == ItemEvent.item_id)
            .where(Item.code == parsed.text).order_by(ItemEvent.id)
        ).all()
        return [tuple(r) for r in rows]


@dataclass(frozen=True)
class _Query:
    """A search split by the index that answers each word."""

    trigram: str | None  # FTS5 MATCH over the trigram index: words of three characters or more
    long_words: list[str]
    short: list[str]  # exact short terms: one- and two-character words
    scan: list[str]  # short words of punctuation, answered by a plain scan


def _plan(query: str) -> _Query:
    words = [w for w in normalise(query).split() if w]
    long_words = [w for w in words if len(w) > SHORT]
    short = [t for w in words if len(w) <= SHORT and (t := as_short_term(w))]
    scan = [w for w in words if len(w) <= SHORT and as_short_term(w) is None]
    trigram = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words) or None
    return _Query(trigram, long_words, short, scan)


def _fts_phrase(terms: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _contains_all(stmt: Select, words: list[str]) -> Select:
    haystack = func.lower(_I.brand + " " + _I.model + " " + _I.notes)
    for w in words:
        escaped = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(haystack.like(f"%{escaped}%", escape="\\"))
    return stmt


def _matching(s: Session, plan: _Query, columns: tuple) -> Select:
    """Items matching every word, newest first; on SQLite driven straight off an FTS index
    (ordered by rowid) so that a page stops after its last row."""
    if s.bind.dialect.name != "sqlite":
        stmt = select(*columns).select_from(_joined(Item.__table__)).order_by(_I.id.desc())
        if plan.short:
            # spelled as the index ix_items_short_terms is, so the planner uses it
            stmt = stmt.where(text("string_to_array(items.search_terms, ' ') @> CAST(:short AS text[])")
                              .bindparams(bindparam("short", plan.short, type_=postgresql.ARRAY(Text))))
        return _contains_all(stmt, plan.long_words + plan.scan)
    if plan.trigram:
        stmt = (select(*columns).select_from(_joined(_FTS))
                .where(text("items_fts MATCH :match").bindparams(match=plan.trigram))
                .order_by(_FTS.c.rowid.desc()))
        if plan.short:
            stmt = stmt.where(_I.id.in_(
                select(_TERMS.c.rowid).where(text("items_terms MATCH :short")
                                             .bindparams(short=_fts_phrase(plan.short)))))
    elif plan.short:
        stmt = (select(*columns).select_from(_joined(_TERMS))
                .where(text("items_terms MATCH :short").bindparams(short=_fts_phrase(plan.short)))
                .order_by(_TERMS.c.rowid.desc()))
    else:
        stmt = select(*columns).select_from(_joined(Item.__table__)).order_by(_I.id.desc())
    return _contains_all(stmt, plan.scan)


def search(db: StoreDB, query: str = "", *, states: list[ItemState] | None = None,
           offset: int = 0, limit: int = 100) -> list[ItemView]:
    """A page of items, newest first, matching every word of `query` in brand, model or notes:
    words of three characters or more anywhere, shorter words as a whole CJK word or the start
    of a run of letters or digits."""
    with db.read() as s:
        stmt = _matching(s, _plan(query), _VIEW_COLUMNS)
        if states:
            stmt = stmt.where(_I.state.in_([ItemState(x).value for x in states]))
        return [_row_view(r) for r in s.execute(stmt.offset(offset).limit(limit))]


def count(db: StoreDB, query: str = "", *, states: list[ItemState] | None = None) -> int:
    with db.read() as s:
        stmt = _matching(s, _plan(query), (func.count(),)).order_by(None)
        if states:
            stmt = stmt.where(_I.state.in_([ItemState(x).value for x in states]))
        return s.scalar(stmt) or 0
