"""Contracts ending soon or already ended with items still in the store, each with the action
its contract says is due, done with one button and a confirmation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_app.services import consignors
from pos_app.services.consignment_expiry import ExpiringContract, Settled
from ui.errors import user_message
from ui.screens.consignors.common import action_name, day, fill_table, read_only_table
from ui.session import Session, while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

CONTRACT, CONSIGNOR, ENDS, LEFT, ITEMS, DUE = range(6)


class ExpiringPanel(QWidget):
    """``loaded`` after the list arrived; ``settled(Settled)`` after an action was done."""

    loaded = Signal()
    settled = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.contracts: list[ExpiringContract] = []
        self.confirm: QMessageBox | None = None
        self.within_label = QLabel(self)
        self.within = QSpinBox(self)
        self.within.setRange(0, 365)
        self.within.setValue(7)
        self.within_label.setBuddy(self.within)
        self.within.valueChanged.connect(lambda _v: self.reload())
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.table = read_only_table(self, 6, self._update_button)
        self.message = feedback_label(self)
        self.act_button = QPushButton(self)
        self.act_button.setProperty("role", "primary")
        self.act_button.clicked.connect(self.ask_settle)

        top = QHBoxLayout()
        top.addWidget(self.within_label)
        top.addWidget(self.within)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.act_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.retranslateUi()

    def reload(self) -> None:
        s = self._session
        run_in_background(consignors.expiring_contracts, s.db, s.actor, self.within.value(),
                          on_done=while_alive(self, self._arrived),
                          on_error=while_alive(self, self._failed))

    def _arrived(self, contracts: list[ExpiringContract]) -> None:
        self.contracts = contracts
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        fill_table(self.table, [
            [c.number, c.name, day(c.expires_on), self._left(c.days_left),
             ", ".join(i.code for i in c.items), action_name(c.action)] for c in self.contracts],
            stretch=ITEMS)
        self._update_button()

    def _left(self, days: int) -> str:
        if days < 0:
            return self.tr("ended %n day(s) ago", "", -days)
        if days == 0:
            return self.tr("ends today")
        return self.tr("in %n day(s)", "", days)

    def current(self) -> ExpiringContract | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.contracts):
            return None
        return self.contracts[rows[0].row()]

    def _update_button(self) -> None:
        chosen = self.current()
        self.act_button.setEnabled(chosen is not None)
        if chosen is None:
            self.act_button.setText(self.tr("Choose a contract"))
            return
        count = len(chosen.items)
        texts = {"return": self.tr("Return %n item(s) to the owner…", "", count),
                 "donate": self.tr("Donate %n item(s)…", "", count),
                 "convert": self.tr("Take %n item(s) into store stock…", "", count)}
        self.act_button.setText(texts[chosen.action])
        # donating or taking over is for after the end; handing back is possible any time
        self.act_button.setEnabled(chosen.expired or chosen.action == "return")

    def ask_settle(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        codes = "\n".join(f"{i.code}  {i.name}" for i in chosen.items)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Settle contract {number}").format(
            number=chosen.number),
            self.tr("{action}: %n item(s) of contract {number} ({name}). This cannot be undone "
                    "here.", "", len(chosen.items)).format(action=action_name(chosen.action),
                                                           number=chosen.number, name=chosen.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDetailedText(codes)
        box.button(QMessageBox.StandardButton.Yes).setText(action_name(chosen.action))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._confirmed(
            chosen, result == QMessageBox.StandardButton.Yes))
        self.confirm = box
        box.open()

    def _confirmed(self, chosen: ExpiringContract, yes: bool) -> None:
        self.confirm = None
        if not yes:
            return
        self.act_button.setEnabled(False)
        s = self._session
        run_in_background(consignors.settle_expired, s.db, s.actor, chosen.id, chosen.action,
                          [i.code for i in chosen.items],
                          on_done=while_alive(self, self._settled),
                          on_error=while_alive(self, self._failed))

    def _settled(self, done: Settled) -> None:
        text = self.tr("Contract {number}: %n item(s) done.", "", len(done.codes)).format(
            number=done.number)
        if done.settled:
            text += " " + self.tr("The contract is settled.")
        self.show_message(text)
        self.settled.emit(done)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._update_button()
        self.show_message(user_message(exc), error=True)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def retranslateUi(self) -> None:
        self.within_label.setText(self.tr("Contracts ending within"))
        self.within.setSuffix(self.tr(" days"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Contract"), self.tr("Consignor"), self.tr("Ends"), self.tr("When"),
            self.tr("Items in the store"), self.tr("Due")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
