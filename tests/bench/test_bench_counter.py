"""The counter benchmarks on a tiny generated store: the generator's receipts are sales the app
reads, the floors answer and write what the app does, and the counter screen takes a run of
scans into its basket. No timing is asserted."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is not an installed package
from bench import counter, generate, run
from pos_app.domain.money import Money
from pos_app.errors import ItemAlreadySold
from pos_app.services import journal, sale_records, sales, shifts
from pos_app.services.store_db import open_store

ITEMS = 2000
ROWS_PER_SALE = {"sales": 1, "sale_lines": 5, "tenders": 2, "cash_movements": 1, "item_events": 5,
                 "audit_log": 7, "sync_outbox": 7}


def quiet(_message: str) -> None:
    pass


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def dataset(request: pytest.FixtureRequest, tmp_path: Path) -> generate.Dataset:
    if request.param == "sqlite":
        return generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    url = request.getfixturevalue("pg_url")
    return generate.ensure_dataset(500, db_url=url, data_dir=tmp_path, log=quiet)


def writable(dataset: generate.Dataset, tmp_path: Path) -> str:
    """A store the test may sell from: a copy of the SQLite file, or the test's own database."""
    if dataset.path is None:
        return dataset.url
    shutil.copyfile(dataset.path, tmp_path / "work.db")
    return f"sqlite:///{tmp_path / 'work.db'}"


def test_every_past_sale_has_its_receipt(dataset: generate.Dataset) -> None:
    floor = run.Floor(dataset.url)
    try:
        sold = floor.one("SELECT count(*), sum(sold_minor) FROM items WHERE sold_at IS NOT NULL")
        receipts = floor.one("SELECT count(*), sum(total_minor) FROM sales")
        lines = floor.one("SELECT count(*), count(DISTINCT item_id) FROM sale_lines")
        unmatched = floor.one(
            "SELECT count(*) FROM items i JOIN sale_lines l ON l.item_id = i.id JOIN sales s "
            "ON s.id = l.sale_id WHERE l.total_minor <> i.sold_minor OR s.total_minor <> "
            "l.total_minor OR s.created_at <> i.sold_at OR s.subtotal_minor - s.discount_minor "
            "<> s.total_minor")[0]
        tendered = floor.one("SELECT sum(amount_minor) FROM tenders")[0]
        drawers = floor.all("SELECT h.expected_minor - h.opening_float_minor, h.counted_minor, "
                            "h.expected_minor, coalesce(sum(m.amount_minor), 0), h.closed_at FROM "
                            "shifts h LEFT JOIN cash_movements m ON m.shift_id = h.id GROUP BY "
                            "h.id, h.expected_minor, h.opening_float_minor, h.counted_minor, "
                            "h.closed_at")
        number, code, total = floor.one(
            "SELECT s.number, l.code, s.total_minor FROM sales s JOIN sale_lines l ON "
            "l.sale_id = s.id JOIN items i ON i.id = l.item_id WHERE i.state = 'sold' "
            "ORDER BY s.id LIMIT 1")
    finally:
        floor.close()
    assert sold[0] == receipts[0] == lines[0] == lines[1] == dataset.counts["sales"] > 0
    assert sold[1] == receipts[1] == tendered and unmatched == 0
    assert all(moved == cash and counted == expected and closed is not None
               for moved, counted, expected, cash, closed in drawers)
    db = open_store(dataset.url)
    try:
        record = sale_records.find_sale(db, number)
        assert (record.total.minor, record.lines[0].code, record.status) == (total, code, "completed")
        assert record.tenders[0].kind == "cash" and record.tenders[0].amount == record.total
        clerk = run._clerk(db)
        with pytest.raises(ItemAlreadySold) as refused:
            sales.scan(db, clerk, code)
        assert number in str(refused.value)
        assert shifts.current_shift(db, clerk.counter_id) is None  # every day's shift is closed
        with db.read() as s:
            assert journal.verify_chain(s).ok
    finally:
        db.close()


def test_floor_scans_as_the_app_scans(dataset: generate.Dataset) -> None:
    spec = {"items": dataset.items, "seed": 1, "warm": 5,
            "codes": counter.scan_codes(dataset.url, 1, 85)}
    app = counter.work_scan("app", dataset.url, spec)
    floor = counter.work_scan("floor", dataset.url, spec)
    assert app["digest"] == floor["digest"]
    assert app["reasons"] == floor["reasons"] == {"ItemAlreadySold": 4}
    assert len(app["samples"]) == len(app["cpu"]) == 80 and len(app["refused_samples"]) == 4


def test_floor_sale_writes_what_the_app_writes(dataset: generate.Dataset, tmp_path: Path) -> None:
    url = writable(dataset, tmp_path)
    counter.open_drawer(url)
    counter.open_drawer(url)  # a shift already open is used as it is
    app_baskets, floor_baskets = counter.sale_baskets(url, 1, 3)
    app = counter.work_sale("app", url, {"baskets": app_baskets, "warm": 1})
    floor = counter.work_sale("floor", url, {"baskets": floor_baskets, "warm": 1})
    assert app["rows_per_sale"] == floor["rows_per_sale"] == ROWS_PER_SALE
    assert len(app["samples"]) == len(floor["samples"]) == 2
    db = open_store(url)
    try:
        clerk = run._clerk(db)
        shift = shifts.current_shift(db, clerk.counter_id)
        made = [sale_records.find_sale(db, f"{generate.STORE_CODE}01-{shift.id}-{n}")
                for n in range(1, 7)]  # three by the app, then three by the floor
        for record, basket in zip(made, app_baskets + floor_baskets, strict=True):
            assert [line.code for line in record.lines] == basket
            currency = record.total.currency
            assert record.total == Money.sum((line.total for line in record.lines), currency)
            assert record.tax == Money.sum((line.tax for line in record.lines), currency)
            assert [t.reference for t in record.tenders] == ["", "change"]
            assert record.tenders[0].amount.minor % 10_000 == 0
            assert record.tenders[0].amount + record.tenders[1].amount == record.total
            assert record.change == -record.tenders[1].amount
        float_ = shift.opening_float.minor
        assert shifts.drawer_balance(db, shift.id).minor == float_ + sum(r.total.minor for r in made)
        with db.read() as s:
            assert journal.verify_chain(s).ok
    finally:
        db.close()
    floor_db = run.Floor(url)
    try:
        codes = [c for basket in app_baskets + floor_baskets for c in basket]
        marks = ", ".join("?" * len(codes))
        states = floor_db.all(f"SELECT DISTINCT state FROM items WHERE code IN ({marks})", codes)
    finally:
        floor_db.close()
    assert states == [("sold",)]


def test_counter_screen_takes_a_run_of_scans(tmp_path: Path) -> None:
    ds = generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    url = writable(ds, tmp_path)
    codes = counter.screen_codes(url, 1, 12)
    assert len(set(codes)) == 12
    got = counter.work_counter_ui("app", url, {"items": ds.items, "seed": 1, "codes": codes})
    assert got["lines"] == got["scans"] == 12 and got["message"] == ""
    assert max(got["typed_ms"], got["to_last_line_ms"]) <= got["priced_ms"] <= got["wall_ms"]
    assert len(got["samples"]) == len(got["cpu"]) > 0
    assert sum(got["samples"]) == pytest.approx(got["wall_ms"])
