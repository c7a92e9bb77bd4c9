"""The counter on the generated store: a scan (`sales.scan`) and the commit of a five-line cash
sale (`sales.commit_sale`), each beside the floor, the same reads and writes by hand with the
plain driver; and the counter screen taking 100 scans in a row, timed by the gaps between the
ticks of a 5 ms timer (no floor: no plain program does what the screen does).
"""
from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import pairwise

from bench import generate

REFUSED_EVERY = 20  # one scan in twenty is of a sold item: its refusal is timed too
SALE_LINES = 5
SALE_TABLES = ("sales", "sale_lines", "tenders", "cash_movements", "item_events", "audit_log",
               "sync_outbox")
UI_SCANS = 100
TICK_MS = 5
UI_TIMEOUT_S = 120


# --- inputs ---------------------------------------------------------------------------------------


def codes_in_state(url: str, state: str) -> list[str]:
    """Every code of a priced item in `state`, by id."""
    from bench.run import Floor

    floor = Floor(url)
    try:
        return [c for (c,) in floor.all("SELECT code FROM items WHERE state = ? AND price_minor "
                                        "IS NOT NULL ORDER BY id", (state,))]
    finally:
        floor.close()


def _draw(rng: random.Random, codes: list[str], count: int) -> list[str]:
    return rng.sample(codes, count) if len(codes) >= count else rng.choices(codes, k=count)


def scan_codes(url: str, seed: int, count: int) -> list[str]:
    """`count` codes as a clerk scans them: items on the shelf, and every REFUSED_EVERY-th one
    an item already sold (refused with its receipt number)."""
    rng = random.Random(seed * 1000 + 6)
    refused = count // REFUSED_EVERY
    shelf = iter(_draw(rng, codes_in_state(url, "on_shelf"), count - refused))
    sold = iter(_draw(rng, codes_in_state(url, "sold"), refused))
    return [next(sold) if i % REFUSED_EVERY == REFUSED_EVERY - 1 else next(shelf)
            for i in range(count)]


def screen_codes(url: str, seed: int, count: int) -> list[str]:
    """`count` different items on the shelf (an item scanned twice is refused)."""
    shelf = codes_in_state(url, "on_shelf")
    return random.Random(seed * 1000 + 8).sample(shelf, min(count, len(shelf)))


def sale_baskets(url: str, seed: int, per_side: int) -> tuple[list[list[str]], list[list[str]]]:
    """Disjoint baskets of SALE_LINES items on the shelf for the app and the floor."""
    rng = random.Random(seed * 1000 + 7)
    shelf = codes_in_state(url, "on_shelf")
    chosen = rng.sample(shelf, min(len(shelf), 2 * per_side * SALE_LINES))
    baskets = [chosen[i:i + SALE_LINES] for i in range(0, len(chosen) - SALE_LINES + 1, SALE_LINES)]
    half = len(baskets) // 2
    return baskets[:half], baskets[half:]


def open_drawer(url: str) -> None:
    """The clerk's counter's shift, opened with shifts.open_shift unless one is open: a sale
    needs it (no cash moves without an open shift)."""
    from bench.run import _clerk
    from pos_app.domain.money import Money
    from pos_app.services import shifts
    from pos_app.services.store_db import open_store

    db = open_store(url)
    try:
        clerk = _clerk(db)
        if shifts.current_shift(db, clerk.counter_id) is None:
            shifts.open_shift(db, clerk, Money.of("500"))
    finally:
        db.close()


def table_counts(url: str) -> dict[str, int]:
    from bench.run import Floor

    floor = Floor(url)
    try:
        return {t: floor.one(f"SELECT count(*) FROM {t}")[0] for t in SALE_TABLES}
    finally:
        floor.close()


# --- the floor ------------------------------------------------------------------------------------

FLOOR_ITEM = (
    "SELECT i.id, i.code, i.brand, i.model, i.grade, i.acquisition, i.state, i.price_minor, "
    "i.floor_minor, i.held_until, i.cost_minor, i.category_id, i.version, s.currency, "
    "c.markdowns, coalesce(k.tax_rate_bp, s.tax_rate_bp), "
    "(SELECT min(e.at) FROM item_events e WHERE e.item_id = i.id AND e.to_state = 'on_shelf') "
    "FROM items i JOIN stores s ON s.id = i.store_id JOIN categories k ON k.id = i.category_id "
    "LEFT JOIN consignment_contracts c ON c.id = i.contract_id WHERE i.code = ?")
FLOOR_HOLD = ("SELECT id FROM holds WHERE item_id = ? AND status = 'active' AND until > ? "
              "ORDER BY id DESC LIMIT 1")
FLOOR_SOLD_ON = ("SELECT s.number FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                 "WHERE l.item_id = ? ORDER BY s.id DESC LIMIT 1")
FLOOR_SETTINGS = ("SELECT key, value FROM settings WHERE key IN ('auto_markdown', "
                  "'markdown_schedule', 'tax_inclusive', 'cash_rounding')")
REFUSALS = {"sold": "ItemAlreadySold", "reserved": "ItemReservedOnline",
            "rented_out": "ItemRentedOut", "received": "ItemNotOnShelf", "graded": "ItemNotOnShelf",
            "priced": "ItemNotOnShelf", "labelled": "ItemNotOnShelf",
            "returned": "ItemReturnedPending"}


class Refused(Exception):
    """A floor scan's refusal, named as the app's."""


def _stamp(floor, at: datetime) -> object:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f") if floor.sqlite else at.replace(tzinfo=None)


def _json(floor, value: object) -> object:
    """A JSON column's value: text from sqlite3, already decoded by psycopg."""
    return json.loads(value) if floor.sqlite and value is not None else value


def floor_settings(floor) -> dict[str, object]:
    from pos_app.services.settings import DEFAULTS

    found = {k: _json(floor, v) for k, v in floor.all(FLOOR_SETTINGS)}
    return {k: found.get(k, DEFAULTS.get(k)) for k in ("auto_markdown", "markdown_schedule",
                                                        "tax_inclusive", "cash_rounding")}


def floor_line(floor, code: str, terms: dict, at: datetime, lock: bool = False) -> tuple[tuple, int]:
    """A scan by hand: the item with its category's tax rate, contract and first day on the
    shelf; refused unless on the shelf and not on hold; the shelf price (markdowns applied)."""
    from pos_app.domain import pricing as rules
    from pos_app.domain.codes import parse_item_code
    from pos_app.domain.money import Money

    text = parse_item_code(code).text
    row = floor.one(FLOOR_ITEM + (" FOR UPDATE OF i" if lock and not floor.sqlite else ""), (text,))
    if row is None:
        raise Refused("UnknownCode")
    item_id, state, held_until = row[0], row[6], row[9]
    if state != "on_shelf":
        if state == "sold":
            floor.one(FLOOR_SOLD_ON, (item_id,))  # the receipt the refusal names
        raise Refused(REFUSALS.get(state, "ItemGone"))
    if held_until is not None and str(held_until) > str(_stamp(floor, at)):
        raise Refused("ItemHeld")
    if floor.one(FLOOR_HOLD, (item_id, _stamp(floor, at))) is not None:
        raise Refused("ItemOnHold")
    price, floor_minor, currency, markdowns, since = row[7], row[8], row[13], row[14], row[16]
    schedule = (_json(floor, markdowns) or [] if row[5] == "consignment" else
                terms["markdown_schedule"] if terms["auto_markdown"] else [])
    if schedule and since is not None:
        first = datetime.fromisoformat(str(since)[:10]).date()
        low = None if floor_minor is None else Money(floor_minor, currency)
        price = rules.markdown_price(Money(price, currency), schedule, (at.date() - first).days,
                                     low)[0].minor
    return row, price


def floor_scan(floor, code: str) -> tuple:
    at = datetime.now(UTC)
    try:
        return code, floor_line(floor, code, floor_settings(floor), at)[1]
    except Refused as refused:
        return code, str(refused)


def _audit(floor, head: list, at: datetime, ids: dict, action: str, entity: str, entity_id: str,
           data: dict) -> None:
    """One chained audit entry and its outbox row; `head` is [seq, hash], advanced in place."""
    from pos_app.services import journal

    payload = journal.canonical_json(data)
    seq = head[0] + 1
    digest_ = journal.entry_hash(head[1], seq, at, ids["store"], ids["counter"], ids["user"],
                                 action, entity, entity_id, payload)
    at_db = _stamp(floor, at)
    floor.run("INSERT INTO audit_log (seq, at, store_id, counter_id, user_id, action, entity_type, "
              "entity_id, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              (seq, at_db, ids["store"], ids["counter"], ids["user"], action, entity, entity_id,
               payload, head[1], digest_))
    floor.run("INSERT INTO sync_outbox (event_id, store_id, counter_id, created_at, event_type, "
              "aggregate, aggregate_id, payload, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
              (str(uuid.uuid4()), ids["store"], ids["counter"], at_db, action, entity, entity_id,
               payload))
    head[0], head[1] = seq, digest_


def _tax(net: int, bp: int, inclusive: bool) -> int:
    """Tax on a line in minor units, half up: inside the price or on top of it."""
    if inclusive:
        return (net * bp + (10_000 + bp) // 2) // (10_000 + bp)
    return (net * bp + 5_000) // 10_000


def floor_sale(floor, codes: Sequence[str], given: int, ids: dict) -> str:
    """commit_sale's writes by hand in one transaction: the open shift and the items locked,
    each item sold (history, audit, outbox), the sale and its lines, the cash and the change,
    the drawer's movement (audited), the sale's audit entry; then the receipt read back."""
    at = datetime.now(UTC)
    at_db = _stamp(floor, at)
    lock = "" if floor.sqlite else " FOR UPDATE"
    floor.run("BEGIN IMMEDIATE" if floor.sqlite else "BEGIN")
    try:
        shift = floor.one("SELECT id FROM shifts WHERE counter_id = ? AND closed_at IS NULL "
                          "ORDER BY id DESC LIMIT 1" + lock, (ids["counter"],))[0]
        terms = floor_settings(floor)
        lines = [floor_line(floor, code, terms, at, lock=True) for code in codes]
        store_code, counter_no = floor.one("SELECT s.code, c.number FROM counters c JOIN stores s "
                                           "ON s.id = c.store_id WHERE c.id = ?", (ids["counter"],))
        n = floor.one("SELECT count(*) FROM sales WHERE shift_id = ?", (shift,))[0] + 1
        number = f"{store_code}{counter_no:02d}-{shift}-{n}"
        inclusive = bool(terms["tax_inclusive"])
        taxes = [_tax(price, row[15], inclusive) for row, price in lines]
        subtotal = sum(price for _row, price in lines)
        total = subtotal if inclusive else subtotal + sum(taxes)
        change = given - total
        sale_id = floor.one(
            "INSERT INTO sales (number, store_id, counter_id, shift_id, kind, status, created_by_id, "
            "created_at, tax_inclusive, subtotal_minor, discount_minor, tax_minor, total_minor, "
            "rounding_minor, change_minor, note) VALUES (?, ?, ?, ?, 'sale', 'completed', ?, ?, ?, "
            "?, 0, ?, ?, 0, ?, '') RETURNING id",
            (number, ids["store"], ids["counter"], shift, ids["user"], at_db, inclusive, subtotal,
             sum(taxes), total, change))[0]
        head = list(floor.one("SELECT seq, hash FROM audit_head WHERE id = 1" + lock))
        for position, ((row, price), tax) in enumerate(zip(lines, taxes, strict=True), start=1):
            item_id, code, brand, model, grade, acquisition, _state, list_price = row[:8]
            cost, category_id, version, bp = row[10], row[11], row[12], row[15]
            floor.run("UPDATE items SET state = 'sold', state_changed_at = ?, sold_minor = ?, "
                      "sold_at = ?, version = ? WHERE id = ? AND version = ?",
                      (at_db, price + (0 if inclusive else tax), at_db, version + 1, item_id, version))
            floor.run("INSERT INTO item_events (item_id, from_state, to_state, at, user_id, "
                      "counter_id, reason) VALUES (?, 'on_shelf', 'sold', ?, ?, ?, 'sale')",
                      (item_id, at_db, ids["user"], ids["counter"]))
            _audit(floor, head, at, ids, "item.sold", "item", code,
                   {"code": code, "state": "sold", "grade": grade, "price_minor": list_price,
                    "acquisition": acquisition, "held_until": None, "brand": brand, "model": model,
                    "version": version + 1, "from_state": "on_shelf", "reason": "sale"})
            floor.run("INSERT INTO sale_lines (sale_id, position, kind, item_id, code, description, "
                      "grade, category_id, quantity, unit_minor, list_minor, line_discount_minor, "
                      "sale_discount_minor, net_minor, tax_minor, total_minor, tax_rate_bp, "
                      "cost_minor, consignor_share_minor, returned_quantity) VALUES (?, ?, 'item', "
                      "?, ?, ?, ?, ?, 1, ?, ?, 0, 0, ?, ?, ?, ?, ?, 0, 0)",
                      (sale_id, position, item_id, code, f"{brand} {model}"[:200], grade,
                       category_id, price, list_price, price, tax,
                       price + (0 if inclusive else tax), bp, cost))
        for amount, reference in ((given, ""), (-change, "change")):
            if amount:
                floor.run("INSERT INTO tenders (sale_id, shift_id, kind, amount_minor, reference, "
                          "at) VALUES (?, ?, 'cash', ?, ?, ?)", (sale_id, shift, amount, reference,
                                                                at_db))
        movement = floor.one("INSERT INTO cash_movements (shift_id, kind, amount_minor, reference, "
                             "at, user_id) VALUES (?, 'sale', ?, ?, ?, ?) RETURNING id",
                             (shift, total, number, at_db, ids["user"]))[0]
        _audit(floor, head, at, ids, "cash.moved", "shift", str(shift),
               {"shift_id": shift, "movement_id": movement, "kind": "sale", "amount_minor": total,
                "reference": number})
        _audit(floor, head, at, ids, "sale.completed", "sale", number,
               {"number": number, "kind": "sale", "shift_id": shift, "total_minor": total,
                "lines": [{"code": row[1], "total_minor": price} for row, price in lines],
                "tenders": [{"kind": "cash", "amount_minor": given}]})
        floor.run("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", tuple(head))
        floor.run("COMMIT")
    except BaseException:
        floor.run("ROLLBACK")
        raise
    floor.one("SELECT * FROM sales WHERE number = ?", (number,))  # the receipt, as printed
    floor.all("SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY position", (sale_id,))
    floor.all("SELECT * FROM tenders WHERE sale_id = ? ORDER BY id", (sale_id,))
    return number


def _given(total_minor: int) -> int:
    """The cash a customer hands over: the total rounded up to the next 100 yuan note."""
    return (total_minor // 10_000 + 1) * 10_000


# --- workers --------------------------------------------------------------------------------------


def work_scan(side: str, url: str, spec: dict) -> dict:
    from bench.run import Floor, _timed, digest

    warm, codes = spec["codes"][:spec["warm"]], spec["codes"][spec["warm"]:]
    if side == "app":
        from bench.run import _clerk
        from pos_app.errors import DomainError
        from pos_app.services import sales
        from pos_app.services.store_db import open_store

        db = open_store(url)
        clerk = _clerk(db)

        def one(code: str) -> tuple:
            try:
                return code, sales.scan(db, clerk, code).price.minor
            except DomainError as refused:
                return code, type(refused).__name__
    else:
        floor = Floor(url)

        def one(code: str) -> tuple:
            return floor_scan(floor, code)
    for code in warm:
        one(code)
    samples, results, cpu = _timed([lambda c=c: one(c) for c in codes])
    refused = [ms for ms, (_code, got) in zip(samples, results, strict=True) if isinstance(got, str)]
    reasons: dict[str, int] = {}
    for _code, got in results:
        if isinstance(got, str):
            reasons[got] = reasons.get(got, 0) + 1
    return {"samples": samples, "cpu": cpu, "digest": digest(results), "refused": len(refused),
            "reasons": reasons, "refused_samples": refused}


def work_sale(side: str, url: str, spec: dict) -> dict:
    from bench.run import Floor, _timed, digest

    baskets = spec["baskets"]
    warm, baskets = baskets[:spec["warm"]], baskets[spec["warm"]:]
    if side == "app":
        from bench.run import _clerk
        from pos_app.domain.money import Money
        from pos_app.domain.sale import Tender
        from pos_app.services import sales
        from pos_app.services.store_db import open_store

        db = open_store(url)
        clerk = _clerk(db)

        def tendered(codes: list[str]) -> list:
            lines = [sales.BasketLine(c) for c in codes]
            total = sales.quote(db, clerk, lines)[0].total
            return [lines, [Tender("cash", Money(_given(total.minor), total.currency))]]

        def sell(lines: list, tenders: list) -> str:
            return sales.commit_sale(db, clerk, lines, tenders).number
    else:
        floor = Floor(url)
        user, store = floor.one("SELECT id, store_id FROM users WHERE username = ?",
                                (generate.CLERK[0],))
        ids = {"user": user, "store": store, "counter": floor.one("SELECT min(id) FROM counters")[0]}

        def tendered(codes: list[str]) -> list:
            terms, at = floor_settings(floor), datetime.now(UTC)
            lines = [floor_line(floor, c, terms, at) for c in codes]
            total = sum(price + (0 if terms["tax_inclusive"] else _tax(price, row[15], False))
                        for row, price in lines)
            return [codes, _given(total)]

        def sell(codes: list[str], given: int) -> str:
            return floor_sale(floor, codes, given, ids)
    for basket in warm:
        sell(*tendered(basket))
    paid = [tendered(basket) for basket in baskets]  # the till knows the total before the sale
    before = table_counts(url)
    samples, numbers, cpu = _timed([lambda p=p: sell(*p) for p in paid])
    after = table_counts(url)
    per_sale = {t: (after[t] - before[t]) / max(1, len(numbers)) for t in SALE_TABLES}
    return {"samples": samples, "cpu": cpu, "digest": digest(len(set(numbers))),
            "rows_per_sale": per_sale, "lines": SALE_LINES}


def work_counter_ui(side: str, url: str, spec: dict) -> dict:
    """The counter screen as the clerk takes the items `codes` scanned in a row."""
    return drive_counter_screen(url, spec["codes"])


def drive_counter_screen(url: str, codes: Sequence[str], *, tick_ms: int = TICK_MS,
                         timeout_s: float = UI_TIMEOUT_S) -> dict:
    """Open the main window on the counter screen as the clerk and type `codes` into its scan
    field as a keyboard-wedge scanner does: each code and Enter in one burst, the next code as
    soon as the event loop turns. A `tick_ms` timer records the gaps between its ticks from
    the first code until every code is a line in the basket and the basket is priced; a gap
    well over `tick_ms` is the event loop stalled (no key answered, nothing painted)."""
    from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer
    from PySide6.QtTest import QTest

    from pos_app.services import stores, users
    from pos_app.services.store_db import open_store
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.session import Session

    _app = create_application(["bench"], language="en", handle_errors=False)  # kept alive
    db = open_store(url)
    store = stores.get_store(db)
    counter = stores.list_counters(db, store.id)[0]
    actor = users.login(db, generate.CLERK[0], generate.CLERK[2], counter.id)
    window = MainWindow(Session(db, url, actor, store, counter))
    screen = window.open_screen("counter")
    window.resize(1280, 800)
    window.show()
    ready = QEventLoop()
    screen.ready.connect(ready.quit)
    QTimer.singleShot(int(timeout_s * 1000), ready.quit)
    ready.exec()  # the store's selling settings are read: the screen takes scans
    basket, till, field = screen.till.basket, screen.till, screen.scanner
    field.setFocus()

    ticks: list[tuple[float, float]] = []  # (wall clock, this thread's CPU time)
    moments: dict[str, float] = {}
    pending = list(codes)

    def tick() -> None:
        ticks.append((time.perf_counter(), time.thread_time()))

    def type_next() -> None:
        if not pending:
            moments["typed"] = time.perf_counter()
            return
        QTest.keyClicks(field, pending.pop(0))
        QTest.keyClick(field, Qt.Key.Key_Return)
        QTimer.singleShot(0, type_next)

    def line_added() -> None:
        if basket.rowCount() >= len(codes) and "last_line" not in moments:
            moments["last_line"] = time.perf_counter()

    def idle() -> None:  # nothing left to scan or price: the totals are shown
        if basket.rowCount() >= len(codes):
            moments["priced"] = time.perf_counter()
            loop.quit()

    basket.rowsInserted.connect(lambda *_a: line_added())
    till.idle.connect(idle)
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(tick_ms)
    timer.timeout.connect(tick)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    start, cpu0 = time.perf_counter(), time.thread_time()
    ticks.append((start, cpu0))
    timer.start()
    QTimer.singleShot(0, type_next)
    loop.exec()
    timer.stop()
    end, cpu1 = time.perf_counter(), time.thread_time()
    ticks.append((end, cpu1))
    gaps = [(b[0] - a[0]) * 1000 for a, b in pairwise(ticks)]
    busy = [(b[1] - a[1]) * 1000 for a, b in pairwise(ticks)]  # the GUI thread's own share
    since = {name: (at - start) * 1000 for name, at in moments.items()}
    lines, refused = basket.rowCount(), screen.message_text() if basket.rowCount() < len(codes) else ""
    window.close()
    QThreadPool.globalInstance().waitForDone()  # no scan still on its way to a closed screen
    window.deleteLater()
    db.close()
    return {"samples": gaps, "cpu": busy, "digest": str(lines), "scans": len(codes),
            "lines": lines, "typed_ms": since.get("typed", float("nan")),
            "to_last_line_ms": since.get("last_line", float("nan")),
            "priced_ms": since.get("priced", float("nan")), "message": refused,
            "gui_cpu_ms": (cpu1 - cpu0) * 1000, "wall_ms": (end - start) * 1000,
            "how": "the MainWindow as the clerk, counter screen (ui.screens.counter)"}
