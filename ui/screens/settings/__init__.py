"""The settings screen: store, counters, users and roles, printers, language."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.registry import ScreenSpec, register
from ui.screens.settings.screen import SettingsScreen

SPEC = register(ScreenSpec(
    key="settings", title=QT_TRANSLATE_NOOP("Screens", "Settings"), icon="settings",
    permission=frozenset({Permission.MANAGE_SETTINGS, Permission.MANAGE_USERS}),
    factory=SettingsScreen, order=900))

__all__ = ["SPEC", "SettingsScreen"]
