"""The logged-in session a screen works in, and what this machine remembers between runs.

This machine's own choices (which counter it is, the language) live in QSettings, keyed by
the database they belong to, because a counter number means nothing in another store.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from sqlalchemy.engine import make_url

from pos_app.db.engine import default_db_url
from pos_app.domain.roles import Actor, Permission, Role
from pos_app.services import stores
from pos_app.services.store_db import StoreDB
from pos_app.services.stores import CounterInfo, StoreInfo

SETTINGS_ORGANIZATION = "Circular POS"
SETTINGS_APPLICATION = "Circular POS"
CONFIG_DIR_ENV = "POS_CONFIG_DIR"

def while_alive(owner: QObject, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` as a background job's callback that does nothing once ``owner`` was deleted
    (a screen closed, or the user logged out, before the answer came back)."""

    def call(*args: Any) -> Any:
        if shiboken6.isValid(owner):
            return fn(*args)
        return None

    return call


# -- what this machine remembers -----------------------------------------------------------


def local_settings() -> QSettings:
    """This machine's settings; POS_CONFIG_DIR puts them in an INI file there (tests)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        path = Path(override) / "circular-pos.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(SETTINGS_ORGANIZATION, SETTINGS_APPLICATION)


def database_key(url: str | None) -> str:
    """A short stable key for a database URL (its password left out)."""
    text = make_url(url or default_db_url()).render_as_string(hide_password=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def saved_counter_id(url: str | None) -> int | None:
    value = local_settings().value(f"databases/{database_key(url)}/counter_id")
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def save_counter_id(url: str | None, counter_id: int) -> None:
    settings = local_settings()
    key = database_key(url)
    settings.setValue(f"databases/{key}/counter_id", int(counter_id))
    settings.setValue(f"databases/{key}/url", make_url(url or default_db_url())
                      .render_as_string(hide_password=True))
    settings.sync()


def choose_counter(counters: list[CounterInfo], saved_id: int | None,
                   prefer_kind: str = "counter") -> CounterInfo | None:
    """The counter this machine is: the saved one while it is active, else the first active
    one of the preferred kind, else the first active one."""
    active = [c for c in counters if c.active]
    for counter in active:
        if counter.id == saved_id:
            return counter
    preferred = [c for c in active if c.kind == prefer_kind]
    return (preferred or active or [None])[0]


def saved_language(user_key: str | None = None) -> str | None:
    """The language last chosen on this machine, or by ``user_key`` when they chose one."""
    settings = local_settings()
    if user_key:
        value = settings.value(f"users/{user_key}/language")
        if value:
            return str(value)
    value = settings.value("language")
    return str(value) if value else None


def save_language(code: str, user_key: str | None = None) -> None:
    settings = local_settings()
    settings.setValue("language", code)
    if user_key:
        settings.setValue(f"users/{user_key}/language", code)
    settings.sync()


# -- the session ---------------------------------------------------------------------------


class Session(QObject):
    """One person logged in at this machine: what every screen's factory receives.

    Screens read ``db``, ``actor``, ``store`` and ``counter`` and call services with them;
    a screen that changes the store or the counter calls ``set_store``/``set_counter`` so
    the status bar and other screens follow.
    """

    storeChanged = Signal(object)
    counterChanged = Signal(object)
    statusInvalidated = Signal()

    def __init__(self, db: StoreDB, url: str | None, actor: Actor, store: StoreInfo,
                 counter: CounterInfo | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.url = url
        self.actor = actor
        self.store = store
        self.counter = counter

    @property
    def user_key(self) -> str:
        """Identifies the user in this machine's settings (per database)."""
        return f"{database_key(self.url)}-{self.actor.user_id}"

    @property
    def kiosk(self) -> bool:
        return self.actor.role == Role.KIOSK

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    def set_store(self, store: StoreInfo) -> None:
        self.store = store
        self.storeChanged.emit(store)

    def set_counter(self, counter: CounterInfo) -> None:
        """Make this machine ``counter`` from now on, for this session and the next run."""
        save_counter_id(self.url, counter.id)
        self.counter = counter
        self.actor = dataclasses.replace(self.actor, counter_id=counter.id)
        self.counterChanged.emit(counter)

    def reload_counters(self) -> list[CounterInfo]:
        return stores.list_counters(self.db, self.store.id)
