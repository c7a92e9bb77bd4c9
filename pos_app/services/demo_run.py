"""Writing the demo's plan through the services the screens use, one call per user action.

Every action has its moment on the store's clock; they run in that order, so the audit chain,
the outbox and the drawers read like real days: shifts opened with a float and closed with a
blind count, sellers recorded with their ID, drop-offs typed line by line and completed with
the payment, items inspected against their checklist, priced, queued and printed in label
batches, shelved, and then on through the rest of their lives at the counters (demo_counter):
sold, held, returned, rented out and back, paid out to their owner, lotted out.
"""
from __future__ import annotations

import heapq
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from pos_app.clock import set_to
from pos_app.domain.item_states import TRANSITIONS, Acquisition, ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission, Role
from pos_app.errors import ValidationError
from pos_app.services import (
    checklists,
    grading,
    intake,
    items,
    label_queue,
    parties,
    pricing,
    settings,
    shifts,
    stock,
)
from pos_app.services.demo_answers import ItemFacts, inspect_answers
from pos_app.services.demo_counter import CounterDesk
from pos_app.services.demo_counter_plan import CounterPlan
from pos_app.services.demo_desk import Desk
from pos_app.services.demo_intake import KIOSK, TILLS, StorePlan
from pos_app.services.demo_plan import OPEN_SECONDS, ROLE_WEIGHT, ItemPlan, PartyPlan, _nice
from pos_app.services.intake_complete import DuplicateDevice
from pos_app.services.store_db import StoreDB
from pos_app.services.users import ManagerOverride

S, A, P = ItemState, Acquisition, Permission
# A manager's PIN is an argon2 check: a handful show how it is done, at the back counter's
# intakes and at the tills (discounts past the limit, voids, returns past their window).
MAX_OVERRIDES = {"intake": 8, "discount": 3, "void": 2, "return": 1}
# Suggestions a grader follows: sales of the same model. A category's median says little
# about one model's price, so then the grader prices from the catalogue instead.
COMPARABLE = ("grade", "model")

# The order of actions that fall on the same second.
(OPEN_SHIFT, ADD_PARTY, IDENTITY, START, LINE, NOTES, TERMS, COMPLETE, MOVE, QUEUE, PRINT,
 UNQUEUE, EXPIRE, COUNTER, CLOSE_SHIFT) = range(15)


class Clock:
    """Opening-time seconds to the wall clock: the store is open 10:00-21:00 every day."""

    def __init__(self, start: datetime) -> None:
        self.start = start

    def at(self, seconds: int) -> datetime:
        day, rest = divmod(seconds, OPEN_SECONDS)
        return self.start + timedelta(days=day, seconds=rest)


@dataclass
class Team:
    """The store's active staff (each at their usual counter), its counters by name, and the
    managers whose PINs the demo knows."""

    people: list[Actor]
    counters: dict[str, int]
    managers_with_pin: list[tuple[str, str]]
    boss: Actor


class Staff:
    """Who does each action: the store's people by role, weighted as in ROLE_WEIGHT."""

    def __init__(self, team: Team, rng: random.Random) -> None:
        self.team, self.rng = team, rng
        self.overrides = dict.fromkeys(MAX_OVERRIDES, 0)

    def actor(self, *needed: Permission, counter: int | None = None) -> Actor:
        weights = ROLE_WEIGHT.get(needed[0], {Role.MANAGER: 10, Role.ADMIN: 1})
        able = [a for a in self.team.people if all(a.can(p) for p in needed)]
        pool = [a for a in able if a.role in weights] or able or [self.team.boss]
        chosen = self.rng.choices(pool, [weights.get(a.role, 1) for a in pool])[0]
        if counter is not None:
            chosen = Actor(chosen.user_id, chosen.username, chosen.display_name, chosen.role,
                           chosen.store_id, counter)
        return chosen

    def manager_pin(self, chance: float, where: str = "intake") -> ManagerOverride | None:
        """Now and then a manager types their PIN for someone (few: each is an argon2 check)."""
        team = self.team
        if self.overrides[where] >= MAX_OVERRIDES[where] or not team.managers_with_pin \
                or self.rng.random() > chance:
            return None
        self.overrides[where] += 1
        return ManagerOverride(*self.rng.choice(team.managers_with_pin))

    def override(self) -> tuple[Actor, ManagerOverride] | None:
        """A clerk refunding with a manager's PIN."""
        clerks = [a for a in self.team.people if a.role == Role.CLERK]
        pin = self.manager_pin(0.5, "return") if clerks else None
        return None if pin is None else (self.rng.choice(clerks), pin)


@dataclass
class Outcome:
    states: list[ItemState]
    intakes: dict[str, int]  # completed, by kind
    drafts: int
    inspections: int
    labels_waiting: int
    shifts: int
    over_short: int  # shifts whose count differed from what the drawer should hold
    counter: dict[str, int]  # what happened at the tills, by kind


class Runner(CounterDesk, Desk):
    def __init__(self, db: StoreDB, team: Team, store: StorePlan, items_: list[ItemPlan],
                 parties_: list[PartyPlan], currency: str, seed: int,
                 counter_plan: CounterPlan) -> None:
        self.db, self.plan, self.items, self.parties = db, store, items_, parties_
        self.counter_plan = counter_plan
        self.currency, self.seed = currency, seed
        self.unit = 10 ** Money.zero(currency).exponent
        self.staff = Staff(team, random.Random(f"{seed}-staff"))
        self.rng = random.Random(f"{seed}-run")
        tills = [team.counters[c] for c in TILLS if c in team.counters] or \
            [c for n, c in team.counters.items() if n != KIOSK][:1]
        self.counter_of = {name: team.counters.get(name, tills[n % len(tills)] if tills else None)
                           for n, name in enumerate((*TILLS, KIOSK))}
        if not tills:
            raise ValidationError("The store has no counter to ring up the demo's sales; add a "
                                  "counter first.")
        self.tills = [self.counter_of[name] for name in TILLS]
        self.limit = Money.of(int(settings.get_settings(db, team.boss.store_id)
                                  ["buy_back_quote_limit"]), currency)
        self.party_ids: dict[int, int] = {}
        self.known: set[int] = set()  # people the store had on record before the demo
        self.intake_ids: dict[int, int] = {}
        self.intake_actor: dict[int, Actor] = {}
        self.codes: list[str] = [""] * len(items_)
        self.states: list[ItemState] = [S.RECEIVED] * len(items_)
        self.prices: list[int | None] = [None] * len(items_)
        self.grades: list[str | None] = [None] * len(items_)
        self.planned: list[int | None] = [None] * len(items_)  # the plan's last price
        self.costs: list[int] = [0] * len(items_)
        self.shift_of: dict[int, int] = {}  # counter -> its open shift
        self.definitions: dict[str, dict] = {}
        self.done = {"inspections": 0, "shifts": 0, "drafts": 0, "over_short": 0}
        self.kinds: dict[str, int] = {}
        self._counter_state(db, team, store)

    def _counter_state(self, db: StoreDB, team: Team, store: StorePlan) -> None:
        """What the tills keep track of as the demo goes (demo_counter)."""
        self.owner = {line.item: ip.party for ip in store.intakes if ip.status == "completed"
                      for line in ip.lines if ip.party is not None}
        self.index_of: dict[str, int] = {}
        self.customers: list[int] = []  # people on record (party plans) who may buy or rent
        self.businesses: list[int] = []  # ... and firms, who buy lots
        self.credit_holders: list[int] = []  # party ids the store has given store credit
        self.sold: dict[int, tuple[str, int, int, int | None]] = {}  # item -> its receipt line
        self.sold_stock: dict[str, list] = {}  # receipt -> [line, quantity left, sku, unit total]
        self.to_void: dict[int, tuple[str, int, int]] = {}
        self.hold_ids: dict[int, int] = {}
        self.rental_of: dict[int, tuple] = {}
        self.vouchers: list[str] = []
        self.stock = {line.sku: line.quantity for line in stock.list_stock(db, team.boss.store_id)}
        step = settings.get_settings(db, team.boss.store_id)["cash_rounding"]
        self.cash_step = None if step == "none" else Money.of(str(step), self.currency)
        self.notes: tuple[Money, ...] = ()
        self.tally: Counter[str] = Counter()

    def money(self, minor: int) -> Money:
        return Money(minor, self.currency)

    # -- the schedule ------------------------------------------------------------------------

    def schedule(self) -> list[tuple[int, int, int, Callable[..., None], tuple]]:
        plan, out = self.plan, []
        seen_shifts: set[tuple[int, int]] = set()
        for sh in plan.shifts:
            counter = self.counter_of.get(sh.counter)
            if counter is None or (sh.opens_at, counter) in seen_shifts:
                continue
            seen_shifts.add((sh.opens_at, counter))
            out.append((sh.opens_at, OPEN_SHIFT, self.open_shift, (counter,)))
            out.append((sh.closes_at, CLOSE_SHIFT, self.close_shift, (counter, sh.over_short_minor)))
        first_use = {i.party: i.started_at for i in reversed(plan.intakes) if i.party is not None}
        for index, party in enumerate(self.parties):
            at = min(party.at, first_use[index] - 90) if index in first_use else party.at
            out.append((at, ADD_PARTY, self.add_party, (index,)))
        for index, at in plan.identity_at.items():
            out.append((at, IDENTITY, self.set_identity, (index,)))
        for n, ip in enumerate(plan.intakes):
            out.append((ip.started_at, START, self.start_intake, (n,)))
            for k, at in enumerate(ip.line_times):
                out.append((at, LINE, self.add_line, (n, k)))
            if ip.notes:
                out.append((ip.line_times[-1] + 20, NOTES, self.set_notes, (n,)))
            if ip.status == "completed":
                if ip.terms:
                    out.append((ip.at - 15, TERMS, self.set_terms, (n,)))
                out.append((ip.at, COMPLETE, self.complete, (n,)))
            elif ip.status == "cancelled":
                out.append((ip.at, COMPLETE, self.cancel, (n,)))
        skip = self.counter_plan.skip  # made by a sale, a hold, a lot, a return or a deal
        for index, item in enumerate(self.items):
            for k, m in enumerate(item.moves):
                if m.to_state == S.LABELLED:
                    continue  # printed with its batch
                if (index, k) not in skip:
                    out.append((m.at, MOVE, self.move, (index, k)))
                came_from = item.moves[k - 1].to_state if k else S.RECEIVED
                if m.to_state == S.PRICED and came_from == S.LABELLED and k + 1 < len(item.moves) \
                        and item.moves[k + 1].to_state != S.LABELLED:
                    out.append((item.moves[k + 1].at, UNQUEUE, self.unqueue, (index,)))
        for (index, k), at in plan.queued.items():
            came_from = self.items[index].moves[k - 1].to_state if k else S.RECEIVED
            if came_from != S.LABELLED:  # a new price on a printed label queued one already
                out.append((at, QUEUE, self.queue, (index,)))
        for batch in plan.batches:
            out.append((batch.at, PRINT, self.print_batch, (batch.items,)))
        out += self.counter_events(self.horizon, COUNTER, EXPIRE)
        events = [(at, order, n, fn, args) for n, (at, order, fn, args) in enumerate(out)]
        heapq.heapify(events)
        return events

    @property
    def horizon(self) -> int:
        """The end of the demo's last day, in opening-time seconds."""
        return max((sh.closes_at + 1 for sh in self.plan.shifts), default=OPEN_SECONDS)

    def run(self, clock: Clock, progress: Callable[[int, int], None] | None) -> Outcome:
        self.clock = clock
        events = self.schedule()
        total, done = len(events), 0
        while events:
            at, _order, _n, fn, args = heapq.heappop(events)
            with set_to(clock.at(at)):
                fn(*args)
            done += 1
            if progress is not None and (done % 250 == 0 or done == total):
                progress(done, total)
        waiting = len(label_queue.pending(self.db))
        with set_to(clock.at(self.horizon - 1)):  # what is overdue and held at the end
            figures = self.figures()
        return Outcome(self.states, self.kinds, self.done["drafts"], self.done["inspections"],
                       waiting, self.done["shifts"], self.done["over_short"], figures)

    # -- the drawer --------------------------------------------------------------------------

    def open_shift(self, counter: int) -> None:
        actor = self.staff.actor(P.MANAGE_SHIFT, counter=counter)
        current = shifts.current_shift(self.db, counter)
        if current is None:  # (a store that had a shift open: the demo carries on with it)
            current = shifts.open_shift(self.db, actor, self.money(self.plan.float_minor))
        self.shift_of[counter] = current.id
        if not self.notes:
            self.notes = shifts.drawer_denominations(self.db, actor)

    def close_shift(self, counter: int, over_short: int) -> None:
        """The blind count: the notes and coins in the drawer, which differ now and then from
        what the drawer should hold by `over_short`."""
        actor = self.staff.actor(P.MANAGE_SHIFT, counter=counter)
        expected = shifts.drawer_balance(self.db, self.shift_of.pop(counter)).minor
        counted = max(0, expected + over_short)
        counts = self.count_drawer(counted)
        closed = shifts.close_shift(self.db, actor, None if counts else self.money(counted),
                                    counts=counts)
        self.done["shifts"] += 1
        self.done["over_short"] += int(closed.over_short.minor != 0)

    # -- people ------------------------------------------------------------------------------

    def add_party(self, index: int) -> None:
        plan, actor = self.parties[index], self.staff.actor(P.INTAKE)
        if plan.id_number:  # the counter looks the ID up first: a person seen before
            known = parties.find_by_identity(self.db, actor, plan.id_type, plan.id_number)
            if known is not None:  # (the same demo added to this store once already)
                self.party_ids[index] = known.id
                self.known.add(index)
                self._on_record(index)
                return
        view = parties.add_party(
            self.db, actor, plan.name, phone=plan.phone, email=plan.email,
            kind=plan.kind, is_seller="seller" in plan.roles,
            is_consignor="consignor" in plan.roles, is_renter="renter" in plan.roles,
            is_buyer="buyer" in plan.roles, notes=plan.notes)
        self.party_ids[index] = view.id
        self._on_record(index)

    def _on_record(self, index: int) -> None:
        (self.businesses if self.parties[index].kind == "business" else self.customers).append(index)

    def set_identity(self, index: int) -> None:
        plan = self.parties[index]
        if index in self.known:
            return
        parties.set_identity(self.db, self.staff.actor(P.INTAKE), self.party_ids[index],
                             plan.id_type, plan.id_number)

    # -- intakes -----------------------------------------------------------------------------

    def start_intake(self, n: int) -> None:
        ip = self.plan.intakes[n]
        actor = self.staff.actor(P.INTAKE, counter=self.counter_of.get(ip.counter))
        party = None if ip.party is None else self.party_ids[ip.party]
        view = intake.start_intake(self.db, actor, ip.kind, party)
        self.intake_ids[n], self.intake_actor[n] = view.id, actor
        if ip.status == "draft":
            self.done["drafts"] += 1

    def add_line(self, n: int, k: int) -> None:
        ip = self.plan.intakes[n]
        line, item = ip.lines[k], ip.lines[k].facts
        amount = line.amount_minor
        if ip.kind == A.BUY_BACK:  # the line editor offers the quote from the store's own sales
            what = {"category": item.category, "brand": item.brand, "model": item.model,
                    "grade": item.grade}
            if pricing.suggest_price(self.db, **what).scope in COMPARABLE:
                amount = pricing.quote(self.db, **what).minor or amount
            line.amount_minor = amount
        intake.add_line(
            self.db, self.intake_actor[n], self.intake_ids[n], category=item.category,
            brand=item.brand, model=item.model, serial=item.serial or None,
            attributes=item.attributes, notes=item.notes, amount=self.money(amount),
            floor=None if line.floor_minor is None else self.money(line.floor_minor),
            deposit=None if line.deposit_minor is None else self.money(line.deposit_minor))

    def set_notes(self, n: int) -> None:
        intake.set_notes(self.db, self.intake_actor[n], self.intake_ids[n],
                         self.plan.intakes[n].notes)

    def set_terms(self, n: int) -> None:
        terms = dict(self.plan.intakes[n].terms)
        for key in ("fee", "listing_fee"):
            if f"{key}_minor" in terms:
                terms[key] = self.money(terms.pop(f"{key}_minor"))
        intake.set_terms(self.db, self.intake_actor[n], self.intake_ids[n], **terms)

    def cancel(self, n: int) -> None:
        intake.cancel_intake(self.db, self.intake_actor[n], self.intake_ids[n],
                             self.plan.intakes[n].reason)

    def complete(self, n: int) -> None:
        ip, actor = self.plan.intakes[n], self.intake_actor[n]
        total = sum(line.amount_minor for line in ip.lines)
        method, override = ip.payment, None
        if method == "cash" and (actor.counter_id not in self.shift_of
                                 or self._balance(actor.counter_id) < total):
            method = "transfer"  # the drawer is short today: the seller is paid by transfer
        if ip.kind == A.BUY_BACK and not actor.can(P.PRICE_OVERRIDE) and any(
                line.amount_minor > self.limit.minor for line in ip.lines):
            override = self.staff.manager_pin(0.5)
            if override is None:  # a manager takes the drop-off over at the same counter
                actor = self.staff.actor(P.PRICE_OVERRIDE, P.INTAKE, counter=actor.counter_id)
        kwargs: dict = {}
        if ip.kind == A.BUY_BACK:
            kwargs = {"payment_method": method, "payment_ref": ip.payment_ref,
                      "credit_bonus_percent": ip.bonus_percent}
        try:
            done = intake.complete_intake(self.db, actor, self.intake_ids[n], override=override,
                                          **kwargs)
        except DuplicateDevice as seen:  # a device the store had before (an earlier demo)
            allow = {seen.params["serial"]: "再次回收，已核对 bought again, checked"}
            for line in ip.lines:
                if line.facts.serial and line.facts.serial != seen.params["serial"]:
                    allow[line.facts.serial] = allow[seen.params["serial"]]
            done = intake.complete_intake(self.db, actor, self.intake_ids[n], override=override,
                                          allow_duplicate_of=allow, **kwargs)
        if method == "credit" and ip.party is not None:
            self._credit_holder(self.party_ids[ip.party])
        self.kinds[ip.kind] = self.kinds.get(ip.kind, 0) + 1
        for line, code in zip(ip.lines, done.item_codes, strict=True):
            self.codes[line.item] = code
            self.index_of[code] = line.item
            self.costs[line.item] = line.amount_minor if ip.kind == A.BUY_BACK else 0
            if ip.kind in (A.CONSIGNMENT, A.MATCHMAKING):
                self.prices[line.item] = line.amount_minor

    # -- items -------------------------------------------------------------------------------

    def definition(self, category: str) -> dict:
        if category not in self.definitions:
            self.definitions[category] = checklists.for_category(self.db, category).definition
        return self.definitions[category]

    def move(self, index: int, k: int) -> None:
        """One planned move, made by the service whose screen makes it (demo_counter for the
        tills); a move no screen has its own action for is an item transition."""
        m, item = self.items[index].moves[k], self.items[index]
        state, code = self.states[index], self.codes[index]
        if state == S.RENTED_OUT:
            self.check_in(index, k)
            if m.to_state == S.GRADED:  # the grader re-inspects what came back
                self.inspect(index, k, S.GRADED)
        elif m.to_state == S.GRADED:
            self.inspect(index, k, state)
        elif m.to_state == S.PRICED:
            self.price(index, k, state)
        elif m.to_state == S.SOLD:  # a matchmaking buyer: the deal is closed
            return self.close_deal(index)
        elif m.to_state == S.RETURNED:
            return self.return_item(index, k)
        elif m.to_state == S.RENTED_OUT:
            return self.rent_out(index, k)
        elif m.to_state == S.PAID_OUT:
            return self.pay_consignor(index, k)
        elif m.to_state == S.RETURNED_TO_OWNER and item.acquisition == A.MATCHMAKING:
            return self.withdraw_listing(index, k)
        else:
            permission = TRANSITIONS[(state, m.to_state)]
            items.transition(self.db, self.staff.actor(permission), code, m.to_state,
                             reason=m.reason)
        self.states[index] = m.to_state

    def inspect(self, index: int, k: int, state: ItemState) -> None:
        item, m = self.items[index], self.items[index].moves[k]
        # a rental's return is checked in by someone who may both grade and take rentals back
        needed = (P.GRADE, P.RENT) if state == S.RENTED_OUT else (P.GRADE,)
        facts = ItemFacts(item.category, item.brand, item.model, item.variant, item.attributes,
                          item.notes, item.serial)
        found = inspect_answers(self.definition(item.category), m.grade, facts,
                                random.Random(f"{self.seed}-inspect-{index}-{k}"))
        done = grading.inspect_item(self.db, self.staff.actor(*needed), self.codes[index],
                                    found.answers, override_grade=found.override_grade,
                                    override_reason=found.override_reason)
        self.grades[index] = done.grade
        self.done["inspections"] += 1

    def price(self, index: int, k: int, state: ItemState) -> None:
        """Price a graded item (from comparable sales, else the catalogue or the owner's asking
        price), or change a price by the step the plan took: never under the owner's lowest
        price, nor a buy-back under its cost and a tenth."""
        item, m, unit = self.items[index], self.items[index].moves[k], self.unit
        code, current, before = self.codes[index], self.prices[index], self.planned[index]
        cost = self.costs[index]
        bottom = item.floor_minor or (cost + cost // 10 + unit if item.acquisition == A.BUY_BACK
                                      else unit)
        if state in (S.ON_SHELF, S.LABELLED) and current and before:
            price = max(bottom, _nice(current * m.price_minor / before / unit) * unit)
        else:
            price = max(bottom, m.price_minor)
        self.planned[index] = m.price_minor
        if state == S.ON_SHELF:  # a markdown: off the shelf, a new price, a new label
            price = min(price, current or price)
            items.transition(self.db, self.staff.actor(P.PRICE), code, S.PRICED, reason=m.reason,
                             price=self.money(price))
        elif state == S.LABELLED:  # a correction on a printed label: a manager's right
            if price == current:
                price += unit * (10 if price >= 100 * unit else 1)
            pricing.set_price(self.db, self.staff.actor(P.PRICE_OVERRIDE), code,
                              self.money(price), m.reason)
        else:
            actor = self.staff.actor(P.PRICE)
            if item.acquisition in (A.BUY_BACK, A.LEASE_STOCK):
                hint = pricing.suggest_price(self.db, category=item.category, brand=item.brand,
                                             model=item.model, grade=self.grades[index] or item.grade)
                if hint.price is not None and hint.scope in COMPARABLE:
                    price = max(bottom, hint.price.minor)
            if price == current:  # the owner's asking price stands: priced as it is
                items.transition(self.db, actor, code, S.PRICED, reason=m.reason,
                                 price=self.money(price))
            else:
                pricing.set_price(self.db, actor, code, self.money(price), m.reason)
        self.prices[index] = price

    def queue(self, index: int) -> None:
        label_queue.queue(self.db, self.staff.actor(P.PRINT_LABELS), [self.codes[index]])

    def unqueue(self, index: int) -> None:
        """A label queued for an item that left the shelf's way: taken out of the queue."""
        jobs = [p.job_id for p in label_queue.pending(self.db) if p.code == self.codes[index]]
        if jobs:
            label_queue.remove(self.db, self.staff.actor(P.PRINT_LABELS), jobs)

    def print_batch(self, members: list[int]) -> None:
        wanted = {self.codes[i]: i for i in members}
        jobs = [p.job_id for p in label_queue.pending(self.db) if p.code in wanted]
        moved = label_queue.mark_printed(self.db, self.staff.actor(P.PRINT_LABELS), jobs)
        if len(moved) != len(wanted):
            raise RuntimeError(f"the demo's label batch went wrong: {len(moved)} of "
                               f"{len(wanted)} labelled")
        for code in moved:
            self.states[wanted[code]] = S.LABELLED
