"""Export and import: the store's records to CSV or Excel, items and people from a CSV file."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.data.screen import DataScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="data", title=QT_TRANSLATE_NOOP("Screens", "Export and import"), icon="document-save",
    permission=Permission.VIEW_REPORTS, factory=DataScreen, order=88))

__all__ = ["SPEC", "DataScreen"]
