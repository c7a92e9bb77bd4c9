"""The terms of the business: a consignment's split, fee, length, what happens at expiry and
its markdown schedule; a rental's period and maintenance notes; a listing's contact
preference and fee or commission. A buy-back has none (its payment is chosen on completing).

The panel shows the draft's terms and hands back what set_terms takes; the service checks them.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import Money
from ui.widgets import MoneyEdit

AT_EXPIRY_NAMES: dict[str, str] = {
    "return": QT_TRANSLATE_NOOP("IntakeTerms", "Go back to the owner"),
    "donate": QT_TRANSLATE_NOOP("IntakeTerms", "Are donated"),
    "store_stock": QT_TRANSLATE_NOOP("IntakeTerms", "Become store stock"),
}
CONTACT_NAMES: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("IntakeTerms", "Phone"),
    "sms": QT_TRANSLATE_NOOP("IntakeTerms", "Text message"),
    "wechat": QT_TRANSLATE_NOOP("IntakeTerms", "WeChat"),
    "email": QT_TRANSLATE_NOOP("IntakeTerms", "E-mail"),
    "via_store": QT_TRANSLATE_NOOP("IntakeTerms", "Through the store"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakeTerms", text)


def _percent(bp: int) -> float:
    return bp / 100


def _percent_text(value: float) -> str:
    """A spin box's percent as the service reads it ("60", "12.5"), never a float."""
    return format(Decimal(str(round(value, 2))).normalize(), "f")


class MarkdownTable(QWidget):
    """Steps of [days, percent off] with Add and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(120)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_step())
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslateUi()

    def add_step(self, days: int | None = None, percent: int | None = None) -> None:
        steps = self.steps()
        row = self.table.rowCount()
        self.table.insertRow(row)
        days_box, percent_box = QSpinBox(self.table), QSpinBox(self.table)
        days_box.setRange(1, 3650)
        days_box.setSuffix(self.tr(" days"))
        percent_box.setRange(1, 99)
        percent_box.setSuffix(" %")
        days_box.setValue(days if days is not None else (steps[-1][0] + 30 if steps else 30))
        percent_box.setValue(percent if percent is not None
                             else min(99, steps[-1][1] + 20 if steps else 20))
        self.table.setCellWidget(row, 0, days_box)
        self.table.setCellWidget(row, 1, percent_box)

    def remove_step(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True) or (
            [self.table.rowCount() - 1] if self.table.rowCount() else [])
        for row in rows:
            self.table.removeRow(row)

    def steps(self) -> list[list[int]]:
        return [[self.table.cellWidget(r, 0).value(), self.table.cellWidget(r, 1).value()]
                for r in range(self.table.rowCount())]

    def set_steps(self, steps: list) -> None:
        self.table.setRowCount(0)
        for days, percent in steps:
            self.add_step(int(days), int(percent))

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("After"), self.tr("Price reduction")])
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove step"))
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, 0).setSuffix(self.tr(" days"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class TermsPanel(QGroupBox):
    """The terms of the chosen business; the screen saves them with the draft."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self.kind = "buy_back"
        self.stack = QStackedWidget(self)

        # consignment
        self.consignment = QWidget(self)
        self.share = QDoubleSpinBox(self.consignment)
        self.share.setRange(0, 100)
        self.share.setDecimals(2)
        self.share.setSuffix(" %")
        self.fee = MoneyEdit(self.consignment, currency=currency)
        self.days = QSpinBox(self.consignment)
        self.days.setRange(1, 730)
        self.at_expiry = QComboBox(self.consignment)
        for value in AT_EXPIRY_NAMES:
            self.at_expiry.addItem("", value)
        self.markdowns = MarkdownTable(self.consignment)
        self.share_label, self.fee_label, self.days_label = (QLabel(self.consignment)
                                                             for _ in range(3))
        self.expiry_label, self.markdowns_label = QLabel(self.consignment), QLabel(self.consignment)
        form = QFormLayout(self.consignment)
        for label, field in ((self.share_label, self.share), (self.fee_label, self.fee),
                             (self.days_label, self.days), (self.expiry_label, self.at_expiry),
                             (self.markdowns_label, self.markdowns)):
            label.setBuddy(field)
            form.addRow(label, field)

        # lease stock
        self.lease = QWidget(self)
        self.period = QSpinBox(self.lease)
        self.period.setRange(1, 365)
        self.maintenance = QLineEdit(self.lease)
        self.period_label, self.maintenance_label = QLabel(self.lease), QLabel(self.lease)
        form = QFormLayout(self.lease)
        for label, field in ((self.period_label, self.period),
                             (self.maintenance_label, self.maintenance)):
            label.setBuddy(field)
            form.addRow(label, field)

        # matchmaking
        self.listing = QWidget(self)
        self.contact = QComboBox(self.listing)
        for value in CONTACT_NAMES:
            self.contact.addItem("", value)
        self.by_fee = QRadioButton(self.listing)
        self.by_commission = QRadioButton(self.listing)
        self.by_fee.setChecked(True)
        self.listing_fee = MoneyEdit(self.listing, currency=currency)
        self.commission = QDoubleSpinBox(self.listing)
        self.commission.setRange(0, 100)
        self.commission.setDecimals(2)
        self.commission.setSuffix(" %")
        self.by_fee.toggled.connect(self._charge_chosen)
        self.contact_label = QLabel(self.listing)
        self.contact_label.setBuddy(self.contact)
        form = QFormLayout(self.listing)
        form.addRow(self.contact_label, self.contact)
        form.addRow(self.by_fee, self.listing_fee)
        form.addRow(self.by_commission, self.commission)

        self.none = QLabel(self)
        self.none.setWordWrap(True)
        for page in (self.none, self.consignment, self.lease, self.listing):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.retranslateUi()
        self._charge_chosen()

    def _charge_chosen(self) -> None:
        self.listing_fee.setEnabled(self.by_fee.isChecked())
        self.commission.setEnabled(not self.by_fee.isChecked())

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        page = {"consignment": self.consignment, "lease_stock": self.lease,
                "matchmaking": self.listing}.get(kind, self.none)
        self.stack.setCurrentWidget(page)
        self.setVisible(kind != "buy_back")

    def load(self, terms: dict) -> None:
        """Show a draft's terms (as the intake keeps them)."""
        money = lambda minor: Money(int(minor or 0), self._currency)
        if self.kind == "consignment":
            self.share.setValue(_percent(terms.get("consignor_share_bp", 6000)))
            self.fee.setValue(money(terms.get("fee_minor")))
            self.days.setValue(int(terms.get("days", 90)))
            self.at_expiry.setCurrentIndex(max(0, self.at_expiry.findData(
                terms.get("at_expiry", "return"))))
            self.markdowns.set_steps(terms.get("markdowns", []))
        elif self.kind == "lease_stock":
            self.period.setValue(int(terms.get("period_days", 1)))
            self.maintenance.setText(terms.get("maintenance_notes", ""))
        elif self.kind == "matchmaking":
            self.contact.setCurrentIndex(max(0, self.contact.findData(
                terms.get("contact_preference", "phone"))))
            commission = int(terms.get("commission_bp") or 0)
            self.by_commission.setChecked(commission > 0)
            self.by_fee.setChecked(commission == 0)
            self.listing_fee.setValue(money(terms.get("fee_minor")))
            self.commission.setValue(_percent(commission))

    def terms(self) -> dict:
        """The keyword arguments of intake.set_terms for this kind."""
        if self.kind == "consignment":
            values = {"consignor_share_percent": _percent_text(self.share.value()),
                      "days": self.days.value(), "at_expiry": self.at_expiry.currentData(),
                      "markdowns": self.markdowns.steps()}
            values["fee"] = self.fee.value() or Money.zero(self._currency)
            return values
        if self.kind == "lease_stock":
            return {"period_days": self.period.value(),
                    "maintenance_notes": self.maintenance.text().strip()}
        if self.kind == "matchmaking":
            if self.by_fee.isChecked():
                charge = {"listing_fee": self.listing_fee.value() or Money.zero(self._currency),
                          "commission_percent": "0"}
            else:
                charge = {"listing_fee": Money.zero(self._currency),
                          "commission_percent": _percent_text(self.commission.value())}
            return {"contact_preference": self.contact.currentData(), **charge}
        return {}

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Terms"))
        self.share_label.setText(self.tr("Consignor's &share:"))
        self.fee_label.setText(self.tr("&Fee per item:"))
        self.days_label.setText(self.tr("&Runs for:"))
        self.days.setSuffix(self.tr(" days"))
        self.expiry_label.setText(self.tr("Unsold items at &expiry:"))
        for index in range(self.at_expiry.count()):
            self.at_expiry.setItemText(index, _tr(AT_EXPIRY_NAMES[self.at_expiry.itemData(index)]))
        self.markdowns_label.setText(self.tr("&Markdowns:"))
        self.period_label.setText(self.tr("Rent &period:"))
        self.period.setSuffix(self.tr(" days"))
        self.maintenance_label.setText(self.tr("&Maintenance notes:"))
        self.contact_label.setText(self.tr("Buyers &contact the seller by:"))
        for index in range(self.contact.count()):
            self.contact.setItemText(index, _tr(CONTACT_NAMES[self.contact.itemData(index)]))
        self.by_fee.setText(self.tr("Listing &fee:"))
        self.by_commission.setText(self.tr("C&ommission:"))
        self.none.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
