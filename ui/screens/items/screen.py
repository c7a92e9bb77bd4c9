"""Find any item: search by words, or scan its code; see where it is and what happened to it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.errors import NotFound
from pos_app.services import items, users
from pos_app.services.items import ItemView
from pos_app.services.store_db import StoreDB
from ui.errors import user_message
from ui.screens.items.model import (
    BRAND,
    CATEGORY,
    CODE,
    GRADE,
    LOCATION,
    MODEL,
    PRICE,
    STATE,
    ItemTableModel,
    category_name,
    price_text,
)
from ui.session import Session, while_alive
from ui.terms import acquisition_name, state_name
from ui.widgets import ScannerInput
from ui.widgets.feedback import show_feedback
from ui.workers import run_in_background

SEARCH_DELAY_MS = 250
COLUMN_WIDTHS = {CODE: 120, CATEGORY: 110, BRAND: 84, GRADE: 44, STATE: 76, PRICE: 92,
                 LOCATION: 64}  # the model column takes the rest


def _load_detail(db: StoreDB, code: str) -> tuple[list[tuple], dict[int, str]]:
    """An item's history and the names of the people in it, read together off the GUI thread."""
    history = items.history(db, code)
    names = {u.id: u.display_name for u in users.login_names(db)}
    return history, names


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ItemDetail(QWidget):
    """One item's facts and its history, newest move last."""

    historyLoaded = Signal()

    def __init__(self, db: StoreDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.view: ItemView | None = None
        self._history: list[tuple] = []
        self._names: dict[int, str] = {}
        self._job_code: str | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, tuple[QLabel, QLabel]] = {}
        form = QFormLayout()
        for key in ("what", "category", "grade", "state", "since", "price", "acquisition",
                    "location", "notes"):
            label, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = (label, value)
            form.addRow(label, value)
        self.history_label = QLabel(self)
        self.history = QTableWidget(0, 5, self)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addLayout(form)
        body.addWidget(self.history_label)
        body.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)
        self.body.hide()
        self.retranslateUi()

    def show_item(self, view: ItemView | None) -> None:
        self.view = view
        self.placeholder.setVisible(view is None)
        self.body.setVisible(view is not None)
        self._history = []
        self._fill()
        if view is None:
            return
        self._job_code = view.code
        run_in_background(_load_detail, self._db, view.code,
                          on_done=while_alive(self, lambda result, code=view.code:
                                              self._history_arrived(code, result)),
                          on_error=while_alive(self, self._history_failed))

    def _history_arrived(self, code: str, result: tuple[list[tuple], dict[int, str]]) -> None:
        if self.view is None or code != self.view.code:
            return  # another item was chosen meanwhile
        self._history, self._names = result
        self._fill_history()
        self.historyLoaded.emit()

    def _history_failed(self, exc: BaseException) -> None:
        self.history_label.setText(user_message(exc))

    def _fill(self) -> None:
        v = self.view
        if v is None:
            return
        self.heading.setText(v.code)
        values = {
            "what": " ".join(p for p in (v.brand, v.model) if p) or "—",
            "category": category_name(v),
            "grade": v.grade or "—",
            "state": state_name(v.state),
            "since": _when(v.state_changed_at),
            "price": price_text(v) or "—",
            "acquisition": acquisition_name(v.acquisition),
            "location": v.location or "—",
            "notes": v.notes or "—",
        }
        for key, (_label, value) in self.fields.items():
            value.setText(values[key])
        self._fill_history()

    def _fill_history(self) -> None:
        self.history.setRowCount(len(self._history))
        for row, (at, from_state, to_state, user_id, reason) in enumerate(self._history):
            who = self._names.get(user_id, "" if user_id is None else f"#{user_id}")
            cells = (_when(at), state_name(from_state) if from_state else "—",
                     state_name(to_state), who, reason or "")
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def history_rows(self) -> int:
        return len(self._history)

    def retranslateUi(self) -> None:
        titles = {
            "what": self.tr("Item:"), "category": self.tr("Category:"), "grade": self.tr("Grade:"),
            "state": self.tr("State:"), "since": self.tr("Since:"), "price": self.tr("Price:"),
            "acquisition": self.tr("Taken in as:"), "location": self.tr("Location:"),
            "notes": self.tr("Notes:"),
        }
        for key, (label, _value) in self.fields.items():
            label.setText(titles[key])
        self.history_label.setText(self.tr("History"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Reason")])
        self.placeholder.setText(self.tr("Choose an item in the list or scan its code."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class ItemsScreen(QWidget):
    """The item list with a search box and a scanner field; the detail panel on the right."""

    itemOpened = Signal(object)
    messageShown = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        db = session.db
        self._db = db
        self._total: int | None = None
        self._count_generation = 0

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.open_code)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.scanner_label = QLabel(self)
        self.scanner_label.setBuddy(self.scanner)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.count_label = QLabel(self)

        self.model = ItemTableModel(db, parent=self)
        self.model.pageLoaded.connect(lambda _rows: self._show_count())
        self.model.loadFailed.connect(lambda text: self.show_message(text, error=True))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MODEL, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.doubleClicked.connect(
            lambda index: self.open_detail(self.model.item_at(index.row())))
        self.open_button = QPushButton(self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.open_detail(self.detail.view))
        self.itemOpened.connect(lambda _view: self.open_button.setEnabled(True))

        self.detail = ItemDetail(db, self)
        self.detail.setMinimumWidth(280)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        bar.addSpacing(16)
        bar.addWidget(self.scanner_label)
        bar.addWidget(self.scanner, 1)
        bar.addWidget(self.open_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([960, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslateUi()
        self.show_message("")
        self._run_search()

    # -- search ------------------------------------------------------------------------

    def _run_search(self) -> None:
        self._search_timer.stop()
        query = self.search.text().strip()
        self.model.set_query(query)
        self._total = None
        self._count_generation += 1
        generation = self._count_generation
        run_in_background(items.count, self._db, query,
                          on_done=while_alive(self, lambda n: self._counted(generation, n)),
                          on_error=lambda _exc: None)

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._count_generation:
            self._total = total
            self._show_count()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self._total is None:
            self.count_label.setText(self.tr("%n item(s) shown", "", shown))
        else:
            self.count_label.setText(
                self.tr("%n item(s) shown of {total}", "", shown).format(total=self._total))

    # -- scanning ----------------------------------------------------------------------

    def open_code(self, code: str) -> None:
        """Open the item a scan names; a bad or unknown code only shows why."""
        run_in_background(items.find_by_code, self._db, code,
                          on_done=while_alive(self, self._found),
                          on_error=while_alive(self, self._not_found))

    def _not_found(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            text = self.tr("No item has the code {code}.").format(code=exc.params.get("key", ""))
        else:
            text = user_message(exc)
        self.show_message(text, error=True)

    def _found(self, view: ItemView) -> None:
        self.show_message("")
        self.detail.show_item(view)
        row = self.model.find_row(view.code)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()
        self.itemOpened.emit(view)

    def open_detail(self, view: ItemView | None) -> QWidget | None:
        """The item in full (photos, history, prices, inspection) in a window of its own."""
        if view is None:
            return None
        from ui.screens.item_detail import open_item_detail  # the detail imports this package

        return open_item_detail(self._session, view.code, self)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = self.model.item_at(current.row()) if current.isValid() else None
        if view is not None and (self.detail.view is None or self.detail.view.code != view.code
                                 or self.detail.view.version != view.version):
            self.detail.show_item(view)
            self.itemOpened.emit(view)

    # -- messages ----------------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)
        if text:
            self.messageShown.emit(text)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Brand, model or notes"))
        self.scanner_label.setText(self.tr("S&can:"))
        self.open_button.setText(self.tr("&Open…"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.setFocus(Qt.FocusReason.OtherFocusReason)
