"""The rows of an import preview as a table: the file's own columns, then the row's problems
in the user's language; rows with a problem are tinted."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pos_app.services.imports import ImportPreview, PreviewRow
from ui.errors import user_message
from ui.theme import ERROR_COLOR

PROBLEM_TINT = QColor("#fdf0ef")
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.shown: list[PreviewRow] = []
        self.only_problems = False

    def show(self, preview: ImportPreview | None, only_problems: bool | None = None) -> None:
        self.beginResetModel()
        self.preview = preview
        if only_problems is not None:
            self.only_problems = only_problems
        rows = preview.rows if preview else ()
        self.shown = [r for r in rows if r.problems] if self.only_problems else list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.preview is None else len(self.preview.columns) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == self.columnCount() - 1:
            return self.tr("Problems")
        return self.preview.columns[section - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.shown[index.row()]
        last = self.columnCount() - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(row.row)
            if index.column() == last:
                return " ".join(self.problem_text(p) for p in row.problems)
            return row.values[index.column() - 1]
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return QBrush(PROBLEM_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and row.problems and index.column() == last:
            return QBrush(QColor(ERROR_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole and row.problems:
            return "\n".join(self.problem_text(p) for p in row.problems)
        return None

    @staticmethod
    def problem_text(problem) -> str:
        text = user_message(problem.error)
        return f"{problem.column}: {text}" if problem.column else text
