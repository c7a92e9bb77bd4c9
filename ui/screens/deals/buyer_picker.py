"""The wholesaler or recycler who buys a lot: found by name or phone among the store's parties,
or added on the spot as a business. Names come masked unless the user's role may see them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
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
RESULTS = 20


def party_text(party: PartyView) -> str:
    return f"{party.name}  {party.phone}".strip()


class BuyerPicker(QGroupBox):
    """``chosen(PartyView | None)`` when the buyer changes; ``searched`` after each search."""

    chosen = Signal(object)
    searched = Signal()

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.party: PartyView | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(96)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.itemActivated.connect(self._picked)
        self.results.itemClicked.connect(self._picked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.current = QLabel(self)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_business)
        self.message = feedback_label(self)

        new_row = QHBoxLayout()
        new_row.addWidget(self.name, 2)
        new_row.addWidget(self.phone, 1)
        new_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.current)
        layout.addLayout(new_row)
        layout.addWidget(self.message)
        self.retranslateUi()
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        run_in_background(parties.list_parties, self._db, self._actor, self.search.text(),
                          limit=RESULTS, on_done=while_alive(self, self._found),
                          on_error=while_alive(self, self._failed))

    def _found(self, found: list[PartyView]) -> None:
        self.results.clear()
        for party in found:
            item = QListWidgetItem(party_text(party), self.results)
            item.setData(Qt.ItemDataRole.UserRole, party)
        self.searched.emit()

    def _picked(self, item: QListWidgetItem) -> None:
        self.choose(item.data(Qt.ItemDataRole.UserRole))

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
