"""The first-run wizard, filled in the way a shop owner does it: typing and clicking Next."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from pos_app.models import Counter, Store, User
from pos_app.services import stores, users
from pos_app.services.store_db import StoreDB, open_store
from ui import i18n
from ui.launcher import Launcher
from ui.screens.wizard import FirstRunWizard
from ui.workers import running_jobs


@pytest.fixture
def db(sqlite_url: str, qtbot) -> Iterator[StoreDB]:
    store_db = open_store(sqlite_url)
    yield store_db
    qtbot.waitUntil(lambda: running_jobs() == 0)
    store_db.close()


@pytest.fixture
def wizard(qtbot, db: StoreDB) -> FirstRunWizard:
    wizard = FirstRunWizard(db, db_label="test.db")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    """Press a wizard button. (Two QTest clicks on one spot in a row make a double click,
    which a button ignores, so Next-Next would stall; click() is one press and release.)"""
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled()
    button.click()


NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


def fill_store(qtbot, wizard: FirstRunWizard, name: str = "Green Loop", code: str = "sh01") -> None:
    click(qtbot, wizard, NEXT)  # past the welcome page
    assert wizard.currentPage() is wizard.store_page
    qtbot.keyClicks(wizard.store_page.name, name)
    qtbot.keyClicks(wizard.store_page.code, code)
    click(qtbot, wizard, NEXT)


def fill_admin(qtbot, wizard: FirstRunWizard, pin: str = "2468", again: str = "2468") -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.display_name, "Li Wei")
    qtbot.keyClicks(page.username, "liwei")
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClicks(page.pin_again, again)


def test_wizard_creates_the_store_and_its_first_admin(qtbot, wizard, db) -> None:
    fill_store(qtbot, wizard)
    assert wizard.currentPage() is wizard.money_page
    wizard.money_page.currency.setCurrentIndex(wizard.money_page.currency.findData("HKD"))
    wizard.money_page.tax_rate.clear()
    qtbot.keyClicks(wizard.money_page.tax_rate, "6.5")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(qtbot, wizard)
    with qtbot.waitSignal(wizard.storeCreated, timeout=10_000) as created:
        click(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted)

    assert created.args[0].username == "liwei"
    with db.read() as s:
        store = s.execute(select(Store.code, Store.name, Store.currency, Store.tax_rate_bp)).one()
        admin = s.execute(select(User.username, User.display_name, User.role)).one()
        counters = s.scalars(select(Counter.name)).all()
    assert tuple(store) == ("SH01", "Green Loop", "HKD", 650)
    assert tuple(admin) == ("liwei", "Li Wei", "admin")
    assert counters == ["Counter 1"]
    assert users.login(db, "liwei", "2468").role == "admin"


def test_a_bad_store_code_shows_the_domain_message_and_stays_on_the_page(qtbot, wizard, db) -> None:
    fill_store(qtbot, wizard, code="1X")
    page = wizard.store_page
    assert wizard.currentPage() is page
    assert page.error.isVisible()
    assert "“1X” is not a valid store code" in page.error.text()
    assert page.code.property("invalid") is True

    page.code.clear()
    qtbot.keyClicks(page.code, "bj2")
    assert not page.error.isVisible()
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.money_page
    assert page.code.text() == "BJ2"  # shown as the code it will be
    assert not stores.is_initialised(db)


def test_a_bad_tax_rate_is_refused_on_its_page(qtbot, wizard) -> None:
    fill_store(qtbot, wizard)
    page = wizard.money_page
    page.tax_rate.clear()
    qtbot.keyClicks(page.tax_rate, "130")
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is page
    assert "between 0 and 100 percent" in page.error.text()


def test_pins_that_differ_are_refused_and_nothing_is_created(qtbot, wizard, db) -> None:
    fill_store(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    fill_admin(qtbot, wizard, pin="2468", again="2469")
    click(qtbot, wizard, FINISH)
    assert wizard.currentPage() is wizard.admin_page
    assert "The two PINs differ" in wizard.admin_page.error.text()
    assert wizard.isVisible()
    assert not stores.is_initialised(db)


def test_a_pin_the_service_refuses_is_shown_and_nothing_is_created(qtbot, wizard, db) -> None:
    fill_store(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    fill_admin(qtbot, wizard, pin="12", again="12")
    click(qtbot, wizard, FINISH)
    assert wizard.admin_page.error.text() == "A PIN is 4 to 12 digits."
    assert not stores.is_initialised(db)


def test_a_bad_user_name_is_refused_before_anything_is_written(qtbot, wizard, db) -> None:
    fill_store(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    page = wizard.admin_page
    qtbot.keyClicks(page.display_name, "Li Wei")
    qtbot.keyClicks(page.username, "li wei!")
    qtbot.keyClicks(page.pin, "2468")
    qtbot.keyClicks(page.pin_again, "2468")
    click(qtbot, wizard, FINISH)
    assert "A user name is 2 to 40" in page.error.text()
    assert not stores.is_initialised(db)


def test_choosing_chinese_on_the_welcome_page_switches_the_wizard_at_once(
        qtbot, wizard, switch_language) -> None:
    page = wizard.welcome_page
    assert page.title() == "Welcome to Circular POS"
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    assert i18n.current_language() == "zh_CN"
    assert page.title() == "欢迎使用 Circular POS"
    assert wizard.store_page.title() == "您的门店"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.title() == "Welcome to Circular POS"


def test_launcher_runs_the_wizard_on_a_new_database_then_the_login(qtbot, db, sqlite_url) -> None:
    args = argparse.Namespace(db=sqlite_url, demo=False, kiosk=False, language="en")
    launcher = Launcher(QApplication.instance(), db, args)
    launcher.start()
    wizard = launcher.wizard
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and launcher.login is None
    fill_store(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    fill_admin(qtbot, wizard)
    click(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: launcher.login is not None, timeout=10_000)
    qtbot.addWidget(launcher.login)
    assert launcher.wizard is None
    qtbot.waitUntil(lambda: "liwei" in launcher.login.tiles)
    assert launcher.login.store_label.text() == "Green Loop"


def test_closing_the_wizard_ends_the_program_with_nothing_written(
        qtbot, db, sqlite_url, monkeypatch) -> None:
    quits = []
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: quits.append(True))
    launcher = Launcher(QApplication.instance(), db,
                        argparse.Namespace(db=sqlite_url, demo=False, kiosk=False))
    launcher.start()
    qtbot.addWidget(launcher.wizard)
    launcher.wizard.reject()
    assert quits == [True]
    assert launcher.login is None
    assert not stores.is_initialised(db)
