"""The open matchmaking listings: searched, closed with a deal (the fee taken), or withdrawn."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.services import matchmaking
from pos_app.services.matchmaking import ClosedDeal, OpenListing
from ui import i18n
from ui.errors import user_message
from ui.screens.deals.deal_dialog import CloseDealDialog, WithdrawDialog, terms_text
from ui.screens.items.model import category_name
from ui.session import Session, while_alive
from ui.terms import state_name
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

SEARCH_DELAY_MS = 250
CODE, ITEM, CATEGORY, SELLER, ASKING, TERMS, DAYS, STATE = range(8)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MatchmakingTab(QWidget):
    """``loaded`` after the listings were read; ``dialogOpened(dialog)`` when a deal or a
    withdrawal dialog opens; ``dealClosed(ClosedDeal)`` after a deal."""

    loaded = Signal()
    dialogOpened = Signal(object)
    dealClosed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.listings: list[OpenListing] = []
        self.dialog = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.reload)

        self.table = QTableWidget(0, 8, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self.close_deal())

        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.deal_button = QPushButton(self)
        self.deal_button.setProperty("role", "primary")
        self.deal_button.clicked.connect(self.close_deal)
        self.message = feedback_label(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.deal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        run_in_background(matchmaking.open_listings, self._session.db, self._session.actor,
                          self.search.text(), on_done=while_alive(self, self._arrived),
                          on_error=while_alive(self, self._failed))

    def _arrived(self, listings: list[OpenListing]) -> None:
        self.listings = listings
        locale = i18n.current_locale_name()
        self.table.setRowCount(len(listings))
        for row, item in enumerate(listings):
            cells = (item.code, item.description, category_name(item),
                     f"{item.seller}  {item.seller_phone}".strip(), item.asking.format(locale),
                     terms_text(item, locale), self.tr("%n day(s)", "", item.days_listed),
                     state_name(item.state))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (ASKING, DAYS):
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(row, column, cell)
        if listings and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> OpenListing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.listings[rows[0].row()] if rows and rows[0].row() < len(self.listings) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.deal_button.setEnabled(chosen)
        self.withdraw_button.setEnabled(chosen)

    def close_deal(self) -> None:
        listing = self.selected()
        if listing is not None:
            self._open(CloseDealDialog(self._session.db, self._session.actor, listing, self),
                       self._closed)

    def withdraw(self) -> None:
        listing = self.selected()
        if listing is not None:
            self._open(WithdrawDialog(self._session.db, self._session.actor, listing, self),
                       lambda _state: self._withdrawn(listing))

    def _open(self, dialog, on_done) -> None:
        self.dialog = dialog
        dialog.finishedWith.connect(on_done)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _closed(self, deal: ClosedDeal) -> None:
        locale = i18n.current_locale_name()
        show_feedback(self.message, self.tr(
            "Deal closed for {code} at {price}; fee {fee} taken on receipt {receipt}.").format(
            code=deal.code, price=deal.deal_price.format(locale), fee=deal.fee.format(locale),
            receipt=deal.receipt.number))
        self.dealClosed.emit(deal)
        self.reload()

    def _withdrawn(self, listing: OpenListing) -> None:
        show_feedback(self.message, self.tr("Listing withdrawn; {code} goes back to its owner.")
                      .format(code=listing.code))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.message, user_message(exc), error=True)

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by code, brand, model, seller or phone"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Item"), self.tr("Category"), self.tr("Seller"),
            self.tr("Asking"), self.tr("Fee"), self.tr("Listed"), self.tr("State")])
        self.refresh_button.setText(self.tr("&Refresh"))
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.deal_button.setText(self.tr("&Close deal…"))
        if self.listings:
            self._arrived(self.listings)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
