"""The shift screen's two dialogs: a paid-in or paid-out (amount and reason), and the blind
count at close, one field per note and coin with the running total and never the amount the
drawer should hold. Each only collects; the screen calls the service and answers back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import denominations
from pos_app.domain.denominations import MAX_COUNT
from pos_app.domain.money import Money
from pos_app.services.shifts import REASON_LENGTH
from ui import i18n
from ui.widgets import MoneyEdit
from ui.widgets.feedback import feedback_label, show_feedback

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CashMoveDialog(QDialog):
    """A paid-in (``kind`` "paid_in") or paid-out ("paid_out"): ``submitted(amount, reason)``
    when the clerk confirms; the screen closes it once the service took it."""

    submitted = Signal(object, str)

    def __init__(self, kind: str, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setModal(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.amount_label = QLabel(self)
        self.amount = MoneyEdit(self, currency=currency)
        self.amount_label.setBuddy(self.amount)
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(REASON_LENGTH)
        self.reason_label.setBuddy(self.reason)
        self.error = feedback_label(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.returnPressed.connect(self.reason.setFocus)
        self.reason.returnPressed.connect(self.submit)
        self.busy = False
        self.retranslateUi()
        self.resize(420, self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:  # the fields say what Enter does; no default button
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        if self.busy:
            return
        amount = self.amount.value()
        if amount is None:
            self.show_error(self.amount.errorMessage() or self.tr("Type the amount of cash."))
            self.amount.setFocus()
            return
        if not self.reason.text().strip():
            self.show_error(self.tr("Say why the cash goes in or out of the drawer."))
            self.reason.setFocus()
            return
        self.show_error("")
        self.busy = True
        self.ok_button.setEnabled(False)
        self.submitted.emit(amount, self.reason.text())

    def show_error(self, text: str) -> None:
        """The service's refusal (or a missing field): the dialog stays open to correct it."""
        self.busy = False
        self.ok_button.setEnabled(True)
        show_feedback(self.error, text, error=bool(text))

    def retranslateUi(self) -> None:
        if self.kind == "paid_in":
            self.setWindowTitle(self.tr("Paid in"))
            self.intro.setText(self.tr("Cash put into the drawer that is not a sale, such as "
                                       "change from the bank."))
        else:
            self.setWindowTitle(self.tr("Paid out"))
            self.intro.setText(self.tr("Cash taken out of the drawer for an expense, such as "
                                       "postage or cleaning supplies."))
        self.amount_label.setText(self.tr("&Amount:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(self.tr("What the cash is for"))
        self.ok_button.setText(self.tr("Paid in") if self.kind == "paid_in" else self.tr("Paid out"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class BlindCountDialog(QDialog):
    """The blind count: how many of each note and coin are in the drawer. Tab or Enter moves
    to the next field (Enter on the last one to the Close button); the running total shows,
    what the drawer should hold does not. ``submitted(counts)`` with {"100.00": 3, …}."""

    submitted = Signal(dict)

    def __init__(self, notes_and_coins: Sequence[Money], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.notes_and_coins = tuple(notes_and_coins)
        currency = self.notes_and_coins[0].currency if self.notes_and_coins else "CNY"
        self._zero = Money.zero(currency)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        self.names: list[QLabel] = []
        self.spins: list[QSpinBox] = []
        self.amounts: list[QLabel] = []
        for row, _money in enumerate(self.notes_and_coins):
            name, spin, amount = QLabel(self), QSpinBox(self), QLabel(self)
            spin.setRange(0, MAX_COUNT)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(lambda _v: self._show_total())
            spin.installEventFilter(self)
            name.setBuddy(spin)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setMinimumWidth(110)
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel("×", self), row, 1)
            grid.addWidget(spin, row, 2)
            grid.addWidget(amount, row, 3)
            self.names.append(name)
            self.spins.append(spin)
            self.amounts.append(amount)
        self.total = QLabel(self)
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total.setFont(font)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = feedback_label(self)
        self.buttons = QDialogButtonBox(self)
        self.close_button = QPushButton(self)
        self.close_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)  # Enter in a field moves on (eventFilter)
        self.busy = False
        self.close_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        for first, second in zip(self.spins, self.spins[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if self.spins:
            QWidget.setTabOrder(self.spins[-1], self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(460, self.sizeHint().height())
        if self.spins:
            self.spins[0].setFocus()
            self.spins[0].selectAll()

    # -- the count ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {denominations.key(d): spin.value()
                for d, spin in zip(self.notes_and_coins, self.spins, strict=True)}

    def counted(self) -> Money:
        return Money.sum((d * spin.value() for d, spin in zip(self.notes_and_coins, self.spins,
                                                              strict=True)),
                         self._zero.currency)

    def set_count(self, counts: dict[str, int]) -> None:
        for d, spin in zip(self.notes_and_coins, self.spins, strict=True):
            spin.setValue(int(counts.get(denominations.label(d), 0)))

    def _show_total(self) -> None:
        locale = i18n.current_locale_name()
        for d, spin, amount in zip(self.notes_and_coins, self.spins, self.amounts, strict=True):
            amount.setText((d * spin.value()).format(locale))
        self.total.setText(self.tr("Counted: {amount}").format(
            amount=self.counted().format(locale)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and watched in self.spins
                and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS):
            index = self.spins.index(watched)
            watched.interpretText()
            if index + 1 < len(self.spins):
                self.spins[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
                self.spins[index + 1].selectAll()
            else:
                self.close_button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:  # only the focused Close button closes the shift
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        if self.busy:
            return
        for spin in self.spins:
            spin.interpretText()
        self.show_error("")
        self.busy = True
        self.close_button.setEnabled(False)
        self.submitted.emit(self.counts())

    def show_error(self, text: str) -> None:
        """The service's refusal: the count stays as typed, to be corrected."""
        self.busy = False
        self.close_button.setEnabled(True)
        show_feedback(self.error, text, error=bool(text))

    # -- language ----------------------------------------------------------------------

    def retranslateUi(self) -> None:
        locale = i18n.current_locale_name()
        self.setWindowTitle(self.tr("Count the drawer"))
        self.intro.setText(self.tr("Count the cash in the drawer, note by note and coin by coin. "
                                   "What the drawer should hold is shown once the count is in."))
        for d, name in zip(self.notes_and_coins, self.names, strict=True):
            name.setText(d.format(locale))
        self.close_button.setText(self.tr("&Close shift"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
