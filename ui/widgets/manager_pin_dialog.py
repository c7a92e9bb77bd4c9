"""A manager vouches for an action at the clerk's counter with their user name and PIN.

A service that refuses an authorisable action raises PermissionDenied; the screen asks a
manager here and calls the service again with ``override=ManagerOverride(...)``. The service
checks the PIN and records the authorisation; nothing is decided in this dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.errors import AccountLocked, AuthenticationFailed, PermissionDenied
from pos_app.services.users import ManagerOverride
from ui.errors import user_message
from ui.session import while_alive
from ui.theme import repolish
from ui.workers import run_in_background


class ManagerPinDialog(QDialog):
    """Shows why a manager is needed; ``override()`` is what the manager typed."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        self.username = QLineEdit(self)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,12}"), self))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.username_label = QLabel(self)
        self.username_label.setBuddy(self.username)
        self.pin_label = QLabel(self)
        self.pin_label.setBuddy(self.pin)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.pin_label, self.pin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept_if_filled)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.textChanged.connect(lambda _t: self._update_ok())
        self.pin.textChanged.connect(lambda _t: self._update_ok())
        self.retranslateUi()
        self._update_ok()
        self.resize(420, self.sizeHint().height())

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.username.text().strip()) and len(self.pin.text()) >= 4)

    def _accept_if_filled(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def override(self) -> ManagerOverride:
        return ManagerOverride(self.username.text().strip(), self.pin.text())

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        repolish(self.error)

    def error_text(self) -> str:
        return self.error.text()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("A manager's authorisation"))
        self.username_label.setText(self.tr("Manager's &user name:"))
        self.pin_label.setText(self.tr("&PIN:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Authorise"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class OverrideRunner(QObject):
    """Calls a service off the GUI thread; a refusal a manager may lift opens the dialog,
    and the call is made again with the manager's override.

    ``fn`` must take ``override=``. A wrong PIN asks again; Cancel reports the refusal
    through ``on_error``; any other failure goes straight to ``on_error``.
    """

    asked = Signal(object)  # the ManagerPinDialog, when it opens

    def __init__(self, parent: QWidget, fn: Callable[..., Any], args: tuple, kwargs: dict,
                 on_done: Callable[[Any], object], on_error: Callable[[BaseException], object]
                 ) -> None:
        super().__init__(parent)
        self._widget = parent
        self._fn = fn
        self._args = args
        self._kwargs = dict(kwargs)
        self._on_done = on_done
        self._on_error = on_error
        self.override: ManagerOverride | None = None
        self.dialog: ManagerPinDialog | None = None

    def start(self) -> None:
        kwargs = dict(self._kwargs)
        if self.override is not None:
            kwargs["override"] = self.override
        run_in_background(self._fn, *self._args, **kwargs,
                          on_done=while_alive(self, self._done),
                          on_error=while_alive(self, self._failed))

    def _done(self, result: Any) -> None:
        self._close_dialog()
        self._on_done(result)
        self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        if self.override is None and isinstance(exc, PermissionDenied):
            self._ask(user_message(exc), "")
        elif self.override is not None and isinstance(exc, (AuthenticationFailed, AccountLocked)):
            self._ask(self.dialog.reason.text() if self.dialog else "", user_message(exc))
        else:
            self._close_dialog()
            self._on_error(exc)
            self.deleteLater()

    def _ask(self, reason: str, error: str) -> None:
        first = self.dialog is None
        if first:
            self.dialog = ManagerPinDialog(reason, self._widget)
            self.dialog.accepted.connect(self._authorised)
            self.dialog.rejected.connect(self._cancelled)
            self._refusal = reason
        self.dialog.set_error(error)
        self.dialog.pin.clear()
        (self.dialog.pin if self.dialog.username.text() else self.dialog.username).setFocus()
        self.dialog.open()
        if first:
            self.asked.emit(self.dialog)

    def _authorised(self) -> None:
        self.override = self.dialog.override()
        self.start()

    def _cancelled(self) -> None:
        self._close_dialog()
        self._on_error(_Refused(self._refusal))
        self.deleteLater()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


class _Refused(Exception):
    """The clerk cancelled the manager's PIN: the refusal stands, in its own words."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def refusal_text(exc: BaseException) -> str:
    """The message for an error from ``run_with_override`` (a cancelled PIN included)."""
    return exc.text if isinstance(exc, _Refused) else user_message(exc)


def run_with_override(parent: QWidget, fn: Callable[..., Any], *args: Any,
                      on_done: Callable[[Any], object],
                      on_error: Callable[[BaseException], object], **kwargs: Any) -> OverrideRunner:
    """``fn(*args, **kwargs)`` in the background, retried with a manager's override when
    refused; show errors with ``refusal_text``."""
    runner = OverrideRunner(parent, fn, args, kwargs, on_done, on_error)
    runner.start()
    return runner
