"""A lot sale: items scanned or picked from those graded "for parts", one buyer, one price,
one payment. Each line's share of the price is shown as the service will allocate it; a
clerk's sale asks for a manager's PIN (lotting out is a write-off right)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.errors import DomainError
from pos_app.services import lots
from pos_app.services.lots import LotItem, SoldLot
from ui import i18n
from ui.errors import user_message
from ui.screens.deals.buyer_picker import BuyerPicker
from ui.screens.deals.tender_form import TenderForm
from ui.screens.items.model import category_name
from ui.session import Session, while_alive
from ui.terms import state_name
from ui.widgets import MoneyEdit, ScannerInput
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.manager_pin_dialog import refusal_text, run_with_override
from ui.workers import run_in_background

CODE, ITEM, CATEGORY, GRADE, STATE, PRICE, SHARE = range(7)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
    return table


class LotTab(QWidget):
    """``candidatesLoaded`` after the candidates were read; ``added(code)`` when an item joins
    the lot; ``pinAsked(dialog)`` when a manager's PIN is asked; ``sold(SoldLot)``."""

    candidatesLoaded = Signal()
    added = Signal(str)
    pinAsked = Signal(object)
    sold = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        currency = session.store.currency
        self.candidates: list[LotItem] = []
        self.lot: list[LotItem] = []

        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.scan)
        self.candidate_table = _table(self, 6)
        self.candidate_table.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_selected)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.candidates_box = QGroupBox(self)
        box = QVBoxLayout(self.candidates_box)
        box.addWidget(self.candidate_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        box.addLayout(row)

        self.lot_table = _table(self, 7)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.lot_box = QGroupBox(self)
        box = QVBoxLayout(self.lot_box)
        box.addWidget(self.scanner)
        box.addWidget(self.lot_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        box.addLayout(row)

        self.buyer = BuyerPicker(session.db, session.actor, self)
        self.total = MoneyEdit(self, currency=currency)
        self.total_label = QLabel(self)
        self.total_label.setBuddy(self.total)
        self.tender = TenderForm(currency, self, transfer=True)
        self.sell_button = QPushButton(self)
        self.sell_button.setProperty("role", "primary")
        self.sell_button.clicked.connect(self.sell)
        self.message = feedback_label(self)
        self.total.valueChanged.connect(lambda _v: self._show_lot())
        self.buyer.chosen.connect(lambda _p: self._update_buttons())

        pay = QWidget(self)
        pay_layout = QVBoxLayout(pay)
        pay_layout.setContentsMargins(0, 0, 0, 0)
        pay_layout.addWidget(self.buyer)
        form = QFormLayout()
        form.addRow(self.total_label, self.total)
        pay_layout.addLayout(form)
        pay_layout.addWidget(self.tender)
        pay_layout.addStretch(1)
        pay_layout.addWidget(self.message)
        pay_layout.addWidget(self.sell_button)
        lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.addWidget(self.candidates_box)
        lists.addWidget(self.lot_box)
        layout = QHBoxLayout(self)
        layout.addWidget(lists, 3)
        layout.addWidget(pay, 2)
        self.retranslateUi()
        self.reload()

    # -- the candidates and the lot -----------------------------------------------------

    def reload(self) -> None:
        run_in_background(lots.lot_candidates, self._session.db, self._session.actor,
                          on_done=while_alive(self, self._candidates_arrived),
                          on_error=while_alive(self, self._failed))

    def _candidates_arrived(self, found: list[LotItem]) -> None:
        self.candidates = found
        self._fill(self.candidate_table, found, None)
        self.candidatesLoaded.emit()

    def _fill(self, table: QTableWidget, rows: list[LotItem], shares) -> None:
        locale = i18n.current_locale_name()
        table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            cells = [item.code, item.description, category_name(item), item.grade or "—",
                     state_name(item.state), item.price.format(locale) if item.price else "—"]
            if shares is not None:
                cells.append(shares[row].format(locale) if shares else "—")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= PRICE:
                    cell.setTextAlignment(RIGHT)
                table.setItem(row, column, cell)

    def scan(self, code: str) -> None:
        run_in_background(lots.lot_item, self._session.db, self._session.actor, code,
                          on_done=while_alive(self, self._add),
                          on_error=while_alive(self, self._failed))

    def add_selected(self) -> None:
        for index in sorted(r.row() for r in self.candidate_table.selectionModel().selectedRows()):
            self._add(self.candidates[index])

    def _add(self, item: LotItem) -> None:
        if any(i.code == item.code for i in self.lot):
            show_feedback(self.message, self.tr("{code} is already in the lot.").format(
                code=item.code), error=True)
            return
        self.lot.append(item)
        show_feedback(self.message, "")
        self._show_lot()
        self.added.emit(item.code)

    def remove_selected(self) -> None:
        chosen = {r.row() for r in self.lot_table.selectionModel().selectedRows()}
        self.lot = [item for row, item in enumerate(self.lot) if row not in chosen]
        self._show_lot()

    def shares(self):
        """Each line's part of the price as the service will allocate it (None: no price)."""
        total = self.total.value()
        if not self.lot or total is None or total.minor <= 0:
            return None
        return lots.allocate(total, [i.price for i in self.lot])

    def _show_lot(self) -> None:
        shares = self.shares()
        self._fill(self.lot_table, self.lot, shares or [])
        total = self.total.value()
        if total is not None:
            self.tender.set_due(total)
        self.lot_box.setTitle(self.tr("The lot: %n item(s)", "", len(self.lot)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.sell_button.setEnabled(bool(self.lot) and self.buyer.party is not None
                                    and self.shares() is not None)

    # -- selling ------------------------------------------------------------------------

    def sell(self) -> None:
        try:
            tenders = self.tender.tenders()
        except DomainError as exc:
            show_feedback(self.message, user_message(exc), error=True)
            return
        if self.buyer.party is None or self.total.value() is None:
            return
        self.sell_button.setEnabled(False)
        show_feedback(self.message, "")
        runner = run_with_override(
            self, lots.sell_lot, self._session.db, self._session.actor,
            [i.code for i in self.lot], self.total.value(), self.buyer.party.id, tenders,
            on_done=while_alive(self, self._sold), on_error=while_alive(self, self._sale_failed))
        runner.asked.connect(self.pinAsked)

    def _sold(self, lot: SoldLot) -> None:
        locale = i18n.current_locale_name()
        show_feedback(self.message, self.tr("%n item(s) sold in a lot for {total} on receipt "
                                            "{receipt}.", "", len(lot.codes)).format(
            total=lot.total_price.format(locale), receipt=lot.receipt.number))
        self.lot = []
        self.total.setValue(None)
        self.tender.reset()
        self._show_lot()
        self.sold.emit(lot)
        self.reload()

    def _sale_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        show_feedback(self.message, refusal_text(exc), error=True)

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.message, user_message(exc), error=True)

    def message_text(self) -> str:
        return self.message.text()

    # -- language -----------------------------------------------------------------------

    def retranslateUi(self) -> None:
        headers = [self.tr("Code"), self.tr("Item"), self.tr("Category"), self.tr("Grade"),
                   self.tr("State"), self.tr("Price")]
        self.candidate_table.setHorizontalHeaderLabels(headers)
        self.lot_table.setHorizontalHeaderLabels(headers + [self.tr("Share of the lot price")])
        self.candidates_box.setTitle(self.tr("Graded for parts (D)"))
        self.add_button.setText(self.tr("&Add to the lot"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.remove_button.setText(self.tr("Re&move from the lot"))
        self.total_label.setText(self.tr("&Lot price:"))
        self.sell_button.setText(self.tr("&Sell the lot"))
        self._fill(self.candidate_table, self.candidates, None)
        self._show_lot()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
