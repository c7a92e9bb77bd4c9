"""The store itself, its counters and kiosks, and the first-run set-up of a new database."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from pos_app.clock import now
from pos_app.domain.codes import validate_store_code
from pos_app.domain.default_categories import DEFAULT_CATEGORIES
from pos_app.domain.money import currency_exponent
from pos_app.domain.roles import Actor, Permission, Role
from pos_app.errors import AlreadyInitialised, NotFound, ValidationError
from pos_app.models import Category, CodeSequence, Counter, Store, User
from pos_app.services import journal, users
from pos_app.services.store_db import StoreDB


@dataclass(frozen=True)
class StoreInfo:
    id: int
    code: str
    name: str
    currency: str
    tax_rate: Decimal  # percent, e.g. Decimal("13")
    locale: str


@dataclass(frozen=True)
class CounterInfo:
    id: int
    number: int
    name: str
    kind: str
    active: bool


def _info(store: Store) -> StoreInfo:
    return StoreInfo(store.id, store.code, store.name, store.currency,
                     Decimal(store.tax_rate_bp) / 100, store.locale)


def tax_rate_bp(rate: Decimal | str | int) -> int:
    """A tax rate in percent (two decimals at most) as basis points."""
    try:
        bp = Decimal(str(rate).strip().rstrip("%")) * 100  # "sNaN" fails only here
    except InvalidOperation:
        raise ValidationError("“{text}” is not a tax rate.", text=str(rate)) from None
    if bp != bp.to_integral_value() or not 0 <= bp <= 10000:
        raise ValidationError("A tax rate is between 0 and 100 percent, with two decimals at most.")
    return int(bp)


def is_initialised(db: StoreDB) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Store)))


def initialise_store(db: StoreDB, *, store_name: str, store_code: str, currency: str = "CNY",
                     tax_rate: Decimal | str = "13", locale: str = "zh_CN",
                     admin_username: str, admin_display_name: str, admin_secret: str,
                     admin_secret_kind: str = "pin", counter_name: str = "Counter 1") -> Actor:
    """First run: the store, its first counter, the default categories and the first admin."""
    code = validate_store_code(store_code)
    if not (store_name or "").strip():
        raise ValidationError("Enter the store's name.")
    try:
        currency_exponent(currency)
    except Exception:
        raise ValidationError("“{text}” is not a currency code.", text=currency) from None
    bp = tax_rate_bp(tax_rate)
    users.validate_username(admin_username)  # all checked before the store is written,
    if not (admin_display_name or "").strip():  # so a refused admin leaves nothing half-made
        raise ValidationError("Enter the person's name.")
    users.validate_secret(admin_secret_kind, admin_secret)
    with db.write() as s:
        if s.scalar(select(func.count()).select_from(Store)):
            raise AlreadyInitialised()
        store = Store(code=code, name=store_name.strip(), currency=currency.upper(), tax_rate_bp=bp,
                      locale=locale, created_at=now())
        s.add(store)
        s.flush()
        s.add(CodeSequence(store_id=store.id, next_value=1))
        s.add(Counter(store_id=store.id, number=1, name=counter_name, kind="counter"))
        ids: dict[str, int] = {}
        for ccode, parent, name, name_zh, tax, checklist, grams in DEFAULT_CATEGORIES:
            cat = Category(code=ccode, parent_id=ids.get(parent) if parent else None, name=name,
                           name_zh=name_zh, tax_rate_bp=tax_rate_bp(tax) if tax else None,
                           checklist_ref=checklist, avg_weight_g=grams)
            s.add(cat)
            s.flush()
            ids[ccode] = cat.id
        journal.record(s, None, "store.created", "store", store.id,
                       {"store_id": store.id, "code": code, "name": store.name,
                        "currency": store.currency, "tax_rate_bp": bp})
        store_id = store.id
    admin = users._insert_user(db, None, admin_username, admin_display_name, Role.ADMIN,
                               admin_secret, admin_secret_kind, store_id=store_id)
    return Actor(admin.id, admin.username, admin.display_name, Role.ADMIN, store_id, None)


def get_store(db: StoreDB, store_id: int | None = None) -> StoreInfo:
    with db.read() as s:
        stmt = select(Store).order_by(Store.id)
        if store_id is not None:
            stmt = stmt.where(Store.id == store_id)
        store = s.scalars(stmt.limit(1)).first()
        if store is None:
            raise NotFound(what="Store", key=str(store_id or ""))
        return _info(store)


def update_store(db: StoreDB, actor: Actor, *, name: str | None = None,
                 tax_rate: Decimal | str | None = None, locale: str | None = None) -> StoreInfo:
    users.require(actor, Permission.MANAGE_SETTINGS)
    with db.write() as s:
        store = s.get(Store, actor.store_id)
        changes: dict[str, object] = {}
        if name is not None:
            if not name.strip():
                raise ValidationError("Enter the store's name.")
            store.name = changes["name"] = name.strip()
        if tax_rate is not None:
            store.tax_rate_bp = changes["tax_rate_bp"] = tax_rate_bp(tax_rate)
        if locale is not None:
            store.locale = changes["locale"] = locale
        journal.record(s, actor, "store.updated", "store", store.id, changes)
        return _info(store)


def list_counters(db: StoreDB, store_id: int) -> list[CounterInfo]:
    with db.read() as s:
        rows = s.scalars(select(Counter).where(Counter.store_id == store_id).order_by(Counter.number))
        return [CounterInfo(c.id, c.number, c.name, c.kind, c.active) for c in rows]


def add_counter(db: StoreDB, actor: Actor, name: str, kind: str = "counter") -> CounterInfo:
    users.require(actor, Permission.MANAGE_SETTINGS)
    if kind not in ("counter", "kiosk"):
        raise ValidationError("A counter is a till or a kiosk.")
    if not (name or "").strip():
        raise ValidationError("Enter the counter's name.")
    with db.write() as s:
        number = (s.scalar(select(func.max(Counter.number)).where(Counter.store_id == actor.store_id)) or 0) + 1
        counter = Counter(store_id=actor.store_id, number=number, name=name.strip(), kind=kind)
        s.add(counter)
        s.flush()
        journal.record(s, actor, "counter.added", "counter", counter.id,
                       {"number": number, "name": counter.name, "kind": kind})
        return CounterInfo(counter.id, number, counter.name, kind, True)


def update_counter(db: StoreDB, actor: Actor, counter_id: int, *, name: str | None = None,
                   active: bool | None = None) -> CounterInfo:
    users.require(actor, Permission.MANAGE_SETTINGS)
    with db.write() as s:
        counter = s.get(Counter, counter_id)
        if counter is None or counter.store_id != actor.store_id:
            raise NotFound(what="Counter", key=str(counter_id))
        if name is not None and name.strip():
            counter.name = name.strip()
        if active is not None:
            counter.active = active
        journal.record(s, actor, "counter.updated", "counter", counter.id,
                       {"name": counter.name, "active": counter.active})
        return CounterInfo(counter.id, counter.number, counter.name, counter.kind, counter.active)


def store_of_user(db: StoreDB, user_id: int) -> int:
    with db.read() as s:
        store_id = s.scalar(select(User.store_id).where(User.id == user_id))
        if store_id is None:
            raise NotFound(what="User", key=str(user_id))
        return store_id
