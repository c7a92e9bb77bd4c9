"""Store credit and gift vouchers are ledgers: every movement is a line, the balance is their
sum, and nothing spends below zero."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pos_app.domain.money import Money
from pos_app.domain.sale import Tender
from pos_app.errors import NotFound, PermissionDenied, ValidationError
from pos_app.models import AuditEntry, CreditEntry, VoucherEntry
from pos_app.services import credit, sales, vouchers
from tests.pos_app.counter_support import (
    cash,
    customer,
    on_shelf,
    open_drawer,
    table_counts,
    yuan,
)


def rows(store) -> dict[str, int]:
    with store.db.read() as s:
        counts = {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                  for m in (CreditEntry, VoucherEntry)}
    return counts | table_counts(store) | store.counts()


def give_credit(store, party: int, amount: str, reason: str = "buy-back in credit") -> None:
    with store.db.write() as s:
        credit.add_credit(s, store.manager, party, yuan(amount), reason, "IN-1")


def test_the_ledger_lists_every_movement_with_its_running_balance(store):
    party = customer(store)
    give_credit(store, party, "500")
    open_drawer(store)
    code = on_shelf(store, "320")
    receipt = sales.commit_sale(store.db, store.clerk, [sales.BasketLine(code)],
                                [Tender("credit", yuan("320"))], customer_party_id=party)
    lines = credit.history(store.db, store.clerk, party)
    assert [(ln.amount, ln.balance, ln.reason, ln.reference) for ln in lines] == [
        (yuan("500"), yuan("500"), "buy-back in credit", "IN-1"),
        (yuan("-320"), yuan("180"), "sale", receipt.number)]
    assert lines[1].by == store.clerk.display_name
    assert credit.balance(store.db, party) == yuan("180")


def test_spending_never_takes_the_credit_below_zero(store):
    party = customer(store)
    give_credit(store, party, "100")
    open_drawer(store)
    code = on_shelf(store, "320")
    before = rows(store)
    with pytest.raises(ValidationError, match="store credit is ¥100.00"):
        sales.commit_sale(store.db, store.clerk, [sales.BasketLine(code)],
                          [Tender("credit", yuan("120")), cash("200")], customer_party_id=party)
    assert rows(store) == before
    with pytest.raises(ValidationError), store.db.write() as s:
        credit.add_credit(s, store.manager, party, yuan("-100.01"), "spent")
    assert credit.balance(store.db, party) == yuan("100")


def test_a_manager_adjusts_the_credit_with_a_reason(store):
    party = customer(store)
    give_credit(store, party, "50")
    line = credit.adjust(store.db, store.manager, party, yuan("25"), "  goodwill for a late repair ")
    assert (line.amount, line.balance, line.reason, line.reference) == (
        yuan("25"), yuan("75"), "goodwill for a late repair", "adjustment")
    credit.adjust(store.db, store.manager, party, yuan("-75"), "typed twice")
    assert credit.balance(store.db, party) == yuan("0")
    with store.db.read() as s:
        audited = s.scalars(select(AuditEntry.data).where(AuditEntry.action == "credit.added")).all()
    assert any("typed twice" in data for data in audited)

    before = rows(store)
    with pytest.raises(ValidationError, match="not enough"):
        credit.adjust(store.db, store.manager, party, yuan("-1"), "too much")
    with pytest.raises(ValidationError, match="reason"):
        credit.adjust(store.db, store.manager, party, yuan("10"), " ")
    with pytest.raises(PermissionDenied):
        credit.adjust(store.db, store.clerk, party, yuan("10"), "a gift")
    with pytest.raises(ValidationError):
        credit.adjust(store.db, store.manager, party, Money(1000, "USD"), "dollars")
    with pytest.raises(NotFound):
        credit.history(store.db, store.clerk, 9999)
    assert rows(store) == before


def test_a_gift_voucher_is_a_ledger_too(store):
    open_drawer(store)
    code, _receipt = vouchers.sell_voucher(store.db, store.clerk, yuan("200"), [cash("200")])
    item = on_shelf(store, "150")
    sales.commit_sale(store.db, store.clerk, [sales.BasketLine(item)],
                      [Tender("voucher", yuan("150"), code)])
    view = vouchers.voucher(store.db, store.clerk, code.lower())
    assert view.balance == yuan("50")
    assert [(amount, reason) for _, amount, reason, _ in view.entries] == [
        (yuan("200"), "issued"), (yuan("-150"), "spent")]
    other = on_shelf(store, "80")
    before = rows(store)
    with pytest.raises(ValidationError, match="not enough"):
        sales.commit_sale(store.db, store.clerk, [sales.BasketLine(other)],
                          [Tender("voucher", yuan("80"), code)])
    assert rows(store) == before
    with pytest.raises(NotFound):
        vouchers.voucher(store.db, store.clerk, "GVNOPE")
