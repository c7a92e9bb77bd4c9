"""The settings screen driven through its tabs and dialogs, checked in the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from pos_app.domain.roles import Role
from pos_app.models import Counter, Store, User
from pos_app.services import settings, stores, users
from pos_app.services.store_db import StoreDB, open_store
from ui import i18n
from ui.screens.settings import SettingsScreen
from ui.session import Session, saved_counter_id
from ui.workers import running_jobs

PINS = {"admin": "2468", "mei": "2580", "chen": "1357"}


@pytest.fixture
def db(sqlite_url: str, qtbot) -> Iterator[StoreDB]:
    store_db = open_store(sqlite_url)
    admin = stores.initialise_store(store_db, store_name="Green Loop", store_code="SH01",
                                    admin_username="admin", admin_display_name="Ada Admin",
                                    admin_secret=PINS["admin"])
    users.create_user(store_db, admin, "mei", "Mei Lin", Role.MANAGER, PINS["mei"])
    users.create_user(store_db, admin, "chen", "Chen Jing", Role.CLERK, PINS["chen"])
    yield store_db
    qtbot.waitUntil(lambda: running_jobs() == 0)
    store_db.close()


@pytest.fixture
def open_settings(qtbot, db: StoreDB, sqlite_url: str) -> Callable[[str], SettingsScreen]:
    def open_for(username: str) -> SettingsScreen:
        store = stores.get_store(db)
        counter = stores.list_counters(db, store.id)[0]
        actor = users.login(db, username, PINS[username], counter.id)
        screen = SettingsScreen(Session(db, sqlite_url, actor, store, counter))
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return open_for


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_adding_a_user_through_the_dialog_writes_the_user(qtbot, open_settings, db) -> None:
    screen = open_settings("admin")
    tab = screen.open_tab("users")
    qtbot.waitUntil(lambda: len(tab.people) == 3)
    tab.add_button.click()
    dialog = tab.dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.display_name, "Zhou Min")
    qtbot.keyClicks(dialog.username, "zhou")
    dialog.role.setCurrentIndex(dialog.role.findData("grader"))
    qtbot.keyClicks(dialog.pin, "8642")
    qtbot.keyClicks(dialog.pin_again, "8642")
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000):
        press_ok(dialog)
    assert not dialog.isVisible()
    with db.read() as s:
        row = s.execute(select(User.display_name, User.role).where(User.username == "zhou")).one()
    assert tuple(row) == ("Zhou Min", "grader")
    qtbot.waitUntil(lambda: "zhou" in [p.username for p in tab.people])
    assert users.login(db, "zhou", "8642").role == Role.GRADER


def test_a_refused_user_keeps_the_dialog_open_with_the_reason(qtbot, open_settings, db) -> None:
    screen = open_settings("admin")
    tab = screen.open_tab("users")
    dialog = tab.open_add_dialog()
    qtbot.keyClicks(dialog.display_name, "Second Chen")
    qtbot.keyClicks(dialog.username, "chen")
    qtbot.keyClicks(dialog.pin, "8642")
    qtbot.keyClicks(dialog.pin_again, "8642")
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.error_message() != "", timeout=10_000)
    assert dialog.error_message() == "The user name “chen” is taken."
    assert dialog.isVisible()

    dialog.pin_again.clear()
    qtbot.keyClicks(dialog.pin_again, "8643")
    press_ok(dialog)
    assert dialog.error_message() == "The two PINs differ; type the same PIN twice."


def test_a_manager_neither_sees_nor_assigns_the_admin_role(qtbot, open_settings) -> None:
    screen = open_settings("mei")
    tab = screen.open_tab("users")
    qtbot.waitUntil(lambda: len(tab.people) == 2)
    assert {p.username for p in tab.people} == {"mei", "chen"}
    dialog = tab.open_add_dialog()
    roles = [dialog.role.itemData(i) for i in range(dialog.role.count())]
    assert "admin" not in roles and "clerk" in roles
    dialog.reject()


def test_changing_a_role_and_deactivating_a_user(qtbot, open_settings, db) -> None:
    screen = open_settings("admin")
    tab = screen.open_tab("users")
    qtbot.waitUntil(lambda: len(tab.people) == 3)
    tab.select("chen")
    dialog = tab.open_role_dialog()
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000):
        press_ok(dialog)
    qtbot.waitUntil(lambda: tab.feedback.text() == "Chen Jing's role was changed.")
    tab.select("chen")
    tab.toggle_button.click()
    qtbot.waitUntil(lambda: tab.feedback.text() == "Chen Jing can no longer log in.")
    with db.read() as s:
        row = s.execute(select(User.role, User.active).where(User.username == "chen")).one()
    assert tuple(row) == ("manager", False)


def test_resetting_a_pin_lets_the_user_in_with_the_new_one(qtbot, open_settings, db) -> None:
    screen = open_settings("admin")
    tab = screen.open_tab("users")
    qtbot.waitUntil(lambda: len(tab.people) == 3)
    tab.select("chen")
    dialog = tab.open_pin_dialog()
    qtbot.keyClicks(dialog.pin, "97531")
    qtbot.keyClicks(dialog.pin_again, "97531")
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000):
        press_ok(dialog)
    assert users.login(db, "chen", "97531").username == "chen"


def test_store_tab_saves_name_and_tax_rate(qtbot, open_settings, db) -> None:
    screen = open_settings("admin")
    tab = screen.open_tab("store")
    assert tab.code.text() == "SH01" and tab.tax_rate.text() == "13"
    tab.name.clear()
    qtbot.keyClicks(tab.name, "Green Loop Xuhui")
    tab.tax_rate.clear()
    qtbot.keyClicks(tab.tax_rate, "9")
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        tab.save_button.click()
    with db.read() as s:
        row = s.execute(select(Store.name, Store.tax_rate_bp)).one()
    assert tuple(row) == ("Green Loop Xuhui", 900)

    tab.tax_rate.clear()
    qtbot.keyClicks(tab.tax_rate, "abc")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.feedback.text() == "“abc” is not a tax rate.", timeout=10_000)


def test_counters_tab_adds_a_kiosk_and_chooses_this_computer(qtbot, open_settings, db,
                                                             sqlite_url) -> None:
    screen = open_settings("admin")
    tab = screen.open_tab("counters")
    qtbot.waitUntil(lambda: len(tab.counters) == 1)
    dialog = tab.open_add_dialog("kiosk")
    qtbot.keyClicks(dialog.fields[0], "Lobby")
    with qtbot.waitSignal(dialog.succeeded, timeout=10_000):
        press_ok(dialog)
    qtbot.waitUntil(lambda: len(tab.counters) == 2)
    kiosk = next(c for c in tab.counters if c.name == "Lobby")
    assert kiosk.kind == "kiosk"

    tab.select(kiosk.id)
    tab.use_here.click()
    assert saved_counter_id(sqlite_url) == kiosk.id
    assert "This computer is now Lobby." == tab.feedback.text()

    first = next(c for c in tab.counters if c.name == "Counter 1")
    tab.select(first.id)
    tab.toggle_active.click()
    qtbot.waitUntil(lambda: not next(c for c in tab.counters if c.id == first.id).active)
    with db.read() as s:
        assert s.scalar(select(Counter.active).where(Counter.id == first.id)) is False


def test_printers_tab_saves_the_label_size(qtbot, open_settings, db) -> None:
    screen = open_settings("admin")
    tab = screen.open_tab("printers")
    qtbot.waitUntil(lambda: tab.save_button.isEnabled())
    tab.label_size.setCurrentIndex(tab.label_size.findData("60x40mm"))
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        tab.save_button.click()
    values = settings.get_settings(db, screen.pages["store"]._session.store.id)
    assert values["label_size"] == "60x40mm"
    assert values["label_printer"] == ""


def test_language_tab_switches_at_once(qtbot, open_settings, switch_language) -> None:
    screen = open_settings("admin")
    tab = screen.open_tab("language")
    tab.buttons["zh_CN"].click()
    assert i18n.current_language() == "zh_CN"
    assert screen.tabs.tabText(0) == "门店"
    tab.buttons["en"].click()
    assert screen.tabs.tabText(0) == "Store"
