"""The demo's drop-offs, drawers and label batches: how the planned items come in and get labels.

Pure and seeded like demo_plan: items planned there are gathered into intakes of the four
businesses (a drop-off of one or several items, from a seller, consignor, owner or supplier
with an ID on record), the counters' shifts get a float that fits the day's cash buy-backs,
and labels are printed in batches every half hour. Some intakes stay drafts or are cancelled.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from stdnum.cn import ric

from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.services.demo_catalogue import (
    BANKS,
    CANCEL_REASONS,
    DRAFT_NOTES,
    ID_REGIONS,
    INTAKE_NOTES,
    LEASE_NOTES,
)
from pos_app.services.demo_plan import OPEN_SECONDS, ItemPlan, PartyPlan, _plan_item

A, S = Acquisition, ItemState
TILLS = ("Counter 1", "Counter 2")
KIOSK = "Kiosk – Garden Compound"
SLOT = 1800  # labels are printed every half hour of opening time
STAYS = (S.RECEIVED, S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF)  # in the store, not held
GROUP_WINDOW = 2 * 3600  # items of one kind planned this close together come in as one drop-off
GROUP_SIZES: dict[Acquisition, tuple[tuple[int, ...], tuple[int, ...]]] = {
    A.BUY_BACK: ((1, 2, 3, 4, 5), (70, 18, 8, 3, 1)),
    A.CONSIGNMENT: ((1, 2, 3, 4, 6), (40, 25, 20, 10, 5)),
    A.LEASE_STOCK: ((1, 2, 3, 4), (40, 30, 20, 10)),
    A.MATCHMAKING: ((1, 2, 3), (75, 20, 5)),
}


@dataclass
class LinePlan:
    item: int | None  # the planned item it becomes; None on a draft that never completes
    facts: ItemPlan
    amount_minor: int  # quote, asking price or rent per period
    floor_minor: int | None = None
    deposit_minor: int | None = None


@dataclass
class IntakePlan:
    kind: str
    party: int | None  # index into the party plans
    counter: str
    status: str  # completed | draft | cancelled
    started_at: int
    line_times: list[int]
    at: int  # completed, cancelled, or (a draft) its last change
    lines: list[LinePlan]
    terms: dict = field(default_factory=dict)
    payment: str | None = None  # the buy-back's preferred payment: cash | transfer | credit
    payment_ref: str = ""
    bonus_percent: int | None = None
    notes: str = ""
    reason: str = ""  # why a cancelled one was given up


@dataclass
class LabelBatch:
    at: int
    items: list[int]  # planned items whose label is printed (their PRICED -> LABELLED move)


@dataclass
class ShiftPlan:
    counter: str
    opens_at: int
    closes_at: int
    over_short_minor: int  # what the count at closing differs by (usually nothing)


@dataclass
class StorePlan:
    intakes: list[IntakePlan]
    identity_at: dict[int, int]  # party -> when their ID is recorded
    shifts: list[ShiftPlan]
    float_minor: int
    batches: list[LabelBatch]
    queued: dict[tuple[int, int], int]  # (item, index of its PRICED move) -> when it is queued


# ---------------------------------------------------------------------------------------------


def plan_store(rng: random.Random, items: list[ItemPlan], parties: list[PartyPlan], days: int,
               unit: int, categories: list[str], serials: set[str]) -> StorePlan:
    intakes = _gather(rng, items, unit)
    intakes += _unfinished(rng, len(items), days, unit, categories, serials)
    intakes.sort(key=lambda i: (i.started_at, i.at))
    _one_contract_ends(rng, intakes, items, days)
    identity_at = _choose_parties(rng, intakes, parties)
    batches, queued = _label_batches(items, days * OPEN_SECONDS)
    float_minor = _float(intakes, unit)
    shifts = [ShiftPlan(c, d * OPEN_SECONDS, (d + 1) * OPEN_SECONDS - 1, _over_short(rng, unit))
              for d in range(days) for c in TILLS]
    if not any(sh.over_short_minor for sh in shifts):  # a count that is off shows how it looks
        shifts[len(shifts) // 2].over_short_minor = -2 * unit
    return StorePlan(intakes, identity_at, shifts, float_minor, batches, queued)


def _one_contract_ends(rng: random.Random, intakes: list[IntakePlan], items: list[ItemPlan],
                       days: int) -> None:
    """One consignment runs for a day only and still has goods in the store at the end, so
    the demo has an expired contract to settle (demo_counter)."""
    if days < 3:
        return
    for plan in intakes:
        if plan.kind != A.CONSIGNMENT or plan.status != "completed" \
                or plan.at // OPEN_SECONDS > days - 3:
            continue
        left = [items[line.item].moves[-1].to_state if items[line.item].moves else S.RECEIVED
                for line in plan.lines]
        if any(state in STAYS for state in left):
            shelf = all(state in (S.GRADED, S.ON_SHELF) for state in left if state in STAYS)
            plan.terms["days"] = 1
            plan.terms["at_expiry"] = rng.choice(("return", "donate")) if shelf else "return"
            return


def _gather(rng: random.Random, items: list[ItemPlan], unit: int) -> list[IntakePlan]:
    """Items of one kind planned close together become one drop-off, taken in when the first
    of them was; the others' lives move earlier with it."""
    order = sorted(range(len(items)), key=lambda i: (items[i].acquisition, items[i].received_at, i))
    intakes, n = [], 0
    while n < len(order):
        first = items[order[n]]
        sizes, weights = GROUP_SIZES[first.acquisition]
        size = 1 if first.at_kiosk else rng.choices(sizes, weights)[0]
        group = [order[n]]
        while (len(group) < size and n + len(group) < len(order)
               and (nxt := items[order[n + len(group)]]).acquisition == first.acquisition
               and not nxt.at_kiosk and nxt.received_at - first.received_at <= GROUP_WINDOW):
            group.append(order[n + len(group)])
        n += len(group)
        at = first.received_at
        for i in group:
            _shift(items[i], at - items[i].received_at)
        span = 90 + 45 * len(group) + 90  # the party at the counter, a line each, terms
        late = span + 120 - at % OPEN_SECONDS
        if late > 0:  # too early in the morning for the steps before it: a little later
            for i in group:
                _shift(items[i], late)
            at += late
        intakes.append(_completed(rng, first.acquisition, [(i, items[i]) for i in group], at,
                                  unit))
    return intakes


def _shift(item: ItemPlan, delta: int) -> None:
    item.received_at += delta
    for m in item.moves:
        m.at += delta


def _lines(kind: str, group: list[tuple[int | None, ItemPlan]], period_days: int) -> list[LinePlan]:
    lines = []
    for index, item in group:
        if kind == A.BUY_BACK:
            lines.append(LinePlan(index, item, item.cost_minor))
        elif kind in (A.CONSIGNMENT, A.MATCHMAKING):
            lines.append(LinePlan(index, item, item.asking_minor, floor_minor=item.floor_minor))
        else:
            rent = item.attributes["rent_per_day_minor"] * period_days
            lines.append(LinePlan(index, item, rent, deposit_minor=item.attributes["deposit_minor"]))
    return lines


def _terms(rng: random.Random, kind: str, unit: int) -> dict:
    """set_terms's arguments, with amounts in minor units (the runner makes them Money)."""
    if kind == A.CONSIGNMENT:
        return {"consignor_share_percent": rng.choice((60, 60, 65, 70, 75, 80)),
                "fee_minor": rng.choice((0, 0, 0, 5, 10, 20)) * unit,
                "days": rng.choice((60, 90, 90, 120)),
                "at_expiry": rng.choices(("return", "donate", "store_stock"), (60, 15, 25))[0],
                "markdowns": rng.choice(([[30, 20], [60, 40]], [[30, 20], [60, 40]],
                                         [[14, 10], [30, 20], [60, 35]], [[30, 15], [60, 30]]))}
    if kind == A.LEASE_STOCK:
        return {"period_days": rng.choice((1, 1, 2, 3, 7, 30)),
                "maintenance_notes": rng.choice(LEASE_NOTES)}
    if kind == A.MATCHMAKING:
        terms: dict = {"contact_preference": rng.choice(("phone", "sms", "wechat", "wechat",
                                                         "email", "via_store"))}
        if rng.random() < 0.4:
            terms["listing_fee_minor"] = rng.choice((20, 30, 50)) * unit
        else:
            terms["commission_percent"] = rng.choice((5, 8, 10))
        return terms
    return {}


def _payment(rng: random.Random, total_minor: int, unit: int, at_kiosk: bool,
             day: int) -> tuple[str, str, int | None]:
    """How a seller likes to be paid: small sums in cash, large ones more often by transfer."""
    yuan = total_minor // unit
    weights = ((0, 60, 40) if at_kiosk else (85, 8, 7) if yuan <= 500
               else (70, 20, 10) if yuan <= 3000 else (45, 45, 10))
    method = rng.choices(("cash", "transfer", "credit"), weights)[0]
    ref = f"{rng.choice(BANKS)} {day:03d}{rng.randint(100000, 999999)}"
    bonus = rng.choice((None, None, 5, 10)) if method == "credit" else None
    return method, ref, bonus


def _completed(rng: random.Random, kind: Acquisition, group: list[tuple[int, ItemPlan]], at: int,
               unit: int) -> IntakePlan:
    terms = _terms(rng, kind, unit)
    lines = _lines(kind, group, terms.get("period_days", 1))
    at_kiosk = group[0][1].at_kiosk
    counter = KIOSK if at_kiosk else rng.choice(TILLS)
    start = at - 45 * len(lines) - 90
    times = [start + 30 + 45 * k for k in range(len(lines))]
    if kind in (A.CONSIGNMENT, A.MATCHMAKING) and at >= OPEN_SECONDS + 3600 and rng.random() < 0.05:
        # saved unfinished yesterday, resumed and completed today
        start = at - OPEN_SECONDS - rng.randint(600, 1800)
        times = [start + 30 + 45 * k for k in range(len(lines))]
    plan = IntakePlan(kind.value, None, counter, "completed", start, times, at, lines, terms,
                      notes=rng.choice(INTAKE_NOTES) if rng.random() < 0.1 else "")
    if kind == A.BUY_BACK:
        total = sum(line.amount_minor for line in lines)
        plan.payment, plan.payment_ref, plan.bonus_percent = _payment(
            rng, total, unit, at_kiosk, at // OPEN_SECONDS)
    return plan


def _unfinished(rng: random.Random, items: int, days: int, unit: int, categories: list[str],
                serials: set[str]) -> list[IntakePlan]:
    """Drafts waiting to be resumed (mostly from the last day) and a few cancelled ones."""
    horizon = days * OPEN_SECONDS
    out: list[IntakePlan] = []
    if not categories:
        return out
    drafts, cancelled = max(2, items // 300), max(1, items // 1000)
    kinds = (A.BUY_BACK, A.CONSIGNMENT, A.MATCHMAKING, A.LEASE_STOCK)
    for n in range(drafts + cancelled):
        kind = kinds[n % len(kinds)] if n < 4 else rng.choices(kinds, (60, 25, 10, 5))[0]
        usable = [c for c in categories if c != "furniture" or kind != A.LEASE_STOCK]
        group = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            item = _plan_item(rng, rng.choice(usable), kind, S.RECEIVED, horizon, unit, serials)
            group.append((None, item))
        recent = n >= cancelled and rng.random() < 0.8
        lo = max(0, horizon - (1 if recent else min(days, 7)) * OPEN_SECONDS)
        at = rng.randint(lo, horizon - 600)
        at += max(0, 600 - at % OPEN_SECONDS)
        plan = _completed(rng, kind, group, at, unit)
        plan.started_at = at - 45 * len(group) - 90
        plan.line_times = [plan.started_at + 30 + 45 * k for k in range(len(group))]
        plan.status = "cancelled" if n >= drafts else "draft"
        plan.notes = rng.choice(DRAFT_NOTES) if plan.status == "draft" else ""
        plan.reason = rng.choice(CANCEL_REASONS)
        out.append(plan)
    return out


# ---------------------------------------------------------------------------------------------
# Who brings the goods


def _resident_id(rng: random.Random, taken: set[str]) -> str:
    while True:
        body = (rng.choice(ID_REGIONS) + f"{rng.randint(1955, 2006)}{rng.randint(1, 12):02d}"
                + f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}")
        number = body + ric.calc_check_digit(body + "0")
        if number not in taken and ric.is_valid(number):
            taken.add(number)
            return number


def _identity(rng: random.Random, taken: set[str]) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.92:
        return "resident_id", _resident_id(rng, taken)
    while True:
        number = (f"E{rng.randint(10_000_000, 99_999_999)}" if roll < 0.96
                  else f"H{rng.randint(10_000_000, 99_999_999)}")
        if number not in taken:
            taken.add(number)
            return ("passport" if number[0] == "E" else "hk_macau_permit"), number


def _choose_parties(rng: random.Random, intakes: list[IntakePlan],
                    parties: list[PartyPlan]) -> dict[int, int]:
    """Give every intake its seller, consignor, owner or supplier (some come back again), in
    the order the intakes start; a person's ID is recorded just before their first drop-off."""
    persons = [i for i, p in enumerate(parties) if p.kind == "person"]
    businesses = [i for i, p in enumerate(parties) if p.kind == "business"] or persons
    fresh = list(persons)
    rng.shuffle(fresh)
    came: list[int] = []
    identity_at: dict[int, int] = {}
    taken: set[str] = set()
    role = {"buy_back": "seller", "consignment": "consignor", "matchmaking": "consignor",
            "lease_stock": "supplier"}
    for plan in intakes:
        if plan.kind == A.LEASE_STOCK:
            if rng.random() < 0.4:
                continue  # the store's own purchase for its rental fleet: no supplier on record
            who = rng.choice(businesses)
        elif plan.kind == A.BUY_BACK and plan.status == "draft" and rng.random() < 0.5:
            continue  # the seller is still being found or typed in
        elif plan.kind == A.CONSIGNMENT and rng.random() < 0.08:
            who = rng.choice(businesses)
        elif came and (not fresh or rng.random() < 0.3):
            who = rng.choice(came)
        else:
            who = fresh.pop()
            came.append(who)
        plan.party = who
        party = parties[who]
        party.roles.add(role[plan.kind])
        party.at = min(party.at, plan.started_at - 90)
        if party.kind == "person" and who not in identity_at:
            party.id_type, party.id_number = _identity(rng, taken)
            identity_at[who] = plan.started_at - 60
    return identity_at


# ---------------------------------------------------------------------------------------------
# The drawer and the label printer


def _float(intakes: list[IntakePlan], unit: int) -> int:
    """An opening float that covers nine days in ten of a till's cash buy-backs (on the
    busiest days, once the drawer runs low, sellers are paid by transfer)."""
    need: dict[tuple[int, str], int] = {}
    for plan in intakes:
        if plan.status == "completed" and plan.payment == "cash":
            key = (plan.at // OPEN_SECONDS, plan.counter)
            need[key] = need.get(key, 0) + sum(line.amount_minor for line in plan.lines)
    days = sorted(need.values())
    busy = days[len(days) * 9 // 10] if days else 0
    step = 1000 * unit
    return max(2 * step, -(-busy // step) * step)


def _over_short(rng: random.Random, unit: int) -> int:
    if rng.random() < 0.8:
        return 0
    return rng.choice((-1, 1)) * rng.choice((5, 10, 20, 50, 100, 200, 500, 1000)) * unit // 10


def _label_batches(items: list[ItemPlan], horizon: int) -> tuple[list[LabelBatch], dict[tuple[int, int], int]]:
    """Labels are queued just after pricing and printed at the next half hour with the others
    waiting then; an item whose life cannot wait that long has its label printed alone."""
    batches: dict[int, list[int]] = {}
    queued: dict[tuple[int, int], int] = {}
    for index, item in enumerate(items):
        moves = item.moves
        for k, m in enumerate(moves):
            if m.to_state != S.PRICED:
                continue
            labelled_next = k + 1 < len(moves) and moves[k + 1].to_state == S.LABELLED
            if k + 1 < len(moves) and not labelled_next:
                continue  # it leaves `priced` another way before anyone queues its label
            gap = moves[k + 1].at - m.at if labelled_next else 60
            queued[(index, k)] = m.at + max(1, min(30, gap // 2))
            if not labelled_next:
                continue  # stays priced to the end: its label waits in the queue
            label = moves[k + 1]
            slot = -(-label.at // SLOT) * SLOT
            later = [x.at for x in moves[k + 2:]]
            t, fits = slot, True
            for at in later:
                t = max(at, t + 60)
                if t >= horizon - 60:
                    fits = False
                    break
            if fits:
                label.at = slot
                t = slot
                for x in moves[k + 2:]:
                    x.at = t = max(x.at, t + 60)
            batches.setdefault(label.at, []).append(index)
    return [LabelBatch(at, members) for at, members in sorted(batches.items())], queued
