"""Holds at the till: putting the selected item aside for a customer, and the list of holds in
force, each released or sold to the customer it was kept for (``pos_app.services.holds``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.clock import now
from pos_app.domain.roles import Actor
from pos_app.services import holds
from pos_app.services.holds import HoldView
from pos_app.services.parties import PartyView
from pos_app.services.store_db import StoreDB
from ui.errors import user_message
from ui.session import while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background


def local_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class HoldDialog(QDialog):
    """``chosen(dict)`` with the keywords of ``holds.place_hold`` (customer, phone, until)."""

    chosen = Signal(dict)

    def __init__(self, code: str, description: str, hold_hours: int,
                 customer: PartyView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._code, self._description = code, description
        self.item = QLabel(self)
        self.item.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.until = QDateTimeEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        until = (now() + timedelta(hours=hold_hours)).astimezone().replace(tzinfo=None)
        self.until.setDateTime(QDateTime(until))  # shown and read back in local time
        self.party_id = customer.id if customer else None
        if customer is not None and not customer.masked:
            self.name.setText(customer.name)
            self.phone.setText(customer.phone)
        self.name_label, self.phone_label, self.until_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.name_label, self.name), (self.phone_label, self.phone),
                             (self.until_label, self.until)):
            label.setBuddy(field)
        self.error = feedback_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.phone_label, self.phone)
        form.addRow(self.until_label, self.until)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslateUi()
        self.resize(420, self.sizeHint().height())

    def values(self) -> dict:
        until = self.until.dateTime().toPython().astimezone()  # local time, as the clerk sees it
        return {"customer_name": self.name.text().strip(), "customer_phone": self.phone.text().strip(),
                "party_id": self.party_id, "until": until}

    def submit(self) -> None:
        if not self.name.text().strip():
            show_feedback(self.error, self.tr("Enter the customer's name."), error=True)
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.chosen.emit(self.values())
        self.accept()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Hold an item"))
        self.item.setText(self.tr("Put {code} ({description}) aside for a customer.").format(
            code=self._code, description=self._description))
        self.name_label.setText(self.tr("Customer's &name:"))
        self.phone_label.setText(self.tr("&Phone:"))
        self.until_label.setText(self.tr("Held &until:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hold"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class HoldsDialog(QDialog):
    """The holds in force. ``sellRequested(HoldView)`` to sell one to its customer;
    ``loaded`` after the list was read; ``released(code)`` after a release."""

    sellRequested = Signal(object)
    loaded = Signal()
    released = Signal(str)

    def __init__(self, db: StoreDB, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._db, self._actor = db, actor
        self.holds: list[HoldView] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.sell())
        self.message = feedback_label(self)
        self.sell_button = QPushButton(self)
        self.sell_button.setProperty("role", "primary")
        self.sell_button.setDefault(True)
        self.sell_button.clicked.connect(self.sell)
        self.release_button = QPushButton(self)
        self.release_button.clicked.connect(self.release)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sell_button)
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.resize(720, 360)
        self.reload()

    def reload(self) -> None:
        run_in_background(holds.holds_in_force, self._db, self._actor,
                          on_done=while_alive(self, self._arrived),
                          on_error=while_alive(self, self._failed))

    def _arrived(self, found: list[HoldView]) -> None:
        self.holds = found
        self.table.setRowCount(len(found))
        for row, hold in enumerate(found):
            for column, text in enumerate((hold.code, hold.description, hold.customer_name,
                                           hold.customer_phone, local_text(hold.until))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if found:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.message, user_message(exc), error=True)

    def selected(self) -> HoldView | None:
        row = self.table.currentRow()
        return self.holds[row] if 0 <= row < len(self.holds) else None

    def select_code(self, code: str) -> None:
        row = next((i for i, h in enumerate(self.holds) if h.code == code), -1)
        if row >= 0:
            self.table.selectRow(row)

    def sell(self) -> None:
        hold = self.selected()
        if hold is not None:
            self.sellRequested.emit(hold)
            self.accept()

    def release(self) -> None:
        hold = self.selected()
        if hold is None:
            return

        def done(_none: None) -> None:
            show_feedback(self.message, self.tr("The hold on {code} was released; it can be sold "
                                                "again.").format(code=hold.code))
            self.released.emit(hold.code)
            self.reload()

        run_in_background(holds.release_hold, self._db, self._actor, hold.id,
                          on_done=while_alive(self, done), on_error=while_alive(self, self._failed))

    def _refresh(self) -> None:
        chosen = bool(self.holds)
        self.sell_button.setEnabled(chosen)
        self.release_button.setEnabled(chosen)
        if not self.holds:
            show_feedback(self.message, self.tr("No item is on hold."))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Holds"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Item"), self.tr("Customer"),
                                              self.tr("Phone"), self.tr("Held until")])
        self.sell_button.setText(self.tr("&Sell to the customer"))
        self.release_button.setText(self.tr("&Release"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
