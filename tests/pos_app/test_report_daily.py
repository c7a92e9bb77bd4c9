"""The daily report on a day with every kind of money movement: each figure checked against
independent SQL, the reconciliation holding, the figures read back from the PDF, the charts
drawn."""
from __future__ import annotations

import io
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import DateTime, bindparam, select, text

from pos_app import clock
from pos_app.domain.money import Money
from pos_app.domain.sale import Discount, Tender
from pos_app.models import Sale
from pos_app.printing import reports as printed
from pos_app.services import (
    consignors,
    demo,
    intake,
    rentals,
    returns,
    sales,
    secrets,
    shifts,
    users,
)
from pos_app.services import reports as report_service
from pos_app.services.reports import Period, ReportCancelled
from pos_app.services.store_db import open_store
from pos_app.services.users import ManagerOverride
from tests.conftest import _fresh_pg_database
from tests.pos_app.conftest import FAST_HASHER
from tests.pos_app.counter_support import (
    cash,
    consigned_on_shelf,
    customer,
    on_shelf,
    open_drawer,
    ring,
    yuan,
)
from tests.pos_app.intake_support import person
from tests.pos_app.pricing_support import pages_as_png
from tests.pos_app.rental_support import lease_item


@pytest.fixture
def noon():
    """The store's clock held at noon today (local), so every row falls in one local day."""
    moment = datetime.combine(datetime.now().date(), time(12)).astimezone().astimezone(UTC)
    with clock.set_to(moment):
        yield moment


def _manager(store) -> ManagerOverride:
    return ManagerOverride("manager", store.pins["manager"])


def _a_busy_day(store) -> dict:
    """Every kind of money movement the daily report covers, at counter 1, then the close."""
    shift = open_drawer(store, "500")
    with_change = ring(store, on_shelf(store, "1289"), tenders=[cash("1300")])
    split = sales.commit_sale(store.db, store.clerk,
                              [sales.BasketLine(on_shelf(store, "99")),
                               sales.BasketLine(on_shelf(store, "200", category="clothing.women"))],
                              [Tender("card", yuan("250"), "T-123"), cash("49")])
    line = [sales.BasketLine(on_shelf(store, "1000"), discount=Discount("percent", Decimal(25)))]
    totals, _ = sales.quote(store.db, store.clerk, line, None)
    discounted = sales.commit_sale(store.db, store.clerk, line, [Tender("cash", totals.total)],
                                   override=_manager(store))
    returned = returns.return_items(store.db, store.clerk, with_change.number,
                                    [(with_change.lines[0].id, 1, "stock")],
                                    override=_manager(store), reason="changed mind")
    to_void = ring(store, on_shelf(store, "50"))
    voided = returns.void_sale(store.db, store.clerk, to_void.number, override=_manager(store),
                               reason="rung twice")
    draft = intake.start_intake(store.db, store.clerk, "buy_back", person(store))
    intake.add_line(store.db, store.clerk, draft.id, category="clothing.women", brand="优衣库",
                    model="羽绒服", amount=Money.of("30"))
    intake.add_line(store.db, store.clerk, draft.id, category="clothing.women", brand="Zara",
                    model="外套", amount=Money.of("45"))
    intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")
    consign = intake.start_intake(store.db, store.clerk, "consignment",
                                  person(store, "陈静", id_number=None))
    intake.add_line(store.db, store.clerk, consign.id, category="bags", brand="Coach",
                    model="托特包", amount=Money.of("800"))
    intake.complete_intake(store.db, store.clerk, consign.id)
    code, owner = consigned_on_shelf(store, "1000")
    ring(store, code)
    consignors.pay_out(store.db, store.manager, owner, yuan("200"), "cash")
    renter = customer(store)
    rented = rentals.rent_out(store.db, store.clerk, lease_item(store, "50", deposit="500"),
                              renter, 1, [cash("550")])
    rentals.check_in(store.db, store.clerk, rented.rental.id, damage_fee=yuan("20"),
                     damage_notes="scratched lens")
    drawer = shifts.drawer_balance(store.db, shift.id)
    shifts.close_shift(store.db, store.clerk, drawer - yuan("1"))  # one yuan short
    return {"split": split, "discounted": discounted, "returned": returned, "voided": voided}


def _sql(store, moment: datetime):
    """A runner of plain SQL over the local day of `moment`, independent of the report's code."""
    day = moment.astimezone().date()
    start = datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)
    end = start + timedelta(days=1)

    def run(sql: str):
        stmt = text(sql).bindparams(bindparam("a", start, type_=DateTime()),
                                    bindparam("b", end, type_=DateTime()))
        with store.db.read() as s:
            return s.execute(stmt).all()

    def one(sql: str) -> Money:
        return Money(int(run(sql)[0][0] or 0))
    return day, run, one


def test_the_daily_report_matches_the_ledger_figure_by_figure(store, noon):
    _a_busy_day(store)
    day, run, one = _sql(store, noon)
    report = report_service.build(store.db, "daily", Period.day(day))

    tenders = {k: Money(int(v)) for k, v in run(
        "SELECT kind, SUM(amount_minor) FROM tenders WHERE at >= :a AND at < :b GROUP BY kind")}
    assert {t.kind: t.net for t in report.tenders} == tenders
    assert set(tenders) == {"cash", "card"}
    assert report.takings == one("SELECT SUM(amount_minor) FROM tenders WHERE at >= :a AND at < :b")
    sales_total = one("SELECT SUM(total_minor) FROM sales WHERE created_at >= :a AND created_at < :b")
    assert report.sales_total == sales_total
    assert report.sales_count == run(
        "SELECT COUNT(*) FROM sales WHERE created_at >= :a AND created_at < :b")[0][0] == 6
    assert report.returns_total == one(
        "SELECT SUM(total_minor) FROM refunds WHERE kind <> 'void' AND created_at >= :a "
        "AND created_at < :b") == yuan("1289") + yuan("480")
    assert report.voids_total == one("SELECT SUM(total_minor) FROM refunds WHERE kind = 'void' "
                                     "AND created_at >= :a AND created_at < :b") == yuan("50")
    assert report.takings == sales_total - report.returns_total - report.voids_total

    cash_drawer = one("SELECT SUM(amount_minor) FROM cash_movements WHERE kind IN "
                      "('sale', 'refund', 'rental_refund') AND at >= :a AND at < :b")
    assert next(t for t in report.tenders if t.kind == "cash").net == cash_drawer
    assert report.reconciled, [c for c in report.checks if not c.ok]
    assert {c.key for c in report.checks} >= {"takings", "cash_takings", "categories"}

    by_category = {code or "other": Money(int(v)) for code, v in run(
        "SELECT c.code, SUM(l.total_minor) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "LEFT JOIN categories c ON c.id = l.category_id "
        "WHERE s.created_at >= :a AND s.created_at < :b GROUP BY c.code")}
    assert {g.key: g.amount for g in report.categories} == by_category
    assert {g.name: g.amount for g in report.staff} == {
        name: Money(int(v)) for name, v in run(
            "SELECT u.display_name, SUM(s.total_minor) FROM sales s JOIN users u "
            "ON u.id = s.created_by_id WHERE s.created_at >= :a AND s.created_at < :b "
            "GROUP BY u.display_name")}
    assert [(g.key, g.amount) for g in report.channels] == [("counter", sales_total)]
    assert not report.online_tracked

    refunds = run("SELECT r.number, r.kind, r.total_minor, m.display_name FROM refunds r "
                  "LEFT JOIN manager_authorisations a ON a.id = r.authorisation_id "
                  "LEFT JOIN users m ON m.id = a.manager_id "
                  "WHERE r.created_at >= :a AND r.created_at < :b ORDER BY r.id")
    assert [(r.number, r.kind, r.amount.minor, r.authorised_by) for r in report.refunds] == [
        tuple(row) for row in refunds]
    assert [r.kind for r in report.refunds] == ["return", "void", "rental_return"]
    assert report.refunds[1].authorised_by == "Manager 测试"

    assert report.discounts_total == one(
        "SELECT SUM(discount_minor) FROM sales WHERE created_at >= :a AND created_at < :b") \
        == yuan("250")
    permissions = [a.permission for a in report.authorisations]
    assert permissions == [p for (p,) in run(
        "SELECT permission FROM manager_authorisations WHERE at >= :a AND at < :b ORDER BY id")]
    assert "DISCOUNT_OVER_LIMIT" in permissions and "VOID" in permissions

    assert [(b.method, b.intakes, b.items, b.amount) for b in report.buy_backs] == [
        ("cash", 1, 2, yuan("75"))]
    assert report.buy_backs[0].amount == -one(
        "SELECT SUM(amount_minor) FROM cash_movements WHERE kind = 'buy_back' "
        "AND at >= :a AND at < :b")
    assert [(c.intakes, c.items, c.amount) for c in report.consignments] == [(1, 1, yuan("800"))]
    assert [(p.key, p.count, p.amount) for p in report.payouts] == [("cash", 1, yuan("200"))]
    assert one("SELECT SUM(amount_minor) FROM consignor_payouts WHERE at >= :a AND at < :b") \
        == yuan("200")

    r = report.rentals
    assert (r.out, r.rent, r.deposits_taken, r.returned, r.deposits_returned, r.damage_fees) == (
        1, yuan("50"), yuan("500"), 1, yuan("480"), yuan("20"))
    assert r.deposits_returned == one(
        "SELECT SUM(total_minor) FROM refunds WHERE kind = 'rental_return' "
        "AND created_at >= :a AND created_at < :b")
    assert (report.deals, report.deal_fees) == (0, Money(0))

    [closed] = report.shifts
    assert closed.over_short == yuan("-1") == one(
        "SELECT SUM(counted_minor - expected_minor) FROM shifts WHERE closed_at >= :a "
        "AND closed_at < :b")
    assert report.sales_tax == one(
        "SELECT SUM(tax_minor) FROM sales WHERE created_at >= :a AND created_at < :b")
    assert report.refunded_tax == one(
        "SELECT SUM(l.tax_minor) FROM refund_lines l JOIN refunds r ON r.id = l.refund_id "
        "WHERE r.created_at >= :a AND r.created_at < :b")
    assert report.tax == report.sales_tax - report.refunded_tax


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_printed_daily_report_shows_the_figures_and_its_charts(store, noon, language,
                                                                    tmp_path):
    _a_busy_day(store)
    day = noon.astimezone().date()
    report = report_service.build(store.db, "daily", Period.day(day))
    pdf = printed.render("daily", report, language)
    (tmp_path / f"daily-{language}.pdf").write_bytes(pdf)
    words = _pdf_text(pdf)
    for amount in [report.takings, report.sales_total, report.returns_total, report.voids_total,
                   report.discounts_total, report.tax, report.buy_backs[0].amount,
                   report.payouts[0].amount, report.shifts[0].over_short,
                   *(t.net for t in report.tenders), *(g.amount for g in report.categories)]:
        assert amount.format("zh_CN") in words, amount
    assert day.isoformat() in words and "Green Loop" in words
    assert ("Page 1 of" if language == "en" else "第 1 页") in words
    assert ("Reconciled" if language == "en" else "已核对") in words
    pages = pages_as_png(pdf, tmp_path / language, dpi=40)
    # pixels of colour (saturation above a quarter), one count per page
    coloured = [sum(Image.open(png).convert("RGB").convert("HSV").getchannel("S").histogram()[64:])
                for png in pages]
    assert sum(coloured) > 1500  # the charts' bars and slices: text and rules are grey


def test_a_counter_with_nothing_rung_reports_zeros_that_still_reconcile(store, noon):
    report = report_service.build(store.db, "daily", Period.day(noon.astimezone().date()),
                                  counter_id=store.counter_id)
    assert report.sales_count == 0 and report.takings == Money(0) and report.reconciled
    assert report.counter is not None and [t.kind for t in report.tenders] == ["cash"]
    assert b"%PDF" in printed.render("daily", report, "zh_CN")[:8]


def test_building_can_be_cancelled_and_reports_progress(store, noon):
    seen = []
    report_service.build(store.db, "daily", Period.day(noon.astimezone().date()),
                         progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    with pytest.raises(ReportCancelled):
        report_service.build(store.db, "daily", Period.day(noon.astimezone().date()),
                             cancelled=lambda: True)


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A small demo store per engine: five days of the counter, the desk and the drawers."""
    folder = tmp_path_factory.mktemp("demo")
    pg = None if request.param == "sqlite" else _fresh_pg_database()
    url = f"sqlite:///{folder / 'store.db'}" if pg is None else next(pg)
    with pytest.MonkeyPatch.context() as patch:
        for name in ("POS_DATA_DIR", "POS_LOG_DIR", "POS_CONFIG_DIR"):
            patch.setenv(name, str(folder / name.lower()))
        patch.setenv(secrets.KEY_FILE_ENV, str(folder / "secret.key"))
        patch.setattr(users, "HASHER", FAST_HASHER)
        db = open_store(url)
        demo.fill_demo_store(db, items=150, days=5, seed=7)
    yield db
    db.close()
    if pg is not None:
        next(pg, None)


def test_every_day_of_the_demo_store_reconciles_to_the_ledger(demo_db):
    class Store:
        db = demo_db
    with demo_db.read() as s:
        days = sorted({at.astimezone().date() for at in s.scalars(select(Sale.created_at))})
    assert len(days) >= 3
    for day in days:
        report = report_service.build(demo_db, "daily", Period.day(day))
        assert report.reconciled, (day, [c for c in report.checks if not c.ok])
        _, _, one = _sql(Store, datetime.combine(day, time(12)).astimezone())
        assert report.takings == one(
            "SELECT SUM(amount_minor) FROM tenders WHERE at >= :a AND at < :b")
        assert report.sales_total == one(
            "SELECT SUM(total_minor) FROM sales WHERE created_at >= :a AND created_at < :b")
