"""The manager's office on the generated store: the daily report of the busy day (10,000 sales,
`generate.BUSY_DAY`) built and printed, beside the floor (the same aggregates by hand with the
plain driver); 30-day period reports (sales, aging, inventory) built and printed; and a backup
of the store (`backups.take_backup`, verified), beside the floor (the same online copy and
integrity check with the plain driver, without the audit chain's verification).
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from datetime import date, timedelta
from pathlib import Path

from bench import generate

DAILY = "daily"
PERIOD_REPORTS = ("sales", "aging", "inventory")
PERIOD_DAYS = 30
LANGUAGE = "zh_CN"
PAGE = re.compile(rb"/Type\s*/Page[^s]")


def daily_day() -> date:
    """The busy day: its sales were rung from 10:00 to 18:00 China time, inside the same local
    day in any timezone from UTC-2 to UTC+14."""
    return generate.BUSY_DAY


def period_days() -> tuple[date, date]:
    """The last PERIOD_DAYS days of the generated history (the busy day among them)."""
    last = generate.HISTORY_END.date()
    return last - timedelta(days=PERIOD_DAYS - 1), last


def pages(pdf: bytes) -> int:
    return len(PAGE.findall(pdf))


# --- the daily report -------------------------------------------------------------------------------


def app_daily_figures(report) -> dict:
    """What the floor checks of the app's daily report: counts and sums by key."""
    return {"sales": [report.sales_count, report.sales_total.minor, report.rounding.minor,
                      report.sales_tax.minor],
            "tenders": {t.kind: [t.sales.minor, t.refunds.minor] for t in report.tenders
                        if t.sales.minor or t.refunds.minor},
            "categories": {g.key: [g.count, g.amount.minor] for g in report.categories},
            "staff": {g.key: [g.count, g.amount.minor] for g in report.staff},
            "refunds": [[r.number, r.amount.minor] for r in report.refunds],
            "shifts": [[s.shift_id, s.expected.minor, s.counted.minor] for s in report.shifts],
            "payouts": {g.key: [g.count, g.amount.minor] for g in report.payouts},
            "reconciled": report.reconciled}


def floor_daily(floor, day: date) -> dict:
    """The daily report's aggregates by hand: one statement per figure, as the app reads them
    (the whole store), and its reconciliations; returns what app_daily_figures returns."""
    from bench.counter import _stamp
    from pos_app.services.reports import Period, day_bounds

    lo, hi = (_stamp(floor, x) for x in day_bounds(Period.day(day)))
    w = (lo, hi)
    sales = list(floor.one("SELECT count(*), coalesce(sum(total_minor), 0), coalesce(sum("
                           "rounding_minor), 0), coalesce(sum(tax_minor), 0) FROM sales WHERE "
                           "created_at >= ? AND created_at < ?", w))
    tenders: dict[str, list[int]] = {}
    for kind, is_sale, total in floor.all(
            "SELECT kind, refund_id IS NULL, sum(amount_minor) FROM tenders WHERE at >= ? AND "
            "at < ? GROUP BY kind, refund_id IS NULL", w):
        tenders.setdefault(kind, [0, 0])[0 if is_sale else 1] = int(total)
    categories = {code or "other": [int(n), int(t)] for code, n, t in floor.all(
        "SELECT c.code, sum(l.quantity), sum(l.total_minor) FROM sale_lines l JOIN sales s ON "
        "s.id = l.sale_id LEFT JOIN categories c ON c.id = l.category_id WHERE s.created_at >= ? "
        "AND s.created_at < ? GROUP BY c.code", w)}
    floor.one("SELECT count(DISTINCT s.id), sum(l.total_minor) FROM sale_lines l JOIN sales s ON "
              "s.id = l.sale_id WHERE s.created_at >= ? AND s.created_at < ? AND l.kind = 'item' "
              "AND l.item_id IN (SELECT item_id FROM item_events WHERE from_state = 'reserved' AND "
              "to_state = 'sold' AND at >= ? AND at < ?)", w + w)  # online pick-ups
    staff = {u: [int(n), int(t)] for u, n, t in floor.all(
        "SELECT u.username, count(*), sum(s.total_minor) FROM sales s JOIN users u ON u.id = "
        "s.created_by_id WHERE s.created_at >= ? AND s.created_at < ? GROUP BY u.username", w)}
    refunds = [[n, int(t)] for n, t in floor.all(
        "SELECT r.number, r.total_minor FROM refunds r JOIN sales s ON s.id = r.sale_id JOIN "
        "users u ON u.id = r.created_by_id LEFT JOIN manager_authorisations a ON a.id = "
        "r.authorisation_id WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.created_at, "
        "r.id", w)]
    floor.one("SELECT sum(l.tax_minor) FROM refund_lines l JOIN refunds r ON r.id = l.refund_id "
              "WHERE r.created_at >= ? AND r.created_at < ?", w)
    floor.all("SELECT u.display_name, count(DISTINCT s.id), sum(l.line_discount_minor), "
              "sum(l.sale_discount_minor) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN "
              "users u ON u.id = s.created_by_id WHERE s.id IN (SELECT id FROM sales WHERE "
              "created_at >= ? AND created_at < ? AND discount_minor <> 0) GROUP BY "
              "u.display_name", w)
    floor.all("SELECT a.at, a.permission, c.display_name, m.display_name, a.reason FROM "
              "manager_authorisations a JOIN users c ON c.id = a.requested_by_id JOIN users m ON "
              "m.id = a.manager_id WHERE a.at >= ? AND a.at < ? ORDER BY a.at, a.id", w)
    for kind in ("buy_back", "consignment"):
        floor.all("SELECT i.payment_method, count(*), sum(n.n), sum(i.total_minor) FROM intakes i "
                  "LEFT JOIN (SELECT intake_id, count(*) AS n FROM intake_lines GROUP BY "
                  "intake_id) n ON n.intake_id = i.id WHERE i.kind = ? AND i.status = 'completed' "
                  "AND i.completed_at >= ? AND i.completed_at < ? GROUP BY i.payment_method",
                  (kind, *w))
    payouts = {m: [int(n), int(t)] for m, n, t, _b in floor.all(
        "SELECT method, count(*), sum(amount_minor), sum(bonus_minor) FROM consignor_payouts "
        "WHERE at >= ? AND at < ? GROUP BY method", w)}
    floor.one("SELECT count(*), sum(rent_minor), sum(deposit_minor) FROM rentals WHERE out_at >= ? "
              "AND out_at < ?", w)
    floor.one("SELECT count(*), sum(r.total_minor), sum(t.late_fee_minor), sum(t.damage_fee_minor) "
              "FROM rentals t LEFT JOIN refunds r ON r.id = t.refund_id WHERE t.returned_at >= ? "
              "AND t.returned_at < ?", w)
    floor.one("SELECT count(*), sum(total_minor) FROM sales WHERE kind = 'deal' AND created_at "
              ">= ? AND created_at < ?", w)
    shifts = [[int(i), int(e), int(c)] for i, e, c in floor.all(
        "SELECT h.id, h.expected_minor, h.counted_minor FROM shifts h JOIN counters c ON c.id = "
        "h.counter_id JOIN users u ON u.id = h.closed_by_id WHERE h.closed_at >= ? AND "
        "h.closed_at < ? ORDER BY h.closed_at, h.id", w)]
    # the reconciliations: takings = rung - refunded; cash = the drawer's sale and refund moves;
    # lines + rounding = rung; staff = rung; buy-back and payout cash = the drawer's moves
    refunded = floor.one("SELECT coalesce(sum(total_minor), 0) FROM refunds WHERE created_at >= ? "
                         "AND created_at < ?", w)[0]
    drawer = dict(floor.all("SELECT kind, sum(amount_minor) FROM cash_movements WHERE at >= ? AND "
                            "at < ? GROUP BY kind", w))
    takings = sum(a + b for a, b in tenders.values())
    cash = sum(tenders.get("cash", [0, 0]))
    bought = floor.one("SELECT coalesce(sum(total_minor), 0) FROM intakes WHERE kind = 'buy_back' "
                       "AND status = 'completed' AND payment_method = 'cash' AND completed_at >= ? "
                       "AND completed_at < ?", w)[0]
    reconciled = (takings == sales[1] - refunded
                  and cash == sum(int(drawer.get(k) or 0) for k in ("sale", "refund", "rental_refund"))
                  and sum(t for _n, t in categories.values()) + sales[2] == sales[1]
                  and sum(t for _n, t in staff.values()) == sales[1]
                  and -bought == int(drawer.get("buy_back") or 0)
                  and -payouts.get("cash", [0, 0])[1] == int(drawer.get("consignor_payout") or 0))
    return {"sales": [int(x) for x in sales],
            "tenders": {k: v for k, v in tenders.items() if v != [0, 0]},
            "categories": categories, "staff": staff, "refunds": refunds, "shifts": shifts,
            "payouts": payouts, "reconciled": reconciled}


def work_daily_report(side: str, url: str, spec: dict) -> dict:
    from bench.run import Floor, _timed, digest

    day = date.fromisoformat(spec["day"])
    if side == "app":
        from pos_app.printing import reports as printed
        from pos_app.services import reports
        from pos_app.services.store_db import open_store

        db = open_store(url)
        parts: list[dict] = []

        def one() -> dict:
            c0, t0 = time.thread_time_ns(), time.perf_counter_ns()
            data = reports.build(db, DAILY, reports.Period.day(day))
            c1, t1 = time.thread_time_ns(), time.perf_counter_ns()
            pdf = printed.render(DAILY, data, LANGUAGE)
            c2, t2 = time.thread_time_ns(), time.perf_counter_ns()
            parts.append({"build": (t1 - t0) / 1e6, "render": (t2 - t1) / 1e6,
                          "build_cpu": (c1 - c0) / 1e6, "render_cpu": (c2 - c1) / 1e6,
                          "pages": pages(pdf), "bytes": len(pdf)})
            return app_daily_figures(data)
    else:
        floor = Floor(url)
        parts = []

        def one() -> dict:
            return floor_daily(floor, day)
    one()  # warm: the imports, the font, the statements compiled
    parts.clear()
    samples, results, cpu = _timed([one] * spec["runs"])
    figures = results[-1]
    out = {"samples": samples, "cpu": cpu, "digest": digest([json.dumps(figures, sort_keys=True)]), "day": day.isoformat(),
           "sales": figures["sales"][0], "tenders": len(figures["tenders"]),
           "categories": len(figures["categories"]), "reconciled": figures["reconciled"]}
    if parts:
        out |= {k: [p[k] for p in parts] for k in ("build", "render", "build_cpu", "render_cpu")}
        out |= {"pages": parts[-1]["pages"], "bytes": parts[-1]["bytes"]}
    return out


# --- the period reports -----------------------------------------------------------------------------


def work_period(name: str):
    """A worker building and printing the `name` report for the last PERIOD_DAYS days."""
    def work(side: str, url: str, spec: dict) -> dict:
        from bench.run import _timed
        from pos_app.printing import reports as printed
        from pos_app.services import reports
        from pos_app.services.store_db import open_store

        first, last = (date.fromisoformat(d) for d in spec["period"])
        period = reports.Period(first, last)
        db = open_store(url)
        parts: list[dict] = []

        def one() -> object:
            c0, t0 = time.thread_time_ns(), time.perf_counter_ns()
            data = reports.build(db, name, period)
            c1, t1 = time.thread_time_ns(), time.perf_counter_ns()
            pdf = printed.render(name, data, LANGUAGE)
            c2, t2 = time.thread_time_ns(), time.perf_counter_ns()
            parts.append({"build": (t1 - t0) / 1e6, "render": (t2 - t1) / 1e6,
                          "build_cpu": (c1 - c0) / 1e6, "render_cpu": (c2 - c1) / 1e6,
                          "pages": pages(pdf), "bytes": len(pdf)})
            return data
        samples, results, cpu = _timed([one] * spec["runs"])
        out = {"samples": samples, "cpu": cpu, "report": name, "period": spec["period"],
               "pages": parts[-1]["pages"], "bytes": parts[-1]["bytes"],
               "facts": period_facts(name, results[-1])}
        return out | {k: [p[k] for p in parts] for k in ("build", "render", "build_cpu",
                                                          "render_cpu")}
    work.__name__ = f"work_period_{name}"
    return work


def period_facts(name: str, data) -> str:
    """A line saying what the report found, so a reader sees it worked on real figures."""
    if name == "sales":
        t = data.total
        return (f"{data.receipts:,} receipts, {t.units:,} units, revenue {t.revenue.minor / 100:,.2f}"
                f", margin {t.margin.minor / 100:,.2f}; {len(data.by_category)} categories, "
                f"{len(data.by_grade)} grades")
    if name == "aging":
        t = data.total
        return (f"{t.sold:,} sold (median {t.median_days} days to sell), {t.on_hand:,} on hand at "
                f"the end, {data.past_markdowns:,} past their markdown steps")
    if name == "inventory":
        items = getattr(data, "total", None)
        if items is not None and hasattr(items, "items"):
            return f"{items.items:,} items on hand at the end, {items.unpriced:,} without a price"
    return type(data).__name__


# --- the backup -------------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def floor_backup(url: str, out: Path) -> dict:
    """The copy by hand: sqlite3's online backup from a read snapshot in the same steps, the
    copy made one file, its integrity check and its sha256 (no audit chain verification)."""
    import sqlite3

    from pos_app.db.engine import sqlite_path

    src = sqlite3.connect(sqlite_path(url), isolation_level=None)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        dest = sqlite3.connect(out, isolation_level=None)
        try:
            src.backup(dest, pages=1024)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        src.execute("COMMIT")
    finally:
        src.close()
    copied = time.perf_counter()
    check = sqlite3.connect(out.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        ok = [r[0] for r in check.execute("PRAGMA integrity_check(10)")] == ["ok"]
    finally:
        check.close()
    _sha256(out)
    return {"ok": ok, "copied": copied}


def work_backup(side: str, url: str, spec: dict) -> dict:
    from bench.run import _timed

    folder = Path(spec["out_dir"])
    folder.mkdir(parents=True, exist_ok=True)
    sqlite = url.startswith("sqlite")
    runs: list[dict] = []
    if side == "app":
        from pos_app.services import backups
        from pos_app.services.store_db import open_store

        db = open_store(url)

        def one(n: int) -> dict:
            out = folder / f"app-{n}{'.db' if sqlite else '.dump'}"
            moments: list[float] = []
            t0 = time.perf_counter()
            info = backups.take_backup(db, out, progress=lambda _d, _t: moments.append(
                time.perf_counter()))
            t1 = time.perf_counter()
            copied = moments[-1] if moments else t1
            run = {"size": info.size, "copy_ms": (copied - t0) * 1000,
                   "check_ms": (t1 - copied) * 1000, "verified": info.audit_entries is not None
                   or not sqlite, "audit_entries": info.audit_entries}
            for leftover in (out, info.sidecar):
                leftover.unlink(missing_ok=True)
            return run
    else:
        if not sqlite:  # pg_dump is the copy either way: the app's tool, no plainer floor
            raise SystemExit("no floor for a PostgreSQL backup")

        def one(n: int) -> dict:
            out = folder / f"floor-{n}.db"
            t0 = time.perf_counter()
            done = floor_backup(url, out)
            t1 = time.perf_counter()
            run = {"size": out.stat().st_size, "copy_ms": (done["copied"] - t0) * 1000,
                   "check_ms": (t1 - done["copied"]) * 1000, "verified": done["ok"],
                   "audit_entries": None}
            out.unlink(missing_ok=True)
            return run
    samples, runs, cpu = _timed([lambda n=n: one(n) for n in range(spec["runs"])])
    size = runs[-1]["size"]
    return {"samples": samples, "cpu": cpu, "bytes": size,
            "mb_per_s": [r["size"] / 2**20 / (ms / 1000) for r, ms in zip(runs, samples, strict=True)],
            "copy_ms": [r["copy_ms"] for r in runs], "check_ms": [r["check_ms"] for r in runs],
            "verified": all(r["verified"] for r in runs), "audit_entries": runs[-1]["audit_entries"],
            "engine": "sqlite" if sqlite else "postgresql"}


WORKERS = {"daily_report": work_daily_report,
           **{f"period_{name}": work_period(name) for name in PERIOD_REPORTS},
           "backup": work_backup}
