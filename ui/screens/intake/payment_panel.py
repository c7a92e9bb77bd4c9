"""How a buy-back seller is paid: cash from this counter's drawer (which needs an open shift;
one can be opened here with its float), a bank transfer with its reference, or store credit
with an optional bonus. The amounts shown come from the services; the service decides."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import Money
from pos_app.domain.roles import Actor
from pos_app.services import intake, shifts
from pos_app.services.shifts import ShiftView
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.session import while_alive
from ui.theme import repolish
from ui.widgets import MoneyEdit
from ui.workers import run_in_background

METHODS = ("cash", "transfer", "credit")


def drawer_state(db: StoreDB, counter_id: int | None) -> tuple[ShiftView | None, Money | None]:
    """The counter's open shift and what its drawer holds (None, None without one)."""
    if counter_id is None:
        return None, None
    shift = shifts.current_shift(db, counter_id)
    return shift, (shifts.drawer_balance(db, shift.id) if shift else None)


class PaymentPanel(QGroupBox):
    """``drawerChecked`` after the drawer's state was read."""

    drawerChecked = Signal()

    def __init__(self, db: StoreDB, actor: Actor, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._currency = currency
        self.total = Money.zero(currency)
        self.shift: ShiftView | None = None
        self.balance: Money | None = None

        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        for method in METHODS:
            button = QRadioButton(self)
            self.buttons[method] = button
            self.group.addButton(button)
            button.toggled.connect(lambda on: on and self._method_chosen())
            row.addWidget(button)
        row.addStretch(1)

        self.drawer = QLabel(self)
        self.drawer.setWordWrap(True)
        self.float_label = QLabel(self)
        self.opening_float = MoneyEdit(self, currency=currency)
        self.float_label.setBuddy(self.opening_float)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_shift)
        open_row = QHBoxLayout()
        open_row.addWidget(self.float_label)
        open_row.addWidget(self.opening_float, 1)
        open_row.addWidget(self.open_button)
        self.open_row = QWidget(self)
        self.open_row.setLayout(open_row)
        open_row.setContentsMargins(0, 0, 0, 0)

        self.reference = QLineEdit(self)
        self.reference.setMaxLength(80)
        self.reference_label = QLabel(self)
        self.reference_label.setBuddy(self.reference)
        self.bonus = QDoubleSpinBox(self)
        self.bonus.setRange(0, 50)
        self.bonus.setDecimals(2)
        self.bonus.setSuffix(" %")
        self.bonus.valueChanged.connect(lambda _v: self._show_credit())
        self.bonus_label = QLabel(self)
        self.bonus_label.setBuddy(self.bonus)
        self.credit = QLabel(self)
        self.form = QFormLayout()
        self.form.addRow(self.reference_label, self.reference)
        self.form.addRow(self.bonus_label, self.bonus)
        self.form.addRow("", self.credit)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.drawer)
        layout.addWidget(self.open_row)
        layout.addLayout(self.form)
        self.retranslateUi()
        self.buttons["cash"].setChecked(True)
        self._method_chosen()

    # -- the method ------------------------------------------------------------------------

    def method(self) -> str:
        return next((m for m, b in self.buttons.items() if b.isChecked()), "cash")

    def set_default_bonus(self, percent: object) -> None:
        self.bonus.setValue(float(Decimal(str(percent))))

    def set_total(self, total: Money) -> None:
        self.total = total
        self._show_credit()
        self._show_drawer()

    def arguments(self) -> dict:
        """complete_intake's payment arguments."""
        method = self.method()
        args: dict = {"payment_method": method}
        if method == "transfer":
            args["payment_ref"] = self.reference.text().strip()
        if method == "credit":
            args["credit_bonus_percent"] = Decimal(str(round(self.bonus.value(), 2)))
        return args

    def _method_chosen(self) -> None:
        method = self.method()
        self.form.setRowVisible(self.reference, method == "transfer")
        self.form.setRowVisible(self.bonus, method == "credit")
        self.form.setRowVisible(self.credit, method == "credit")
        self.drawer.setVisible(method == "cash")
        if method == "cash":
            self.check_drawer()
        else:
            self.open_row.hide()

    def _show_credit(self) -> None:
        bonus_bp = round(self.bonus.value() * 100)
        given = intake.with_bonus(self.total, bonus_bp)
        self.credit.setText(self.tr("Store credit given: {amount}").format(
            amount=given.format(i18n.current_locale_name())))

    # -- the drawer ------------------------------------------------------------------------

    def check_drawer(self) -> None:
        run_in_background(drawer_state, self._db, self._actor.counter_id,
                          on_done=while_alive(self, self._drawer_read),
                          on_error=while_alive(self, lambda exc: self._show_problem(
                              user_message(exc))))

    def _drawer_read(self, state: tuple[ShiftView | None, Money | None]) -> None:
        self.shift, self.balance = state
        self._show_drawer()
        self.drawerChecked.emit()

    def _show_drawer(self) -> None:
        if self.method() != "cash":
            return
        locale = i18n.current_locale_name()
        error = False
        if self.shift is None:
            text = self.tr("This counter has no open shift, so no cash can be paid out. Open one "
                           "with the float in the drawer, or pay by transfer or store credit.")
            error = True
        elif self.balance is not None and self.balance.minor < self.total.minor:
            text = self.tr("The drawer holds {held}, not enough to pay out {amount}.").format(
                held=self.balance.format(locale), amount=self.total.format(locale))
            error = True
        else:
            text = self.tr("The drawer holds {held}.").format(
                held=self.balance.format(locale) if self.balance else "—")
        self.drawer.setText(text)
        self.drawer.setProperty("role", "error" if error else "")
        repolish(self.drawer)
        self.open_row.setVisible(self.shift is None)

    def open_shift(self) -> None:
        amount = self.opening_float.value() or Money.zero(self._currency)
        run_in_background(shifts.open_shift, self._db, self._actor, amount,
                          on_done=while_alive(self, lambda _s: self.check_drawer()),
                          on_error=while_alive(self, lambda exc: self._show_problem(
                              user_message(exc))))

    def _show_problem(self, text: str) -> None:
        self.drawer.setVisible(True)
        self.drawer.setText(text)
        self.drawer.setProperty("role", "error")
        repolish(self.drawer)

    def drawer_text(self) -> str:
        return self.drawer.text()

    # -- language --------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Payment"))
        self.buttons["cash"].setText(self.tr("Ca&sh"))
        self.buttons["transfer"].setText(self.tr("Bank &transfer"))
        self.buttons["credit"].setText(self.tr("Store cre&dit"))
        self.float_label.setText(self.tr("&Float:"))
        self.open_button.setText(self.tr("Open s&hift"))
        self.reference_label.setText(self.tr("Transfer &reference:"))
        self.bonus_label.setText(self.tr("Credit &bonus:"))
        self._show_credit()
        self._show_drawer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
