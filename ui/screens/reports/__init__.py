"""Reports: the manager's daily and period reports, built in the background, previewed,
printed and saved as PDF."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.registry import ScreenSpec, register
from ui.screens.reports.screen import ReportsScreen

SPEC = register(ScreenSpec(
    key="reports", title=QT_TRANSLATE_NOOP("Screens", "Reports"), icon="reports",
    permission=Permission.VIEW_REPORTS, factory=ReportsScreen, order=85))

__all__ = ["SPEC", "ReportsScreen"]
