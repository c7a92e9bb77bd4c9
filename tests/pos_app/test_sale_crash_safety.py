"""A sale is whole or absent after a crash at any point, and an item is never sold twice, even
by two tills in two processes at once."""
from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from pos_app.domain.item_states import ItemState
from pos_app.models import (
    AuditEntry,
    CashMovement,
    Item,
    OutboxEvent,
    Sale,
    SaleLine,
)
from pos_app.models import Tender as TenderRow
from pos_app.services import journal, stores
from pos_app.services.users import login
from tests.pos_app.counter_support import on_shelf, open_drawer

CHILD = Path(__file__).with_name("sale_child.py")


def _child(store, codes: list[str], path: Path, *, counter_id=None, username="clerk",
           kill_chance=0.0, seed=0, wait_for: Path | None = None) -> subprocess.Popen:
    path.write_text("\n".join(codes))
    pin = store.pins[username]
    command = [sys.executable, str(CHILD), store.url, str(counter_id or store.counter_id),
               username, pin, str(path), "--kill-chance", str(kill_chance), "--seed", str(seed)]
    if wait_for is not None:
        command += ["--wait-for", str(wait_for)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _assert_every_sale_whole(store, codes: list[str]) -> int:
    """Each sale has its line, tender, drawer cash, audit and outbox rows; each item sold is
    in exactly one sale and each item in a sale is sold. Returns the number of sales."""
    with store.db.read() as s:
        sold = s.execute(select(SaleLine.code, func.count()).join(Sale, Sale.id == SaleLine.sale_id)
                         .group_by(SaleLine.code)).all()
        assert all(n == 1 for _, n in sold), "an item was sold twice"
        in_sales = {code for code, _ in sold}
        states = dict(s.execute(select(Item.code, Item.state).where(Item.code.in_(codes))).all())
        assert {c for c, st in states.items() if st == ItemState.SOLD.value} == in_sales
        assert all(st in (ItemState.SOLD.value, ItemState.ON_SHELF.value) for st in states.values())
        for sale in s.scalars(select(Sale)):
            lines = s.scalars(select(SaleLine.total_minor).where(SaleLine.sale_id == sale.id)).all()
            paid = s.scalars(select(TenderRow.amount_minor).where(TenderRow.sale_id == sale.id)).all()
            cash = s.scalars(select(CashMovement.amount_minor)
                             .where(CashMovement.reference == sale.number)).all()
            assert len(lines) == 1 and sum(lines) == sale.total_minor
            assert sum(paid) == sale.total_minor and cash == [sale.total_minor]
            for table in (AuditEntry, OutboxEvent):
                column = table.entity_id if table is AuditEntry else table.aggregate_id
                kind = table.action if table is AuditEntry else table.event_type
                assert s.scalar(select(func.count()).select_from(table).where(
                    column == sale.number, kind == "sale.completed")) == 1
        moved = s.scalar(select(func.coalesce(func.sum(CashMovement.amount_minor), 0)))
        total = s.scalar(select(func.coalesce(func.sum(Sale.total_minor), 0)))
        assert moved == total
        assert journal.verify_chain(s).ok
        return len(in_sales)


def test_killing_the_till_mid_commit_leaves_each_sale_whole_or_absent(store, tmp_path):
    open_drawer(store, "500")
    codes = [on_shelf(store, str(100 + i)) for i in range(40)]
    rng = random.Random(4)
    left, rounds, kills = list(codes), 0, 0
    while left and rounds < 12:
        rounds += 1
        child = _child(store, left, tmp_path / f"codes{rounds}.txt", kill_chance=0.03,
                       seed=rng.randrange(1 << 30))
        assert child.stdout.readline().strip() == "READY"
        if rounds % 2 == 0:  # and a kill from outside, at a random moment
            time.sleep(rng.uniform(0.0, 0.3))
            child.kill()
        child.wait(timeout=120)
        kills += child.returncode == -9
        with store.db.read() as s:
            on = set(s.scalars(select(Item.code).where(Item.code.in_(codes),
                                                       Item.state == ItemState.ON_SHELF.value)))
        left = [c for c in codes if c in on]
        _assert_every_sale_whole(store, codes)
    assert kills >= 3, "the test should have killed the till several times"
    assert _assert_every_sale_whole(store, codes) == len(codes) - len(left)


def test_two_tills_selling_the_same_items_at_once_sell_each_once(store, tmp_path):
    second = stores.add_counter(store.db, store.admin, "Counter 2")
    open_drawer(store, "500")
    open_drawer(store, "500", login(store.db, "manager", store.pins["manager"], second.id))
    codes = [on_shelf(store, str(200 + i)) for i in range(12)]
    go = tmp_path / "go"
    tills = [_child(store, codes, tmp_path / "a.txt", wait_for=go),
             _child(store, list(reversed(codes)), tmp_path / "b.txt", counter_id=second.id,
                    username="manager", wait_for=go)]
    for till in tills:
        assert till.stdout.readline().strip() == "READY"
    go.write_text("go")
    outputs = []
    for till in tills:
        out, err = till.communicate(timeout=180)
        assert till.returncode == 0, err
        outputs.append([line.split(" ", 3) for line in out.splitlines()])
    by_code: dict[str, list[str]] = {}
    for lines in outputs:
        for outcome, code, *rest in lines:
            by_code.setdefault(code, []).append(outcome)
            if outcome == "REFUSED":
                assert rest[0] in ("ItemAlreadySold", "ConcurrentChange"), rest
                assert code in rest[1]
    assert all(sorted(v) == ["REFUSED", "SOLD"] for v in by_code.values()), by_code
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == len(codes)
        assert set(s.scalars(select(Item.state).where(Item.code.in_(codes)))) == {"sold"}
