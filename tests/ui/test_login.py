"""Logging in at the counter: tiles or a typed name, the PIN pad, wrong PINs and lock-out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from pos_app.domain.roles import Role
from pos_app.services import settings, stores, users
from pos_app.services.store_db import StoreDB, open_store
from ui.screens.login import LoginScreen
from ui.workers import running_jobs


@pytest.fixture
def db(sqlite_url: str, qtbot) -> Iterator[StoreDB]:
    store_db = open_store(sqlite_url)
    admin = stores.initialise_store(store_db, store_name="Green Loop", store_code="SH01",
                                    admin_username="admin", admin_display_name="Ada Admin",
                                    admin_secret="2468")
    users.create_user(store_db, admin, "chen", "Chen Jing", Role.CLERK, "1357")
    settings.set_settings(store_db, admin, {"lockout_attempts": 3})
    yield store_db
    qtbot.waitUntil(lambda: running_jobs() == 0)
    store_db.close()


@pytest.fixture
def login(qtbot, db: StoreDB) -> LoginScreen:
    counter = stores.list_counters(db, stores.get_store(db).id)[0]
    screen = LoginScreen(db, counter.id, store_name="Green Loop")
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.namesLoaded):
        screen.refresh()
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def enter_pin(qtbot, login: LoginScreen, pin: str) -> None:
    qtbot.keyClicks(login.pad, pin)
    qtbot.keyClick(login.pad, Qt.Key.Key_Return)


def test_every_active_person_has_a_tile(login: LoginScreen) -> None:
    assert set(login.tiles) == {"admin", "chen"}
    assert login.tiles["chen"].text() == "Chen Jing\nClerk"
    assert login.tiles["admin"].text() == "Ada Admin\nAdministrator"


def test_tile_and_right_pin_log_in(qtbot, login: LoginScreen) -> None:
    qtbot.mouseClick(login.tiles["chen"], Qt.MouseButton.LeftButton)
    assert login.username.text() == "chen"
    assert login.tiles["chen"].isChecked()
    with qtbot.waitSignal(login.loggedIn, timeout=10_000) as logged_in:
        enter_pin(qtbot, login, "1357")
    actor = logged_in.args[0]
    assert (actor.username, actor.role) == ("chen", Role.CLERK)
    assert actor.counter_id == login.counter_id
    assert login.username.text() == ""  # ready for the next person


def test_typed_user_name_then_enter_moves_to_the_pin_pad(qtbot, login: LoginScreen) -> None:
    login.username.setFocus()
    qtbot.keyClicks(login.username, "admin")
    qtbot.keyClick(login.username, Qt.Key.Key_Return)
    assert login.pad.hasFocus()
    with qtbot.waitSignal(login.loggedIn, timeout=10_000) as logged_in:
        enter_pin(qtbot, login, "2468")
    assert logged_in.args[0].role == Role.ADMIN


def test_input_is_locked_while_the_pin_is_checked(qtbot, login: LoginScreen) -> None:
    login.choose("chen")
    qtbot.keyClicks(login.pad, "1357")
    qtbot.keyClick(login.pad, Qt.Key.Key_Return)
    assert login.is_busy()
    assert not login.pad.isEnabled() and not login.username.isEnabled()
    qtbot.waitUntil(lambda: not login.is_busy(), timeout=10_000)
    assert login.pad.isEnabled()


def test_wrong_pin_says_how_many_attempts_are_left(qtbot, login: LoginScreen) -> None:
    login.choose("chen")
    enter_pin(qtbot, login, "0000")
    qtbot.waitUntil(lambda: login.error_text() != "", timeout=10_000)
    assert login.error_text() == (
        "Wrong user name or PIN. 2 attempts left before the account is locked.")
    enter_pin(qtbot, login, "0001")
    qtbot.waitUntil(lambda: "1 attempts left" in login.error_text(), timeout=10_000)


def test_too_many_wrong_pins_lock_the_account(qtbot, login: LoginScreen) -> None:
    login.choose("chen")
    for attempt in range(3):
        enter_pin(qtbot, login, "000" + str(attempt))
        qtbot.waitUntil(lambda: not login.is_busy() and login.error_text() != "", timeout=10_000)
    assert login.error_text().startswith("This account is locked after too many wrong PINs.")
    enter_pin(qtbot, login, "1357")  # even the right PIN, until the lock runs out
    qtbot.waitUntil(lambda: not login.is_busy(), timeout=10_000)
    assert login.error_text().startswith("This account is locked")


def test_a_pin_without_a_name_asks_for_the_name(qtbot, login: LoginScreen) -> None:
    enter_pin(qtbot, login, "1357")
    assert login.error_text() == "Choose your name or type your user name first."
    assert not login.is_busy()


def test_login_screen_speaks_chinese(qtbot, login: LoginScreen, switch_language) -> None:
    switch_language("zh_CN")
    assert login.title.text() == "谁在当班？"
    assert login.tiles["chen"].text() == "Chen Jing\n店员"
