"""The main window's status bar: who, where, the shift, and what still waits to sync."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from pos_app.services import status
from pos_app.services.status import StatusSummary
from ui.session import Session, while_alive
from ui.terms import role_name
from ui.workers import run_in_background

REFRESH_MS = 30_000


def local_time_text(moment: datetime) -> str:
    """Today's times as 09:02, older ones with their date."""
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class StatusBar(QStatusBar):
    """Refreshes itself every 30 s (and when the session's counter changes), off the GUI thread."""

    refreshed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._job = None
        self.summary: StatusSummary | None = None
        self.user_label = QLabel(self)
        self.counter_label = QLabel(self)
        self.shift_label = QLabel(self)
        self.sync_label = QLabel(self)
        for label in (self.user_label, self.counter_label, self.shift_label, self.sync_label):
            label.setContentsMargins(10, 0, 10, 0)
            self.addPermanentWidget(label)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        session.counterChanged.connect(self.refresh)
        session.statusInvalidated.connect(self.refresh)
        self.retranslateUi()
        self.refresh()

    def refresh(self) -> None:
        if self._job is not None:  # the previous read is still running
            return
        self._job = run_in_background(status.summary, self._session.db, self._session.actor,
                                      on_done=while_alive(self, self._show),
                                      on_error=while_alive(self, self._failed))

    def _show(self, summary: StatusSummary) -> None:
        self._job = None
        self.summary = summary
        self.retranslateUi()
        self.refreshed.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.sync_label.setText(self.tr("Status unavailable"))

    def retranslateUi(self) -> None:
        actor = self._session.actor
        self.user_label.setText(self.tr("{name} ({role})").format(
            name=actor.display_name, role=role_name(actor.role)))
        s = self.summary
        if s is None:
            counter = self._session.counter.name if self._session.counter else None
        else:
            counter = s.counter_name
        self.counter_label.setText(counter or self.tr("No counter chosen"))
        if s is None:
            self.shift_label.setText("")
            self.sync_label.setText("")
            return
        if s.shift_open and s.shift_since is not None:
            self.shift_label.setText(self.tr("Shift open since {time}").format(
                time=local_time_text(s.shift_since)))
        else:
            self.shift_label.setText(self.tr("No shift open"))
        if s.pending_sync:
            self.sync_label.setText(
                self.tr("Offline — %n change(s) waiting to sync", "", s.pending_sync))
        else:
            self.sync_label.setText(self.tr("Nothing waiting to sync"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
