"""The first-run wizard that sets up a new store database."""

from ui.screens.wizard.wizard import FirstRunWizard

__all__ = ["FirstRunWizard"]
