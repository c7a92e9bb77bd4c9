"""The consignor account's two dialogs: paying out what is owed, and a statement for a period
(made in the background and opened in the PDF preview)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QSpinBox, QWidget

from pos_app.domain.money import Money
from pos_app.printing.consignor_statement import print_statement
from pos_app.services import consignors, settings
from pos_app.services.consignors import ConsignorAccount
from ui import i18n
from ui.screens.consignors.common import METHOD_NAMES, method_name, money
from ui.screens.settings.common import ActionDialog, FormProblem
from ui.session import Session, while_alive
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.pdf_preview import PdfPreviewDialog, show_pdf
from ui.workers import run_in_background


class PayoutDialog(ActionDialog):
    """Pay a consignor: the amount starts at all that is owed; a store-credit payout shows the
    bonus the store adds. ``succeeded(PayoutView)`` once paid."""

    def __init__(self, session: Session, acct: ConsignorAccount, parent: QWidget | None = None) -> None:
        self._session, self._account = session, acct
        currency = acct.owed.currency
        self.amount = MoneyEdit(currency=currency)
        self.amount.setValue(acct.owed)
        self.method = QComboBox()
        for method in METHOD_NAMES:
            self.method.addItem(method_name(method), method)
        self.reference = QLineEdit()
        self.reference.setMaxLength(80)
        self.bonus = QSpinBox()
        self._bonus_typed = False  # until the clerk changes it, the store's own bonus applies
        self.bonus.setRange(0, 50)
        self.bonus.setSuffix(" %")
        qt = QCoreApplication  # self.tr works only once the dialog exists
        super().__init__(parent, qt.translate("PayoutDialog", "Pay {name}").format(name=acct.name), [
            (qt.translate("PayoutDialog", "&Amount:"), self.amount),
            (qt.translate("PayoutDialog", "&Paid by:"), self.method),
            (qt.translate("PayoutDialog", "&Reference:"), self.reference),
            (qt.translate("PayoutDialog", "&Bonus:"), self.bonus)],
            self._prepare_payout, qt.translate("PayoutDialog", "Pay out"))
        self.owed_note = QLabel(self.tr("Owed: {owed}").format(owed=money(acct.owed)), self)
        self.credit_note = QLabel(self)
        self.layout().insertWidget(0, self.owed_note)
        self.layout().insertWidget(2, self.credit_note)
        self.method.currentIndexChanged.connect(lambda _i: self._method_chosen())
        self.amount.valueChanged.connect(lambda _v: self._show_credit())
        self.bonus.valueChanged.connect(lambda _v: self._bonus_changed())
        self._method_chosen()
        run_in_background(settings.get_settings, session.db, session.store.id,
                          on_done=while_alive(self, self._settings_arrived))

    def _settings_arrived(self, values: dict) -> None:
        typed = self._bonus_typed
        self.bonus.setValue(int(values.get("credit_bonus_percent") or 0))
        self._bonus_typed = typed

    def _bonus_changed(self) -> None:
        self._bonus_typed = True
        self._show_credit()

    def _method_chosen(self) -> None:
        method = self.method.currentData()
        form = self.layout().itemAt(1).layout()
        form.setRowVisible(self.bonus, method == "credit")
        form.setRowVisible(self.reference, method != "cash")
        self.reference.setPlaceholderText(
            self.tr("The bank's transaction number") if method == "transfer" else "")
        self._show_credit()

    def _show_credit(self) -> None:
        value = self.amount.value()
        credit = self.method.currentData() == "credit" and value is not None
        self.credit_note.setVisible(credit)
        if credit:
            bonus = value.percent(Decimal(self.bonus.value()))
            self.credit_note.setText(self.tr("Store credit given: {total} ({amount} and a bonus of "
                                             "{bonus})").format(total=money(value + bonus),
                                                                amount=money(value),
                                                                bonus=money(bonus)))

    def _prepare_payout(self):
        amount: Money | None = self.amount.value()
        if amount is None:
            raise FormProblem(self.amount.errorMessage() or self.tr("Enter the amount to pay."))
        method = self.method.currentData()
        # an untouched bonus is the store's setting, read again by the service (None)
        bonus = Decimal(self.bonus.value()) if method == "credit" and self._bonus_typed else None
        s, party = self._session, self._account.party_id
        reference = self.reference.text() if method != "cash" else ""
        return lambda: consignors.pay_out(s.db, s.actor, party, amount, method,
                                          reference=reference, bonus_percent=bonus)


class StatementDialog(ActionDialog):
    """Choose the period; the statement is made in the background and previewed.
    ``succeeded(PdfPreviewDialog)`` once the preview is open."""

    def __init__(self, session: Session, acct: ConsignorAccount, parent: QWidget | None = None) -> None:
        self._session, self._account = session, acct
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self._parent = parent
        qt = QCoreApplication  # self.tr works only once the dialog exists
        super().__init__(parent, qt.translate("StatementDialog", "Statement for {name}").format(
            name=acct.name), [(qt.translate("StatementDialog", "&From:"), self.date_from),
                              (qt.translate("StatementDialog", "&To:"), self.date_to)],
            self._prepare_statement, qt.translate("StatementDialog", "Preview"))
        self.preview: PdfPreviewDialog | None = None

    def _prepare_statement(self):
        first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        if last < first:
            raise FormProblem(self.tr("The last day is before the first; swap the dates."))
        s, party, language = self._session, self._account.party_id, i18n.current_language()
        return lambda: print_statement(s.db, s.actor, party, first, last, language=language)

    def _done(self, pdf: bytes) -> None:
        first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        self.preview = show_pdf(self._parent, pdf, self.tr("Statement for {name}").format(
            name=self._account.name), f"statement-{self._account.party_id}-{first}-{last}.pdf")
        super()._done(self.preview)
