"""Checking a rental in: the late fee worked out from the due date, the damage fee and what it
is for, where the item goes, and the deposit given back less both; fees beyond the deposit
are paid here before the item is taken back."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.item_states import ItemState
from pos_app.errors import DomainError
from pos_app.services import rentals
from pos_app.services.rentals import CheckedIn, CheckInQuote, RentalView
from ui import i18n
from ui.errors import user_message
from ui.screens.deals.tender_form import TenderForm
from ui.session import Session, while_alive
from ui.widgets import MoneyEdit
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.manager_pin_dialog import refusal_text, run_with_override
from ui.workers import run_in_background

GOES_TO: dict[ItemState, str] = {
    ItemState.ON_SHELF: QT_TRANSLATE_NOOP("Rentals", "Back on the shelf"),
    ItemState.GRADED: QT_TRANSLATE_NOOP("Rentals", "To grading (inspect and price again)"),
    ItemState.WRITTEN_OFF: QT_TRANSLATE_NOOP("Rentals", "Write off (manager)"),
}


class CheckInDialog(QDialog):
    """``checkedIn(CheckedIn)`` once the rental is closed; ``quoted`` after each new quote;
    ``dialogOpened`` for the manager's PIN."""

    checkedIn = Signal(object)
    quoted = Signal()
    failed = Signal(str)
    dialogOpened = Signal(object)

    def __init__(self, session: Session, rental: RentalView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._session = session
        self._db, self._actor = session.db, session.actor
        self.rental = rental
        self.quote: CheckInQuote | None = None
        self._generation = 0
        self._quoting = False  # a fee quote on its way: checking in waits for it

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.damage_label = QLabel(self)
        self.damage = MoneyEdit(self, currency=session.store.currency)
        self.damage_label.setBuddy(self.damage)
        self.damage.valueChanged.connect(lambda _v: self.requote())
        self.notes_label = QLabel(self)
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(500)
        self.notes_label.setBuddy(self.notes)
        self.goes_to_label = QLabel(self)
        self.goes_to = QComboBox(self)
        for state in GOES_TO:
            self.goes_to.addItem("", state)
        self.goes_to_label.setBuddy(self.goes_to)
        self.to_original = QRadioButton(self)
        self.to_credit = QRadioButton(self)
        self.to_original.setChecked(True)
        self.refund_to = QButtonGroup(self)
        self.refund_to.addButton(self.to_original)
        self.refund_to.addButton(self.to_credit)
        self.sums = QLabel(self)
        self.sums.setWordWrap(True)
        font = self.sums.font()
        font.setBold(True)
        self.sums.setFont(font)
        self.tender = TenderForm(session.store.currency, self)
        self.tender.hide()
        self.message = feedback_label(self)
        self.ok_button = QPushButton(self)
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.check_in)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        refund_row = QHBoxLayout()
        refund_row.addWidget(self.to_original)
        refund_row.addWidget(self.to_credit)
        form = QFormLayout()
        form.addRow(self.damage_label, self.damage)
        form.addRow(self.notes_label, self.notes)
        form.addRow(self.goes_to_label, self.goes_to)
        form.addRow("", refund_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.sums)
        layout.addWidget(self.tender)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.resize(520, self.sizeHint().height())
        self.requote()

    def requote(self) -> None:
        self._quoting = True
        self._generation += 1
        generation = self._generation
        fee = self.damage.value()
        run_in_background(rentals.quote_check_in, self._db, self._actor, self.rental.id, fee,
                          on_done=while_alive(self, lambda q: self._quoted(generation, q)),
                          on_error=while_alive(self, self._failed))

    def _quoted(self, generation: int, quote: CheckInQuote) -> None:
        if generation != self._generation:
            return
        self._quoting = False
        self.quote = quote
        self.tender.setVisible(quote.due.minor > 0)
        self.tender.set_due(quote.due)
        self.retranslateUi()
        self.quoted.emit()

    def check_in(self) -> None:
        if self.damage.text().strip() and self.damage.value() is None:
            self.show_message(self.damage.errorMessage(), error=True)
            return
        try:
            if self.quote is None or self._quoting:
                self.show_message(self.tr("Wait for the fees to be worked out, then check in."),
                                  error=True)
                return
            tenders = self.tender.tenders() if self.quote.due.minor > 0 else []
        except DomainError as exc:
            self._failed(exc)
            return
        self.ok_button.setEnabled(False)
        runner = run_with_override(
            self, rentals.check_in, self._db, self._actor, self.rental.id,
            damage_fee=self.damage.value(), damage_notes=self.notes.text(),
            to_state=self.goes_to.currentData(),
            refund_to="credit" if self.to_credit.isChecked() else "original",
            fee_tenders=tenders, on_done=while_alive(self, self._done),
            on_error=while_alive(self, self._refused))
        runner.asked.connect(self.dialogOpened.emit)

    def _done(self, done: CheckedIn) -> None:
        self.checkedIn.emit(done)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        text = refusal_text(exc)
        self.show_message(text, error=True)
        self.failed.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        text = user_message(exc)
        self.show_message(text, error=True)
        self.failed.emit(text)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def retranslateUi(self) -> None:
        locale = i18n.current_locale_name()
        r = self.rental
        self.setWindowTitle(self.tr("Check in {item}").format(item=r.item_code))
        self.summary.setText(self.tr("{item} rented by {customer}, out {out}, due {due}; "
                                     "deposit {deposit}.").format(
            item=r.description, customer=r.customer,
            out=r.out_at.astimezone().strftime("%Y-%m-%d"),
            due=r.due_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            deposit=r.deposit.format(locale)))
        self.damage_label.setText(self.tr("&Damage fee:"))
        self.notes_label.setText(self.tr("What is &damaged:"))
        self.goes_to_label.setText(self.tr("The item &goes:"))
        for index in range(self.goes_to.count()):
            self.goes_to.setItemText(index, QCoreApplication.translate(
                "Rentals", GOES_TO[self.goes_to.itemData(index)]))
        self.to_original.setText(self.tr("Deposit back to the &original payment"))
        self.to_credit.setText(self.tr("Deposit back as store &credit"))
        q = self.quote
        if q is None:
            self.sums.setText(self.tr("Working out the fees…"))
        else:
            late = (self.tr("%n day(s) late: late fee {fee}.", "", q.days_late).format(
                fee=q.late_fee.format(locale)) if q.days_late else self.tr("Back on time."))
            back = (self.tr("Still due beyond the deposit: {due}.").format(
                due=q.due.format(locale)) if q.due.minor
                else self.tr("Deposit to give back: {refund}.").format(
                    refund=q.refund.format(locale)))
            self.sums.setText(f"{late} {back}")
        self.ok_button.setText(self.tr("Check &in"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
