"""The field a barcode scanner types into.

A USB scanner is a keyboard that types a code quickly and presses Enter; a clerk
typing the code from a damaged label does the same slowly. Both end in ``scanned``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.theme import mark_kiosk


class ScannerInput(QLineEdit):
    """Emits ``scanned(code)`` on Enter with the trimmed text, then empties itself.

    Enter is consumed here, so a dialog's default button does not fire on a scan. Focus
    comes back to the field after the scan unless a handler moved to another window.
    """

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, kiosk: bool = False) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        if kiosk:
            mark_kiosk(self)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setPlaceholderText(self.tr("Scan or type a code, then press Enter"))
        self.setAccessibleName(self.tr("Item code"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self._submit()
        elif event.key() == Qt.Key.Key_Escape and self.text():
            event.accept()
            self.clear()
        else:
            super().keyPressEvent(event)

    def _submit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)
        if self.window().isActiveWindow() and self.isEnabled() and self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
