"""The report screen: choose a report and its date or period (the daily report optionally for
one counter), build it in the background with a progress bar and a Cancel button, then see
the PDF, print it or save it.

Building and rendering happen in pos_app (pos_app.services.reports, pos_app.printing.reports);
the screen only asks, waits and shows. Cancel sets a flag the report checks between steps.
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos_app.errors import DomainError
from pos_app.printing import reports as report_pdfs
from pos_app.services import reports, stores
from pos_app.services.reports import Period, ReportCancelled
from pos_app.services.store_db import StoreDB
from ui import i18n
from ui.errors import report_exception, user_message
from ui.screens.reports.catalogue import is_daily, report_description, report_title
from ui.screens.reports.periods import ONE_DAY_PICKS, QUICK_PICKS, local_today, quick_period
from ui.session import Session, while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.widgets.pdf_preview import PdfPagesView
from ui.workers import run_in_background


def make_report(db: StoreDB, name: str, period: Period, counter_id: int | None, language: str,
                cancelled, progress=None, actor=None) -> bytes:
    """Report ``name``'s PDF: its figures built, then drawn (on a worker thread)."""
    data = reports.build(db, name, period, counter_id=counter_id, progress=progress,
                         cancelled=cancelled, actor=actor)
    reports.check_cancelled(cancelled)
    return report_pdfs.render(name, data, language)


def _pdf_language() -> str:
    return "zh_CN" if i18n.current_language() == "zh_CN" else "en"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def period_text(period: Period) -> str:
    if period.first == period.last:
        return period.first.isoformat()
    return f"{period.first.isoformat()} – {period.last.isoformat()}"


class ReportsScreen(QWidget):
    """``countersLoaded`` once the counters are listed; ``built(name)`` when a report's PDF
    is made (its pages follow on ``view.pagesReady``); ``buildCancelled`` and
    ``failed(text)`` when it is not."""

    countersLoaded = Signal()
    built = Signal(str)
    buildCancelled = Signal()
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self._stop: threading.Event | None = None  # the running build's cancel flag
        self._asked = 0  # which build is the latest (answers of older ones are dropped)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.report_list = QListWidget(self)
        for name in reports.REPORT_NAMES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.report_list.addItem(item)
        self.report_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.report_list.currentRowChanged.connect(lambda _row: self._report_chosen())
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setProperty("role", "hint")

        self.period_box = QGroupBox(self)
        self.from_label = QLabel(self.period_box)
        self.from_date = self._date_edit()
        self.from_label.setBuddy(self.from_date)
        self.to_label = QLabel(self.period_box)
        self.to_date = self._date_edit()
        self.to_label.setBuddy(self.to_date)
        self.from_date.dateChanged.connect(lambda _d: self._dates_changed(moved_first=True))
        self.to_date.dateChanged.connect(lambda _d: self._dates_changed(moved_first=False))
        self.counter_label = QLabel(self.period_box)
        self.counter = QComboBox(self.period_box)
        self.counter.addItem("", None)
        self.counter_label.setBuddy(self.counter)
        self.pick_buttons: dict[str, QPushButton] = {}
        picks = QGridLayout()
        for index, pick in enumerate(QUICK_PICKS):
            button = QPushButton(self.period_box)
            button.clicked.connect(lambda _checked=False, p=pick: self.quick_pick(p))
            picks.addWidget(button, index // 3, index % 3)
            self.pick_buttons[pick] = button
        form = QFormLayout()
        form.addRow(self.from_label, self.from_date)
        form.addRow(self.to_label, self.to_date)
        form.addRow(self.counter_label, self.counter)
        period_layout = QVBoxLayout(self.period_box)
        period_layout.addLayout(form)
        period_layout.addLayout(picks)

        self.build_button = QPushButton(self)
        self.build_button.setProperty("role", "primary")
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.message = feedback_label(self)
        build_row = QHBoxLayout()
        build_row.addWidget(self.build_button, 1)
        build_row.addWidget(self.cancel_button)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.report_list)
        side_layout.addWidget(self.description)
        side_layout.addWidget(self.period_box)
        side_layout.addLayout(build_row)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.message)
        side_layout.addStretch(1)

        self.view = PdfPagesView(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([340, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        today = local_today()
        self.from_date.setDate(_qdate(today))
        self.to_date.setDate(_qdate(today))
        self.report_list.setCurrentRow(0)
        self._show_building(False)
        self.retranslateUi()
        self._load_counters()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self.period_box)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- choosing ----------------------------------------------------------------------

    def selected_name(self) -> str:
        item = self.report_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else reports.REPORT_NAMES[0]

    def choose(self, name: str) -> None:
        self.report_list.setCurrentRow(reports.REPORT_NAMES.index(name))

    def _report_chosen(self) -> None:
        daily = is_daily(self.selected_name())
        self.to_label.setVisible(not daily)
        self.to_date.setVisible(not daily)
        self.counter_label.setVisible(daily)
        self.counter.setVisible(daily)
        for pick, button in self.pick_buttons.items():
            button.setVisible(not daily or pick in ONE_DAY_PICKS)
        self._dates_changed(moved_first=True)
        self._retranslate_choice()

    def period(self) -> Period:
        first = _day(self.from_date.date())
        if is_daily(self.selected_name()):
            return Period(first, first)
        return Period(first, _day(self.to_date.date()))

    def set_period(self, period: Period) -> None:
        self.from_date.setDate(_qdate(period.first))
        self.to_date.setDate(_qdate(period.last))

    def quick_pick(self, pick: str) -> None:
        self.set_period(quick_period(pick, local_today()))

    def _dates_changed(self, *, moved_first: bool) -> None:
        """Keep first <= last: the date not being moved follows the one that is."""
        if self.to_date.date() < self.from_date.date():
            if moved_first:
                self.to_date.setDate(self.from_date.date())
            else:
                self.from_date.setDate(self.to_date.date())

    def counter_id(self) -> int | None:
        return self.counter.currentData() if is_daily(self.selected_name()) else None

    def _load_counters(self) -> None:
        run_in_background(stores.list_counters, self._db, self._session.store.id,
                          on_done=while_alive(self, self._counters_arrived),
                          on_error=while_alive(self, self._failed))

    def _counters_arrived(self, counters) -> None:
        for counter in counters:
            self.counter.addItem(counter.name, counter.id)
        self.countersLoaded.emit()

    # -- building ----------------------------------------------------------------------

    def is_building(self) -> bool:
        return self._stop is not None

    def build(self) -> None:
        """Build the chosen report for the chosen period in the background."""
        if self.is_building():
            return
        name = self.selected_name()
        period = self.period()
        self._asked += 1
        asked = self._asked
        self._stop = stop = threading.Event()
        self.view.clear()
        self._show_building(True)
        self.show_message(self.tr("Building “{report}”…").format(report=report_title(name)))
        run_in_background(
            make_report, self._db, name, period, self.counter_id(), _pdf_language(), stop.is_set,
            actor=self._session.actor, on_done=while_alive(self, lambda pdf: self._made(asked, name, period, pdf)),
            on_error=while_alive(self, lambda exc: self._not_made(asked, exc)),
            on_progress=while_alive(self, lambda done, total: self._progressed(asked, done, total)))

    def cancel(self) -> None:
        """Ask the running build to stop; it ends with "cancelled" at its next step."""
        if self._stop is not None:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.show_message(self.tr("Cancelling…"))

    def _progressed(self, asked: int, done: int, total: int) -> None:
        if asked == self._asked and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _made(self, asked: int, name: str, period: Period, pdf: bytes) -> None:
        if asked != self._asked:
            return
        cancelled = self._stop is not None and self._stop.is_set()
        self._show_building(False)
        if cancelled:
            self._cancelled(ReportCancelled())
            return
        title = f"{report_title(name)} {period_text(period)}"
        file_name = f"{name}-{period.first.isoformat()}"
        if period.last != period.first:
            file_name += f"-{period.last.isoformat()}"
        self.view.set_pdf(pdf, title, file_name + ".pdf")
        self.show_message(title)
        self.built.emit(name)

    def _not_made(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self._show_building(False)
        if isinstance(exc, ReportCancelled):
            self._cancelled(exc)
        else:
            self._failed(exc)

    def _cancelled(self, exc: ReportCancelled) -> None:
        self.show_message(user_message(exc))
        self.buildCancelled.emit()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            report_exception(exc)  # logged with its traceback: a fault, not a refusal
        text = user_message(exc)
        self.show_message(text, error=True)
        self.failed.emit(text)

    def _show_building(self, building: bool) -> None:
        if not building:
            self._stop = None
        self.build_button.setEnabled(not building)
        self.report_list.setEnabled(not building)
        self.period_box.setEnabled(not building)
        self.cancel_button.setVisible(building)
        self.cancel_button.setEnabled(building)
        self.progress.setVisible(building)
        self.progress.setRange(0, 0)  # busy until the report says how far it got

    # -- showing -----------------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def _retranslate_choice(self) -> None:
        daily = is_daily(self.selected_name())
        self.from_label.setText(self.tr("&Date:") if daily else self.tr("&From:"))
        self.description.setText(report_description(self.selected_name()))

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("Reports"))
        for row in range(self.report_list.count()):
            item = self.report_list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setText(report_title(name))
            item.setToolTip(report_description(name))
        self.period_box.setTitle(self.tr("Period"))
        self.to_label.setText(self.tr("&To:"))
        self.counter_label.setText(self.tr("&Counter:"))
        self.counter.setItemText(0, self.tr("All counters"))
        words = {"today": self.tr("Today"), "yesterday": self.tr("Yesterday"),
                 "this_week": self.tr("This week"), "last_7_days": self.tr("Last 7 days"),
                 "this_month": self.tr("This month"), "last_month": self.tr("Last month")}
        for pick, button in self.pick_buttons.items():
            button.setText(words[pick])
        self.build_button.setText(self.tr("&Build report"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._retranslate_choice()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
