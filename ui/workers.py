"""Service calls off the GUI thread, answers back on it.

A screen never waits on the database or a printer with the window frozen:

    run_in_background(sales.commit_sale, uow_factory, cart,
                      on_done=self.show_receipt, on_error=self.show_error)

``fn`` runs on a QThreadPool thread; on_done/on_error/on_progress run on the GUI thread.
An exception with no on_error goes to the global error handler (logged and shown), so
no failure is ever lost.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.errors import report_exception

log = logging.getLogger(__name__)

BUSY_DIALOG_DELAY_MS = 300
"""Work that ends sooner never flashes a dialog."""

_running: set[Job] = set()


class Job(QObject):
    """One background call. Lives on the GUI thread, so its signals arrive there."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    finished = Signal()
    """After done or failed (and their callbacks), whichever it was."""

    # Emitted by the worker thread; queued to the slots below on this object's thread.
    _result_ready = Signal(object)
    _error_ready = Signal(object)
    _progress_ready = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], object] | None,
        on_error: Callable[[BaseException], object] | None,
        on_progress: Callable[[int, int], object] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.is_finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._result_ready.connect(self._deliver_result)
        self._error_ready.connect(self._deliver_error)
        self._progress_ready.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self.result = result
        try:
            if self._on_done is not None:
                self._on_done(result)
            self.done.emit(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self.error = exc
        try:
            if self._on_error is not None:
                self._on_error(exc)
            else:
                report_exception(exc)
            self.failed.emit(exc)
        finally:
            self._finish()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)
        self.progress.emit(done, total)

    def _finish(self) -> None:
        self.is_finished = True
        self.finished.emit()
        _running.discard(self)


class _Task(QRunnable):
    def __init__(self, job: Job, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self._job = job
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        job = self._job
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            job._error_ready.emit(exc)
        else:
            job._result_ready.emit(result)
        finally:
            self._fn = self._args = self._kwargs = None  # type: ignore[assignment]


def accepts_progress(fn: Callable[..., Any]) -> bool:
    """Whether ``fn`` takes a ``progress`` keyword to report (done, total) through."""
    try:
        parameters = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    param = parameters.get("progress")
    return param is not None and param.kind in (
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
        inspect.Parameter.KEYWORD_ONLY,
    )


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    on_progress: Callable[[int, int], object] | None = None,
    **kwargs: Any,
) -> Job:
    """Call ``fn(*args, **kwargs)`` on the thread pool; call back on the GUI thread.

    A ``fn`` with a ``progress`` parameter gets a callable ``progress(done, total)``.
    The returned Job is kept alive until its callbacks have run.
    """
    if QCoreApplication.instance() is None:
        raise RuntimeError("run_in_background needs a running QApplication")
    job = Job(on_done, on_error, on_progress)
    if accepts_progress(fn) and "progress" not in kwargs:
        kwargs["progress"] = lambda done, total: job._progress_ready.emit(int(done), int(total))
    _running.add(job)
    QThreadPool.globalInstance().start(_Task(job, fn, args, kwargs))
    return job


def running_jobs() -> int:
    """How many background calls have not delivered their answer yet."""
    return len(_running)


class BusyDialog(QProgressDialog):
    """A modal "please wait" for one Job, shown only if it runs past ~300 ms.

    Indeterminate until the job reports progress; closes itself when the job ends.
    There is no Cancel button: a service call runs to its commit or its rollback.
    """

    def __init__(
        self,
        job: Job,
        text: str | None = None,
        parent: QWidget | None = None,
        delay_ms: int = BUSY_DIALOG_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._job = job
        self.setCancelButton(None)
        self.setAutoClose(True)
        self.setAutoReset(False)
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        self.retranslateUi()
        self.setMinimumDuration(delay_ms)
        self.setRange(0, 0)
        self.setValue(0)  # starts QProgressDialog's own show-after-minimumDuration timer
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        if job.is_finished:
            self._on_finished()

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("BusyDialog", "Please wait"))
        self.setLabelText(self._text or QCoreApplication.translate("BusyDialog", "Working…"))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    @Slot()
    def _on_finished(self) -> None:
        self.reset()  # stops the pending show and hides
        self.hide()
        self.deleteLater()


def run_with_busy_dialog(
    parent: QWidget | None,
    text: str | None,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    **kwargs: Any,
) -> Job:
    """run_in_background with a BusyDialog over ``parent`` while it takes long."""
    job = run_in_background(fn, *args, on_done=on_done, on_error=on_error, **kwargs)
    job.busy_dialog = BusyDialog(job, text, parent)  # type: ignore[attr-defined]
    return job
