"""Taking the money: the amount due, the payments taken so far, and one row to add the next.

Keyboard first: the panel opens on cash with the amount due typed in and selected, so the
clerk types what the customer handed over and presses Enter. Other ways to pay are one key
each (F5 cash, F7 card, F8 WeChat Pay/Alipay, F9 store credit, F10 gift voucher); card and
mobile payments take the reference the terminal printed, a voucher its code. When the
payments cover the sale, ``paid`` carries them to the screen, which commits the sale.

What is due and the change are worked out with ``pos_app.domain.sale.settle``, the same
arithmetic the service records the sale with (cash rounding included).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import Money
from pos_app.domain.sale import Tender, round_cash, settle
from pos_app.errors import DomainError, NonCashOverpaid, SaleUnderpaid
from ui import i18n
from ui.errors import user_message
from ui.screens.counter.totals_panel import AmountLabel, big_font
from ui.theme import ACCENT_COLOR
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.money_edit import MoneyEdit

TENDER_NAMES: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("Tenders", "Cash"),
    "card": QT_TRANSLATE_NOOP("Tenders", "Bank card"),
    "mobile": QT_TRANSLATE_NOOP("Tenders", "WeChat Pay / Alipay"),
    "transfer": QT_TRANSLATE_NOOP("Tenders", "Bank transfer"),  # lot sales; no key at the till
    "credit": QT_TRANSLATE_NOOP("Tenders", "Store credit"),
    "voucher": QT_TRANSLATE_NOOP("Tenders", "Gift voucher"),
}
TENDER_KEYS: dict[str, str] = {"cash": "F5", "card": "F7", "mobile": "F8", "credit": "F9",
                               "voucher": "F10"}
WITH_REFERENCE = ("card", "mobile", "voucher")
CHOSEN_KIND_STYLE = f"""
QPushButton:checked {{
    background: #d9e9de;
    border: 2px solid {ACCENT_COLOR};
    font-weight: bold;
}}
"""


def tender_name(kind: str) -> str:
    return QCoreApplication.translate("Tenders", TENDER_NAMES.get(kind, kind))


class PaymentPanel(QFrame):
    """``paid(list[Tender])`` once the payments cover what is due; ``cancelled`` on Escape;
    ``customerNeeded`` when store credit is chosen with no customer on the sale."""

    paid = Signal(object)
    cancelled = Signal()
    customerNeeded = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(CHOSEN_KIND_STYLE)
        self._currency = currency
        self.total: Money | None = None  # what the sale comes to; None while it is priced
        self.step: Money | None = None  # the store's cash rounding
        self.tenders: list[Tender] = []
        self.kind = "cash"
        self.has_customer = False
        self.voucher = False  # selling a gift voucher rather than the basket
        self._typed = False  # the clerk typed an amount: a late total does not overwrite it
        self._settle_when_priced = False
        self._busy = False

        self.heading = QLabel(self)
        self.heading.setFont(big_font(self.heading, 13))
        self.due_label, self.due = QLabel(self), AmountLabel(22, self)
        self.taken = QListWidget(self)
        self.taken.setMaximumHeight(84)
        self.remaining_label, self.remaining = QLabel(self), AmountLabel(18, self)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QPushButton] = {}
        kinds = QGridLayout()
        for index, kind in enumerate(TENDER_KEYS):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes amount → reference
            button.clicked.connect(lambda _c=False, k=kind: self.choose_kind(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button, index // 2, index % 2)
            shortcut = QShortcut(QKeySequence(TENDER_KEYS[kind]), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.choose_kind(k))

        self.amount_label = QLabel(self)
        self.amount = MoneyEdit(self, currency=currency)
        self.amount.setFont(big_font(self.amount, 18))
        self.amount_label.setBuddy(self.amount)
        self.amount.textEdited.connect(self._amount_typed)
        self.amount.returnPressed.connect(self._amount_entered)
        self.reference_label = QLabel(self)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(60)
        self.reference_label.setBuddy(self.reference)
        self.reference.returnPressed.connect(self.add_payment)
        self.error = feedback_label(self)
        self.add_button = QPushButton(self)
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_payment)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancelled.emit)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.taken)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

        due_row = QHBoxLayout()
        due_row.addWidget(self.due_label)
        due_row.addWidget(self.due, 1)
        remaining_row = QHBoxLayout()
        remaining_row.addWidget(self.remaining_label)
        remaining_row.addWidget(self.remaining, 1)
        form = QVBoxLayout()
        form.setSpacing(2)
        for widget in (self.amount_label, self.amount, self.reference_label, self.reference):
            form.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(due_row)
        layout.addWidget(self.taken)
        layout.addLayout(remaining_row)
        layout.addLayout(kinds)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslateUi()

    # -- the flow ----------------------------------------------------------------------

    def start(self, total: Money | None, step: Money | None, *, has_customer: bool,
              voucher: bool = False) -> None:
        """A fresh payment of `total` (None: still being priced; it follows with set_total)."""
        self.voucher = voucher
        self.heading.setText(self.tr("Payment for a gift voucher") if voucher
                             else self.tr("Payment"))
        self.tenders = []
        self.step = step
        self.has_customer = has_customer
        self._typed = False
        self._settle_when_priced = False
        self.set_busy(False)
        self.show_error("")
        self.total = total
        self.choose_kind("cash")

    def set_total(self, total: Money | None) -> None:
        self.total = total
        self._refresh()
        if total is not None and not self._typed:
            self._prefill()
        if total is not None and self._settle_when_priced:
            self._settle_when_priced = False
            self._check_paid()

    def choose_kind(self, kind: str) -> None:
        if self._busy:
            return
        if kind == "credit" and not self.has_customer:
            self.show_error(self.tr("Store credit needs the customer: choose them with F6 first."))
            self.customerNeeded.emit()
            kind = self.kind if self.kind != "credit" else "cash"
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        self.reference.clear()
        self._typed = False
        self._refresh()
        self._prefill()

    def _amount_typed(self, _text: str) -> None:
        self._typed = True

    def _amount_entered(self) -> None:
        if self.kind in WITH_REFERENCE and not self.reference.text().strip():
            self.reference.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.add_payment()

    def add_payment(self) -> None:
        """The row as typed becomes a payment; the sale is paid for once they cover it."""
        if self._busy:
            return
        amount = self.amount.value()
        if amount is None:
            self.show_error(self.amount.errorMessage() or self.tr("Enter the amount taken."))
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.kind == "voucher" and not self.reference.text().strip():
            self.show_error(self.tr("Enter the gift voucher's code."))
            self.reference.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            tender = Tender(self.kind, amount, self.reference.text())
        except DomainError as exc:
            self.show_error(user_message(exc))
            return
        self.show_error("")
        self.tenders.append(tender)
        self._typed = False
        self._check_paid()

    def _check_paid(self) -> None:
        if self.total is None:  # typed before the price arrived: settled when it does
            self._settle_when_priced = True
            self._refresh()
            return
        try:
            settle(self.total, self.tenders, cash_rounding=self.step,
                   locale=i18n.current_locale_name())
        except SaleUnderpaid:
            self.kind = "cash"
            self.kind_buttons["cash"].setChecked(True)
            self.reference.clear()
            self._refresh()
            self._prefill()
            return
        except NonCashOverpaid as exc:
            self.tenders.pop()
            self.show_error(user_message(exc))
            self._refresh()
            self._prefill()
            return
        self._refresh()
        self.paid.emit(list(self.tenders))

    def take_back_last(self, message: str) -> None:
        """The sale was refused: the payment that completed it is taken off the list again."""
        if self.tenders:
            self.tenders.pop()
        self.set_busy(False)
        self.show_error(message)
        self._refresh()
        self._prefill()

    def remove_selected(self) -> None:
        row = self.taken.currentRow()
        if not self._busy and 0 <= row < len(self.tenders):
            self.tenders.pop(row)
            self._refresh()
            self._prefill()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.amount, self.reference, self.add_button, *self.kind_buttons.values()):
            widget.setEnabled(not busy)

    # -- what is due -------------------------------------------------------------------

    def due_now(self) -> Money | None:
        """What the sale costs paid the way it is being paid: a cash-only sale is rounded."""
        if self.total is None:
            return None
        cash_only = self.kind == "cash" and all(t.kind == "cash" for t in self.tenders)
        return round_cash(self.total, self.step) if self.step and cash_only else self.total

    def still_due(self) -> Money | None:
        due = self.due_now()
        if due is None:
            return None
        left = due - Money.sum((t.amount for t in self.tenders), self._currency)
        return left if left.minor > 0 else Money.zero(self._currency)

    def _prefill(self) -> None:
        left = self.still_due()
        if left is None or self._typed:
            return
        self.amount.setValue(left)
        self.amount.selectAll()
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        show_feedback(self.error, text, error=True)

    def error_text(self) -> str:
        return self.error.text()

    def _refresh(self) -> None:
        locale = i18n.current_locale_name()
        due = self.due_now()
        self.due.setText("…" if due is None else due.format(locale))
        left = self.still_due()
        self.remaining.setText("…" if left is None else left.format(locale))
        self.taken.clear()
        for tender in self.tenders:
            text = f"{tender_name(tender.kind)}  {tender.amount.format(locale)}"
            self.taken.addItem(f"{text}  ({tender.reference})" if tender.reference else text)
        self.taken.setVisible(bool(self.tenders))
        needs_reference = self.kind in WITH_REFERENCE
        self.reference.setVisible(needs_reference)
        self.reference_label.setVisible(needs_reference)
        self.reference_label.setText(self.tr("Voucher &code:") if self.kind == "voucher"
                                     else self.tr("&Reference:"))
        self.reference.setPlaceholderText(
            self.tr("The code printed on the voucher") if self.kind == "voucher"
            else self.tr("The transaction number on the terminal's slip"))
        self.amount_label.setText(self.tr("Cash &received:") if self.kind == "cash"
                                  else self.tr("&Amount:"))

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("Payment for a gift voucher") if self.voucher
                             else self.tr("Payment"))
        self.due_label.setText(self.tr("Due"))
        self.remaining_label.setText(self.tr("Still due"))
        for kind, button in self.kind_buttons.items():
            button.setText(f"{tender_name(kind)}\n{TENDER_KEYS[kind]}")
        self.add_button.setText(self.tr("Take payment (Enter)"))
        self.cancel_button.setText(self.tr("Back (Esc)"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
