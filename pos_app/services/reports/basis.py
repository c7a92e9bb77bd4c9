"""What the period reports (sales, intake, inventory, aging) stand on: the report's heading,
category names in both languages, days between two moments in SQL on either engine, and the
items that were in the store at a moment, found from the items' own state where it has not
changed since and from their history only where it has."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, case, extract, func, select, union_all
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.grading import GRADE_ORDER
from pos_app.domain.item_states import IN_STORE, ItemState
from pos_app.domain.money import Money
from pos_app.models import Category, Counter, Item, ItemEvent, Store

IN_STORE_STATES = tuple(sorted(s.value for s in IN_STORE))
ALL_STATES = tuple(s.value for s in ItemState)
NO_GRADE = "—"  # what a line without a grade (new stock, an ungraded item) is listed under


@dataclass(frozen=True)
class Heading:
    """The store, the period and the moment a report was made, for its header."""

    store_id: int
    store_name: str
    currency: str
    first: date
    last: date
    made_at: datetime
    counter_name: str | None = None


@dataclass(frozen=True)
class Name:
    """A category's name in English and Chinese; the paper picks one."""

    code: str
    en: str
    zh: str

    def text(self, language: str) -> str:
        return (self.zh or self.en) if language == "zh_CN" else self.en


def heading(s: Session, period, counter_id: int | None = None) -> Heading:
    store_id, name, currency = s.execute(
        select(Store.id, Store.name, Store.currency).order_by(Store.id).limit(1)).one()
    counter = None
    if counter_id is not None:
        counter = s.scalar(select(Counter.name).where(Counter.id == counter_id))
    return Heading(store_id, name, currency, period.first, period.last, now(), counter)


def category_names(s: Session) -> dict[int, Name]:
    rows = s.execute(select(Category.id, Category.code, Category.name, Category.name_zh))
    return {i: Name(code, name, zh or name) for i, code, name, zh in rows}


def unknown_category(category_id: int | None) -> Name:
    return Name("", "—", "—") if category_id is None else Name(str(category_id), "?", "?")


def days_between(dialect: str, start, end):
    """SQL for the days (with fractions) from `start` to `end`, two UTC datetime columns."""
    if dialect == "sqlite":
        return func.julianday(end) - func.julianday(start)
    return extract("epoch", end - start) / 86400.0


def state_at(moment: datetime):
    """SQL for an item's state just before `moment`: its state now if it has not changed
    since, else the state its last move before `moment` took it to (None if none)."""
    last_move = (select(ItemEvent.to_state)
                 .where(ItemEvent.item_id == Item.id, ItemEvent.at < moment)
                 .order_by(ItemEvent.at.desc(), ItemEvent.id.desc()).limit(1)
                 .correlate(Item.__table__).scalar_subquery())
    return case((Item.state_changed_at < moment, Item.state), else_=last_move)


def in_store_at(moment: datetime, *columns, where=(), joins=()):
    """A select of `columns` of the items in the store (an in-store state) just before
    `moment` (and meeting `where`, with `joins` as (table, on) pairs)."""
    return union_all(*in_store_parts(moment, *columns, where=where, joins=joins))


def in_store_parts(moment: datetime, *columns, where=(), joins=()) -> list:
    """`in_store_at` as its two selects, each on ix_items_state_changed: items in an in-store
    state that have not moved since, and items that moved since and were in store before
    (SQLite cannot nest one union in another, so a caller joining several unions them all)."""
    def part(*conditions):
        stmt = select(*columns).select_from(Item)
        for target, on in joins:
            stmt = stmt.join(target, on)
        return stmt.where(*conditions, *where)

    unchanged = part(Item.state.in_(IN_STORE_STATES), Item.state_changed_at < moment)
    moved = part(Item.state.in_(ALL_STATES), Item.state_changed_at >= moment,
                 and_(Item.created_at < moment, state_at(moment).in_(IN_STORE_STATES)))
    return [unchanged, moved]


def money(minor: int | None, currency: str) -> Money:
    return Money(int(minor or 0), currency)


def margin_percent(revenue: Money, margin: Money):
    """Margin as a percent of revenue to one decimal place, or None without revenue."""
    if revenue.minor == 0:
        return None
    return (Decimal(margin.minor * 100) / Decimal(revenue.minor)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP)



def grade_key(grade: str) -> tuple[int, str]:
    """Grades best first (A+ to D), then any other, then NO_GRADE."""
    if grade in GRADE_ORDER:
        return (0, f"{GRADE_ORDER.index(grade):02d}")
    return (2, "") if grade == NO_GRADE else (1, grade)
