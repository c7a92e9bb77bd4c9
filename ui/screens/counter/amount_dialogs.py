"""Small keyboard dialogs of the till that ask for one amount: a discount (by percent or by
amount, for a line or the whole sale) and the value of a gift voucher being sold.

Both open with ``open()`` (never a blocking ``exec``) and answer with ``chosen``; what the
clerk typed is checked by the domain's own types, and a refusal keeps the dialog open."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import Money, parse_money
from pos_app.domain.sale import Discount
from pos_app.errors import DomainError
from ui import i18n
from ui.errors import user_message
from ui.screens.counter.basket_model import percent_text
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.money_edit import MoneyEdit


class DiscountDialog(QDialog):
    """``chosen(Discount | None)``: None takes the discount off. "10" or "10%" is a percent
    (the default); with Amount chosen, "50" is ¥50."""

    chosen = Signal(object)

    def __init__(self, what: str, current: Discount | None, currency: str,
                 limit: Decimal | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._currency = currency
        self._limit = limit
        self.what = QLabel(what, self)
        self.what.setWordWrap(True)
        self.percent = QRadioButton(self)
        self.amount = QRadioButton(self)
        self.value = QLineEdit(self)
        self.value_label = QLabel(self)
        self.value_label.setBuddy(self.value)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = feedback_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        kinds = QHBoxLayout()
        kinds.addWidget(self.percent)
        kinds.addWidget(self.amount)
        kinds.addStretch(1)
        form = QFormLayout()
        form.addRow(self.value_label, self.value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(kinds)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if current is not None and current.kind == "amount":
            self.amount.setChecked(True)
            self.value.setText(current.value.format(i18n.current_locale_name()))  # type: ignore[union-attr]
        else:
            self.percent.setChecked(True)
            if current is not None:
                self.value.setText(percent_text(current.value))  # type: ignore[arg-type]
        self.value.selectAll()
        self.value.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslateUi()
        self.resize(380, self.sizeHint().height())

    def discount(self) -> Discount | None:
        """What was typed as a Discount (None for nothing or 0); a DomainError if it is not one."""
        text = self.value.text().strip()
        as_percent = self.percent.isChecked() or text.endswith("%")
        text = text.rstrip("%").strip()
        if not text:
            return None
        if as_percent:
            try:
                value = Decimal(text.replace(",", "."))
            except InvalidOperation:
                raise _NotAPercent(self.tr("Enter a percent such as 10 or 12.5.")) from None
            if not value.is_finite():
                raise _NotAPercent(self.tr("Enter a percent such as 10 or 12.5."))
            return Discount("percent", value) if value else None
        money = parse_money(text, self._currency, i18n.current_locale_name())
        return Discount("amount", money) if money.minor else None

    def submit(self) -> None:
        try:
            discount = self.discount()
        except _NotAPercent as exc:
            show_feedback(self.error, str(exc), error=True)
            return
        except DomainError as exc:
            show_feedback(self.error, user_message(exc), error=True)
            return
        self.chosen.emit(discount)
        self.accept()

    def error_text(self) -> str:
        return self.error.text()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Discount"))
        self.percent.setText(self.tr("&Percent"))
        self.amount.setText(self.tr("&Amount"))
        self.value_label.setText(self.tr("&Discount:"))
        self.value.setPlaceholderText(self.tr("10 for 10%; empty for no discount"))
        self.hint.setText(self.tr("Your limit is {limit}%; more needs a manager's PIN at payment.")
                          .format(limit=percent_text(self._limit))
                          if self._limit is not None else "")
        self.hint.setVisible(self._limit is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class _NotAPercent(Exception):
    """What was typed is not a number; the message is already in the clerk's language."""


class VoucherDialog(QDialog):
    """``chosen(Money)``: the value of the gift voucher to sell, paid at the payment panel."""

    chosen = Signal(object)

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.amount = MoneyEdit(self, currency=currency)
        self.amount_label = QLabel(self)
        self.amount_label.setBuddy(self.amount)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = feedback_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.amount_label, self.amount)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslateUi()
        self.resize(380, self.sizeHint().height())

    def submit(self) -> None:
        value: Money | None = self.amount.value()
        if value is None or value.minor <= 0:
            show_feedback(self.error, self.amount.errorMessage()
                          or self.tr("Enter what the voucher is worth."), error=True)
            return
        self.chosen.emit(value)
        self.accept()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Sell a gift voucher"))
        self.note.setText(self.tr("The voucher is paid for like a sale; its code is shown and "
                                  "printed on the receipt."))
        self.amount_label.setText(self.tr("&Value:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("To payment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
