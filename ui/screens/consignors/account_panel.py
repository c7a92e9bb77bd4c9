"""One consignor's account: what they are owed and hold in store credit, their items in the
store, sold and gone, their payouts; paying out and printing a statement from here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.services import consignors
from pos_app.services.consignors import ConsignorAccount, PayoutView
from ui.errors import user_message
from ui.screens.consignors.common import (
    action_name,
    day,
    fill_table,
    method_name,
    money,
    outcome_name,
    read_only_table,
    when,
)
from ui.screens.consignors.dialogs import PayoutDialog, StatementDialog
from ui.session import Session, while_alive
from ui.terms import state_name
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background


class AccountPanel(QWidget):
    """``loaded(ConsignorAccount)`` when an account arrived; ``paidOut(PayoutView)`` after a
    payout; ``previewOpened(PdfPreviewDialog)`` when a statement is shown."""

    loaded = Signal(object)
    paidOut = Signal(object)
    previewOpened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.account: ConsignorAccount | None = None
        self.party_id: int | None = None
        self.dialog = None  # the payout or statement dialog while it is open

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.owed = QLabel(self)
        self.owed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.message = feedback_label(self)
        self.pay_button = QPushButton(self)
        self.pay_button.setProperty("role", "primary")
        self.pay_button.clicked.connect(self.open_payout)
        self.statement_button = QPushButton(self)
        self.statement_button.clicked.connect(self.open_statement)

        self.tabs = QTabWidget(self)
        self.in_store = read_only_table(self, 7)
        self.sold = read_only_table(self, 7)
        self.ended = read_only_table(self, 5)
        self.payouts = read_only_table(self, 6)
        for table in (self.in_store, self.sold, self.ended, self.payouts):
            self.tabs.addTab(table, "")

        buttons = QHBoxLayout()
        buttons.addWidget(self.owed, 1)
        buttons.addWidget(self.statement_button)
        buttons.addWidget(self.pay_button)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addLayout(buttons)
        body.addWidget(self.message)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)
        self.body.hide()
        self.retranslateUi()

    # -- loading -----------------------------------------------------------------------

    def show_party(self, party_id: int | None) -> None:
        self.party_id = party_id
        self.placeholder.setVisible(party_id is None)
        self.body.setVisible(party_id is not None)
        if party_id is not None:
            self.reload()

    def reload(self) -> None:
        if self.party_id is None:
            return
        s = self._session
        run_in_background(consignors.account, s.db, s.actor, self.party_id,
                          on_done=while_alive(self, self._arrived),
                          on_error=while_alive(self, self._failed))

    def _arrived(self, acct: ConsignorAccount) -> None:
        if acct.party_id != self.party_id:
            return  # another consignor was chosen meanwhile
        self.account = acct
        self._fill()
        self.loaded.emit(acct)

    def _fill(self) -> None:
        acct = self.account
        if acct is None:
            return
        self.heading.setText(f"{acct.name}  {acct.phone}".strip())
        self.owed.setText(self.tr("Owed: <b>{owed}</b> · Store credit: {credit}").format(
            owed=money(acct.owed), credit=money(acct.store_credit)))
        self.pay_button.setEnabled(acct.owed.minor > 0)
        due = self.tr("due: {action}")
        fill_table(self.in_store, [
            [i.code, f"{i.name} ({i.grade})" if i.grade else i.name, state_name(i.state),
             money(i.price), "—" if i.days_on_shelf is None else str(i.days_on_shelf),
             i.contract_number or "—",
             day(i.contract_expires_on) + ("  " + self.tr("(ended)") if i.expired else "")]
            for i in acct.in_store], right=(3, 4), stretch=1)
        fill_table(self.sold, [
            [when(i.sold_at), i.code, i.name, i.sale_number, money(i.sale_price), money(i.share),
             self.tr("Returned") if i.returned else ""] for i in acct.sold],
            right=(4, 5), stretch=2)
        waiting = [[i.code, i.name, due.format(action=action_name(i.action_due or "")),
                    day(i.contract_expires_on),
                    i.contract_number or "—"] for i in acct.in_store if i.expired]
        fill_table(self.ended, waiting + [
            [i.code, i.name, outcome_name(i.outcome), when(i.at), i.contract_number or "—"]
            for i in acct.ended], stretch=1)
        fill_table(self.payouts, [
            [when(p.at), method_name(p.method), money(p.amount),
             money(p.bonus) if p.bonus.minor else "", p.reference, p.by] for p in acct.payouts],
            right=(2, 3), stretch=4)
        self.tabs.setTabText(0, self.tr("In the store (%n)", "", len(acct.in_store)))
        self.tabs.setTabText(1, self.tr("Sold (%n)", "", len(acct.sold)))
        self.tabs.setTabText(2, self.tr("Expired and gone (%n)", "", len(waiting) + len(acct.ended)))
        self.tabs.setTabText(3, self.tr("Payouts (%n)", "", len(acct.payouts)))

    def _failed(self, exc: BaseException) -> None:
        self.show_message(user_message(exc), error=True)

    # -- paying out and statements -----------------------------------------------------

    def open_payout(self) -> None:
        if self.account is None:
            return
        self.dialog = PayoutDialog(self._session, self.account, self)
        self.dialog.succeeded.connect(self._paid)
        self.dialog.open()

    def _paid(self, payout: PayoutView) -> None:
        self.show_message(self.tr("Paid {amount} by {method}.").format(
            amount=money(payout.amount), method=method_name(payout.method).lower())
            + (" " + self.tr("Bonus credit: {bonus}.").format(bonus=money(payout.bonus))
               if payout.bonus.minor else ""))
        self.dialog = None
        self.paidOut.emit(payout)
        self.reload()

    def open_statement(self) -> None:
        if self.account is None:
            return
        self.dialog = StatementDialog(self._session, self.account, self.window())
        self.dialog.succeeded.connect(self._previewed)
        self.dialog.open()

    def _previewed(self, preview) -> None:
        self.dialog = None
        self.previewOpened.emit(preview)

    # -- messages and language ---------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def retranslateUi(self) -> None:
        self.placeholder.setText(self.tr("Choose a consignor to see their account."))
        self.pay_button.setText(self.tr("&Pay out…"))
        self.statement_button.setText(self.tr("S&tatement…"))
        self.in_store.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Item (grade)"), self.tr("State"), self.tr("Price"),
            self.tr("Days on shelf"), self.tr("Contract"), self.tr("Ends")])
        self.sold.setHorizontalHeaderLabels([
            self.tr("Sold"), self.tr("Code"), self.tr("Item"), self.tr("Receipt"),
            self.tr("Sale price"), self.tr("Their share"), ""])
        self.ended.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Item"), self.tr("What became of it"), self.tr("When"),
            self.tr("Contract")])
        self.payouts.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Paid by"), self.tr("Amount"), self.tr("Bonus"),
            self.tr("Reference"), self.tr("By")])
        if self.account is None:
            for index, text in enumerate((self.tr("In the store"), self.tr("Sold"),
                                          self.tr("Expired and gone"), self.tr("Payouts"))):
                self.tabs.setTabText(index, text)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
