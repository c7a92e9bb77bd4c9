"""Fixtures for the store's services: an opened database and an initialised store with staff.

argon2id with the production cost takes about 0.3 s per hash or check; the tests swap in a
cheap argon2id hasher (same type, tiny cost) so a store with five users builds quickly.
`PRODUCTION_HASHER` keeps the real one for the test that checks its type.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from pos_app.domain.roles import Actor, Role
from pos_app.models import AuditEntry, AuditHead, ItemEvent, ManagerAuthorisation, OutboxEvent
from pos_app.services import stores, users
from pos_app.services.store_db import StoreDB, open_store

PRODUCTION_HASHER = users.HASHER
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)

PINS = {
    "admin": "1000",
    "manager": "2000",
    "clerk": "3000",
    "grader": "4000",
    "kiosk": "5000",
}


@pytest.fixture(autouse=True)
def fast_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "HASHER", FAST_HASHER)


@pytest.fixture
def production_hasher() -> PasswordHasher:
    """The hasher the program itself uses, as it was before the tests swapped it."""
    return PRODUCTION_HASHER


@dataclass
class Store:
    """An initialised store: its database, its first counter and one logged-in actor per role."""

    db: StoreDB
    url: str
    store_id: int
    counter_id: int
    admin: Actor
    manager: Actor
    clerk: Actor
    grader: Actor
    kiosk: Actor
    pins: dict[str, str]  # user name -> PIN, for the staff above

    def counts(self) -> dict[str, int]:
        """Rows in the tables every audited change writes to."""
        with self.db.read() as s:
            return {
                model.__tablename__: s.scalar(select(func.count()).select_from(model))
                for model in (ItemEvent, AuditEntry, OutboxEvent, ManagerAuthorisation)
            }

    def audit_head(self) -> tuple[int, str]:
        with self.db.read() as s:
            head = s.get(AuditHead, 1)
            return (head.seq, head.hash)

    def actions(self) -> list[str]:
        with self.db.read() as s:
            return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


@pytest.fixture
def db(db_url: str) -> Iterator[StoreDB]:
    """The database at `db_url`, opened (and so migrated) as the app opens it."""
    store_db = open_store(db_url)
    yield store_db
    store_db.close()


def build_store(db: StoreDB, url: str) -> Store:
    """Store SH01 with an admin, a manager, a clerk, a grader and a kiosk, each logged in
    at counter 1."""
    admin = stores.initialise_store(
        db, store_name="Green Loop 绿循环", store_code="SH01", tax_rate="13",
        admin_username="admin", admin_display_name="Ada Admin", admin_secret=PINS["admin"],
    )
    counter_id = stores.list_counters(db, admin.store_id)[0].id
    for role in (Role.MANAGER, Role.CLERK, Role.GRADER, Role.KIOSK):
        users.create_user(db, admin, role.value, f"{role.value.title()} 测试", role, PINS[role.value])
    actors = {name: users.login(db, name, pin, counter_id) for name, pin in PINS.items()}
    return Store(db=db, url=url, store_id=admin.store_id, counter_id=counter_id, pins=dict(PINS),
                 **actors)


@pytest.fixture
def store(db: StoreDB, db_url: str) -> Store:
    """The initialised store, once per engine."""
    return build_store(db, db_url)


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    """The initialised store in a SQLite file, for SQLite-only behaviour."""
    store_db = open_store(sqlite_url)
    yield build_store(store_db, sqlite_url)
    store_db.close()
