"""Deals and lots: matchmaking listings closed with a deal (the store takes its fee), and lots
of items that failed grading sold to a wholesaler or recycler as one sale."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.screens.deals.lot_tab import LotTab
from ui.screens.deals.matchmaking_tab import MatchmakingTab
from ui.session import Session


class DealsScreen(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.matchmaking = MatchmakingTab(session, self.tabs)
        self.lots = LotTab(session, self.tabs)
        self.tabs.addTab(self.matchmaking, "")
        self.tabs.addTab(self.lots, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._shown_before = False
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("&Matchmaking"))
        self.tabs.setTabText(1, self.tr("&Lot sale"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before:  # coming back: other counters may have listed or graded items
            self.matchmaking.reload()
            self.lots.reload()
        self._shown_before = True
