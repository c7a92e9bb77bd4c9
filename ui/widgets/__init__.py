"""Reusable widgets: keyboard-first, translatable, large enough to touch with kiosk=True."""

from ui.widgets.money_edit import MoneyEdit
from ui.widgets.pin_pad import PinPad
from ui.widgets.scanner_input import ScannerInput

__all__ = ["MoneyEdit", "PinPad", "ScannerInput"]
