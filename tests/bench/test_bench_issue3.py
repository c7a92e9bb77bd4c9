"""The pricing and label benchmarks on a tiny generated store: the generator's sales, the floors
that give the same answers as the app, and their place in the report. No timing is asserted."""
from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is not an installed package
from bench import generate, run
from bench import labels as label_bench
from bench import pricing as price_bench
from pos_app import clock
from pos_app.services import pricing
from pos_app.services.store_db import open_store

ITEMS = 2000


def quiet(_message: str) -> None:
    pass


def test_sold_items_carry_their_sale(tmp_path: Path) -> None:
    ds = generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    with sqlite3.connect(ds.path) as con:
        by_state = dict(con.execute("SELECT state, count(*) FROM items WHERE sold_at IS NOT NULL "
                                    "GROUP BY state").fetchall())
        bad = con.execute("SELECT count(*) FROM items WHERE (sold_at IS NULL) <> (sold_minor IS NULL) "
                          "OR sold_minor <= 0 OR sold_at < created_at OR sold_at > ?",
                          (generate._fmt(generate.HISTORY_END),)).fetchone()[0]
        unsold = con.execute("SELECT count(*) FROM items WHERE state IN ('sold', 'paid_out') "
                             "AND sold_at IS NULL").fetchone()[0]
    assert set(by_state) == {"sold", "paid_out"} and bad == 0 and unsold == 0
    assert ds.counts["sales"] == sum(by_state.values())
    assert 0.45 < ds.counts["sales"] / ITEMS < 0.55  # 500,000 sales in a million items


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def dataset(request: pytest.FixtureRequest, tmp_path: Path) -> generate.Dataset:
    if request.param == "sqlite":
        return generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    url = request.getfixturevalue("pg_url")
    return generate.ensure_dataset(500, db_url=url, data_dir=tmp_path, log=quiet)


def test_floor_suggests_what_the_app_suggests(dataset: generate.Dataset) -> None:
    db = open_store(dataset.url)
    floor = run.Floor(dataset.url)
    queries = price_bench.suggestion_inputs(1, 80)
    try:
        with clock.set_to(generate.HISTORY_END):
            app = [pricing.suggest_price(db, **q) for q in queries]
            hand = [price_bench.floor_suggest(floor, q, generate.HISTORY_END) for q in queries]
    finally:
        floor.close()
        db.close()
    assert [(None if s.price is None else s.price.minor, s.basis, s.scope) for s in app] == hand
    assert {s.scope for s in app} >= {"category"} and any(s.basis for s in app)


def test_label_batches_of_app_and_floor(dataset: generate.Dataset) -> None:
    spec = {"items": dataset.items, "seed": 1, "count": 45, "runs": 1}
    app = label_bench.work_labels("app", dataset.url, spec)
    floor = label_bench.work_labels("floor", dataset.url, spec)
    assert app["pages"] == floor["pages"] == 2 and app["labels"] == 45
    assert len(app["samples"]) == len(floor["samples"]) == 1


def test_report_has_the_suggestion_and_label_figures(tmp_path: Path) -> None:
    out = tmp_path / "BENCHMARKS.md"
    assert run.main(["--items", str(ITEMS), "--data-dir", str(tmp_path), "--out", str(out),
                     "--lookups", "20", "--searches", "20", "--transitions", "4",
                     "--window-runs", "1", "--suggestions", "30", "--labels", "50",
                     "--label-runs", "2"]) == 0
    report = out.read_text()
    figure, ratio = r"[\d,]+(?:\.\d+)? ms", r"\d+(?:\.\d+)?×"
    assert re.search(rf"\| Price suggestion from the store's own sales \| p95 \| {figure} \| "
                     rf"{figure} \| {ratio} \| < 50.00 ms \|", report)
    assert re.search(rf"\| Labels to PDF, one batch on A4 sheets of 40 \| max \| {figure} \| "
                     rf"{figure} \| {ratio} \| < 5,000 ms \|", report)
    assert "Same suggestions from app and floor: **yes**" in report
    assert "50 labels per batch" in report and "same page count from app and floor: **yes**" in report
    assert re.search(r"[\d,]+ past sales", report)
