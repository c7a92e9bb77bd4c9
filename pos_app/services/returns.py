"""Returns and voids at the counter: the receipt found by its QR code or number, the goods
taken back (to the shelf, to re-inspection or written off) and the money given back, all in
one transaction.

A clerk takes returns within the store's return window; past it a manager authorises them.
A void cancels a whole sale, with a manager, only in the shift that rang it up while that
shift is still open; afterwards the sale is returned instead.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import (
    ConcurrentChange,
    NoOpenShift,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pos_app.models import Item, Party, Refund, Sale, SaleLine, StockLine, StockMovement, Store
from pos_app.services import items, journal, sale_records, shifts, users
from pos_app.services.refund_records import RefundRecord, find_refund
from pos_app.services.refund_writer import (
    DISPOSITIONS,
    REFUND_TO,
    GivenBack,
    line_refund,
    write_refund,
)
from pos_app.services.sale_records import SaleRecord
from pos_app.services.sale_writer import locked_shift
from pos_app.services.store_db import StoreDB
from pos_app.services.users import Authority, ManagerOverride

__all__ = ["RefundRecord", "ReturnLine", "ReturnableSale", "find_refund", "look_up",
           "quote_return", "return_items", "void_sale"]

RETURNABLE_LINES = ("item", "stock")


class ReturnWindowPassed(PermissionDenied):
    template = ("Receipt {number} could be returned until {until} ({days} days); a manager "
                "must authorise a return after that.")


class WriteOffNeedsManager(PermissionDenied):
    template = ("Writing off a returned item needs a manager: ask a manager to enter their PIN, "
                "or send the item back to the shelf or to re-inspection.")


class VoidNeedsManager(PermissionDenied):
    template = "Voiding a sale needs a manager: ask a manager to enter their PIN."


class SaleVoided(ValidationError):
    template = "Receipt {number} was voided; nothing on it can be returned."


class NotReturnable(ValidationError):
    template = ("Receipt {number} is not a sale of goods; rentals are checked in at the rentals "
                "screen, and vouchers, lots and matchmaking fees are not returned at the till.")


class ReturnedAlready(ValidationError):
    template = ("{code} on receipt {number}: only {left} of {quantity} can still be returned.")


class VoidNotInShift(ValidationError):
    template = ("Receipt {number} was rung up in another shift; a sale can be voided only in its "
                "own shift while that shift is open. Return the items instead.")


class VoidAfterReturn(ValidationError):
    template = ("Part of receipt {number} was already returned; return the rest instead of "
                "voiding the sale.")


class ReturnLine(NamedTuple):
    """One line of the receipt coming back: how many of it, and where the goods go."""

    sale_line_id: int
    quantity: int = 1
    disposition: str = "stock"  # stock | reinspect | write_off


@dataclass(frozen=True)
class ReturnableSale:
    """A receipt as the return screen shows it, with what the actor may do with it now."""

    record: SaleRecord
    within_window: bool
    voidable: bool  # rung up in this counter's open shift, and nothing returned from it yet


def _load_sale(s: Session, number_or_qr: str, *, lock: bool = False) -> Sale:
    number = sale_records.number_from_scan(number_or_qr)
    stmt = select(Sale).where(Sale.number == number)
    sale = s.scalars(stmt.with_for_update() if lock else stmt).first()
    if sale is None:
        raise NotFound("No sale has the receipt number {key}; check the number or scan the "
                       "receipt's QR code.", key=number or "-")
    return sale


def _returnable(sale: Sale) -> None:
    if sale.status == "voided":
        raise SaleVoided(number=sale.number)
    if sale.kind != "sale":
        raise NotReturnable(number=sale.number)


def _today_within(record: SaleRecord) -> bool:
    return now().astimezone().date() <= record.return_until


def _voidable(s: Session, actor: Actor, sale: Sale) -> bool:
    if sale.status == "voided" or sale.kind != "sale" or actor.counter_id is None:
        return False
    shift = shifts.open_shift_at(s, actor.counter_id)
    refunded = s.scalar(select(func.count()).select_from(Refund).where(Refund.sale_id == sale.id))
    return shift is not None and shift.id == sale.shift_id and not refunded


def look_up(db: StoreDB, actor: Actor, number_or_qr: str) -> ReturnableSale:
    """The receipt a scan or a typed number names, for the return screen."""
    users.require(actor, Permission.SELL)
    with db.read() as s:
        sale = _load_sale(s, number_or_qr)
        record = sale_records.load_record(s, sale)
        return ReturnableSale(record, _today_within(record), _voidable(s, actor, sale))


def quote_return(db: StoreDB, actor: Actor, sale_number_or_qr: str,
                 lines: Sequence[ReturnLine | tuple]) -> Money:
    """What returning `lines` now would give back, for the screen before the clerk confirms."""
    users.require(actor, Permission.SELL)
    wanted = _clean(lines)
    with db.read() as s:
        sale = _load_sale(s, sale_number_or_qr)
        checked = _checked(s, sale, wanted)
        currency = s.scalar(select(Store.currency).where(Store.id == sale.store_id))
        total = Money.sum((line_refund(row, line.quantity, currency)[0] for row, line in checked),
                          currency)
        if _all_back(s, sale, checked):
            total = total + Money(sale.rounding_minor, currency)
        return total


def _all_back(s: Session, sale: Sale, checked: list[tuple[SaleLine, ReturnLine]]) -> bool:
    """Whether this return takes back the last of the sale (its cash rounding goes back too)."""
    coming = {row.id: line.quantity for row, line in checked}
    return all(r.returned_quantity + coming.get(r.id, 0) >= r.quantity
               for r in s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id)))


def _clean(lines: Sequence[ReturnLine | tuple]) -> list[ReturnLine]:
    out = [ReturnLine(*line) for line in lines]
    if not out:
        raise ValidationError("Tick the items that come back.")
    ids = [line.sale_line_id for line in out]
    if len(set(ids)) != len(ids):
        raise ValidationError("Each line of the receipt is returned once per return.")
    for line in out:
        if isinstance(line.quantity, bool) or not isinstance(line.quantity, int) \
                or line.quantity < 1:
            raise ValidationError("A quantity returned is a whole number of 1 or more.")
        if line.disposition not in DISPOSITIONS:
            raise ValueError(f"disposition must be one of {DISPOSITIONS}")
    return out


def _checked(s: Session, sale: Sale, lines: list[ReturnLine]) -> list[tuple[SaleLine, ReturnLine]]:
    """The receipt's lines the return names, each checked against what is left of it."""
    _returnable(sale)
    rows = {r.id: r for r in s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id))}
    out = []
    for line in lines:
        row = rows.get(line.sale_line_id)
        if row is None:
            raise ValidationError("That line is not on receipt {number}; look the receipt up "
                                  "again.", number=sale.number)
        if row.kind not in RETURNABLE_LINES:
            raise NotReturnable(number=sale.number)
        left = row.quantity - row.returned_quantity
        if line.quantity > left:
            raise ReturnedAlready(code=row.code, number=sale.number, left=left,
                                  quantity=row.quantity)
        if row.kind == "stock" and line.disposition == "reinspect":
            raise ValidationError("{code} is new stock: it goes back into stock or is written "
                                  "off, not to re-inspection.", code=row.code)
        out.append((row, line))
    return out


def own_or_manager(db: StoreDB, actor: Actor, permission: Permission,
                   override: ManagerOverride | None, refusal: PermissionDenied) -> Authority:
    """The actor's own right, or a manager's PIN checked now (before the writing transaction)."""
    if override is None and not actor.can(permission):
        raise refusal
    return users.authorise(db, actor, permission, override)


def _move(s: Session, actor: Actor, item: Item, to_state: ItemState, reason: str,
          authority: Authority | None, auth_id: int | None) -> None:
    """A move this return or void is entitled to make; a manager's authorisation, recorded once
    for the whole refund, is named on the item's history row."""
    own = None if authority is None else Authority(authority.permission)
    event = items.move(s, actor, item, to_state, reason=reason, authority=own)
    if auth_id is not None:
        event.authorisation_id = auth_id


def _take_back(s: Session, actor: Actor, row: SaleLine, quantity: int, disposition: str,
               reason: str, returned: Authority, returned_id: int | None,
               written_off: Authority | None, written_off_id: int | None) -> None:
    """The goods of one line back in the store: the item through `returned`, or the stock."""
    at = now()
    if row.item_id is not None:
        item = s.scalars(select(Item).where(Item.id == row.item_id).with_for_update(of=Item)).one()
        _move(s, actor, item, ItemState.RETURNED, reason, returned, returned_id)
        if disposition == "stock":
            _move(s, actor, item, ItemState.ON_SHELF, reason, None, None)
        elif disposition == "write_off":
            _move(s, actor, item, ItemState.WRITTEN_OFF, reason, written_off, written_off_id)
    elif row.stock_line_id is not None and disposition == "stock":
        stock = s.get(StockLine, row.stock_line_id)
        stock.quantity += quantity
        s.add(StockMovement(stock_line_id=stock.id, delta=quantity, reason=reason, at=at,
                            user_id=actor.user_id))


def _party(s: Session, actor: Actor, party_id: int | None) -> int | None:
    if party_id is None:
        return None
    party = s.get(Party, party_id)
    if party is None or party.store_id != actor.store_id:
        raise ValidationError("Choose the customer again; that customer was not found.")
    return party.id


def return_items(db: StoreDB, actor: Actor, sale_number_or_qr: str,
                 lines: Sequence[ReturnLine | tuple], *, refund_to: str = "original",
                 customer_party_id: int | None = None, override: ManagerOverride | None = None,
                 reason: str = "") -> RefundRecord:
    """Take back some or all of a receipt's goods and give their money back, in one transaction.

    Each line gives back what was paid for it (tax included, a partial quantity its own share);
    `refund_to` "original" pays back through the sale's tenders (cash last), "credit" puts it
    all on the customer's store credit. Past the return window, or to write an item off, a
    manager's `override` is needed.
    """
    users.require(actor, Permission.SELL)
    if refund_to not in REFUND_TO:
        raise ValueError(f"refund_to must be one of {REFUND_TO}")
    wanted = _clean(lines)
    with db.read() as s:
        sale = _load_sale(s, sale_number_or_qr)
        _checked(s, sale, wanted)
        record = sale_records.load_record(s, sale)
        window = (record.return_until - record.created_at.astimezone().date()).days
    returned = Authority(Permission.REFUND)
    if not _today_within(record):
        returned = own_or_manager(db, actor, Permission.REFUND, override, ReturnWindowPassed(
            number=record.number, until=record.return_until.isoformat(), days=window))
    written_off = None
    if any(line.disposition == "write_off" for line in wanted):
        written_off = own_or_manager(db, actor, Permission.WRITE_OFF, override,
                                     WriteOffNeedsManager())
    try:
        with db.write() as s:
            number = _write_return(s, actor, record.number, wanted, refund_to, customer_party_id,
                                   returned, written_off, reason)
    except StaleDataError:
        raise ConcurrentChange(code=record.number) from None
    return find_refund(db, number)


def _write_return(s: Session, actor: Actor, number: str, wanted: list[ReturnLine], refund_to: str,
                  customer_party_id: int | None, returned: Authority,
                  written_off: Authority | None, reason: str) -> str:
    shift = locked_shift(s, actor)  # first: no money goes back without an open shift
    sale = _load_sale(s, number, lock=True)
    checked = _checked(s, sale, wanted)
    party_id = _party(s, actor, customer_party_id) or sale.customer_party_id
    returned_id = users.record_authority(s, actor, returned, f"return of {sale.number}")
    written_off_id = (users.record_authority(s, actor, written_off, f"write-off on {sale.number}")
                      if written_off else None)
    for row, line in checked:
        _take_back(s, actor, row, line.quantity, line.disposition, f"return of {sale.number}",
                   returned, returned_id, written_off, written_off_id)
    all_back = _all_back(s, sale, checked)
    currency = s.scalar(select(Store.currency).where(Store.id == sale.store_id))
    refund = write_refund(
        s, actor, sale, "return",
        [GivenBack(row, line.quantity, line.disposition) for row, line in checked],
        shift=shift, refund_to=refund_to, party_id=party_id,
        # the sale's cash rounding goes back with its last return, so refunds add up to the paid
        adjustment=Money(sale.rounding_minor if all_back else 0, currency),
        authorisation_id=returned_id or written_off_id, reason=reason)
    return refund.number


def void_sale(db: StoreDB, actor: Actor, number: str, *, override: ManagerOverride | None = None,
              reason: str) -> RefundRecord:
    """Cancel a whole sale in the shift that rang it up: every item back on the shelf, stock
    back, every tender given back by its own means, consignor shares reversed, one transaction."""
    users.require(actor, Permission.SELL)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Give the reason for the void.")
    with db.read() as s:
        _check_void(s, actor, _load_sale(s, number))
    authority = own_or_manager(db, actor, Permission.VOID, override, VoidNeedsManager())
    try:
        with db.write() as s:
            refund_number = _write_void(s, actor, number, authority, reason)
    except StaleDataError:
        raise ConcurrentChange(code=number) from None
    return find_refund(db, refund_number)


def _check_void(s: Session, actor: Actor, sale: Sale) -> None:
    _returnable(sale)
    if actor.counter_id is None or shifts.open_shift_at(s, actor.counter_id) is None:
        raise NoOpenShift()
    if not _voidable(s, actor, sale):
        if s.scalar(select(func.count()).select_from(Refund).where(Refund.sale_id == sale.id)):
            raise VoidAfterReturn(number=sale.number)
        raise VoidNotInShift(number=sale.number)


def _write_void(s: Session, actor: Actor, number: str, authority: Authority, reason: str) -> str:
    shift = locked_shift(s, actor)
    sale = _load_sale(s, number, lock=True)
    _check_void(s, actor, sale)
    auth_id = users.record_authority(s, actor, authority, f"void of {sale.number}")
    rows = list(s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id)
                          .order_by(SaleLine.position)))
    undo = Authority(Permission.REFUND)  # the void's authority covers taking its goods back
    for row in rows:
        _take_back(s, actor, row, row.quantity, "stock", f"void of {sale.number}", undo, auth_id,
                   None, None)
    currency = s.scalar(select(Store.currency).where(Store.id == sale.store_id))
    refund = write_refund(s, actor, sale, "void", [GivenBack(row, row.quantity) for row in rows],
                          shift=shift, adjustment=Money(sale.rounding_minor, currency),
                          authorisation_id=auth_id, reason=reason)
    sale.status, sale.voided_at = "voided", now()
    journal.record(s, actor, "sale.voided", "sale", sale.number,
                   {"number": sale.number, "refund": refund.number, "reason": reason,
                    "voided_at": sale.voided_at.isoformat()})
    return refund.number
