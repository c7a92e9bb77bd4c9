"""How a fee or a lot is paid: cash (with change), a card or a mobile payment with the
terminal's reference, and for a lot (a wholesaler pays by bank) a transfer with its reference."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from pos_app.domain.money import Money
from pos_app.domain.sale import Tender
from ui.widgets import MoneyEdit

KINDS = ("cash", "card", "mobile")


class TenderForm(QWidget):
    """``changed`` on any edit. ``tenders()`` builds the Tender (its own checks raise the
    DomainError to show); the amount follows ``set_due`` until the clerk types one."""

    changed = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None, *,
                 transfer: bool = False) -> None:
        super().__init__(parent)
        self._transfer = transfer
        self._due = Money.zero(currency)
        self._typed = False
        self.kind = QComboBox(self)
        for kind in KINDS + (("transfer",) if transfer else ()):
            self.kind.addItem("", kind)
        self.amount = MoneyEdit(self, currency=currency)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(60)
        self.kind_label, self.amount_label, self.reference_label = QLabel(self), QLabel(self), QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.amount_label.setBuddy(self.amount)
        self.reference_label.setBuddy(self.reference)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.reference_label, self.reference)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.amount.textEdited.connect(lambda _t: self._typed_amount())
        self.amount.valueChanged.connect(lambda _v: self.changed.emit())
        self.reference.textChanged.connect(lambda _t: self.changed.emit())
        self.retranslateUi()
        self._kind_chosen()

    def set_due(self, due: Money) -> None:
        """What is to be paid; shown as the amount until the clerk types another."""
        self._due = due
        if not self._typed:
            self.amount.setValue(due if due.minor else None)

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def reset(self) -> None:
        self._typed = False
        self.reference.clear()
        self.set_kind("cash")
        self.set_due(self._due)

    def _typed_amount(self) -> None:
        self._typed = True

    def _kind_chosen(self) -> None:
        cash = self.kind.currentData() == "cash"
        self.reference.setEnabled(not cash)
        self.reference_label.setEnabled(not cash)
        self.changed.emit()

    def tenders(self) -> list[Tender]:
        """The payment as typed: none when nothing is due and no amount was typed."""
        amount = self.amount.value()
        if amount is None and not self._due.minor:
            return []
        amount = amount if amount is not None else Money.zero(self._due.currency)
        reference = "" if self.kind.currentData() == "cash" else self.reference.text()
        return [Tender(self.kind.currentData(), amount, reference)]

    def retranslateUi(self) -> None:
        names = {"cash": self.tr("Cash"),
                 "card": self.tr("Bank card"), "mobile": self.tr("WeChat Pay or Alipay"),
                 "transfer": self.tr("Bank transfer")}
        for index in range(self.kind.count()):
            self.kind.setItemText(index, names[self.kind.itemData(index)])
        self.kind_label.setText(self.tr("Pa&yment:"))
        self.amount_label.setText(self.tr("&Amount received:"))
        self.reference_label.setText(self.tr("&Reference:"))
        self.reference.setPlaceholderText(
            self.tr("The terminal's or the bank transfer's reference") if self._transfer
            else self.tr("The reference on the terminal's slip or screen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
