"""Store credit and gift vouchers, looked up at the counter: a customer's store-credit ledger
(a manager may correct it, with a reason), and a voucher's balance, expiry and ledger."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.services import credit, parties, vouchers
from pos_app.services.credit import CreditLine
from pos_app.services.parties import PartyView
from pos_app.services.store_db import StoreDB
from pos_app.services.vouchers import VoucherView
from ui.errors import user_message
from ui.screens.consignors.common import day, fill_table, money, read_only_table, when
from ui.screens.settings.common import ActionDialog, FormProblem
from ui.session import Session, while_alive
from ui.widgets import MoneyEdit, ScannerInput
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

SEARCH_DELAY_MS = 250


def credit_ledger(db: StoreDB, actor: Actor, party_id: int) -> tuple[int, list[CreditLine], Money]:
    """A person's ledger and balance, read together off the GUI thread."""
    return party_id, credit.history(db, actor, party_id), credit.balance(db, party_id)


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StoreCreditTab(QWidget):
    """``ledgerLoaded(party_id)`` when a ledger is shown; ``adjusted(CreditLine)``."""

    ledgerLoaded = Signal(int)
    adjusted = Signal(object)
    searched = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.people: list[PartyView] = []
        self.party: PartyView | None = None
        self.lines: list[CreditLine] = []
        self.balance: Money | None = None
        self.dialog: ActionDialog | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.list = read_only_table(self, 2, self._chosen)
        self.heading = _heading(self)
        self.ledger = read_only_table(self, 6)
        self.message = feedback_label(self)
        self.adjust_button = QPushButton(self)
        self.adjust_button.clicked.connect(self.open_adjust)
        self.adjust_button.setVisible(session.actor.can(Permission.PAY_CONSIGNORS))
        self.adjust_button.setEnabled(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        right = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.adjust_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.ledger, 1)
        right_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslateUi()

    def run_search(self) -> None:
        s = self._session
        run_in_background(parties.list_parties, s.db, s.actor, self.search.text(), limit=50,
                          on_done=while_alive(self, self._people_arrived),
                          on_error=while_alive(self, self._failed))

    def _people_arrived(self, people: list[PartyView]) -> None:
        self.people = people
        fill_table(self.list, [[p.name, p.phone] for p in people], stretch=0)
        self.searched.emit()

    def _chosen(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.people):
            self.show_party(self.people[rows[0].row()])

    def show_party(self, party: PartyView) -> None:
        self.party = party
        s = self._session
        run_in_background(credit_ledger, s.db, s.actor, party.id,
                          on_done=while_alive(self, self._ledger_arrived),
                          on_error=while_alive(self, self._failed))

    def _ledger_arrived(self, answer: tuple[int, list[CreditLine], Money]) -> None:
        party_id, lines, balance = answer
        if self.party is None or party_id != self.party.id:
            return  # an earlier person's ledger, overtaken by the one now chosen
        self.lines, self.balance = lines, balance
        self._fill()
        self.adjust_button.setEnabled(True)
        self.ledgerLoaded.emit(party_id)

    def _fill(self) -> None:
        if self.party is None or self.balance is None:
            self.heading.setText(self.tr("Choose a customer to see their store credit."))
            return
        self.heading.setText(self.tr("{name}: store credit {balance}").format(
            name=self.party.name, balance=money(self.balance)))
        fill_table(self.ledger, [[when(ln.at), money(ln.amount), money(ln.balance),
                                  self._reason(ln.reason), self._reason(ln.reference), ln.by]
                                 for ln in reversed(self.lines)],
                   right=(1, 2), stretch=3)
        show_feedback(self.message, "" if self.lines else self.tr("No store credit yet."))

    def _reason(self, text: str) -> str:
        """The services' own words for a movement, translated; a manager's reason as typed."""
        words = {"sale": self.tr("Paid a sale"), "refund": self.tr("Refund"),
                 "buy-back": self.tr("Buy-back"), "consignor payout": self.tr("Consignor payout"),
                 "adjustment": self.tr("Adjustment")}
        return words.get(text, text)

    def open_adjust(self) -> None:
        if self.party is None or self.balance is None:
            return
        amount = MoneyEdit(currency=self.balance.currency, allow_negative=True)
        reason = QLineEdit()
        reason.setMaxLength(120)
        s, party_id = self._session, self.party.id

        def prepare():
            value = amount.value()
            if value is None or not value.minor:
                raise FormProblem(amount.errorMessage() or self.tr(
                    "Enter the change: more than zero to add credit, below zero to take it off."))
            text = reason.text()
            return lambda: credit.adjust(s.db, s.actor, party_id, value, text)

        self.dialog = ActionDialog(self, self.tr("Change {name}'s store credit").format(
            name=self.party.name), [(self.tr("&Change by:"), amount), (self.tr("&Reason:"), reason)],
            prepare, self.tr("Change"))
        self.dialog.succeeded.connect(self._adjusted)
        self.dialog.open()

    def _adjusted(self, line: CreditLine) -> None:
        self.dialog = None
        show_feedback(self.message, self.tr("Store credit changed by {amount}; it is now {balance}.")
                      .format(amount=money(line.amount), balance=money(line.balance)))
        self.adjusted.emit(line)
        if self.party is not None:
            self.show_party(self.party)

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.message, user_message(exc), error=True)

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search customers by name or phone"))
        self.list.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone")])
        self.ledger.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Amount"), self.tr("Balance"), self.tr("Why"),
            self.tr("Reference"), self.tr("By")])
        self.adjust_button.setText(self.tr("C&hange…"))
        self._fill()



class VoucherTab(QWidget):
    """``looked(VoucherView)`` when a voucher is shown."""

    looked = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.view: VoucherView | None = None
        self.code = ScannerInput(self)
        self.code.scanned.connect(self.look_up)
        self.heading = _heading(self)
        self.facts = QLabel(self)
        self.ledger = read_only_table(self, 4)
        self.message = feedback_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.ledger, 1)
        layout.addWidget(self.message)
        self.retranslateUi()

    def look_up(self, code: str) -> None:
        s = self._session
        run_in_background(vouchers.voucher, s.db, s.actor, code,
                          on_done=while_alive(self, self._arrived),
                          on_error=while_alive(self, self._failed))

    def _arrived(self, view: VoucherView) -> None:
        self.view = view
        show_feedback(self.message, "")
        self._fill()
        self.looked.emit(view)

    def _reason(self, reason: str) -> str:
        texts = {"issued": self.tr("Issued"), "spent": self.tr("Spent"),
                 "refund": self.tr("Refunded")}
        return texts.get(reason, reason)

    def _fill(self) -> None:
        view = self.view
        if view is None:
            self.heading.setText(self.tr("Scan or type a gift voucher's code."))
            self.facts.setText("")
            return
        self.heading.setText(self.tr("Gift voucher {code}: {balance} left").format(
            code=view.code, balance=money(view.balance)))
        self.facts.setText(self.tr("Valid until {date}").format(date=day(view.expires_on))
                           if view.expires_on else self.tr("No expiry date"))
        fill_table(self.ledger, [[when(datetime.fromisoformat(at)), money(amount),
                                  self._reason(reason), reference]
                                 for at, amount, reason, reference in reversed(view.entries)],
                   right=(1,), stretch=3)

    def _failed(self, exc: BaseException) -> None:
        show_feedback(self.message, user_message(exc), error=True)

    def retranslateUi(self) -> None:
        self.ledger.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Amount"), self.tr("What"), self.tr("Receipt")])
        self._fill()


class AccountsScreen(QWidget):
    """Store credit and gift vouchers, one tab each."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.credit = StoreCreditTab(session, self)
        self.vouchers = VoucherTab(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.credit, "")
        self.tabs.addTab(self.vouchers, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslateUi()
        self.credit.run_search()

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("&Store credit"))
        self.tabs.setTabText(1, self.tr("&Gift vouchers"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.credit.retranslateUi()
            self.vouchers.retranslateUi()
        super().changeEvent(event)
