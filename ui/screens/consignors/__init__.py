"""Consignors: their accounts and payouts, statements, and contracts at their end."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.consignors.screen import ConsignorsScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="consignors", title=QT_TRANSLATE_NOOP("Screens", "Consignors"), icon="consignors",
    permission=Permission.PAY_CONSIGNORS, factory=ConsignorsScreen, order=80))

__all__ = ["SPEC", "ConsignorsScreen"]
