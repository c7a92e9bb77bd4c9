"""Rentals for a period: those due and overdue as the period ends (still out then, due on its
last day or before), the deposits held then, and the rentals that went out and came back in
the period with their rent, late and damage fees.

Each rental is a pos_app.services.rentals.RentalView read with that module's query, the
customer masked as on every paper; "overdue" and days late are by the store's local days, as
the check-in screen counts them. Rentals are the store's, not a counter's: `counter_id` is
not used.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.models import Rental, Sale
from pos_app.services import rentals, stores
from pos_app.services.rentals import RentalView
from pos_app.services.reports import Period, day_bounds, step
from pos_app.services.store_db import StoreDB


@dataclass(frozen=True)
class DueRental:
    rental: RentalView
    days_overdue: int  # whole local days past its due day at the period's last day; 0 if due then


@dataclass(frozen=True)
class RentalsReport:
    store_name: str
    store_code: str
    period: Period
    made_at: datetime
    currency: str
    due: tuple[DueRental, ...]  # due back on the period's last day, still out
    overdue: tuple[DueRental, ...]  # due before it, still out; the longest overdue first
    out_at_end: int  # every rental out when the period ended
    deposits_held: Money  # their deposits
    went_out: tuple[RentalView, ...]  # rented out in the period
    rent: Money  # rent taken on them
    deposits_taken: Money
    came_back: tuple[RentalView, ...]  # checked in in the period
    late_fees: Money
    damage_fees: Money


def _kept(stmt):
    """Rentals whose receipt stands (a voided rental never went out)."""
    return stmt.where(Rental.sale_id.in_(select(Sale.id).where(Sale.status == "completed")))


def days_overdue(view: RentalView, day: date) -> int:
    return max(0, (day - view.due_at.astimezone().date()).days)


def build(db: StoreDB, period: Period, *, counter_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> RentalsReport:
    store = stores.get_store(db)
    start, end = day_bounds(period)
    cur, last = store.currency, period.last
    out_then = _kept(select(func.count(), func.coalesce(func.sum(Rental.deposit_minor), 0))
                     .where(Rental.store_id == store.id, Rental.out_at < end,
                            or_(Rental.returned_at.is_(None), Rental.returned_at >= end)))
    went = _kept(select(func.coalesce(func.sum(Rental.rent_minor), 0),
                        func.coalesce(func.sum(Rental.deposit_minor), 0))
                 .where(Rental.store_id == store.id, Rental.out_at >= start, Rental.out_at < end))
    back = _kept(select(func.coalesce(func.sum(Rental.late_fee_minor), 0),
                        func.coalesce(func.sum(Rental.damage_fee_minor), 0))
                 .where(Rental.store_id == store.id, Rental.returned_at >= start,
                        Rental.returned_at < end))
    view = rentals._VIEW.where(Rental.store_id == store.id)  # the screens' rental, masked below
    step(progress, 0, 3, cancelled)
    with db.read() as s:
        n_out, held = s.execute(out_then).one()
        waiting = [rentals._view(r, False) for r in s.execute(_kept(
            view.where(Rental.out_at < end, Rental.due_at < end,
                       or_(Rental.returned_at.is_(None), Rental.returned_at >= end)))
            .order_by(Rental.due_at, Rental.id))]
        step(progress, 1, 3, cancelled)
        rent, deposits = s.execute(went).one()
        went_out = [rentals._view(r, False) for r in s.execute(_kept(
            view.where(Rental.out_at >= start, Rental.out_at < end))
            .order_by(Rental.out_at, Rental.id))]
        step(progress, 2, 3, cancelled)
        late, damage = s.execute(back).one()
        came_back = [rentals._view(r, False) for r in s.execute(_kept(
            view.where(Rental.returned_at >= start, Rental.returned_at < end))
            .order_by(Rental.returned_at, Rental.id))]
    step(progress, 3, 3, cancelled)
    due = [DueRental(r, 0) for r in waiting if r.due_at.astimezone().date() == last]
    overdue = [DueRental(r, days_overdue(r, last)) for r in waiting
               if r.due_at.astimezone().date() < last]
    return RentalsReport(
        store.name, store.code, period, now(), cur, tuple(due), tuple(overdue), int(n_out),
        Money(int(held), cur), tuple(went_out), Money(int(rent), cur), Money(int(deposits), cur),
        tuple(came_back), Money(int(late), cur), Money(int(damage), cur))
