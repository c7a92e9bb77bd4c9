"""Choosing the customer of a sale (F6) by name or phone: needed to pay with store credit,
and kept on the receipt. Names and phones are shown masked unless the role may see them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Actor
from pos_app.services import parties
from pos_app.services.parties import PartyView
from pos_app.services.store_db import StoreDB
from ui.errors import user_message
from ui.session import while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

SEARCH_DELAY_MS = 250
RESULTS = 30


class CustomerPicker(QDialog):
    """``chosen(PartyView | None)``: None takes the customer off the sale; ``searched`` after
    each list arrived."""

    chosen = Signal(object)
    searched = Signal()

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._db, self._actor = db, actor
        self._generation = 0
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.itemActivated.connect(self._activated)
        self.message = feedback_label(self)
        self.choose_button = QPushButton(self)
        self.choose_button.setProperty("role", "primary")
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose_current)
        self.none_button = QPushButton(self)
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(lambda: self._choose(None))
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslateUi()
        self.resize(460, 380)
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        run_in_background(parties.list_parties, self._db, self._actor, self.search.text(),
                          limit=RESULTS,
                          on_done=while_alive(self, lambda found: self._found(generation, found)),
                          on_error=while_alive(self, self._failed))

    def _found(self, generation: int, found: list[PartyView]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for party in found:
            item = QListWidgetItem(" · ".join(p for p in (party.name, party.phone) if p))
            item.setData(Qt.ItemDataRole.UserRole, party)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        show_feedback(self.message, "" if found else self.tr("No customer matches."))
        self.searched.emit()

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.message, user_message(exc), error=True)

    def _activated(self, item: QListWidgetItem) -> None:
        self._choose(item.data(Qt.ItemDataRole.UserRole))

    def choose_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item.data(Qt.ItemDataRole.UserRole))

    def _choose(self, party: PartyView | None) -> None:
        self.chosen.emit(party)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._timer.isActive():
                self.run_search()  # Enter before the list caught up: search first, then choose
                return True
        return super().eventFilter(watched, event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("The sale's customer"))
        self.search.setPlaceholderText(self.tr("Name or phone"))
        self.choose_button.setText(self.tr("&Choose"))
        self.none_button.setText(self.tr("&No customer"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
