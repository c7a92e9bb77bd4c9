"""The counter: sales rung up with the scanner and the keyboard, paid in one or more tenders."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.counter.screen import CounterScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="counter", title=QT_TRANSLATE_NOOP("Screens", "Counter"), icon="counter",
    permission=Permission.SELL, factory=CounterScreen, order=10, shortcut="F1"))

__all__ = ["SPEC", "CounterScreen"]
