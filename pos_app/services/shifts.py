"""A counter's shift and its drawer: opening float, cash in and out, the closing count.

The drawer holds the float plus every cash movement of the shift. A payout never takes the
drawer below zero, and every change is audited and queued for sync with the money it moves.
The close is a blind count by denomination: what the drawer should hold is told only once
the count is in.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.clock import now
from pos_app.domain import denominations
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NoOpenShift, NotFound, ValidationError
from pos_app.models import CashMovement, Counter, Shift, Store
from pos_app.services import journal, settings, users
from pos_app.services.store_db import StoreDB

KINDS = ("sale", "refund", "buy_back", "payout", "deposit", "consignor_payout", "rental_deposit",
         "rental_refund", "paid_in", "paid_out")
REASON_LENGTH = 60  # a paid-in or paid-out's reason is kept as its movement's reference


@dataclass(frozen=True)
class ShiftView:
    id: int
    counter_id: int
    opened_by_id: int
    opened_at: datetime
    opening_float: Money
    closed_by_id: int | None
    closed_at: datetime | None
    expected: Money | None  # set when closed: the float plus every cash movement
    counted: Money | None
    over_short: Money | None  # counted − expected: positive over, negative short

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def _currency(s: Session, store_id: int) -> str:
    return s.scalar(select(Store.currency).where(Store.id == store_id))


def _locale(s: Session, store_id: int) -> str:
    return s.scalar(select(Store.locale).where(Store.id == store_id)) or "zh_CN"


def short_of_cash(held: Money, amount: Money, locale: str) -> ValidationError:
    return ValidationError("The drawer holds {held}, not enough to pay out {amount}; pay by "
                           "transfer or store credit, or add cash to the drawer first.",
                           held=held.format(locale), amount=amount.format(locale))


def _view(sh: Shift, currency: str) -> ShiftView:
    def money(minor: int | None) -> Money | None:
        return None if minor is None else Money(minor, currency)

    over = None
    if sh.counted_minor is not None and sh.expected_minor is not None:
        over = Money(sh.counted_minor - sh.expected_minor, currency)
    return ShiftView(sh.id, sh.counter_id, sh.opened_by_id, sh.opened_at,
                     Money(sh.opening_float_minor, currency), sh.closed_by_id, sh.closed_at,
                     money(sh.expected_minor), money(sh.counted_minor), over)


def _check_amount(amount: Money, currency: str, *, negative_ok: bool = False) -> None:
    if not isinstance(amount, Money):
        raise TypeError(f"an amount is Money, not {type(amount).__name__}")
    if amount.currency != currency:
        raise ValidationError("Amounts are in {currency} in this store.", currency=currency)
    if amount.minor < 0 and not negative_ok:
        raise ValidationError("An amount of cash cannot be negative.")


def _need_counter(actor: Actor) -> int:
    if actor.counter_id is None:
        raise ValidationError("Log in at a counter to use its cash drawer.")
    return actor.counter_id


def open_shift_at(s: Session, counter_id: int, *, for_update: bool = False) -> Shift | None:
    """The counter's open shift inside the caller's transaction (locked when asked)."""
    stmt = select(Shift).where(Shift.counter_id == counter_id, Shift.closed_at.is_(None))
    if for_update:
        stmt = stmt.with_for_update()
    return s.scalars(stmt.order_by(Shift.id.desc()).limit(1)).first()


def balance_minor(s: Session, shift: Shift) -> int:
    """What the drawer of `shift` should hold, in minor units, inside the caller's transaction."""
    moved = s.scalar(select(func.coalesce(func.sum(CashMovement.amount_minor), 0))
                     .where(CashMovement.shift_id == shift.id))
    return shift.opening_float_minor + int(moved)


def open_shift(db: StoreDB, actor: Actor, opening_float: Money) -> ShiftView:
    """Open the actor's counter's drawer with `opening_float`; one open shift per counter."""
    users.require(actor, Permission.MANAGE_SHIFT)
    counter_id = _need_counter(actor)
    with db.write() as s:
        currency = _currency(s, actor.store_id)
        _check_amount(opening_float, currency)
        counter = s.scalars(select(Counter).where(Counter.id == counter_id).with_for_update()).first()
        if counter is None or counter.store_id != actor.store_id:
            raise NotFound(what="Counter", key=str(counter_id))
        if open_shift_at(s, counter_id) is not None:
            raise ValidationError("{counter} already has an open shift; close it before opening "
                                  "another.", counter=counter.name)
        shift = Shift(store_id=actor.store_id, counter_id=counter_id, opened_by_id=actor.user_id,
                      opened_at=now(), opening_float_minor=opening_float.minor)
        s.add(shift)
        s.flush()
        journal.record(s, actor, "shift.opened", "shift", shift.id,
                       {"shift_id": shift.id, "counter_id": counter_id,
                        "opening_float_minor": opening_float.minor})
        return _view(shift, currency)


def current_shift(db: StoreDB, counter_id: int) -> ShiftView | None:
    with db.read() as s:
        shift = open_shift_at(s, counter_id)
        return None if shift is None else _view(shift, _currency(s, shift.store_id))


def last_closed(db: StoreDB, counter_id: int) -> ShiftView | None:
    """The counter's most recently closed shift, with its count and over/short (for a Z
    report printed again)."""
    with db.read() as s:
        shift = s.scalars(select(Shift).where(Shift.counter_id == counter_id,
                                              Shift.closed_at.is_not(None))
                          .order_by(Shift.closed_at.desc(), Shift.id.desc()).limit(1)).first()
        return None if shift is None else _view(shift, _currency(s, shift.store_id))


def drawer_balance(db: StoreDB, shift_id: int) -> Money:
    """What the drawer should hold: the float plus every cash movement of the shift."""
    with db.read() as s:
        shift = s.get(Shift, shift_id)
        if shift is None:
            raise NotFound("Shift {key} was not found.", key=str(shift_id))
        return Money(balance_minor(s, shift), _currency(s, shift.store_id))


def record_cash(s: Session, actor: Actor, shift: Shift, kind: str, amount: Money,
                reference: str = "") -> CashMovement:
    """Cash into (+) or out of (−) the drawer inside the caller's transaction.

    `shift` should be loaded with `open_shift_at(s, counter, for_update=True)` so two payouts
    at once cannot both spend the same cash.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown cash movement kind {kind!r}")
    currency = _currency(s, shift.store_id)
    _check_amount(amount, currency, negative_ok=True)
    if shift.closed_at is not None:
        raise ValidationError("The shift is closed; open a new shift to take or pay cash.")
    if amount.minor == 0:
        raise ValidationError("An amount of cash must not be zero.")
    if amount.minor < 0:
        held = balance_minor(s, shift)
        if held + amount.minor < 0:
            raise short_of_cash(Money(held, currency), -amount, _locale(s, shift.store_id))
    movement = CashMovement(shift_id=shift.id, kind=kind, amount_minor=amount.minor,
                            reference=(reference or "")[:60], at=now(), user_id=actor.user_id)
    s.add(movement)
    s.flush()
    journal.record(s, actor, "cash.moved", "shift", shift.id,
                   {"shift_id": shift.id, "movement_id": movement.id, "kind": kind,
                    "amount_minor": amount.minor, "reference": movement.reference})
    return movement


@dataclass(frozen=True)
class DrawerMovement:
    """A paid-in (+) or paid-out (−) as recorded."""

    id: int
    shift_id: int
    kind: str
    amount: Money
    reason: str
    at: datetime


def locked_open_shift(s: Session, actor: Actor) -> Shift:
    """The actor's counter's open shift, locked for this transaction (NoOpenShift if none)."""
    shift = open_shift_at(s, _need_counter(actor), for_update=True)
    if shift is None:
        raise NoOpenShift()
    return shift


def _paid(db: StoreDB, actor: Actor, kind: str, amount: Money, reason: str) -> DrawerMovement:
    users.require(actor, Permission.MANAGE_SHIFT)
    _need_counter(actor)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("Say why the cash goes in or out of the drawer, such as “change "
                              "from the bank” or “cleaning supplies”.")
    if len(reason) > REASON_LENGTH:
        raise ValidationError("Keep the reason to {limit} characters.", limit=REASON_LENGTH)
    with db.write() as s:
        currency = _currency(s, actor.store_id)
        _check_amount(amount, currency)
        shift = locked_open_shift(s, actor)
        signed = amount if kind == "paid_in" else -amount
        movement = record_cash(s, actor, shift, kind, signed, reason)
        return DrawerMovement(movement.id, shift.id, kind, signed, movement.reference, movement.at)


def pay_in(db: StoreDB, actor: Actor, amount: Money, reason: str) -> DrawerMovement:
    """Cash put into the drawer that is not a sale (change from the bank), with its reason."""
    return _paid(db, actor, "paid_in", amount, reason)


def pay_out(db: StoreDB, actor: Actor, amount: Money, reason: str) -> DrawerMovement:
    """Cash taken out of the drawer for an expense, with its reason; never more than it holds."""
    return _paid(db, actor, "paid_out", amount, reason)


def store_denominations(s: Session, store_id: int) -> tuple[Money, ...]:
    """The notes and coins this store counts its drawers in, largest first."""
    value = settings.values(s, store_id, ("denominations",))["denominations"]
    return denominations.parse_denominations(value, _currency(s, store_id))


def drawer_denominations(db: StoreDB, actor: Actor) -> tuple[Money, ...]:
    """What the blind count at close asks for, one field per note and coin."""
    with db.read() as s:
        return store_denominations(s, actor.store_id)


def close_shift(db: StoreDB, actor: Actor, counted: Money | None = None, *,
                counts: dict[str, int] | None = None) -> ShiftView:
    """Close the actor's counter's shift with the cash counted, as a total or by denomination
    (`counts`, kept with the shift); the expected amount and over/short come back only now."""
    users.require(actor, Permission.MANAGE_SHIFT)
    counter_id = _need_counter(actor)
    if counted is None and counts is None:
        raise ValidationError("Count the cash in the drawer before closing the shift.")
    with db.write() as s:
        currency = _currency(s, actor.store_id)
        detail = None
        if counts is not None:
            count = denominations.read_count(counts, currency,
                                             store_denominations(s, actor.store_id))
            if counted is not None and counted != count.total:
                locale = _locale(s, actor.store_id)
                raise ValidationError("The notes and coins counted come to {total}, not {counted}; "
                                      "count again.", total=count.total.format(locale),
                                      counted=counted.format(locale))
            counted, detail = count.total, count.detail()
        _check_amount(counted, currency)
        shift = open_shift_at(s, counter_id, for_update=True)
        if shift is None:
            raise ValidationError("This counter has no open shift to close.")
        shift.expected_minor = balance_minor(s, shift)
        shift.counted_minor = counted.minor
        shift.counted_detail = detail
        shift.closed_at, shift.closed_by_id = now(), actor.user_id
        s.flush()
        journal.record(s, actor, "shift.closed", "shift", shift.id,
                       {"shift_id": shift.id, "counter_id": counter_id,
                        "expected_minor": shift.expected_minor, "counted_minor": counted.minor,
                        "over_short_minor": counted.minor - shift.expected_minor,
                        "counted_detail": detail})
        return _view(shift, currency)
