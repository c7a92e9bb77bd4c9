"""The counter: a sale rung up with the scanner and the keyboard alone.

The scan field has the focus whenever nothing else is asked for; a keyboard-wedge scanner
types a code and Enter, and the line appears (or the reason it cannot be sold, in red, with
a beep). F12 opens the payment with the amount due typed in: the amount received and Enter
finish a cash sale and show the change. So a three-item cash sale is three scans, F12, the
amount, Enter. Everything is a call to pos_app.services.sales (and holds, vouchers, parties)
off the GUI thread; the screen decides nothing a service decides.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import Money
from pos_app.domain.roles import Permission
from pos_app.domain.sale import Tender
from pos_app.services import credit, holds, sales, vouchers
from pos_app.services.holds import HoldView
from pos_app.services.parties import PartyView
from pos_app.services.sale_records import SaleRecord
from ui import i18n
from ui.errors import user_message
from ui.receipt_printer import print_receipt
from ui.screens.counter import basket_model
from ui.screens.counter.amount_dialogs import DiscountDialog, VoucherDialog
from ui.screens.counter.basket_model import BasketRow
from ui.screens.counter.customer_picker import CustomerPicker
from ui.screens.counter.hold_dialogs import HoldDialog, HoldsDialog, local_text
from ui.screens.counter.payment_panel import PaymentPanel
from ui.screens.counter.sale_done import SaleDone
from ui.screens.counter.search_box import SearchBox
from ui.screens.counter.till import ScanRequest, Till
from ui.screens.counter.totals_panel import TotalsPanel, big_font
from ui.session import Session, while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.manager_pin_dialog import refusal_text, run_with_override
from ui.widgets.scanner_input import ScannerInput
from ui.workers import run_in_background

RIGHT_COLUMN_WIDTH = 300


class CounterScreen(QWidget):
    """``ready`` once the store's selling settings are read; ``completed(SaleRecord)`` after a
    sale; ``failed(message)`` after any refusal shown; ``dialogOpened(QDialog)`` whenever the
    screen opens a dialog (the manager's PIN included)."""

    ready = Signal()
    completed = Signal(object)
    failed = Signal(str)
    dialogOpened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self._actor = session.actor
        self._currency = session.store.currency
        self._step: Money | None = None  # cash rounding
        self._hold_hours = 48
        self._limit: Decimal | None = None  # the clerk's discount limit; None for a manager
        self._paying = False
        self._committing = False
        self._voucher_amount: Money | None = None
        self._credit: Money | None = None
        self.dialog = None
        self.record: SaleRecord | None = None

        self.till = Till(self._db, self._actor, self)
        self.till.scanned.connect(self._scanned)
        self.till.refused.connect(self._refused)
        self.till.quoted.connect(self._quoted)
        self.till.idle.connect(self._idle)

        # the scan field, the search, the customer
        self.scan_label = QLabel(self)
        self.scanner = ScannerInput(self)
        self.scanner.setFont(big_font(self.scanner, 16, bold=False))
        self.scanner.setMinimumHeight(40)
        self.scan_label.setBuddy(self.scanner)
        self.scanner.scanned.connect(self.scan)
        self.scanner.installEventFilter(self)
        self.search = SearchBox(self._db, self._actor, self)
        self.search.chosen.connect(self._search_chosen)
        self.search.failed.connect(lambda text: self.show_message(text, error=True))
        self.search.closed.connect(self.focus_scanner)
        self.customer_label = QLabel(self)
        self.customer_button = QPushButton(self)
        self.customer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = feedback_label(self)
        self.message.setFont(big_font(self.message, 12))

        # the basket
        self.table = QTableView(self)
        self.table.setModel(self.till.basket)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setFont(big_font(self.table, 10.5, bold=False))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(basket_model.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # fit the rows in view, not every row per scan
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._refresh_actions())

        # the right column: totals, then the actions, the payment or the sale just made
        self.totals = TotalsPanel(self._currency, self)
        self.payment = PaymentPanel(self._currency, self)
        self.payment.paid.connect(self._commit)
        self.payment.cancelled.connect(self.cancel_payment)
        self.payment.customerNeeded.connect(self.choose_customer)
        self.done = SaleDone(self)
        self.done.printAgain.connect(self._print_again)
        self.actions_page = QWidget(self)
        self._build_actions()
        self.stack = QStackedWidget(self)
        for page in (self.actions_page, self.payment, self.done):
            self.stack.addWidget(page)
        right = QWidget(self)
        right.setFixedWidth(RIGHT_COLUMN_WIDTH)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.totals)
        right_layout.addWidget(self.stack, 1)

        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scanner, 3)
        top.addWidget(self.search.field, 2)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_label, 1)
        customer_row.addWidget(self.customer_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.search.results)
        left.addWidget(self.message)
        left.addWidget(self.table, 1)
        left.addLayout(customer_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(right)

        self.retranslateUi()
        self._refresh_actions()
        run_in_background(sales.till_settings, self._db, session.actor,
                          on_done=while_alive(self, self._settings_arrived),
                          on_error=while_alive(self, self._failed))

    def _build_actions(self) -> None:
        """Every action is a key (active while the counter has the focus) and a button."""
        def action(keys: list[str], slot) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False: slot())
            self.addAction(act)
            return act

        self.pay_action = action(["F12", "Ctrl+Return", "Ctrl+Enter"], self.pay)
        self.search_action = action(["F3"], self.focus_search)
        self.quantity_action = action(["F4"], self.change_quantity)
        self.customer_action = action(["F6"], self.choose_customer)
        self.line_discount_action = action(["Ctrl+D"], self.discount_line)
        self.sale_discount_action = action(["Ctrl+Shift+D"], self.discount_sale)
        self.remove_action = action(["Delete"], self.remove_line)
        self.hold_action = action(["Ctrl+H"], self.hold_line)
        self.holds_action = action(["Ctrl+Shift+H"], self.show_holds)
        self.voucher_action = action(["Ctrl+G"], self.sell_voucher)
        self.clear_action = action(["Ctrl+N"], self.clear_sale)
        self.customer_button.clicked.connect(self.customer_action.trigger)

        self.buttons: dict[QAction, QPushButton] = {}
        grid = QGridLayout(self.actions_page)
        grid.setContentsMargins(0, 0, 0, 0)
        layout = [(self.pay_action, 0, 0, 1, 2), (self.line_discount_action, 1, 0, 1, 1),
                  (self.sale_discount_action, 1, 1, 1, 1), (self.quantity_action, 2, 0, 1, 1),
                  (self.remove_action, 2, 1, 1, 1), (self.hold_action, 3, 0, 1, 1),
                  (self.holds_action, 3, 1, 1, 1), (self.voucher_action, 4, 0, 1, 1),
                  (self.clear_action, 4, 1, 1, 1)]
        for act, row, column, rows, columns in layout:
            button = QPushButton(self.actions_page)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(act.trigger)
            act.changed.connect(lambda a=act, b=button: b.setEnabled(a.isEnabled()))
            grid.addWidget(button, row, column, rows, columns)
            self.buttons[act] = button
        pay = self.buttons[self.pay_action]
        pay.setProperty("role", "primary")
        pay.setMinimumHeight(56)
        pay.setFont(big_font(pay, 16))
        grid.setRowStretch(len(layout), 1)

    def _settings_arrived(self, values: dict) -> None:
        step = str(values.get("cash_rounding", "none"))
        self._step = None if step == "none" else Money.of(step, self._currency)
        self._hold_hours = int(values.get("hold_hours", 48))
        self._limit = (None if self._actor.can(Permission.DISCOUNT_OVER_LIMIT)
                       else Decimal(str(values.get("discount_limit_percent", 10))))
        self.ready.emit()

    # -- scanning ----------------------------------------------------------------------

    def scan(self, code: str) -> None:
        """A code from the scanner (or typed); ``3*CODE`` is three of a stock line."""
        if self._paying:
            return
        self._new_sale_page()
        self.show_message("")
        self.till.scan(code)
        self._show_pending()

    def _search_chosen(self, line: sales.ScannedLine) -> None:
        self._new_sale_page()
        self.till.enqueue(ScanRequest(line.code))
        self._show_pending()
        self.focus_scanner()

    def _scanned(self, line: sales.ScannedLine) -> None:
        row = self.till.basket.find_row(line.code)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.till.basket.index(row, 0))
        self._refresh_actions()

    def _refused(self, text: str) -> None:
        self.show_message(text, error=True)
        QApplication.beep()
        self.failed.emit(text)
        self._refresh_actions()

    def _quoted(self, totals, needs_manager: bool) -> None:
        self.totals.show_totals(totals, self.till.basket.count(), needs_manager)
        self.table.setColumnHidden(basket_model.DISCOUNT, not any(
            row.discount or (row.priced and row.priced.discount.minor)
            for row in self.till.basket.rows()))  # room for the description on a small screen
        self._refresh_actions()

    def _idle(self) -> None:
        if self.till.totals is None:  # nothing to price, or the price was refused (shown)
            self.totals.show_totals(None, self.till.basket.count())
        if self._paying and self._voucher_amount is None:
            if not self.till.basket.rowCount():
                self.cancel_payment()
                self.show_message(self.tr("Scan an item first, then press F12 to pay."),
                                  error=True)
                return
            self.payment.set_total(self._due())
        self._refresh_actions()

    def _show_pending(self) -> None:
        if self.till.busy():
            self.totals.show_totals(None, self.till.basket.count(), pending=True)
            if self._paying and self._voucher_amount is None:
                self.payment.set_total(None)

    def _new_sale_page(self) -> None:
        if self.stack.currentWidget() is self.done:
            self.stack.setCurrentWidget(self.actions_page)

    # -- the lines ---------------------------------------------------------------------

    def selected_row(self) -> BasketRow | None:
        return self.till.basket.row_at(self.table.currentIndex().row())

    def remove_line(self) -> None:
        row = self.table.currentIndex().row()
        gone = self.till.remove(row)
        if gone is not None:
            self.show_message(self.tr("{code} was taken off the sale.").format(code=gone.code))
            self._show_pending()
            count = self.till.basket.rowCount()
            if count:
                self.table.selectRow(min(row, count - 1))
        self._refresh_actions()

    def change_quantity(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not row.is_stock:
            self.show_message(self.tr("{code} is one of a kind: its quantity is always 1.")
                              .format(code=row.code), error=True)
            return
        dialog = QInputDialog(self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 9999)
        dialog.setIntValue(row.quantity)
        dialog.setWindowTitle(self.tr("Quantity"))
        dialog.setLabelText(self.tr("How many of {name}?").format(name=row.line.description))
        dialog.intValueSelected.connect(lambda value, code=row.code: self._set_quantity(code, value))
        self._open(dialog)

    def _set_quantity(self, code: str, quantity: int) -> None:
        self.till.set_quantity(code, quantity)
        self._show_pending()

    def discount_line(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        what = self.tr("Discount on {code}, {description}").format(
            code=row.code, description=row.line.description)
        dialog = DiscountDialog(what, row.discount, self._currency, self._limit, self)
        dialog.chosen.connect(lambda discount, code=row.code: self._discount(code, discount))
        self._open(dialog)

    def discount_sale(self) -> None:
        if not self.till.basket.rowCount():
            return
        dialog = DiscountDialog(self.tr("Discount on the whole sale"), self.till.sale_discount,
                                self._currency, self._limit, self)
        dialog.chosen.connect(lambda discount: self._discount(None, discount))
        self._open(dialog)

    def _discount(self, code: str | None, discount) -> None:
        self.show_message("")
        if code is None:
            self.till.set_sale_discount(discount)
        else:
            self.till.set_line_discount(code, discount)
        self._show_pending()

    def clear_sale(self) -> None:
        if not self.till.basket.rowCount() and self.till.customer is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Clear the sale"),
                          self.tr("Take every line off this sale? Nothing is sold."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Clear the sale"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
            and self._cleared())
        self._open(box)

    def _cleared(self) -> None:
        self.till.clear()
        self._customer_changed()
        self._show_pending()
        self.show_message(self.tr("The sale was cleared."))

    # -- the customer --------------------------------------------------------------------

    def choose_customer(self) -> None:
        picker = CustomerPicker(self._db, self._actor, self)
        picker.chosen.connect(self._customer_chosen)
        self._open(picker)

    def _customer_chosen(self, party: PartyView | None) -> None:
        self.till.customer = party
        self._credit = None
        self._customer_changed()
        if party is not None:
            run_in_background(credit.balance, self._db, party.id,
                              on_done=while_alive(self, lambda money, p=party: self._credit_of(p, money)),
                              on_error=while_alive(self, self._failed))

    def _credit_of(self, party: PartyView, balance: Money) -> None:
        if self.till.customer is not None and self.till.customer.id == party.id:
            self._credit = balance
            self._customer_changed()

    def _customer_changed(self) -> None:
        party = self.till.customer
        if party is None:
            self._credit = None
        self.payment.has_customer = party is not None
        locale = i18n.current_locale_name()
        if party is None:
            text = self.tr("No customer on this sale.")
        elif self._credit is None:
            text = self.tr("Customer: {name}").format(name=party.name)
        else:
            text = self.tr("Customer: {name} · store credit {amount}").format(
                name=party.name, amount=self._credit.format(locale))
        self.customer_label.setText(text)

    # -- holds -------------------------------------------------------------------------

    def hold_line(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.is_stock:
            self.show_message(self.tr("Only a single item can be put on hold, not a stock line."),
                              error=True)
            return
        dialog = HoldDialog(row.code, row.line.description, self._hold_hours, self.till.customer,
                            self)
        dialog.chosen.connect(lambda values, code=row.code: self._place_hold(code, values))
        self._open(dialog)

    def _place_hold(self, code: str, values: dict) -> None:
        run_in_background(holds.place_hold, self._db, self._actor, code, **values,
                          on_done=while_alive(self, self._held), on_error=while_alive(self, self._failed))

    def _held(self, hold: HoldView) -> None:
        self.till.remove_code(hold.code)
        self._show_pending()
        self.show_message(self.tr("{code} is held for {customer} until {until}.").format(
            code=hold.code, customer=hold.customer_name, until=local_text(hold.until)))
        self._refresh_actions()

    def show_holds(self) -> None:
        dialog = HoldsDialog(self._db, self._actor, self)
        dialog.sellRequested.connect(self._sell_held)
        self._open(dialog)

    def _sell_held(self, hold: HoldView) -> None:
        self._new_sale_page()
        self.show_message("")
        self.till.enqueue(ScanRequest(hold.code, hold_id=hold.id))
        self._show_pending()

    # -- paying ------------------------------------------------------------------------

    def _due(self) -> Money | None:
        if self._voucher_amount is not None:
            return self._voucher_amount
        return None if self.till.busy() or self.till.totals is None else self.till.totals.total

    def pay(self) -> None:
        """Open the payment for the sale (F12): the amount due is typed in and selected."""
        if self._paying:
            return
        if self._voucher_amount is None and not self.till.basket.rowCount() \
                and not self.till.busy():
            self.show_message(self.tr("Scan an item first, then press F12 to pay."), error=True)
            return
        self._paying = True
        self.search.close()
        self.payment.start(self._due(), self._step, has_customer=self.till.customer is not None,
                           voucher=self._voucher_amount is not None)
        self.stack.setCurrentWidget(self.payment)
        self._refresh_actions()
        self.payment.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._voucher_amount is None and not self.till.busy() and self.till.totals is None:
            self.till.request_quote()  # the last price was refused: ask again

    def cancel_payment(self) -> None:
        if not self._paying or self._committing:
            return
        self._paying = False
        self._voucher_amount = None
        self.stack.setCurrentWidget(self.actions_page)
        self._refresh_actions()
        self.focus_scanner()

    def sell_voucher(self) -> None:
        if self.till.basket.rowCount():
            self.show_message(self.tr("Finish or clear this sale before selling a gift voucher."),
                              error=True)
            return
        dialog = VoucherDialog(self._currency, self)
        dialog.chosen.connect(self._voucher_chosen)
        self._open(dialog)

    def _voucher_chosen(self, amount: Money) -> None:
        self._voucher_amount = amount
        self.pay()

    def _commit(self, tenders: list[Tender]) -> None:
        self._committing = True
        self.payment.set_busy(True)
        party_id = self.till.customer.id if self.till.customer else None
        if self._voucher_amount is not None:
            run_in_background(vouchers.sell_voucher, self._db, self._actor, self._voucher_amount,
                              tenders, party_id=party_id,
                              on_done=while_alive(self, lambda sold: self._sold(sold[1], sold[0])),
                              on_error=while_alive(self, self._commit_failed))
            return
        runner = run_with_override(
            self, sales.commit_sale, self._db, self._actor, self.till.lines(), tenders,
            sale_discount=self.till.sale_discount, customer_party_id=party_id,
            on_done=while_alive(self, self._sold), on_error=while_alive(self, self._commit_failed))
        runner.asked.connect(self._manager_asked)

    def _manager_asked(self, dialog) -> None:
        dialog.finished.connect(lambda _r: self._dialog_closed())
        self.dialogOpened.emit(dialog)

    def _commit_failed(self, exc: BaseException) -> None:
        self._committing = False
        text = refusal_text(exc)
        self.payment.take_back_last(text)
        self.show_message(text, error=True)
        QApplication.beep()
        self.failed.emit(text)

    def _sold(self, record: SaleRecord, voucher_code: str = "") -> None:
        self._committing = False
        self._paying = False
        self._voucher_amount = None
        self.record = record
        self.till.clear()
        self._customer_changed()
        self.done.show_record(record, voucher_code)
        self.stack.setCurrentWidget(self.done)
        self.show_message("")
        self._refresh_actions()
        self.focus_scanner()
        self.completed.emit(record)
        print_receipt(self, self._session, record, on_done=while_alive(self, self._printed))

    def _printed(self, outcome) -> None:
        """A receipt meant for the printer that went to the preview says why."""
        if outcome.problem:
            self.show_message(outcome.problem, error=True)

    def _print_again(self) -> None:
        if self.record is not None:
            print_receipt(self, self._session, self.record, reprint=True,
                          on_done=while_alive(self, self._printed))
        self.focus_scanner()

    # -- what is shown -------------------------------------------------------------------

    def _open(self, dialog) -> None:
        """Every dialog of the till is window-modal and never blocks; the scan field gets the
        keyboard back when it closes."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._dialog_closed())
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _dialog_closed(self) -> None:
        if self.isVisible():
            self.window().activateWindow()
        self.focus_scanner()

    def _failed(self, exc: BaseException) -> None:
        text = user_message(exc)
        self.show_message(text, error=True)
        QApplication.beep()
        self.failed.emit(text)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def focus_scanner(self) -> None:
        target = self.payment.amount if self._paying else self.scanner
        if self.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        if not self._paying:
            self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.field.selectAll()

    def _refresh_actions(self) -> None:
        idle = not self._paying
        has_lines = self.till.basket.rowCount() > 0
        row = self.selected_row()
        self.scanner.setEnabled(idle)
        self.search.field.setEnabled(idle)
        self.pay_action.setEnabled(idle)
        self.line_discount_action.setEnabled(idle and row is not None)
        self.sale_discount_action.setEnabled(idle and has_lines)
        self.quantity_action.setEnabled(idle and row is not None and row.is_stock)
        self.remove_action.setEnabled(idle and row is not None)
        self.hold_action.setEnabled(idle and row is not None and not row.is_stock
                                    and self._actor.can(Permission.RESERVE))
        self.holds_action.setEnabled(idle and self._actor.can(Permission.RESERVE))
        self.voucher_action.setEnabled(idle and not has_lines)
        self.clear_action.setEnabled(idle and (has_lines or self.till.customer is not None))
        self.customer_action.setEnabled(not self._committing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the scan field: Up/Down choose a line, Delete on an empty field removes it."""
        if watched is self.scanner and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            key = event.key()
            rows = self.till.basket.rowCount()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and rows:
                current = self.table.currentIndex().row()
                step = -1 if key == Qt.Key.Key_Up else 1
                self.table.selectRow(max(0, min(rows - 1, (current if current >= 0 else rows)
                                                + step)))
                return True
            if key == Qt.Key.Key_Delete and not self.scanner.text():
                self.remove_line()
                return True
        return super().eventFilter(watched, event)

    def retranslateUi(self) -> None:
        self.scan_label.setText(self.tr("&Scan:"))
        self.customer_button.setText(self.tr("Customer… (F6)"))
        texts = {
            self.pay_action: (self.tr("Pay"), "F12"),
            self.line_discount_action: (self.tr("Line discount"), "Ctrl+D"),
            self.sale_discount_action: (self.tr("Sale discount"), "Ctrl+Shift+D"),
            self.quantity_action: (self.tr("Quantity"), "F4"),
            self.remove_action: (self.tr("Remove line"), self.tr("Del")),
            self.hold_action: (self.tr("Hold item"), "Ctrl+H"),
            self.holds_action: (self.tr("Holds…"), "Ctrl+Shift+H"),
            self.voucher_action: (self.tr("Sell gift voucher"), "Ctrl+G"),
            self.clear_action: (self.tr("Clear sale"), "Ctrl+N"),
        }
        for act, (text, key) in texts.items():
            act.setText(text)
            self.buttons[act].setText(f"{text}  ({key})" if act is self.pay_action
                                      else f"{text}\n{key}")
        self.search.retranslateUi()
        self.till.basket.retranslate()
        self._customer_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_scanner()
