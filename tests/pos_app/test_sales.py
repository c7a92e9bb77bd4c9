"""Ringing up sales through the services: what the till charges, what the database holds."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.sale import Discount, Tender
from pos_app.errors import (
    ItemAlreadySold,
    ItemNotOnShelf,
    ItemOnHold,
    NoOpenShift,
    OutOfStock,
    SaleUnderpaid,
    UnknownCode,
)
from pos_app.models import CashMovement, ConsignorEntry, Hold, Item, OutboxEvent
from pos_app.services import holds, journal, sale_records, sales, shifts, stock
from pos_app.services.users import ManagerOverride
from tests.pos_app.counter_support import (
    cash,
    consigned_on_shelf,
    customer,
    item_state,
    on_shelf,
    open_drawer,
    ring,
    table_counts,
    yuan,
)
from tests.pos_app.pricing_support import make_item


def test_a_cash_sale_sells_the_items_fills_the_drawer_and_queues_the_sale(store):
    shift = open_drawer(store, "500")
    a, b = on_shelf(store, "1289"), on_shelf(store, "99")
    record = ring(store, a, b, tenders=[cash("1400")])
    assert record.total == yuan("1388")
    assert record.change == yuan("12")
    assert [line.code for line in record.lines] == [a, b]
    assert record.tax == yuan("148.29") + yuan("11.39")  # 13% included in each line
    assert item_state(store, a) == ItemState.SOLD and item_state(store, b) == ItemState.SOLD
    assert shifts.drawer_balance(store.db, shift.id) == yuan("1888")
    with store.db.read() as s:
        assert s.scalar(select(Item.sold_minor).where(Item.code == a)) == 128900
        events = list(s.scalars(select(OutboxEvent.event_type)))
        assert "sale.completed" in events and events.count("item.sold") == 2
        assert journal.verify_chain(s).ok
    assert sale_records.find_sale(store.db, record.qr).number == record.number


def test_a_sold_item_is_refused_at_the_scan_with_its_receipt(store):
    open_drawer(store)
    code = on_shelf(store)
    record = ring(store, code)
    with pytest.raises(ItemAlreadySold) as refused:
        sales.scan(store.db, store.clerk, code)
    assert record.number in refused.value.message
    before = table_counts(store)
    with pytest.raises(ItemAlreadySold):
        ring(store, code, tenders=[cash("2000")])
    assert table_counts(store) == before


def test_unknown_codes_and_unfinished_items_are_refused(store):
    open_drawer(store)
    with pytest.raises(UnknownCode):
        sales.scan(store.db, store.clerk, "NO-SUCH-SKU")
    priced = make_item(store, state=ItemState.PRICED)
    with pytest.raises(ItemNotOnShelf):
        sales.scan(store.db, store.clerk, priced)


def test_split_tender_with_card_reference_and_change_from_cash(store):
    open_drawer(store, "100")
    code = on_shelf(store, "1000")
    record = ring(store, code, tenders=[Tender("card", yuan("800"), "T-778812"), cash("250")])
    assert record.change == yuan("50")
    kinds = [(t.kind, t.amount, t.reference) for t in record.tenders]
    assert ("card", yuan("800"), "T-778812") in kinds and ("cash", yuan("-50"), "change") in kinds
    with store.db.read() as s:
        assert sum(s.scalars(select(CashMovement.amount_minor).where(
            CashMovement.kind == "sale"))) == 20000


def test_a_discount_past_the_limit_needs_a_managers_pin(store):
    open_drawer(store)
    code = on_shelf(store, "1000")
    line = [sales.BasketLine(code, discount=Discount("percent", Decimal(25)))]
    with pytest.raises(sales.DiscountNeedsManager):
        sales.commit_sale(store.db, store.clerk, line, [cash("750")])
    assert item_state(store, code) == ItemState.ON_SHELF
    record = sales.commit_sale(store.db, store.clerk, line, [cash("750")],
                               override=ManagerOverride("manager", store.pins["manager"]))
    assert record.total == yuan("750") and record.discounts == yuan("250")


def test_underpaid_sale_changes_nothing(store):
    open_drawer(store)
    code = on_shelf(store, "500")
    before = table_counts(store)
    with pytest.raises(SaleUnderpaid):
        ring(store, code, tenders=[cash("400")])
    assert table_counts(store) == before and item_state(store, code) == ItemState.ON_SHELF


def test_no_sale_without_an_open_shift(store):
    code = on_shelf(store)
    with pytest.raises(NoOpenShift):
        ring(store, code)
    assert item_state(store, code) == ItemState.ON_SHELF


def test_a_consigned_item_owes_its_consignor_their_share(store):
    open_drawer(store)
    code, party = consigned_on_shelf(store, "1000")
    ring(store, code)
    with store.db.read() as s:
        owed = s.execute(select(ConsignorEntry.kind, ConsignorEntry.amount_minor)
                         .where(ConsignorEntry.party_id == party)).all()
    assert [tuple(e) for e in owed] == [("sale_share", 60000)]


def test_stock_lines_sell_by_quantity(store):
    open_drawer(store)
    stock.add_stock_line(store.db, store.admin, sku="CHG-20W", name="USB-C charger 20W",
                         category="3c.phone", price=Money.of("59"), quantity=3)
    assert sales.scan(store.db, store.clerk, "CHG-20W").available == 3
    record = sales.commit_sale(store.db, store.clerk, [sales.BasketLine("CHG-20W", 2)],
                               [cash("118")])
    assert record.lines[0].quantity == 2 and record.total == yuan("118")
    assert sales.scan(store.db, store.clerk, "CHG-20W").available == 1


def test_a_held_item_sells_only_to_its_customer(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    hold = holds.place_hold(store.db, store.clerk, code, customer_name="刘洋")
    with pytest.raises(ItemOnHold):
        ring(store, code)
    assert sales.scan(store.db, store.clerk, code, hold_id=hold.id).hold_id == hold.id
    record = sales.commit_sale(store.db, store.clerk, [sales.BasketLine(code, hold_id=hold.id)],
                               [cash("300")], customer_party_id=customer(store))
    assert holds.active_holds(store.db, store.clerk) == []
    assert item_state(store, code) == ItemState.SOLD
    with store.db.read() as s:
        assert s.execute(select(Hold.status, Hold.sale_id).where(Hold.id == hold.id)).one() == (
            "sold", record.id)


def test_two_lines_of_one_stock_line_cannot_take_more_than_is_on_hand(store):
    open_drawer(store)
    stock.add_stock_line(store.db, store.admin, sku="CABLE-1M", name="USB-C cable 1 m",
                         category="3c.phone", price=Money.of("19"), quantity=3)
    before = table_counts(store)
    with pytest.raises(OutOfStock):
        sales.commit_sale(store.db, store.clerk, [sales.BasketLine("CABLE-1M", 2),
                                                  sales.BasketLine("CABLE-1M", 2)], [cash("76")])
    assert table_counts(store) == before
    assert sales.scan(store.db, store.clerk, "CABLE-1M").available == 3


def test_a_sale_paid_by_bank_transfer_can_be_returned_to_the_transfer(store):
    from pos_app.services import returns

    open_drawer(store)
    code = on_shelf(store, "900")
    record = ring(store, code, tenders=[Tender("transfer", yuan("900"), "BANK-42")])
    refund = returns.return_items(store.db, store.clerk, record.number,
                                  [(record.lines[0].id, 1, "stock")])
    assert [(t.kind, t.amount, t.reference) for t in refund.tenders] == [
        ("transfer", yuan("900"), "BANK-42")]
