"""A consignor's account: their items in the store, sold and gone back; what the store owes them
(the sum of their consignor_entries ledger, never a stored balance); paying it out; and a
statement of the ledger for a period.

Contracts coming to their end, and what is done with the items left, live in
pos_app.services.consignment_expiry (expiring_contracts and settle_expired, re-exported here).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain.item_states import IN_STORE, Acquisition, ItemState
from pos_app.domain.masking import mask_name, mask_phone
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, ValidationError
from pos_app.models import (
    AuditEntry,
    ConsignmentContract,
    ConsignorEntry,
    ConsignorPayout,
    Item,
    ItemEvent,
    Party,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Store,
    User,
)
from pos_app.services import credit, journal, pricing, settings, shifts, users
from pos_app.services.consignment_expiry import (  # noqa: F401 - part of this module's API
    DUE,
    SETTLED_ACTION,
    expiring_contracts,
    settle_expired,
)
from pos_app.services.sale_writer import locked_shift
from pos_app.services.store_db import StoreDB

METHODS = ("cash", "transfer", "credit")
ENDED = (ItemState.RETURNED_TO_OWNER.value, ItemState.DONATED.value)


@dataclass(frozen=True)
class ItemInStore:
    code: str
    name: str
    grade: str | None
    state: ItemState
    price: Money | None  # today's shelf price, markdowns applied
    days_on_shelf: int | None  # None until it first went on the shelf
    contract_number: str | None
    contract_expires_on: date | None
    expired: bool  # the contract has ended and the item waits for its action
    action_due: str | None  # return | donate | convert, once expired


@dataclass(frozen=True)
class ItemSold:
    code: str
    name: str
    sale_number: str
    sold_at: datetime
    sale_price: Money  # what the customer paid for the line
    share: Money  # the consignor's share of it
    returned: bool  # given back or voided since: the share was reversed


@dataclass(frozen=True)
class ItemEnded:
    code: str
    name: str
    outcome: str  # returned_to_owner | donated | store_stock
    at: datetime
    contract_number: str | None


@dataclass(frozen=True)
class PayoutView:
    id: int
    at: datetime
    method: str
    amount: Money  # taken off what is owed
    bonus: Money  # extra store credit on top
    reference: str
    by: str


@dataclass(frozen=True)
class ConsignorAccount:
    party_id: int
    name: str
    phone: str
    owed: Money
    store_credit: Money
    in_store: tuple[ItemInStore, ...]
    sold: tuple[ItemSold, ...]
    ended: tuple[ItemEnded, ...]
    payouts: tuple[PayoutView, ...]


@dataclass(frozen=True)
class ConsignorSummary:
    party_id: int
    name: str
    phone: str
    owed: Money
    in_store: int
    sold: int


@dataclass(frozen=True)
class StatementLine:
    at: datetime
    kind: str  # sale_share | return_reversal | payout | adjustment
    amount: Money
    balance: Money  # after this line
    item_code: str
    item_name: str
    reference: str  # the sale or refund number, or the payout's method reference
    payout_method: str | None
    note: str


@dataclass(frozen=True)
class Statement:
    store_name: str
    store_code: str
    party_id: int
    name: str  # masked, as every printed paper shows a person
    date_from: date
    date_to: date
    opening: Money
    lines: tuple[StatementLine, ...]
    closing: Money
    made_at: datetime


# ----------------------------------------------------------------------------- reading


def _store(s: Session, store_id: int) -> Store:
    return s.get(Store, store_id)


def _party(s: Session, actor: Actor, party_id: int, *, for_update: bool = False) -> Party:
    stmt = select(Party).where(Party.id == party_id)
    party = s.scalars(stmt.with_for_update() if for_update else stmt).first()
    if party is None or party.store_id != actor.store_id:
        raise NotFound(what="Person", key=str(party_id))
    return party


def owed_minor(s: Session, party_id: int) -> int:
    """What the store owes the consignor now, inside the caller's session."""
    return int(s.scalar(select(func.coalesce(func.sum(ConsignorEntry.amount_minor), 0))
                        .where(ConsignorEntry.party_id == party_id)))


def _shown(actor: Actor, party: Party) -> tuple[str, str]:
    if actor.can(Permission.REVEAL_PERSONAL_DATA):
        return party.name, party.phone or ""
    return mask_name(party.name), mask_phone(party.phone)


def _name(brand: str, model: str, fallback: str) -> str:
    return " ".join(part for part in (brand, model) if part) or fallback


def _on_shelf_since():
    return (select(func.min(ItemEvent.at))
            .where(ItemEvent.item_id == Item.id, ItemEvent.to_state == ItemState.ON_SHELF.value)
            .correlate(Item).scalar_subquery())


def _in_store(s: Session, party_id: int, currency: str, today: date) -> list[ItemInStore]:
    rows = s.execute(
        select(Item.code, Item.brand, Item.model, Item.grade, Item.state,
               ConsignmentContract.number, ConsignmentContract.expires_on,
               ConsignmentContract.at_expiry, _on_shelf_since())
        .outerjoin(ConsignmentContract, ConsignmentContract.id == Item.contract_id)
        .where(Item.owner_party_id == party_id,
               Item.acquisition == Acquisition.CONSIGNMENT.value,
               Item.state.in_([st.value for st in IN_STORE]))
        .order_by(Item.id)).all()
    shelf = pricing.priced_items(s, [r.code for r in rows])
    out = []
    for code, brand, model, grade, state, number, expires, at_expiry, since in rows:
        found = shelf.get(code)
        expired = expires is not None and expires < today
        out.append(ItemInStore(
            code, _name(brand, model, code), grade, ItemState(state),
            found.shelf.price if found and found.shelf else None,
            None if since is None else max(0, (today - since.astimezone().date()).days),
            number, expires, expired, DUE.get(at_expiry) if expired else None))
    return out


def _sold(s: Session, party_id: int, currency: str) -> list[ItemSold]:
    rows = s.execute(
        select(SaleLine.code, SaleLine.description, Sale.number, Sale.created_at,
               SaleLine.total_minor, SaleLine.consignor_share_minor, SaleLine.returned_quantity,
               SaleLine.quantity, Sale.status)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.consignor_party_id == party_id)
        .order_by(Sale.created_at.desc(), SaleLine.id)).all()
    return [ItemSold(code, description or code, number, at, Money(total, currency),
                     Money(share, currency), returned >= quantity or status == "voided")
            for code, description, number, at, total, share, returned, quantity, status in rows]


def _ended(s: Session, party_id: int) -> list[ItemEnded]:
    rows = s.execute(
        select(Item.code, Item.brand, Item.model, Item.state, Item.state_changed_at,
               ConsignmentContract.number)
        .outerjoin(ConsignmentContract, ConsignmentContract.id == Item.contract_id)
        .where(Item.owner_party_id == party_id, Item.state.in_(ENDED))).all()
    out = [ItemEnded(code, _name(brand, model, code), state, at, number)
           for code, brand, model, state, at, number in rows]
    # items taken into store stock have no owner any more: their history is the journal's
    numbers = list(s.scalars(select(ConsignmentContract.number)
                             .where(ConsignmentContract.party_id == party_id)))
    if numbers:
        for at, data in s.execute(select(AuditEntry.at, AuditEntry.data)
                                  .where(AuditEntry.action == SETTLED_ACTION,
                                         AuditEntry.entity_type == "consignment_contract",
                                         AuditEntry.entity_id.in_(numbers))):
            settled = json.loads(data)
            if settled.get("action") == "convert":
                out += [ItemEnded(i["code"], i.get("name") or i["code"], "store_stock", at,
                                  settled.get("contract"))
                        for i in settled.get("items", [])]
    return sorted(out, key=lambda e: e.at, reverse=True)


def _payouts(s: Session, party_id: int, currency: str) -> list[PayoutView]:
    rows = s.execute(
        select(ConsignorPayout, User.display_name).join(User, User.id == ConsignorPayout.user_id)
        .where(ConsignorPayout.party_id == party_id).order_by(ConsignorPayout.id.desc())).all()
    return [PayoutView(p.id, p.at, p.method, Money(p.amount_minor, currency),
                       Money(p.bonus_minor, currency), p.reference, by) for p, by in rows]


def account(db: StoreDB, actor: Actor, party_id: int) -> ConsignorAccount:
    """Everything the consignor's account shows, read in one session."""
    users.require(actor, Permission.PAY_CONSIGNORS)
    with db.read() as s:
        party = _party(s, actor, party_id)
        currency = _store(s, actor.store_id).currency
        name, phone = _shown(actor, party)
        today = now().astimezone().date()
        return ConsignorAccount(
            party.id, name, phone, Money(owed_minor(s, party_id), currency),
            Money(credit.balance_minor(s, party_id), currency),
            tuple(_in_store(s, party_id, currency, today)), tuple(_sold(s, party_id, currency)),
            tuple(_ended(s, party_id)), tuple(_payouts(s, party_id, currency)))


def list_consignors(db: StoreDB, actor: Actor, query: str = "", *,
                    limit: int = 200) -> list[ConsignorSummary]:
    """Consignors whose name or phone holds every word of `query`, with what they are owed and
    how many of their items are in the store and sold; those owed most first."""
    users.require(actor, Permission.PAY_CONSIGNORS)
    owed = (select(ConsignorEntry.party_id, func.sum(ConsignorEntry.amount_minor).label("owed"))
            .group_by(ConsignorEntry.party_id).subquery())
    in_store = (select(Item.owner_party_id.label("party_id"), func.count().label("n"))
                .where(Item.acquisition == Acquisition.CONSIGNMENT.value,
                       Item.state.in_([st.value for st in IN_STORE]))
                .group_by(Item.owner_party_id).subquery())
    sold = (select(SaleLine.consignor_party_id.label("party_id"), func.count().label("n"))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(SaleLine.consignor_party_id.is_not(None), Sale.status == "completed",
                   SaleLine.returned_quantity < SaleLine.quantity)
            .group_by(SaleLine.consignor_party_id).subquery())
    stmt = (select(Party, func.coalesce(owed.c.owed, 0), func.coalesce(in_store.c.n, 0),
                   func.coalesce(sold.c.n, 0))
            .outerjoin(owed, owed.c.party_id == Party.id)
            .outerjoin(in_store, in_store.c.party_id == Party.id)
            .outerjoin(sold, sold.c.party_id == Party.id)
            .where(Party.store_id == actor.store_id, Party.is_consignor.is_(True)))
    for word in (query or "").split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(Party.name.ilike(pattern, escape="\\") | Party.phone.like(pattern, escape="\\"))
    with db.read() as s:
        currency = _store(s, actor.store_id).currency
        rows = s.execute(stmt.order_by(func.coalesce(owed.c.owed, 0).desc(), Party.name, Party.id)
                         .limit(limit)).all()
        return [ConsignorSummary(p.id, *_shown(actor, p), Money(int(o), currency), int(n), int(k))
                for p, o, n, k in rows]


# ---------------------------------------------------------------------------- paying out


def pay_out(db: StoreDB, actor: Actor, party_id: int, amount: Money, method: str, *,
            reference: str = "", bonus_percent: Decimal | None = None) -> PayoutView:
    """Pay the consignor `amount` of what they are owed: cash from this counter's drawer, a bank
    transfer (its reference), or store credit with a bonus on top (the store's
    credit_bonus_percent unless given). The bonus is the store's gift: it is not taken off
    what is owed."""
    users.require(actor, Permission.PAY_CONSIGNORS)
    if method not in METHODS:
        raise ValidationError("Choose how to pay: cash, bank transfer or store credit.")
    if not isinstance(amount, Money):
        raise TypeError(f"an amount is Money, not {type(amount).__name__}")
    if amount.minor <= 0:
        raise ValidationError("A payout must be more than zero.")
    reference = (reference or "").strip()
    if method == "transfer" and not reference:
        raise ValidationError("Enter the bank transfer's reference number for this payout.")
    if bonus_percent is not None and method != "credit":
        raise ValidationError("A bonus is given only on a payout in store credit.")
    if bonus_percent is not None and not Decimal(0) <= Decimal(bonus_percent) <= Decimal(50):
        raise ValidationError("A store-credit bonus is from 0 to 50%.")
    with db.write() as s:
        # the shift before the person, in the order every till locks them (no deadlock)
        shift = locked_shift(s, actor) if method == "cash" else None
        party = _party(s, actor, party_id, for_update=True)  # one payout of a ledger at a time
        store = _store(s, actor.store_id)
        if amount.currency != store.currency:
            raise ValidationError("Amounts are in {currency} in this store.", currency=store.currency)
        owed, locale = Money(owed_minor(s, party_id), store.currency), store.locale or "zh_CN"
        if amount > owed:
            raise ValidationError("{name} is owed {owed}; a payout of {amount} is more than that.",
                                  name=_shown(actor, party)[0], owed=owed.format(locale),
                                  amount=amount.format(locale))
        bonus = Money.zero(store.currency)
        if method == "credit":
            if bonus_percent is None:
                bonus_percent = Decimal(settings.values(s, actor.store_id, ("credit_bonus_percent",))
                                        ["credit_bonus_percent"])
            bonus = amount.percent(Decimal(bonus_percent))
        at = now()
        payout = ConsignorPayout(store_id=actor.store_id, party_id=party_id, method=method,
                                 amount_minor=amount.minor, bonus_minor=bonus.minor,
                                 reference=reference[:80], shift_id=shift.id if shift else None,
                                 at=at, user_id=actor.user_id)
        s.add(payout)
        s.flush()
        tag = f"CP{payout.id}"
        if shift is not None:  # refused, and all of this undone, if the drawer is short
            shifts.record_cash(s, actor, shift, "consignor_payout", -amount, reference or tag)
        elif method == "credit":
            credit.add_credit(s, actor, party_id, amount + bonus, "consignor payout",
                              reference or tag)
        s.add(ConsignorEntry(store_id=actor.store_id, party_id=party_id, kind="payout",
                             amount_minor=-amount.minor, payout_id=payout.id, at=at,
                             user_id=actor.user_id, note=tag))
        s.flush()
        journal.record(s, actor, "consignor.paid_out", "party", party_id,
                       {"party_id": party_id, "payout_id": payout.id, "method": method,
                        "amount_minor": amount.minor, "bonus_minor": bonus.minor,
                        "reference": payout.reference, "shift_id": payout.shift_id,
                        "owed_after_minor": owed.minor - amount.minor})
        return PayoutView(payout.id, at, method, amount, bonus, payout.reference,
                          actor.display_name)


# ----------------------------------------------------------------------------- statement


def day_start(day: date) -> datetime:
    """The first moment of `day` in the store's own time zone."""
    return datetime.combine(day, time.min).astimezone()


def statement(db: StoreDB, actor: Actor, party_id: int, date_from: date,
              date_to: date) -> Statement:
    """The consignor's ledger from `date_from` to `date_to` (both whole days): the balance
    before, every entry with its item and receipt, and the balance after."""
    users.require(actor, Permission.PAY_CONSIGNORS)
    if date_to < date_from:
        raise ValidationError("The statement's last day is before its first; swap the dates.")
    start, end = day_start(date_from), day_start(date_to + timedelta(days=1))
    with db.read() as s:
        party = _party(s, actor, party_id)
        store = _store(s, actor.store_id)
        cur = store.currency
        opening = int(s.scalar(select(func.coalesce(func.sum(ConsignorEntry.amount_minor), 0))
                               .where(ConsignorEntry.party_id == party_id,
                                      ConsignorEntry.at < start)))
        rows = s.execute(
            select(ConsignorEntry, Item.code, Item.brand, Item.model, Sale.number, Refund.number,
                   ConsignorPayout.method, ConsignorPayout.reference)
            .outerjoin(Item, Item.id == ConsignorEntry.item_id)
            .outerjoin(SaleLine, SaleLine.id == ConsignorEntry.sale_line_id)
            .outerjoin(Sale, Sale.id == SaleLine.sale_id)
            .outerjoin(RefundLine, RefundLine.id == ConsignorEntry.refund_line_id)
            .outerjoin(Refund, Refund.id == RefundLine.refund_id)
            .outerjoin(ConsignorPayout, ConsignorPayout.id == ConsignorEntry.payout_id)
            .where(ConsignorEntry.party_id == party_id, ConsignorEntry.at >= start,
                   ConsignorEntry.at < end)
            .order_by(ConsignorEntry.at, ConsignorEntry.id)).all()
        running, lines = opening, []
        for entry, code, brand, model, sale_no, refund_no, method, pay_ref in rows:
            running += entry.amount_minor
            ref = refund_no or sale_no or pay_ref or (
                entry.note if entry.kind != "adjustment" else "") or ""
            lines.append(StatementLine(entry.at, entry.kind, Money(entry.amount_minor, cur),
                                       Money(running, cur), code or "",
                                       _name(brand or "", model or "", "") if code else "",
                                       ref, method, entry.note or ""))
        return Statement(store.name, store.code, party.id, mask_name(party.name), date_from,
                         date_to, Money(opening, cur), tuple(lines), Money(running, cur), now())
