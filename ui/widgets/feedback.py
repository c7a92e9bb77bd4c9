"""A line of feedback under a form or a screen: hidden when empty, red when it is a refusal."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.theme import repolish


def feedback_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.hide()
    return label


def show_feedback(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    label.setProperty("role", "error" if error else "")
    repolish(label)
