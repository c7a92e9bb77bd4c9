"""Start the desktop app: open the store, set it up on first run, log in, show the work.

A database that cannot be used ends the program with a message the clerk can read and
exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pos_app import cli
from pos_app.db.engine import default_db_url
from pos_app.domain.roles import Actor, Role
from pos_app.errors import DomainError
from pos_app.services import demo, stores
from pos_app.services.demo import DemoSummary
from pos_app.services.store_db import StoreDB, open_store
from pos_app.services.stores import CounterInfo
from ui import i18n
from ui.app import create_application
from ui.errors import user_message
from ui.main_window import MainWindow
from ui.screens.login import LoginScreen
from ui.screens.wizard import FirstRunWizard
from ui.session import (
    Session,
    choose_counter,
    save_counter_id,
    saved_counter_id,
    saved_language,
)
from ui.terms import role_name
from ui.theme import apply_theme
from ui.workers import BusyDialog, run_in_background

log = logging.getLogger(__name__)

EXIT_DATABASE_REFUSED = 2


def _show_fatal(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("Launcher", "Circular POS"), text)


class Launcher(QObject):
    """Walks one program run through demo fill → first-run wizard → login ⇄ main window."""

    def __init__(self, app: QApplication, db: StoreDB, args: argparse.Namespace,
                 demo_items: int = cli.DEMO_ITEMS) -> None:
        super().__init__(app)
        self.demo_items = demo_items
        self.app = app
        self.db = db
        self.url: str | None = args.db
        self.kiosk_mode = bool(getattr(args, "kiosk", False))
        self.demo = bool(getattr(args, "demo", False))
        self.wizard: FirstRunWizard | None = None
        self.login: LoginScreen | None = None
        self.window: MainWindow | None = None
        self.notice = ""

    def start(self) -> None:
        if stores.is_initialised(self.db):
            self.show_login()
        elif self.demo:
            self.fill_demo()
        else:
            self.show_wizard()

    # -- a demo store ------------------------------------------------------------------

    def fill_demo(self) -> None:
        job = run_in_background(demo.fill_demo_store, self.db, items=self.demo_items,
                                days=cli.DEMO_DAYS, seed=cli.DEMO_SEED,
                                on_done=self._demo_filled, on_error=self._demo_failed)
        text = QCoreApplication.translate("Launcher", "Filling the demo store…")
        self.busy = BusyDialog(job, text, None, delay_ms=0)

    def _demo_filled(self, summary: DemoSummary) -> None:
        logins = "; ".join(
            QCoreApplication.translate("Launcher", "{user} ({role}) PIN {pin}").format(
                user=user, role=role_name(role), pin=pin)
            for user, role, pin in summary.logins)
        self.notice = QCoreApplication.translate(
            "Launcher", "The demo store is ready. Log in as: {logins}").format(logins=logins)
        self.show_login()

    def _demo_failed(self, exc: BaseException) -> None:
        log.error("Filling the demo store failed", exc_info=exc)
        _show_fatal(user_message(exc))
        if stores.is_initialised(self.db):
            self.show_login()
        else:
            self.show_wizard()

    # -- first run ---------------------------------------------------------------------

    def show_wizard(self) -> None:
        label = self.url or default_db_url()
        self.wizard = FirstRunWizard(self.db, db_label=label)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.show()

    def _wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        if stores.is_initialised(self.db):
            self.show_login()
        else:
            self.app.quit()  # closed before the store was set up: nothing was written

    # -- login and work ----------------------------------------------------------------

    def _counter(self, store_id: int) -> CounterInfo | None:
        counters = stores.list_counters(self.db, store_id)
        saved = saved_counter_id(self.url)
        counter = choose_counter(counters, saved, "kiosk" if self.kiosk_mode else "counter")
        if counter is not None and counter.id != saved:
            save_counter_id(self.url, counter.id)
        return counter

    def show_login(self) -> None:
        store = stores.get_store(self.db)
        counter = self._counter(store.id)
        if self.login is None:
            self.login = LoginScreen(self.db, counter.id if counter else None,
                                     store_name=store.name, notice=self.notice,
                                     kiosk=self.kiosk_mode)
            self.login.loggedIn.connect(self.logged_in)
        else:
            self.login.counter_id = counter.id if counter else None
            self.login.set_store_name(store.name)
        self.login.refresh()
        self._show(self.login)

    def logged_in(self, actor: Actor) -> None:
        store = stores.get_store(self.db, actor.store_id)
        counter = self._counter(store.id)
        session = Session(self.db, self.url, actor, store, counter)
        language = saved_language(session.user_key)
        if language and language != i18n.current_language() and language in i18n.LANGUAGES:
            i18n.install_language(self.app, language)
        apply_theme(self.app, kiosk=self.kiosk_mode or actor.role == Role.KIOSK)
        self.window = MainWindow(session)
        session.setParent(self.window)
        self.window.loggedOut.connect(self.logged_out)
        self._show(self.window, full_screen=actor.role == Role.KIOSK and self.kiosk_mode)
        if self.login is not None:
            self.login.hide()

    def logged_out(self) -> None:
        window, self.window = self.window, None
        apply_theme(self.app, kiosk=self.kiosk_mode)
        self.show_login()
        if window is not None:
            window.hide()
            window.deleteLater()

    def _show(self, widget: QWidget, *, full_screen: bool = False) -> None:
        if full_screen:
            widget.showFullScreen()
        else:
            widget.showMaximized()
        widget.raise_()
        widget.activateWindow()


def run(args: argparse.Namespace) -> int:
    """The desktop app for parsed ``pos-app`` arguments; returns the exit code."""
    language = getattr(args, "language", None) or saved_language()
    if language not in i18n.LANGUAGES:
        language = None
    app = create_application(sys.argv[:1], language, kiosk=bool(getattr(args, "kiosk", False)))
    try:
        db = open_store(args.db)
    except Exception as exc:
        if not isinstance(exc, DomainError):
            log.exception("Could not open the database %s", args.db or default_db_url())
        else:
            log.warning("Database refused: %s", exc)
        _show_fatal(user_message(exc))
        return EXIT_DATABASE_REFUSED
    launcher = Launcher(app, db, args)
    try:
        launcher.start()
        return app.exec()
    finally:
        db.close()
