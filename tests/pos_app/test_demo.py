"""The demo store: realistic, complete, reproducible, and written only through the services."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from pos_app.cli import main
from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.roles import Role
from pos_app.errors import ValidationError
from pos_app.models import AuditEntry, AuditHead, Item, ItemEvent, OutboxEvent, Party, User
from pos_app.services import demo, journal, stores, users
from pos_app.services.store_db import StoreDB, open_store

ITEMS, DAYS = 120, 5


@pytest.fixture
def demo_db(db_url: str):
    db = open_store(db_url)
    summary = demo.fill_demo_store(db, items=ITEMS, days=DAYS, seed=7)
    yield db, summary
    db.close()


def _items(db: StoreDB) -> list[tuple]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(Item.code, Item.brand, Item.model, Item.state, Item.grade, Item.cost_minor,
                   Item.price_minor, Item.acquisition).order_by(Item.code))]


def _head_hash(db: StoreDB) -> str:
    with db.read() as s:
        return s.get(AuditHead, 1).hash


def test_every_state_and_way_of_acquiring_appears_and_items_follow_their_rules(demo_db):
    db, summary = demo_db
    rows = _items(db)
    assert len(rows) == ITEMS == summary.items
    assert {r[3] for r in rows} == {s.value for s in ItemState}
    assert {r[7] for r in rows} == {a.value for a in Acquisition}
    by_state = Counter(r[3] for r in rows)
    assert by_state == Counter({k: v for k, v in summary.items_by_state.items() if v})
    assert summary.store_code == "DEMO" and summary.days == DAYS and summary.parties >= 30
    assert ("admin", "admin", "1234") in summary.logins
    assert ("clerk1", "clerk", "1111") in summary.logins
    with db.read() as s:
        for item in s.scalars(select(Item)).all():
            if item.state == ItemState.RENTED_OUT:
                assert item.acquisition == Acquisition.LEASE_STOCK
            if item.state in (ItemState.PAID_OUT, ItemState.RETURNED_TO_OWNER):
                assert item.acquisition in (Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING)
            if item.acquisition in (Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING):
                assert item.owner_party_id is not None
            if item.acquisition == Acquisition.BUY_BACK and item.price_minor is not None:
                assert item.price_minor > item.cost_minor > 0
            if item.state not in (ItemState.RECEIVED, ItemState.RETURNED_TO_OWNER,
                                  ItemState.WRITTEN_OFF):
                assert item.grade in ("A", "B", "C", "D")
        ever_rented = s.scalars(
            select(Item.acquisition).join(ItemEvent, ItemEvent.item_id == Item.id)
            .where(ItemEvent.to_state == ItemState.RENTED_OUT).distinct()).all()
    assert ever_rented == [Acquisition.LEASE_STOCK]


def test_every_move_is_in_history_audit_and_outbox_and_no_personal_data_is(demo_db):
    db, _ = demo_db
    with db.read() as s:
        events = s.scalar(select(func.count()).select_from(ItemEvent))
        item_audits = s.scalar(select(func.count()).select_from(AuditEntry)
                               .where(AuditEntry.entity_type == "item"))
        item_outbox = s.scalar(select(func.count()).select_from(OutboxEvent)
                               .where(OutboxEvent.aggregate == "item"))
        without_history = s.scalar(select(func.count()).select_from(Item).where(
            ~Item.id.in_(select(ItemEvent.item_id))))
        report = journal.verify_chain(s)
        times = [t for (t,) in s.execute(select(ItemEvent.at).order_by(ItemEvent.id))]
        people = s.execute(select(Party.name, Party.phone, Party.email)).all()
        logged = "\n".join(s.scalars(select(AuditEntry.data))) + "\n".join(
            s.scalars(select(OutboxEvent.payload)))
    assert events == item_audits == item_outbox > ITEMS * 3
    assert without_history == 0
    assert report.ok and report.checked > events
    assert times == sorted(times)  # written in the store's own order, day by day
    assert (times[-1] - times[0]).days < DAYS and times[-1].date() < demo.DEMO_END
    assert people
    for name, phone, email in people:
        assert name not in logged
        assert phone is None or phone not in logged
        assert email is None or email not in logged


def _fill(path: Path, seed: int) -> StoreDB:
    db = open_store(f"sqlite:///{path}")
    demo.fill_demo_store(db, items=60, days=4, seed=seed)
    return db


def test_the_same_seed_makes_the_same_store_and_another_seed_another(tmp_path: Path):
    first, again, other = (_fill(tmp_path / name, seed) for name, seed in
                           (("a.db", 3), ("b.db", 3), ("c.db", 4)))
    try:
        assert _items(first) == _items(again)
        assert _head_hash(first) == _head_hash(again)  # same moves, people, times and order
        assert _items(first) != _items(other)
        assert [r[1:] for r in _items(first)] != [r[1:] for r in _items(other)]
    finally:
        for db in (first, again, other):
            db.close()


def test_a_store_that_is_already_set_up_gets_the_demo_added(db_url: str):
    db = open_store(db_url)
    try:
        boss = stores.initialise_store(db, store_name="绿循环 Green Loop", store_code="SH01",
                                       admin_username="owner", admin_display_name="Owner",
                                       admin_secret="9876")
        users.create_user(db, boss, "clerk1", "Existing Clerk", Role.CLERK, "5555")
        summary = demo.fill_demo_store(db, items=30, days=3, seed=1)
        assert summary.store_code == "SH01" and "clerk1" in summary.kept_users
        assert "clerk1" not in [name for name, _, _ in summary.logins]
        users.login(db, "clerk1", "5555")  # the existing account kept its PIN
        again = demo.fill_demo_store(db, items=20, days=3, seed=2)
        assert set(again.kept_users) >= {"admin", "manager1", "clerk1", "kiosk1"}
        with db.read() as s:
            codes = s.scalars(select(Item.code)).all()
            usernames = s.scalars(select(User.username)).all()
            assert journal.verify_chain(s).ok
        assert len(codes) == 50 and all(c.startswith("SH01-") for c in codes)
        assert len(usernames) == len(set(usernames))
        assert len(stores.list_counters(db, boss.store_id)) == 3
    finally:
        db.close()


def test_the_demo_command_fills_the_store_and_prints_the_logins(db_url: str, capsys):
    assert main(["demo", "--db", db_url, "--items", "60", "--days", "3"]) == 0
    out = capsys.readouterr().out
    for login in ("admin", "1234", "manager1", "2222", "clerk1", "1111", "grader1", "3333",
                  "kiosk1", "4444", "on_shelf"):
        assert login in out
    db = open_store(db_url)
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Item)) == 60
        actor = users.login(db, "grader2", "3334")
        assert actor.role == Role.GRADER
        names = [c.name for c in stores.list_counters(db, actor.store_id)]
        assert names == ["Counter 1", "Counter 2", "Kiosk – Garden Compound"]
        assert {u.role for u in users.login_names(db)} == set(Role)
    finally:
        db.close()


def test_sqlite_is_back_to_full_synchronous_commits_after_the_demo(sqlite_url: str):
    db = open_store(sqlite_url)
    try:
        demo.fill_demo_store(db, items=10, days=2, seed=1)
        with db.read() as s:
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        db.close()


@pytest.mark.parametrize("kwargs", [{"items": -1}, {"days": 0}])
def test_nonsense_sizes_are_refused(sqlite_url: str, kwargs):
    db = open_store(sqlite_url)
    try:
        with pytest.raises(ValidationError, match="demo"):
            demo.fill_demo_store(db, **kwargs)
        assert not stores.is_initialised(db)
    finally:
        db.close()
