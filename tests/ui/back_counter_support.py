"""A real store for the back-counter screens (intake, grading, item detail, labels): SQLite,
the real services, staff of every role with the cheap argon2 hasher, a session per actor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor
from pos_app.services import items, stores, users
from pos_app.services.store_db import open_store
from tests.pos_app.conftest import FAST_HASHER, Store, build_store
from ui.session import Session
from ui.workers import running_jobs


@pytest.fixture
def store(sqlite_url: str, monkeypatch: pytest.MonkeyPatch, qtbot) -> Iterator[Store]:
    """Store SH01 with admin, manager, clerk, grader and kiosk (PINs in store.pins)."""
    monkeypatch.setattr(users, "HASHER", FAST_HASHER)
    db = open_store(sqlite_url)
    yield build_store(db, sqlite_url)
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=20_000)
    db.close()


def session_for(store: Store, actor: Actor) -> Session:
    info = stores.get_store(store.db)
    counter = next(c for c in stores.list_counters(store.db, info.id) if c.id == actor.counter_id)
    return Session(store.db, store.url, actor, info, counter)


def priced_item(store: Store, brand: str = "Apple", model: str = "iPhone 13 128GB",
                price: str = "3299", grade: str = "B", category: str = "3c.phone") -> str:
    """An item received, graded and priced by the manager; its code."""
    view = items.receive_item(store.db, store.manager, category=category,
                              acquisition="buy_back", brand=brand, model=model)
    items.transition(store.db, store.manager, view.code, ItemState.GRADED, grade=grade)
    items.transition(store.db, store.manager, view.code, ItemState.PRICED, price=Money.of(price))
    return view.code


def show(qtbot, widget, width: int = 1200, height: int = 800):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
