"""The store's tills and kiosks, and which of them this computer is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.services import stores
from pos_app.services.stores import CounterInfo
from ui.screens.settings.common import (
    ActionDialog,
    error_text,
    fit_columns,
    list_table,
)
from ui.session import Session, while_alive
from ui.terms import counter_kind_name
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background


class CountersTab(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.counters: list[CounterInfo] = []
        self.dialog: ActionDialog | None = None
        self.table = list_table(self, 4, self._update_buttons)
        self.add_till = QPushButton(self)
        self.add_kiosk = QPushButton(self)
        self.rename = QPushButton(self)
        self.toggle_active = QPushButton(self)
        self.use_here = QPushButton(self)
        self.add_till.clicked.connect(lambda: self.open_add_dialog("counter"))
        self.add_kiosk.clicked.connect(lambda: self.open_add_dialog("kiosk"))
        self.rename.clicked.connect(self.open_rename_dialog)
        self.toggle_active.clicked.connect(self.toggle_selected)
        self.use_here.clicked.connect(self.use_selected_here)
        self.this_machine = QLabel(self)
        self.feedback = feedback_label(self)
        buttons = QHBoxLayout()
        for button in (self.add_till, self.add_kiosk, self.rename, self.toggle_active):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_here)
        layout = QVBoxLayout(self)
        layout.addWidget(self.this_machine)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        session.counterChanged.connect(lambda _c: self._fill())
        self.retranslateUi()
        self.refresh()

    def refresh(self) -> None:
        run_in_background(stores.list_counters, self._session.db, self._session.store.id,
                          on_done=while_alive(self, self._loaded),
                          on_error=while_alive(self, self._failed))

    def _loaded(self, counters: list[CounterInfo]) -> None:
        self.counters = counters
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        current = self._session.counter.id if self._session.counter else None
        selected = self.selected()
        self.table.setRowCount(len(self.counters))
        for row, c in enumerate(self.counters):
            name = c.name + ("  ★" if c.id == current else "")
            cells = (str(c.number), name, counter_kind_name(c.kind),
                     self.tr("Active") if c.active else self.tr("Inactive"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and c.id == selected.id:
                self.table.selectRow(row)
        fit_columns(self.table)
        counter = self._session.counter
        self.this_machine.setText(
            self.tr("This computer is {name} (★).").format(name=counter.name) if counter
            else self.tr("This computer is not a counter yet: choose one below."))
        self._update_buttons()

    def selected(self) -> CounterInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.counters):
            return None
        return self.counters[rows[0].row()]

    def select(self, counter_id: int) -> None:
        for row, c in enumerate(self.counters):
            if c.id == counter_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.rename, self.toggle_active, self.use_here):
            button.setEnabled(chosen is not None)
        here = self._session.counter
        self.toggle_active.setText(self.tr("&Reactivate") if chosen and not chosen.active
                                   else self.tr("&Deactivate"))
        if chosen is not None:
            self.use_here.setEnabled(chosen.active and (here is None or here.id != chosen.id))
            if here is not None and chosen.id == here.id and chosen.active:
                self.toggle_active.setEnabled(False)  # this computer cannot switch itself off

    # -- actions -----------------------------------------------------------------------

    def open_add_dialog(self, kind: str) -> ActionDialog:
        name = QLineEdit()
        name.setMaxLength(60)
        db, actor = self._session.db, self._session.actor

        def prepare() -> Callable[[], object]:
            text = name.text()
            return lambda: stores.add_counter(db, actor, text, kind)

        title = self.tr("Add a till") if kind == "counter" else self.tr("Add a kiosk")
        return self._open(ActionDialog(self, title, [(self.tr("&Name:"), name)], prepare))

    def open_rename_dialog(self) -> ActionDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        name = QLineEdit(chosen.name)
        name.setMaxLength(60)
        db, actor = self._session.db, self._session.actor

        def prepare() -> Callable[[], object]:
            text = name.text()
            return lambda: stores.update_counter(db, actor, chosen.id, name=text)

        return self._open(ActionDialog(self, self.tr("Rename {name}").format(name=chosen.name),
                                       [(self.tr("&Name:"), name)], prepare))

    def _open(self, dialog: ActionDialog) -> ActionDialog:
        self.dialog = dialog
        dialog.succeeded.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _changed(self, counter: CounterInfo) -> None:
        here = self._session.counter
        if here is not None and here.id == counter.id:
            self._session.set_counter(counter)
        show_feedback(self.feedback, self.tr("Saved."))
        self.refresh()

    def toggle_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        run_in_background(stores.update_counter, self._session.db, self._session.actor,
                          chosen.id, active=not chosen.active,
                          on_done=while_alive(self, self._changed),
                          on_error=while_alive(self, self._failed))

    def use_selected_here(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.active:
            return
        self._session.set_counter(chosen)
        show_feedback(self.feedback, self.tr("This computer is now {name}.").format(
            name=chosen.name))

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.feedback, error_text(exc), error=True)

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Kind"), self.tr("Status")])
        self.add_till.setText(self.tr("Add &till…"))
        self.add_kiosk.setText(self.tr("Add &kiosk…"))
        self.rename.setText(self.tr("Re&name…"))
        self.use_here.setText(self.tr("&Use on this computer"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
