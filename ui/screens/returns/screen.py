"""Returns and voids: the receipt scanned (its QR code) or its number typed, the lines that
come back ticked with how many and where they go, the money given back to the original
payments or to store credit, a manager's PIN when the service asks for one, and the refund
slip. A sale rung up in this counter's open shift can be voided instead, with a manager."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.services import returns
from pos_app.services.refund_records import RefundRecord
from pos_app.services.returns import ReturnableSale
from ui import i18n
from ui.errors import user_message
from ui.screens.counter.customer_picker import CustomerPicker
from ui.screens.counter.payment_panel import tender_name
from ui.screens.returns.lines_table import ReturnLinesTable
from ui.screens.returns.slip import show_refund_slip
from ui.session import Session, while_alive
from ui.widgets import ScannerInput
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.manager_pin_dialog import refusal_text, run_with_override
from ui.workers import run_in_background


class ReturnsScreen(QWidget):
    """``loaded`` when a receipt is shown; ``refunded(RefundRecord)`` after a return or a void;
    ``failed(message)`` after a refusal shown; ``dialogOpened(QWidget)`` for every dialog the
    screen opens (the manager's PIN, the void's confirmation, the slip's preview)."""

    loaded = Signal()
    quoted = Signal()
    refunded = Signal(object)
    failed = Signal(str)
    dialogOpened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self._actor = session.actor
        self.found: ReturnableSale | None = None
        self.refund: RefundRecord | None = None
        self.customer = None  # a PartyView chosen for a refund to store credit
        self.confirm: QMessageBox | None = None
        self._quote_generation = 0

        self.scan_label = QLabel(self)
        self.scanner = ScannerInput(self)
        self.scan_label.setBuddy(self.scanner)
        self.scanner.scanned.connect(self.look_up)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.window_note = QLabel(self)
        self.window_note.setWordWrap(True)
        self.table = ReturnLinesTable(self)
        self.table.changed.connect(self._lines_changed)

        self.to_original = QRadioButton(self)
        self.to_credit = QRadioButton(self)
        self.to_original.setChecked(True)
        self.refund_to = QButtonGroup(self)
        self.refund_to.addButton(self.to_original)
        self.refund_to.addButton(self.to_credit)
        self.to_credit.toggled.connect(lambda _on: self._refresh())
        self.customer_label = QLabel(self)
        self.customer_button = QPushButton(self)
        self.customer_button.clicked.connect(self.choose_customer)
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason_label.setBuddy(self.reason)
        self.amount = QLabel(self)
        font = self.amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.amount.setFont(font)

        self.return_button = QPushButton(self)
        self.return_button.setProperty("role", "primary")
        self.return_button.clicked.connect(self.return_ticked)
        self.void_button = QPushButton(self)
        self.void_button.clicked.connect(self.ask_void)
        self.slip_button = QPushButton(self)
        self.slip_button.clicked.connect(self.show_slip)
        self.message = feedback_label(self)

        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scanner, 1)
        refund_row = QHBoxLayout()
        refund_row.addWidget(self.to_original)
        refund_row.addWidget(self.to_credit)
        refund_row.addSpacing(12)
        refund_row.addWidget(self.customer_label, 1)
        refund_row.addWidget(self.customer_button)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.amount, 1)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.window_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(refund_row)
        layout.addLayout(reason_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.scanner.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- finding the receipt -----------------------------------------------------------

    def look_up(self, text: str) -> None:
        self.show_message("")
        self._fetch(text)

    def _fetch(self, text: str) -> None:
        run_in_background(returns.look_up, self._db, self._actor, text,
                          on_done=while_alive(self, self._found),
                          on_error=while_alive(self, self._failed))

    def _found(self, found: ReturnableSale) -> None:
        self.found = found
        self.customer = None
        self.reason.clear()
        self.table.set_record(found.record, open_for_return=found.record.status != "voided")
        self.retranslateUi()
        self.loaded.emit()

    # -- what comes back and what it comes to ------------------------------------------

    def _lines_changed(self) -> None:
        self._refresh()
        lines = self.table.lines()
        self._quote_generation += 1
        generation = self._quote_generation
        if not lines or self.found is None:
            self.amount.setText("")
            self.quoted.emit()
            return
        run_in_background(returns.quote_return, self._db, self._actor, self.found.record.number,
                          lines,
                          on_done=while_alive(self, lambda total: self._quoted(generation, total)),
                          on_error=while_alive(self, self._failed))

    def _quoted(self, generation: int, total) -> None:
        if generation == self._quote_generation:
            self.amount.setText(self.tr("To give back: {amount}").format(
                amount=total.format(i18n.current_locale_name())))
            self.quoted.emit()

    def choose_customer(self) -> None:
        picker = CustomerPicker(self._db, self._actor, self)
        picker.setWindowTitle(self.tr("Whose store credit takes the refund"))
        picker.chosen.connect(self._customer_chosen)
        picker.open()
        self.dialogOpened.emit(picker)

    def _customer_chosen(self, party) -> None:
        self.customer = party
        self._refresh()

    def _customer_id(self) -> int | None:
        return self.customer.id if self.customer is not None else None

    # -- returning and voiding ---------------------------------------------------------

    def return_ticked(self) -> None:
        lines = self.table.lines()
        if self.found is None or not lines:
            return
        self.return_button.setEnabled(False)
        runner = run_with_override(
            self, returns.return_items, self._db, self._actor, self.found.record.number, lines,
            refund_to="credit" if self.to_credit.isChecked() else "original",
            customer_party_id=self._customer_id(), reason=self.reason.text().strip(),
            on_done=while_alive(self, self._refunded),
            on_error=while_alive(self, self._refused))
        runner.asked.connect(self.dialogOpened.emit)

    def ask_void(self) -> None:
        if self.found is None:
            return
        if not self.reason.text().strip():
            self.show_message(self.tr("Type the reason for the void first."), error=True)
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        record = self.found.record
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Void the sale?"),
                          self.tr("Void receipt {number} for {total}? Every item goes back on "
                                  "the shelf and every payment is given back the way it was "
                                  "made.").format(number=record.number,
                                                  total=record.total.format(
                                                      i18n.current_locale_name())),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Void the sale"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._void_confirmed(
            result == QMessageBox.StandardButton.Yes))
        self.confirm = box
        box.open()
        self.dialogOpened.emit(box)

    def _void_confirmed(self, yes: bool) -> None:
        self.confirm = None
        if not yes or self.found is None:
            return
        self.void_button.setEnabled(False)
        runner = run_with_override(
            self, returns.void_sale, self._db, self._actor, self.found.record.number,
            reason=self.reason.text().strip(), on_done=while_alive(self, self._refunded),
            on_error=while_alive(self, self._refused))
        runner.asked.connect(self.dialogOpened.emit)

    def _refunded(self, refund: RefundRecord) -> None:
        self.refund = refund
        locale = i18n.current_locale_name()
        given = "; ".join(f"{tender_name(t.kind)} {t.amount.format(locale)}"
                          + (f" ({t.reference})" if t.reference else "") for t in refund.tenders)
        text = (self.tr("Sale {sale} voided: {amount} given back.") if refund.kind == "void"
                else self.tr("Refund {number}: {amount} given back.")).format(
            sale=refund.sale_number, number=refund.number,
            amount=refund.total.format(locale))
        self.show_message(f"{text} {given}".strip())
        self.refunded.emit(refund)
        self._fetch(refund.sale_number)  # the receipt again, with what is left of it

    def _refused(self, exc: BaseException) -> None:
        self._refresh()
        text = refusal_text(exc)
        self.show_message(text, error=True)
        self.failed.emit(text)

    def _failed(self, exc: BaseException) -> None:
        text = user_message(exc)
        self.show_message(text, error=True)
        self.failed.emit(text)

    def show_slip(self) -> None:
        if self.refund is not None:
            show_refund_slip(self, self._session, self.refund, on_shown=self.dialogOpened.emit,
                             on_error=lambda text: self.show_message(text, error=True))

    # -- showing -----------------------------------------------------------------------

    def _refresh(self) -> None:
        found = self.found
        open_sale = found is not None and found.record.status != "voided"
        self.return_button.setEnabled(open_sale and bool(self.table.lines()))
        self.void_button.setVisible(found is not None and found.voidable)
        self.void_button.setEnabled(found is not None and found.voidable)
        self.slip_button.setEnabled(self.refund is not None)
        credit = self.to_credit.isChecked()
        self.customer_button.setVisible(credit)
        name = (self.customer.name if self.customer is not None
                else found.record.customer_name if found is not None else "")
        self.customer_label.setText(
            (self.tr("Store credit of {name}").format(name=name) if name
             else self.tr("Choose whose store credit takes the refund.")) if credit else "")

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        self.scan_label.setText(self.tr("&Receipt (QR code or number):"))
        self.to_original.setText(self.tr("Give back to the &original payments"))
        self.to_credit.setText(self.tr("Give back as store &credit"))
        self.customer_button.setText(self.tr("C&hoose customer…"))
        self.reason_label.setText(self.tr("R&eason:"))
        self.reason.setPlaceholderText(self.tr("Why the goods come back (needed for a void)"))
        self.return_button.setText(self.tr("&Return ticked items"))
        self.void_button.setText(self.tr("&Void the whole sale (manager)"))
        self.slip_button.setText(self.tr("Refund &slip…"))
        found = self.found
        locale = i18n.current_locale_name()
        if found is None:
            self.heading.setText(self.tr("Scan a receipt to return its goods"))
            self.window_note.setText("")
        else:
            record = found.record
            self.heading.setText(self.tr("Receipt {number} · {date} · {total}").format(
                number=record.number,
                date=record.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                total=record.total.format(locale)))
            if record.status == "voided":
                note = self.tr("This sale was voided; nothing on it can be returned.")
            elif found.within_window:
                note = self.tr("Returnable until {date}.").format(date=record.return_until)
            else:
                note = self.tr("The return window ended on {date}; a manager must authorise "
                               "the return.").format(date=record.return_until)
            if record.refunded:
                note += " " + self.tr("Given back so far: {amount}.").format(
                    amount=record.refunded.format(locale))
            self.window_note.setText(note)
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
