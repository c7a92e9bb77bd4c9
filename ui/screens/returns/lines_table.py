"""The lines of the receipt being returned: each ticked to come back, with how many of it and
where the goods go (back on the shelf, to re-inspection or written off)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pos_app.services.returns import RETURNABLE_LINES, ReturnLine
from pos_app.services.sale_records import RecordLine, SaleRecord
from ui import i18n

CODE, ITEM, SOLD, RETURNED, PAID, QUANTITY, GOES_TO = range(7)

DISPOSITION_NAMES: dict[str, str] = {
    "stock": QT_TRANSLATE_NOOP("Returns", "Back on the shelf"),
    "reinspect": QT_TRANSLATE_NOOP("Returns", "To re-inspection"),
    "write_off": QT_TRANSLATE_NOOP("Returns", "Write off (manager)"),
}


def disposition_name(disposition: str) -> str:
    return QCoreApplication.translate("Returns", DISPOSITION_NAMES.get(disposition, disposition))


class ReturnLinesTable(QTableWidget):
    """``changed`` whenever a tick, a quantity or a destination changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.record: SaleRecord | None = None
        self._lines: list[RecordLine] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(lambda _item: self._ticked())
        self.retranslateUi()

    def set_record(self, record: SaleRecord | None, *, open_for_return: bool = True) -> None:
        """Show `record`'s lines; what is left of each can be ticked while `open_for_return`."""
        self.record = record
        self._lines = list(record.lines) if record else []
        locale = i18n.current_locale_name()
        self.blockSignals(True)
        self.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            left = line.quantity - line.returned_quantity
            can = open_for_return and line.kind in RETURNABLE_LINES and left > 0
            cells = (line.code, line.description, str(line.quantity), str(line.returned_quantity),
                     line.total.format(locale))
            for column, text in enumerate(cells):  # CODE, ITEM, SOLD, RETURNED, PAID
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column in (SOLD, RETURNED, PAID):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, cell)
            code = self.item(row, CODE)
            if can:
                code.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                code.setCheckState(Qt.CheckState.Unchecked)
            quantity = QSpinBox(self)
            quantity.setRange(1 if left else 0, max(left, 0))
            quantity.setValue(left)
            quantity.setEnabled(can and left > 1)
            quantity.valueChanged.connect(lambda _v: self.changed.emit())
            self.setCellWidget(row, QUANTITY, quantity)
            goes_to = QComboBox(self)
            for disposition in DISPOSITION_NAMES:
                if line.kind == "stock" and disposition == "reinspect":
                    continue  # new stock goes back into stock or is written off
                goes_to.addItem(disposition_name(disposition), disposition)
            goes_to.setEnabled(can)
            goes_to.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.setCellWidget(row, GOES_TO, goes_to)
        self.blockSignals(False)
        self.changed.emit()

    def _ticked(self) -> None:
        self.changed.emit()

    def set_checked(self, row: int, checked: bool = True) -> None:
        self.item(row, CODE).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def quantity_box(self, row: int) -> QSpinBox:
        return self.cellWidget(row, QUANTITY)

    def goes_to_box(self, row: int) -> QComboBox:
        return self.cellWidget(row, GOES_TO)

    def lines(self) -> list[ReturnLine]:
        """The ticked lines as the return service takes them."""
        out = []
        for row, line in enumerate(self._lines):
            code = self.item(row, CODE)
            if code.flags() & Qt.ItemFlag.ItemIsUserCheckable \
                    and code.checkState() == Qt.CheckState.Checked:
                out.append(ReturnLine(line.id, self.quantity_box(row).value(),
                                      self.goes_to_box(row).currentData()))
        return out

    def retranslateUi(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Item"), self.tr("Sold"), self.tr("Returned"),
            self.tr("Paid"), self.tr("Return"), self.tr("Goes to")])
        for row in range(self.rowCount()):
            box = self.goes_to_box(row)
            for index in range(box.count()):
                box.setItemText(index, disposition_name(box.itemData(index)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
