"""Finding one of the store's parties (customer, seller, buyer) by name or phone.

A search line and the list of what it found: the search runs a moment after the typing
stops, off the GUI thread (``parties.list_parties``); an answer overtaken by newer typing is
dropped. Names and phones come as the services return them: masked unless the user's role
may see them whole. Down (or Up) goes from the line into the list; Enter on a result, or on
the line once the answer is in, chooses it.

The widget holds no words of its own: whoever uses it sets the placeholder and, if wanted,
the ``empty_text`` shown in the list when nobody matches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Actor
from pos_app.services import parties
from pos_app.services.parties import PartyView
from pos_app.services.store_db import StoreDB
from ui.errors import user_message
from ui.session import while_alive
from ui.workers import run_in_background

SEARCH_DELAY_MS = 250


def party_text(party: PartyView) -> str:
    """A party on one line: the name and the phone, as the services returned them."""
    return " · ".join(p for p in (party.name, party.phone) if p)


class PartySearch(QWidget):
    """``chosen(PartyView)`` when a result is picked; ``searched(count)`` after each answer
    (also when an empty search line emptied the list); ``failed(message)``.

    ``list_all``: an empty line lists the first parties instead of hiding the list.
    ``click_chooses``: one click picks a result (else a double click or Enter).
    ``select_first``: the first result is current, so Enter on the line takes it.
    """

    chosen = Signal(object)
    searched = Signal(int)
    failed = Signal(str)

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget | None = None, *,
                 limit: int = 20, list_all: bool = True, click_chooses: bool = True,
                 select_first: bool = True,
                 describe: Callable[[PartyView], str] = party_text) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._limit = limit
        self._list_all = list_all
        self._select_first = select_first
        self._describe = describe
        self._generation = 0
        self.empty_text = ""
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.itemActivated.connect(self._picked)
        if click_chooses:
            self.results.itemClicked.connect(self._picked)
        self.results.setVisible(list_all)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        self.setFocusProxy(self.search)
        self.search_row = QHBoxLayout()  # room for a label before the line
        self.search_row.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.search_row)
        layout.addWidget(self.results, 1)

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not query and not self._list_all:
            self.results.clear()
            self.results.hide()
            self.searched.emit(0)
            return
        run_in_background(parties.list_parties, self._db, self._actor, query, limit=self._limit,
                          on_done=while_alive(self, lambda found: self._found(generation, found)),
                          on_error=while_alive(self, lambda exc: self._failed(generation, exc)))

    def _found(self, generation: int, found: list[PartyView]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for party in found:
            item = QListWidgetItem(self._describe(party))
            item.setData(Qt.ItemDataRole.UserRole, party)
            self.results.addItem(item)
        if not found and self.empty_text:
            item = QListWidgetItem(self.empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        if found and self._select_first:
            self.results.setCurrentRow(0)
        self.results.show()
        self.searched.emit(len(found))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.failed.emit(user_message(exc))

    def current(self) -> PartyView | None:
        """The highlighted result, if any."""
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose_current(self) -> None:
        party = self.current()
        if party is not None:
            self.chosen.emit(party)

    def _picked(self, item: QListWidgetItem) -> None:
        party = item.data(Qt.ItemDataRole.UserRole)
        if party is not None:
            self.chosen.emit(party)

    def clear(self) -> None:
        """An empty line, no answer pending, and the list as an empty line shows it."""
        self._timer.stop()
        self._generation += 1
        self.search.clear()
        self.results.clear()
        if self._list_all:
            self.run_search()
        else:
            self.results.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.isVisible() \
                    and self.results.count():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter before the list caught up searches first; on an answer, it chooses.
                if self._timer.isActive() or not self.results.isVisible() \
                        or self.current() is None:
                    self.run_search()
                else:
                    self.choose_current()
                return True
        return super().eventFilter(watched, event)
