"""The wholesaler or recycler who buys a lot: found by name or phone among the store's parties,
or added on the spot as a business. Names come masked unless the user's role may see them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from ui.widgets.party_search import PartySearch, party_text
from ui.workers import run_in_background


class BuyerPicker(QGroupBox):
    """``chosen(PartyView | None)`` when the buyer changes; ``searched`` after each search."""

    chosen = Signal(object)
    searched = Signal()

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.party: PartyView | None = None
        self.message = feedback_label(self)
        self.finder = PartySearch(db, actor, self, select_first=False)
        self.search, self.results = self.finder.search, self.finder.results
        self.results.setMaximumHeight(96)
        self.finder.chosen.connect(self.choose)
        self.finder.searched.connect(lambda _n: self.searched.emit())
        self.finder.failed.connect(lambda text: show_feedback(self.message, text, error=True))
        self.current = QLabel(self)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_business)

        new_row = QHBoxLayout()
        new_row.addWidget(self.name, 2)
        new_row.addWidget(self.phone, 1)
        new_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder)
        layout.addWidget(self.current)
        layout.addLayout(new_row)
        layout.addWidget(self.message)
        self.retranslateUi()
        self.run_search()

    def run_search(self) -> None:
        self.finder.run_search()

    def choose(self, party: PartyView | None) -> None:
        self.party = party
        self._show_current()
        self.chosen.emit(party)

    def add_business(self) -> None:
        run_in_background(parties.add_party, self._db, self._actor, self.name.text(),
                          phone=self.phone.text() or None, kind="business", is_buyer=True,
                          on_done=while_alive(self, self._added),
                          on_error=while_alive(self, self._failed))

    def _added(self, party: PartyView) -> None:
        self.name.clear()
        self.phone.clear()
        show_feedback(self.message, "")
        self.choose(party)
        self.run_search()

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.message, user_message(exc), error=True)

    def _show_current(self) -> None:
        self.current.setText(self.tr("Buyer: {name}").format(name=party_text(self.party))
                             if self.party else self.tr("No buyer chosen yet."))

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Buyer (wholesaler or recycler)"))
        self.search.setPlaceholderText(self.tr("Find the buyer by name or phone"))
        self.name.setPlaceholderText(self.tr("New business's name"))
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.add_button.setText(self.tr("Add &business"))
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
