"""Settings tabs for the store itself, its printers, and the language of the screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.services import settings, stores
from pos_app.services.stores import StoreInfo
from ui import i18n
from ui.screens.settings.common import error_text
from ui.session import Session, save_language, while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

PRINTER_KEYS = ("label_printer", "receipt_printer", "report_printer")
LABEL_SIZES = ("50x30mm", "40x30mm", "60x40mm", "70x50mm", "100x150mm")


def _save_row(parent: QWidget) -> tuple[QHBoxLayout, QPushButton, QLabel]:
    button = QPushButton(parent)
    button.setProperty("role", "primary")
    feedback = feedback_label(parent)
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(feedback, 1)
    row.addStretch(0)
    return row, button, feedback


def _settings_and_printers(db, store_id: int) -> tuple[dict[str, object], list[str]]:  # noqa: ANN001
    """The saved settings and the installed printers, read off the GUI thread (CUPS can be slow)."""
    return settings.get_settings(db, store_id), list(QPrinterInfo.availablePrinterNames())


class StoreTab(QWidget):
    """The store's name and standard tax rate (code and currency are fixed at set-up)."""

    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.code = QLabel(self)
        self.currency = QLabel(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.tax_rate = QLineEdit(self)
        self.tax_rate.setMaxLength(7)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.code, self.currency, self.name, self.tax_rate),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        row, self.save_button, self.feedback = _save_row(self)
        self.save_button.clicked.connect(self.save)
        self.tax_rate.returnPressed.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        self._show(session.store)
        self.retranslateUi()

    def _show(self, store: StoreInfo) -> None:
        self.code.setText(store.code)
        self.currency.setText(store.currency)
        self.name.setText(store.name)
        self.tax_rate.setText(f"{store.tax_rate.normalize():f}")

    def save(self) -> None:
        show_feedback(self.feedback, "")
        self.save_button.setEnabled(False)
        run_in_background(stores.update_store, self._session.db, self._session.actor,
                          name=self.name.text(), tax_rate=self.tax_rate.text(),
                          on_done=while_alive(self, self._saved),
                          on_error=while_alive(self, self._failed))

    def _saved(self, store: StoreInfo) -> None:
        self.save_button.setEnabled(True)
        self._show(store)
        self._session.set_store(store)
        show_feedback(self.feedback, self.tr("Saved."))
        self.saved.emit(store)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_feedback(self.feedback, error_text(exc), error=True)

    def retranslateUi(self) -> None:
        texts = (self.tr("Store code:"), self.tr("Currency:"), self.tr("Store &name:"),
                 self.tr("Standard &tax rate (%):"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class PrintersTab(QWidget):
    """Which printer takes labels, receipts and reports, and the label size."""

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._values: dict[str, object] = {}
        self._available: list[str] = []
        self.printers = {key: QComboBox(self) for key in PRINTER_KEYS}
        self.label_size = QComboBox(self)
        for size in LABEL_SIZES:
            self.label_size.addItem(size.replace("x", " × ").replace("mm", " mm"), size)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, [*self.printers.values(), self.label_size],
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.none_found = QLabel(self)
        self.none_found.setWordWrap(True)
        row, self.save_button, self.feedback = _save_row(self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.none_found)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslateUi()
        run_in_background(_settings_and_printers, session.db, session.store.id,
                          on_done=while_alive(self, self._loaded),
                          on_error=while_alive(self, self._failed))

    def _fill_printers(self) -> None:
        available = self._available
        self.none_found.setText(
            "" if available else self.tr("No printers are installed on this computer."))
        self.none_found.setVisible(not available)
        for key, combo in self.printers.items():
            chosen = str(self._values.get(key) or "")
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for name in available:
                combo.addItem(name, name)
            if chosen and chosen not in available:
                combo.addItem(self.tr("{name} (not connected)").format(name=chosen), chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _loaded(self, found: tuple[dict[str, object], list[str]]) -> None:
        values, self._available = found
        self._values = values
        self._fill_printers()
        size = str(values.get("label_size") or LABEL_SIZES[0])
        if self.label_size.findData(size) < 0:
            self.label_size.addItem(size, size)
        self.label_size.setCurrentIndex(self.label_size.findData(size))
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def save(self) -> None:
        values = {key: combo.currentData() or "" for key, combo in self.printers.items()}
        values["label_size"] = self.label_size.currentData()
        show_feedback(self.feedback, "")
        self.save_button.setEnabled(False)
        run_in_background(settings.set_settings, self._session.db, self._session.actor, values,
                          on_done=while_alive(self, self._saved),
                          on_error=while_alive(self, self._failed))

    def _saved(self, values: dict[str, object]) -> None:
        self._values = values
        self.save_button.setEnabled(True)
        show_feedback(self.feedback, self.tr("Saved."))
        self.saved.emit(values)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_feedback(self.feedback, error_text(exc), error=True)

    def retranslateUi(self) -> None:
        texts = (self.tr("&Label printer:"), self.tr("&Receipt printer:"),
                 self.tr("Re&port printer:"), self.tr("Label &size:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("&Save"))
        if self._values:
            self._fill_printers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class LanguageTab(QWidget):
    """The language of the screens, switched at once and remembered for this user here."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for code, native in i18n.available_languages():
            button = QRadioButton(native, self)  # named in itself, never translated
            button.setProperty("language", code)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, c=code: on and self.choose(c))
        layout.addStretch(1)
        self.retranslateUi()

    def choose(self, code: str) -> None:
        if code != i18n.current_language():
            i18n.install_language(QApplication.instance(), code)
            save_language(code, self._session.user_key)

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "The language of the screens, switched at once and kept for you on this computer."))
        button = self.buttons.get(i18n.current_language())
        if button is not None and not button.isChecked():
            button.setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


__all__ = ["LanguageTab", "PrintersTab", "StoreTab"]
