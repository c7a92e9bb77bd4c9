"""The window a logged-in person works in: the screens their role allows, one at a time.

The navigation on the left lists the registered screens (ui.screens.registry) whose
permission the actor has; a screen is built the first time it is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Permission
from ui import i18n
from ui.screens import load_screens, registry
from ui.screens.registry import ScreenSpec
from ui.session import Session, save_language
from ui.status_bar import StatusBar
from ui.theme import ACCENT_COLOR

NAV_WIDTH = 200
NAV_STYLE = f"""
QListWidget {{ border: none; border-right: 1px solid #d0d0cb; background: #ecece8; }}
QListWidget::item {{ padding-left: 12px; border-radius: 4px; }}
QListWidget::item:selected {{ background: {ACCENT_COLOR}; color: #ffffff; }}
"""


class KioskWelcomePage(QWidget):
    """What a kiosk shows until the quote screen exists: the store, and that it is ready."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.store_label = QLabel(self)
        self.ready_label = QLabel(self)
        self.hint_label = QLabel(self)
        # style sheets, not fonts: the kiosk theme sets every widget's font size
        for label, style in ((self.store_label, "font-size: 30pt; font-weight: bold;"),
                             (self.ready_label, "font-size: 22pt;"),
                             (self.hint_label, "font-size: 14pt; color: #55554f;")):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet(style)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.store_label)
        layout.addSpacing(24)
        layout.addWidget(self.ready_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(2)
        session.storeChanged.connect(lambda _store: self.retranslateUi())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.store_label.setText(self.tr("Welcome to {store}").format(
            store=self._session.store.name))
        self.ready_label.setText(self.tr("This kiosk is ready."))
        counter = self._session.counter
        self.hint_label.setText(
            self.tr("Kiosk: {name}").format(name=counter.name) if counter else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


registry.register_default(ScreenSpec(
    key="kiosk", title=QT_TRANSLATE_NOOP("Screens", "Kiosk"), icon="kiosk",
    permission=Permission.KIOSK_QUOTE, factory=KioskWelcomePage, order=1))


class MainWindow(QMainWindow):
    """``loggedOut`` when the person logs out (Ctrl+L); the launcher shows the login again."""

    loggedOut = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_screens()
        self.session = session
        self.specs: list[ScreenSpec] = registry.specs_for(session.actor)
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget(self)
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(NAV_STYLE)
        for spec in self.specs:
            item = QListWidgetItem(registry.icon(spec.icon), spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(self._nav_item_size())
            self.nav.addItem(item)
        self.stack = QStackedWidget(self)
        self.nothing = QLabel(self)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.stack.addWidget(self.nothing)

        central = QWidget(self)
        body = QHBoxLayout(central)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setVisible(len(self.specs) > 1)
        self.nav.currentRowChanged.connect(self._open_row)

        self._build_menus()
        self.status = StatusBar(session, self)
        self.setStatusBar(self.status)
        session.storeChanged.connect(lambda _store: self.retranslateUi())
        self.retranslateUi()
        self.resize(1200, 760)
        if self.specs:
            self.nav.setCurrentRow(0)

    def _nav_item_size(self) -> QSize:
        return QSize(NAV_WIDTH - 8, 64 if self.session.kiosk else 40)

    # -- screens -----------------------------------------------------------------------

    def nav_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def nav_titles(self) -> list[str]:
        return [self.nav.item(row).text() for row in range(self.nav.count())]

    def open_screen(self, key: str) -> QWidget:
        """Show the screen ``key`` (building it the first time); KeyError if not allowed."""
        row = self.nav_keys().index(key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    def _open_row(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        page = self.pages.get(spec.key)
        if page is None:
            page = spec.factory(self.session)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(self._title())

    # -- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.session_menu = bar.addMenu("")
        self.logout_action = QAction(self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.triggered.connect(self.log_out)
        self.session_menu.addAction(self.logout_action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(QApplication.quit)
        self.session_menu.addAction(self.quit_action)

        self.go_menu = bar.addMenu("")
        self.go_actions: list[QAction] = []
        for index, spec in enumerate(self.specs):
            action = QAction(self)
            keys = [QKeySequence(f"Ctrl+{index + 1}")] if index < 9 else []
            if spec.shortcut:  # the screen's own key, e.g. F1 for the counter
                keys.append(QKeySequence(spec.shortcut))
            action.setShortcuts(keys)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.open_screen(key))
            self.go_menu.addAction(action)
            self.go_actions.append(action)
        self.go_menu.menuAction().setVisible(len(self.specs) > 1)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, native in i18n.available_languages():
            action = QAction(native, self)  # each language named in itself, never translated
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        """Switch the whole program now and remember it for this user on this machine."""
        i18n.install_language(QApplication.instance(), code)
        save_language(code, self.session.user_key)
        self.language_actions[code].setChecked(True)

    def log_out(self) -> None:
        self.status.timer.stop()
        self.loggedOut.emit()

    # -- language ----------------------------------------------------------------------

    def _title(self) -> str:
        key = self.current_key()
        screen = next((s.translated_title() for s in self.specs if s.key == key), "")
        parts = [p for p in (screen, self.session.store.name, "Circular POS") if p]
        return " — ".join(parts)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self._title())
        for row, spec in enumerate(self.specs):
            self.nav.item(row).setText(spec.translated_title())
            if row < len(self.go_actions):
                self.go_actions[row].setText(spec.translated_title())
        self.session_menu.setTitle(self.tr("&Session"))
        self.logout_action.setText(self.tr("&Log out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.language_menu.setTitle(self.tr("L&anguage"))
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())
        self.nothing.setText(self.tr("Your role has no screens here yet. Log out with Ctrl+L."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.status.timer.stop()
        super().closeEvent(event)
