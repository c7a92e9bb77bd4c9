"""Renting an item out: the lease item scanned, the customer chosen (or added with a name and a
phone), the number of periods, and the rent and deposit paid by cash, card or mobile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_app.errors import DomainError
from pos_app.services import parties, rentals
from pos_app.services.rentals import RentedOut, RentQuote
from ui import i18n
from ui.errors import user_message
from ui.screens.counter.customer_picker import CustomerPicker
from ui.screens.deals.tender_form import TenderForm
from ui.session import Session, while_alive
from ui.widgets import ScannerInput
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background


def when(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class NewCustomerDialog(QDialog):
    """A renter met for the first time: a name and a phone to call when the rental is late."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.name_label, self.phone_label = QLabel(self), QLabel(self)
        self.name_label.setBuddy(self.name)
        self.phone_label.setBuddy(self.phone)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.phone_label, self.phone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New customer"))
        self.name_label.setText(self.tr("&Name:"))
        self.phone_label.setText(self.tr("&Phone:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class RentOutPanel(QGroupBox):
    """``rentedOut(RentedOut)`` after a rental was written; ``dialogOpened(QDialog)`` for the
    customer's dialogs."""

    rentedOut = Signal(object)
    quoted = Signal()
    failed = Signal(str)
    dialogOpened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db, self._actor = session.db, session.actor
        self.quote: RentQuote | None = None
        self.code = ""
        self.customer = None  # the PartyView renting

        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.item_scanned)
        self.item_label = QLabel(self)
        self.item_label.setBuddy(self.scanner)
        self.item = QLabel(self)
        self.item.setWordWrap(True)
        self.customer_label = QLabel(self)
        self.customer_name = QLabel(self)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_customer)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_customer)
        self.periods_label = QLabel(self)
        self.periods = QSpinBox(self)
        self.periods.setRange(1, 366)
        self.periods_label.setBuddy(self.periods)
        self.periods.valueChanged.connect(lambda _v: self._requote())
        self.terms = QLabel(self)
        self.terms.setWordWrap(True)
        self.tender = TenderForm(session.store.currency, self)
        self.message = feedback_label(self)
        self.rent_button = QPushButton(self)
        self.rent_button.setProperty("role", "primary")
        self.rent_button.clicked.connect(self.rent_out)

        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_name, 1)
        customer_row.addWidget(self.choose_button)
        customer_row.addWidget(self.new_button)
        form = QFormLayout()
        form.addRow(self.item_label, self.scanner)
        form.addRow("", self.item)
        form.addRow(self.customer_label, customer_row)
        form.addRow(self.periods_label, self.periods)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.terms)
        layout.addWidget(self.tender)
        layout.addWidget(self.message)
        layout.addWidget(self.rent_button)
        layout.addStretch(1)
        self.retranslateUi()

    # -- the item and what it comes to ---------------------------------------------------

    def item_scanned(self, code: str) -> None:
        self.code = code
        self.show_message("")
        self._requote()

    def _requote(self) -> None:
        if not self.code:
            return
        code, periods = self.code, self.periods.value()

        def arrived(quote: RentQuote) -> None:  # an answer overtaken by a newer ask is dropped
            if (code, periods) == (self.code, self.periods.value()):
                self._quoted(quote)

        run_in_background(rentals.quote_rent_out, self._db, self._actor, code, periods,
                          on_done=while_alive(self, arrived),
                          on_error=while_alive(self, self._quote_failed))

    def _quoted(self, quote: RentQuote) -> None:
        self.quote = quote
        self.tender.reset()
        self.tender.set_due(quote.total)
        self.retranslateUi()
        self.quoted.emit()

    def _quote_failed(self, exc: BaseException) -> None:
        self.quote, self.code = None, ""
        self.retranslateUi()
        self._failed(exc)

    # -- the customer --------------------------------------------------------------------

    def choose_customer(self) -> None:
        picker = CustomerPicker(self._db, self._actor, self)
        picker.setWindowTitle(self.tr("Who rents the item"))
        picker.chosen.connect(self._customer_chosen)
        picker.open()
        self.dialogOpened.emit(picker)

    def new_customer(self) -> None:
        dialog = NewCustomerDialog(self)
        dialog.accepted.connect(lambda: run_in_background(
            parties.add_party, self._db, self._actor, dialog.name.text(),
            phone=dialog.phone.text() or None, is_renter=True,
            on_done=while_alive(self, self._customer_chosen),
            on_error=while_alive(self, self._failed)))
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _customer_chosen(self, party) -> None:
        self.customer = party
        self.retranslateUi()

    # -- renting out ---------------------------------------------------------------------

    def rent_out(self) -> None:
        if self.quote is None:
            self.show_message(self.tr("Scan the item to rent out first."), error=True)
            return
        if self.customer is None:
            self.show_message(self.tr("Choose the customer who rents the item."), error=True)
            return
        try:
            tenders = self.tender.tenders()
        except DomainError as exc:
            self._failed(exc)
            return
        self.rent_button.setEnabled(False)
        run_in_background(rentals.rent_out, self._db, self._actor, self.quote.item_code,
                          self.customer.id, self.quote.periods, tenders,  # as priced
                          on_done=while_alive(self, self._rented),
                          on_error=while_alive(self, self._failed))

    def _rented(self, out: RentedOut) -> None:
        locale = i18n.current_locale_name()
        self.quote, self.code, self.customer = None, "", None
        self.periods.setValue(1)
        self.tender.reset()
        self.retranslateUi()
        self.show_message(self.tr("{item} rented out on receipt {number}, due back {due}. "
                                  "Change: {change}.").format(
            item=out.rental.description, number=out.sale.number, due=when(out.rental.due_at),
            change=out.sale.change.format(locale)))
        self.rentedOut.emit(out)

    def _failed(self, exc: BaseException) -> None:
        self.rent_button.setEnabled(True)
        text = user_message(exc)
        self.show_message(text, error=True)
        self.failed.emit(text)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        locale = i18n.current_locale_name()
        self.setTitle(self.tr("Rent out"))
        self.item_label.setText(self.tr("&Item:"))
        self.customer_label.setText(self.tr("Customer:"))
        self.periods_label.setText(self.tr("&Periods:"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.new_button.setText(self.tr("&New…"))
        self.rent_button.setText(self.tr("Rent &out and take payment"))
        self.rent_button.setEnabled(self.quote is not None)
        self.customer_name.setText(self.customer.name if self.customer is not None
                                   else self.tr("No customer chosen"))
        quote = self.quote
        self.item.setText(f"{quote.item_code} · {quote.description}" if quote
                          else self.tr("Scan a rental item"))
        self.terms.setText(self.tr(
            "{rent} per {days} day(s) × {periods} + deposit {deposit} = {total}; due back "
            "{due}.").format(rent=quote.rent_per_period.format(locale), days=quote.period_days,
                            periods=quote.periods, deposit=quote.deposit.format(locale),
                            total=quote.total.format(locale), due=when(quote.due_at))
            if quote else "")
        self.terms.setVisible(quote is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
