"""Rentals: what is out, due today and overdue (with the renter's phone to call), renting a
lease item out, and checking one back in by scanning it or picking it from the list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.clock import now
from pos_app.domain.roles import Actor
from pos_app.services import rentals
from pos_app.services.rentals import CheckedIn, DueRentals, RentalView, RentedOut
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.receipt_printer import ReceiptOutcome, print_receipt
from ui.screens.rentals.check_in_dialog import CheckInDialog
from ui.screens.rentals.rent_out_panel import RentOutPanel
from ui.screens.returns.slip import show_refund_slip
from ui.session import Session, while_alive
from ui.widgets import ScannerInput
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

ITEM, DESCRIPTION, CUSTOMER, PHONE, DUE, DEPOSIT, STATUS = range(7)
LISTS = ("due_today", "overdue", "all")


@dataclass(frozen=True)
class Lists:
    today: date
    due: DueRentals
    out: list[RentalView]


def load_lists(db: StoreDB, actor: Actor) -> Lists:
    """The three lists the screen shows, for the store's today; runs on a worker thread."""
    today = now().astimezone().date()
    return Lists(today, rentals.rentals_due(db, actor, today), rentals.active_rentals(db, actor))


class RentalsScreen(QWidget):
    """``loaded`` after the lists were read; ``rentedOut``/``checkedIn`` after each;
    ``dialogOpened(QWidget)`` for every dialog the screen opens."""

    loaded = Signal()
    rentedOut = Signal(object)
    checkedIn = Signal(object)
    failed = Signal(str)
    dialogOpened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db, self._actor = session.db, session.actor
        self.lists: Lists | None = None
        self.shown: list[RentalView] = []
        self.dialog: CheckInDialog | None = None
        self.last: CheckedIn | None = None
        self._shown_before = False

        self.show_label = QLabel(self)
        self.which = QComboBox(self)
        for key in LISTS:
            self.which.addItem("", key)
        self.show_label.setBuddy(self.which)
        self.which.currentIndexChanged.connect(lambda _i: self._fill())
        self.counts = QLabel(self)
        self.scan_label = QLabel(self)
        self.scanner = ScannerInput(self)
        self.scan_label.setBuddy(self.scanner)
        self.scanner.scanned.connect(self.check_in_scanned)
        self.table = QTableWidget(0, 7, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._refresh)
        self.table.itemDoubleClicked.connect(lambda _item: self.check_in_selected())
        self.check_in_button = QPushButton(self)
        self.check_in_button.setProperty("role", "primary")
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.slip_button = QPushButton(self)
        self.slip_button.clicked.connect(self.show_slip)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.message = feedback_label(self)
        self.rent_out = RentOutPanel(session, self)
        self.rent_out.setMaximumWidth(460)
        self.rent_out.rentedOut.connect(self._rented)
        self.rent_out.dialogOpened.connect(self.dialogOpened.emit)

        top = QHBoxLayout()
        top.addWidget(self.show_label)
        top.addWidget(self.which)
        top.addWidget(self.counts, 1)
        top.addWidget(self.refresh_button)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scanner, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.check_in_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addLayout(scan_row)
        left.addWidget(self.message)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.rent_out)
        self.retranslateUi()
        self.reload()

    # -- the lists -----------------------------------------------------------------------

    def reload(self) -> None:
        run_in_background(load_lists, self._db, self._actor,
                          on_done=while_alive(self, self._loaded),
                          on_error=while_alive(self, self._failed))

    def _loaded(self, lists: Lists) -> None:
        self.lists = lists
        if not self._shown_before and not lists.due.due_today and not lists.due.overdue:
            self.which.setCurrentIndex(self.which.findData("all"))
        self._shown_before = True
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        lists = self.lists
        if lists is None:
            return
        which = self.which.currentData()
        self.shown = (lists.due.due_today if which == "due_today" else
                      lists.due.overdue if which == "overdue" else lists.out)
        locale = i18n.current_locale_name()
        self.table.setRowCount(len(self.shown))
        for row, r in enumerate(self.shown):
            cells = (r.item_code, r.description, r.customer, r.phone,
                     r.due_at.astimezone().strftime("%Y-%m-%d %H:%M"), r.deposit.format(locale),
                     self._status(r, lists.today))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == DEPOSIT:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == STATUS and r.overdue_on(lists.today):
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.counts.setText(self.tr("{today} due today, {late} overdue, {out} out in all").format(
            today=len(lists.due.due_today), late=len(lists.due.overdue), out=len(lists.out)))
        self._refresh()

    def _status(self, r: RentalView, today: date) -> str:
        due = r.due_at.astimezone().date()
        if due < today:
            return self.tr("Overdue %n day(s)", "", (today - due).days)
        if due == today:
            return self.tr("Due today")
        return self.tr("Out")

    def selected(self) -> RentalView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    # -- checking in ---------------------------------------------------------------------

    def check_in_scanned(self, code: str) -> None:
        self.show_message("")
        run_in_background(rentals.rental_of_item, self._db, self._actor, code,
                          on_done=while_alive(self, self.open_check_in),
                          on_error=while_alive(self, self._failed))

    def check_in_selected(self) -> None:
        rental = self.selected()
        if rental is not None:
            self.open_check_in(rental)

    def open_check_in(self, rental: RentalView) -> None:
        self.dialog = CheckInDialog(self._session, rental, self)
        self.dialog.checkedIn.connect(self._checked_in)
        self.dialog.dialogOpened.connect(self.dialogOpened.emit)
        self.dialog.open()
        self.dialogOpened.emit(self.dialog)

    def _checked_in(self, done: CheckedIn) -> None:
        self.dialog = None
        self.last = done
        locale = i18n.current_locale_name()
        text = self.tr("{item} checked in.").format(item=done.rental.description)
        if done.refund is not None and done.refund.total.minor:
            text += " " + self.tr("Deposit given back: {amount}.").format(
                amount=done.refund.total.format(locale))
        if done.fee_sale is not None:
            text += " " + self.tr("Fees paid on receipt {number}: {amount}.").format(
                number=done.fee_sale.number, amount=done.fee_sale.total.format(locale))
        self.show_message(text)
        self.checkedIn.emit(done)
        self.reload()

    def show_slip(self) -> None:
        if self.last is not None and self.last.refund is not None:
            show_refund_slip(self, self._session, self.last.refund,
                             on_shown=self.dialogOpened.emit,
                             on_error=lambda text: self.show_message(text, error=True))

    def _rented(self, out: RentedOut) -> None:
        self.rentedOut.emit(out)
        print_receipt(self, self._session, out.sale,
                      on_done=while_alive(self, self._receipt_sent))
        self.reload()

    def _receipt_sent(self, outcome: ReceiptOutcome) -> None:
        if outcome.preview is not None:
            self.dialogOpened.emit(outcome.preview)
        if outcome.problem:
            self.show_message(outcome.problem, error=True)

    def _failed(self, exc: BaseException) -> None:
        text = user_message(exc)
        self.show_message(text, error=True)
        self.failed.emit(text)

    # -- showing -------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.check_in_button.setEnabled(self.selected() is not None)
        self.slip_button.setEnabled(self.last is not None and self.last.refund is not None)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        names = {"due_today": self.tr("Due today"), "overdue": self.tr("Overdue"),
                 "all": self.tr("All out")}
        for index in range(self.which.count()):
            self.which.setItemText(index, names[self.which.itemData(index)])
        self.show_label.setText(self.tr("&Show:"))
        self.scan_label.setText(self.tr("Check in by &scanning the item:"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Item"), self.tr("Customer"), self.tr("Phone"),
            self.tr("Due"), self.tr("Deposit"), self.tr("Status")])
        self.check_in_button.setText(self.tr("&Check in…"))
        self.slip_button.setText(self.tr("Check-in s&lip…"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self._fill()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before:  # back on the screen: other counters may have rented or returned
            self.reload()
