"""The period reports (sales and margin, intake, inventory, aging): built on a demo store and
on exact rows, every total checked against SQL (or plain Python over raw rows) written here,
read back from the PDF text, charts drawn, and long builds reporting progress and stopping
when cancelled."""
from __future__ import annotations

import io
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import text

from pos_app import clock
from pos_app.domain.item_states import IN_STORE, ItemState
from pos_app.domain.money import Money
from pos_app.printing import reports as printing
from pos_app.printing.layout import money_text
from pos_app.services import demo, reports, secrets, users
from pos_app.services.reports import Period, ReportCancelled, day_bounds
from pos_app.services.store_db import open_store
from tests.conftest import _fresh_pg_database
from tests.pos_app.conftest import FAST_HASHER
from tests.pos_app.counter_support import set_settings
from tests.pos_app.pricing_support import consignor, contract, make_item, pages_as_png

PERIOD_NAMES = ("sales", "intake", "inventory", "aging")
IN_STORE_STATES = {s.value for s in IN_STORE}


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A small demo store per engine (read only by these tests)."""
    folder = tmp_path_factory.mktemp("period")
    pg = None if request.param == "sqlite" else _fresh_pg_database()
    url = f"sqlite:///{folder / 'store.db'}" if pg is None else next(pg)
    with pytest.MonkeyPatch.context() as patch:
        for name in ("POS_DATA_DIR", "POS_LOG_DIR", "POS_CONFIG_DIR"):
            patch.setenv(name, str(folder / name.lower()))
        patch.setenv(secrets.KEY_FILE_ENV, str(folder / "secret.key"))
        patch.setattr(users, "HASHER", FAST_HASHER)
        db = open_store(url)
        demo.fill_demo_store(db, items=150, days=6, seed=7)
    yield db
    db.close()
    if pg is not None:
        next(pg, None)


def utc(value) -> datetime:
    """A moment read by raw SQL (a string on SQLite, naive UTC on PostgreSQL) as aware UTC."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)


def local_day(value) -> date:
    return utc(value).astimezone().date()


def whole_demo(db) -> Period:
    """Every day the demo wrote on (it ends on a day of its own, not today)."""
    (first, last), = rows(db, "SELECT MIN(created_at), MAX(created_at) FROM items")
    (paid,), = rows(db, "SELECT MAX(at) FROM item_events")
    return Period(local_day(first), max(local_day(last), local_day(paid)))


def rows(db, sql: str, **params) -> list[tuple]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql), params)]


def naive(moment: datetime) -> datetime:
    """The UTC moment as the database keeps it (naive UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def bounds(period: Period) -> dict:
    start, end = day_bounds(period)
    return {"start": naive(start), "end": naive(end)}


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def cny(minor: int) -> str:
    return money_text(Money(minor, "CNY"))


def chart_ink(pdf: bytes, folder) -> int:
    """Pixels of the charts' first colour (#2f6f8f) on the report's pages."""
    found = 0
    for png in pages_as_png(pdf, folder, dpi=50):
        image = Image.open(png).convert("RGB")
        found += sum(n for n, (r, g, b) in image.getcolors(1 << 24)
                     if abs(r - 0x2F) < 24 and abs(g - 0x6F) < 24 and abs(b - 0x8F) < 24)
    return found


# ------------------------------------------------------------------------------ sales


def test_sales_and_margin_match_the_lines_and_refunds_of_the_period(demo_db, tmp_path):
    period = whole_demo(demo_db)
    report = reports.build(demo_db, "sales", period)
    sold = {code: (units, amount, cost) for code, units, amount, cost in rows(demo_db, """
        SELECT c.code, SUM(sl.quantity), SUM(sl.total_minor - sl.tax_minor),
               SUM(sl.cost_minor + sl.consignor_share_minor)
        FROM sale_lines sl JOIN sales s ON s.id = sl.sale_id JOIN categories c ON c.id = sl.category_id
        WHERE s.created_at >= :start AND s.created_at < :end AND sl.kind IN ('item', 'stock')
        GROUP BY c.code""", **bounds(period))}
    given = {code: (units, amount, cost) for code, units, amount, cost in rows(demo_db, """
        SELECT c.code, SUM(rl.quantity), SUM(rl.amount_minor - rl.tax_minor),
               SUM(sl.cost_minor * rl.quantity / sl.quantity + rl.consignor_reversed_minor)
        FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
        JOIN sale_lines sl ON sl.id = rl.sale_line_id JOIN categories c ON c.id = sl.category_id
        WHERE r.created_at >= :start AND r.created_at < :end AND sl.kind IN ('item', 'stock')
        GROUP BY c.code""", **bounds(period))}
    assert sold and given  # the demo sells and takes back
    expected = {}
    for code in set(sold) | set(given):
        su, sa, sc = sold.get(code, (0, 0, 0))
        gu, ga, gc = given.get(code, (0, 0, 0))
        expected[code] = (su - gu, sa - ga, sc - gc)
    got = {c.category.code: (c.figures.units, c.figures.revenue.minor, c.figures.cost.minor)
           for c in report.by_category}
    assert got == expected
    total = tuple(sum(v[i] for v in expected.values()) for i in range(3))
    t = report.total
    assert (t.units, t.revenue.minor, t.cost.minor) == total
    assert t.margin.minor == total[1] - total[2]
    assert sum(g.figures.revenue.minor for g in report.by_grade) == total[1]
    (receipts,), = rows(demo_db, "SELECT COUNT(*) FROM sales WHERE created_at >= :start "
                                 "AND created_at < :end", **bounds(period))
    assert report.receipts == receipts

    for language in ("en", "zh_CN"):
        pdf = printing.render("sales", report, language)
        words = pdf_text(pdf)
        for amount in (t.revenue, t.cost, t.margin, t.refunded):
            assert money_text(amount) in words
        top = report.by_category[0]
        assert top.category.text(language) in words
        assert money_text(top.figures.revenue) in words
        assert chart_ink(pdf, tmp_path / language) > 500


# ------------------------------------------------------------------------------ intake


def test_intake_counts_items_and_buy_back_spend_of_the_completed_intakes(demo_db, tmp_path):
    period = whole_demo(demo_db)
    report = reports.build(demo_db, "intake", period)
    where = ("status = 'completed' AND completed_at >= :start AND completed_at < :end")
    by_kind = {k: (n, paid) for k, n, paid in rows(
        demo_db, f"SELECT kind, COUNT(*), SUM(total_minor) FROM intakes WHERE {where} "
                 "GROUP BY kind", **bounds(period))}
    items = dict(rows(demo_db, f"""
        SELECT i.kind, COUNT(*) FROM intake_lines l JOIN intakes i ON i.id = l.intake_id
        WHERE {where.replace('status', 'i.status').replace('completed_at', 'i.completed_at')}
          AND l.item_id IS NOT NULL GROUP BY i.kind""", **bounds(period)))
    methods = {m: (n, paid) for m, n, paid in rows(
        demo_db, f"SELECT payment_method, COUNT(*), SUM(total_minor) FROM intakes WHERE {where} "
                 "AND kind = 'buy_back' GROUP BY payment_method", **bounds(period))}
    assert {"buy_back", "consignment"} <= set(by_kind)
    for k in report.by_kind:
        n, paid = by_kind.get(k.kind, (0, 0))
        assert (k.intakes, k.items) == (n, items.get(k.kind, 0))
        assert k.paid.minor == (paid if k.kind == "buy_back" else 0)
    assert report.paid.minor == by_kind["buy_back"][1]
    assert {m.method: (m.intakes, m.paid.minor) for m in report.by_method if m.intakes} == methods
    assert report.items == sum(items.values()) == sum(c.total_items for c in report.by_category)
    assert sum(c.paid.minor for c in report.by_category) == report.paid.minor

    for language in ("en", "zh_CN"):
        pdf = printing.render("intake", report, language)
        words = pdf_text(pdf)
        assert money_text(report.paid) in words
        for m in report.by_method:
            assert money_text(m.paid) in words
        assert chart_ink(pdf, tmp_path / language) > 200


# ------------------------------------------------------------------------------ inventory


def _states_at(db, end: datetime) -> dict[int, str]:
    """Each item's state just before `end`, replayed from its whole history in Python."""
    state: dict[int, str] = {}
    for item_id, to_state, at in rows(db, "SELECT item_id, to_state, at FROM item_events "
                                          "ORDER BY at, id"):
        if utc(at) < end:
            state[item_id] = to_state
    return state


@pytest.mark.parametrize("days_back", [0, 3])
def test_inventory_on_hand_matches_the_items_history(demo_db, tmp_path, days_back):
    whole = whole_demo(demo_db)
    period = Period(whole.first, whole.last - timedelta(days=days_back))
    report = reports.build(demo_db, "inventory", period)
    _, end = day_bounds(period)
    at_end = _states_at(demo_db, end)
    facts = {i: (cat, grade, cost, price) for i, cat, grade, cost, price in rows(demo_db, """
        SELECT i.id, c.code, i.grade, i.cost_minor, i.price_minor FROM items i
        JOIN categories c ON c.id = i.category_id""")}
    on_hand = [facts[i] for i, st in at_end.items() if st in IN_STORE_STATES]
    assert on_hand
    t = report.total
    assert t.items == len(on_hand)
    assert t.cost.minor == sum(f[2] for f in on_hand)
    assert t.price.minor == sum(f[3] or 0 for f in on_hand)
    assert t.unpriced == sum(1 for f in on_hand if f[3] is None)
    assert {c.category.code: c.holding.items for c in report.by_category} == Counter(
        f[0] for f in on_hand)
    assert {g.grade: g.holding.items for g in report.by_grade} == Counter(
        f[1] or "—" for f in on_hand)
    moved_since = rows(demo_db, "SELECT quantity, cost_minor, price_minor, id FROM stock_lines")
    expected_units = 0
    for quantity, _cost, _price, line_id in moved_since:
        (later,), = rows(demo_db, "SELECT COALESCE(SUM(delta), 0) FROM stock_movements "
                                  "WHERE stock_line_id = :i AND at >= :end", i=line_id,
                         end=naive(end))
        expected_units += quantity - later
    assert report.stock_units == expected_units

    pdf = printing.render("inventory", report, "zh_CN")
    words = pdf_text(pdf)
    for amount in (t.cost, t.price, report.stock_cost, report.total_price):
        assert money_text(amount) in words
    assert chart_ink(pdf, tmp_path) > 500


# ------------------------------------------------------------------------------ aging


def test_aging_days_to_sell_and_sell_through_match_the_sold_items(demo_db, tmp_path):
    period = whole_demo(demo_db)
    report = reports.build(demo_db, "aging", period)
    sold = rows(demo_db, """
        SELECT c.code, i.grade, i.created_at, i.sold_at FROM items i
        JOIN categories c ON c.id = i.category_id
        WHERE i.state IN ('sold', 'paid_out') AND i.sold_at >= :start AND i.sold_at < :end""",
                **bounds(period))
    assert sold
    days = [(utc(b) - utc(a)).total_seconds() / 86400 for _, _, a, b in sold]
    t = report.total
    assert t.sold == len(sold)
    assert float(t.average_days) == pytest.approx(sum(days) / len(days), abs=0.051)
    assert float(t.median_days) == pytest.approx(statistics.median(days), abs=0.051)
    inventory = reports.build(demo_db, "inventory", period)
    assert t.on_hand == inventory.total.items == sum(report.ages)
    assert float(t.percent) == pytest.approx(100 * len(sold) / (len(sold) + t.on_hand), abs=0.051)
    by_category: dict[str, list[float]] = {}
    for (code, _, a, b) in sold:
        by_category.setdefault(code, []).append((utc(b) - utc(a)).total_seconds() / 86400)
    for c in report.by_category:
        mine = by_category.get(c.category.code, [])
        assert c.figures.sold == len(mine)
        if mine:
            assert float(c.figures.median_days) == pytest.approx(statistics.median(mine), abs=0.051)
    assert {c.category.code: c.figures.on_hand for c in report.by_category if c.figures.on_hand} \
        == {c.category.code: c.holding.items for c in inventory.by_category}

    for language in ("en", "zh_CN"):
        pdf = printing.render("aging", report, language)
        words = pdf_text(pdf)
        assert f"{t.percent}%" in words and str(t.median_days) in words
        assert chart_ink(pdf, tmp_path / language) > 200


def test_aging_ages_on_hand_items_and_finds_those_past_their_markdown_steps(store):
    """Consigned items past their contract's last step (60 days) and, with automatic
    markdowns on, store items past the store's schedule."""
    now = clock.now()
    party = consignor(store)
    steps = contract(store, party, [[30, 20], [60, 40]])
    no_steps = contract(store, party, [])

    def consigned(days: int, ct: int) -> str:
        return make_item(store, state=ItemState.ON_SHELF, acquisition="consignment", owner=party,
                         contract_id=ct, price="500", at=now - timedelta(days=days))

    old = consigned(70, steps)
    consigned(40, steps)  # still inside its schedule
    consigned(100, no_steps)  # no schedule to run out
    store_old = make_item(store, state=ItemState.ON_SHELF, price="300",
                          at=now - timedelta(days=95))
    make_item(store, state=ItemState.ON_SHELF, price="200", at=now - timedelta(days=10))
    today = now.astimezone().date()
    period = Period(today - timedelta(days=29), today)

    report = reports.build(store.db, "aging", period)
    assert report.ages == (1, 1, 1, 2)  # 10 | 40 | 70 | 95, 100 days since received
    assert [p.code for p in report.past_markdown_items] == [old]
    assert report.past_markdowns_price == Money.of("500") and not report.auto_markdown

    set_settings(store, auto_markdown=True, markdown_schedule=[[30, 10], [90, 30]])
    report = reports.build(store.db, "aging", period)
    assert [(p.code, p.kind, p.last_step) for p in report.past_markdown_items] == [
        (store_old, "store", 90), (old, "consignment", 60)]
    assert report.past_markdowns == 2 and report.past_markdown_items[0].days >= 95
    words = pdf_text(printing.render("aging", report, "en"))
    assert old in words and store_old in words

    earlier = Period(today - timedelta(days=60), today - timedelta(days=31))
    report = reports.build(store.db, "aging", earlier)  # 31 days back: none had run out yet
    assert report.past_markdowns == 0 and sum(report.ages) == 4


# ------------------------------------------------------------------------------ building


@pytest.mark.parametrize("name", PERIOD_NAMES)
def test_a_period_report_reports_progress_and_stops_when_cancelled(store, name):
    period = Period(date.today() - timedelta(days=7), date.today())
    seen: list[tuple[int, int]] = []
    data = reports.build(store.db, name, period, progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert printing.render(name, data, "en").startswith(b"%PDF")

    with pytest.raises(ReportCancelled):
        reports.build(store.db, name, period, cancelled=lambda: True)
    calls: list[int] = []
    with pytest.raises(ReportCancelled):  # cancelled after the first step
        reports.build(store.db, name, period, progress=lambda d, t: calls.append(d),
                      cancelled=lambda: bool(calls))
    assert calls == [0]


# ------------------------------------------------------------------------------ the other reports


def test_consignor_rental_and_circulation_reports_on_the_demo_match_the_ledgers(demo_db, tmp_path):
    """The three store-wide reports built on the demo store agree with their ledgers."""
    period = whole_demo(demo_db)
    b = bounds(period)
    payables = reports.build(demo_db, "consignors", period)
    (owed,), = rows(demo_db, "SELECT COALESCE(SUM(amount_minor), 0) FROM consignor_entries "
                             "WHERE at < :end", end=b["end"])
    owed = int(owed)  # PostgreSQL sums to a Decimal
    assert payables.owed.minor == owed and payables.owed.minor > 0
    assert sum(p.owed.minor for p in payables.payables) == owed

    rentals = reports.build(demo_db, "rentals", period)
    (late, damage), = rows(demo_db, "SELECT COALESCE(SUM(late_fee_minor), 0), "
                                    "COALESCE(SUM(damage_fee_minor), 0) FROM rentals WHERE "
                                    "returned_at >= :start AND returned_at < :end", **b)
    late, damage = int(late), int(damage)
    assert late + damage > 0  # the demo has fees, so the figures below say something
    assert (rentals.late_fees.minor, rentals.damage_fees.minor) == (late, damage)
    (still_out,), = rows(demo_db, "SELECT COUNT(*) FROM rentals r JOIN sales s ON s.id = r.sale_id "
                                  "WHERE s.status <> 'voided' AND r.out_at < :end AND "
                                  "(r.returned_at IS NULL OR r.returned_at >= :end)", end=b["end"])
    assert rentals.out_at_end == still_out > 0

    circulation = reports.build(demo_db, "sustainability", period)
    (lotted,), = rows(demo_db, "SELECT COUNT(*) FROM item_events WHERE to_state = 'lotted_out' "
                               "AND at >= :start AND at < :end", **b)
    assert circulation.items.get("recycled", 0) == lotted > 0
    for row in circulation.categories:
        assert all(row.grams[way] == n * row.weight_g for way, n in row.items.items())
    for name, data in (("consignors", payables), ("rentals", rentals),
                       ("sustainability", circulation)):
        for language in ("en", "zh_CN"):
            shown = pdf_text(printing.render(name, data, language))
            if name == "consignors":
                assert cny(owed) in shown
            if name == "rentals":
                assert cny(late) in shown and cny(damage) in shown
