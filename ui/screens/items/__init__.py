"""The items screen: every one-of-a-kind item, searched or scanned."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.items.model import ItemTableModel
from ui.screens.items.screen import ItemsScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="items", title=QT_TRANSLATE_NOOP("Screens", "Items"), icon="items",
    permission=Permission.VIEW_ITEMS, factory=ItemsScreen, order=50))

__all__ = ["SPEC", "ItemTableModel", "ItemsScreen"]
