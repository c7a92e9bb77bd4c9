"""The basket on the till as a Qt table: what was scanned, what the clerk entered for each line
(quantity, discount), and what the last quote of the service says each line costs."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pos_app.domain.money import Money
from pos_app.domain.sale import Discount, PricedLine, SaleTotals
from pos_app.services.sales import BasketLine, ScannedLine
from ui import i18n

CODE, DESCRIPTION, GRADE, QUANTITY, UNIT_PRICE, DISCOUNT, TOTAL = range(7)
NUMERIC = (QUANTITY, UNIT_PRICE, DISCOUNT, TOTAL)


def percent_text(value: Decimal) -> str:
    """A percent as a clerk writes it: 10, 12.5 (no trailing zeros, never 1E+1)."""
    return format(value.normalize(), "f")


def discount_text(discount: Discount | None, locale: str) -> str:
    if discount is None:
        return ""
    if discount.kind == "percent":
        return f"{percent_text(discount.value)}%"  # type: ignore[arg-type]
    return discount.value.format(locale)  # type: ignore[union-attr]


@dataclass(frozen=True)
class BasketRow:
    """One line of the sale; `priced` is None until the service has quoted the basket."""

    line: ScannedLine
    quantity: int = 1
    discount: Discount | None = None
    priced: PricedLine | None = None

    @property
    def code(self) -> str:
        return self.line.code

    @property
    def is_stock(self) -> bool:
        return self.line.kind == "stock"

    def basket_line(self) -> BasketLine:
        return BasketLine(self.line.code, self.quantity, self.discount, self.line.hold_id)

    def total(self) -> Money:
        return self.priced.total if self.priced else self.line.price * self.quantity


class BasketModel(QAbstractTableModel):
    """Rows in the order they were scanned. ``version`` grows with every change, so a quote
    asked for an older basket is recognised and dropped."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BasketRow] = []
        self._texts: dict[int, tuple[BasketRow, tuple[str, ...]]] = {}  # id(row) -> cells
        self.version = 0

    # -- reading -----------------------------------------------------------------------

    def rows(self) -> list[BasketRow]:
        return list(self._rows)

    def row_at(self, row: int) -> BasketRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, code: str) -> int:
        """The row of `code` as typed (any case, spaces around), or -1."""
        key = (code or "").strip().upper()
        return next((i for i, r in enumerate(self._rows) if r.code.upper() == key), -1)

    def find(self, code: str) -> BasketRow | None:
        return self.row_at(self.find_row(code))

    def basket_lines(self) -> list[BasketLine]:
        return [r.basket_line() for r in self._rows]

    def count(self) -> int:
        """Pieces in the sale (a stock line counts its quantity)."""
        return sum(r.quantity for r in self._rows)

    # -- changing ----------------------------------------------------------------------

    def touch(self) -> None:
        """Something the quote depends on changed outside the rows (the sale discount)."""
        self.version += 1

    def add(self, row: BasketRow) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.version += 1
        self.endInsertRows()
        return position

    def remove(self, row: int) -> BasketRow | None:
        if not 0 <= row < len(self._rows):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self._rows.pop(row)
        self.version += 1
        self.endRemoveRows()
        return gone

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.version += 1
        self.endResetModel()

    def update(self, code: str, **changes: Any) -> bool:
        """Replace fields of the row of `code` (quantity, discount, line); False if it is gone.
        The row's old quote no longer holds, so its price shows as not yet quoted."""
        row = self.find_row(code)
        if row < 0:
            return False
        self._rows[row] = dataclasses.replace(self._rows[row], priced=None, **changes)
        self.version += 1
        self._row_changed(row)
        return True

    def apply_quote(self, totals: SaleTotals) -> None:
        """The service's prices, one per row in order (the quote was of these very rows)."""
        if len(totals.lines) != len(self._rows):
            return
        self._rows = [dataclasses.replace(r, priced=p) for r, p in zip(self._rows, totals.lines,
                                                                        strict=True)]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, TOTAL))

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))

    def retranslate(self) -> None:
        self._texts = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TOTAL)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, TOTAL))

    # -- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else TOTAL + 1

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _cells(self, row: BasketRow) -> tuple[str, ...]:
        """The row's texts, formatted once per row and language: the view asks for them on
        every paint and every column fit, and money formatting is not free."""
        cached = self._texts.get(id(row))
        if cached is not None and cached[0] is row:  # the row itself is kept: its id stays its own
            return cached[1]
        if len(self._texts) > 4 * len(self._rows) + 64:  # rows replaced or gone
            self._texts = {}
        cells = tuple(self._display(row, c) for c in range(TOTAL + 1))
        self._texts[id(row)] = (row, cells)
        return cells

    def _display(self, row: BasketRow, column: int) -> str:
        locale = i18n.current_locale_name()
        line = row.line
        if column == CODE:
            return line.code
        if column == DESCRIPTION:
            if line.hold_id is not None:
                return self.tr("{description} (held for {customer})").format(
                    description=line.description, customer=line.hold_customer or "-")
            return line.description
        if column == GRADE:
            return line.grade or ""
        if column == QUANTITY:
            return str(row.quantity)
        if column == UNIT_PRICE:
            if line.markdown_percent:
                return self.tr("{price} (−{percent}%)").format(
                    price=line.price.format(locale), percent=percent_text(line.markdown_percent))
            return line.price.format(locale)
        if column == DISCOUNT:
            if row.priced is not None and row.priced.discount.minor:
                return f"−{row.priced.discount.format(locale)}"
            return discount_text(row.discount, locale)
        if column == TOTAL:
            return row.total().format(locale)
        return ""

    def _tooltip(self, row: BasketRow, column: int) -> str | None:
        locale = i18n.current_locale_name()
        if column == UNIT_PRICE and row.line.markdown_percent:
            return self.tr("Marked down from {price}").format(
                price=row.line.list_price.format(locale))
        if column == DESCRIPTION:
            return self._display(row, column)  # in full, where the column is narrow
        if column == DISCOUNT and row.discount is not None:
            return self.tr("Line discount entered: {discount}").format(
                discount=discount_text(row.discount, locale))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Code"), self.tr("Description"), self.tr("Grade"), self.tr("Qty"),
                  self.tr("Unit price"), self.tr("Discount"), self.tr("Line total"))
        return titles[section] if 0 <= section < len(titles) else None
