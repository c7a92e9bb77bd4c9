"""The manager's data tools: an Export tab and an Import tab."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.screens.data.export_tab import ExportTab
from ui.screens.data.import_tab import ImportTab
from ui.session import Session


class DataScreen(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.export_tab = ExportTab(session, self.tabs)
        self.import_tab = ImportTab(session, self.tabs)
        self.tabs.addTab(self.export_tab, "")
        self.tabs.addTab(self.import_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def tab_keys(self) -> list[str]:
        return ["export", "import"]

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Export"))
        self.tabs.setTabText(1, self.tr("Import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
