"""A shift from float to blind count: the X report while open, the Z report at close, each
figure checked against sums over the rows the till wrote, and the report on paper."""
from __future__ import annotations

import io
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from pos_app.domain.denominations import CountNotWhole, DenominationUnknown
from pos_app.domain.money import Money
from pos_app.domain.sale import Discount, Tender
from pos_app.errors import NoOpenShift, NotFound, PermissionDenied, ValidationError
from pos_app.models import AuditEntry, CashMovement, OutboxEvent, Sale, Shift
from pos_app.models import Tender as TenderRow
from pos_app.printing.shift_report import print_shift_report, render_shift_report
from pos_app.services import returns, sales, shift_report, shifts
from tests.pos_app.counter_support import cash, on_shelf, open_drawer, ring, yuan
from tests.pos_app.intake_support import outbox

COUNT = {"100": 16, "10": 1, "5": 1, "1": 1, "0.5": 1}  # ¥1,616.50: a yuan short


def _buy_back_payout(store, amount: str) -> None:
    """Cash paid to a seller, written as intake writes it."""
    with store.db.write() as s:
        shift = shifts.open_shift_at(s, store.counter_id, for_update=True)
        shifts.record_cash(s, store.clerk, shift, "buy_back", -yuan(amount), "I-TEST-1")


def _day(store) -> int:
    """A float, two cash sales with change, a discounted card sale, a buy-back paid in cash,
    a paid-in and a paid-out; the shift's id."""
    shift = open_drawer(store, "500")
    ring(store, on_shelf(store, "1289"), tenders=[cash("1300")])  # change ¥11
    ring(store, on_shelf(store, "99"), tenders=[cash("100")])  # change ¥1
    card_item = on_shelf(store, "1000")
    sales.commit_sale(store.db, store.clerk,
                      [sales.BasketLine(card_item, discount=Discount("percent", Decimal(5)))],
                      [Tender("card", yuan("950"), "T-778812")])
    _buy_back_payout(store, "300")
    shifts.pay_in(store.db, store.clerk, yuan("50"), "change from the bank")
    shifts.pay_out(store.db, store.clerk, yuan("20.50"), "cleaning supplies")
    return shift.id


def _sum(s, column, *where) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(column), 0)).where(*where)))


def _database_says(store, shift_id: int) -> dict[str, int]:
    """The drawer and the takings as the rows hold them, summed here independently."""
    with store.db.read() as s:
        moved = CashMovement.shift_id == shift_id
        return {
            "float": s.scalar(select(Shift.opening_float_minor).where(Shift.id == shift_id)),
            "in": _sum(s, CashMovement.amount_minor, moved, CashMovement.amount_minor > 0),
            "out": -_sum(s, CashMovement.amount_minor, moved, CashMovement.amount_minor < 0),
            "cash_tenders": _sum(s, TenderRow.amount_minor, TenderRow.shift_id == shift_id,
                                 TenderRow.kind == "cash"),
            "card_tenders": _sum(s, TenderRow.amount_minor, TenderRow.shift_id == shift_id,
                                 TenderRow.kind == "card"),
            "tax": _sum(s, Sale.tax_minor, Sale.shift_id == shift_id, Sale.status != "voided"),
            "discounts": _sum(s, Sale.discount_minor, Sale.shift_id == shift_id),
            "sales": s.scalar(select(func.count()).select_from(Sale)
                              .where(Sale.shift_id == shift_id)),
            "movements": {k: (n, int(v)) for k, n, v in s.execute(
                select(CashMovement.kind, func.count(), func.sum(CashMovement.amount_minor))
                .where(moved).group_by(CashMovement.kind))},
        }


def _rows(store) -> tuple[int, ...]:
    with store.db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (Shift, CashMovement, AuditEntry, OutboxEvent))


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_x_report_of_an_open_shift_adds_up_against_the_rows(store):
    shift_id = _day(store)
    db = _database_says(store, shift_id)
    report = shift_report.shift_report(store.db, store.clerk)
    assert report.kind == "X" and report.shift_id == shift_id and report.closed_at is None
    assert report.opening_float.minor == db["float"] == 50000
    assert report.cash_in.minor == db["in"] and report.cash_out.minor == db["out"]
    assert report.expected.minor == db["float"] + db["in"] - db["out"] == 161750
    assert report.expected == shifts.drawer_balance(store.db, shift_id)
    assert report.counted is None and report.over_short is None and report.count == ()
    listed = {m.kind: (m.count, m.amount.minor) for m in report.movements if m.count}
    assert listed == db["movements"] == {"sale": (2, 138800), "buy_back": (1, -30000),
                                         "paid_in": (1, 5000), "paid_out": (1, -2050)}
    assert [m.kind for m in report.movements][:3] == ["sale", "refund", "buy_back"]
    assert sum(m.amount.minor for m in report.movements) == db["in"] - db["out"]


def test_the_z_report_adds_up_after_a_blind_count_by_denomination(store):
    shift_id = _day(store)
    closed = shifts.close_shift(store.db, store.clerk, counts=COUNT)
    assert closed.counted == yuan("1616.50") and closed.expected == yuan("1617.50")
    assert closed.over_short == yuan("-1")
    db = _database_says(store, shift_id)
    with store.db.read() as s:
        stored = s.get(Shift, shift_id)
        assert stored.counted_minor == 161650
        assert stored.counted_detail == {"100.00": 16, "50.00": 0, "20.00": 0, "10.00": 1,
                                         "5.00": 1, "1.00": 1, "0.50": 1, "0.10": 0}
        counted, expected = stored.counted_minor, stored.expected_minor

    report = shift_report.shift_report(store.db, store.clerk, shift_id)
    assert report.kind == "Z" and report.closed_by == store.clerk.display_name
    # float + cash in − cash out = expected; expected − counted = over/short, from the rows
    assert db["float"] + db["in"] - db["out"] == expected == report.expected.minor
    assert report.opening_float.minor + report.cash_in.minor - report.cash_out.minor == expected
    assert report.counted.minor == counted
    assert report.expected.minor - report.counted.minor == -report.over_short.minor == 100
    assert [(line.denomination, line.count) for line in report.count if line.count] == [
        (yuan("100"), 16), (yuan("10"), 1), (yuan("5"), 1), (yuan("1"), 1), (yuan("0.5"), 1)]
    assert sum(line.amount.minor for line in report.count) == counted

    # takings by tender: the change netted out of cash, the card as charged
    tenders = {t.kind: t for t in report.tenders}
    assert tenders["cash"].net.minor == db["cash_tenders"] == 138800
    assert tenders["card"].net.minor == db["card_tenders"] == 95000
    assert tenders["cash"].refunds.minor == 0
    assert report.sales == db["sales"] == 3
    assert report.sales_total == yuan("1289") + yuan("99") + yuan("950")
    assert report.discounts.minor == db["discounts"] == 5000
    assert report.tax.minor == db["tax"] > 0
    assert report.refunds == report.voids == 0
    assert [(p.kind, p.amount, p.reason) for p in report.paid] == [
        ("paid_in", yuan("50"), "change from the bank"),
        ("paid_out", yuan("-20.50"), "cleaning supplies")]
    event = json.loads(outbox(store, "shift.closed")[0])
    assert event["counted_detail"]["100.00"] == 16 and event["over_short_minor"] == -100


def test_returns_and_voids_count_as_given_back_and_the_drawer_still_adds_up(store):
    shift_id = open_drawer(store, "500").id
    kept = ring(store, on_shelf(store, "200"), tenders=[cash("200")])
    voided = ring(store, on_shelf(store, "300"), tenders=[cash("300")])
    returns.return_items(store.db, store.clerk, kept.number, [(kept.lines[0].id, 1, "stock")],
                         reason="changed mind")
    returns.void_sale(store.db, store.manager, voided.number, reason="rung up twice")
    db = _database_says(store, shift_id)
    report = shift_report.shift_report(store.db, store.clerk)
    assert (report.refunds, report.refunds_total) == (1, yuan("200"))
    assert (report.voids, report.voids_total) == (1, yuan("300"))
    assert (report.sales, report.sales_total) == (1, yuan("200"))  # the voided sale left out
    with store.db.read() as s:
        assert report.tax.minor == _sum(s, Sale.tax_minor, Sale.shift_id == shift_id,
                                        Sale.status == "completed")
    cash_taken = {t.kind: t for t in report.tenders}["cash"]
    assert (cash_taken.sales, cash_taken.refunds) == (yuan("500"), yuan("-500"))
    assert cash_taken.net.minor == db["cash_tenders"] == 0
    assert report.cash_in.minor == db["in"] == 50000 and report.cash_out.minor == db["out"] == 50000
    assert report.expected.minor == db["float"] + db["in"] - db["out"] == 50000
    assert sum(m.amount.minor for m in report.movements) == 0
    text = _text(render_shift_report(report, "en"))
    assert "Refunds (1)" in text and "Voids (1)" in text and "sales ¥500.00, refunds -¥500.00" in text


def test_the_total_counted_still_closes_a_shift_and_must_match_a_count(store):
    open_drawer(store, "100")
    with pytest.raises(ValidationError, match="come to ¥110.00, not ¥100.00"):
        shifts.close_shift(store.db, store.clerk, yuan("100"), counts={"100": 1, "10": 1})
    closed = shifts.close_shift(store.db, store.clerk, yuan("100"))
    assert closed.over_short == Money.zero()
    report = shift_report.shift_report(store.db, store.manager, closed.id)
    assert report.count == () and report.over_short == Money.zero()


@pytest.mark.parametrize("counts, error, words", [
    ({"100": -1}, CountNotWhole, "whole number of 0 or more, not “-1”"),
    ({"3": 1}, DenominationUnknown, "“3” is not one of the notes and coins counted here"),
    ({"100": 2.5}, CountNotWhole, "whole number"),
    ({"100": "2"}, CountNotWhole, "whole number"),
    ({"0.05": 1}, DenominationUnknown, "100, 50, 20, 10, 5, 1, 0.5, 0.1"),
    ({"abc": 1}, DenominationUnknown, "not one of"),
])
def test_bad_counts_are_refused_and_leave_the_shift_open(store, counts, error, words):
    _day(store)
    before = _rows(store)
    with pytest.raises(error) as refused:
        shifts.close_shift(store.db, store.clerk, counts=counts)
    assert words in refused.value.message
    assert _rows(store) == before
    assert shifts.current_shift(store.db, store.counter_id) is not None


def test_paid_in_and_out_need_a_reason_the_right_and_the_cash(store):
    open_drawer(store, "100")
    before = _rows(store)
    with pytest.raises(ValidationError, match="Say why"):
        shifts.pay_out(store.db, store.clerk, yuan("10"), "   ")
    with pytest.raises(ValidationError, match="60 characters"):
        shifts.pay_in(store.db, store.clerk, yuan("10"), "x" * 61)
    with pytest.raises(PermissionDenied):
        shifts.pay_out(store.db, store.grader, yuan("10"), "stamps")
    with pytest.raises(ValidationError, match="holds ¥100.00, not enough to pay out ¥100.01"):
        shifts.pay_out(store.db, store.clerk, yuan("100.01"), "stamps")
    with pytest.raises(ValidationError, match="cannot be negative"):
        shifts.pay_in(store.db, store.clerk, yuan("-5"), "float top-up")
    with pytest.raises(ValidationError, match="must not be zero"):
        shifts.pay_in(store.db, store.clerk, yuan("0"), "float top-up")
    assert _rows(store) == before
    moved = shifts.pay_out(store.db, store.clerk, yuan("100"), "  postage   stamps ")
    assert moved.amount == yuan("-100") and moved.reason == "postage stamps"
    assert json.loads(outbox(store, "cash.moved")[-1])["kind"] == "paid_out"


def test_no_cash_moves_without_an_open_shift(store):
    with pytest.raises(NoOpenShift):
        shifts.pay_in(store.db, store.clerk, yuan("10"), "change")
    with pytest.raises(ValidationError, match="no open shift"):
        shift_report.shift_report(store.db, store.clerk)
    open_drawer(store, "100")
    closed = shifts.close_shift(store.db, store.clerk, counts={"100": 1})
    code = on_shelf(store, "10")
    before = _rows(store)
    with pytest.raises(NoOpenShift):
        shifts.pay_out(store.db, store.clerk, yuan("10"), "stamps")
    with pytest.raises(NoOpenShift):
        ring(store, code, tenders=[cash("10")])
    assert _rows(store) == before
    with pytest.raises(ValidationError, match="no open shift to close"):
        shifts.close_shift(store.db, store.clerk, counts={"100": 1})
    assert shift_report.shift_report(store.db, store.clerk, closed.id).kind == "Z"


def test_a_shift_of_another_store_or_without_the_right_is_not_shown(store):
    shift = open_drawer(store)
    with pytest.raises(PermissionDenied):
        shift_report.shift_report(store.db, store.grader, shift.id)
    with pytest.raises(ValidationError, match="Log in at a counter"):
        shift_report.shift_report(store.db, replace(store.clerk, counter_id=None))
    with pytest.raises(NotFound, match="was not found"):
        shift_report.shift_report(store.db, replace(store.clerk, store_id=999), shift.id)


def test_the_printed_z_report_shows_the_figures(store, tmp_path):
    shift_id = _day(store)
    shifts.close_shift(store.db, store.clerk, counts=COUNT)
    pdf = print_shift_report(store.db, store.clerk, shift_id, language="en")
    text = _text(pdf)
    for words in ("Z report — shift closed", "Expected in drawer", "¥1,617.50", "¥1,616.50",
                  "Short", "-¥1.00", "100 × 16", "0.5 × 1", "Buy-back payouts (1)", "-¥300.00",
                  "cleaning supplies", "Bank card", "¥950.00", "Sales (3)", "Discounts given",
                  "¥50.00", "Opening float", "¥500.00"):
        assert words in text, words
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80

    zh = _text(print_shift_report(store.db, store.clerk, shift_id, language="zh_CN"))
    assert "Z 报表" in zh and "应有现金" in zh and "短款" in zh and "¥1,617.50" in zh
    a4 = render_shift_report(shift_report.shift_report(store.db, store.clerk, shift_id), "en",
                             width_mm=None)
    assert round(float(PdfReader(io.BytesIO(a4)).pages[0].mediabox.width) / 72 * 25.4) == 210
    assert "¥1,617.50" in _text(a4)


def test_the_printed_x_report_says_the_shift_is_open(store):
    _day(store)
    text = _text(print_shift_report(store.db, store.clerk, language="en"))
    assert "X report — shift open" in text and "Not counted yet" in text and "¥1,617.50" in text
