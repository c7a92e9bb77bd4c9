"""Store credit and gift vouchers: their ledgers, looked up at the counter."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.accounts.screen import AccountsScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="accounts", title=QT_TRANSLATE_NOOP("Screens", "Store credit & vouchers"), icon="accounts",
    permission=Permission.SELL, factory=AccountsScreen, order=75))

__all__ = ["SPEC", "AccountsScreen"]
