"""Choosing the customer of a sale (F6) by name or phone: needed to pay with store credit,
and kept on the receipt. Names and phones are shown masked unless the role may see them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.roles import Actor
from pos_app.services.parties import PartyView
from pos_app.services.store_db import StoreDB
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.party_search import PartySearch

RESULTS = 30


class CustomerPicker(QDialog):
    """``chosen(PartyView | None)``: None takes the customer off the sale; ``searched`` after
    each list arrived."""

    chosen = Signal(object)
    searched = Signal()

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.message = feedback_label(self)
        self.finder = PartySearch(db, actor, self, limit=RESULTS, click_chooses=False)
        self.search, self.results = self.finder.search, self.finder.results
        self.finder.chosen.connect(self._choose)
        self.finder.searched.connect(self._found)
        self.finder.failed.connect(lambda text: show_feedback(self.message, text, error=True))
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslateUi()
        self.resize(460, 380)
        self.run_search()

    def run_search(self) -> None:
        self.finder.run_search()

    def _found(self, count: int) -> None:
        show_feedback(self.message, "" if count else self.tr("No customer matches."))
        self.searched.emit()

    def choose_current(self) -> None:
        self.finder.choose_current()

    def _choose(self, party: PartyView | None) -> None:
        self.chosen.emit(party)
        self.accept()

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
