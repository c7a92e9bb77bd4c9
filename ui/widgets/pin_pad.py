"""A PIN pad for signing in at the counter or the kiosk: touch or keyboard alike."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.theme import KIOSK_MIN_TOUCH_PX, mark_kiosk

MASK_CHAR = "●"
DIGITS = "0123456789"


class PinPad(QWidget):
    """Digits 0–9, ⌫, Clear and OK around a masked display.

    Typing digits, Backspace, Delete or Escape (clear) and Enter works as well as pressing
    the buttons; the buttons take no focus, so the keyboard always reaches the pad.
    ``submitted`` carries the PIN and the display empties; a caller that rejects it
    calls ``setError``, which stays until the next key.
    """

    submitted = Signal(str)
    MAX_LENGTH = 12

    def __init__(self, parent: QWidget | None = None, *, kiosk: bool = False) -> None:
        super().__init__(parent)
        self._pin = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._display = QLabel(self)
        self._display.setProperty("role", "pin-display")
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._error = QLabel(self)
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)
        self._error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._error.hide()

        self._digit_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_button(digit), index // 3, index % 3)
        self.clear_button = self._button(self.clear)
        self.backspace_button = self._button(self.backspace)
        self.ok_button = self._button(self.submit)
        self.ok_button.setProperty("role", "primary")
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._digit_button("0"), 3, 1)
        grid.addWidget(self.backspace_button, 3, 2)
        grid.addWidget(self.ok_button, 4, 0, 1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self._display)
        layout.addWidget(self._error)
        layout.addLayout(grid)

        if kiosk:
            self._display.setMinimumHeight(KIOSK_MIN_TOUCH_PX)
            mark_kiosk(self)
        self.retranslateUi()
        self._refresh()

    def _button(self, slot) -> QPushButton:
        button = QPushButton(self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(slot)
        return button

    def _digit_button(self, digit: str) -> QPushButton:
        button = self._button(lambda: self.add_digit(digit))
        button.setText(digit)
        self._digit_buttons[digit] = button
        return button

    def digit_button(self, digit: str) -> QPushButton:
        return self._digit_buttons[digit]

    def retranslateUi(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.backspace_button.setText("⌫")
        self.backspace_button.setToolTip(self.tr("Delete the last digit"))
        self.backspace_button.setAccessibleName(self.tr("Delete the last digit"))
        self.ok_button.setText(self.tr("OK"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- state -------------------------------------------------------------------------

    def pin(self) -> str:
        return self._pin

    def add_digit(self, digit: str) -> None:
        if len(self._pin) < self.MAX_LENGTH and len(digit) == 1 and digit in DIGITS:
            self._pin += digit
            self._clear_error()
            self._refresh()

    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._clear_error()
        self._refresh()

    def clear(self) -> None:
        """Empty the PIN and hide any error."""
        self._pin = ""
        self._clear_error()
        self._refresh()

    def submit(self) -> None:
        """Emit the PIN (nothing happens while it is empty) and empty the display."""
        if not self._pin:
            return
        pin, self._pin = self._pin, ""
        self._refresh()
        self.submitted.emit(pin)

    def setError(self, text: str) -> None:
        self._error.setText(text)
        self._error.setVisible(bool(text))

    def errorText(self) -> str:
        return self._error.text()

    def _clear_error(self) -> None:
        self.setError("")

    def _refresh(self) -> None:
        if self._pin:
            self._display.setText(MASK_CHAR * len(self._pin))
        else:
            self._display.setText(self.tr("Enter your PIN"))
        self._display.setAccessibleName(self.tr("PIN, %n digit(s) entered", "", len(self._pin)))
        self.ok_button.setEnabled(bool(self._pin))

    # -- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key == Qt.Key.Key_Delete or (key == Qt.Key.Key_Escape and self._pin):
            self.clear()
        elif event.text() in DIGITS and event.text():
            self.add_digit(event.text())
        else:
            super().keyPressEvent(event)
            return
        event.accept()
