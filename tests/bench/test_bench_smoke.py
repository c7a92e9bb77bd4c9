"""The benchmark generator and runner, end to end on a tiny store. No timing is asserted: the
report must name every operation with figures, ratios and the checks it makes."""
from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is not an installed package
from bench import generate, run
from pos_app.domain.codes import make_item_code
from pos_app.services import items, journal
from pos_app.services.store_db import open_store

ITEMS = 2000
FIGURE = r"[\d,]+(?:\.\d+)? ms"
RATIO = r"\d+(?:\.\d+)?×"


def quiet(_message: str) -> None:
    pass


def test_generated_store_is_a_real_store_and_is_reused(tmp_path: Path) -> None:
    ds = generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    assert not ds.cached and ds.counts["items"] == ITEMS
    with sqlite3.connect(ds.path) as con:
        assert con.execute("SELECT count(*) FROM items").fetchone()[0] == ITEMS
        assert con.execute("SELECT next_value FROM code_sequences").fetchone()[0] == ITEMS + 1
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        con.execute("INSERT INTO items_fts(items_fts) VALUES('integrity-check')")
        triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"items_fts_insert", "items_fts_delete", "items_fts_update"} <= triggers
        states = {r[0] for r in con.execute("SELECT DISTINCT state FROM items")}
        assert {"on_shelf", "sold", "received"} <= states
    db = open_store(ds.url)
    try:
        with db.read() as s:
            chain = journal.verify_chain(s)
        assert chain.ok and chain.checked > ITEMS // generate.AUDITED_SHARE
        last = items.find_by_code(db, make_item_code(generate.STORE_CODE, ITEMS))
        assert last.id == ITEMS
        found = items.search(db, last.model.split()[0], limit=5)
        assert found and all(last.model.split()[0].lower() in
                             f"{v.brand} {v.model} {v.notes}".lower() for v in found)
    finally:
        db.close()
    again = generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    assert again.cached and again.path == ds.path and again.seconds == ds.seconds


SMALL_RUN = ["--lookups", "60", "--searches", "40", "--transitions", "12", "--window-runs", "1",
             "--suggestions", "40", "--labels", "60", "--label-runs", "1", "--scans", "60",
             "--sales", "4", "--ui-scans", "8"]


def assert_complete(report: str, *, postgres: bool = False) -> None:
    """Every operation with app and floor figures (a dash where it has no floor), their ratio,
    its target (or none) and the verdicts, on wall-clock and on CPU time."""
    no_floor = run.NO_FLOOR | ({"backup"} if postgres else set())  # pg_dump is the only copy
    for op, title, *_ in run.OPERATIONS:
        floor, ratio = (r"—", r"—") if op in no_floor else (FIGURE, RATIO)
        target = (r"none \| — \| {f} \| — \|" if op in run.NO_TARGET else
                  r"< {f} \| (met|\*\*missed\*\*) \| {f} \| (met|\*\*missed\*\*) \|")
        assert re.search(rf"\| {re.escape(title)} \| (p\d+|max) \| {FIGURE} \| {floor} \| {ratio} "
                         rf"\| " + target.format(f=FIGURE), report), title
        memory = title[0].lower() + title[1:]
        floor_mb = "—" if op in no_floor else r"[\d,]+ MB"
        assert re.search(rf"\| Peak memory: {re.escape(memory)} \| RSS high-water \| [\d,]+ MB \| "
                         rf"{floor_mb} \| {ratio} \|", report), memory
        assert f"## {title}" in report
    assert len(re.findall(rf"^\| p50 \| {FIGURE} \| {FIGURE} \| {RATIO} \|$", report,
                          re.MULTILINE)) == len(run.OPERATIONS) - len(no_floor)
    assert len(re.findall(rf"^\| p50 \| {FIGURE} \| — \| — \|$", report,
                          re.MULTILINE)) == len(no_floor)
    assert report.count("Same rows from app and floor: **yes**") == 2
    assert "Same prices and refusals from app and floor: **yes**" in report
    assert re.search(r"Rows each sale writes \(app\): 1 sales, 5 sale_lines, 2 tenders, "
                     r"1 cash_movements, 5 item_events, 7 audit_log, 7 sync_outbox; the same from "
                     r"the floor: \*\*yes\*\*", report)
    assert re.search(r"one scan in 20 of an item already sold: [1-9]\d* refused \(\d+ ItemAlreadySold\)",
                     report)
    assert "8 codes typed into the scan field" in report and "lines in the basket: 8" in report
    assert "audit chain intact after them: **yes**" in report
    assert re.search(r"The day 2026-10-24: [1-9][\d,]* sales; \d+ categories; the report reconciles "
                     r"to the ledger: \*\*yes\*\*; same figures from app and floor: \*\*yes\*\*", report)
    assert len(re.findall(r"^- Period 2026-10-02 to 2026-10-31: ", report, re.MULTILINE)) == 3
    assert len(re.findall(rf"build p50 {FIGURE} \(CPU {FIGURE}\), max {FIGURE}; render p50 "
                          rf"{FIGURE} \(CPU {FIGURE}\), max {FIGURE}; [1-9]\d* pages", report)) == 4
    assert re.search(r"MB copied at [\d,.]+ MB/s .* verified: \*\*yes\*\*", report)
    assert re.search(r"rows shown: [1-9]", report)
    for fact in ("CPU", "Cores", "RAM", "Python", "SQLite", "SQLAlchemy", "OS"):
        assert re.search(rf"^\| {fact} \| .+ \|$", report, re.MULTILINE), fact


def test_report_has_every_operation_with_figures_and_ratios(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "BENCHMARKS.md"
    out.write_text("# old figures\n\n## Analysis\n\nKept by hand.\n")
    assert run.main(["--items", str(ITEMS), "--data-dir", str(data), "--out", str(out), *SMALL_RUN]) == 0
    report = out.read_text()
    assert_complete(report)
    assert "rows shown: 200" in report
    assert report.startswith("# Benchmarks") and report.endswith("## Analysis\n\nKept by hand.\n")


def test_report_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    out = tmp_path / "BENCHMARKS.md"
    assert run.main(["--items", "500", "--db", pg_url, "--data-dir", str(tmp_path), "--out", str(out),
                     *SMALL_RUN]) == 0
    report = out.read_text()
    assert_complete(report, postgres=True)
    assert "in PostgreSQL" in report and "plain `psycopg`" in report


@pytest.mark.parametrize("text", ["", "x", "7t", "xr 拯救者", 'a"b', "50%_off"])
def test_floor_search_returns_the_rows_the_app_returns(tmp_path: Path, text: str) -> None:
    ds = generate.ensure_dataset(300, data_dir=tmp_path, log=quiet)
    db = open_store(ds.url)
    floor = run.Floor(ds.url)
    try:
        sql, params = run.floor_search_sql(floor, text, 50)
        assert [r[0] for r in floor.all(sql, params)] == [v.id for v in items.search(db, text, limit=50)]
    finally:
        floor.close()
        db.close()
