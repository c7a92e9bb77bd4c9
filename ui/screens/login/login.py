"""Who is at the counter: a tile per person (or their user name typed) and their PIN.

The PIN is checked off the GUI thread (argon2 takes a noticeable moment) with the input
locked meanwhile, so a second Enter cannot send a second attempt.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Actor
from pos_app.services import users
from pos_app.services.store_db import StoreDB
from pos_app.services.users import UserSummary
from ui.errors import user_message
from ui.session import while_alive
from ui.terms import role_name
from ui.theme import ACCENT_COLOR, KIOSK_MIN_TOUCH_PX
from ui.widgets import PinPad
from ui.workers import run_in_background

TILE_SIZE = QSize(180, 76)
KIOSK_TILE_SIZE = QSize(240, 104)


def _tile_style(size: QSize, font_pt: int) -> str:
    """Big tiles (the theme's button height is for ordinary buttons); the chosen one filled."""
    return f"""
    QPushButton {{ min-width: {size.width()}px; min-height: {size.height()}px;
                  font-size: {font_pt}pt; }}
    QPushButton:checked {{ background: {ACCENT_COLOR}; border-color: {ACCENT_COLOR};
                          color: #ffffff; font-weight: bold; }}
    """


class LoginScreen(QWidget):
    """``loggedIn(actor)`` once a PIN matched; ``counter_id`` is the counter this machine is."""

    loggedIn = Signal(object)
    namesLoaded = Signal()

    def __init__(self, db: StoreDB, counter_id: int | None = None, *, store_name: str = "",
                 notice: str = "", kiosk: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.counter_id = counter_id
        self._kiosk = kiosk
        self._busy = False
        self._job = None
        self._names: list[UserSummary] = []
        self.tiles: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.store_label = QLabel(store_name, self)
        self.notice = QLabel(notice, self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setVisible(bool(notice))

        self.tiles_box = QWidget(self)
        self.tiles_box.setStyleSheet(
            _tile_style(KIOSK_TILE_SIZE, 18) if kiosk else _tile_style(TILE_SIZE, 12))
        self.tiles_layout = QGridLayout(self.tiles_box)
        self.tiles_layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label = QLabel(self.tiles_box)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self._columns = 0
        self._tile_width = (KIOSK_TILE_SIZE if kiosk else TILE_SIZE).width()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tiles_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().installEventFilter(self)
        self.scroll = scroll

        self.username_label = QLabel(self)
        self.username = QLineEdit(self)
        self.username.setMaxLength(40)
        self.username_label.setBuddy(self.username)
        self.username.returnPressed.connect(self._username_entered)
        self.username.textEdited.connect(self._username_typed)
        self.pad = PinPad(self, kiosk=kiosk)
        self.pad.submitted.connect(self.log_in)
        if kiosk:
            self.username.setMinimumHeight(KIOSK_MIN_TOUCH_PX)

        side = QVBoxLayout()
        side.addWidget(self.username_label)
        side.addWidget(self.username)
        side.addSpacing(8)
        side.addWidget(self.pad, 1)
        side_box = QWidget(self)
        side_box.setLayout(side)
        side_box.setFixedWidth(420 if kiosk else 320)

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.store_label)
        layout.addWidget(self.notice)
        layout.addSpacing(12)
        layout.addLayout(body, 1)
        self.retranslateUi()

    # -- the people who may log in -----------------------------------------------------

    def refresh(self) -> None:
        """Load the names again (a user was added or deactivated)."""
        run_in_background(users.login_names, self._db,
                          on_done=while_alive(self, self._show_names))

    def _show_names(self, names: list[UserSummary]) -> None:
        self._names = names
        for button in list(self.tiles.values()):
            self._group.removeButton(button)
            button.deleteLater()
        self.tiles.clear()
        for index, person in enumerate(names):
            tile = QPushButton(self.tiles_box)
            tile.setCheckable(True)
            tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tile.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            tile.setProperty("username", person.username)
            tile.clicked.connect(lambda _checked=False, name=person.username: self.choose(name))
            self._group.addButton(tile)
            self.tiles[person.username] = tile
        self.empty_label.setVisible(not names)
        self._columns = 0
        self._place_tiles()
        self._retranslate_tiles()
        self._mark_chosen(self.username.text().strip())
        self.namesLoaded.emit()

    def _place_tiles(self) -> None:
        """As many tiles to a row as the width allows (they reflow when it changes)."""
        if not self.tiles:
            self.tiles_layout.addWidget(self.empty_label, 0, 0)
            return
        tile = next(iter(self.tiles.values()))
        tile_width = max(tile.sizeHint().width(), self._tile_width) + self.tiles_layout.spacing()
        columns = max(1, (self.scroll.viewport().width() - 12) // tile_width)
        if columns == self._columns:
            return
        self._columns = columns
        for index, tile in enumerate(self.tiles.values()):
            self.tiles_layout.addWidget(tile, index // columns, index % columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._place_tiles()
        return super().eventFilter(watched, event)

    def choose(self, username: str) -> None:
        """Pick a person (their tile, or a name typed): the PIN pad takes the keyboard."""
        self.username.setText(username)
        self._mark_chosen(username)
        self.pad.clear()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_chosen(self, username: str) -> None:
        tile = self.tiles.get(username)
        if tile is not None:
            tile.setChecked(True)
        elif self._group.checkedButton() is not None:
            self._group.setExclusive(False)
            self._group.checkedButton().setChecked(False)
            self._group.setExclusive(True)

    def _username_typed(self, text: str) -> None:
        self._mark_chosen(text.strip())
        self.pad.setError("")

    def _username_entered(self) -> None:
        if self.pad.pin():
            self.pad.submit()
        elif self.username.text().strip():
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- logging in --------------------------------------------------------------------

    def log_in(self, pin: str) -> None:
        username = self.username.text().strip()
        if self._busy:
            return
        if not username:
            self.pad.setError(self.tr("Choose your name or type your user name first."))
            self.username.setFocus()
            return
        self._set_busy(True)
        self._job = run_in_background(users.login, self._db, username, pin, self.counter_id,
                                      on_done=while_alive(self, self._logged_in),
                                      on_error=while_alive(self, self._refused))

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.tiles_box, self.username, self.pad):
            widget.setEnabled(not busy)
        if not busy:
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _logged_in(self, actor: Actor) -> None:
        self._job = None
        self._set_busy(False)
        self.reset()
        self.loggedIn.emit(actor)

    def _refused(self, exc: BaseException) -> None:
        self._job = None
        self._set_busy(False)
        self.pad.setError(user_message(exc))

    def reset(self) -> None:
        """Ready for the next person: no name chosen, no PIN, no message."""
        self.username.clear()
        self._mark_chosen("")
        self.pad.clear()

    def set_store_name(self, name: str) -> None:
        self.store_label.setText(name)

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def error_text(self) -> str:
        return self.pad.errorText()

    # -- language ----------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Log in — Circular POS"))
        self.title.setText(self.tr("Who is working?"))
        self.username_label.setText(self.tr("&User name:"))
        self.username.setPlaceholderText(self.tr("Tap your name or type it"))
        self.empty_label.setText(self.tr("No one can log in: every account is inactive."))
        self._retranslate_tiles()

    def _retranslate_tiles(self) -> None:
        by_name = {p.username: p for p in self._names}
        for username, tile in self.tiles.items():
            person = by_name[username]
            tile.setText(f"{person.display_name}\n{role_name(person.role)}")
            tile.setAccessibleName(self.tr("Log in as {name}").format(name=person.display_name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        target = self.pad if self.username.text() else self.username
        target.setFocus(Qt.FocusReason.OtherFocusReason)
