"""The drawer of a counter's shift, and store credit: money in and out, counted and audited."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from pos_app.domain.money import Money
from pos_app.errors import PermissionDenied, ValidationError
from pos_app.models import AuditEntry, CashMovement, CreditEntry, OutboxEvent, Shift
from pos_app.services import credit, shifts
from tests.pos_app.intake_support import open_drawer, outbox, person


def _rows(store) -> tuple[int, int, int, int]:
    with store.db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (Shift, CashMovement, AuditEntry, OutboxEvent))


def _cash(store, kind, yuan, shift_id=None, actor=None):
    with store.db.write() as s:
        shift = shifts.open_shift_at(s, store.counter_id, for_update=True)
        return shifts.record_cash(s, actor or store.clerk, shift, kind, Money.of(yuan), "ref-1").id


def test_opening_a_shift_sets_the_float_and_is_audited_and_queued(store):
    shift = open_drawer(store, "500")
    assert shift.is_open and shift.counter_id == store.counter_id
    assert shift.opening_float == Money.of("500")
    assert shifts.current_shift(store.db, store.counter_id) == shift
    assert shifts.drawer_balance(store.db, shift.id) == Money.of("500")
    assert json.loads(outbox(store, "shift.opened")[0])["opening_float_minor"] == 50000
    assert store.actions()[-1] == "shift.opened"


def test_a_counter_has_one_open_shift_at_a_time(store):
    open_drawer(store)
    before = _rows(store)
    with pytest.raises(ValidationError, match="already has an open shift"):
        open_drawer(store, actor=store.manager)
    assert _rows(store) == before


def test_a_shift_needs_a_counter_and_the_right_to_open_it(store):
    with pytest.raises(ValidationError, match="Log in at a counter"):
        shifts.open_shift(store.db, replace(store.clerk, counter_id=None), Money.of("100"))
    with pytest.raises(PermissionDenied):
        shifts.open_shift(store.db, store.grader, Money.of("100"))
    with pytest.raises(ValidationError, match="cannot be negative"):
        shifts.open_shift(store.db, store.clerk, Money(-1))
    with pytest.raises(ValidationError, match="in CNY"):
        shifts.open_shift(store.db, store.clerk, Money(100, "USD"))
    assert shifts.current_shift(store.db, store.counter_id) is None


def test_the_drawer_holds_the_float_plus_every_cash_movement(store):
    shift = open_drawer(store, "200")
    _cash(store, "sale", "99.50")
    _cash(store, "payout", "-50")
    assert shifts.drawer_balance(store.db, shift.id) == Money.of("249.50")
    with store.db.read() as s:
        rows = s.execute(select(CashMovement.kind, CashMovement.amount_minor, CashMovement.user_id)
                         .order_by(CashMovement.id)).all()
    assert rows == [("sale", 9950, store.clerk.user_id), ("payout", -5000, store.clerk.user_id)]
    assert [json.loads(p)["amount_minor"] for p in outbox(store, "cash.moved")] == [9950, -5000]


def test_a_payout_larger_than_the_drawer_is_refused_and_changes_nothing(store):
    shift = open_drawer(store, "100")
    before = _rows(store)
    with pytest.raises(ValidationError) as caught:
        _cash(store, "payout", "-100.01")
    assert "holds ¥100.00, not enough to pay out ¥100.01" in caught.value.message
    assert _rows(store) == before
    _cash(store, "payout", "-100")  # to the fen is fine
    assert shifts.drawer_balance(store.db, shift.id) == Money.zero()


def test_closing_counts_the_drawer_and_keeps_over_or_short(store):
    open_drawer(store, "300")
    _cash(store, "sale", "120")
    closed = shifts.close_shift(store.db, store.clerk, Money.of("415"))
    assert closed.expected == Money.of("420") and closed.counted == Money.of("415")
    assert closed.over_short == Money.of("-5") and not closed.is_open
    assert shifts.current_shift(store.db, store.counter_id) is None
    assert json.loads(outbox(store, "shift.closed")[0])["over_short_minor"] == -500
    with pytest.raises(ValidationError, match="no open shift to close"):
        shifts.close_shift(store.db, store.clerk, Money.of("415"))
    with store.db.write() as s, pytest.raises(ValidationError, match="shift is closed"):
        shifts.record_cash(s, store.clerk, s.get(Shift, closed.id), "sale", Money.of("1"))
    assert shifts.open_shift(store.db, store.clerk, Money.of("415")).is_open  # the next one


def test_store_credit_is_a_ledger_whose_balance_never_goes_below_zero(store):
    party = person(store, id_number=None)
    assert credit.balance(store.db, party) == Money.zero()
    with store.db.write() as s:
        credit.add_credit(s, store.clerk, party, Money.of("80"), "buy-back", "I-1")
    with store.db.write() as s:
        credit.add_credit(s, store.clerk, party, Money.of("-30"), "sale", "S-1")
    assert credit.balance(store.db, party) == Money.of("50")
    with store.db.read() as s:
        before = s.scalar(select(func.count()).select_from(CreditEntry))
    with (pytest.raises(ValidationError, match="store credit is ¥50.00, not enough to pay ¥50.01"),
          store.db.write() as s):
        credit.add_credit(s, store.clerk, party, Money.of("-50.01"), "sale", "S-2")
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CreditEntry)) == before
    events = [json.loads(p) for p in outbox(store, "credit.added")]
    assert [e["amount_minor"] for e in events] == [8000, -3000]
    assert all(set(e) == {"party_id", "entry_id", "amount_minor", "reason", "reference"}
               for e in events)
