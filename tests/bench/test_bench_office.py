"""The manager's office benchmarks on a tiny generated store: the generator's busy day, the
daily report's floor answering what the app's report says, the period reports built and
printed, and the backup verified and cleaned up. No timing is asserted."""
from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is not an installed package
from bench import generate, office, run
from pos_app.services import reports
from pos_app.services.store_db import open_store

ITEMS = 2000


def quiet(_message: str) -> None:
    pass


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def dataset(request: pytest.FixtureRequest, tmp_path: Path) -> generate.Dataset:
    if request.param == "sqlite":
        return generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    url = request.getfixturevalue("pg_url")
    return generate.ensure_dataset(500, db_url=url, data_dir=tmp_path, log=quiet)


def test_busy_day_has_exactly_its_sales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate, "BUSY_SALES", 20)
    ds = generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    day = datetime.combine(generate.BUSY_DAY, datetime.min.time(), UTC)
    lo, hi = (generate._fmt(day + timedelta(hours=h)) for h in (0, 24))
    floor = run.Floor(ds.url)
    try:
        assert floor.one("SELECT count(*) FROM sales WHERE created_at >= ? AND created_at < ?",
                         (lo, hi))[0] == 20
        natural = floor.one("SELECT count(*) FROM sales WHERE created_at >= ? AND created_at < ?",
                            (generate._fmt(day - timedelta(days=10)), generate._fmt(day)))[0]
        assert natural < 20  # the day is busier than the days before it
        window = [generate._fmt(day + timedelta(hours=h)) for h in generate.BUSY_HOURS]
        outside = floor.one("SELECT count(*) FROM sales WHERE created_at >= ? AND created_at < ? "
                            "AND NOT (created_at >= ? AND created_at < ?)", (lo, hi, *window))[0]
        assert outside < 20
        # every sale after its item came in; a sold item's last move is its sale
        assert floor.one("SELECT count(*) FROM items WHERE sold_at < created_at")[0] == 0
        assert floor.one("SELECT count(*) FROM items WHERE state = 'sold' AND "
                         "state_changed_at <> sold_at")[0] == 0
        assert floor.one("SELECT count(*) FROM items WHERE state = 'paid_out' AND "
                         "state_changed_at < sold_at")[0] == 0
        assert floor.one("SELECT count(*) FROM sales s JOIN shifts h ON h.id = s.shift_id WHERE "
                         "s.created_at < h.opened_at OR s.created_at > h.closed_at")[0] == 0
    finally:
        floor.close()


def test_floor_daily_report_is_what_the_app_reports(dataset: generate.Dataset) -> None:
    db = open_store(dataset.url)
    floor = run.Floor(dataset.url)
    try:
        day = office.daily_day()
        app = office.app_daily_figures(reports.build(db, "daily", reports.Period.day(day)))
        hand = office.floor_daily(floor, day)
    finally:
        floor.close()
        db.close()
    assert app == hand
    assert app["sales"][0] > 0 and app["reconciled"] and app["tenders"] and app["categories"]


def test_daily_report_worker_compares_app_and_floor(dataset: generate.Dataset) -> None:
    spec = {"day": office.daily_day().isoformat(), "runs": 2}
    app = office.work_daily_report("app", dataset.url, spec)
    floor = office.work_daily_report("floor", dataset.url, spec)
    assert app["digest"] == floor["digest"] and app["sales"] == floor["sales"] > 0
    assert len(app["samples"]) == len(app["build"]) == len(app["render"]) == 2
    assert app["pages"] >= 1 and app["bytes"] > 1000 and app["reconciled"]


@pytest.mark.parametrize("name", office.PERIOD_REPORTS)
def test_period_report_workers_build_and_print(name: str, tmp_path: Path) -> None:
    ds = generate.ensure_dataset(ITEMS, data_dir=tmp_path, log=quiet)
    first, last = office.period_days()
    assert (last - first).days + 1 == office.PERIOD_DAYS and first <= generate.BUSY_DAY <= last
    result = office.WORKERS[f"period_{name}"]("app", ds.url, {"period": [first.isoformat(),
                                                                         last.isoformat()],
                                                               "runs": 1})
    assert len(result["samples"]) == len(result["build"]) == len(result["render"]) == 1
    assert result["pages"] >= 1 and result["bytes"] > 1000
    assert result["facts"] and result["facts"][0].isdigit()


def test_backup_workers_verify_and_leave_nothing(tmp_path: Path) -> None:
    ds = generate.ensure_dataset(ITEMS, data_dir=tmp_path / "data", log=quiet)
    out = tmp_path / "backups"
    spec = {"out_dir": str(out), "runs": 1}
    app = office.work_backup("app", ds.url, spec)
    floor = office.work_backup("floor", ds.url, spec)
    assert app["verified"] and floor["verified"]
    assert app["audit_entries"] > ITEMS // generate.AUDITED_SHARE
    assert app["bytes"] == floor["bytes"] > 0 and app["mb_per_s"][0] > 0
    assert app["copy_ms"][0] + app["check_ms"][0] <= app["samples"][0] + 1
    assert list(out.iterdir()) == []
