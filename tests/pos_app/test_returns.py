"""Returns through the services: what comes back, where it goes, and how the money goes back."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.sale import Discount, Tender
from pos_app.errors import AuthenticationFailed, NoOpenShift, NotFound, ValidationError
from pos_app.models import (
    CashMovement,
    ConsignorEntry,
    ManagerAuthorisation,
    OutboxEvent,
    Refund,
    RefundLine,
    SaleLine,
    StockLine,
)
from pos_app.printing import receipts
from pos_app.services import credit, journal, returns, sales, shifts, stock
from pos_app.services.returns import ReturnLine
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


def _counts(store) -> dict[str, int]:
    with store.db.read() as s:
        extra = {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                 for m in (Refund, RefundLine, ManagerAuthorisation)}
    return table_counts(store) | extra | store.counts()


def _manager(store) -> ManagerOverride:
    return ManagerOverride("manager", store.pins["manager"])


def _line(record, code: str) -> int:
    return next(line.id for line in record.lines if line.code == code)


def _charger(store, price: str = "33.33", quantity: int = 5) -> str:
    stock.add_stock_line(store.db, store.admin, sku="CHG-20W", name="USB-C charger 20W",
                         category="3c.phone", price=Money.of(price), quantity=quantity)
    return "CHG-20W"


def _on_hand(store, sku: str) -> int:
    with store.db.read() as s:
        return s.scalar(select(StockLine.quantity).where(StockLine.sku == sku))


def test_a_full_return_puts_the_item_back_and_the_cash_back_out_of_the_drawer(store):
    shift = open_drawer(store, "500")
    a, b = on_shelf(store, "1289"), on_shelf(store, "99")
    sale = ring(store, a, b)
    found = returns.look_up(store.db, store.clerk, sale.qr)
    assert found.within_window and found.record.number == sale.number

    refund = returns.return_items(store.db, store.clerk, sale.qr,
                                  [(_line(sale, a), 1, "stock"), (_line(sale, b), 1, "stock")],
                                  reason="changed mind")
    assert refund.kind == "return" and refund.sale_number == sale.number
    assert refund.number.startswith("RSH01")
    assert refund.total == yuan("1388")
    assert [(t.kind, t.amount) for t in refund.tenders] == [("cash", yuan("1388"))]
    assert [(line.code, line.amount, line.disposition) for line in refund.lines] == [
        (a, yuan("1289"), "stock"), (b, yuan("99"), "stock")]
    assert refund.lines[0].tax == yuan("148.29")
    assert item_state(store, a) == item_state(store, b) == ItemState.ON_SHELF
    assert shifts.drawer_balance(store.db, shift.id) == yuan("500")
    assert sales.scan(store.db, store.clerk, a).price == yuan("1289")  # for sale again
    record = returns.look_up(store.db, store.clerk, sale.number).record
    assert [line.returned_quantity for line in record.lines] == [1, 1]
    assert record.refunded == yuan("1388")
    with store.db.read() as s:
        assert s.scalar(select(CashMovement.kind).order_by(CashMovement.id.desc()).limit(1)) \
            == "refund"
        assert "refund.return" in list(s.scalars(select(OutboxEvent.event_type)))
        assert journal.verify_chain(s).ok
    assert returns.find_refund(store.db, refund.number) == refund


def test_partial_returns_of_a_stock_line_add_up_to_what_was_paid_to_the_fen(store):
    open_drawer(store)
    sku = _charger(store, "33.33", 5)
    sale = sales.commit_sale(store.db, store.clerk, [sales.BasketLine(sku, 3)], [cash("100")],
                             sale_discount=Discount("amount", yuan("5")))
    assert sale.total == yuan("94.99") and _on_hand(store, sku) == 2
    line = sale.lines[0].id
    assert returns.quote_return(store.db, store.clerk, sale.number, [(line, 2)]) == yuan("63.33")
    given = [returns.return_items(store.db, store.clerk, sale.number, [(line, 1, "stock")]).total
             for _ in range(3)]
    assert given == [yuan("31.67"), yuan("31.66"), yuan("31.66")]
    assert _on_hand(store, sku) == 5
    with store.db.read() as s:
        tax = sum(s.scalars(select(RefundLine.tax_minor)))
        assert tax == s.scalar(select(SaleLine.tax_minor))


def test_a_partial_quantity_then_the_rest(store):
    open_drawer(store)
    sku = _charger(store, "59", 5)
    sale = sales.commit_sale(store.db, store.clerk, [sales.BasketLine(sku, 4)], [cash("236")])
    first = returns.return_items(store.db, store.clerk, sale.number, [(sale.lines[0].id, 3)])
    assert first.total == yuan("177") and first.lines[0].quantity == 3
    with pytest.raises(returns.ReturnedAlready) as refused:
        returns.return_items(store.db, store.clerk, sale.number, [(sale.lines[0].id, 2)])
    assert "only 1 of 4" in refused.value.message
    assert returns.return_items(store.db, store.clerk, sale.number,
                                [(sale.lines[0].id, 1)]).total == yuan("59")


def test_a_line_cannot_be_returned_twice_and_the_refusal_changes_nothing(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    sale = ring(store, code)
    returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1, "stock")])
    before = _counts(store)
    with pytest.raises(returns.ReturnedAlready):
        returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1, "stock")])
    assert _counts(store) == before


def test_past_the_return_window_a_manager_authorises_the_return(store):
    past = clock.now() - timedelta(days=20)
    with clock.set_to(past):
        open_drawer(store)
        code = on_shelf(store, "800")
        sale = ring(store, code)
    assert not returns.look_up(store.db, store.clerk, sale.number).within_window
    before = _counts(store)
    with pytest.raises(returns.ReturnWindowPassed) as refused:
        returns.return_items(store.db, store.clerk, sale.number, [ReturnLine(_line(sale, code))])
    assert "14 days" in refused.value.message
    assert _counts(store) == before and item_state(store, code) == ItemState.SOLD
    with pytest.raises(AuthenticationFailed):
        returns.return_items(store.db, store.clerk, sale.number, [ReturnLine(_line(sale, code))],
                             override=ManagerOverride("manager", "9999"))
    assert item_state(store, code) == ItemState.SOLD

    refund = returns.return_items(store.db, store.clerk, sale.number,
                                  [ReturnLine(_line(sale, code))], override=_manager(store))
    assert refund.authorised_by == "Manager 测试" and refund.total == yuan("800")
    assert item_state(store, code) == ItemState.ON_SHELF
    with store.db.read() as s:
        assert s.scalar(select(ManagerAuthorisation.permission)) == "REFUND"


def test_a_manager_returns_past_the_window_without_a_pin(store):
    with clock.set_to(clock.now() - timedelta(days=30)):
        open_drawer(store)
        code = on_shelf(store, "100")
        sale = ring(store, code)
    refund = returns.return_items(store.db, store.manager, sale.number, [(_line(sale, code),)])
    assert refund.authorised_by == "" and refund.total == yuan("100")


def test_a_card_refund_goes_back_to_the_card_with_its_reference_and_cash_last(store):
    shift = open_drawer(store, "100")
    a, b = on_shelf(store, "600"), on_shelf(store, "400")
    sale = ring(store, a, b, tenders=[Tender("card", yuan("800"), "T-778812"), cash("250")])
    assert shifts.drawer_balance(store.db, shift.id) == yuan("300")
    first = returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, a), 1)])
    assert [(t.kind, t.amount, t.reference) for t in first.tenders] == [
        ("card", yuan("600"), "T-778812")]
    second = returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, b), 1)])
    assert [(t.kind, t.amount, t.reference) for t in second.tenders] == [
        ("card", yuan("200"), "T-778812"), ("cash", yuan("200"), "")]
    assert shifts.drawer_balance(store.db, shift.id) == yuan("100")


def test_a_refund_to_store_credit_needs_a_customer(store):
    open_drawer(store)
    code = on_shelf(store, "250")
    sale = ring(store, code)
    before = _counts(store)
    with pytest.raises(ValidationError) as refused:
        returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1)],
                             refund_to="credit")
    assert "customer" in refused.value.message and _counts(store) == before
    party = customer(store)
    refund = returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1)],
                                  refund_to="credit", customer_party_id=party)
    assert [(t.kind, t.amount) for t in refund.tenders] == [("credit", yuan("250"))]
    assert credit.balance(store.db, party) == yuan("250")


def test_store_credit_spent_goes_back_on_the_credit(store):
    open_drawer(store)
    party = customer(store)
    with store.db.write() as s:
        credit.add_credit(s, store.clerk, party, yuan("100"), "goodwill")
    code = on_shelf(store, "300")
    sale = ring(store, code, tenders=[Tender("credit", yuan("100")), cash("200")],
                customer_party_id=party)
    assert credit.balance(store.db, party) == yuan("0")
    refund = returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1)])
    assert [(t.kind, t.amount) for t in refund.tenders] == [
        ("credit", yuan("100")), ("cash", yuan("200"))]
    assert credit.balance(store.db, party) == yuan("100")


def test_a_consigned_items_return_reverses_its_consignors_share(store):
    open_drawer(store)
    code, party = consigned_on_shelf(store, "1000")
    sale = ring(store, code)
    refund = returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1)])
    assert refund.lines[0].consignor_reversed == yuan("600")
    with store.db.read() as s:
        owed = s.execute(select(ConsignorEntry.kind, ConsignorEntry.amount_minor)
                         .where(ConsignorEntry.party_id == party).order_by(ConsignorEntry.id)).all()
    assert [tuple(e) for e in owed] == [("sale_share", 60000), ("return_reversal", -60000)]


def test_re_inspection_leaves_the_item_returned_for_the_grading_screen(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    sale = ring(store, code)
    returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1, "reinspect")])
    assert item_state(store, code) == ItemState.RETURNED


def test_a_write_off_needs_a_manager(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    sale = ring(store, code)
    before = _counts(store)
    with pytest.raises(returns.WriteOffNeedsManager):
        returns.return_items(store.db, store.clerk, sale.number,
                             [(_line(sale, code), 1, "write_off")])
    assert _counts(store) == before and item_state(store, code) == ItemState.SOLD
    refund = returns.return_items(store.db, store.clerk, sale.number,
                                  [(_line(sale, code), 1, "write_off")], override=_manager(store))
    assert item_state(store, code) == ItemState.WRITTEN_OFF
    assert refund.authorised_by == "Manager 测试"


def test_a_drawer_short_of_cash_refuses_the_refund_and_nothing_changes(store):
    open_drawer(store, "0")
    code = on_shelf(store, "500")
    sale = ring(store, code)
    with store.db.write() as s:
        shift = shifts.open_shift_at(s, store.counter_id, for_update=True)
        shifts.record_cash(s, store.clerk, shift, "paid_out", yuan("-400"), "bank deposit")
    before = _counts(store)
    with pytest.raises(ValidationError) as refused:
        returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1)])
    assert "not enough" in refused.value.message
    assert _counts(store) == before and item_state(store, code) == ItemState.SOLD
    with store.db.read() as s:
        assert s.scalar(select(SaleLine.returned_quantity)) == 0


def test_no_refund_without_an_open_shift(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    sale = ring(store, code)
    shifts.close_shift(store.db, store.clerk, yuan("800"))
    with pytest.raises(NoOpenShift):
        returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 1)])
    assert item_state(store, code) == ItemState.SOLD


def test_the_last_return_gives_back_the_cash_rounding_too(store):
    set_settings(store, cash_rounding="1.00")
    open_drawer(store)
    a, b = on_shelf(store, "49.70"), on_shelf(store, "49.70")
    sale = ring(store, a, b, tenders=[cash("100")])
    assert sale.total == yuan("99") and sale.rounding == yuan("-0.40")
    first = returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, a), 1)])
    last = returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, b), 1)])
    assert (first.total, last.total) == (yuan("49.70"), yuan("49.30"))
    assert first.total + last.total == sale.total


def test_unknown_receipts_and_bad_lines_are_refused(store):
    open_drawer(store)
    code = on_shelf(store, "300")
    sale = ring(store, code)
    with pytest.raises(NotFound):
        returns.look_up(store.db, store.clerk, "CPOS-SALE:NOPE-1-1")
    with pytest.raises(ValidationError):
        returns.return_items(store.db, store.clerk, sale.number, [])
    with pytest.raises(ValidationError):
        returns.return_items(store.db, store.clerk, sale.number, [(999999, 1)])
    with pytest.raises(ValidationError):
        returns.return_items(store.db, store.clerk, sale.number, [(_line(sale, code), 0)])
    assert item_state(store, code) == ItemState.SOLD


def test_the_refund_slip_says_what_went_back_and_how(store, tmp_path):
    open_drawer(store, "100")
    code = on_shelf(store, "600", model="iPhone 13 128GB")
    sale = ring(store, code, tenders=[Tender("card", yuan("500"), "T-778812"), cash("100")])
    refund = returns.return_items(store.db, store.clerk, sale.number,
                                  [(_line(sale, code), 1, "reinspect")], reason="screen flickers")
    for language, words in (("en", ["Refund slip", "To re-inspection", "Given back",
                                    "Ref. T-778812", "screen flickers"]),
                            ("zh_CN", ["退货退款单", "待复检", "退款合计"])):
        paper = receipts.render_refund_slip(refund, width_mm=58, language=language)
        text = PdfReader(io.BytesIO(paper.pdf)).pages[0].extract_text()
        for word in [refund.number, sale.number, "¥600.00", "¥500.00", *words]:
            assert word in text, (language, word)
        (tmp_path / f"slip-{language}.pdf").write_bytes(paper.pdf)
