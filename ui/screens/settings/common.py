"""Pieces the settings tabs share: a feedback line and a dialog that runs one service call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Role
from pos_app.errors import DomainError
from ui.errors import report_exception, user_message
from ui.session import while_alive
from ui.terms import role_name
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background


class FormProblem(Exception):
    """Something the form itself can tell before asking a service; ``text`` is translated."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def error_text(exc: BaseException) -> str:
    """The clerk's message for a failed call; a bug is logged with its traceback too."""
    if not isinstance(exc, DomainError):
        report_exception(exc)
    return user_message(exc)


def list_table(parent: QWidget, columns: int, on_selection: Callable[[], None]) -> QTableWidget:
    """A read-only table picking whole rows, one at a time: the settings tabs' lists."""
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.itemSelectionChanged.connect(on_selection)
    return table


def fit_columns(table: QTableWidget, padding: int = 28) -> None:
    """Columns as wide as their contents plus some air (the last one takes the rest)."""
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, table.columnWidth(column) + padding)


def pin_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    field.setMaxLength(12)
    return field


def role_combo(parent: QWidget, roles: list[Role], current: Role | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for role in roles:
        combo.addItem(role_name(role), role.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(Role(current).value)))
    return combo


class ActionDialog(QDialog):
    """A small form whose OK runs one service call off the GUI thread.

    ``prepare()`` reads the form on the GUI thread and returns the call to make (or raises
    FormProblem / DomainError, shown in the dialog); the dialog closes only when the call
    succeeded, emitting ``succeeded(result)``, and shows the refusal otherwise.
    """

    succeeded = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, rows: list[tuple[str, QWidget]],
                 prepare: Callable[[], Callable[[], Any]], ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._prepare = prepare
        self._busy = False
        self.result_value: Any = None
        form = QFormLayout()
        self.fields: list[QWidget] = []
        for text, widget in rows:
            widget.setParent(self)
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.fields.append(widget)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t: show_feedback(self.error, ""))
        self.error = feedback_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        if self._busy:
            return
        try:
            work = self._prepare()
        except FormProblem as problem:
            show_feedback(self.error, problem.text, error=True)
            return
        except DomainError as exc:
            show_feedback(self.error, user_message(exc), error=True)
            return
        self._set_busy(True)
        run_in_background(work, on_done=while_alive(self, self._done),
                          on_error=while_alive(self, self._failed))

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)
        for field in self.fields:
            field.setEnabled(not busy)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.succeeded.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_feedback(self.error, error_text(exc), error=True)

    def error_message(self) -> str:
        return self.error.text()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
