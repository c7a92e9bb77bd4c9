"""What the consignor and store-credit screens share: read-only tables filled from service
answers, and the names of payout methods, contract actions and what became of an item."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from pos_app.domain.money import Money
from ui import i18n
from ui.screens.settings.common import list_table
from ui.terms import acquisition_name, state_name

METHOD_NAMES = {"cash": QT_TRANSLATE_NOOP("Consignors", "Cash"),
                "transfer": QT_TRANSLATE_NOOP("Consignors", "Bank transfer"),
                "credit": QT_TRANSLATE_NOOP("Consignors", "Store credit")}
ACTION_NAMES = {"return": QT_TRANSLATE_NOOP("Consignors", "Return to the owner"),
                "donate": QT_TRANSLATE_NOOP("Consignors", "Donate"),
                "convert": QT_TRANSLATE_NOOP("Consignors", "Take into store stock")}


def method_name(method: str) -> str:
    return QCoreApplication.translate("Consignors", METHOD_NAMES[method]) \
        if method in METHOD_NAMES else method


def action_name(action: str) -> str:
    """What a contract's end does with its items, as a column or a button says it."""
    return QCoreApplication.translate("Consignors", ACTION_NAMES[action]) \
        if action in ACTION_NAMES else action


def outcome_name(outcome: str) -> str:
    if outcome == "store_stock":
        return acquisition_name(outcome)
    return state_name(outcome)


def money(amount: Money | None) -> str:
    return "—" if amount is None else amount.format(i18n.current_locale_name())


def when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.isoformat()


def read_only_table(parent: QWidget, columns: int, on_selection=lambda: None) -> QTableWidget:
    table = list_table(parent, columns, on_selection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], *,
               right: Sequence[int] = (), stretch: int | None = None) -> None:
    """Put `rows` in `table` (amount columns `right`-aligned; `stretch` takes the spare width)."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if c in right:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, cell)
    if stretch is not None:
        table.horizontalHeader().setStretchLastSection(stretch == table.columnCount() - 1)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def cell_texts(table: QTableWidget, column: int) -> list[str]:
    """The texts of one column, top to bottom (what a clerk reads; tests read it too)."""
    return [table.item(r, column).text() for r in range(table.rowCount())]
