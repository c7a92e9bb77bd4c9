"""Rentals: a lease item out to a customer for some periods, its rent and deposit taken on one
receipt, and back in with the deposit given back less the late and damage fees.

Fees beyond the deposit are taken as a payment at the check-in (a rental receipt with a "fee"
line); without that payment the check-in is refused with the amount still due, and nothing
changes. Fees carry no tax: the deposit is money held, not a sale. The damage is described
in the rental's notes; a full inspection is made on the grading screen when the item is
sent there (to_state GRADED).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.masking import mask_name, mask_phone
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.domain.sale import Tender
from pos_app.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError
from pos_app.models import Category, Item, LeaseTerms, Party, Refund, Rental, Sale, SaleLine, Store
from pos_app.services import items, journal, sale_records, sales, settings, users
from pos_app.services.refund_records import RefundRecord, find_refund
from pos_app.services.refund_writer import REFUND_TO, GivenBack, write_refund
from pos_app.services.returns import own_or_manager
from pos_app.services.sale_records import SaleRecord
from pos_app.services.sale_writer import (
    Draft,
    StoreTerms,
    locked_shift,
    price,
    store_terms,
    write_sale,
)
from pos_app.services.store_db import StoreDB
from pos_app.services.users import ManagerOverride

BACK_TO = {ItemState.ON_SHELF: "stock", ItemState.GRADED: "reinspect",
           ItemState.WRITTEN_OFF: "write_off"}  # where the item goes, as the refund line says it


class NotRentalStock(ValidationError):
    template = "Item {code} is not rental stock; sell it at the counter instead."


class NoRentTerms(ValidationError):
    template = "Item {code} has no rent set; record its rent and deposit before renting it out."


class RentalClosed(ValidationError):
    template = "Rental {id} was checked in already."


class FeesExceedDeposit(ValidationError):
    template = ("The fees ({fees}) are more than the deposit ({deposit}); take the {due} still "
                "due as a payment to check the item in.")


class RentalWriteOffNeedsManager(PermissionDenied):
    template = ("Writing off a rental item needs a manager: ask a manager to enter their PIN, or "
                "put the item back on the shelf or send it to grading.")


@dataclass(frozen=True)
class RentalView:
    id: int
    item_code: str
    description: str
    party_id: int
    customer: str  # masked unless the actor may see personal data
    phone: str
    out_at: datetime
    due_at: datetime
    periods: int
    rent: Money
    deposit: Money
    status: str  # out | returned
    returned_at: datetime | None
    late_fee: Money
    damage_fee: Money
    sale_number: str
    refund_number: str
    notes: str

    def overdue_on(self, day: date) -> bool:
        return self.status == "out" and self.due_at.astimezone().date() < day


@dataclass(frozen=True)
class RentedOut:
    rental: RentalView
    sale: SaleRecord  # the receipt of the rent and the deposit


@dataclass(frozen=True)
class CheckInQuote:
    """What a check-in now comes to: the deposit back, or what is still due beyond it."""

    rental: RentalView
    days_late: int
    late_fee: Money
    damage_fee: Money
    refund: Money
    due: Money


@dataclass(frozen=True)
class CheckedIn:
    rental: RentalView
    quote: CheckInQuote
    refund: RefundRecord | None  # the deposit given back (None when the rental took none)
    fee_sale: SaleRecord | None  # the fees beyond the deposit, when there were any


@dataclass(frozen=True)
class DueRentals:
    due_today: list[RentalView]
    overdue: list[RentalView]


_VIEW = (select(Rental, Item.code, Item.brand, Item.model, Party.name, Party.phone, Sale.number,
                Refund.number, Store.currency)
         .join(Item, Item.id == Rental.item_id).join(Party, Party.id == Rental.party_id)
         .join(Sale, Sale.id == Rental.sale_id).join(Store, Store.id == Rental.store_id)
         .outerjoin(Refund, Refund.id == Rental.refund_id))


def _view(row, reveal: bool) -> RentalView:
    r, code, brand, model, name, phone, sale_number, refund_number, cur = row
    return RentalView(
        r.id, code, " ".join(p for p in (brand, model) if p) or code, r.party_id,
        name if reveal else mask_name(name), (phone or "") if reveal else mask_phone(phone),
        r.out_at, r.due_at, r.periods, Money(r.rent_minor, cur), Money(r.deposit_minor, cur),
        r.status, r.returned_at, Money(r.late_fee_minor, cur), Money(r.damage_fee_minor, cur),
        sale_number, refund_number or "", r.notes)


def _views(s: Session, actor: Actor, stmt) -> list[RentalView]:
    reveal = actor.can(Permission.REVEAL_PERSONAL_DATA)
    return [_view(row, reveal) for row in s.execute(stmt)]


def _one(s: Session, actor: Actor, rental_id: int) -> RentalView:
    found = _views(s, actor, _VIEW.where(Rental.id == rental_id, Rental.store_id == actor.store_id))
    if not found:
        raise NotFound(what="Rental", key=str(rental_id))
    return found[0]


def find_rental(db: StoreDB, actor: Actor, rental_id: int) -> RentalView:
    users.require(actor, Permission.RENT)
    with db.read() as s:
        return _one(s, actor, rental_id)


def rental_of_item(db: StoreDB, actor: Actor, code: str) -> RentalView:
    """The rental a scanned item is out on, for its check-in."""
    users.require(actor, Permission.RENT)
    with db.read() as s:
        item = items.load(s, code)
        found = _views(s, actor, _VIEW.where(Rental.item_id == item.id, Rental.status == "out"))
        if not found:
            raise ValidationError("Item {code} is not rented out.", code=item.code)
        return found[0]


def active_rentals(db: StoreDB, actor: Actor) -> list[RentalView]:
    """Every rental out now, the soonest due first."""
    users.require(actor, Permission.RENT)
    with db.read() as s:
        return _views(s, actor, _VIEW.where(Rental.store_id == actor.store_id,
                                            Rental.status == "out").order_by(Rental.due_at))


def rentals_due(db: StoreDB, actor: Actor, on: date) -> DueRentals:
    """Rentals due back on `on` (the store's local day) and those overdue before it."""
    users.require(actor, Permission.RENT)
    end = datetime.combine(on + timedelta(days=1), time.min).astimezone()
    with db.read() as s:
        out = _views(s, actor, _VIEW.where(Rental.store_id == actor.store_id,
                                           Rental.status == "out", Rental.due_at < end)
                     .order_by(Rental.due_at))
    return DueRentals([r for r in out if not r.overdue_on(on)],
                      [r for r in out if r.overdue_on(on)])


def _party(s: Session, actor: Actor, party_id: int) -> Party:
    party = s.get(Party, party_id, with_for_update=True)
    if party is None or party.store_id != actor.store_id:
        raise ValidationError("Choose the customer again; that customer was not found.")
    return party


@dataclass(frozen=True)
class RentQuote:
    """What renting an item out for some periods comes to, before it is done."""

    item_code: str
    description: str
    rent_per_period: Money
    period_days: int
    periods: int
    deposit: Money
    total: Money  # rent (with its tax) and deposit: what the customer pays now
    due_at: datetime


def _lease(s: Session, item: Item) -> LeaseTerms:
    if item.acquisition != Acquisition.LEASE_STOCK.value:
        raise NotRentalStock(code=item.code)
    lease = s.get(LeaseTerms, item.id)
    if lease is None or lease.rent_minor <= 0:
        raise NoRentTerms(code=item.code)
    return lease


def _drafts(s: Session, item: Item, lease: LeaseTerms, periods: int,
            terms: StoreTerms) -> list[Draft]:
    """The rental receipt's lines: the rent, taxed as the item's category, and the deposit,
    which is money held and carries no tax."""
    bp = s.scalar(select(Category.tax_rate_bp).where(Category.id == item.category_id))
    rate = terms.tax_rate if bp is None else Decimal(bp) / 100
    rent = Money(lease.rent_minor, terms.currency)
    deposit = Money(lease.deposit_minor, terms.currency)
    name = " ".join(p for p in (item.brand, item.model) if p) or item.code
    drafts = [Draft("rent", item.code, name, rent, rent, periods, rate, item_id=item.id,
                    category_id=item.category_id, grade=item.grade)]
    if deposit.minor > 0:
        drafts.append(Draft("deposit", item.code, "Deposit", deposit, deposit, 1, Decimal(0),
                            item_id=item.id))
    return drafts


def _check_periods(periods: int) -> None:
    if isinstance(periods, bool) or not isinstance(periods, int) or not 1 <= periods <= 366:
        raise ValidationError("Rent for a whole number of periods, from 1 to 366.")


def quote_rent_out(db: StoreDB, actor: Actor, code: str, periods: int) -> RentQuote:
    """The rent, deposit and due date of renting the scanned item out, or why it cannot be."""
    users.require(actor, Permission.RENT)
    _check_periods(periods)
    with db.read() as s:
        terms = store_terms(s, actor.store_id)
        at = now()
        item = items.load(s, code)
        lease = _lease(s, item)
        sales.check_sellable(s, item.code, ItemState(item.state), item.id, item.held_until, at,
                             None, terms.locale)
        drafts = _drafts(s, item, lease, periods, terms)
        return RentQuote(item.code, drafts[0].description, drafts[0].unit_price,
                         lease.period_days, periods, Money(lease.deposit_minor, terms.currency),
                         price(drafts, None, terms).total,
                         at + timedelta(days=periods * lease.period_days))


def rent_out(db: StoreDB, actor: Actor, code: str, party_id: int, periods: int,
             tenders: Sequence[Tender], *, override: ManagerOverride | None = None) -> RentedOut:
    """Rent a lease item on the shelf to a customer for `periods` of its rental period: the
    rent and the deposit on one receipt, the item rented out, the rental due back, one
    transaction."""
    users.authorise(db, actor, Permission.RENT, override)
    _check_periods(periods)
    try:
        with db.write() as s:
            rental_id, number = _write_rent_out(s, actor, code, party_id, periods, tenders)
    except StaleDataError:
        raise ConcurrentChange(code=code) from None
    return RentedOut(find_rental(db, actor, rental_id), sale_records.find_sale(db, number))


def _write_rent_out(s: Session, actor: Actor, code: str, party_id: int, periods: int,
                    tenders: Sequence[Tender]) -> tuple[int, str]:
    shift = locked_shift(s, actor)  # first: no money is taken without an open shift
    terms = store_terms(s, actor.store_id)
    at = now()
    item = items.load_for_update(s, code)
    lease = _lease(s, item)
    sales.check_sellable(s, item.code, ItemState(item.state), item.id, item.held_until, at, None,
                         terms.locale)
    party = _party(s, actor, party_id)
    drafts = _drafts(s, item, lease, periods, terms)
    rent, deposit = drafts[0].unit_price, Money(lease.deposit_minor, terms.currency)
    items.move(s, actor, item, ItemState.RENTED_OUT, reason="rental")
    sale, _, _ = write_sale(s, actor, drafts, tenders, kind="rental", customer_party_id=party.id,
                            terms=terms, shift=shift)
    party.is_renter = True
    rental = Rental(store_id=actor.store_id, item_id=item.id, party_id=party.id, sale_id=sale.id,
                    out_at=at, due_at=at + timedelta(days=periods * lease.period_days),
                    periods=periods, rent_minor=(rent * periods).minor,
                    deposit_minor=deposit.minor, status="out")
    s.add(rental)
    s.flush()
    journal.record(s, actor, "rental.out", "rental", rental.id, {
        "rental_id": rental.id, "item": item.code, "party_id": party.id, "sale": sale.number,
        "out_at": at.isoformat(), "due_at": rental.due_at.isoformat(), "periods": periods,
        "rent_minor": rental.rent_minor, "deposit_minor": rental.deposit_minor})
    return rental.id, sale.number


def late_fee(rent: Money, days_rented: int, days_late: int, percent: Decimal | int) -> Money:
    """`percent` of the daily rent for each day late: the rent over the days it paid for,
    rounded half-up once."""
    if days_late <= 0:
        return Money.zero(rent.currency)
    exact = Fraction(rent.minor * days_late) * Fraction(Decimal(percent)) / (100 * days_rented)
    return Money(int(exact + Fraction(1, 2)), rent.currency)


def _days_late(due_at: datetime, at: datetime) -> int:
    """Whole days past the due moment, a day begun counting as a day."""
    if at <= due_at:
        return 0
    late = at - due_at
    return late.days + (1 if late - timedelta(days=late.days) else 0)


def _quote(s: Session, view: RentalView, damage_fee: Money, at: datetime,
           store_id: int) -> CheckInQuote:
    percent = settings.values(s, store_id, ("rental_late_fee_percent",))["rental_late_fee_percent"]
    days = _days_late(view.due_at, at)
    days_rented = max(1, (view.due_at - view.out_at).days)
    late = late_fee(view.rent, days_rented, days, Decimal(str(percent)))
    fees = late + damage_fee
    zero = Money.zero(view.deposit.currency)
    return CheckInQuote(view, days, late, damage_fee, max(view.deposit - fees, zero),
                        max(fees - view.deposit, zero))


def _check_damage(damage_fee: Money | None, notes: str, currency: str) -> Money:
    fee = damage_fee if damage_fee is not None else Money.zero(currency)
    if fee.currency != currency:
        raise ValidationError("Amounts are in {currency} in this store.", currency=currency)
    if fee.minor < 0:
        raise ValidationError("A damage fee cannot be negative.")
    if fee.minor > 0 and not (notes or "").strip():
        raise ValidationError("Describe the damage the fee is for.")
    return fee


def quote_check_in(db: StoreDB, actor: Actor, rental_id: int,
                   damage_fee: Money | None = None) -> CheckInQuote:
    """What checking the rental in now would give back or ask for, before it is done."""
    users.require(actor, Permission.RENT)
    with db.read() as s:
        view = _one(s, actor, rental_id)
        fee = damage_fee if damage_fee is not None else Money.zero(view.deposit.currency)
        return _quote(s, view, fee, now(), actor.store_id)


def check_in(db: StoreDB, actor: Actor, rental_id: int, *, damage_fee: Money | None = None,
             damage_notes: str = "", to_state: ItemState = ItemState.ON_SHELF,
             refund_to: str = "original", fee_tenders: Sequence[Tender] = (),
             grade: str | None = None, override: ManagerOverride | None = None) -> CheckedIn:
    """Take a rented item back: the late fee from the due date, the damage fee, the deposit
    given back less both (fees beyond it paid with `fee_tenders`), the item to the shelf,
    to grading or written off (with a manager), and the rental closed, in one transaction."""
    users.require(actor, Permission.RENT)
    to_state = ItemState(to_state)
    if to_state not in BACK_TO:
        raise ValueError(f"a rental comes back to one of {list(BACK_TO)}")
    if refund_to not in REFUND_TO:
        raise ValueError(f"refund_to must be one of {REFUND_TO}")
    at = now()
    with db.read() as s:
        view = _one(s, actor, rental_id)
        if view.status != "out":
            raise RentalClosed(id=rental_id)
        fee = _check_damage(damage_fee, damage_notes, view.deposit.currency)
        quote = _quote(s, view, fee, at, actor.store_id)
        locale = s.scalar(select(Store.locale).where(Store.id == actor.store_id)) or "zh_CN"
    if quote.due.minor > 0 and not fee_tenders:
        raise FeesExceedDeposit(fees=(quote.late_fee + fee).format(locale),
                                deposit=view.deposit.format(locale), due=quote.due.format(locale))
    authority = None
    if to_state == ItemState.WRITTEN_OFF:
        authority = own_or_manager(db, actor, Permission.WRITE_OFF, override,
                                   RentalWriteOffNeedsManager())
    try:
        with db.write() as s:
            refund_number, fee_number = _write_check_in(
                s, actor, rental_id, quote, damage_notes, to_state, refund_to, fee_tenders, grade,
                authority, at)
    except StaleDataError:
        raise ConcurrentChange(code=view.item_code) from None
    return CheckedIn(find_rental(db, actor, rental_id), quote,
                     find_refund(db, refund_number) if refund_number else None,
                     sale_records.find_sale(db, fee_number) if fee_number else None)


def _write_check_in(s: Session, actor: Actor, rental_id: int, quote: CheckInQuote, notes: str,
                    to_state: ItemState, refund_to: str, fee_tenders: Sequence[Tender],
                    grade: str | None, authority: users.Authority | None,
                    at: datetime) -> tuple[str | None, str | None]:
    shift = locked_shift(s, actor)
    rental = s.scalars(select(Rental).where(Rental.id == rental_id).with_for_update()).one()
    if rental.status != "out":
        raise RentalClosed(id=rental_id)
    sale = s.get(Sale, rental.sale_id)
    item = s.scalars(select(Item).where(Item.id == rental.item_id).with_for_update(of=Item)).one()
    auth_id = users.record_authority(s, actor, authority, "rental write-off") if authority else None
    own = users.Authority(authority.permission) if authority else None
    event = items.move(s, actor, item, to_state, reason="rental check-in", authority=own,
                       grade=(grade or item.grade) if to_state == ItemState.GRADED else None)
    event.authorisation_id = auth_id
    refund = None
    deposit_line = s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id,
                                                    SaleLine.kind == "deposit")).first()
    if deposit_line is not None:
        refund = write_refund(s, actor, sale, "rental_return",
                              [GivenBack(deposit_line, 1, BACK_TO[to_state], quote.refund)],
                              shift=shift, refund_to=refund_to, party_id=rental.party_id,
                              authorisation_id=auth_id, reason=notes.strip(),
                              cash_kind="rental_refund")
    fee_sale = None
    if quote.due.minor > 0:
        fee_sale, _, _ = write_sale(
            s, actor, [Draft("fee", item.code, "Late and damage fees", quote.due, quote.due)],
            fee_tenders, kind="rental", customer_party_id=rental.party_id, shift=shift,
            note=f"rental {rental.id}")
    rental.status, rental.returned_at = "returned", at
    rental.late_fee_minor, rental.damage_fee_minor = quote.late_fee.minor, quote.damage_fee.minor
    rental.refund_id = refund.id if refund else None
    if notes.strip():
        rental.notes = "\n".join(p for p in (rental.notes, notes.strip()) if p)
    s.flush()
    journal.record(s, actor, "rental.returned", "rental", rental.id, {
        "rental_id": rental.id, "item": item.code, "returned_at": at.isoformat(),
        "to_state": to_state.value, "days_late": quote.days_late,
        "late_fee_minor": rental.late_fee_minor, "damage_fee_minor": rental.damage_fee_minor,
        "refund": refund.number if refund else None,
        "fee_sale": fee_sale.number if fee_sale else None})
    return (refund.number if refund else None), (fee_sale.number if fee_sale else None)
