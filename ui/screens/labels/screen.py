"""The label queue: priced items wait here and are printed in batches on a sheet or a roll.

Printing is two steps, as in pos_app.services.label_queue: the PDF is made and previewed
(printed, or saved as PDF), and only once the clerk confirms the labels came out are the
jobs marked printed, which moves each priced item on to "labelled".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.printing import labels
from pos_app.services import label_queue, settings
from pos_app.services.label_queue import PendingLabel
from ui import i18n, pricing_terms
from ui.errors import user_message
from ui.session import Session, while_alive
from ui.terms import state_name
from ui.widgets.feedback import show_feedback
from ui.widgets.pdf_preview import PdfPreviewDialog, show_pdf
from ui.workers import run_in_background


def template_title(name: str) -> str:
    """The template's title in the clerk's language (its own title if it has no translation)."""
    return pricing_terms.template_title(name, labels.TEMPLATES[name].title)


def default_template(label_size: str) -> str:
    """The template for the store's label size setting ("50x30mm" → the 50 × 30 mm roll)."""
    size = (label_size or "").lower().removesuffix("mm")
    for name in labels.TEMPLATES:
        if size and name.endswith(size):
            return name
    return next(iter(labels.TEMPLATES))


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


CODE, ITEM, GRADE, PRICE, STATE, QUEUED = range(6)


class LabelQueueScreen(QWidget):
    """``loaded`` after the queue was read; ``markedPrinted(codes)`` after a batch was
    recorded as printed (the codes that moved to labelled)."""

    loaded = Signal()
    markedPrinted = Signal(list)
    previewOpened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.db
        self.pending: list[PendingLabel] = []
        self.preview: PdfPreviewDialog | None = None
        self.confirm: QMessageBox | None = None
        self._printing_jobs: list[int] = []
        self._shown_before = False

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        self.table = QTableWidget(0, 6, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())

        self.template_label = QLabel(self)
        self.template = QComboBox(self)
        self.template_label.setBuddy(self.template)
        for name in labels.TEMPLATES:
            self.template.addItem("", name)
        self.start_label = QLabel(self)
        self.start = QSpinBox(self)
        self.start.setMinimum(1)
        self.start_label.setBuddy(self.start)
        self.template.currentIndexChanged.connect(lambda _i: self._template_chosen())

        self.all_button = QPushButton(self)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self)
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_checked)
        self.print_button = QPushButton(self)
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.preview_checked)

        choose = QHBoxLayout()
        choose.addWidget(self.template_label)
        choose.addWidget(self.template, 1)
        choose.addSpacing(16)
        choose.addWidget(self.start_label)
        choose.addWidget(self.start)
        rows = QHBoxLayout()
        rows.addWidget(self.all_button)
        rows.addWidget(self.none_button)
        rows.addStretch(1)
        rows.addWidget(self.refresh_button)
        rows.addWidget(self.remove_button)
        rows.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(choose)
        layout.addLayout(rows)

        self.retranslateUi()
        self._template_chosen()
        run_in_background(settings.get_settings, self._db, session.store.id,
                          on_done=while_alive(self, self._settings_arrived),
                          on_error=lambda _exc: None)
        self.reload()

    # -- the queue ---------------------------------------------------------------------

    def _settings_arrived(self, values: dict) -> None:
        index = self.template.findData(default_template(str(values.get("label_size", ""))))
        if index >= 0:
            self.template.setCurrentIndex(index)

    def reload(self) -> None:
        run_in_background(label_queue.pending, self._db,
                          on_done=while_alive(self, self._pending_arrived),
                          on_error=while_alive(self, lambda exc: self.show_message(
                              user_message(exc), error=True)))

    def _pending_arrived(self, pending: list[PendingLabel]) -> None:
        self.pending = pending
        locale = i18n.current_locale_name()
        self.table.blockSignals(True)
        self.table.setRowCount(len(pending))
        for row, job in enumerate(pending):
            cells = (job.code, job.name, job.grade or "—",
                     job.price.format(locale) if job.price else "—", state_name(job.state),
                     _when(job.queued_at))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == CODE:
                    cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Checked)
                    cell.setData(Qt.ItemDataRole.UserRole, job.job_id)
                if column == PRICE:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self._update_buttons()
        self.loaded.emit()

    def checked_jobs(self) -> list[int]:
        return [self.table.item(row, CODE).data(Qt.ItemDataRole.UserRole)
                for row in range(self.table.rowCount())
                if self.table.item(row, CODE).checkState() == Qt.CheckState.Checked]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            self.table.item(row, CODE).setCheckState(state)
        self.table.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.checked_jobs())
        self.print_button.setEnabled(count > 0)
        self.remove_button.setEnabled(count > 0)
        self.print_button.setText(self.tr("&Preview and print %n label(s)…", "", count))
        self.heading.setText(self.tr("%n label(s) waiting to be printed", "", len(self.pending)))

    def _template_chosen(self) -> None:
        name = self.template.currentData()
        per_page = labels.TEMPLATES[name].per_page if name else 1
        self.start.setMaximum(per_page)
        self.start.setEnabled(per_page > 1)
        if per_page == 1:
            self.start.setValue(1)

    # -- printing ----------------------------------------------------------------------

    def preview_checked(self) -> None:
        jobs = self.checked_jobs()
        if not jobs:
            return
        self._printing_jobs = jobs
        self.print_button.setEnabled(False)
        self.show_message(self.tr("Making the labels…"))
        run_in_background(label_queue.render_pending, self._db, self._session.actor,
                          self.template.currentData(), self.start.value(), job_ids=jobs,
                          on_done=while_alive(self, self._rendered),
                          on_error=while_alive(self, self._failed))

    def _rendered(self, pdf: bytes) -> None:
        self.show_message("")
        self._update_buttons()
        self.preview = show_pdf(self, pdf, self.tr("Labels"), "labels.pdf")
        self.preview.printed.connect(lambda _pages: self.ask_mark_printed())
        self.preview.saved.connect(lambda _path: self.ask_mark_printed())
        self.previewOpened.emit(self.preview)

    def ask_mark_printed(self) -> None:
        """Labels went to the printer or a file: ask before recording them as printed."""
        count = len(self._printing_jobs)
        if not count:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Labels printed?"),
                          self.tr("Did the labels print correctly? Marking %n label(s) printed "
                                  "moves priced items on to “labelled”.", "", count),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Mark printed"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not yet"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._confirmed(
            result == QMessageBox.StandardButton.Yes))
        self.confirm = box
        box.open()

    def _confirmed(self, yes: bool) -> None:
        self.confirm = None
        if yes:
            self.mark_printed(self._printing_jobs)

    def mark_printed(self, job_ids: list[int]) -> None:
        run_in_background(label_queue.mark_printed, self._db, self._session.actor, job_ids,
                          on_done=while_alive(self, lambda codes: self._marked(len(job_ids), codes)),
                          on_error=while_alive(self, self._failed))

    def _marked(self, jobs: int, codes: list[str]) -> None:
        self._printing_jobs = []
        if self.preview is not None:
            self.preview.close()
            self.preview = None
        self.show_message(self.tr("%n label(s) recorded as printed.", "", jobs) + " "
                          + self.tr("%n item(s) now labelled.", "", len(codes)))
        self.markedPrinted.emit(codes)
        self.reload()

    def remove_checked(self) -> None:
        jobs = self.checked_jobs()
        if jobs:
            run_in_background(label_queue.remove, self._db, self._session.actor, jobs,
                              on_done=while_alive(self, self._removed),
                              on_error=while_alive(self, self._failed))

    def _removed(self, count: int) -> None:
        self.show_message(self.tr("%n label(s) taken out of the queue.", "", count))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self.show_message(user_message(exc), error=True)

    # -- messages and language ---------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_feedback(self.message, text, error=error)

    def message_text(self) -> str:
        return self.message.text()

    def retranslateUi(self) -> None:
        self.template_label.setText(self.tr("&Template:"))
        for index in range(self.template.count()):
            self.template.setItemText(index, template_title(self.template.itemData(index)))
        self.start_label.setText(self.tr("&Start at label:"))
        self.start.setToolTip(self.tr("On a half-used sheet, the first free label, counted "
                                      "row by row from the top left."))
        self.all_button.setText(self.tr("Select &all"))
        self.none_button.setText(self.tr("Select &none"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.remove_button.setText(self.tr("Re&move from queue"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Item"), self.tr("Grade"), self.tr("Price"),
            self.tr("State"), self.tr("Queued")])
        if self.pending:
            self._pending_arrived(self.pending)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before:  # coming back to the screen: others may have queued labels
            self.reload()
        self._shown_before = True
