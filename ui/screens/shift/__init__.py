"""Shift and drawer: open, paid in and out, X report, blind count and Z report at close."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.registry import ScreenSpec, register
from ui.screens.shift.screen import ShiftScreen

SPEC = register(ScreenSpec(
    key="shift", title=QT_TRANSLATE_NOOP("Screens", "Shift and drawer"), icon="shift",
    permission=Permission.MANAGE_SHIFT, factory=ShiftScreen, order=15))

__all__ = ["SPEC", "ShiftScreen"]
