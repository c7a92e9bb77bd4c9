"""Rentals: lease items rented out, due back and checked in with their fees."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.registry import ScreenSpec, register
from ui.screens.rentals.screen import RentalsScreen

SPEC = register(ScreenSpec(
    key="rentals", title=QT_TRANSLATE_NOOP("Screens", "Rentals"), icon="rentals",
    permission=Permission.RENT, factory=RentalsScreen, order=60))

__all__ = ["SPEC", "RentalsScreen"]
