"""One package per screen; importing a package registers its ScreenSpec.

A new screen adds its package name to SCREEN_PACKAGES and calls
``ui.screens.registry.register(ScreenSpec(...))`` in its ``__init__``.
"""

from __future__ import annotations

import importlib

SCREEN_PACKAGES: tuple[str, ...] = (
    "ui.screens.counter",
    "ui.screens.intake",
    "ui.screens.grading",
    "ui.screens.labels",
    "ui.screens.items",
    "ui.screens.settings",
    "ui.screens.shift",
    "ui.screens.deals",
    "ui.screens.consignors",
    "ui.screens.accounts",
    "ui.screens.returns",
    "ui.screens.rentals",
    "ui.screens.reports",
    "ui.screens.data",
)


def load_screens() -> None:
    """Import every screen package once so that each registers itself."""
    for name in SCREEN_PACKAGES:
        importlib.import_module(name)
