"""Returns and voids: a receipt's goods taken back and its money given back."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.registry import ScreenSpec, register
from ui.screens.returns.screen import ReturnsScreen

SPEC = register(ScreenSpec(
    key="returns", title=QT_TRANSLATE_NOOP("Screens", "Returns"), icon="returns",
    permission=Permission.SELL, factory=ReturnsScreen, order=12))

__all__ = ["SPEC", "ReturnsScreen"]
