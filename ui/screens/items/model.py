"""The items table as a Qt model that reads ``items.search`` a page at a time, on demand.

The view asks for more rows (canFetchMore/fetchMore) as the clerk scrolls; each page is
read off the GUI thread, and a page that arrives after the search changed is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pos_app.services import items
from pos_app.services.items import ItemView
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.session import while_alive
from ui.terms import state_name
from ui.workers import run_in_background

PAGE_SIZE = 200

def category_name(view: ItemView) -> str:
    """The category in the screen's language (its Chinese name where the store gave one)."""
    return view.category_zh if i18n.current_language() == "zh_CN" and view.category_zh else view.category


def price_text(view: ItemView) -> str:
    return "" if view.price is None else view.price.format(i18n.current_locale_name())


CODE, CATEGORY, BRAND, MODEL, GRADE, STATE, PRICE, LOCATION = range(8)


class ItemTableModel(QAbstractTableModel):
    """``pageLoaded(rows)`` after each page arrives; ``loadFailed(message)`` if one could not."""

    pageLoaded = Signal(int)
    loadFailed = Signal(str)

    def __init__(self, db: StoreDB, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.page_size = page_size
        self._rows: list[ItemView] = []
        self._query = ""
        self._generation = 0
        self._loading = False
        self._exhausted = False
        self.pages_fetched = 0

    # -- loading -----------------------------------------------------------------------

    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Start over with ``query``: empties the table and fetches its first page."""
        self._generation += 1
        self.beginResetModel()
        self._query = query.strip()
        self._rows = []
        self._loading = False
        self._exhausted = False
        self.pages_fetched = 0
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_query(self._query)

    def is_loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        run_in_background(
            items.search, self._db, self._query, offset=len(self._rows), limit=self.page_size,
            on_done=while_alive(self, lambda page: self._append(generation, page)),
            on_error=while_alive(self, lambda exc: self._failed(generation, exc)))

    def _append(self, generation: int, page: list[ItemView]) -> None:
        if generation != self._generation:
            return  # the search changed while this page was read
        self._loading = False
        self.pages_fetched += 1
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.pageLoaded.emit(len(self._rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True  # no retry loop against a failing database
        self.loadFailed.emit(user_message(exc))

    # -- reading -----------------------------------------------------------------------

    def item_at(self, row: int) -> ItemView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, code: str) -> int:
        for row, view in enumerate(self._rows):
            if view.code == code:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return view
        return None

    def _display(self, view: ItemView, column: int) -> str:
        if column == CODE:
            return view.code
        if column == CATEGORY:
            return category_name(view)
        if column == BRAND:
            return view.brand
        if column == MODEL:
            return view.model
        if column == GRADE:
            return view.grade or ""
        if column == STATE:
            return state_name(view.state)
        if column == PRICE:
            return price_text(view)
        if column == LOCATION:
            return view.location
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Code"), self.tr("Category"), self.tr("Brand"), self.tr("Model"),
                  self.tr("Grade"), self.tr("State"), self.tr("Price"), self.tr("Location"))
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        """The language changed: headers, state names and price formats follow."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))
