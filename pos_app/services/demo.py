"""A realistic demo store, written through the real services so every row is one a user could make.

Same seed, same store: all choices come from `random.Random(seed)` and every timestamp from the
seed and a fixed calendar (the history ends on DEMO_END), never from today. Items come in the way
the back counter takes them in: drop-offs of the four businesses (demo_intake), each typed line
by line and completed with its seller's ID on record and the payment from the drawer of a shift;
then each item is inspected against its category's checklist, priced, labelled in batches and
moved along a legal path of its life cycle (demo_plan). At the tills (demo_counter_plan,
demo_counter) the items the plan sells are rung up in baskets paid in cash, by card, by mobile,
split, with store credit or a gift voucher, some discounted; others are held for a customer,
returned, voided, rented out and checked back in, paid out to their consignor, sold in a
matchmaking deal or in a lot; drawers get paid-outs and close with a blind count. One service
call is one user action, in the order of the store's own clock (demo_run), so the audit chain
and the outbox read like real days. The inspections' verification codes, the encrypted ID
numbers and the gift vouchers' codes are random by design.
"""
from __future__ import annotations

import random
from collections import Counter as Tally
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import event, select

from pos_app.clock import set_to
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money, currency_exponent
from pos_app.domain.roles import Actor, Permission, Role
from pos_app.errors import DomainError, ValidationError
from pos_app.models import User
from pos_app.services import catalog, stock, stores, users
from pos_app.services.demo_catalogue import CATALOGUE, DEMO_STOCK
from pos_app.services.demo_counter_plan import plan_counter
from pos_app.services.demo_intake import plan_store
from pos_app.services.demo_plan import HOUR, OPEN_SECONDS, _plan_items, _plan_parties
from pos_app.services.demo_run import Clock, Runner, Team
from pos_app.services.store_db import StoreDB

DEMO_STORE_NAME = "Circular Demo Store"
DEMO_STORE_CODE = "DEMO"
DEMO_END = date(2026, 11, 1)  # the history covers the `days` days before this date
OPEN_AT_UTC = time(2, 0)  # 10:00 in the store (UTC+8)


# username, display name, role, PIN, counter name (None: the back office)
DEMO_USERS: list[tuple[str, str, Role, str, str | None]] = [
    ("admin", "陈静 Chen Jing", Role.ADMIN, "1234", None),
    ("manager1", "王芳 Wang Fang", Role.MANAGER, "2222", "Counter 1"),
    ("manager2", "David Li 李大卫", Role.MANAGER, "2223", "Counter 2"),
    ("clerk1", "张伟 Zhang Wei", Role.CLERK, "1111", "Counter 1"),
    ("clerk2", "刘洋 Liu Yang", Role.CLERK, "1112", "Counter 2"),
    ("clerk3", "Emma Zhou 周雨桐", Role.CLERK, "1113", "Counter 1"),
    ("grader1", "赵磊 Zhao Lei", Role.GRADER, "3333", None),
    ("grader2", "孙丽 Sun Li", Role.GRADER, "3334", None),
    ("kiosk1", "花园小区回收柜 Garden Kiosk", Role.KIOSK, "4444", "Kiosk – Garden Compound"),
]
DEMO_COUNTERS = [("Counter 1", "counter"), ("Counter 2", "counter"),
                 ("Kiosk – Garden Compound", "kiosk")]
KIOSK_COUNTER = "Kiosk – Garden Compound"


@dataclass(frozen=True)
class DemoSummary:
    store_code: str
    store_name: str
    logins: list[tuple[str, str, str]]  # (username, role, PIN) of the accounts the demo made
    items_by_state: dict[str, int]
    items: int
    parties: int
    days: int
    kept_users: list[str] = field(default_factory=list)  # demo names already there: PIN kept
    intakes_by_kind: dict[str, int] = field(default_factory=dict)  # completed drop-offs
    draft_intakes: int = 0  # left unfinished, to resume
    inspections: int = 0
    labels_waiting: int = 0  # queued and not yet printed
    shifts: int = 0  # opened and closed with a count
    shifts_over_short: int = 0  # ... whose count was over or short
    counter: dict[str, int] = field(default_factory=dict)  # sales, returns, holds, rentals…


def fill_demo_store(db: StoreDB, *, items: int = 2000, days: int = 30, seed: int = 1,
                    progress: Callable[[int, int], None] | None = None,
                    quick_commits: bool = True) -> DemoSummary:
    """Fill the database with a demo store (or add to the store already there).

    `progress(done, total)` counts service calls (one per user action). With `quick_commits`
    a SQLite file commits with synchronous=NORMAL while the demo is written (a power cut could
    lose the last demo rows, never corrupt the file); the store's own setting is back when
    this returns.
    """
    if items < 0:
        raise ValidationError("The number of demo items cannot be negative.")
    if days < 1:
        raise ValidationError("A demo needs at least one day of history.")
    if quick_commits and db.dialect == "sqlite":
        with _quick_sqlite_commits(db):
            return _fill(db, items, days, seed, progress)
    return _fill(db, items, days, seed, progress)


@contextmanager
def _quick_sqlite_commits(db: StoreDB) -> Iterator[None]:
    """WAL with synchronous=NORMAL: a commit no longer waits for its fsync."""
    def relax(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    db.engine.dispose()  # pooled connections were opened with FULL
    event.listen(db.engine, "connect", relax)
    try:
        yield
    finally:
        event.remove(db.engine, "connect", relax)
        db.engine.dispose()


def _fill(db: StoreDB, items: int, days: int, seed: int,
          progress: Callable[[int, int], None] | None) -> DemoSummary:
    rng = random.Random(seed)
    start = datetime.combine(DEMO_END - timedelta(days=days), OPEN_AT_UTC, tzinfo=UTC)
    clock = Clock(start)
    setup = _set_up_store(db, clock.at(-2 * HOUR))
    categories = sorted({c.code for c in catalog.list_categories(db)} & set(CATALOGUE))
    if not categories and items:
        raise ValidationError("The store has none of the demo's categories.")
    unit = 10 ** currency_exponent(setup.store.currency)
    horizon = days * OPEN_SECONDS
    serials: set[str] = set()
    party_plans = _plan_parties(rng, max(30, min(1500, 50 + items // 4)), horizon)
    item_plans = _plan_items(rng, items, horizon, categories, unit, serials)
    store_plan = plan_store(random.Random(f"{seed}-intake"), item_plans, party_plans, days, unit,
                            categories, serials)
    counter_plan = plan_counter(random.Random(f"{seed}-counter"), item_plans, store_plan.intakes,
                                days)
    _stock_lines(db, setup, categories, items, clock.at(-HOUR))
    runner = Runner(db, _team(db, setup), store_plan, item_plans, party_plans,
                    setup.store.currency, seed, counter_plan)
    outcome = runner.run(clock, progress)
    tally = Tally(s.value for s in outcome.states)
    return DemoSummary(
        store_code=setup.store.code, store_name=setup.store.name, logins=setup.logins,
        items_by_state={s.value: tally.get(s.value, 0) for s in ItemState}, items=len(item_plans),
        parties=len(party_plans), days=days, kept_users=setup.kept_users,
        intakes_by_kind=dict(sorted(outcome.intakes.items())), draft_intakes=outcome.drafts,
        inspections=outcome.inspections, labels_waiting=outcome.labels_waiting,
        shifts=outcome.shifts, shifts_over_short=outcome.over_short, counter=outcome.counter)


def describe(summary: DemoSummary) -> str:
    """The logins table and the counts, for the terminal and the README."""
    lines = [(f"Demo store {summary.store_name} ({summary.store_code}): {summary.items} items "
              f"over {summary.days} days, {summary.parties} customers and suppliers."), ""]
    if summary.logins:
        lines += ["Log in with:", f"  {'user':<10} {'role':<8} PIN"]
        lines += [f"  {name:<10} {role:<8} {pin}" for name, role, pin in summary.logins]
    if summary.kept_users:
        lines += ["", "Already there, with their own PINs: " + ", ".join(summary.kept_users)]
    lines += ["", "Items by state:"]
    lines += [f"  {state:<18} {n:>6}" for state, n in summary.items_by_state.items() if n]
    if summary.intakes_by_kind:
        lines += ["", "Intakes completed:"]
        lines += [f"  {kind:<18} {n:>6}" for kind, n in summary.intakes_by_kind.items()]
        lines += [f"  {'drafts to resume':<18} {summary.draft_intakes:>6}"]
    lines += ["", (f"{summary.inspections} inspections, {summary.labels_waiting} labels "
                   f"waiting to be printed, {summary.shifts} shifts counted "
                   f"({summary.shifts_over_short} over or short).")]
    if summary.counter:
        lines += ["", "At the counters:"]
        lines += [f"  {kind:<18} {n:>6}" for kind, n in summary.counter.items()]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Setting up the store, its staff and counters


@dataclass
class _Setup:
    store: stores.StoreInfo
    boss: Actor
    logins: list[tuple[str, str, str]]
    kept_users: list[str]
    pins: dict[str, str]
    counters: dict[str, int]


def _set_up_store(db: StoreDB, moment: datetime) -> _Setup:
    with set_to(moment):
        boss, created = _boss(db)
        store = stores.get_store(db, boss.store_id)
        have_counters = {c.name: c.id for c in stores.list_counters(db, store.id)}
        for name, kind in DEMO_COUNTERS:
            if name not in have_counters and boss.can(Permission.MANAGE_SETTINGS):
                have_counters[name] = stores.add_counter(db, boss, name, kind).id
        with db.read() as s:
            existing = set(s.scalars(select(User.username)))
        logins, kept, pins = [], [], {}
        for username, display, role, pin, _counter in DEMO_USERS:
            if username == boss.username and created:
                logins.append((username, role.value, pin))
                pins[username] = pin
            elif username in existing:
                kept.append(username)
            elif role != Role.ADMIN or boss.role == Role.ADMIN:
                users.create_user(db, boss, username, display, role, pin)
                logins.append((username, role.value, pin))
                pins[username] = pin
    return _Setup(store, boss, logins, kept, pins, have_counters)


def _boss(db: StoreDB) -> tuple[Actor, bool]:
    """The admin (or else a manager) to set up as; a new store when there is none. True if new."""
    if not stores.is_initialised(db):
        username, display, _role, pin, _ = DEMO_USERS[0]
        actor = stores.initialise_store(db, store_name=DEMO_STORE_NAME, store_code=DEMO_STORE_CODE,
                                        admin_username=username, admin_display_name=display,
                                        admin_secret=pin)
        return actor, True
    store = stores.get_store(db)
    with db.read() as s:
        for role in (Role.ADMIN, Role.MANAGER):
            user = s.scalars(select(User).where(User.store_id == store.id, User.active,
                                                User.role == role.value).order_by(User.id)).first()
            if user is not None:
                return Actor(user.id, user.username, user.display_name, role, store.id), False
    raise DomainError("The store has no active administrator or manager to add the demo as.")


def _stock_lines(db: StoreDB, setup: _Setup, categories: list[str], items: int,
                 moment: datetime) -> None:
    """A few accessories sold by quantity, unless the store has them (or may not add them)."""
    if not setup.boss.can(Permission.MANAGE_STOCK):
        return
    have = {line.sku for line in stock.list_stock(db, setup.store.id)}
    with set_to(moment):
        for sku, name, category, price, cost in DEMO_STOCK:
            if sku not in have and category in categories:
                stock.add_stock_line(db, setup.boss, sku=sku, name=name, category=category,
                                     price=Money.of(price, setup.store.currency),
                                     cost=Money.of(cost, setup.store.currency),
                                     quantity=20 + items // 25)


def _team(db: StoreDB, setup: _Setup) -> Team:
    """The store's active users, each at their usual counter (clerks spread over the tills)."""
    usual = {u[0]: u[4] for u in DEMO_USERS}
    tills = [c for name, c in setup.counters.items() if name != KIOSK_COUNTER] or [None]
    with db.read() as s:
        rows = s.execute(select(User.id, User.username, User.display_name, User.role)
                         .where(User.store_id == setup.store.id, User.active)
                         .order_by(User.id)).all()
    people: list[Actor] = []
    for n, (user_id, username, display_name, role) in enumerate(rows):
        counter = setup.counters.get(usual.get(username) or "")
        if counter is None and Role(role) == Role.CLERK:
            counter = tills[n % len(tills)]
        people.append(Actor(user_id, username, display_name, Role(role), setup.store.id, counter))
    managers = [(a.username, setup.pins[a.username]) for a in people
                if a.role == Role.MANAGER and a.username in setup.pins]
    return Team(people, dict(setup.counters), managers, setup.boss)
