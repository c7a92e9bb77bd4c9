"""The settings screen: a tab per subject, each shown only to roles that may change it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pos_app.domain.roles import Permission
from ui.screens.settings.counters import CountersTab
from ui.screens.settings.general import LanguageTab, PrintersTab, StoreTab
from ui.screens.settings.people import UsersTab
from ui.session import Session

# key, the permission the tab needs (None: everyone who reaches Settings), its class
TABS: tuple[tuple[str, Permission | None, Callable[..., QWidget]], ...] = (
    ("store", Permission.MANAGE_SETTINGS, StoreTab),
    ("counters", Permission.MANAGE_SETTINGS, CountersTab),
    ("users", Permission.MANAGE_USERS, UsersTab),
    ("printers", Permission.MANAGE_SETTINGS, PrintersTab),
    ("language", None, LanguageTab),
)


class SettingsScreen(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.pages: dict[str, QWidget] = {}
        for key, permission, factory in TABS:
            if permission is None or session.can(permission):
                page = factory(session, self.tabs)
                self.pages[key] = page
                self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def tab_keys(self) -> list[str]:
        return list(self.pages)

    def open_tab(self, key: str) -> QWidget:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def retranslateUi(self) -> None:
        titles = {"store": self.tr("Store"), "counters": self.tr("Counters"),
                  "users": self.tr("Users and roles"), "printers": self.tr("Printers"),
                  "language": self.tr("Language")}
        for key, page in self.pages.items():
            self.tabs.setTabText(self.tabs.indexOf(page), titles[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
