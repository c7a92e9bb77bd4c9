"""The label queue: priced items' labels printed in batches on a sheet or a roll."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_app.domain.roles import Permission
from ui.screens.labels.screen import LabelQueueScreen
from ui.screens.registry import ScreenSpec, register

SPEC = register(ScreenSpec(
    key="labels", title=QT_TRANSLATE_NOOP("Screens", "Labels"), icon="labels",
    permission=Permission.PRINT_LABELS, factory=LabelQueueScreen, order=40))

__all__ = ["SPEC", "LabelQueueScreen"]
