"""The grading screen: an item's checklist walked, its grade derived, its report printed."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.grading.screen import GradingScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="grading", title=QT_TRANSLATE_NOOP("Screens", "Grading"), icon="grading",
    permission=Permission.GRADE, factory=GradingScreen, order=30))

__all__ = ["SPEC", "GradingScreen"]
