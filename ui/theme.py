"""The look of the counter and the kiosk: calm, high-contrast, big enough to hit.

Widgets mark states with dynamic properties the stylesheet reads:
``invalid="true"`` on an input that holds an unacceptable value,
``role="error"`` on a label that explains it (call ``repolish`` after changing one), and
``kiosk="true"`` on a widget built with ``kiosk=True``: its buttons and fields grow to
touch size even on the counter theme (``mark_kiosk``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

KIOSK_MIN_TOUCH_PX = 64
"""Smallest height of anything a kiosk visitor presses with a finger."""

ERROR_COLOR = "#b3261e"
ACCENT_COLOR = "#1f6f43"

_BASE = f"""
QWidget {{
    color: #1c1c1c;
}}
QMainWindow, QDialog {{
    background: #f6f6f3;
}}
QPushButton {{
    min-height: 32px;
    padding: 4px 14px;
    border: 1px solid #8a8a85;
    border-radius: 6px;
    background: #ffffff;
}}
QPushButton:hover {{
    background: #eef5f0;
}}
QPushButton:pressed {{
    background: #d9e9de;
}}
QPushButton:default, QPushButton[role="primary"] {{
    background: {ACCENT_COLOR};
    border-color: {ACCENT_COLOR};
    color: #ffffff;
}}
QPushButton:disabled {{
    color: #8a8a85;
    background: #ececea;
}}
QLineEdit {{
    min-height: 28px;
    padding: 2px 6px;
    border: 1px solid #8a8a85;
    border-radius: 4px;
    background: #ffffff;
}}
QLineEdit:focus {{
    border: 2px solid {ACCENT_COLOR};
}}
QLineEdit[invalid="true"] {{
    border: 2px solid {ERROR_COLOR};
    background: #fdf0ef;
}}
QLabel[role="error"] {{
    color: {ERROR_COLOR};
    font-weight: bold;
}}
*[kiosk="true"] QPushButton, QPushButton[kiosk="true"] {{
    min-height: {KIOSK_MIN_TOUCH_PX}px;
    min-width: {KIOSK_MIN_TOUCH_PX}px;
    font-size: 20pt;
}}
QLineEdit[kiosk="true"], *[kiosk="true"] QLineEdit, *[kiosk="true"] QLabel[role="pin-display"] {{
    min-height: {KIOSK_MIN_TOUCH_PX}px;
    font-size: 20pt;
}}
QLabel[role="pin-display"] {{
    font-size: 16pt;
    letter-spacing: 4px;
    border: 1px solid #8a8a85;
    border-radius: 4px;
    background: #ffffff;
    padding: 4px;
}}
"""

_KIOSK = f"""
QWidget {{
    font-size: 18pt;
}}
QPushButton {{
    min-height: {KIOSK_MIN_TOUCH_PX}px;
    min-width: {KIOSK_MIN_TOUCH_PX}px;
    font-size: 20pt;
}}
QLineEdit {{
    min-height: {KIOSK_MIN_TOUCH_PX}px;
    font-size: 20pt;
}}
"""


def stylesheet(kiosk: bool = False) -> str:
    return _BASE + (_KIOSK if kiosk else "")


def apply_theme(app: QApplication, kiosk: bool = False) -> None:
    """Fusion everywhere (the same look on every OS) plus our stylesheet."""
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet(kiosk))
    app.setProperty("kiosk", kiosk)


def mark_kiosk(widget: QWidget) -> None:
    """Make ``widget`` and what it contains touch-sized, with the theme or without."""
    widget.setProperty("kiosk", True)
    for child in [widget, *widget.findChildren(QPushButton), *widget.findChildren(QLineEdit)]:
        if isinstance(child, (QPushButton, QLineEdit)):
            child.setMinimumHeight(max(child.minimumHeight(), KIOSK_MIN_TOUCH_PX))
        if isinstance(child, QPushButton):
            child.setMinimumWidth(max(child.minimumWidth(), KIOSK_MIN_TOUCH_PX))


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property it reads has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
