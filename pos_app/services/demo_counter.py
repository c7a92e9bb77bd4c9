"""The demo's counter actions, each one call to the service its screen uses: sales, holds,
returns and voids, gift vouchers, the drawer's paid-ins, paid-outs and blind count.

A mix-in of demo_run.Runner (which holds the store's state as the demo goes: item codes and
states, people, open shifts). Amounts come from the services at the moment of the action:
the till's quote, the drawer's balance, a customer's store credit, a voucher's balance.
"""
from __future__ import annotations

from decimal import Decimal

from pos_app.clock import now
from pos_app.domain.denominations import label
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.domain.sale import Discount, Tender, round_cash
from pos_app.services import credit, holds, rentals, returns, sales, shifts, vouchers
from pos_app.services.demo_catalogue import BANKS, HOLD_TITLES, VOID_REASONS
from pos_app.services.demo_counter_plan import Basket, PaidOutPlan, VoucherPlan
from pos_app.services.demo_plan import OPEN_SECONDS

S, A, P = ItemState, Acquisition, Permission


class CounterDesk:
    """What happens at the tills, one service call per action."""

    def counter_events(self, horizon: int, act: int, expire: int) -> list[tuple]:
        """The counter plan's actions as (moment, order, action, arguments), for the schedule;
        `act` and `expire` are their places among actions at the same second."""
        cp, out = self.counter_plan, []
        for n, b in enumerate(cp.baskets):
            out.append((b.at, act, self.sell_basket, (n,)))
            if b.void_at is not None:
                out.append((b.void_at, act, self.void, (n,)))
        for h, hold in enumerate(cp.holds):
            out.append((hold.at, act, self.place_hold, (h,)))
            if hold.released_at is not None:
                out.append((hold.released_at, act, self.release_hold, (h,)))
        for lot in cp.lots:
            out.append((lot.at, act, self.sell_lot, (lot,)))
        for v in cp.vouchers:
            out.append((v.at, act, self.sell_voucher, (v,)))
        for p in cp.paid_outs:
            out.append((p.at, act, self.paid_out, (p,)))
        mornings = [d * OPEN_SECONDS + 1 for d in range(1, horizon // OPEN_SECONDS)]
        for at in [*mornings, horizon - 5]:  # lapsed holds are recorded each morning
            out.append((at, expire, self.expire_holds, ()))
        if cp.settle_at is not None:
            out.append((cp.settle_at, act, self.settle_contracts, ()))
        return out

    def figures(self) -> dict[str, int]:
        """The counters' figures for the summary, with what is still out or held at the end."""
        boss, t = self.staff.team.boss, self.tally
        still_out = rentals.active_rentals(self.db, boss)
        end = now()
        return {"sales": t["sales"], "items sold": t["items sold"], "returns": t["returns"],
                "voids": t["voids"], "gift vouchers": t["vouchers"],
                "holds placed": t["holds"], "holds sold": t["holds sold"],
                "holds released": t["holds released"], "holds expired": t["holds expired"],
                "holds waiting": len(holds.active_holds(self.db, boss)),
                "consignor payouts": t["payouts"], "rented out": t["rentals"],
                "rentals back": t["rentals returned"], "back late": t["returned late"],
                "damage fees": t["damage fees"], "rentals still out": len(still_out),
                "overdue": sum(1 for r in still_out if r.due_at < end),
                "deals": t["deals"], "lots": t["lots"], "items lotted": t["items lotted"],
                "contracts settled": t["contracts settled"], "paid in": t["paid_ins"],
                "paid out": t["paid_outs"]}

    # -- money ---------------------------------------------------------------------------------

    def _ref(self, kind: str) -> str:
        rng = self.rng
        if kind == "card":
            return f"银联 UnionPay {rng.randint(100000, 999999)}"
        if kind == "mobile":
            return f"{rng.choice(('微信 WeChat Pay', '支付宝 Alipay'))} {rng.randint(10**11, 10**12 - 1)}"
        return f"{rng.choice(BANKS)} {rng.randint(10**8, 10**9 - 1)}"

    def _handed(self, due: int) -> int:
        """The cash a customer hands over for `due`: the exact sum or the next round note."""
        if self.rng.random() < 0.35:
            return due
        step = self.rng.choice((10, 20, 50, 100)) * self.unit
        return -(-due // step) * step + (step if due % step == 0 else 0)

    def tenders(self, total: Money, pay: str, *, party: int | None = None,
                voucher: str | None = None, held: Money | None = None) -> list[Tender]:
        """How the customer pays `total`; `held` is what their credit or voucher holds."""
        due = total.minor
        if due <= 0:
            return []
        out: list[Tender] = []
        if pay in ("credit", "voucher") and held is not None and held.minor > 0:
            part = min(held.minor, due)
            out.append(Tender(pay, self.money(part), voucher or ""))
            due -= part
            pay = "cash" if pay == "voucher" else self.rng.choice(("card", "mobile"))
        elif pay in ("credit", "voucher"):
            pay = "card"
        if due <= 0:
            return out
        if pay == "split" and due > 2 * self.unit:
            card = max(self.unit, due * self.rng.randint(30, 70) // 100 // self.unit * self.unit)
            out.append(Tender("card", self.money(card), self._ref("card")))
            due -= card
            pay = "cash"
        if pay in ("card", "mobile", "transfer"):
            return out + [Tender(pay, self.money(due), self._ref(pay))]
        if not out and self.cash_step is not None:  # cash alone: the store's rounding applies
            due = round_cash(self.money(due), self.cash_step).minor
        return out + ([Tender("cash", self.money(self._handed(due)))] if due > 0 else [])

    def _balance(self, till: int) -> int:
        return shifts.drawer_balance(self.db, self.shift_of[till]).minor

    def _ensure_cash(self, till: int, amount: int) -> None:
        """Before cash is given back: a drawer that is short gets change from the bank."""
        short = amount - self._balance(till)
        if short > 0:
            step = 500 * self.unit
            shifts.pay_in(self.db, self.staff.actor(P.MANAGE_SHIFT, counter=till),
                          self.money(-(-short // step) * step), "银行换零 change from the bank")
            self.tally["paid_ins"] += 1

    def paid_out(self, p: PaidOutPlan) -> None:
        till = self.tills[p.till]
        amount = p.amount_units * self.unit
        if self._balance(till) >= amount:
            shifts.pay_out(self.db, self.staff.actor(P.MANAGE_SHIFT, counter=till),
                           self.money(amount), p.reason)
            self.tally["paid_outs"] += 1

    def count_drawer(self, target: int) -> dict[str, int] | None:
        """The blind count of `target` in the store's notes and coins (None: it has fen that
        no coin counted here makes, so the clerk enters the total)."""
        counts, rest = {}, target
        for note in self.notes:
            counts[label(note)], rest = divmod(rest, note.minor)
        return counts if rest == 0 else None

    # -- people --------------------------------------------------------------------------------

    def _customer(self, *, avoid: int | None = None) -> int | None:
        """A customer already on record (their id in the store), or None."""
        known = [p for p in self.customers if self.party_ids.get(p) != avoid]
        return self.party_ids[self.rng.choice(known)] if known else None

    def _with_credit(self) -> tuple[int, Money] | None:
        """A customer the store gave credit to who still has some."""
        for party in self.rng.sample(self.credit_holders, min(3, len(self.credit_holders))):
            held = credit.balance(self.db, party)
            if held.minor > 0:
                return party, held
        return None

    def _voucher(self, actor: Actor) -> tuple[str, Money] | None:
        """The oldest gift voucher sold here that still holds money."""
        while self.vouchers:
            held = vouchers.voucher(self.db, actor, self.vouchers[0]).balance
            if held.minor > 0:
                return self.vouchers[0], held
            self.vouchers.pop(0)
        return None

    # -- sales ---------------------------------------------------------------------------------

    def _discounts(self, kind: str | None, lines: list[sales.BasketLine], prices: list[int]):
        """The basket's lines with a line discount, and the sale discount, as the clerk types
        them; `prices` are the items' prices as the clerk last saw them."""
        rng = self.rng
        if kind is None:
            return lines, None
        n = rng.randrange(len(prices))  # the line a line discount is given on
        if kind == "big":
            pct = Decimal(rng.choice((15, 20, 25, 30)))
            if rng.random() < 0.5:
                return lines, Discount("percent", pct)
            kind, value = "line", Discount("percent", pct)
        elif kind in ("line_percent", "sale_percent"):
            value = Discount("percent", Decimal(rng.choice((5, 8, 10))))
        else:
            base = sum(prices) if kind.startswith("sale") else prices[n]
            off = min(rng.choice((5, 10, 20, 50)), base // self.unit // 20)
            if off <= 0:
                return lines, None
            value = Discount("amount", self.money(off * self.unit))
        if kind.startswith("sale"):
            return lines, value
        lines[n] = sales.BasketLine(lines[n].code, lines[n].quantity, value, lines[n].hold_id)
        return lines, None

    def sell_basket(self, n: int) -> None:
        b: Basket = self.counter_plan.baskets[n]
        till = self.tills[b.till]
        actor = self.staff.actor(P.SELL, counter=till)
        hold_id = self.hold_ids.get(b.hold) if b.hold is not None else None
        lines = [sales.BasketLine(self.codes[i], hold_id=hold_id) for i in b.items]
        sku = next((k for k, left in self.stock.items() if left >= b.stock), None) \
            if b.stock else None
        if sku is not None:
            lines.append(sales.BasketLine(sku, b.stock))
        pay, party, held, voucher = b.pay, None, None, None
        if pay == "credit" and (found := self._with_credit()) is not None:
            party, held = found
        elif pay == "voucher" and (found := self._voucher(actor)) is not None:
            voucher, held = found
        if party is None and b.customer:
            party = self._customer()
        lines, sale_discount = self._discounts(b.discount, lines,
                                               [self.prices[i] or 0 for i in b.items])
        totals, needs = sales.quote(self.db, actor, lines, sale_discount)
        override = None
        if needs and b.discount == "big":  # past the clerk's limit: a manager's PIN, or a manager
            override = self.staff.manager_pin(1.0, "discount")
            if override is None:
                actor = self.staff.actor(P.DISCOUNT_OVER_LIMIT, P.SELL, counter=till)
        elif needs:
            lines = [sales.BasketLine(x.code, x.quantity, None, x.hold_id) for x in lines]
            sale_discount = None
            totals, _ = sales.quote(self.db, actor, lines, None)
        record = sales.commit_sale(
            self.db, actor, lines, self.tenders(totals.total, pay, party=party, voucher=voucher,
                                                held=held),
            sale_discount=sale_discount, customer_party_id=party, override=override)
        for line in record.lines:
            if line.item_id is not None:
                index = self.index_of[line.code]
                self.sold[index] = (record.number, line.id, line.total.minor, party)
                self.states[index] = S.SOLD
            else:
                self.stock[line.code] -= line.quantity
                self.sold_stock[record.number] = [line.id, line.quantity, line.code,
                                                  line.total.minor // line.quantity]
        self.tally["sales"] += 1
        self.tally["items sold"] += len(b.items)
        self.tally["holds sold"] += int(hold_id is not None)
        if b.void_at is not None:
            self.to_void[n] = (record.number, till, record.total.minor)

    def void(self, n: int) -> None:
        number, till, total = self.to_void.pop(n)
        actor, override = self.staff.actor(P.SELL, counter=till), None
        if not actor.can(P.VOID):
            override = self.staff.manager_pin(0.5, "void")
            if override is None:  # the manager walks over and voids it themselves
                actor = self.staff.actor(P.VOID, counter=till)
        self._ensure_cash(till, total)
        returns.void_sale(self.db, actor, number, override=override,
                          reason=self.rng.choice(VOID_REASONS))
        for i in self.counter_plan.baskets[n].items:
            self.sold.pop(i)
            self.states[i] = S.ON_SHELF
        stock = self.sold_stock.pop(number, None)
        if stock:
            self.stock[stock[2]] += stock[1]
        self.tally["voids"] += 1

    def return_item(self, index: int, k: int) -> None:
        """The customer brings an item back: to the shelf or to re-inspection, the money to
        where it came from or (a customer on record) to store credit."""
        moves = self.items[index].moves
        number, line_id, amount, party = self.sold.pop(index)
        to_stock = k + 1 < len(moves) and moves[k + 1].to_state == S.ON_SHELF
        back = [returns.ReturnLine(line_id, 1, "stock" if to_stock else "reinspect")]
        stock = self.sold_stock.get(number)
        if stock and stock[1] > 0 and self.rng.random() < 0.3:  # the charger comes back too
            back.append(returns.ReturnLine(stock[0], 1, "stock"))
            stock[1] -= 1
            amount += stock[3] + 1  # (a fen more for a share that rounds up)
        till = self.rng.choice(self.tills)
        refund_to = "credit" if party is not None and self.rng.random() < 0.5 else "original"
        if refund_to == "original":
            self._ensure_cash(till, amount)
        actor, reason = self.staff.actor(P.SELL, counter=till), moves[k].reason
        try:
            returns.return_items(self.db, actor, number, back, refund_to=refund_to, reason=reason)
        except returns.ReturnWindowPassed:  # past the window: with a manager
            pair = self.staff.override()
            actor, override = pair if pair else (self.staff.actor(P.REFUND, counter=till), None)
            actor = Actor(actor.user_id, actor.username, actor.display_name, actor.role,
                          actor.store_id, till)
            returns.return_items(self.db, actor, number, back, refund_to=refund_to,
                                 override=override, reason=reason)
        if len(back) > 1:
            self.stock[stock[2]] += 1
        if refund_to == "credit":
            self._credit_holder(party)
        self.states[index] = S.ON_SHELF if to_stock else S.RETURNED
        self.tally["returns"] += 1

    def _credit_holder(self, party: int) -> None:
        if party not in self.credit_holders:
            self.credit_holders.append(party)

    def sell_voucher(self, v: VoucherPlan) -> None:
        till = self.tills[v.till]
        actor = self.staff.actor(P.SELL, counter=till)
        amount = self.money(v.amount_units * self.unit)
        code, _ = vouchers.sell_voucher(self.db, actor, amount,
                                        self.tenders(amount, self.rng.choice(("cash", "mobile"))))
        self.vouchers.append(code)
        self.tally["vouchers"] += 1

    # -- holds ---------------------------------------------------------------------------------

    def place_hold(self, h: int) -> None:
        plan = self.counter_plan.holds[h]
        actor = self.staff.actor(P.RESERVE, counter=self.rng.choice(self.tills))
        index = self.rng.choice(self.customers) if self.customers else None
        who = None if index is None else self.parties[index]
        surname = who.name.split()[-1][0] if who else "陈"
        view = holds.place_hold(self.db, actor, self.codes[plan.item],
                                customer_name=surname + self.rng.choice(HOLD_TITLES),
                                customer_phone=(who.phone or "") if who else "",
                                party_id=self.party_ids.get(index),
                                until=self.clock.at(plan.until))
        self.hold_ids[h] = view.id
        self.tally["holds"] += 1

    def release_hold(self, h: int) -> None:
        holds.release_hold(self.db, self.staff.actor(P.RESERVE), self.hold_ids[h])
        self.tally["holds released"] += 1

    def expire_holds(self) -> None:
        self.tally["holds expired"] += holds.expire_holds(self.db, None)
