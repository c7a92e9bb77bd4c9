"""UI fixtures: the real application set-up, a language switch, recorded message boxes.

tests/conftest.py already points POS_LOG_DIR (and the other folders) into each test's
temp folder and selects the offscreen Qt platform.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.errors
from ui import i18n
from ui.app import create_application


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> QApplication:
    """pytest-qt's qapp, built by the program's own create_application (English).

    The error handler is left out here: tests that need it use ``error_handler``.
    """
    return create_application(qapp_args, language="en", handle_errors=False)


@pytest.fixture
def switch_language(qapp: QApplication) -> Iterator[Callable[[str], bool]]:
    """Switch the whole application's language; English again after the test."""
    yield lambda code: i18n.install_language(qapp, code)
    i18n.install_language(qapp, "en")


@dataclass
class ShownMessage:
    kind: str
    title: str
    text: str


class _RecordingMessageBox:
    """Stands in for QMessageBox in ui.errors: records instead of blocking on exec()."""

    StandardButton = QMessageBox.StandardButton

    def __init__(self, shown: list[ShownMessage]) -> None:
        self.shown = shown

    def _record(self, kind: str, title: str, text: str) -> QMessageBox.StandardButton:
        self.shown.append(ShownMessage(kind, title, text))
        return QMessageBox.StandardButton.Ok

    def critical(self, parent, title, text, *args, **kwargs):
        return self._record("critical", title, text)

    def warning(self, parent, title, text, *args, **kwargs):
        return self._record("warning", title, text)

    def information(self, parent, title, text, *args, **kwargs):
        return self._record("information", title, text)


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[ShownMessage]:
    """Every message the error handler shows, in order; no test ever blocks on one."""
    shown: list[ShownMessage] = []
    monkeypatch.setattr(ui.errors, "QMessageBox", _RecordingMessageBox(shown))
    return shown


@pytest.fixture
def error_handler(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The program's error handler and log file, both undone after the test.

    Give the test the ``qt_no_exception_capture`` mark, or pytest-qt swaps its own
    sys.excepthook back in around the test body.
    """
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = ui.errors.install_error_handler()
    yield log_file
    ui.errors.stop_logging()
