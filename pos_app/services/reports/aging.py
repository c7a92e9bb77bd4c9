"""Aging and sell-through over a period: how long items sold in it took to sell (received to
sold, average and median) by category and grade; sell-through (sold ÷ sold and still on hand at
the period's end); the items on hand by age (days since received, at the period's end); and
the items past their markdown steps: consigned items whose contract's schedule has fully run,
and store items past the store's markdown_schedule when auto_markdown is on (age counted, as
the shelf price counts it, from the day the item first went on the shelf).

Sold means sold and kept (state sold or paid out, as price suggestions count sales): an item
returned is not sold, and lots are clearances, not sales.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Integer, case, cast, func, literal, select, union_all
from sqlalchemy.orm import Session

from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.money import Money
from pos_app.models import ConsignmentContract, Item, ItemEvent
from pos_app.models.base import UTCDateTime
from pos_app.services import settings
from pos_app.services.reports import Period, day_bounds, step
from pos_app.services.reports.basis import (
    NO_GRADE,
    Heading,
    Name,
    category_names,
    days_between,
    grade_key,
    heading,
    in_store_at,
    in_store_parts,
    money,
    unknown_category,
)

SOLD_STATES = (ItemState.SOLD.value, ItemState.PAID_OUT.value)
BUCKETS = ((0, 30), (31, 60), (61, 90), (91, None))  # days since received, whole days
LISTED = 200  # items past their markdowns listed by name; the count covers them all
STEPS = 4


@dataclass(frozen=True)
class SellThrough:
    """Items sold in the period, the days they took, and those still on hand at its end."""

    sold: int
    average_days: Decimal | None
    median_days: Decimal | None
    on_hand: int

    @property
    def percent(self) -> Decimal | None:
        if self.sold + self.on_hand == 0:
            return None
        return (Decimal(self.sold * 100) / Decimal(self.sold + self.on_hand)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class CategoryAging:
    category: Name
    figures: SellThrough
    ages: tuple[int, ...]  # on hand per BUCKETS


@dataclass(frozen=True)
class GradeAging:
    grade: str
    figures: SellThrough


@dataclass(frozen=True)
class PastMarkdown:
    code: str
    description: str
    category: Name
    grade: str
    kind: str  # consignment | store
    on_shelf_since: datetime
    days: int  # on the shelf at the period's end
    last_step: int  # days of the schedule's last step
    price: Money


@dataclass(frozen=True)
class AgingReport:
    heading: Heading
    by_category: tuple[CategoryAging, ...]
    by_grade: tuple[GradeAging, ...]
    total: SellThrough
    ages: tuple[int, ...]  # on hand per BUCKETS
    past_markdowns: int  # items past their last markdown step
    past_markdowns_price: Money
    past_markdown_items: tuple[PastMarkdown, ...]  # the LISTED longest on the shelf
    auto_markdown: bool


def _days(value) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.1"),
                                                                    rounding=ROUND_HALF_UP)


def sold_cells(s: Session, start: datetime, end: datetime) -> list[tuple]:
    """(category_id, grade, sold, summed days) of the items sold in [start, end); an item in a
    sold state changed state when or after it was sold, so ix_items_state_changed finds them."""
    days = days_between(s.bind.dialect.name, Item.created_at, Item.sold_at)
    return s.execute(select(Item.category_id, Item.grade, func.count(), func.sum(days))
                     .where(*_sold_in(start, end))
                     .group_by(Item.category_id, Item.grade)).all()


def _sold_in(start: datetime, end: datetime):
    return (Item.state.in_(SOLD_STATES), Item.state_changed_at >= start, Item.sold_at >= start,
            Item.sold_at < end)


def medians(s: Session, start: datetime, end: datetime, key) -> dict[object, Decimal]:
    """The median days to sell per `key` (a column, or None for all), by window functions:
    only the one or two middle rows of each group leave the database."""
    days = days_between(s.bind.dialect.name, Item.created_at, Item.sold_at).label("days")
    group = [] if key is None else [key]
    ranked = select((key if key is not None else literal(0)).label("k"), days,
                    func.row_number().over(partition_by=group, order_by=days).label("rn"),
                    func.count().over(partition_by=group).label("n")).where(
        *_sold_in(start, end)).subquery()
    rows = s.execute(select(ranked.c.k, func.avg(ranked.c.days))
                     .where(ranked.c.rn.in_([(ranked.c.n + 1) // 2, ranked.c.n // 2 + 1]))
                     .group_by(ranked.c.k)).all()
    return {k: _days(v) for k, v in rows}


def on_hand_cells(s: Session, end: datetime) -> list[tuple]:
    """(category_id, grade, age bucket, items) of the items in the store at `end`."""
    age = days_between(s.bind.dialect.name, Item.created_at, _at(end))
    bucket = case(*((age < hi + 1, i) for i, (_, hi) in enumerate(BUCKETS) if hi is not None),
                  else_=len(BUCKETS) - 1).label("bucket")
    on_hand = in_store_at(end, Item.category_id, Item.grade, bucket).subquery()
    c = on_hand.c
    return s.execute(select(c.category_id, c.grade, c.bucket, func.count())
                     .group_by(c.category_id, c.grade, c.bucket)).all()


def _last_step_days(dialect: str):
    col = ConsignmentContract.markdowns
    if dialect == "sqlite":
        return cast(func.json_extract(col, "$[#-1][0]"), Integer)
    return cast(col.op("->")(-1).op("->>")(0), Integer)


def past_markdowns(s: Session, store_id: int, end: datetime):
    """A subquery of the items on hand at `end` past their schedule's last step, and whether
    the store marks its own stock down."""
    dialect = s.bind.dialect.name
    since = (select(func.min(ItemEvent.at))
             .where(ItemEvent.item_id == Item.id, ItemEvent.to_state == ItemState.ON_SHELF.value,
                    ItemEvent.at < end)
             .correlate(Item.__table__).scalar_subquery())
    rules = settings.values(s, store_id, ("auto_markdown", "markdown_schedule"))
    schedule = list(rules["markdown_schedule"] or []) if rules["auto_markdown"] else []

    def part(kind: str, last, where, joins=()):
        return in_store_parts(
            end, Item.code, Item.brand, Item.model, Item.category_id, Item.grade,
            literal(kind).label("kind"), since.label("since"), last.label("last_step"),
            Item.price_minor,
            where=(*where, Item.price_minor.is_not(None),
                   days_between(dialect, Item.created_at, _at(end)) >= last,
                   days_between(dialect, since, _at(end)) >= last),
            joins=joins)

    last = _last_step_days(dialect)
    parts = [*part("consignment", last, (Item.acquisition == Acquisition.CONSIGNMENT.value,),
                  ((ConsignmentContract, ConsignmentContract.id == Item.contract_id),))]
    if schedule:
        steps = literal(int(schedule[-1][0]))
        parts += part("store", steps, (Item.acquisition != Acquisition.CONSIGNMENT.value,))
    return union_all(*parts).subquery(), bool(rules["auto_markdown"])


def build(db, period: Period, *, counter_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> AgingReport:
    """`counter_id` is ignored: stock ages in the store, not at a counter."""
    start, end = day_bounds(period)
    step(progress, 0, STEPS, cancelled)
    with db.read() as s:
        head = heading(s, period)
        names = category_names(s)
        sold = sold_cells(s, start, end)
        by_cat_median = medians(s, start, end, Item.category_id)
        by_grade_median = medians(s, start, end, Item.grade)
        all_median = medians(s, start, end, None)
        step(progress, 1, STEPS, cancelled)
        hand = on_hand_cells(s, end)
        step(progress, 2, STEPS, cancelled)
        past, auto = past_markdowns(s, head.store_id, end)
        n_past, price_past = s.execute(select(func.count(), func.sum(past.c.price_minor))).one()
        listed = s.execute(select(past).order_by(past.c.since, past.c.code).limit(LISTED)).all()
        step(progress, 3, STEPS, cancelled)
    cur = head.currency

    def figures(keep, median) -> SellThrough:
        rows = [r for r in sold if keep(r[0], r[1] or NO_GRADE)]
        n = sum(r[2] for r in rows)
        total_days = sum(float(r[3] or 0) for r in rows)
        on_hand = sum(r[3] for r in hand if keep(r[0], r[1] or NO_GRADE))
        return SellThrough(n, _days(total_days / n) if n else None, median, on_hand)

    def ages(keep) -> tuple[int, ...]:
        return tuple(sum(r[3] for r in hand if r[2] == i and keep(r[0])) for i in range(len(BUCKETS)))

    categories = {r[0] for r in sold} | {r[0] for r in hand}
    grades = {r[1] or NO_GRADE for r in sold} | {r[1] or NO_GRADE for r in hand}
    by_category = sorted(
        (CategoryAging(names.get(c) or unknown_category(c),
                       figures(lambda cid, g, c=c: cid == c, by_cat_median.get(c)),
                       ages(lambda cid, c=c: cid == c)) for c in categories),
        key=lambda a: (-a.figures.sold, a.category.code))
    by_grade = sorted((GradeAging(g, figures(lambda cid, gr, g=g: gr == g,
                                             by_grade_median.get(None if g == NO_GRADE else g)))
                       for g in grades), key=lambda a: grade_key(a.grade))
    items = tuple(
        PastMarkdown(r.code, f"{r.brand} {r.model}".strip(),
                     names.get(r.category_id) or unknown_category(r.category_id),
                     r.grade or NO_GRADE, r.kind, _aware(r.since),
                     int((end - _aware(r.since)).total_seconds() // 86400), int(r.last_step),
                     money(r.price_minor, cur))
        for r in listed)
    report = AgingReport(head, tuple(by_category), tuple(by_grade),
                         figures(lambda c, g: True, all_median.get(0)), ages(lambda c: True),
                         int(n_past or 0), money(price_past, cur), items, auto)
    step(progress, STEPS, STEPS, cancelled)
    return report


def _at(moment: datetime):
    return literal(moment, UTCDateTime())


def _aware(moment: datetime) -> datetime:
    """A moment read through a union (where the UTC column type is lost) as aware UTC."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
