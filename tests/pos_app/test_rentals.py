"""Rentals through the services: renting a lease item out, checking it back in with late and
damage fees, and the list of rentals due."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.domain.sale import Tender
from pos_app.errors import ItemRentedOut, NoOpenShift, SaleUnderpaid
from pos_app.models import CashMovement, OutboxEvent, Party, Refund, Rental
from pos_app.services import rentals, shifts
from pos_app.services.users import ManagerOverride
from tests.pos_app.counter_support import (
    cash,
    customer,
    item_state,
    on_shelf,
    open_drawer,
    set_settings,
    table_counts,
    yuan,
)
from tests.pos_app.rental_support import lease_item

DAY = timedelta(days=1)


def _counts(store) -> dict[str, int]:
    with store.db.read() as s:
        extra = {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                 for m in (Rental, Refund)}
    return table_counts(store) | extra | store.counts()


def _rent(store, code, party, periods, tenders=None, at=None):
    with clock.set_to(at or clock.now()):
        if tenders is None:
            tenders = [cash("100000")]
        return rentals.rent_out(store.db, store.clerk, code, party, periods, tenders)


def test_renting_out_takes_rent_and_deposit_on_one_receipt(store):
    shift = open_drawer(store, "500")
    code = lease_item(store, rent="50", period_days=1, deposit="500")
    party = customer(store)
    start = clock.now()
    with clock.set_to(start):
        quote = rentals.quote_rent_out(store.db, store.clerk, code, 3)
    assert (quote.rent_per_period, quote.deposit, quote.total) == (yuan("50"), yuan("500"),
                                                                   yuan("650"))
    assert quote.due_at == start + 3 * DAY and quote.description == "Sony A7 III"
    out = _rent(store, code, party, 3, [cash("700")], at=start)
    sale = out.sale
    assert sale.kind == "rental" and sale.total == yuan("650") and sale.change == yuan("50")
    assert [(line.kind, line.quantity, line.total, line.tax) for line in sale.lines] == [
        ("rent", 3, yuan("150"), yuan("17.26")), ("deposit", 1, yuan("500"), yuan("0"))]
    rental = out.rental
    assert (rental.item_code, rental.status, rental.periods) == (code, "out", 3)
    assert rental.rent == yuan("150") and rental.deposit == yuan("500")
    assert rental.due_at == start + 3 * DAY and rental.sale_number == sale.number
    assert rental.customer == "张*"  # a clerk sees the name masked
    assert item_state(store, code) == ItemState.RENTED_OUT
    assert shifts.drawer_balance(store.db, shift.id) == yuan("1150")
    assert [r.id for r in rentals.active_rentals(store.db, store.clerk)] == [rental.id]
    with store.db.read() as s:
        assert s.get(Party, party).is_renter
        assert "rental.out" in s.scalars(select(OutboxEvent.event_type)).all()
    with pytest.raises(ItemRentedOut):
        _rent(store, code, party, 1)


def test_what_cannot_be_rented_is_refused_and_nothing_changes(store):
    party = customer(store)
    code = lease_item(store)
    with pytest.raises(NoOpenShift):
        _rent(store, code, party, 1)
    open_drawer(store)
    plain = on_shelf(store, "300")
    before = _counts(store)
    with pytest.raises(rentals.NotRentalStock):
        _rent(store, plain, party, 1)
    with pytest.raises(SaleUnderpaid):
        _rent(store, code, party, 2, [cash("100")])
    with pytest.raises(rentals.ValidationError):
        _rent(store, code, party, 0)
    assert _counts(store) == before and item_state(store, code) == ItemState.ON_SHELF


def test_a_check_in_on_time_gives_the_whole_deposit_back(store):
    shift = open_drawer(store, "500")
    code = lease_item(store, rent="50", deposit="500")
    start = clock.now()
    out = _rent(store, code, customer(store), 2, [cash("600")], at=start)
    with clock.set_to(start + DAY):
        done = rentals.check_in(store.db, store.clerk, out.rental.id)
    assert done.quote.days_late == 0 and done.quote.refund == yuan("500")
    assert done.refund.kind == "rental_return" and done.refund.total == yuan("500")
    assert done.refund.sale_number == out.sale.number
    assert [(line.code, line.amount, line.disposition) for line in done.refund.lines] == [
        (code, yuan("500"), "stock")]
    assert done.rental.status == "returned" and done.rental.refund_number == done.refund.number
    assert done.fee_sale is None
    assert item_state(store, code) == ItemState.ON_SHELF
    assert shifts.drawer_balance(store.db, shift.id) == yuan("600")
    with store.db.read() as s:
        assert s.scalar(select(CashMovement.kind).order_by(CashMovement.id.desc()).limit(1)) \
            == "rental_refund"
    with pytest.raises(rentals.RentalClosed):
        rentals.check_in(store.db, store.clerk, out.rental.id)


def test_late_and_damage_fees_come_off_the_deposit(store):
    open_drawer(store)
    code = lease_item(store, rent="50", period_days=1, deposit="500")
    start = clock.now()
    out = _rent(store, code, customer(store), 3, [cash("650")], at=start)
    back = start + 5 * DAY + timedelta(hours=1)  # 2 days and an hour late: 3 days counted
    with clock.set_to(back):
        quote = rentals.quote_check_in(store.db, store.clerk, out.rental.id, yuan("100"))
        assert (quote.days_late, quote.late_fee, quote.refund) == (3, yuan("150"), yuan("250"))
        with pytest.raises(rentals.ValidationError):  # a damage fee says what it is for
            rentals.check_in(store.db, store.clerk, out.rental.id, damage_fee=yuan("100"))
        done = rentals.check_in(store.db, store.clerk, out.rental.id, damage_fee=yuan("100"),
                                damage_notes="scratched lens", to_state=ItemState.GRADED)
    assert done.refund.total == yuan("250") and done.refund.reason == "scratched lens"
    assert done.rental.late_fee == yuan("150") and done.rental.damage_fee == yuan("100")
    assert done.rental.notes == "scratched lens" and done.rental.returned_at == back
    assert done.refund.lines[0].disposition == "reinspect"
    assert item_state(store, code) == ItemState.GRADED


def test_the_late_fee_is_a_share_of_the_daily_rent(store):
    set_settings(store, rental_late_fee_percent=50)
    open_drawer(store)
    code = lease_item(store, rent="350", period_days=7, deposit="1000")
    start = clock.now()
    out = _rent(store, code, customer(store), 1, at=start)
    assert out.rental.due_at == start + 7 * DAY
    with clock.set_to(start + 8 * DAY):
        quote = rentals.quote_check_in(store.db, store.clerk, out.rental.id)
    assert (quote.days_late, quote.late_fee, quote.refund) == (1, yuan("25"), yuan("975"))
    assert rentals.late_fee(yuan("100"), 3, 1, 100) == yuan("33.33")
    assert rentals.late_fee(yuan("200"), 3, 1, 100) == yuan("66.67")


def test_fees_beyond_the_deposit_are_taken_as_a_payment(store):
    shift = open_drawer(store, "0")
    code = lease_item(store, rent="50", deposit="100")
    start = clock.now()
    out = _rent(store, code, customer(store), 1, [cash("150")], at=start)
    before = _counts(store)
    with clock.set_to(start + 4 * DAY):
        with pytest.raises(rentals.FeesExceedDeposit) as refused:
            rentals.check_in(store.db, store.clerk, out.rental.id)
        assert "still due" in refused.value.message
        assert _counts(store) == before and item_state(store, code) == ItemState.RENTED_OUT
        done = rentals.check_in(store.db, store.clerk, out.rental.id,
                                fee_tenders=[Tender("card", yuan("50"), "T-42")])
    assert done.quote.late_fee == yuan("150") and done.quote.due == yuan("50")
    assert done.refund.total == yuan("0") and done.refund.tenders == ()
    fee = done.fee_sale
    assert fee.kind == "rental" and [(line.kind, line.total) for line in fee.lines] == [
        ("fee", yuan("50"))]
    assert shifts.drawer_balance(store.db, shift.id) == yuan("150")


def test_the_deposit_goes_back_to_the_card_that_paid_it(store):
    open_drawer(store)
    code = lease_item(store, rent="50", deposit="500")
    out = _rent(store, code, customer(store), 1, [Tender("card", yuan("550"), "T-9")])
    done = rentals.check_in(store.db, store.clerk, out.rental.id)
    assert [(t.kind, t.amount, t.reference) for t in done.refund.tenders] == [
        ("card", yuan("500"), "T-9")]


def test_a_write_off_at_check_in_needs_a_manager(store):
    open_drawer(store)
    code = lease_item(store)
    out = _rent(store, code, customer(store), 1)
    with pytest.raises(rentals.RentalWriteOffNeedsManager):
        rentals.check_in(store.db, store.clerk, out.rental.id, to_state=ItemState.WRITTEN_OFF,
                         damage_fee=yuan("500"), damage_notes="dropped in the sea")
    done = rentals.check_in(store.db, store.clerk, out.rental.id, to_state=ItemState.WRITTEN_OFF,
                            damage_fee=yuan("500"), damage_notes="dropped in the sea",
                            override=ManagerOverride("manager", store.pins["manager"]))
    assert item_state(store, code) == ItemState.WRITTEN_OFF and done.quote.refund == yuan("0")
    assert done.refund.authorised_by == "Manager 测试"


def test_rentals_due_today_and_overdue(store):
    open_drawer(store)
    party = customer(store)
    start = clock.now()
    today = lease_item(store, model="A7 III")
    late = lease_item(store, model="A7C")
    later = lease_item(store, model="ZV-1")
    due_today = _rent(store, today, party, 3, at=start - 3 * DAY).rental
    overdue = _rent(store, late, party, 2, at=start - 5 * DAY).rental
    _rent(store, later, party, 2, at=start)
    due = rentals.rentals_due(store.db, store.clerk, start.astimezone().date())
    assert [r.id for r in due.due_today] == [due_today.id]
    assert [r.id for r in due.overdue] == [overdue.id]
    assert len(rentals.active_rentals(store.db, store.clerk)) == 3
    assert rentals.rental_of_item(store.db, store.clerk, late).id == overdue.id
    rentals.check_in(store.db, store.clerk, overdue.id)
    assert rentals.rentals_due(store.db, store.clerk, start.astimezone().date()).overdue == []
