"""Finding an item with no label to scan: by code, brand, model or words (``find_for_sale``).
Choosing a result adds it as a scan would, refusals included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from pos_app.domain.roles import Actor
from pos_app.services import sales
from pos_app.services.sales import ScannedLine
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.session import while_alive
from ui.workers import run_in_background

SEARCH_DELAY_MS = 300
RESULTS = 20


class SearchBox(QObject):
    """A search field and its results list (the screen lays both out).

    ``chosen(ScannedLine)`` when a result is picked; ``searched(count)`` after each answer;
    ``failed(message)``; ``closed`` when the clerk leaves the results with Escape."""

    chosen = Signal(object)
    searched = Signal(int)
    failed = Signal(str)
    closed = Signal()

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._generation = 0
        self.field = QLineEdit(parent)
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(parent)
        self.results.setMaximumHeight(180)
        self.results.hide()
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.field.textEdited.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.retranslateUi()

    def run(self) -> None:
        self._timer.stop()
        query = self.field.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self.results.clear()
            self.results.hide()
            return
        run_in_background(sales.find_for_sale, self._db, self._actor, query, RESULTS,
                          on_done=while_alive(self, lambda found: self._found(generation, found)),
                          on_error=while_alive(self, lambda exc: self._failed(generation, exc)))

    def _enter(self) -> None:
        """Enter runs the search now; on an answer already shown it takes the only result."""
        if self.results.isVisible() and self.results.count() == 1 and not self._timer.isActive():
            self._activated(self.results.item(0))
            return
        self.run()

    def _found(self, generation: int, found: list[ScannedLine]) -> None:
        if generation != self._generation:
            return
        locale = i18n.current_locale_name()
        self.results.clear()
        for line in found:
            parts = [line.code, line.description, line.grade or "", line.price.format(locale)]
            if line.kind == "stock":
                parts.append(self.tr("%n in stock", "", line.available))
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, line)
            self.results.addItem(item)
        if not found:
            self.results.addItem(self.tr("Nothing for sale matches “{query}”.").format(
                query=self.field.text().strip()))
        self.results.setCurrentRow(0)
        self.results.show()
        self.searched.emit(len(found))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.failed.emit(user_message(exc))

    def _activated(self, item: QListWidgetItem) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        if line is None:
            return
        self.close()
        self.chosen.emit(line)

    def close(self) -> None:
        self._generation += 1
        self._timer.stop()
        self.field.clear()
        self.results.clear()
        self.results.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close()
                self.closed.emit()
                return True
            if watched is self.field and key == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def retranslateUi(self) -> None:
        self.field.setPlaceholderText(self.tr("Search (F3)"))
        self.field.setToolTip(self.tr("Find an item by code, brand, model or words (F3)"))
        self.field.setAccessibleName(self.tr("Search for an item"))
