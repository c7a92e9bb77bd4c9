"""Import: choose what and a CSV file, see every row's problems, and import all rows once
there are none (one transaction, with a progress bar)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.services import imports
from pos_app.services.imports import ImportPreview, ImportResult
from ui.errors import user_message
from ui.screens.data.preview_model import PreviewModel
from ui.session import Session, while_alive
from ui.widgets.feedback import feedback_label, show_feedback
from ui.workers import run_in_background

KINDS = {"items": QT_TRANSLATE_NOOP("ImportTab", "Items"),
         "parties": QT_TRANSLATE_NOOP("ImportTab", "People and businesses")}


class ImportTab(QWidget):
    """``previewed(ImportPreview)`` after a file was checked; ``imported(ImportResult)``."""

    previewed = Signal(object)
    imported = Signal(object)
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.preview: ImportPreview | None = None
        self.busy = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        for key in KINDS:
            self.kind.addItem("", key)
        self.kind.currentIndexChanged.connect(lambda _i: self._clear())
        self.kind_label.setBuddy(self.kind)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.ask_file)
        self.summary = feedback_label(self)
        self.only_problems = QCheckBox(self)
        self.only_problems.toggled.connect(lambda on: self.model.show(self.preview, on))
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.import_button = QPushButton(self)
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.run_import)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.message = feedback_label(self)

        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addWidget(self.choose_button)
        top.addStretch(1)
        top.addWidget(self.only_problems)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.retranslateUi()
        self._update()

    def ask_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), str(Path.home()),
            self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.preview_file(path)

    def preview_file(self, path: str, kind: str | None = None) -> None:
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self._clear()
        self._start(self.tr("Checking {path}…").format(path=path))
        run_in_background(imports.preview, self._session.db, self._session.actor,
                          self.kind.currentData(), path,
                          on_progress=while_alive(self, self._progressed),
                          on_done=while_alive(self, self._previewed),
                          on_error=while_alive(self, self._failed))

    def run_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        self._start(self.tr("Importing…"))
        run_in_background(imports.import_rows, self._session.db, self._session.actor,
                          self.preview,
                          on_progress=while_alive(self, self._progressed),
                          on_done=while_alive(self, self._imported),
                          on_error=while_alive(self, self._failed))

    def _start(self, text: str) -> None:
        self.busy = True
        self.progress.setRange(0, 0)
        self.progress.show()
        show_feedback(self.message, text)
        self._update()

    def _stop(self) -> None:
        self.busy = False
        self.progress.hide()
        self._update()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _previewed(self, checked: ImportPreview) -> None:
        self.preview = checked
        self.model.show(checked)
        self.table.resizeColumnsToContents()
        self._stop()
        show_feedback(self.message, "")
        self._show_summary()
        self.previewed.emit(checked)

    def _show_summary(self) -> None:
        checked = self.preview
        if checked is None:
            show_feedback(self.summary, "")
            return
        if checked.ok:
            show_feedback(self.summary, self.tr("{rows} rows read, no problems: ready to import.")
                          .format(rows=len(checked.rows)))
            return
        in_rows = {r.row for r in checked.rows}
        lines = [PreviewModel.problem_text(p) for p in checked.problems if p.row not in in_rows]
        lines.append(self.tr("{rows} rows read; {bad} rows have {count} problems. Nothing will "
                             "be imported until the file is corrected and chosen again.").format(
            rows=len(checked.rows), bad=checked.rows_with_problems, count=len(checked.problems)))
        show_feedback(self.summary, "\n".join(lines), error=True)

    def _imported(self, result: ImportResult) -> None:
        self._stop()
        self.preview = None  # imported once: a second press would be refused anyway
        self._update()
        text = (self.tr("{count} items imported; their labels wait in the label queue.")
                if result.kind == "items" else self.tr("{count} people and businesses imported."))
        show_feedback(self.message, text.format(count=result.imported))
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        text = user_message(exc)
        show_feedback(self.message, text, error=True)
        self.failed.emit(text)

    def _clear(self) -> None:
        self.preview = None
        self.model.show(None)
        show_feedback(self.summary, "")
        self._update()

    def _update(self) -> None:
        ready = self.preview is not None and self.preview.ok
        self.import_button.setEnabled(ready and not self.busy)
        self.choose_button.setEnabled(not self.busy)
        self.kind.setEnabled(not self.busy)

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Bring items or people over from a spreadsheet saved as CSV. Every row is checked "
            "first; the import adds all the rows at once, and only when no row has a problem. "
            "The columns are described in the README."))
        self.kind_label.setText(self.tr("Import:"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, QCoreApplication.translate("ImportTab",
                                                                KINDS[self.kind.itemData(i)]))
        self.choose_button.setText(self.tr("Choose file…"))
        self.only_problems.setText(self.tr("Only rows with problems"))
        self.import_button.setText(self.tr("Import"))
        self._show_summary()
        self.model.show(self.preview)  # its headers and problems in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
