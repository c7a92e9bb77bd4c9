"""The demo store's plan: which items, which people, which moves on which day.

Pure and seeded: the same seed plans the same store; demo_intake.py gathers the items into
drop-offs, and demo.py writes the plan through the real services.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from stdnum import ean, luhn

from pos_app.domain.item_states import TERMINAL, Acquisition, ItemState
from pos_app.domain.item_states import next_states as legal_next
from pos_app.domain.roles import Permission, Role
from pos_app.services.demo_catalogue import (
    BUSINESSES,
    CATALOGUE,
    CATEGORY_WEIGHT,
    CITIES,
    ENGLISH,
    GIVEN,
    LOCATIONS,
    PARTY_NOTES,
    SERIAL_PREFIX,
    STORAGE_FACTOR,
    SURNAMES,
)

S, A, P = ItemState, Acquisition, Permission
OPEN_SECONDS = 11 * 3600  # the store is open 10:00-21:00
HOUR = 3600

# The four businesses an intake takes goods in for (the store buys no stock of its own here).
_ACQ = (A.BUY_BACK, A.CONSIGNMENT, A.LEASE_STOCK, A.MATCHMAKING)
ACQUISITION_WEIGHT = {  # buy-back, consignment, lease stock, matchmaking
    "3c.phone": (70, 15, 3, 12), "3c.tablet": (65, 15, 8, 12),
    "3c.laptop": (55, 15, 18, 12), "3c.camera": (40, 20, 30, 10),
    "3c.audio": (70, 15, 5, 10), "3c.watch": (65, 20, 5, 10),
    "3c.console": (50, 10, 30, 10), "clothing.women": (65, 30, 0, 5),
    "clothing.men": (65, 30, 0, 5), "clothing.kids": (65, 30, 0, 5),
    "bags": (30, 40, 15, 15), "appliances": (60, 10, 10, 20),
    "books": (90, 5, 0, 5), "furniture": (35, 15, 5, 45),
}


TARGET_WEIGHT: dict[Acquisition, dict[ItemState, int]] = {
    A.BUY_BACK: {S.RECEIVED: 3, S.GRADED: 3, S.PRICED: 3, S.LABELLED: 3, S.ON_SHELF: 30,
                 S.RESERVED: 3, S.SOLD: 35, S.RETURNED: 2, S.DONATED: 2, S.LOTTED_OUT: 4,
                 S.WRITTEN_OFF: 2},
    A.CONSIGNMENT: {S.RECEIVED: 2, S.GRADED: 2, S.PRICED: 2, S.LABELLED: 2, S.ON_SHELF: 30,
                    S.RESERVED: 2, S.SOLD: 15, S.RETURNED: 1, S.PAID_OUT: 25,
                    S.RETURNED_TO_OWNER: 8, S.DONATED: 2, S.WRITTEN_OFF: 1},
    A.LEASE_STOCK: {S.RECEIVED: 2, S.GRADED: 3, S.PRICED: 2, S.LABELLED: 2, S.ON_SHELF: 35,
                    S.RENTED_OUT: 40, S.RESERVED: 2, S.SOLD: 5, S.RETURNED: 1, S.WRITTEN_OFF: 3},
    A.MATCHMAKING: {S.RECEIVED: 2, S.GRADED: 2, S.PRICED: 2, S.LABELLED: 2, S.ON_SHELF: 35,
                    S.RESERVED: 4, S.PAID_OUT: 40, S.RETURNED_TO_OWNER: 10},
}


# States an item passes through quickly: one that ends the demo there got there lately (days).
RECENT_DAYS = {S.RECEIVED: 2, S.GRADED: 2, S.PRICED: 2, S.LABELLED: 2, S.RESERVED: 2,
               S.RETURNED: 3, S.RENTED_OUT: 8}


GRADES = ("A+", "A", "B", "C", "D")
GRADE_FACTOR = {"A+": 1.1, "A": 1.0, "B": 0.88, "C": 0.75, "D": 0.55}


# Open hours between two states (low, high); drawn skewed towards the low end.
GAP_HOURS: dict[tuple[ItemState, ItemState], tuple[float, float]] = {
    (S.RECEIVED, S.GRADED): (0.2, 16), (S.GRADED, S.PRICED): (0.05, 4),
    (S.PRICED, S.LABELLED): (0.02, 2), (S.LABELLED, S.ON_SHELF): (0.05, 4),
    (S.ON_SHELF, S.RESERVED): (5, 150), (S.ON_SHELF, S.SOLD): (3, 250),
    (S.ON_SHELF, S.RENTED_OUT): (3, 80), (S.ON_SHELF, S.PRICED): (80, 250),
    (S.RESERVED, S.ON_SHELF): (11, 40), (S.RESERVED, S.SOLD): (1, 30),
    (S.SOLD, S.RETURNED): (5, 70), (S.SOLD, S.PAID_OUT): (20, 80),
    (S.RENTED_OUT, S.ON_SHELF): (20, 110), (S.RENTED_OUT, S.GRADED): (20, 110),
    (S.RENTED_OUT, S.WRITTEN_OFF): (150, 250), (S.ON_SHELF, S.DONATED): (150, 300),
    (S.ON_SHELF, S.LOTTED_OUT): (150, 300), (S.ON_SHELF, S.RETURNED_TO_OWNER): (100, 300),
    (S.ON_SHELF, S.WRITTEN_OFF): (50, 300),
}


DEFAULT_GAP = (1.0, 30.0)


REASONS: dict[tuple[ItemState, ItemState], tuple[str, ...]] = {
    (S.RECEIVED, S.WRITTEN_OFF): ("命中被盗物品名单 matched the stolen-goods list",
                                  "验收不合格，无修复价值 failed intake check, not worth repairing"),
    (S.RECEIVED, S.RETURNED_TO_OWNER): ("物主改变主意 owner changed their mind",),
    (S.GRADED, S.LOTTED_OUT): ("批量出售给回收商 sold in a lot to the recycler",),
    (S.GRADED, S.DONATED): ("捐赠给社区爱心超市 donated to the community charity shop",),
    (S.GRADED, S.RETURNED_TO_OWNER): ("物主不接受评级 owner declined the grade",),
    (S.GRADED, S.WRITTEN_OFF): ("质检不合格 failed inspection",),
    (S.PRICED, S.GRADED): ("复检 re-inspected",),
    (S.PRICED, S.RETURNED_TO_OWNER): ("物主不接受定价 owner declined the price",),
    (S.PRICED, S.WRITTEN_OFF): ("清洁时损坏 damaged in cleaning",),
    (S.LABELLED, S.PRICED): ("标价更正 price corrected",),
    (S.LABELLED, S.RETURNED_TO_OWNER): ("物主取回 collected by the owner",),
    (S.LABELLED, S.WRITTEN_OFF): ("标签后发现故障 fault found after labelling",),
    (S.ON_SHELF, S.RESERVED): ("线上订单 online order", "顾客电话预留 held for a caller"),
    (S.ON_SHELF, S.SOLD): ("", "", "柜台销售 counter sale"),
    (S.ON_SHELF, S.RENTED_OUT): ("租期7天，已收押金 7-day rental, deposit taken",
                                 "周末租赁 weekend rental"),
    (S.ON_SHELF, S.PRICED): ("定期降价 scheduled markdown", "价格复核 price review"),
    (S.ON_SHELF, S.RETURNED_TO_OWNER): ("寄卖到期取回 contract expired, collected by owner",),
    (S.ON_SHELF, S.DONATED): ("滞销捐赠 slow seller, donated",),
    (S.ON_SHELF, S.LOTTED_OUT): ("滞销批量处理 slow seller, lotted out",),
    (S.ON_SHELF, S.WRITTEN_OFF): ("盘点缺失 missing at stock count",),
    (S.RESERVED, S.ON_SHELF): ("订单取消 order cancelled", "预留过期 hold expired"),
    (S.RESERVED, S.SOLD): ("线上订单到店自提 online order collected",),
    (S.SOLD, S.RETURNED): ("七天无理由退货 7-day return", "与描述不符 not as described"),
    (S.SOLD, S.PAID_OUT): ("寄卖结算 consignor paid",),
    (S.RETURNED, S.ON_SHELF): ("退货检查无误 return checked, back on shelf",),
    (S.RETURNED, S.GRADED): ("退货复检 return re-inspected",),
    (S.RETURNED, S.RETURNED_TO_OWNER): ("退货后物主取回 collected by the owner after a return",),
    (S.RETURNED, S.WRITTEN_OFF): ("退货损坏 returned damaged",),
    (S.RENTED_OUT, S.ON_SHELF): ("租赁归还 rental returned",),
    (S.RENTED_OUT, S.GRADED): ("租赁归还后复检 returned from rental, re-inspected",),
    (S.RENTED_OUT, S.WRITTEN_OFF): ("归还时已损坏无法修复 returned broken beyond repair",),
}


# Which roles do a move, and how often: the first is the usual one.
ROLE_WEIGHT: dict[Permission, dict[Role, int]] = {
    P.INTAKE: {Role.CLERK: 6, Role.GRADER: 4, Role.MANAGER: 1},
    P.GRADE: {Role.GRADER: 10, Role.MANAGER: 1},
    P.PRICE: {Role.GRADER: 10, Role.MANAGER: 1},
    P.PRINT_LABELS: {Role.GRADER: 5, Role.CLERK: 5},
    P.MANAGE_SHIFT: {Role.CLERK: 6, Role.MANAGER: 3},
    P.RESERVE: {Role.CLERK: 10, Role.MANAGER: 1},
    P.SELL: {Role.CLERK: 10, Role.MANAGER: 1},
    P.RENT: {Role.CLERK: 10, Role.MANAGER: 1},
}


DETOUR_CHANCE = {S.ON_SHELF: 0.3, S.RESERVED: 0.2, S.RETURNED: 0.2, S.RENTED_OUT: 0.1,
                 S.PRICED: 0.05, S.LABELLED: 0.05, S.GRADED: 0.03}


DETOUR_WEIGHT = {S.RENTED_OUT: 8, S.RESERVED: 4, S.PRICED: 3, S.GRADED: 1, S.ON_SHELF: 2,
                 S.SOLD: 0.3, S.RETURNED: 1}


MAX_MOVES = 14


# Where items leave the store from, by how they leave (weights; only the legal ones count).
EXIT_FROM: dict[ItemState, dict[ItemState, float]] = {
    S.RETURNED_TO_OWNER: {S.RECEIVED: 2, S.GRADED: 2, S.PRICED: 1, S.ON_SHELF: 12, S.RETURNED: 1},
    S.WRITTEN_OFF: {S.RECEIVED: 3, S.GRADED: 3, S.PRICED: 0.5, S.LABELLED: 0.5, S.ON_SHELF: 2,
                    S.RENTED_OUT: 2, S.RETURNED: 1},
    S.LOTTED_OUT: {S.GRADED: 1, S.ON_SHELF: 1},
    S.DONATED: {S.GRADED: 2, S.ON_SHELF: 3},
}


@dataclass
class Move:
    to_state: ItemState
    at: int  # seconds of opening time since the first demo day opened
    grade: str | None = None
    price_minor: int | None = None
    reason: str = ""


@dataclass
class ItemPlan:
    category: str
    acquisition: Acquisition
    brand: str
    model: str
    variant: str
    grade: str  # the grade the item is expected to earn at its first inspection
    cost_minor: int  # the buy-back quote
    asking_minor: int  # consignment and matchmaking: the owner's asking price
    floor_minor: int | None  # the owner's lowest price
    attributes: dict
    notes: str
    location: str
    serial: str  # IMEI or serial number ("" if none)
    at_kiosk: bool
    received_at: int
    moves: list[Move]


@dataclass
class PartyPlan:
    name: str
    phone: str | None
    email: str | None
    kind: str
    roles: set[str]
    notes: str
    at: int  # when the store first records them
    id_type: str | None = None  # an ID document, recorded when they first bring goods in
    id_number: str | None = None


def _plan_parties(rng: random.Random, count: int, horizon: int) -> list[PartyPlan]:
    plans = []
    for n in range(count):
        business = rng.random() < 0.08
        if business:
            name = rng.choice(CITIES) + rng.choice(BUSINESSES)
            phone = (f"0{rng.choice(['21', '571', '512', '25', '755', '20'])}-"
                     f"{rng.randint(2000_0000, 8999_9999)}") if rng.random() < 0.5 else _mobile(rng)
        else:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if rng.random() < 0.06:
                name = f"{rng.choice(ENGLISH)} {name}"
            phone = _mobile(rng)
        email = f"{rng.randint(10_000_000, 3_999_999_999)}@{rng.choice(['qq.com', '163.com'])}" \
            if rng.random() < 0.3 else None
        roles = {r for r, p in (("seller", 0.5), ("consignor", 0.3), ("renter", 0.15),
                                ("buyer", 0.3)) if rng.random() < p} or {"seller"}
        if n % 4 == 0:
            roles.add("consignor")  # enough owners for consigned and matchmaking goods
        plans.append(PartyPlan(name, phone, email, "business" if business else "person", roles,
                               rng.choice(PARTY_NOTES), rng.randrange(0, horizon)))
    return plans


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}"


def next_states(acquisition: Acquisition, state: ItemState) -> list[ItemState]:
    """The legal moves as the demo makes them: a matchmaking deal is closed in one step (sold
    and paid out at once), so such an item never comes back from `sold`."""
    moves = legal_next(acquisition, state)
    if acquisition == A.MATCHMAKING and state == S.SOLD:
        return [n for n in moves if n == S.PAID_OUT]
    return moves


@cache
def _distances(acquisition: Acquisition, target: ItemState) -> dict[ItemState, int]:
    """Fewest legal moves from each state to `target` (absent: unreachable)."""
    dist = {target: 0}
    frontier = [target]
    while frontier:
        nxt = []
        for state in frontier:
            for frm in ItemState:
                if frm not in dist and state in next_states(acquisition, frm):
                    dist[frm] = dist[state] + 1
                    nxt.append(frm)
        frontier = nxt
    return dist


def _path(rng: random.Random, acquisition: Acquisition, target: ItemState) -> list[ItemState]:
    """A legal walk from `received` to `target`, with the detours real items take."""
    exits = {state: weight for state, weight in EXIT_FROM.get(target, {}).items()
             if target in next_states(acquisition, state)
             and S.RECEIVED in _distances(acquisition, state)}
    if not exits:
        return _walk(rng, acquisition, target, linger=True)
    via = rng.choices(list(exits), list(exits.values()))[0]
    return _walk(rng, acquisition, via, linger=False) + [target]


def _walk(rng: random.Random, acquisition: Acquisition, target: ItemState, *,
          linger: bool) -> list[ItemState]:
    dist = _distances(acquisition, target)
    state, path = S.RECEIVED, []
    while len(path) < MAX_MOVES:
        options = [n for n in next_states(acquisition, state)
                   if n in dist and (n == target or n not in TERMINAL)]
        if state == target:
            again = 0.5 if acquisition == A.LEASE_STOCK else 0.04
            detours = [n for n in options if n not in TERMINAL and n != S.SOLD]
            if (not linger or target in TERMINAL or not detours or len(path) > MAX_MOVES - 6
                    or rng.random() > again):
                break
            state = rng.choices(detours, [DETOUR_WEIGHT.get(n, 1) for n in detours])[0]
        else:
            ahead = [n for n in options if dist[n] == dist[state] - 1]
            detours = [n for n in options if n not in ahead]
            chance = DETOUR_CHANCE.get(state, 0.0)
            if acquisition == A.LEASE_STOCK and S.RENTED_OUT in detours:
                chance = 0.6
            if detours and len(path) < MAX_MOVES - 6 and rng.random() < chance:
                state = rng.choices(detours, [DETOUR_WEIGHT.get(n, 1) for n in detours])[0]
            else:
                state = rng.choice(ahead)
        path.append(state)
    while path and path[-1] != target:  # out of moves: finish by the shortest way
        nxt = [n for n in next_states(acquisition, path[-1]) if dist.get(n) == dist[path[-1]] - 1]
        path.append(rng.choice(nxt))
    return path


def _choose_target(rng: random.Random, acquisition: Acquisition) -> ItemState:
    weights = TARGET_WEIGHT[acquisition]
    return rng.choices(list(weights), list(weights.values()))[0]


def _plan_items(rng: random.Random, count: int, horizon: int, categories: list[str],
                unit: int, serials: set[str]) -> list[ItemPlan]:
    cat_weights = [CATEGORY_WEIGHT[c] for c in categories]
    # The first items make sure every state and every way of acquiring shows up.
    must: list[tuple[Acquisition, ItemState]] = []
    for n, state in enumerate(ItemState):
        legal = [a for a in _ACQ if S.RECEIVED == state or S.RECEIVED in _distances(a, state)]
        must.append((legal[n % len(legal)], state))
    plans = []
    for n in range(count):
        grade = None
        if n < len(must):  # ... and every grade
            acquisition, target = must[n]
            usable = [c for c in categories if ACQUISITION_WEIGHT[c][_ACQ.index(acquisition)]]
            category = rng.choice(usable or categories)
            grade = GRADES[(n + 1) % len(GRADES)]
        else:
            category = rng.choices(categories, cat_weights)[0]
            acquisition = rng.choices(_ACQ, ACQUISITION_WEIGHT[category])[0]
            target = _choose_target(rng, acquisition)
        plans.append(_plan_item(rng, category, acquisition, target, horizon, unit, serials, grade))
    return plans


def _plan_item(rng: random.Random, category: str, acquisition: Acquisition, target: ItemState,
               horizon: int, unit: int, serials: set[str], grade: str | None = None) -> ItemPlan:
    brand, model, value, variants = rng.choice(CATALOGUE[category])
    variant = rng.choice(variants) if variants else ""
    if variant in STORAGE_FACTOR:
        value = value * STORAGE_FACTOR[variant]
    bad_end = target in (S.WRITTEN_OFF, S.LOTTED_OUT, S.DONATED)
    if target == S.LOTTED_OUT:
        grade = "D"  # a lot is of goods "for parts", sold to a recycler
    grade = grade or rng.choices(GRADES, (2, 5, 30, 40, 23) if bad_end else (10, 28, 34, 20, 8))[0]
    attributes, notes = _describe(rng, category, brand, model, variant, grade)
    serial = _serial(rng, category, brand, serials)
    list_price = _nice(value * GRADE_FACTOR[grade] * rng.uniform(0.9, 1.05))
    cost = 0.0  # what the store pays: only a buy-back costs it anything at intake
    if acquisition == A.BUY_BACK:
        cost = list_price * rng.uniform(0.5, 0.7)
    cost_minor = max(1, round(cost) if cost < 100 else int(round(cost, -1))) * unit
    asking, floor = 0, None
    if acquisition in (A.CONSIGNMENT, A.MATCHMAKING):  # owners ask a little over the odds
        asking = _nice(list_price * rng.uniform(1.0, 1.12)) * unit
        floor = max(unit, _nice(asking / unit * rng.uniform(0.7, 0.85)) * unit)
        floor = min(floor, asking)
    if acquisition == A.LEASE_STOCK:
        attributes["rent_per_day_minor"] = max(1, int(value * 0.02)) * unit
        attributes["deposit_minor"] = max(1, int(round(value * 0.5, -1))) * unit
    at_kiosk = acquisition == A.BUY_BACK and value < 1500 and rng.random() < 0.08
    if at_kiosk:
        notes = (notes + "；" if notes else "") + "回收柜投递 kiosk drop-off"
    start_price = asking or list_price * unit
    bottom = floor if floor is not None else (cost_minor + cost_minor // 10 if acquisition == A.BUY_BACK else unit)
    moves = _plan_moves(rng, target, grade, start_price, bottom, unit, acquisition)
    received_at = _fit_in_time(rng, moves, horizon, target)
    location = "回收柜 Kiosk bin" if at_kiosk else rng.choice(LOCATIONS)
    return ItemPlan(category, acquisition, brand, model, variant, grade,
                    cost_minor if acquisition == A.BUY_BACK else 0, asking, floor, attributes,
                    notes, location, serial, at_kiosk, received_at, moves)


def _serial(rng: random.Random, category: str, brand: str, taken: set[str]) -> str:
    """A new IMEI (phones, some tablets) or serial number (other devices), unique in the demo."""
    while True:
        if category == "3c.phone" or (category == "3c.tablet" and rng.random() < 0.3):
            body = rng.choice(["35391110", "35328115", "86769304", "86281205", "35467311"]) \
                + f"{rng.randint(0, 999_999):06d}"
            serial = body + luhn.calc_check_digit(body)
        elif category.startswith("3c.") or (category == "appliances" and rng.random() < 0.6):
            head = rng.choice(SERIAL_PREFIX.get(brand, ("SN", "S")))
            tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(12 - len(head)))
            serial = head + tail
        else:
            return ""
        if serial not in taken:
            taken.add(serial)
            return serial


def _plan_moves(rng: random.Random, target: ItemState, grade: str, start_minor: int,
                bottom_minor: int, unit: int, acquisition: Acquisition) -> list[Move]:
    """The item's moves after intake; a price never goes under `bottom_minor` (the owner's
    lowest price, or a buy-back's cost and a tenth)."""
    moves, state, price, current_grade = [], S.RECEIVED, None, grade
    for to in _path(rng, acquisition, target):
        lo, hi = GAP_HOURS.get((state, to), DEFAULT_GAP)
        gap = int((lo + (hi - lo) * rng.random() ** 1.5) * HOUR)
        move = Move(to, max(gap, 60), reason=rng.choice(REASONS.get((state, to), ("",))))
        if to == S.GRADED:
            if state != S.RECEIVED and current_grade != "D" and rng.random() < 0.3:
                current_grade = GRADES[GRADES.index(current_grade) + 1]
            move.grade = current_grade
        if to == S.PRICED:
            if state == S.GRADED:
                price = int(start_minor * GRADE_FACTOR[current_grade] / GRADE_FACTOR[grade])
            elif state == S.ON_SHELF:
                price = int(price * rng.uniform(0.8, 0.9))
            else:
                price = int(price * rng.uniform(0.95, 1.05))
            new_price = max(bottom_minor, _nice(price / unit) * unit)
            if state == S.LABELLED and new_price == price:  # a correction changes the price
                new_price += (100 if price >= 1000 * unit else 10 if price >= 100 * unit else 1) * unit
            move.price_minor = price = new_price
        moves.append(move)
        state = to
    return moves


def _fit_in_time(rng: random.Random, moves: list[Move], horizon: int, target: ItemState) -> int:
    """Place the item's life inside the demo's days; returns when it was taken in."""
    end = horizon - 3600  # room to print labels in batches and to open the first drop-off
    total = sum(m.at for m in moves)
    room = 0.5 if target == S.RENTED_OUT else 0.9  # (time for its last rental to run late)
    if total > end * room:  # a long life squeezed into a short demo
        scale = end * room / total
        for m in moves:
            m.at = max(5, int(m.at * scale))
        total = sum(m.at for m in moves)
    latest = max(0, end - total)
    earliest = max(0, latest - RECENT_DAYS[target] * OPEN_SECONDS) if target in RECENT_DAYS else 0
    t = received = rng.randint(earliest, latest)
    for m in moves:
        t += m.at
        m.at = t
    return received


def _nice(yuan: float) -> int:
    """A shop price: 5899, 129, 25."""
    if yuan >= 1000:
        return max(1, int(round(yuan, -2)) - 1)
    if yuan >= 100:
        return max(1, int(round(yuan, -1)) - 1)
    return max(1, round(yuan))


def _describe(rng: random.Random, category: str, brand: str, model: str, variant: str,
              grade: str) -> tuple[dict, str]:
    """Attributes and an intake note in the clerk's words, as a category's checklist asks."""
    attrs: dict[str, object] = {}
    notes: list[str] = []
    worn = grade in ("C", "D")
    if category in ("3c.phone", "3c.tablet"):
        apple = brand == "Apple"
        colours = (["Midnight 午夜色", "Starlight 星光色", "Blue 蓝色", "Purple 紫色",
                    "Natural Titanium 原色钛金属"] if apple
                   else ["雅丹黑 Black", "白色 White", "南糯紫 Purple", "绿色 Green"])
        battery = rng.randint(72, 89) if worn else rng.randint(85, 100)
        attrs |= {"storage": variant, "colour": rng.choice(colours), "battery_health": battery}
        if category == "3c.phone":
            attrs |= {"network": "全网通 5G"}
        notes.append(f"battery {battery}%")
        pool = (["屏幕有轻微划痕", "边框有磕碰 dented corner", "后壳有裂纹 cracked back glass",
                 "屏幕有亮点 bright spot on screen"] if worn
                else ["无拆无修 never opened or repaired", "原装充电器 original charger",
                      "面容ID正常 Face ID works", "贴膜使用 always had a screen protector"])
        notes.append(rng.choice(pool))
    elif category == "3c.laptop":
        attrs |= {"config": variant, "battery_cycles": rng.randint(40, 900),
                  "keyboard": rng.choice(["中文 CN", "US"])}
        notes.append(rng.choice(["键盘有磨损 shiny keys", "A面划痕 scratches on lid"] if worn
                                else ["原装电源 original charger", "已重装系统 clean install"]))
    elif category == "3c.camera":
        attrs |= {"kit": variant, "shutter_count": rng.randint(2_000, 80_000)}
        notes.append(rng.choice(["镜头无霉无雾 lens clear", "含两块电池 two batteries",
                                 "卡口有使用痕迹 mount wear"]))
    elif category in ("3c.audio", "3c.watch", "3c.console"):
        attrs["variant"] = variant
        notes.append(rng.choice(["配件齐全 complete in box", "无包装 no box", "功能正常 all functions OK"]
                                + (["外观有使用痕迹 visible wear"] if worn else [])))
    elif category.startswith("clothing"):
        sizes = {"clothing.kids": ["110", "120", "130", "140", "150"],
                 "clothing.women": ["S", "M", "L", "XL"]}.get(category, ["M", "L", "XL", "XXL"])
        attrs |= {"size": rng.choice(sizes),
                  "colour": rng.choice(["黑色 black", "藏青 navy", "米色 beige", "灰色 grey", "红色 red"]),
                  "washed": True}
        notes.append(rng.choice(["袖口起球 slight pilling on cuffs", "有小污渍 small stain"] if worn
                                else ["吊牌还在 tags still attached", "穿过两次 worn twice",
                                      "已干洗 dry-cleaned"]))
    elif category == "bags":
        attrs |= {"colour": rng.choice(["Monogram 老花", "黑色 black", "焦糖色 tan", "Damier 棋盘格"]),
                  "date_code": f"{rng.choice(['AR', 'SD', 'FL', 'TJ'])}{rng.randint(1000, 4299)}",
                  "authenticated": True}
        notes.append(rng.choice(["已鉴定，含防尘袋 authenticated, dust bag included",
                                 "边角有磨损 worn corners", "内衬干净 clean lining"]))
    elif category == "appliances":
        attrs |= {"voltage": "220V", "year": rng.randint(2019, 2025)}
        notes.append(rng.choice(["通电测试正常 power-on test OK", "已清洁消毒 cleaned and sanitised",
                                 "缺说明书 no manual"]))
    elif category == "books":
        body = ("9781" if brand == "O'Reilly" else "9787") + f"{rng.randint(0, 99_999_999):08d}"
        attrs |= {"isbn": body + ean.calc_check_digit(body),
                  "condition": rng.choice(["九成新 like new", "八成新 good", "七成新 fair"])}
        notes.append(rng.choice(["有笔记 notes in margins", "书页微黄 pages slightly yellowed",
                                 "无划线 no underlining"]))
    elif category == "furniture":
        size = (rng.randint(40, 200), rng.randint(30, 90), rng.randint(40, 180))
        attrs |= {"dimensions_cm": "x".join(map(str, size)),
                  "material": rng.choice(["实木 solid wood", "刨花板 particleboard", "布艺 fabric"])}
        notes.append(rng.choice(["需自提 collection only", "桌面有划痕 scratches on top",
                                 "已拆装 flat-packed for transport"]))
    return attrs, "；".join(notes)
