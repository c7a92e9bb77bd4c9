"""The sale just made, as the customer needs it: its number, what it came to and the change,
the change large enough to count out from across the counter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.services.sale_records import SaleRecord
from ui import i18n
from ui.screens.counter.totals_panel import AmountLabel, big_font


class SaleDone(QFrame):
    """``printAgain`` when the clerk asks for another copy of the receipt."""

    printAgain = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.record: SaleRecord | None = None
        self.voucher_code = ""
        self.heading = QLabel(self)
        self.heading.setFont(big_font(self.heading, 13))
        self.heading.setWordWrap(True)
        self.total_label, self.total = QLabel(self), QLabel(self)
        self.paid_label, self.paid = QLabel(self), QLabel(self)
        self.change_label, self.change = QLabel(self), AmountLabel(34, self)
        self.change_label.setFont(big_font(self.change_label, 16))
        for value in (self.total, self.paid):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.voucher = QLabel(self)
        self.voucher.setWordWrap(True)
        self.voucher.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.printAgain.emit)
        grid = QGridLayout()
        grid.addWidget(self.total_label, 0, 0)
        grid.addWidget(self.total, 0, 1)
        grid.addWidget(self.paid_label, 1, 0)
        grid.addWidget(self.paid, 1, 1)
        grid.addWidget(self.change_label, 2, 0, 1, 2)
        grid.addWidget(self.change, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.voucher)
        layout.addWidget(self.hint)
        layout.addWidget(self.print_button)
        layout.addStretch(1)
        self.retranslateUi()

    def show_record(self, record: SaleRecord, voucher_code: str = "") -> None:
        self.record = record
        self.voucher_code = voucher_code
        self.retranslateUi()

    def change_text(self) -> str:
        return self.change.text()

    def retranslateUi(self) -> None:
        record = self.record
        locale = i18n.current_locale_name()
        self.heading.setText(self.tr("Sale {number} complete").format(number=record.number)
                             if record else "")
        self.total_label.setText(self.tr("Total"))
        self.paid_label.setText(self.tr("Paid"))
        self.change_label.setText(self.tr("Change"))
        self.total.setText(record.total.format(locale) if record else "")
        self.paid.setText(record.paid.format(locale) if record else "")
        self.change.setText(record.change.format(locale) if record else "")
        self.voucher.setText(self.tr("Gift voucher code: {code}").format(code=self.voucher_code)
                             if self.voucher_code else "")
        self.voucher.setVisible(bool(self.voucher_code))
        self.hint.setText(self.tr("Scan the next item to start a new sale."))
        self.print_button.setText(self.tr("Print the receipt again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
