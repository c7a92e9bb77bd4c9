"""Closing a listing with a deal, and taking a listing down. The fee shown while the price is
typed comes from the service's own arithmetic (matchmaking.service_fee); the service decides."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Actor
from pos_app.errors import DomainError
from pos_app.services import matchmaking
from pos_app.services.matchmaking import OpenListing
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import user_message
from ui.screens.deals.tender_form import TenderForm
from ui.session import while_alive
from ui.widgets import MoneyEdit
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background


def terms_text(listing: OpenListing, locale: str) -> str:
    """The listing's fee terms in the clerk's words: a fixed fee or a share of the price."""
    if listing.fee.minor:
        return QCoreApplication.translate("DealTerms", "Fixed fee {fee}").format(
            fee=listing.fee.format(locale))
    if listing.commission_bp:
        percent = f"{Decimal(listing.commission_bp).scaleb(-2):f}".rstrip("0").rstrip(".")
        return QCoreApplication.translate("DealTerms", "{percent}% of the price").format(
            percent=percent)
    return QCoreApplication.translate("DealTerms", "No fee")


class _ServiceDialog(QDialog):
    """A dialog whose OK button calls a service in the background; ``done_with(result)``."""

    finishedWith = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.error = feedback_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        raise NotImplementedError

    def _call(self, fn, *args, **kwargs) -> None:
        self.ok_button.setEnabled(False)
        show_feedback(self.error, "")
        run_in_background(fn, *args, **kwargs, on_done=while_alive(self, self._done),
                          on_error=while_alive(self, self._failed))

    def _done(self, result: object) -> None:
        self.finishedWith.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        show_feedback(self.error, user_message(exc), error=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class CloseDealDialog(_ServiceDialog):
    """``finishedWith(ClosedDeal)`` once the deal is recorded and its fee taken."""

    def __init__(self, db: StoreDB, actor: Actor, listing: OpenListing,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self.listing = db, actor, listing
        currency = listing.asking.currency
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.price = MoneyEdit(self, currency=currency)
        self.price_label = QLabel(self)
        self.price_label.setBuddy(self.price)
        self.seller_pays, self.buyer_pays = QRadioButton(self), QRadioButton(self)
        self.seller_pays.setChecked(True)
        self.payer = QButtonGroup(self)
        self.payer.addButton(self.seller_pays)
        self.payer.addButton(self.buyer_pays)
        payer_row = QHBoxLayout()
        payer_row.addWidget(self.seller_pays)
        payer_row.addWidget(self.buyer_pays)
        payer_row.addStretch(1)
        self.payer_label = QLabel(self)
        self.fee = QLabel(self)
        self.fee_label = QLabel(self)
        self.tender = TenderForm(currency, self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.price_label, self.price)
        form.addRow(self.payer_label, payer_row)
        form.addRow(self.fee_label, self.fee)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.tender)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.price.valueChanged.connect(lambda _v: self._update_fee())
        self.retranslateUi()
        self._update_fee()
        self.price.setFocus()
        self.resize(480, self.sizeHint().height())

    def fee_due(self):
        price = self.price.value()
        if price is None or price.minor <= 0:
            return None
        return matchmaking.service_fee(price, self.listing.fee, self.listing.commission_bp)

    def _update_fee(self) -> None:
        fee = self.fee_due()
        locale = i18n.current_locale_name()
        self.fee.setText("—" if fee is None else fee.format(locale))
        if fee is not None:
            self.tender.set_due(fee)
        self.ok_button.setEnabled(fee is not None)

    def submit(self) -> None:
        price = self.price.value()
        if price is None or price.minor <= 0:
            show_feedback(self.error, self.tr("Enter the price the buyer and the seller agreed."),
                          error=True)
            return
        try:
            tenders = self.tender.tenders()
        except DomainError as exc:
            show_feedback(self.error, user_message(exc), error=True)
            return
        paid_by = "buyer" if self.buyer_pays.isChecked() else "seller"
        self._call(matchmaking.close_deal, self._db, self._actor, self.listing.id, price, tenders,
                   paid_by=paid_by)

    def retranslateUi(self) -> None:
        super().retranslateUi()
        locale = i18n.current_locale_name()
        item = self.listing
        self.setWindowTitle(self.tr("Close the deal"))
        self.summary.setText(self.tr("{code} {item}\nSeller: {seller}  ·  asking {asking}  ·  {terms}")
                             .format(code=item.code, item=item.description, seller=item.seller,
                                     asking=item.asking.format(locale),
                                     terms=terms_text(item, locale)))
        self.price_label.setText(self.tr("&Deal price:"))
        self.payer_label.setText(self.tr("Fee paid by:"))
        self.seller_pays.setText(self.tr("&Seller"))
        self.buyer_pays.setText(self.tr("B&uyer"))
        self.fee_label.setText(self.tr("Service fee:"))
        self.note.setText(self.tr("The buyer pays the seller the deal price directly; only the "
                                  "service fee is taken here."))
        self.ok_button.setText(self.tr("Close &deal"))
        self.tender.retranslateUi()
        self._update_fee()


class WithdrawDialog(_ServiceDialog):
    """``finishedWith(ItemState)`` once the listing is down and the item back with its owner."""

    def __init__(self, db: StoreDB, actor: Actor, listing: OpenListing,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self.listing = db, actor, listing
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.retranslateUi()
        self.ok_button.setEnabled(False)
        self.resize(440, self.sizeHint().height())

    def submit(self) -> None:
        self._call(matchmaking.withdraw_listing, self._db, self._actor, self.listing.id,
                   self.reason.text())

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Withdraw the listing"))
        self.summary.setText(self.tr("{code} {item} goes back to its owner, {seller}.").format(
            code=self.listing.code, item=self.listing.description, seller=self.listing.seller))
        self.reason_label.setText(self.tr("&Reason:"))
        self.ok_button.setText(self.tr("&Withdraw"))
