"""The main window shows each role the screens it may use; log-out; the status bar."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from pos_app.domain.roles import Actor, Role
from pos_app.models import OutboxEvent, Shift
from pos_app.services import stores, users
from pos_app.services.store_db import StoreDB, open_store
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.session import Session
from ui.theme import apply_theme
from ui.workers import running_jobs

PINS = {"admin": "2468", "chen": "1357", "mei": "2580", "kiosk1": "9999", "gao": "4321"}


@pytest.fixture
def db(sqlite_url: str, qtbot) -> Iterator[StoreDB]:
    store_db = open_store(sqlite_url)
    admin = stores.initialise_store(store_db, store_name="Green Loop", store_code="SH01",
                                    admin_username="admin", admin_display_name="Ada Admin",
                                    admin_secret=PINS["admin"])
    users.create_user(store_db, admin, "chen", "Chen Jing", Role.CLERK, PINS["chen"])
    users.create_user(store_db, admin, "mei", "Mei Lin", Role.MANAGER, PINS["mei"])
    users.create_user(store_db, admin, "kiosk1", "Lobby kiosk", Role.KIOSK, PINS["kiosk1"])
    users.create_user(store_db, admin, "gao", "Gao Yang", Role.GRADER, PINS["gao"])
    yield store_db
    qtbot.waitUntil(lambda: running_jobs() == 0)
    store_db.close()


@pytest.fixture
def open_window(qtbot, db: StoreDB, sqlite_url: str) -> Callable[[str], MainWindow]:
    def open_for(username: str) -> MainWindow:
        store = stores.get_store(db)
        counter = stores.list_counters(db, store.id)[0]
        actor = users.login(db, username, PINS[username], counter.id)
        window = MainWindow(Session(db, sqlite_url, actor, store, counter))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.status.summary is not None)
        return window

    return open_for


EVERY_SCREEN = ["counter", "returns", "shift", "intake", "grading", "labels", "items", "rentals",
                "deals", "accounts", "consignors", "reports", "data",
                "settings"]


def test_a_clerk_starts_at_the_counter_and_sees_no_settings(open_window) -> None:
    window = open_window("chen")
    assert window.nav_keys() == ["counter", "returns", "shift", "intake", "labels", "items",
                                 "rentals", "deals", "accounts"]
    assert window.current_key() == "counter"
    assert window.stack.currentWidget() is window.pages["counter"]


def test_an_admin_sees_items_and_every_settings_tab(open_window) -> None:
    window = open_window("admin")
    assert window.nav_keys() == EVERY_SCREEN
    assert window.nav_titles() == ["Counter", "Returns", "Shift and drawer", "Intake", "Grading",
                                   "Labels", "Items", "Rentals", "Deals and lots",
                                   "Store credit & vouchers", "Consignors", "Reports",
                                   "Export and import", "Settings"]
    settings = window.open_screen("settings")
    assert settings.tab_keys() == ["store", "counters", "users", "printers", "language"]


def test_a_manager_sees_users_but_not_the_store_settings(open_window) -> None:
    window = open_window("mei")
    assert window.nav_keys() == EVERY_SCREEN
    settings = window.open_screen("settings")
    assert "users" in settings.tab_keys()
    assert "store" not in settings.tab_keys()
    assert "counters" not in settings.tab_keys() and "printers" not in settings.tab_keys()


def test_a_grader_sees_the_back_counter_and_items(open_window) -> None:
    assert open_window("gao").nav_keys() == ["intake", "grading", "labels", "items"]


def test_a_kiosk_user_sees_only_the_kiosk_page(open_window) -> None:
    window = open_window("kiosk1")
    assert window.nav_keys() == ["kiosk"]
    assert not window.nav.isVisible()
    page = window.pages["kiosk"]
    assert page.store_label.text() == "Welcome to Green Loop"
    assert page.ready_label.text() == "This kiosk is ready."


def test_ctrl_l_logs_out(qtbot, open_window) -> None:
    window = open_window("chen")
    window.activateWindow()
    with qtbot.waitSignal(window.loggedOut):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_status_bar_shows_person_counter_shift_and_sync_backlog(qtbot, open_window, db) -> None:
    window = open_window("chen")
    bar = window.status
    assert bar.user_label.text() == "Chen Jing (Clerk)"
    assert bar.counter_label.text() == "Counter 1"
    assert bar.shift_label.text() == "No shift open"
    with db.read() as s:
        waiting = s.scalar(select(func.count(OutboxEvent.id)).where(OutboxEvent.sent_at.is_(None)))
    assert waiting > 1
    assert bar.sync_label.text() == f"Offline — {waiting} changes waiting to sync"

    opened = datetime.now(UTC).replace(second=0, microsecond=0)
    with db.write() as s:
        s.add(Shift(store_id=window.session.store.id, counter_id=window.session.counter.id,
                    opened_by_id=window.session.actor.user_id, opened_at=opened))
        s.execute(OutboxEvent.__table__.update().values(sent_at=opened))
    with qtbot.waitSignal(bar.refreshed):
        bar.timer.timeout.emit()  # what the 30-second timer does
    assert bar.shift_label.text() == f"Shift open since {opened.astimezone():%H:%M}"
    assert bar.sync_label.text() == "Nothing waiting to sync"


def test_chinese_ui_shows_chinese_navigation_titles(open_window, switch_language) -> None:
    window = open_window("admin")
    switch_language("zh_CN")
    assert window.nav_titles() == ["收银台", "退货", "班次与钱箱", "收货", "检验评级", "标签", "商品",
                                   "租赁", "撮合与批量", "储值与礼券", "寄卖人", "报表", "导出与导入",
                                   "设置"]
    assert window.status.user_label.text() == "Ada Admin（管理员）"
    assert window.language_actions["zh_CN"].isChecked()
    switch_language("en")
    assert window.nav_titles()[:4] == ["Counter", "Returns", "Shift and drawer", "Intake"]


def test_the_language_menu_switches_and_remembers_it_for_the_user(open_window) -> None:
    from ui import i18n
    from ui.session import saved_language

    window = open_window("chen")
    try:
        window.language_actions["zh_CN"].trigger()
        assert i18n.current_language() == "zh_CN"
        assert window.nav_titles() == ["收银台", "退货", "班次与钱箱", "收货", "标签", "商品", "租赁",
                                       "撮合与批量", "储值与礼券"]
        assert saved_language(window.session.user_key) == "zh_CN"
    finally:
        window.set_language("en")


def test_launcher_goes_from_login_to_work_and_back(qtbot, db: StoreDB, sqlite_url: str) -> None:
    args = argparse.Namespace(db=sqlite_url, demo=False, kiosk=False, language="en")
    launcher = Launcher(QApplication.instance(), db, args)
    launcher.start()
    login = launcher.login
    qtbot.addWidget(login)
    assert login.isVisible() and launcher.wizard is None
    qtbot.waitUntil(lambda: "chen" in login.tiles)
    login.choose("chen")
    qtbot.keyClicks(login.pad, PINS["chen"])
    qtbot.keyClick(login.pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10_000)
    window = launcher.window
    assert window.isVisible() and not login.isVisible()
    assert isinstance(window.session.actor, Actor) and window.session.actor.username == "chen"
    assert window.session.actor.counter_id == window.session.counter.id

    window.logout_action.trigger()
    assert launcher.window is None
    assert login.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_kiosk_user_gets_the_large_touch_theme_until_logging_out(
        qtbot, db: StoreDB, sqlite_url: str) -> None:
    app = QApplication.instance()
    args = argparse.Namespace(db=sqlite_url, demo=False, kiosk=False, language="en")
    launcher = Launcher(app, db, args)
    launcher.start()
    qtbot.addWidget(launcher.login)
    qtbot.waitUntil(lambda: "kiosk1" in launcher.login.tiles)
    try:
        launcher.login.choose("kiosk1")
        qtbot.keyClicks(launcher.login.pad, PINS["kiosk1"])
        qtbot.keyClick(launcher.login.pad, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=10_000)
        assert app.property("kiosk") is True
        assert launcher.window.nav_keys() == ["kiosk"]
        launcher.window.log_out()
        assert app.property("kiosk") is False
    finally:
        apply_theme(app, kiosk=False)


def test_demo_option_fills_a_new_database_then_offers_the_login(
        qtbot, sqlite_url: str) -> None:
    store_db = open_store(sqlite_url)
    try:
        args = argparse.Namespace(db=sqlite_url, demo=True, kiosk=False, language="en")
        launcher = Launcher(QApplication.instance(), store_db, args, demo_items=12)
        launcher.start()
        assert launcher.wizard is None
        qtbot.waitUntil(lambda: launcher.login is not None, timeout=120_000)
        qtbot.addWidget(launcher.login)
        assert stores.is_initialised(store_db)
        notice = launcher.login.notice.text()
        assert notice.startswith("The demo store is ready. Log in as: ")
        assert "admin (Administrator) PIN 1234" in notice
        qtbot.waitUntil(lambda: "admin" in launcher.login.tiles)
    finally:
        qtbot.waitUntil(lambda: running_jobs() == 0)
        store_db.close()
