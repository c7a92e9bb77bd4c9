"""The demo's counter plan: how the items the plan sells, rents, lots and takes back meet the tills.

Pure and seeded like demo_plan: items sold close together at one till become one basket (the
sale moves to the last of them, never past anything planned after it), grade-D goods of a
day go out in one lot, a reservation followed by a sale is a hold for that customer, and
the items' quiet days on the shelf get the rest of a counter's life: holds released, let
lapse or still waiting, a sale voided in its shift, gift vouchers sold and spent, cash paid
out of a drawer. Amounts and customers are chosen when the action runs (demo_counter.py),
from what the store holds then.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.services.demo_catalogue import PAID_OUT_REASONS
from pos_app.services.demo_intake import TILLS, IntakePlan
from pos_app.services.demo_plan import HOUR, OPEN_SECONDS, ItemPlan

A, S = Acquisition, ItemState
BASKET_WINDOW = 2 * HOUR  # items sold this close together at one till are one customer's
BASKET_SIZES = ((1, 2, 3, 4), (62, 24, 10, 4))
PAYMENTS = (("cash", "card", "mobile", "split", "credit"), (34, 20, 33, 8, 5))
DISCOUNTS = ((None, "line_percent", "line_amount", "sale_percent", "sale_amount", "big"),
             (80, 5, 4, 5, 2, 4))
DAY = 24 * 3600


@dataclass
class Basket:
    at: int
    till: int  # index into TILLS
    items: list[int]
    pay: str  # cash | card | mobile | split (card + cash) | credit | voucher
    discount: str | None = None  # line_percent | line_amount | sale_percent | sale_amount | big
    customer: bool = False  # the customer gives their name (a member, or to use store credit)
    stock: int = 0  # how many of an accessory go with it
    hold: int | None = None  # index into the holds: sold to the customer it was held for
    void_at: int | None = None  # voided in the same shift at this moment


@dataclass
class HoldPlan:
    item: int
    at: int
    until: int  # opening-time seconds, like every moment of the plan
    end: str  # sold | released | expired | active
    released_at: int | None = None


@dataclass
class RentalPlan:
    periods: int
    damage: bool = False  # checked in with a damage fee


@dataclass
class LotPlan:
    at: int
    till: int
    items: list[int]


@dataclass
class VoucherPlan:
    at: int
    till: int
    amount_units: int


@dataclass
class PaidOutPlan:
    at: int
    till: int
    amount_units: int
    reason: str


@dataclass
class CounterPlan:
    baskets: list[Basket]
    holds: list[HoldPlan]
    rentals: dict[tuple[int, int], RentalPlan]  # (item, index of its RENTED_OUT move)
    lots: list[LotPlan]
    vouchers: list[VoucherPlan]
    paid_outs: list[PaidOutPlan]
    skip: set[tuple[int, int]] = field(default_factory=set)  # moves made by the actions above
    settle_at: int | None = None  # expired consignment contracts are settled then


def plan_counter(rng: random.Random, items: list[ItemPlan], intakes: list[IntakePlan],
                 days: int) -> CounterPlan:
    horizon = days * OPEN_SECONDS
    plan = CounterPlan([], [], {}, [], [], [])
    claimed: set[tuple[int, int]] = set()  # (item, index of its ON_SHELF move): spell in use
    _sales(rng, items, horizon, plan, claimed)
    _lots(rng, items, plan)
    _absorbed(items, plan)
    _rentals(rng, items, intakes, horizon, plan)
    spells = _shelf_spells(items, horizon, claimed)
    _extra_holds(rng, spells, horizon, plan)
    _voids(rng, spells, plan)
    _vouchers(rng, horizon, plan)
    _paid_outs(rng, days, plan)
    _every_kind_once(rng, plan)
    plan.baskets.sort(key=lambda b: b.at)
    if days >= 3:
        plan.settle_at = horizon - 1800
    return plan


def _came_from(item: ItemPlan, k: int) -> ItemState:
    return item.moves[k - 1].to_state if k else S.RECEIVED


def _next_at(item: ItemPlan, k: int, horizon: int) -> int:
    return item.moves[k + 1].at if k + 1 < len(item.moves) else horizon


def _basket(rng: random.Random, at: int, members: list[int], **kw) -> Basket:
    pay = rng.choices(*PAYMENTS)[0]
    discount = rng.choices(*DISCOUNTS)[0]
    return Basket(at, rng.randrange(len(TILLS)), members, pay, discount,
                  customer=pay == "credit" or rng.random() < 0.25,
                  stock=rng.choice((1, 1, 2)) if rng.random() < 0.12 else 0, **kw)


def _sales(rng: random.Random, items: list[ItemPlan], horizon: int, plan: CounterPlan,
           claimed: set[tuple[int, int]]) -> None:
    """Counter sales: a reservation then a sale is a hold sold to its customer; the others are
    gathered into baskets. Matchmaking deals are closed one by one (demo_counter)."""
    singles = []  # (at, item, move, when its next move comes, when its shelf spell began)
    for i, item in enumerate(items):
        if item.acquisition == A.MATCHMAKING:
            continue
        for k, m in enumerate(item.moves):
            if m.to_state != S.SOLD:
                continue
            plan.skip.add((i, k))
            if _came_from(item, k) == S.RESERVED:  # put aside at the counter, then bought
                plan.skip.add((i, k - 1))
                plan.holds.append(HoldPlan(i, item.moves[k - 1].at,
                                           m.at + rng.randint(HOUR, 8 * HOUR), "sold"))
                plan.baskets.append(_basket(rng, m.at, [i], hold=len(plan.holds) - 1))
            else:
                singles.append((m.at, i, k, _next_at(item, k, horizon),
                                item.moves[k - 1].at if k else 0))
    singles.sort()
    n = 0
    while n < len(singles):
        at, i, k, limit, since = singles[n]
        size = rng.choices(*BASKET_SIZES)[0]
        members, when, j = [(i, k)], at, n + 1
        while len(members) < size and j < len(singles):
            at2, i2, k2, next2, _ = singles[j]
            if (at2 - at > BASKET_WINDOW or at2 // OPEN_SECONDS != at // OPEN_SECONDS
                    or at2 >= limit or any(i2 == x for x, _ in members)):
                break
            members.append((i2, k2))
            when, limit = at2, min(limit, next2)
            j += 1
        for x, y in members:
            items[x].moves[y].at = when
        basket = _basket(rng, when, [x for x, _ in members])
        if len(members) == 1 and basket.hold is None and when - since > 2 * HOUR and (
                rng.random() < 0.04 or not plan.holds):
            placed = max(since + 60, when - rng.randint(HOUR, 20 * HOUR))
            plan.holds.append(HoldPlan(i, placed, when + rng.randint(HOUR, 8 * HOUR), "sold"))
            basket.hold = len(plan.holds) - 1
            claimed.add((i, k - 1))
        plan.baskets.append(basket)
        n = j


def _lots(rng: random.Random, items: list[ItemPlan], plan: CounterPlan) -> None:
    """The store's own goods lotted out on one day leave together, as one sale to a recycler."""
    by_day: dict[int, list[tuple[int, int, int]]] = {}
    for i, item in enumerate(items):
        if item.acquisition in (A.CONSIGNMENT, A.MATCHMAKING):
            continue  # not the store's to sell in a lot: the plan moves those itself
        for k, m in enumerate(item.moves):
            if m.to_state == S.LOTTED_OUT:
                by_day.setdefault(m.at // OPEN_SECONDS, []).append((m.at, i, k))
    for _day, group in sorted(by_day.items()):
        at = max(a for a, _, _ in group)
        for _, i, k in group:
            items[i].moves[k].at = at
            plan.skip.add((i, k))
        plan.lots.append(LotPlan(at, rng.randrange(len(TILLS)), [i for _, i, _ in group]))


def _absorbed(items: list[ItemPlan], plan: CounterPlan) -> None:
    """Moves another action makes: a return to stock puts the item back on the shelf, and a
    matchmaking deal pays the item out as it sells it."""
    for i, item in enumerate(items):
        for k, m in enumerate(item.moves):
            came = _came_from(item, k)
            if (m.to_state == S.ON_SHELF and came == S.RETURNED) or (
                    m.to_state == S.PAID_OUT and item.acquisition == A.MATCHMAKING):
                plan.skip.add((i, k))


def _wall(a: int, b: int) -> int:
    """Wall-clock seconds between two moments of opening time (the nights count)."""
    return (b // OPEN_SECONDS - a // OPEN_SECONDS) * DAY + b % OPEN_SECONDS - a % OPEN_SECONDS


def _rentals(rng: random.Random, items: list[ItemPlan], intakes: list[IntakePlan], horizon: int,
             plan: CounterPlan) -> None:
    """Periods for each rental so that some come back late, and some still out at the end are
    overdue; some returns carry a damage fee (more often one sent to grading), a write-off
    always does."""
    period = {line.item: int(ip.terms.get("period_days", 1)) for ip in intakes
              if ip.kind == A.LEASE_STOCK and ip.status == "completed" for line in ip.lines}
    damaged = late = overdue = False
    end = horizon - 1
    for i, item in enumerate(items):
        for k, m in enumerate(item.moves):
            if m.to_state != S.RENTED_OUT:
                continue
            length = period.get(i, 1) * DAY
            back = item.moves[k + 1] if k + 1 < len(item.moves) else None
            if back is None and (rng.random() < 0.6 or not overdue):
                # still out at the end and overdue: it went out a day before it was due back
                _move_to(rng, m, item.moves[k - 1].at + 600,
                         end - (length // DAY + 1) * OPEN_SECONDS, later=False)
                if length < _wall(m.at, end):
                    periods = overdue = 1
                else:
                    periods = _wall(m.at, end) // length + 1
            elif back is None:
                periods = _wall(m.at, end) // length + 1
            elif rng.random() < 0.35 or not late:  # back a day or more after it was due:
                days_due = (length // DAY) * OPEN_SECONDS
                _move_to(rng, back, m.at + days_due + 600,  # kept longer,
                         _next_at(item, k + 1, horizon) - 600, later=True)
                if _wall(m.at, back.at) <= length:  # ... or taken out sooner
                    _move_to(rng, m, item.moves[k - 1].at + 600, back.at - days_due - 600,
                             later=False)
                span = _wall(m.at, back.at)
                periods = (span - 1) // length if length < span else -(-span // length)
                late = late or length < span
            else:
                periods = -(-_wall(m.at, back.at) // length)
            damage = back is not None and (
                back.to_state == S.WRITTEN_OFF or not damaged
                or rng.random() < (0.3 if back.to_state == S.GRADED else 0.05))
            damaged = damaged or damage
            plan.rentals[(i, k)] = RentalPlan(max(1, min(366, periods)), damage)


def _move_to(rng: random.Random, move, low: int, high: int, *, later: bool) -> None:
    """Move `move` into [low, high] when that is later (or earlier) than planned and there is
    room: a rental kept longer, or taken out sooner, than the plan had it."""
    if low <= high and (low > move.at if later else high < move.at):
        move.at = rng.randint(low, min(high, low + 3 * 3600)) if later else \
            rng.randint(max(low, high - 3 * 3600), high)


def _shelf_spells(items: list[ItemPlan], horizon: int,
                  claimed: set[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(item, index of its ON_SHELF move, from, until): time on the shelf nothing else uses."""
    out = []
    for i, item in enumerate(items):
        if item.acquisition == A.MATCHMAKING:
            continue
        for k, m in enumerate(item.moves):
            if m.to_state == S.ON_SHELF and (i, k) not in claimed:
                out.append((i, k, m.at, _next_at(item, k, horizon)))
    return out


def _take(rng: random.Random, spells: list, count: int, fits) -> list:
    """Up to `count` spells that `fits`, chosen at random and taken out of `spells`."""
    chosen = []
    for spell in rng.sample(spells, len(spells)):
        if len(chosen) >= count:
            break
        if fits(spell):
            chosen.append(spell)
            spells.remove(spell)
    return chosen


def _extra_holds(rng: random.Random, spells: list, horizon: int, plan: CounterPlan) -> None:
    n = len(plan.baskets)
    for i, _k, a, b in _take(rng, spells, max(1, n // 30), lambda s: s[3] - s[2] > 3 * HOUR):
        placed = a + rng.randint(60, (b - a) // 3)
        released = placed + rng.randint(600, min(6 * HOUR, b - placed - 120))
        plan.holds.append(HoldPlan(i, placed, placed + 48 * HOUR, "released", released))
    for i, _k, a, b in _take(rng, spells, max(1, n // 30), lambda s: s[3] - s[2] > 3 * HOUR):
        placed = a + rng.randint(60, (b - a) // 3)
        plan.holds.append(HoldPlan(i, placed, placed + rng.randint(HOUR, min(8 * HOUR, b - placed
                                                                            - 120)), "expired"))
    for i, _k, a, b in _take(rng, spells, max(1, n // 80),
                             lambda s: s[3] == horizon and s[3] - s[2] > HOUR):
        placed = max(a + 60, b - rng.randint(HOUR // 2, 6 * HOUR))
        plan.holds.append(HoldPlan(i, placed, horizon + OPEN_SECONDS, "active"))


def _voids(rng: random.Random, spells: list, plan: CounterPlan) -> None:
    """A few sales rung up and voided a few minutes later, in the same shift."""
    def fits(spell) -> bool:
        _i, _k, a, b = spell
        return b - a > HOUR and (a % OPEN_SECONDS) < OPEN_SECONDS - 2 * HOUR

    for i, _k, a, b in _take(rng, spells, max(1, len(plan.baskets) // 60), fits):
        day_end = (a // OPEN_SECONDS + 1) * OPEN_SECONDS
        sold = a + rng.randint(60, min(b, day_end) - a - 1200)
        basket = _basket(rng, sold, [i], void_at=sold + rng.randint(120, 900))
        basket.discount = None
        plan.baskets.append(basket)


def _vouchers(rng: random.Random, horizon: int, plan: CounterPlan) -> None:
    """Gift vouchers sold now and then; each is spent on a sale a while later."""
    later = [b for b in plan.baskets if b.hold is None and b.void_at is None]
    if len(later) < 4:
        return
    for _ in range(max(1, len(plan.baskets) // 60)):
        at = rng.randint(0, int(horizon * 0.6))
        plan.vouchers.append(VoucherPlan(at, rng.randrange(len(TILLS)),
                                         rng.choice((100, 200, 200, 300, 500))))
        spend = [b for b in later if b.at > at + 2 * HOUR and b.pay != "voucher"]
        if spend:
            rng.choice(spend).pay = "voucher"


def _paid_outs(rng: random.Random, days: int, plan: CounterPlan) -> None:
    for day in range(days):
        for till in range(len(TILLS)):
            if rng.random() < 0.3 or (day, till) == (0, 0):
                plan.paid_outs.append(PaidOutPlan(
                    day * OPEN_SECONDS + rng.randint(HOUR, OPEN_SECONDS - HOUR), till,
                    rng.choice((12, 18, 25, 30, 45, 60, 80, 120)), rng.choice(PAID_OUT_REASONS)))


def _every_kind_once(rng: random.Random, plan: CounterPlan) -> None:
    """Every way to pay and every kind of discount shows up at least once, when there are
    enough sales for it."""
    plain = [b for b in plan.baskets if b.hold is None and b.void_at is None]
    free = [b for b in plain if b.pay != "voucher"]
    for pay in PAYMENTS[0]:
        if free and not any(b.pay == pay for b in plain):
            chosen = free.pop(rng.randrange(len(free)))
            chosen.pay, chosen.customer = pay, chosen.customer or pay == "credit"
    undiscounted = [b for b in plain if b.discount is None]
    for kind in DISCOUNTS[0][1:]:
        if undiscounted and not any(b.discount == kind for b in plain):
            undiscounted.pop(rng.randrange(len(undiscounted))).discount = kind
