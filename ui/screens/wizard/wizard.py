"""The first run on a new database: language, store, currency and tax, the first admin.

Each page checks its answers with the service's own rules as the clerk leaves it; Finish
creates everything in one call to ``stores.initialise_store``, so a refusal leaves the
database as empty as it was and the message on the page.
"""

from __future__ import annotations

from babel.numbers import get_currency_name
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pos_app.domain.codes import validate_store_code
from pos_app.domain.roles import Actor
from pos_app.errors import DomainError
from pos_app.services import stores, users
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import report_exception, user_message
from ui.session import save_language, while_alive
from ui.theme import repolish
from ui.workers import run_in_background

CURRENCIES = ("CNY", "HKD", "MOP", "TWD", "USD", "EUR", "GBP", "JPY", "SGD")
DEFAULT_TAX_RATE = "13"


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _show_error(label: QLabel, text: str, field: QLineEdit | None = None) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None:
        field.setProperty("invalid", bool(text))
        repolish(field)


def _pin_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    field.setMaxLength(12)
    return field


class WelcomePage(QWizardPage):
    """Greets the person setting up the store and lets them pick the language at once."""

    def __init__(self, db_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_label = db_label
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for code, native in i18n.available_languages():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label.setBuddy(self.language)
        self.database = QLabel(self)
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.database)
        self.retranslateUi()

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code and code != i18n.current_language():
            i18n.install_language(QApplication.instance(), code)
            save_language(code)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Welcome to Circular POS"))
        self.setSubTitle(self.tr("This database is new. Set up your store in four short steps."))
        self.intro.setText(self.tr(
            "You will name the store, choose its currency and tax rate, and create the "
            "administrator account that manages everything else."))
        self.language_label.setText(self.tr("&Language:"))
        self.database.setText(self.tr("Database: {db}").format(db=self._db_label))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class StorePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.code = QLineEdit(self)
        self.code.setMaxLength(6)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.code_label = QLabel(self)
        self.code_label.setBuddy(self.code)
        self.code_hint = QLabel(self)
        self.code_hint.setWordWrap(True)
        self.error = _error_label(self)
        self.registerField("storeName*", self.name)
        self.registerField("storeCode*", self.code)
        self.code.textEdited.connect(lambda _text: _show_error(self.error, "", self.code))

        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.code_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslateUi()

    def validatePage(self) -> bool:
        try:
            self.code.setText(validate_store_code(self.code.text()))
        except DomainError as exc:
            _show_error(self.error, user_message(exc), self.code)
            self.code.setFocus()
            return False
        _show_error(self.error, "", self.code)
        return True

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your store"))
        self.setSubTitle(self.tr(
            "The name is printed on receipts; the code starts every item code."))
        self.name_label.setText(self.tr("Store &name:"))
        self.code_label.setText(self.tr("Store &code:"))
        self.name.setPlaceholderText(self.tr("e.g. Green Loop Xuhui"))
        self.code.setPlaceholderText(self.tr("e.g. SH01"))
        self.code_hint.setText(self.tr(
            "Items of this store get codes such as SH01-0000001X. "
            "The code cannot be changed later."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class MoneyPage(QWizardPage):
    """Currency and the standard tax rate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = QComboBox(self)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.tax_rate = QLineEdit(DEFAULT_TAX_RATE, self)
        self.tax_rate.setMaxLength(7)
        self.tax_rate.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.currency_label = QLabel(self)
        self.currency_label.setBuddy(self.currency)
        self.tax_label = QLabel(self)
        self.tax_label.setBuddy(self.tax_rate)
        self.tax_hint = QLabel(self)
        self.tax_hint.setWordWrap(True)
        self.error = _error_label(self)
        self.registerField("currency", self.currency, "currentData")
        self.registerField("taxRate", self.tax_rate)  # prefilled, so not "*"
        self.tax_rate.textEdited.connect(lambda _text: _show_error(self.error, "", self.tax_rate))

        form = QFormLayout()
        form.addRow(self.currency_label, self.currency)
        form.addRow(self.tax_label, self.tax_rate)
        form.addRow("", self.tax_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslateUi()

    def validatePage(self) -> bool:
        try:
            stores.tax_rate_bp(self.tax_rate.text())
        except DomainError as exc:
            _show_error(self.error, user_message(exc), self.tax_rate)
            self.tax_rate.setFocus()
            return False
        _show_error(self.error, "", self.tax_rate)
        return True

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Money"))
        self.setSubTitle(self.tr("Prices, payments and reports are kept in this currency."))
        self.currency_label.setText(self.tr("&Currency:"))
        self.tax_label.setText(self.tr("Standard &tax rate (%):"))
        self.tax_hint.setText(self.tr(
            "Prices are entered including tax; the rate is used to show the tax on receipts. "
            "Categories can have their own rate."))
        locale = i18n.current_locale_name()
        for index in range(self.currency.count()):
            code = self.currency.itemData(index)
            self.currency.setItemText(index, f"{code} — {get_currency_name(code, locale=locale)}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class AdminPage(QWizardPage):
    """The first administrator; Finish creates the store with them (off the GUI thread)."""

    def __init__(self, db: StoreDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._job = None
        self.created: Actor | None = None
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(80)
        self.username = QLineEdit(self)
        self.username.setMaxLength(40)
        self.pin = _pin_field(self)
        self.pin_again = _pin_field(self)
        self.labels = [QLabel(self) for _ in range(4)]
        self.error = _error_label(self)
        for label, field in zip(self.labels, (self.display_name, self.username, self.pin,
                                              self.pin_again), strict=True):
            label.setBuddy(field)
            field.textEdited.connect(lambda _text: _show_error(self.error, ""))
        self.registerField("adminName*", self.display_name)
        self.registerField("adminUsername*", self.username)
        self.registerField("adminPin*", self.pin)
        self.registerField("adminPinAgain*", self.pin_again)
        self.pin_hint = QLabel(self)
        self.pin_hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.labels[0], self.display_name)
        form.addRow(self.labels[1], self.username)
        form.addRow(self.labels[2], self.pin)
        form.addRow(self.labels[3], self.pin_again)
        form.addRow("", self.pin_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslateUi()

    def is_busy(self) -> bool:
        return self._job is not None

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if self._job is not None:
            return False
        if self.pin.text() != self.pin_again.text():
            _show_error(self.error, self.tr("The two PINs differ; type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return False
        try:
            users.validate_username(self.username.text())
            users.validate_secret("pin", self.pin.text())
        except DomainError as exc:
            _show_error(self.error, user_message(exc))
            return False
        wizard = self.wizard()
        self._set_busy(True)
        self._job = run_in_background(
            stores.initialise_store, self._db,
            store_name=wizard.field("storeName"), store_code=wizard.field("storeCode"),
            currency=wizard.field("currency") or "CNY", tax_rate=wizard.field("taxRate"),
            locale=i18n.current_locale_name(),
            admin_username=self.username.text().strip(),
            admin_display_name=self.display_name.text().strip(),
            admin_secret=self.pin.text(), admin_secret_kind="pin",
            counter_name=self.tr("Counter 1"),
            on_done=while_alive(self, self._on_created),
            on_error=while_alive(self, self._on_failed))
        return False

    def _set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)
        wizard = self.wizard()
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            wizard.button(which).setEnabled(not busy)
        if busy:
            _show_error(self.error, "")
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _on_created(self, actor: Actor) -> None:
        self._job = None
        self._set_busy(False)
        self.created = actor
        wizard = self.wizard()
        wizard.storeCreated.emit(actor)
        wizard.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._job = None
        self._set_busy(False)
        _show_error(self.error, user_message(exc))
        if not isinstance(exc, DomainError):
            report_exception(exc)  # a bug: logged with its traceback

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(self.tr(
            "The first account manages users, counters and settings. Keep its PIN safe."))
        texts = (self.tr("Full &name:"), self.tr("&User name:"), self.tr("&PIN:"),
                 self.tr("PIN &again:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. admin"))
        self.pin_hint.setText(self.tr("A PIN is 4 to 12 digits."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create the store"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class FirstRunWizard(QWizard):
    """Sets up an empty database; ``storeCreated(actor)`` carries the first admin."""

    storeCreated = Signal(object)

    def __init__(self, db: StoreDB, db_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.welcome_page = WelcomePage(db_label, self)
        self.store_page = StorePage(self)
        self.money_page = MoneyPage(self)
        self.admin_page = AdminPage(db, self)
        for page in (self.welcome_page, self.store_page, self.money_page, self.admin_page):
            self.addPage(page)
        self.setMinimumSize(640, 480)
        self.retranslateUi()

    @property
    def admin(self) -> Actor | None:
        return self.admin_page.created

    def reject(self) -> None:
        if self.admin_page.is_busy():  # the store is being written; it finishes either way
            return
        super().reject()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Set up Circular POS"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
