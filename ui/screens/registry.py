"""The screens the main window can show, each behind the permission it needs.

A screen package registers its ScreenSpec when imported (see ``ui.screens.load_screens``);
the main window lists the specs the logged-in actor may use, in ``order``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from pos_app.assets import icons_dir
from pos_app.domain.roles import Actor, Permission

TITLE_CONTEXT = "Screens"
"""Translation context of screen titles: write them as QT_TRANSLATE_NOOP("Screens", ...)."""


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # English; translated in context "Screens" when shown
    icon: str  # a file stem in assets/icons, else a freedesktop theme icon name
    permission: Permission | frozenset[Permission]  # any one of them opens the screen
    factory: Callable[..., QWidget]  # factory(session) -> the screen's widget
    order: int = 100
    shortcut: str = ""  # a key sequence that opens the screen, e.g. "F2"

    def permissions(self) -> frozenset[Permission]:
        if isinstance(self.permission, Permission):
            return frozenset({self.permission})
        return frozenset(self.permission)

    def allowed(self, actor: Actor) -> bool:
        return any(actor.can(p) for p in self.permissions())

    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


_specs: dict[str, ScreenSpec] = {}


def register(spec: ScreenSpec) -> ScreenSpec:
    """Add ``spec``, replacing one registered before under the same key."""
    _specs[spec.key] = spec
    return spec


def register_default(spec: ScreenSpec) -> ScreenSpec:
    """Add ``spec`` unless a screen already took its key (a placeholder a later screen replaces)."""
    return _specs.setdefault(spec.key, spec)


def unregister(key: str) -> None:
    _specs.pop(key, None)


def all_specs() -> list[ScreenSpec]:
    return sorted(_specs.values(), key=lambda s: (s.order, s.key))


def specs_for(actor: Actor, specs: Iterable[ScreenSpec] | None = None) -> list[ScreenSpec]:
    """The screens ``actor`` may open, in navigation order."""
    return [s for s in (all_specs() if specs is None else specs) if s.allowed(actor)]


def icon(name: str) -> QIcon:
    for suffix in (".svg", ".png"):
        path = icons_dir() / f"{name}{suffix}"
        if path.is_file():
            return QIcon(str(path))
    return QIcon.fromTheme(name)
