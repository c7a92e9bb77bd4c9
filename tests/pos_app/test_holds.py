"""Holds: an item put aside for a customer until a time, that nobody else can buy meanwhile and
that lapses by itself."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.errors import ItemAlreadySold, ItemOnHold, NotFound, PermissionDenied, ValidationError
from pos_app.models import Hold, OutboxEvent
from pos_app.services import holds, sales
from tests.pos_app.counter_support import (
    cash,
    customer,
    on_shelf,
    open_drawer,
    ring,
    table_counts,
)
from tests.pos_app.pricing_support import make_item


def _hold_rows(store) -> list[tuple[str, str]]:
    with store.db.read() as s:
        return [tuple(r) for r in s.execute(select(Hold.customer_name, Hold.status).order_by(Hold.id))]


def test_a_hold_keeps_the_item_for_its_customer_until_the_time_it_names(store):
    open_drawer(store)
    code = on_shelf(store, "800")
    at = clock.now()
    with clock.set_to(at):
        hold = holds.place_hold(store.db, store.clerk, code, customer_name="刘洋",
                                customer_phone="13900002222")
    assert hold.until - at == timedelta(hours=48)  # the store's hold_hours
    with pytest.raises(ItemOnHold) as refused:
        sales.scan(store.db, store.clerk, code)
    assert "刘洋" in refused.value.message
    with clock.set_to(hold.until + timedelta(minutes=1)):  # lapsed: anyone may buy it now
        assert sales.scan(store.db, store.clerk, code).hold_id is None
        assert holds.active_holds(store.db, store.clerk) == []


def test_expired_holds_are_recorded_as_expired_for_the_audit_trail(store):
    code = on_shelf(store, "300")
    hold = holds.place_hold(store.db, store.clerk, code, customer_name="周杰",
                            until=clock.now() + timedelta(hours=2))
    assert holds.expire_holds(store.db) == 0
    with clock.set_to(hold.until + timedelta(seconds=1)):
        assert holds.expire_holds(store.db) == 1
        assert holds.expire_holds(store.db) == 0
    assert _hold_rows(store) == [("周杰", "expired")]
    with store.db.read() as s:
        assert "hold.expired" in s.scalars(select(OutboxEvent.event_type)).all()


def test_a_released_hold_frees_the_item_and_cannot_be_released_twice(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    hold = holds.place_hold(store.db, store.clerk, code, customer_name="陈晨")
    holds.release_hold(store.db, store.clerk, hold.id)
    with pytest.raises(ValidationError):
        holds.release_hold(store.db, store.clerk, hold.id)
    ring(store, code)
    assert _hold_rows(store) == [("陈晨", "released")]


def test_only_what_could_be_sold_can_be_held(store):
    open_drawer(store)
    sold = on_shelf(store, "100")
    ring(store, sold)
    unpriced = make_item(store, state=ItemState.GRADED, price=None)
    before = table_counts(store)
    with pytest.raises(ItemAlreadySold):
        holds.place_hold(store.db, store.clerk, sold, customer_name="王五")
    with pytest.raises(ValidationError):
        holds.place_hold(store.db, store.clerk, unpriced, customer_name="王五")
    with pytest.raises(ValidationError):
        holds.place_hold(store.db, store.clerk, on_shelf(store, "50"), customer_name="  ")
    held = on_shelf(store, "60")
    holds.place_hold(store.db, store.clerk, held, customer_name="赵六")
    with pytest.raises(ItemOnHold):  # one hold at a time
        holds.place_hold(store.db, store.clerk, held, customer_name="钱七")
    with pytest.raises(ValidationError):
        holds.place_hold(store.db, store.clerk, on_shelf(store, "70"), customer_name="孙八",
                         until=clock.now() - timedelta(minutes=1))
    with pytest.raises(NotFound):
        holds.release_hold(store.db, store.clerk, 999_999)
    with pytest.raises(PermissionDenied):
        holds.place_hold(store.db, store.grader, on_shelf(store, "80"), customer_name="李九")
    assert table_counts(store)["sales"] == before["sales"]
    assert _hold_rows(store) == [("赵六", "active")]


def test_the_holder_buys_the_held_item_and_the_hold_ends_as_sold(store):
    open_drawer(store)
    code = on_shelf(store, "500")
    buyer = customer(store)
    hold = holds.place_hold(store.db, store.clerk, code, customer_name="张伟", party_id=buyer)
    record = sales.commit_sale(store.db, store.clerk, [sales.BasketLine(code, hold_id=hold.id)],
                               [cash("500")], customer_party_id=buyer)
    with store.db.read() as s:
        row = s.get(Hold, hold.id)
        assert (row.status, row.sale_id) == ("sold", record.id)
