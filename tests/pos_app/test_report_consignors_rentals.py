"""The consignor payables and rentals reports on known rows made through the services, before,
in and after the period: every figure checked against SQL written here, and read back from
the PDF, whose chart is drawn."""
from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from pos_app import clock
from pos_app.domain.money import Money
from pos_app.models import ConsignorEntry, ConsignorPayout, Item, ItemEvent, Rental, Sale, SaleLine
from pos_app.printing import reports as printed
from pos_app.printing.layout import money_text
from pos_app.services import consignors, rentals, reports, returns
from pos_app.services.reports import Period, ReportCancelled
from tests.pos_app.consignor_support import consignment
from tests.pos_app.counter_support import cash, customer, open_drawer, ring, yuan
from tests.pos_app.pricing_support import pages_as_png
from tests.pos_app.rental_support import lease_item
from tests.pos_app.test_report_sustainability import not_blank

TODAY = datetime.now().astimezone().date()
PERIOD = Period(TODAY - timedelta(days=10), TODAY - timedelta(days=3))


def at(days_ago: int, hour: int = 12) -> datetime:
    """Local `hour` o'clock `days_ago` days before today, as the store's clock sets it."""
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour)).astimezone()


def bounds(period: Period) -> tuple[datetime, datetime]:
    return (datetime.combine(period.first, time.min).astimezone(),
            datetime.combine(period.last + timedelta(days=1), time.min).astimezone())


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# ------------------------------------------------------------------------------ consignors


@pytest.fixture
def consigned(store):
    """Consignor A: one item sold before the period, one sold, one sold and returned and two
    payouts in it, one sold after it; consignor B: an item on the shelf and nothing else."""
    with clock.set_to(at(30)):
        open_drawer(store, "500")
    a, _, codes = consignment(store, ("1000", "1000", "1000", "1000"), on_shelf_days_ago=25)
    b, _, _ = consignment(store, ("300",), on_shelf_days_ago=25)
    with clock.set_to(at(20)):
        ring(store, codes[0])
    with clock.set_to(at(8)):
        returned = ring(store, codes[3])
    with clock.set_to(at(6)):
        returns.return_items(store.db, store.clerk, returned.number,
                             [(returned.lines[0].id, 1, "stock")], reason="changed mind")
    with clock.set_to(at(5)):
        ring(store, codes[1])
        consignors.pay_out(store.db, store.manager, a, yuan("300"), "cash")
        consignors.pay_out(store.db, store.manager, a, yuan("200"), "transfer", reference="TX-9")
    with clock.set_to(at(1)):
        ring(store, codes[2])
    return a, b


def test_consignor_payables_add_up_to_the_ledger(store, consigned):
    a, b = consigned
    start, end = bounds(PERIOD)
    seen = []
    data = reports.build(store.db, "consignors", PERIOD, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 2

    with store.db.read() as s:
        def owed(party):
            return sum(s.scalars(select(ConsignorEntry.amount_minor)
                                 .where(ConsignorEntry.party_id == party, ConsignorEntry.at < end)))

        def in_store(party):  # the item's state after its last move before the period ended
            n = 0
            for item_id in s.scalars(select(Item.id).where(Item.owner_party_id == party)):
                state = s.scalars(select(ItemEvent.to_state)
                                  .where(ItemEvent.item_id == item_id, ItemEvent.at < end)
                                  .order_by(ItemEvent.at.desc(), ItemEvent.id.desc())).first()
                n += state in ("received", "graded", "priced", "labelled", "on_shelf",
                               "reserved", "returned")
            return n

        sold_a = s.scalar(select(func.count()).select_from(SaleLine)
                          .join(Sale, Sale.id == SaleLine.sale_id)
                          .where(SaleLine.consignor_party_id == a, Sale.status == "completed",
                                 Sale.created_at >= start, Sale.created_at < end))
        paid = dict(s.execute(select(ConsignorPayout.method, ConsignorPayout.amount_minor)
                              .where(ConsignorPayout.at >= start, ConsignorPayout.at < end)).all())
        kinds = {k: sum(v for kk, v in s.execute(
            select(ConsignorEntry.kind, ConsignorEntry.amount_minor)
            .where(ConsignorEntry.party_id == a, ConsignorEntry.at >= start,
                   ConsignorEntry.at < end)) if kk == k) for k in ("sale_share", "return_reversal")}
        expect = {a: (owed(a), in_store(a)), b: (owed(b), in_store(b))}

    assert expect == {a: (70000, 2), b: (0, 1)}  # 3 shares of 600 − one reversed − 500 paid
    assert sold_a == 2 and paid == {"cash": 30000, "transfer": 20000}
    rows = {p.party_id: p for p in data.payables}
    assert set(rows) == {a, b}
    assert {pid: (p.owed.minor, p.in_store) for pid, p in rows.items()} == expect
    assert (rows[a].sold, rows[a].shares.minor, rows[a].reversed.minor) == (
        sold_a, kinds["sale_share"], kinds["return_reversal"])
    assert {m: v.minor for m, v in rows[a].paid.items()} == {"cash": 30000, "transfer": 20000,
                                                             "credit": 0}
    assert rows[b].sold == 0 and rows[a].name == "王*" and data.owed == yuan("700")
    assert [p.party_id for p in data.payables] == [a, b]  # the most owed first

    # a statement for A only, which is the consignor's own statement paper
    (st,) = data.statements
    own = consignors.statement(store.db, store.manager, a, PERIOD.first, PERIOD.last)
    assert (st.party_id, st.opening, st.closing) == (a, yuan("600"), yuan("700"))
    assert [(ln.kind, ln.amount) for ln in st.lines] == [(ln.kind, ln.amount) for ln in own.lines]
    assert st.opening + Money.sum(ln.amount for ln in st.lines) == st.closing == rows[a].owed

    for language in ("en", "zh_CN"):
        text = pdf_text(printed.render("consignors", data, language))
        for figure in (yuan("700"), yuan("300"), yuan("200"), yuan("600"), yuan("-600")):
            assert money_text(figure) in text
        assert "王*" in text and "王芳" not in text
    assert "Consignor payables" in text.replace("\n", " ") or "寄卖应付款报表" in text


def test_the_consignor_report_draws_its_chart_and_stops_when_cancelled(store, consigned,
                                                                       tmp_path):
    data = reports.build(store.db, "consignors", PERIOD)
    pdf = printed.render("consignors", data, "zh_CN")
    assert "期末应付最多的寄卖人" in pdf_text(pdf)
    assert not_blank(pages_as_png(pdf, tmp_path, dpi=60)[0])
    with pytest.raises(ReportCancelled):
        reports.build(store.db, "consignors", PERIOD, cancelled=lambda: True)


# --------------------------------------------------------------------------------- rentals


def _rent(store, party, days_ago: int, periods: int) -> int:
    code = lease_item(store, rent="50", period_days=1, deposit="500", model=f"A7 {days_ago}")
    with clock.set_to(at(days_ago)):
        return rentals.rent_out(store.db, store.clerk, code, party, periods,
                                [cash("1000")]).rental.id


@pytest.fixture
def rented(store):
    """Out before the period and still out; out in it, due on its last day; out and back in
    it with a damage fee; out in it and back after it; out after it."""
    with clock.set_to(at(30)):
        open_drawer(store, "500")
    party = customer(store)
    ids = {"long": _rent(store, party, 20, 5), "due": _rent(store, party, 5, 2),
           "back": _rent(store, party, 8, 1), "late": _rent(store, party, 6, 1)}
    with clock.set_to(at(4)):
        rentals.check_in(store.db, store.clerk, ids["back"], damage_fee=yuan("20"),
                         damage_notes="scratched lens")
    with clock.set_to(at(1)):
        rentals.check_in(store.db, store.clerk, ids["late"])
    ids["after"] = _rent(store, party, 2, 1)
    return ids


def test_rentals_due_overdue_out_and_back_add_up(store, rented):
    start, end = bounds(PERIOD)
    data = reports.build(store.db, "rentals", PERIOD)
    with store.db.read() as s:
        rows = s.scalars(select(Rental).order_by(Rental.id)).all()
        s.expunge_all()
    out_then = [r for r in rows if r.out_at < end and (r.returned_at is None or r.returned_at >= end)]
    went = sorted((r for r in rows if start <= r.out_at < end), key=lambda r: r.out_at)
    back = [r for r in rows if r.returned_at is not None and start <= r.returned_at < end]

    assert {r.id for r in out_then} == {rented["long"], rented["due"], rented["late"]}
    assert data.out_at_end == len(out_then)
    assert data.deposits_held.minor == sum(r.deposit_minor for r in out_then) == 150000
    assert [d.rental.id for d in data.due] == [rented["due"]]
    overdue = {d.rental.id: d.days_overdue for d in data.overdue}
    assert overdue == {r.id: (PERIOD.last - r.due_at.astimezone().date()).days
                       for r in out_then if r.due_at.astimezone().date() < PERIOD.last}
    assert overdue == {rented["long"]: 12, rented["late"]: 2}
    assert [v.id for v in data.went_out] == [r.id for r in went]
    assert data.rent.minor == sum(r.rent_minor for r in went)
    assert data.deposits_taken.minor == sum(r.deposit_minor for r in went)
    assert [v.id for v in data.came_back] == [r.id for r in back] == [rented["back"]]
    assert data.late_fees.minor == sum(r.late_fee_minor for r in back) > 0
    assert data.damage_fees == yuan("20")
    assert all(v.customer == "张*" and "*" in v.phone for v in data.went_out)

    for language in ("en", "zh_CN"):
        text = pdf_text(printed.render("rentals", data, language))
        for figure in (data.deposits_held, data.rent, data.late_fees, data.damage_fees):
            assert money_text(figure) in text
        assert "张*" in text and "张伟" not in text and "13900001111" not in text
        overdue_days = [str(d.days_overdue) for d in data.overdue]
        assert all(n in text for n in overdue_days)
        due_day = data.due[0].rental.due_at.astimezone().date().isoformat()
        assert due_day in text


def test_a_period_with_no_rentals_prints_empty_sections(store, tmp_path):
    data = reports.build(store.db, "rentals", Period.day(date(2020, 1, 1)))
    assert (data.out_at_end, data.due, data.overdue, data.went_out) == (0, (), (), ())
    assert data.deposits_held == Money.zero()
    text = pdf_text(printed.render("rentals", data, "en"))
    assert "None." in text
