"""What a clerk sees when something fails, and where the details go.

A DomainError becomes its template translated into the clerk's language; anything else
is a bug, so its traceback goes to a rotating log file and the clerk is told where.
The program keeps running either way: nothing dies on an unhandled exception and no
traceback is printed to the console.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from pos_app.errors import DomainError
from ui.terms import translate_param

log = logging.getLogger(__name__)

LOG_DIR_ENV = "POS_LOG_DIR"
LOG_FILE_NAME = "circular-pos.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_dir() -> Path:
    """The user's log folder; POS_LOG_DIR overrides it (tests, portable installs)."""
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_log_dir("circular-pos"))


def log_file_path() -> Path:
    return log_dir() / LOG_FILE_NAME


class _OneLineFormatter(logging.Formatter):
    """Console lines without tracebacks: those belong in the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname} {record.name}: {record.getMessage()}"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file (1 MB × 5) and return the file's path.

    Calling it again replaces the handlers it added before, so it follows a changed
    POS_LOG_DIR instead of writing to two files.
    """
    path = log_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    stop_logging()
    root = logging.getLogger()

    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(_OneLineFormatter())
    for handler in (file_handler, console):
        handler._circular_pos = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def stop_logging() -> None:
    """Remove and close the handlers ``setup_logging`` added (tests, shutdown)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_circular_pos", False)]:
        root.removeHandler(handler)
        handler.close()


def user_message(exc: BaseException) -> str:
    """The message a clerk reads for ``exc``, in the current language."""
    if isinstance(exc, DomainError):
        translated = QCoreApplication.translate("DomainError", exc.template)
        params = exc.params
        if translated != exc.template:  # a sentence left in English keeps its words in English
            params = {key: user_message(value) if isinstance(value, DomainError)
                      else translate_param(value) for key, value in params.items()}
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            log.warning("Translation of %r does not fit its parameters", exc.template)
            return exc.message
    return QCoreApplication.translate(
        "ErrorHandler",
        "Something went wrong and the action may not have been completed. "
        "The details were written to the log at {path}.",
    ).format(path=log_file_path())


def report_exception(exc: BaseException) -> None:
    """Log ``exc`` with its traceback and show the clerk its message; any thread may call."""
    _handle((type(exc), exc, exc.__traceback__))


class _Reporter(QObject):
    """Lives on the GUI thread, so a message raised on a worker thread is shown there."""

    show = Signal(str, bool)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.show.connect(self._show)

    @Slot(str, bool)
    def _show(self, text: str, is_domain_error: bool) -> None:
        if self._showing:  # an error while a message is open: logged, not stacked
            return
        self._showing = True
        try:
            title = QCoreApplication.translate("ErrorHandler", "Circular POS")
            parent = QApplication.activeWindow()
            if is_domain_error:
                QMessageBox.warning(parent, title, text)
            else:
                QMessageBox.critical(parent, title, text)
        finally:
            self._showing = False


_reporter: _Reporter | None = None


def _handle(exc_info: ExcInfo) -> None:
    exc_type, exc, _tb = exc_info
    if issubclass(exc_type, DomainError):
        log.warning("Unhandled domain error: %s", exc, exc_info=exc_info)
    else:
        log.error("Unhandled %s: %s", exc_type.__name__, exc, exc_info=exc_info)
    if _reporter is None or QCoreApplication.instance() is None:
        return
    # Direct call on the GUI thread, queued to it from any other thread.
    _reporter.show.emit(user_message(exc), isinstance(exc, DomainError))


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()
        return
    try:
        _handle((exc_type, exc, tb))
    except Exception:  # the handler itself must never take the program down
        log.exception("The error handler failed")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return  # a thread that exits on purpose, as threading's own hook treats it
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install_error_handler() -> Path:
    """Log and show unhandled exceptions of any thread instead of dying; call on the GUI
    thread after the QApplication exists. Returns the log file's path."""
    global _reporter
    path = setup_logging()
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return path
