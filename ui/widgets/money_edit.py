"""The field a clerk types an amount into: a price, a payout, cash counted at close."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from pos_app.domain.money import Money, parse_money
from pos_app.errors import InvalidAmount
from ui import i18n
from ui.errors import user_message
from ui.theme import mark_kiosk, repolish


class MoneyEdit(QLineEdit):
    """Reads what is typed with ``parse_money``; ``value()`` is a Money or None.

    None means empty or not an amount; ``errorMessage()`` then says, in the clerk's
    language, what to fix. The field turns red with that message as its tooltip when
    the clerk leaves it (or presses Enter) with an unacceptable amount, and clears as
    soon as the text is acceptable again. ``valueChanged`` fires on every change of
    ``value()``, while typing too.
    """

    valueChanged = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        currency: str = "CNY",
        locale: str | None = None,
        allow_negative: bool = False,
        kiosk: bool = False,
    ) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self._allow_negative = allow_negative
        self._value: Money | None = None
        self._error: InvalidAmount | None = None
        self._shown_invalid = False
        if kiosk:
            mark_kiosk(self)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._on_editing_finished)
        self.retranslateUi()

    def locale_name(self) -> str:
        """The locale amounts are read and shown in: fixed, or the current language's."""
        return self._locale or i18n.current_locale_name()

    def currency(self) -> str:
        return self._currency

    def value(self) -> Money | None:
        return self._value

    def setValue(self, money: Money | None) -> None:
        """Show ``money`` formatted for the locale (None empties the field)."""
        if money is not None and money.currency != self._currency:
            raise ValueError(f"this field takes {self._currency}, not {money.currency}")
        self.setText("" if money is None else money.format(self.locale_name()))

    def error(self) -> InvalidAmount | None:
        return self._error

    def errorMessage(self) -> str:
        """Why the text is not an amount, translated; empty when it is one (or empty)."""
        return user_message(self._error) if self._error is not None else ""

    def isInvalidShown(self) -> bool:
        return self._shown_invalid

    def retranslateUi(self) -> None:
        self.setPlaceholderText(Money.zero(self._currency).format(self.locale_name()))
        self._show_state(self._shown_invalid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        value: Money | None = None
        self._error = None
        if text.strip():
            try:
                value = parse_money(
                    text, self._currency, self.locale_name(), allow_negative=self._allow_negative
                )
            except InvalidAmount as exc:
                self._error = exc
        if self._error is None and self._shown_invalid:
            self._show_state(False)
        elif self._error is not None and self._shown_invalid:
            self._show_state(True)  # keep the shown message in step with the text
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    @Slot()
    def _on_editing_finished(self) -> None:
        self._show_state(self._error is not None)
        if self._error is not None and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.errorMessage(), self)

    def _show_state(self, invalid: bool) -> None:
        self._shown_invalid = invalid
        self.setToolTip(self.errorMessage() if invalid else "")
        if self.property("invalid") != invalid:
            self.setProperty("invalid", invalid)
            repolish(self)
