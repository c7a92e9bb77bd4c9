"""The login screen: user tiles, a user-name field and the PIN pad."""

from ui.screens.login.login import LoginScreen

__all__ = ["LoginScreen"]
