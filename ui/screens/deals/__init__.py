"""Deals and lots: matchmaking deals (the service fee taken) and lot sales of failed items."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.deals.screen import DealsScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="deals", title=QT_TRANSLATE_NOOP("Screens", "Deals and lots"), icon="deals",
    permission=frozenset({Permission.SELL, Permission.WRITE_OFF}), factory=DealsScreen,
    order=70))

__all__ = ["SPEC", "DealsScreen"]
