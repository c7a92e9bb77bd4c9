"""The demo's desk beside the tills, each action one call to the service its screen uses:
rentals out and checked back in, consignors paid out, matchmaking deals closed and listings
withdrawn, lots sold to a recycler, expired consignment contracts settled.

A mix-in of demo_run.Runner, like demo_counter.CounterDesk, whose money helpers it uses
(tenders, the drawer's balance, customers on record).
"""
from __future__ import annotations

from decimal import Decimal

from pos_app.domain.item_states import ItemState
from pos_app.domain.roles import Actor, Permission
from pos_app.services import consignors, items, lots, matchmaking, rentals
from pos_app.services.demo_catalogue import DAMAGE_NOTES
from pos_app.services.demo_counter_plan import LotPlan
from pos_app.services.demo_plan import _nice

S, P = ItemState, Permission
LOTTABLE = (S.GRADED, S.ON_SHELF)
SETTLE_FROM = {"return": (S.RECEIVED, S.GRADED, S.PRICED, S.LABELLED, S.ON_SHELF, S.RETURNED),
               "donate": (S.GRADED, S.ON_SHELF)}
SETTLED_AS = {"return": S.RETURNED_TO_OWNER, "donate": S.DONATED}
PAYOUT_METHODS = ("cash", "transfer", "credit")


class Desk:
    """Rentals, consignors, deals, lots and contracts, one service call per action."""

    # -- rentals -------------------------------------------------------------------------------

    def rent_out(self, index: int, k: int) -> None:
        plan = self.counter_plan.rentals[(index, k)]
        till = self.rng.choice(self.tills)
        actor, code = self.staff.actor(P.RENT, counter=till), self.codes[index]
        party = self._customer()
        if party is None:
            raise RuntimeError("the demo has no customer to rent to yet")
        quote = rentals.quote_rent_out(self.db, actor, code, plan.periods)
        done = rentals.rent_out(self.db, actor, code, party, plan.periods,
                                self.tenders(quote.total, self.rng.choice(("card", "mobile", "cash"))))
        self.rental_of[index] = (done.rental.id, plan)
        self.states[index] = S.RENTED_OUT
        self.tally["rentals"] += 1

    def check_in(self, index: int, k: int) -> None:
        """A rental back: late fee from the due date, a damage fee when planned, the deposit
        given back less both; a write-off is a manager's."""
        rental_id, plan = self.rental_of.pop(index)
        to_state = self.items[index].moves[k].to_state
        till = self.rng.choice(self.tills)
        needed = (P.RENT, P.WRITE_OFF) if to_state == S.WRITTEN_OFF else (P.RENT,)
        actor = self.staff.actor(*needed, counter=till)
        fee, notes = None, ""
        if plan.damage:
            deposit = int(self.items[index].attributes.get("deposit_minor", 0))
            share = 1.0 if to_state == S.WRITTEN_OFF else self.rng.choice((0.1, 0.2, 0.3))
            fee = self.money(max(self.unit, int(deposit * share) // self.unit * self.unit))
            notes = self.items[index].moves[k].reason if to_state == S.WRITTEN_OFF \
                else self.rng.choice(DAMAGE_NOTES)
        quote = rentals.quote_check_in(self.db, actor, rental_id, fee)
        self._ensure_cash(till, quote.refund.minor)
        rentals.check_in(self.db, actor, rental_id, damage_fee=fee, damage_notes=notes,
                         to_state=to_state,
                         fee_tenders=self.tenders(quote.due, "card") if quote.due.minor else ())
        self.tally["rentals returned"] += 1
        self.tally["returned late"] += int(quote.days_late > 0)
        self.tally["damage fees"] += int(fee is not None)

    # -- consignors, deals, lots ---------------------------------------------------------------

    def pay_consignor(self, index: int, k: int) -> None:
        """The consignor comes for their money: what they are owed is paid (cash from the
        drawer, a bank transfer, or store credit with a bonus), and the sold item is settled."""
        till = self.rng.choice(self.tills)
        actor = self.staff.actor(P.PAY_CONSIGNORS, counter=till)
        party = self.party_ids[self.owner[index]]
        with self.db.read() as s:
            owed = consignors.owed_minor(s, party)
        if owed > 0:
            n = self.tally["payouts"]
            method = PAYOUT_METHODS[n] if n < len(PAYOUT_METHODS) else \
                self.rng.choices(PAYOUT_METHODS, (40, 40, 20))[0]
            if method == "cash" and self._balance(till) < owed:
                method = "transfer"  # too much for the drawer
            bonus = Decimal(self.rng.choice((5, 10))) if method == "credit" else None
            consignors.pay_out(self.db, actor, party, self.money(owed), method,
                               reference=self._ref("transfer") if method == "transfer" else "",
                               bonus_percent=bonus)
            if method == "credit":
                self._credit_holder(party)
            self.tally["payouts"] += 1
        items.transition(self.db, actor, self.codes[index], S.PAID_OUT,
                         reason=self.items[index].moves[k].reason)
        self.states[index] = S.PAID_OUT

    def _listing(self, actor: Actor, code: str) -> matchmaking.OpenListing:
        return next(x for x in matchmaking.open_listings(self.db, actor, code) if x.code == code)

    def close_deal(self, index: int) -> None:
        """A buyer found for a matchmaking listing: the deal price agreed, the store's fee paid
        by the seller or the buyer."""
        actor = self.staff.actor(P.SELL, counter=self.rng.choice(self.tills))
        code, item = self.codes[index], self.items[index]
        listing = self._listing(actor, code)
        asking = self.prices[index] or listing.asking.minor
        price = max(item.floor_minor or self.unit,
                    _nice(asking * self.rng.uniform(0.88, 1.0) / self.unit) * self.unit)
        fee = matchmaking.service_fee(self.money(price), listing.fee, listing.commission_bp)
        buyer = self._customer(avoid=listing.seller_party_id)
        paid_by = "buyer" if buyer is not None and self.rng.random() < 0.3 else "seller"
        matchmaking.close_deal(self.db, actor, listing.id, self.money(price),
                               self.tenders(fee, self.rng.choice(("cash", "mobile", "card"))),
                               buyer_party_id=buyer, paid_by=paid_by)
        self.states[index] = S.PAID_OUT
        self.tally["deals"] += 1

    def withdraw_listing(self, index: int, k: int) -> None:
        actor = self.staff.actor(P.SELL)
        listing = self._listing(actor, self.codes[index])
        matchmaking.withdraw_listing(self.db, actor, listing.id,
                                     self.items[index].moves[k].reason or "物主取回 owner took it back")
        self.states[index] = S.RETURNED_TO_OWNER

    def sell_lot(self, lot: LotPlan) -> None:
        """The day's goods for parts to a recycler, paid by bank transfer or in cash."""
        members = [i for i in lot.items if self.states[i] in LOTTABLE]
        buyer = self.party_ids[self.rng.choice(self.businesses)] if self.businesses \
            else self._customer()
        if not members:
            return
        if buyer is None:  # nobody to sell to: the goods go out as the plan says
            for i in members:
                items.transition(self.db, self.staff.actor(P.WRITE_OFF), self.codes[i],
                                 S.LOTTED_OUT, reason="lot")
                self.states[i] = S.LOTTED_OUT
            return
        till = self.tills[lot.till]
        actor = self.staff.actor(P.WRITE_OFF, P.SELL, counter=till)
        worth = sum(max(self.unit, (self.prices[i] or self.costs[i] or 100 * self.unit) // 4)
                    for i in members)
        total = self.money(max(self.unit, _nice(worth / self.unit) * self.unit))
        pay = "transfer" if self.rng.random() < 0.7 else "cash"
        lots.sell_lot(self.db, actor, [self.codes[i] for i in members], total, buyer,
                      self.tenders(total, pay), note="整批出售 sold as one lot for parts")
        for i in members:
            self.states[i] = S.LOTTED_OUT
        self.tally["lots"] += 1
        self.tally["items lotted"] += len(members)

    def settle_contracts(self) -> None:
        """Consignment contracts that have run out: their goods still in the store go back to
        the owner or are donated, as each contract says."""
        actor = self.staff.actor(P.PAY_CONSIGNORS, P.WRITE_OFF)
        held = {self.codes[self.counter_plan.holds[h].item] for h in self.hold_ids}
        for contract in consignors.expiring_contracts(self.db, actor, 0):
            if not contract.expired or contract.action not in SETTLE_FROM:
                continue
            codes = [c.code for c in contract.items
                     if c.state in SETTLE_FROM[contract.action] and c.code not in held]
            if not codes:
                continue
            done = consignors.settle_expired(self.db, actor, contract.id, contract.action, codes)
            for code in done.codes:
                if code in self.index_of:
                    self.states[self.index_of[code]] = SETTLED_AS[contract.action]
            self.tally["contracts settled"] += 1
