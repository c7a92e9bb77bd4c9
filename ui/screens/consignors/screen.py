"""The consignors screen: every consignor with what the store owes them, one consignor's
account beside the list, and the contracts whose end is due."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QSplitter, QTabWidget, QVBoxLayout, QWidget

from pos_app.services import consignors
from pos_app.services.consignors import ConsignorSummary
from ui.errors import user_message
from ui.screens.consignors.account_panel import AccountPanel
from ui.screens.consignors.common import fill_table, money, read_only_table
from ui.screens.consignors.expiring import ExpiringPanel
from ui.session import Session, while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

SEARCH_DELAY_MS = 250
NAME, PHONE, OWED, IN_STORE, SOLD = range(5)


class ConsignorsScreen(QWidget):
    """``loaded`` after the list of consignors arrived."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.people: list[ConsignorSummary] = []
        self._shown_before = False

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.list = read_only_table(self, 5, self._chosen)
        self.message = feedback_label(self)
        self.account = AccountPanel(session, self)
        self.account.paidOut.connect(lambda _p: self.reload())
        self.expiring = ExpiringPanel(session, self)
        self.expiring.settled.connect(lambda _s: (self.reload(), self.account.reload()))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.account)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 1080])
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.expiring, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslateUi()
        self.reload()
        self.expiring.reload()

    def reload(self) -> None:
        s = self._session
        run_in_background(consignors.list_consignors, s.db, s.actor, self.search.text(),
                          on_done=while_alive(self, self._arrived),
                          on_error=while_alive(self, lambda exc: show_feedback(
                              self.message, user_message(exc), error=True)))

    def _arrived(self, people: list[ConsignorSummary]) -> None:
        chosen = self.account.party_id
        self.people = people
        self._fill()
        for row, person in enumerate(people):
            if person.party_id == chosen:
                self.list.blockSignals(True)
                self.list.selectRow(row)
                self.list.blockSignals(False)
        show_feedback(self.message, "" if people else self.tr("No consignor matches."))
        self.loaded.emit()

    def _fill(self) -> None:
        fill_table(self.list, [[p.name, p.phone, money(p.owed), str(p.in_store), str(p.sold)]
                               for p in self.people], right=(OWED, IN_STORE, SOLD), stretch=NAME)

    def _chosen(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.people):
            self.account.show_party(self.people[rows[0].row()].party_id)

    def choose(self, party_id: int) -> None:
        """Show `party_id`'s account, as if clicked in the list."""
        for row, person in enumerate(self.people):
            if person.party_id == party_id:
                self.list.selectRow(row)
                return
        self.account.show_party(party_id)

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search consignors by name or phone"))
        self.list.setHorizontalHeaderLabels([
            self.tr("Consignor"), self.tr("Phone"), self.tr("Owed"), self.tr("In store"),
            self.tr("Sold")])
        self.tabs.setTabText(0, self.tr("&Accounts"))
        self.tabs.setTabText(1, self.tr("&Expiring contracts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before:  # coming back: sales and payouts elsewhere changed balances
            self.reload()
            self.expiring.reload()
            self.account.reload()
        self._shown_before = True
