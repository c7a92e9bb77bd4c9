"""Voids through the services: a whole sale cancelled in its own shift, with a manager, and
everything it moved put back."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.sale import Tender
from pos_app.errors import AuthenticationFailed, ValidationError
from pos_app.models import (
    ConsignorEntry,
    ItemEvent,
    ManagerAuthorisation,
    OutboxEvent,
    Refund,
    Sale,
    StockLine,
)
from pos_app.services import credit, holds, returns, sales, shifts, stock, vouchers
from pos_app.services.users import ManagerOverride
from tests.pos_app.counter_support import (
    cash,
    consigned_on_shelf,
    customer,
    item_state,
    on_shelf,
    open_drawer,
    ring,
    set_settings,
    table_counts,
    yuan,
)


def _manager(store) -> ManagerOverride:
    return ManagerOverride("manager", store.pins["manager"])


def _counts(store) -> dict[str, int]:
    with store.db.read() as s:
        refunds = s.scalar(select(func.count()).select_from(Refund))
    return table_counts(store) | store.counts() | {"refunds": refunds}


def test_a_void_puts_back_every_item_stock_tender_and_share(store):
    shift = open_drawer(store, "500")
    party = customer(store)
    with store.db.write() as s:
        credit.add_credit(s, store.clerk, party, yuan("100"), "goodwill")
    voucher, _ = vouchers.sell_voucher(store.db, store.clerk, yuan("200"), [cash("200")])
    drawer = shifts.drawer_balance(store.db, shift.id)
    plain = on_shelf(store, "1289")
    consigned, consignor = consigned_on_shelf(store, "1000")
    stock.add_stock_line(store.db, store.admin, sku="CASE-13", name="Phone case",
                         category="3c.phone", price=Money.of("39"), quantity=5)
    hold = holds.place_hold(store.db, store.clerk, plain, customer_name="刘洋")
    sale = sales.commit_sale(
        store.db, store.clerk,
        [sales.BasketLine(plain, hold_id=hold.id), sales.BasketLine(consigned),
         sales.BasketLine("CASE-13", 2)],
        [Tender("card", yuan("1000"), "T-1"), Tender("voucher", yuan("150"), voucher),
         Tender("credit", yuan("100")), cash("1300")], customer_party_id=party)
    assert sale.total == yuan("2367") and sale.change == yuan("183")

    refund = returns.void_sale(store.db, store.clerk, sale.number, override=_manager(store),
                               reason="rung up twice")
    assert refund.kind == "void" and refund.total == sale.total
    assert refund.authorised_by == "Manager 测试" and refund.reason == "rung up twice"
    assert sorted((t.kind, t.amount, t.reference) for t in refund.tenders) == sorted([
        ("card", yuan("1000"), "T-1"), ("voucher", yuan("150"), voucher),
        ("credit", yuan("100"), ""), ("cash", yuan("1117"), "")])
    assert item_state(store, plain) == item_state(store, consigned) == ItemState.ON_SHELF
    assert shifts.drawer_balance(store.db, shift.id) == drawer
    assert credit.balance(store.db, party) == yuan("100")
    assert vouchers.voucher(store.db, store.clerk, voucher).balance == yuan("200")
    with store.db.read() as s:
        assert s.scalar(select(StockLine.quantity).where(StockLine.sku == "CASE-13")) == 5
        assert s.scalar(select(func.sum(ConsignorEntry.amount_minor))
                        .where(ConsignorEntry.party_id == consignor)) == 0
        row = s.scalar(select(Sale).where(Sale.number == sale.number))
        assert row.status == "voided" and row.voided_at is not None
        assert {"sale.voided", "refund.void"} <= set(s.scalars(select(OutboxEvent.event_type)))
        auth = s.scalar(select(ManagerAuthorisation.id))
        events = s.scalars(select(ItemEvent.authorisation_id).where(
            ItemEvent.to_state == "returned")).all()
        assert events == [auth, auth]
    assert holds.active_holds(store.db, store.clerk) == []  # the hold stays fulfilled
    assert returns.look_up(store.db, store.clerk, sale.number).record.status == "voided"


def test_a_clerk_needs_a_managers_pin_to_void_and_a_refusal_changes_nothing(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    sale = ring(store, code)
    assert returns.look_up(store.db, store.clerk, sale.number).voidable
    before = _counts(store)
    with pytest.raises(returns.VoidNeedsManager):
        returns.void_sale(store.db, store.clerk, sale.number, reason="mistake")
    with pytest.raises(AuthenticationFailed):
        returns.void_sale(store.db, store.clerk, sale.number, reason="mistake",
                          override=ManagerOverride("manager", "0000"))
    with pytest.raises(ValidationError):
        returns.void_sale(store.db, store.manager, sale.number, reason="  ")
    after = _counts(store)
    assert {k: v for k, v in after.items() if k not in ("audit_log",)} == \
        {k: v for k, v in before.items() if k not in ("audit_log",)}  # a wrong PIN is audited
    assert item_state(store, code) == ItemState.SOLD
    refund = returns.void_sale(store.db, store.manager, sale.number, reason="mistake")
    assert refund.authorised_by == "" and item_state(store, code) == ItemState.ON_SHELF


def test_a_void_is_only_for_the_open_shift_that_rang_the_sale_up(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    sale = ring(store, code)
    shifts.close_shift(store.db, store.clerk, yuan("800"))
    open_drawer(store)
    assert not returns.look_up(store.db, store.clerk, sale.number).voidable
    with pytest.raises(returns.VoidNotInShift):
        returns.void_sale(store.db, store.manager, sale.number, reason="late")
    assert item_state(store, code) == ItemState.SOLD


def test_a_voided_sale_cannot_be_returned_or_voided_again(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    sale = ring(store, code)
    returns.void_sale(store.db, store.manager, sale.number, reason="test")
    line = sale.lines[0].id
    with pytest.raises(returns.SaleVoided):
        returns.return_items(store.db, store.clerk, sale.number, [(line, 1)])
    with pytest.raises(returns.SaleVoided):
        returns.void_sale(store.db, store.manager, sale.number, reason="again")


def test_a_partly_returned_sale_is_returned_not_voided(store):
    open_drawer(store)
    a, b = on_shelf(store, "300"), on_shelf(store, "200")
    sale = ring(store, a, b)
    returns.return_items(store.db, store.clerk, sale.number, [(sale.lines[0].id, 1)])
    assert not returns.look_up(store.db, store.clerk, sale.number).voidable
    with pytest.raises(returns.VoidAfterReturn):
        returns.void_sale(store.db, store.manager, sale.number, reason="oops")
    assert item_state(store, b) == ItemState.SOLD


def test_a_void_of_a_cash_sale_restores_the_drawer_with_the_rounding(store):
    set_settings(store, cash_rounding="0.10")
    shift = open_drawer(store, "200")
    code = on_shelf(store, "99.96")
    sale = ring(store, code, tenders=[cash("100")])
    assert sale.total == yuan("100.00") and sale.rounding == yuan("0.04")
    assert shifts.drawer_balance(store.db, shift.id) == yuan("300")
    refund = returns.void_sale(store.db, store.manager, sale.number, reason="customer left")
    assert refund.total == yuan("100.00")
    assert shifts.drawer_balance(store.db, shift.id) == yuan("200")
