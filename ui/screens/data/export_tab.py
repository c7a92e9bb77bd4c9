"""Export: choose the records, the period and the format, save, and watch it write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.roles import Permission
from pos_app.services import exports
from pos_app.services.exports import ExportResult
from ui.errors import user_message
from ui.session import Session, while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

WHAT = {"sales": QT_TRANSLATE_NOOP("ExportTab", "Sales lines (with refunds)"),
        "items": QT_TRANSLATE_NOOP("ExportTab", "Items"),
        "intakes": QT_TRANSLATE_NOOP("ExportTab", "Intakes and their lines"),
        "payouts": QT_TRANSLATE_NOOP("ExportTab", "Consignor payouts"),
        "audit": QT_TRANSLATE_NOOP("ExportTab", "Audit log")}
FORMATS = {"csv": QT_TRANSLATE_NOOP("ExportTab", "CSV (opens in Excel)"),
           "xlsx": QT_TRANSLATE_NOOP("ExportTab", "Excel workbook (.xlsx)")}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExportTab(QWidget):
    """``exported(ExportResult)`` when a file was written; ``failed(str)`` when not."""

    exported = Signal(object)
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.busy = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.what = QComboBox(self)
        for key in WHAT:
            if key != "audit" or session.actor.can(Permission.VERIFY_AUDIT):
                self.what.addItem("", key)
        self.what.currentIndexChanged.connect(lambda _i: self._update())
        today = date.today()
        self.first = QDateEdit(_qdate(today.replace(day=1)), self)
        self.last = QDateEdit(_qdate(today), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.everything = QCheckBox(self)
        self.everything.toggled.connect(lambda _on: self._update())
        self.fmt = QComboBox(self)
        for key in FORMATS:
            self.fmt.addItem("", key)
        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.ask_file)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.message = feedback_label(self)

        period = QHBoxLayout()
        period.addWidget(self.first)
        self.to_label = QLabel(self)
        period.addWidget(self.to_label)
        period.addWidget(self.last)
        period.addWidget(self.everything)
        period.addStretch(1)
        self.form_labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.form_labels, (self.what, period, self.fmt), strict=True):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslateUi()
        self._update()

    def choose(self, what: str, first: date | None = None, last: date | None = None,
               fmt: str = "csv") -> None:
        """Set the form as a user would (first and last None: the whole history)."""
        self.what.setCurrentIndex(self.what.findData(what))
        self.everything.setChecked(first is None)
        if first is not None:
            self.first.setDate(_qdate(first))
            self.last.setDate(_qdate(last or first))
        self.fmt.setCurrentIndex(self.fmt.findData(fmt))

    def period(self) -> tuple[date | None, date | None]:
        if self.everything.isChecked():
            return None, None
        return self.first.date().toPython(), self.last.date().toPython()

    def ask_file(self) -> None:
        fmt = self.fmt.currentData()
        name = f"{self.what.currentData()}.{fmt}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the export"), str(Path.home() / name),
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)"))
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_to(path)

    def export_to(self, path: str) -> None:
        first, last = self.period()
        self.busy = True
        self.progress.setRange(0, 0)
        self.progress.show()
        show_feedback(self.message, self.tr("Writing {path}…").format(path=path))
        self._update()
        run_in_background(exports.export, self._session.db, self._session.actor,
                          self.what.currentData(), first, last, path,
                          fmt=self.fmt.currentData(),
                          on_progress=while_alive(self, self._progressed),
                          on_done=while_alive(self, self._done),
                          on_error=while_alive(self, self._failed))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _done(self, result: ExportResult) -> None:
        self.busy = False
        self.progress.hide()
        self._update()
        show_feedback(self.message, self.tr("{rows} rows written to {path}.").format(
            rows=result.rows, path=str(result.path)))
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self._update()
        text = user_message(exc)
        show_feedback(self.message, text, error=True)
        self.failed.emit(text)

    def _update(self) -> None:
        whole = self.everything.isChecked()
        self.first.setEnabled(not whole)
        self.last.setEnabled(not whole)
        self.save_button.setEnabled(not self.busy and self.what.count() > 0)
        self.everything.setText(self.tr("Every item") if self.what.currentData() == "items"
                                else self.tr("Whole history"))

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Save the store's records for a period as a file a spreadsheet opens. Amounts are "
            "exact decimals; times are the store's local time. Items: those that changed in "
            "the period, or every item."))
        for combo, names in ((self.what, WHAT), (self.fmt, FORMATS)):
            for i in range(combo.count()):
                combo.setItemText(i, QCoreApplication.translate("ExportTab",
                                                                names[combo.itemData(i)]))
        self.to_label.setText(self.tr("to"))
        labels = (self.tr("Records:"), self.tr("Period:"), self.tr("Format:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("Save…"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
