"""Lot sales through the services: one sale whose lines add up to the lot's price exactly,
every item lotted out, a manager's PIN for a clerk, and refusals that change nothing."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.sale import Tender
from pos_app.errors import (
    BasketEmpty,
    ItemTwiceInBasket,
    PermissionDenied,
    SaleUnderpaid,
    UnknownCode,
    ValidationError,
)
from pos_app.models import Item, ItemEvent, ManagerAuthorisation, OutboxEvent, Party
from pos_app.services import journal, lots, shifts
from pos_app.services.lots import ConsignedNotLottable, ItemNotLottable, ListedNotLottable
from pos_app.services.users import ManagerOverride
from tests.pos_app.counter_support import (
    cash,
    consigned_on_shelf,
    item_state,
    on_shelf,
    open_drawer,
    ring,
    yuan,
)
from tests.pos_app.deals_support import for_parts, listing, recycler, rows


def test_allocation_follows_prices_or_splits_equally():
    assert lots.allocate(yuan("100"), [yuan("10"), yuan("20"), yuan("30")]) == [
        Money(1667), Money(3333), yuan("50")]
    assert lots.allocate(yuan("100"), [yuan("10"), None, yuan("30")]) == [
        Money(3334), Money(3333), Money(3333)]
    assert lots.allocate(Money(2), [None, None, None]) == [Money(1), Money(1), Money(0)]


def test_candidates_are_the_stores_own_items_for_parts(store):
    graded = for_parts(store, model="iPhone 6")
    shelved = for_parts(store, model="iPhone 7", price="80")
    for_parts(store, model="Lamp", category="furniture")
    on_shelf(store, "500")  # grade B: not a candidate, though a manager may still lot it
    found = lots.lot_candidates(store.db, store.clerk, category="3c")
    assert [(c.code, c.grade, c.state, c.price) for c in found] == [
        (graded, "D", ItemState.GRADED, None), (shelved, "D", ItemState.ON_SHELF, yuan("80"))]
    assert len(lots.lot_candidates(store.db, store.clerk)) == 3
    assert lots.lot_item(store.db, store.clerk, graded).description == "Apple iPhone 6"


def test_a_lot_of_three_is_one_sale_adding_up_to_its_price(store):
    shift = open_drawer(store, "500")
    codes = [for_parts(store, model="iPhone 6"), for_parts(store, model="iPhone 7", price="100"),
             on_shelf(store, "200")]
    buyer = recycler(store)
    done = lots.sell_lot(store.db, store.manager, codes, yuan("100"), buyer, [cash("100")],
                         note="weekly pick-up")
    receipt = done.receipt
    assert receipt.kind == "lot" and receipt.customer_party_id == buyer
    assert [ln.code for ln in receipt.lines] == codes
    assert [ln.total for ln in receipt.lines] == [Money(3334), Money(3333), Money(3333)]
    assert sum((ln.total for ln in receipt.lines), Money(0)) == receipt.total == yuan("100")
    assert all(item_state(store, c) == ItemState.LOTTED_OUT for c in codes)
    assert shifts.drawer_balance(store.db, shift.id) == yuan("600")
    with store.db.read() as s:
        assert s.get(Party, buyer).is_buyer
        assert s.scalar(select(Item.sold_minor).where(Item.code == codes[0])) == 3334
        lot = json.loads(s.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.event_type == "lot.sold")).one())
        assert journal.verify_chain(s).ok
    assert lot["items"] == codes and lot["total_minor"] == 10000


def test_priced_items_share_the_price_in_proportion(store):
    open_drawer(store)
    codes = [on_shelf(store, "100"), on_shelf(store, "300")]
    done = lots.sell_lot(store.db, store.manager, codes, yuan("50"), recycler(store),
                         [Tender("card", yuan("50"), "BANK-20260301-7")])
    assert [ln.total for ln in done.receipt.lines] == [yuan("12.50"), yuan("37.50")]
    assert [(t.kind, t.reference) for t in done.receipt.tenders] == [("card", "BANK-20260301-7")]


def test_a_clerk_needs_a_managers_pin(store):
    open_drawer(store)
    codes = [for_parts(store), for_parts(store, model="iPhone X")]
    buyer = recycler(store)
    before = rows(store)
    with pytest.raises(PermissionDenied):
        lots.sell_lot(store.db, store.clerk, codes, yuan("60"), buyer, [cash("60")])
    assert rows(store) == before
    done = lots.sell_lot(store.db, store.clerk, codes, yuan("60"), buyer, [cash("60")],
                         override=ManagerOverride("manager", store.pins["manager"]))
    assert done.codes == tuple(codes)
    with store.db.read() as s:
        manager_ids = set(s.scalars(select(ManagerAuthorisation.manager_id)))
        authorised = s.scalars(select(ItemEvent.authorisation_id).where(
            ItemEvent.to_state == "lotted_out")).all()
    assert manager_ids == {store.manager.user_id}
    assert len(authorised) == 2 and None not in authorised


def test_a_sold_item_in_the_lot_is_refused_and_nothing_changes(store):
    open_drawer(store)
    sold = on_shelf(store, "300")
    ring(store, sold)
    good = for_parts(store)
    buyer = recycler(store)
    before = rows(store)
    with pytest.raises(ItemNotLottable, match=sold) as refused:
        lots.sell_lot(store.db, store.manager, [good, sold], yuan("30"), buyer, [cash("30")])
    assert "sold" in refused.value.message
    assert rows(store) == before
    assert item_state(store, good) == ItemState.GRADED and item_state(store, sold) == ItemState.SOLD


def test_owners_items_and_bad_input_are_refused_with_nothing_changed(store):
    open_drawer(store)
    consigned, _ = consigned_on_shelf(store)
    _, listed, _ = listing(store, fee="20")
    good = for_parts(store)
    buyer = recycler(store)
    before = rows(store)
    cases = [
        (([good, consigned], yuan("30"), buyer, [cash("30")]), ConsignedNotLottable),
        (([good, listed], yuan("30"), buyer, [cash("30")]), ListedNotLottable),
        (([], yuan("30"), buyer, [cash("30")]), BasketEmpty),
        (([good, good], yuan("30"), buyer, [cash("30")]), ItemTwiceInBasket),
        (([good], Money(0), buyer, [cash("30")]), ValidationError),
        (([good], yuan("30"), None, [cash("30")]), ValidationError),
        (([good], yuan("30"), 9999, [cash("30")]), ValidationError),
        (([good], yuan("30"), buyer, [cash("20")]), SaleUnderpaid),
        ((["SH01-NOPE"], yuan("30"), buyer, [cash("30")]), (UnknownCode, ValidationError)),
    ]
    for args, error in cases:
        with pytest.raises(error):
            lots.sell_lot(store.db, store.manager, *args)
        assert rows(store) == before
    assert item_state(store, good) == ItemState.GRADED
    with pytest.raises(ConsignedNotLottable):
        lots.lot_item(store.db, store.clerk, consigned)
