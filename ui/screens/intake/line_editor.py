"""The items of a drop-off: a form for one line and the table of the lines so far.

The IMEI or serial field takes a scanner (it types and presses Enter): the number is read by
the domain's rules for the chosen category, then checked against the stolen-device list and
the store's records. A buy-back quote comes from pricing.quote with the suggestion's reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import devices as device_rules
from pos_app.domain.grading import GRADE_ORDER
from pos_app.domain.money import Money
from pos_app.errors import DomainError
from pos_app.services import devices, pricing
from pos_app.services.catalog import CategoryView
from pos_app.services.devices import DeviceCheck
from pos_app.services.intake import IntakeLineView
from pos_app.services.pricing import Suggestion
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.pricing_terms import reason_text
from ui.session import while_alive
from ui.terms import state_name
from ui.theme import repolish
from ui.widgets import MoneyEdit
from ui.workers import run_in_background

BUY_BACK, CONSIGNMENT, LEASE_STOCK, MATCHMAKING = ("buy_back", "consignment", "lease_stock",
                                                    "matchmaking")
POS, CATEGORY, ITEM, SERIAL, AMOUNT, EXTRA = range(6)


@dataclass(frozen=True)
class Quote:
    amount: Money
    suggestion: Suggestion


def get_quote(db: StoreDB, category: str, brand: str, model: str, grade: str) -> Quote:
    """The buy-back offer and the resale suggestion it comes from (NoSuggestion if none)."""
    amount = pricing.quote(db, category=category, brand=brand, model=model, grade=grade)
    suggestion = pricing.suggest_price(db, category=category, brand=brand, model=model,
                                       grade=grade)
    return Quote(amount, suggestion)


def category_label(category: CategoryView) -> str:
    name = category.name_zh if i18n.current_language() == "zh_CN" and category.name_zh \
        else category.name
    depth = category.code.count(".")
    return "    " * depth + name


def _when(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


class LineEditor(QGroupBox):
    """``submitted(fields, line_id | None)`` when Add (None) or Update is pressed;
    ``removeRequested(line_id)``; ``deviceChecked`` after a device check was shown."""

    submitted = Signal(dict, object)
    removeRequested = Signal(int)
    deviceChecked = Signal()
    quoted = Signal()

    def __init__(self, db: StoreDB, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._currency = currency
        self.kind = BUY_BACK
        self.categories: list[CategoryView] = []
        self.lines: tuple[IntakeLineView, ...] = ()
        self.editing: int | None = None  # the line id being changed
        self.check: DeviceCheck | None = None
        self.allow: dict[str, str] = {}  # device seen before -> the reason to take it in again
        self.limit: Money | None = None

        self.category = QComboBox(self)
        self.category.currentIndexChanged.connect(lambda _i: self.check_serial())
        self.brand = QLineEdit(self)
        self.brand.setMaxLength(80)
        self.model = QLineEdit(self)
        self.model.setMaxLength(120)
        self.serial = QLineEdit(self)
        self.serial.setMaxLength(40)
        self.serial.setPlaceholderText("")
        self.serial.returnPressed.connect(self._serial_entered)
        self.serial.editingFinished.connect(self.check_serial)
        self.device = QLabel(self)
        self.device.setWordWrap(True)
        self.allow_reason = QLineEdit(self)
        self.allow_reason.setMaxLength(200)
        self.allow_reason.textChanged.connect(self._allow_changed)
        self.grade = QComboBox(self)
        for grade in GRADE_ORDER:
            self.grade.addItem(grade, grade)
        self.grade.setCurrentIndex(GRADE_ORDER.index("B"))
        self.quote_button = QPushButton(self)
        self.quote_button.clicked.connect(self.ask_quote)
        self.quote_reason = QLabel(self)
        self.quote_reason.setWordWrap(True)
        self.amount = MoneyEdit(self, currency=currency)
        self.amount.valueChanged.connect(lambda _v: self._show_limit())
        self.limit_label = QLabel(self)
        self.limit_label.setWordWrap(True)
        self.floor = MoneyEdit(self, currency=currency)
        self.deposit = MoneyEdit(self, currency=currency)
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(2000)
        self.add_button = QPushButton(self)
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.submit)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove)
        for field in (self.brand, self.model, self.amount, self.floor, self.deposit, self.notes):
            field.returnPressed.connect(self.submit)

        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        quote_row = QHBoxLayout()
        quote_row.addWidget(self.grade)
        quote_row.addWidget(self.quote_button)
        quote_row.addStretch(1)
        self.quote_row = QWidget(self)
        self.quote_row.setLayout(quote_row)
        quote_row.setContentsMargins(0, 0, 0, 0)
        for key, field in (("category", self.category), ("brand", self.brand),
                           ("model", self.model), ("serial", self.serial),
                           ("allow", self.allow_reason), ("grade", self.quote_row),
                           ("amount", self.amount), ("floor", self.floor),
                           ("deposit", self.deposit), ("notes", self.notes)):
            label = QLabel(self)
            label.setBuddy(field if key != "grade" else self.grade)
            self.labels[key] = label
            self.form.addRow(label, field)
            if key == "serial":
                self.form.addRow("", self.device)
            if key == "grade":
                self.form.addRow("", self.quote_reason)
            if key == "amount":
                self.form.addRow("", self.limit_label)

        self.table = QTableWidget(0, 6, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._line_selected)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslateUi()
        self._show_device("")
        self._show_quote("")
        self.set_kind(BUY_BACK)

    # -- set-up ----------------------------------------------------------------------------

    def set_categories(self, categories: list[CategoryView]) -> None:
        chosen = self.category.currentData()
        self.categories = categories
        self.category.blockSignals(True)
        self.category.clear()
        for category in categories:
            self.category.addItem(category_label(category), category.code)
        if not chosen:  # phones, the most common intake; else the first that is no heading
            chosen = next((c.code for c in categories
                           if c.checklist_ref in device_rules.IMEI_REFS), None) or next(
                (c.code for c in categories if "." in c.code), None)
        index = self.category.findData(chosen) if chosen else -1
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def set_limit(self, limit: Money | None) -> None:
        """The quote per item the user may give without a manager (None: no limit)."""
        self.limit = limit
        self._show_limit()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        buy_back = kind == BUY_BACK
        for key, shown in (("grade", buy_back), ("allow", False),
                           ("floor", kind in (CONSIGNMENT, MATCHMAKING)),
                           ("deposit", kind == LEASE_STOCK)):
            self._show_row(key, shown)
        if not buy_back:
            self.form.setRowVisible(self.quote_reason, False)
        self._show_allow()
        self._show_limit()
        self.retranslateUi()

    def _show_row(self, key: str, shown: bool) -> None:
        field = self.quote_row if key == "grade" else self.labels[key].buddy()
        self.form.setRowVisible(field, shown)

    def category_ref(self) -> str | None:
        code = self.category.currentData()
        return next((c.checklist_ref for c in self.categories if c.code == code), None)

    # -- the device ------------------------------------------------------------------------

    def _serial_entered(self) -> None:
        self.focusNextChild()  # editingFinished has started the check

    def check_serial(self) -> None:
        """Read the number as the category's rules do, then ask the store about it."""
        self.check = None
        text = self.serial.text().strip()
        if not text:
            self._show_device("")
            self._show_allow()
            return
        try:
            serial = device_rules.device_id(self.category_ref(), text)
        except DomainError as exc:
            self._show_device(user_message(exc), error=True)
            self._show_allow()
            self.deviceChecked.emit()
            return
        if serial != text:
            self.serial.setText(serial)
        run_in_background(devices.check_device, self._db, serial,
                          on_done=while_alive(self, lambda found: self._checked(serial, found)),
                          on_error=while_alive(self, lambda exc: self._show_device(
                              user_message(exc), error=True)))

    def _checked(self, serial: str, check: DeviceCheck) -> None:
        if self.serial.text().strip() != serial:
            return  # typed on meanwhile
        self.check = check
        if check.stolen:
            text = self.tr("{serial} is on the stolen-device list ({source}). Do not take it "
                           "in; the intake cannot complete.").format(
                serial=serial, source=check.stolen_source or self.tr("no source given"))
            self._show_device(text, error=True)
        elif check.seen:
            last = check.seen[0]
            where = self.tr(", at {where}").format(where=last.where) if last.where else ""
            self._show_device(self.tr(
                "Seen before: {serial} is item {code} ({state} since {when}{where}). Check the "
                "device; to take it in anyway, give the reason below.").format(
                serial=serial, code=last.code, state=state_name(last.state),
                when=_when(last.when), where=where), error=True)
        else:
            self._show_device(self.tr("{serial}: not seen before, not on the stolen-device "
                                      "list.").format(serial=serial))
        self.allow_reason.setText(self.allow.get(serial, ""))
        self._show_allow()
        self.deviceChecked.emit()

    def _show_allow(self) -> None:
        seen = self.check is not None and bool(self.check.seen) and not self.check.stolen
        self._show_row("allow", seen)

    def _allow_changed(self, text: str) -> None:
        if self.check is not None and self.check.seen:
            if text.strip():
                self.allow[self.check.serial] = text.strip()
            else:
                self.allow.pop(self.check.serial, None)

    def _show_device(self, text: str, *, error: bool = False) -> None:
        self.device.setText(text)
        self.form.setRowVisible(self.device, bool(text))
        self.device.setProperty("role", "error" if error else "")
        repolish(self.device)

    def device_text(self) -> str:
        return self.device.text()

    # -- the quote -------------------------------------------------------------------------

    def ask_quote(self) -> None:
        run_in_background(get_quote, self._db, self.category.currentData(),
                          self.brand.text().strip(), self.model.text().strip(),
                          self.grade.currentData(),
                          on_done=while_alive(self, self._quoted),
                          on_error=while_alive(self, lambda exc: self._show_quote(
                              user_message(exc), error=True)))

    def _quoted(self, quote: Quote) -> None:
        self.amount.setValue(quote.amount)
        s = quote.suggestion
        self._show_quote(self.tr("Quote {amount}: resale {price} ({reason}), less the store's "
                                 "margin and refurbishment.").format(
            amount=quote.amount.format(i18n.current_locale_name()),
            price=s.price.format(i18n.current_locale_name()) if s.price else "—",
            reason=reason_text(s.reason_template, s.reason_params)))
        self.quoted.emit()

    def _show_quote(self, text: str, *, error: bool = False) -> None:
        self.quote_reason.setText(text)
        self.form.setRowVisible(self.quote_reason, bool(text) and self.kind == BUY_BACK)
        self.quote_reason.setProperty("role", "error" if error else "")
        repolish(self.quote_reason)
        self.quoted.emit()

    def _show_limit(self) -> None:
        text, error = "", False
        if self.kind == BUY_BACK and self.limit is not None:
            limit = self.limit.format(i18n.current_locale_name())
            value = self.amount.value()
            if value is not None and value.minor > self.limit.minor:
                text, error = self.tr("Above your limit of {limit} per item: a manager will be "
                                      "asked to authorise it.").format(limit=limit), True
            else:
                text = self.tr("Your limit: {limit} per item.").format(limit=limit)
        self.limit_label.setText(text)
        self.form.setRowVisible(self.limit_label, bool(text))
        self.limit_label.setProperty("role", "error" if error else "")
        repolish(self.limit_label)

    # -- lines -----------------------------------------------------------------------------

    def fields(self) -> dict:
        """What add_line and update_line take; an amount not typed stays out (the service
        says what is missing)."""
        values: dict = {"category": self.category.currentData(), "brand": self.brand.text(),
                        "model": self.model.text(), "serial": self.serial.text().strip() or None,
                        "notes": self.notes.text()}
        if self.amount.value() is not None:
            values["amount"] = self.amount.value()
        if self.kind == BUY_BACK:
            values["attributes"] = {"quoted_grade": self.grade.currentData()}
        if self.kind in (CONSIGNMENT, MATCHMAKING):
            values["floor"] = self.floor.value()
        if self.kind == LEASE_STOCK:
            values["deposit"] = self.deposit.value()
        return values

    def submit(self) -> None:
        if self.amount.value() is None:
            self.amount.setFocus()
            self._show_amount_problem()
            return
        self.submitted.emit(self.fields(), self.editing)

    def _show_amount_problem(self) -> None:
        text = self.amount.errorMessage() or self.tr("Enter the amount.")
        self.limit_label.setText(text)
        self.form.setRowVisible(self.limit_label, True)
        self.limit_label.setProperty("role", "error")
        repolish(self.limit_label)

    def show_lines(self, lines: tuple[IntakeLineView, ...]) -> None:
        self.lines = lines
        locale = i18n.current_locale_name()
        zh = i18n.current_language() == "zh_CN"
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            extra = line.floor if line.floor is not None else line.deposit
            cells = (str(line.position),
                     line.category_name_zh if zh and line.category_name_zh else line.category_name,
                     line.description, line.serial, line.amount.format(locale),
                     extra.format(locale) if extra is not None else "")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, line.id)
                if column in (AMOUNT, EXTRA):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._update_buttons()

    def _line_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        line = self.lines[rows[0].row()]
        self.editing = line.id
        self.category.setCurrentIndex(max(self.category.findData(line.category), 0))
        self.brand.setText(line.brand)
        self.model.setText(line.model)
        self.serial.setText(line.serial)
        self.notes.setText(line.notes)
        self.amount.setValue(line.amount)
        self.floor.setValue(line.floor)
        self.deposit.setValue(line.deposit)
        grade = line.attributes.get("quoted_grade")
        if grade in GRADE_ORDER:
            self.grade.setCurrentIndex(GRADE_ORDER.index(grade))
        self.check_serial()
        self._update_buttons()

    def _remove(self) -> None:
        if self.editing is not None:
            self.removeRequested.emit(self.editing)

    def clear(self) -> None:
        """An empty form for the next item; the category stays (drop-offs come in kinds)."""
        self.editing = None
        self.table.clearSelection()
        for field in (self.brand, self.model, self.serial, self.notes):
            field.clear()
        for money in (self.amount, self.floor, self.deposit):
            money.clear()
        self.check = None
        self.allow_reason.clear()
        self._show_device("")
        self._show_quote("")
        self._show_allow()
        self._show_limit()
        self._update_buttons()
        self.brand.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.allow.clear()
        self.show_lines(())
        self.clear()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.editing is not None)
        self.add_button.setText(self.tr("&Update item") if self.editing is not None
                                else self.tr("&Add item"))

    # -- language --------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Items"))
        amount = {BUY_BACK: self.tr("&Quote:"), CONSIGNMENT: self.tr("As&king price:"),
                  LEASE_STOCK: self.tr("Rent per &period:"),
                  MATCHMAKING: self.tr("As&king price:")}[self.kind]
        titles = {"category": self.tr("&Category:"), "brand": self.tr("&Brand:"),
                  "model": self.tr("&Model:"), "serial": self.tr("&IMEI / serial:"),
                  "allow": self.tr("Reason to take it in a&gain:"),
                  "grade": self.tr("Condition for the &quote:"), "amount": amount,
                  "floor": self.tr("&Lowest price:"), "deposit": self.tr("&Deposit:"),
                  "notes": self.tr("N&otes:")}
        for key, label in self.labels.items():
            label.setText(titles[key])
        self.serial.setPlaceholderText(self.tr("Scan or type, then Enter"))
        self.quote_button.setText(self.tr("Get &quote"))
        self.clear_button.setText(self.tr("C&lear"))
        self.remove_button.setText(self.tr("&Remove item"))
        self.table.setHorizontalHeaderLabels([
            "#", self.tr("Category"), self.tr("Item"), self.tr("IMEI / serial"),
            self.tr("Amount"), self.tr("Lowest / deposit")])
        if self.categories:
            self.set_categories(self.categories)
        if self.lines:
            self.show_lines(self.lines)
        self._show_limit()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
