"""The intake screen: goods taken in from the public in the four businesses."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.intake.screen import IntakeScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="intake", title=QT_TRANSLATE_NOOP("Screens", "Intake"), icon="intake",
    permission=Permission.INTAKE, factory=IntakeScreen, order=20))

__all__ = ["SPEC", "IntakeScreen"]
