"""Consignors' accounts through the services: shares from sales, payouts by cash, transfer and
store credit, statements read back from the PDF, and contracts settled at their end."""
from __future__ import annotations

import io
import json
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.sale import Tender
from pos_app.errors import IllegalTransition, NoOpenShift, PermissionDenied, ValidationError
from pos_app.models import (
    AuditEntry,
    ConsignmentContract,
    ConsignorEntry,
    ConsignorPayout,
    CreditEntry,
    Item,
    ManagerAuthorisation,
    PriceChange,
    SaleLine,
)
from pos_app.printing.consignor_statement import render_statement
from pos_app.services import consignors, credit, returns, shifts
from pos_app.services.users import ManagerOverride
from tests.pos_app.consignor_support import consignment
from tests.pos_app.counter_support import (
    consigned_on_shelf,
    consignor,
    item_state,
    open_drawer,
    ring,
    set_settings,
    table_counts,
    yuan,
)
from tests.pos_app.pricing_support import make_item


def rows(store) -> dict[str, int]:
    with store.db.read() as s:
        counts = {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                  for m in (ConsignorPayout, CreditEntry, ConsignmentContract, PriceChange)}
    return counts | table_counts(store) | store.counts()


def drawer(store) -> Money:
    return shifts.drawer_balance(store.db, shifts.current_shift(store.db, store.counter_id).id)


# --------------------------------------------------------------------------- the account


def test_sales_owe_the_consignor_their_share_and_the_account_shows_it(store):
    open_drawer(store)
    party, _, (sold, kept) = consignment(store, ("1000", "500"))
    receipt = ring(store, sold)
    acct = consignors.account(store.db, store.manager, party)
    assert acct.owed == yuan("600")
    assert [i.code for i in acct.in_store] == [kept]
    assert acct.in_store[0].price == yuan("500")
    assert acct.in_store[0].days_on_shelf == 0
    assert acct.in_store[0].contract_number.startswith("CT-")
    assert [(i.code, i.sale_number, i.sale_price, i.share, i.returned) for i in acct.sold] == [
        (sold, receipt.number, yuan("1000"), yuan("600"), False)]
    assert acct.payouts == () and acct.ended == ()
    assert acct.store_credit == yuan("0")

    listed = consignors.list_consignors(store.db, store.manager)
    assert [(c.party_id, c.owed, c.in_store, c.sold) for c in listed] == [
        (party, yuan("600"), 1, 1)]
    assert consignors.list_consignors(store.db, store.manager, "nobody") == []


def test_a_return_takes_the_share_back(store):
    open_drawer(store)
    party, _, (code,) = consignment(store, ("1000",))
    receipt = ring(store, code)
    with store.db.read() as s:
        line_id = s.scalar(select(SaleLine.id).where(SaleLine.code == code))
    refund = returns.return_items(store.db, store.manager, receipt.number,
                                  [returns.ReturnLine(line_id)])
    acct = consignors.account(store.db, store.manager, party)
    assert acct.owed == yuan("0")
    assert [(i.code, i.returned) for i in acct.sold] == [(code, True)]
    assert [i.code for i in acct.in_store] == [code]  # back in the store, waiting for the shelf
    today = clock.now().astimezone().date()
    st = consignors.statement(store.db, store.manager, party, today, today)
    assert [(ln.kind, ln.amount, ln.reference) for ln in st.lines] == [
        ("sale_share", yuan("600"), receipt.number),
        ("return_reversal", yuan("-600"), refund.number)]
    assert st.closing == yuan("0")


def test_only_who_may_pay_consignors_sees_their_accounts(store):
    _, party = consigned_on_shelf(store)
    with pytest.raises(PermissionDenied):
        consignors.account(store.db, store.clerk, party)
    with pytest.raises(PermissionDenied):
        consignors.pay_out(store.db, store.clerk, party, yuan("1"), "cash")


# ----------------------------------------------------------------------------- payouts


def test_a_cash_payout_comes_out_of_the_drawer(store):
    open_drawer(store, "500")
    code, party = consigned_on_shelf(store, "1000")
    ring(store, code)
    assert drawer(store) == yuan("1500")
    paid = consignors.pay_out(store.db, store.manager, party, yuan("200"), "cash")
    assert (paid.method, paid.amount, paid.bonus) == ("cash", yuan("200"), yuan("0"))
    assert drawer(store) == yuan("1300")
    acct = consignors.account(store.db, store.manager, party)
    assert acct.owed == yuan("400")
    assert [(p.method, p.amount) for p in acct.payouts] == [("cash", yuan("200"))]
    with store.db.read() as s:
        payout = s.scalars(select(ConsignorPayout)).one()
        entry = s.scalars(select(ConsignorEntry).where(ConsignorEntry.kind == "payout")).one()
        assert payout.shift_id is not None and entry.payout_id == payout.id
        assert entry.amount_minor == -20000
    assert "consignor.paid_out" in store.actions()


def test_a_drawer_short_of_the_payout_refuses_it_and_changes_nothing(store):
    open_drawer(store, "100")
    code, party = consigned_on_shelf(store, "1000")
    ring(store, code, tenders=[Tender("card", yuan("1000"), "T-1")])
    before = rows(store)
    with pytest.raises(ValidationError, match="drawer holds"):
        consignors.pay_out(store.db, store.manager, party, yuan("600"), "cash")
    assert rows(store) == before
    assert consignors.account(store.db, store.manager, party).owed == yuan("600")


def test_cash_needs_an_open_shift(store):
    code, party = consigned_on_shelf(store)
    open_drawer(store)
    ring(store, code)
    shifts.close_shift(store.db, store.clerk, drawer(store))
    before = rows(store)
    with pytest.raises(NoOpenShift):
        consignors.pay_out(store.db, store.manager, party, yuan("10"), "cash")
    assert rows(store) == before


def test_a_transfer_needs_its_reference(store):
    open_drawer(store)
    code, party = consigned_on_shelf(store)
    ring(store, code)
    before = rows(store)
    with pytest.raises(ValidationError, match="reference"):
        consignors.pay_out(store.db, store.manager, party, yuan("100"), "transfer", reference=" ")
    assert rows(store) == before
    paid = consignors.pay_out(store.db, store.manager, party, yuan("100"), "transfer",
                              reference="ICBC 889900")
    assert paid.reference == "ICBC 889900"
    assert drawer(store) == yuan("1500")  # the drawer does not move
    assert consignors.account(store.db, store.manager, party).owed == yuan("500")


def test_store_credit_gets_the_bonus_on_top_of_what_is_paid(store):
    set_settings(store, credit_bonus_percent=10)
    open_drawer(store)
    code, party = consigned_on_shelf(store, "1000")
    ring(store, code)
    paid = consignors.pay_out(store.db, store.manager, party, yuan("300"), "credit")
    assert paid.bonus == yuan("30")
    assert credit.balance(store.db, party) == yuan("330")
    assert consignors.account(store.db, store.manager, party).owed == yuan("300")
    paid = consignors.pay_out(store.db, store.manager, party, yuan("300"), "credit",
                              bonus_percent=Decimal(5))
    assert paid.bonus == yuan("15")
    acct = consignors.account(store.db, store.manager, party)
    assert acct.owed == yuan("0") and acct.store_credit == yuan("645")
    assert [(ln.amount, ln.reason) for ln in credit.history(store.db, store.clerk, party)] == [
        (yuan("330"), "consignor payout"), (yuan("315"), "consignor payout")]


def test_paying_more_than_is_owed_is_refused(store):
    open_drawer(store)
    code, party = consigned_on_shelf(store, "1000")
    ring(store, code)
    before = rows(store)
    for method, ref in (("cash", ""), ("transfer", "X1"), ("credit", "")):
        with pytest.raises(ValidationError, match="is owed ¥600.00"):
            consignors.pay_out(store.db, store.manager, party, yuan("600.01"), method,
                               reference=ref)
    with pytest.raises(ValidationError):
        consignors.pay_out(store.db, store.manager, party, yuan("0"), "cash")
    with pytest.raises(ValidationError):
        consignors.pay_out(store.db, store.manager, party, yuan("5"), "cheque")
    with pytest.raises(ValidationError, match="bonus"):
        consignors.pay_out(store.db, store.manager, party, yuan("5"), "cash",
                           bonus_percent=Decimal(5))
    assert rows(store) == before
    consignors.pay_out(store.db, store.manager, party, yuan("600"), "cash")
    assert consignors.account(store.db, store.manager, party).owed == yuan("0")


# --------------------------------------------------------------------------- statements


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _amounts(text: str) -> list[Decimal]:
    """Every amount printed, in reading order ("-¥700.00" is −700)."""
    return [Decimal(sign + digits.replace(",", ""))
            for sign, digits in re.findall(r"(-?)¥([\d,]+\.\d\d)", text)]


def test_the_statement_adds_up_and_reads_back_from_its_pdf(store):
    party = consignor(store)
    today = clock.now().astimezone().date()
    moments = {name: datetime.combine(today - timedelta(days=back), datetime.min.time())
               .astimezone() + timedelta(hours=12)
               for name, back in (("before", 40), ("in1", 20), ("in2", 10), ("after", 1))}
    _, _, codes = consignment(store, ("1000", "500", "200", "300"), party=party)
    with clock.set_to(moments["before"]):
        open_drawer(store)
        ring(store, codes[0])  # +600 before the period
    with clock.set_to(moments["in1"]):
        ring(store, codes[1])  # +300
        consignors.pay_out(store.db, store.manager, party, yuan("700"), "transfer",
                           reference="BOC-1")  # −700
    with clock.set_to(moments["in2"]):
        ring(store, codes[2])  # +120
        with store.db.write() as s:
            s.add(ConsignorEntry(store_id=store.store_id, party_id=party, kind="adjustment",
                                 amount_minor=-500, at=clock.now(), note="label fee"))
    with clock.set_to(moments["after"]):
        ring(store, codes[3])  # +180, after the period

    first, last = today - timedelta(days=30), today - timedelta(days=5)
    st = consignors.statement(store.db, store.manager, party, first, last)
    assert st.opening == yuan("600")
    assert [(ln.kind, ln.amount) for ln in st.lines] == [
        ("sale_share", yuan("300")), ("payout", yuan("-700")), ("sale_share", yuan("120")),
        ("adjustment", yuan("-5"))]
    assert st.closing == st.opening + Money.sum(ln.amount for ln in st.lines) == yuan("315")
    assert st.lines[0].item_code == codes[1] and st.lines[0].reference.startswith("SH01")
    assert st.lines[1].reference == "BOC-1" and st.lines[1].payout_method == "transfer"
    assert [ln.balance for ln in st.lines] == [yuan("900"), yuan("200"), yuan("320"),
                                               yuan("315")]

    for language, title in (("en", "Consignor statement"), ("zh_CN", "寄卖对账单")):
        pdf = render_statement(st, language)
        text = _pdf_text(pdf)
        assert title in text and codes[1] in text and "BOC-1" in text
        table = _amounts(text)[: 1 + 2 * len(st.lines) + 1]  # opening, (amount, balance)…, closing
        opening, closing = table[0], table[-1]
        entries = table[1:-1:2]
        balances = table[2:-1:2]
        assert opening == Decimal("600.00") and closing == Decimal("315.00")
        assert opening + sum(entries) == closing
        assert balances[-1] == closing
    assert re.search(r"label fee", _pdf_text(render_statement(st, "en")))


def test_a_statement_needs_its_days_in_order(store):
    party = consignor(store)
    with pytest.raises(ValidationError):
        consignors.statement(store.db, store.manager, party, date(2026, 2, 1), date(2026, 1, 1))


# -------------------------------------------------------------------- expiring contracts


def test_expiring_and_expired_contracts_are_listed_with_their_action(store):
    soon_party, soon, soon_codes = consignment(store, ("100",), expires_in=3)
    _, gone, _ = consignment(store, ("100", "200"), expires_in=-2, at_expiry="store_stock")
    consignment(store, ("100",), expires_in=30)  # not yet
    _, _, (sold,) = consignment(store, ("100",), expires_in=-5)
    open_drawer(store)
    ring(store, sold)  # nothing left in the store: nothing due
    due = consignors.expiring_contracts(store.db, store.manager, within_days=7)
    assert [(c.id, c.action, len(c.items), c.expired) for c in due] == [
        (gone, "convert", 2, True), (soon, "return", 1, False)]
    assert due[1].days_left == 3 and due[1].party_id == soon_party
    assert [i.code for i in due[1].items] == soon_codes
    assert [c.id for c in consignors.expiring_contracts(store.db, store.manager, 0)] == [gone]


def test_returning_the_items_settles_the_contract(store):
    party, contract, codes = consignment(store, ("100", "200"), expires_in=-1)
    done = consignors.settle_expired(store.db, store.clerk, contract)  # a clerk may hand back
    assert (done.action, set(done.codes), done.settled) == ("return", set(codes), True)
    assert {item_state(store, c) for c in codes} == {ItemState.RETURNED_TO_OWNER}
    with store.db.read() as s:
        assert s.get(ConsignmentContract, contract).status == "settled"
    assert store.actions().count("item.returned_to_owner") == 2
    assert store.actions()[-1] == "consignment.settled"
    ended = consignors.account(store.db, store.manager, party).ended
    assert {(e.code, e.outcome) for e in ended} == {(c, "returned_to_owner") for c in codes}
    assert consignors.expiring_contracts(store.db, store.manager) == []


def test_some_items_only_leave_the_contract_open(store):
    _, contract, codes = consignment(store, ("100", "200"), expires_in=-1)
    done = consignors.settle_expired(store.db, store.manager, contract, codes=[codes[0]])
    assert done.codes == (codes[0],) and not done.settled
    assert item_state(store, codes[1]) == ItemState.ON_SHELF
    due = consignors.expiring_contracts(store.db, store.manager)
    assert [i.code for i in due[0].items] == [codes[1]]
    before = rows(store)
    with pytest.raises(ValidationError, match="not in the store under contract"):
        consignors.settle_expired(store.db, store.manager, contract, codes=[codes[0]])
    assert rows(store) == before


def test_donating_needs_the_write_off_right_or_a_managers_pin(store):
    _, contract, codes = consignment(store, ("100",), expires_in=-3, at_expiry="donate")
    before = rows(store)
    with pytest.raises(PermissionDenied):
        consignors.settle_expired(store.db, store.clerk, contract)
    assert rows(store) == before
    done = consignors.settle_expired(store.db, store.clerk, contract,
                                     override=ManagerOverride("manager", store.pins["manager"]))
    assert done.action == "donate" and done.settled
    assert item_state(store, codes[0]) == ItemState.DONATED
    with store.db.read() as s:
        auth = s.execute(select(ManagerAuthorisation.permission,
                                ManagerAuthorisation.manager_id)).one()
    assert tuple(auth) == ("WRITE_OFF", store.manager.user_id)


def test_nothing_is_donated_or_taken_before_the_contract_ends(store):
    _, contract, _ = consignment(store, ("100",), expires_in=2, at_expiry="donate")
    before = rows(store)
    for action in ("donate", "convert"):
        with pytest.raises(ValidationError, match="runs until"):
            consignors.settle_expired(store.db, store.manager, contract, action)
    with pytest.raises(ValidationError):
        consignors.settle_expired(store.db, store.manager, contract, "burn")
    assert rows(store) == before


def test_an_item_that_cannot_take_the_move_stops_the_whole_action(store):
    party, contract, (code,) = consignment(store, ("100",), expires_in=-3, at_expiry="donate")
    labelled = make_item(store, price="50", state=ItemState.LABELLED, acquisition="consignment",
                         owner=party, contract_id=contract)
    before = rows(store)
    with pytest.raises(IllegalTransition):
        consignors.settle_expired(store.db, store.manager, contract)
    assert rows(store) == before
    assert item_state(store, code) == ItemState.ON_SHELF
    assert item_state(store, labelled) == ItemState.LABELLED


def test_taking_the_items_into_stock_makes_them_the_stores_own(store):
    party, contract, (code,) = consignment(store, ("1000",), expires_in=-1,
                                           at_expiry="store_stock", markdowns=[[5, 20]],
                                           on_shelf_days_ago=10)
    done = consignors.settle_expired(store.db, store.manager, contract)
    assert done.action == "convert" and done.settled
    with store.db.read() as s:
        item = s.scalars(select(Item).where(Item.code == code)).one()
        assert (item.acquisition, item.owner_party_id, item.contract_id, item.cost_minor) == (
            "store_stock", None, None, 0)
        assert item.state == ItemState.ON_SHELF
        assert item.price_minor == 80000  # what it sold for on the day, not back up to 1000
        change = s.scalars(select(PriceChange).where(PriceChange.item_id == item.id)).one()
        assert (change.old_minor, change.new_minor) == (100000, 80000)
        settled, taken = (json.loads(s.scalar(select(AuditEntry.data)
                                              .where(AuditEntry.action == action)))
                          for action in ("consignment.settled", "item.taken_into_stock"))
    assert taken["former_owner_party_id"] == party and taken["contract"].startswith("CT-")
    assert settled["items"][0]["code"] == code
    acct = consignors.account(store.db, store.manager, party)
    assert acct.in_store == () and [(e.code, e.outcome) for e in acct.ended] == [
        (code, "store_stock")]
    open_drawer(store)
    ring(store, code)  # sold as the store's own: no share for the former owner
    assert consignors.account(store.db, store.manager, party).owed == yuan("0")
