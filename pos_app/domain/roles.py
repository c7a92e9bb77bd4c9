"""Roles, permissions and the acting user: who may do what, decided here and nowhere else."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    GRADER = "grader"
    MANAGER = "manager"
    ADMIN = "admin"
    KIOSK = "kiosk"


class Permission(StrEnum):
    VIEW_ITEMS = "view items"
    SELL = "sell items"
    RESERVE = "reserve items"
    RENT = "rent items out"
    INTAKE = "take items in"
    GRADE = "grade items"
    PRICE = "price items"
    PRINT_LABELS = "print labels"
    MANAGE_STOCK = "adjust stock"
    MANAGE_SHIFT = "open and close shifts"
    REFUND = "refund a sale"
    VOID = "void a sale"
    DISCOUNT_OVER_LIMIT = "give a discount past the limit"
    PRICE_OVERRIDE = "override a price"
    WRITE_OFF = "write off, donate or lot out items"
    VIEW_REPORTS = "view reports"
    PAY_CONSIGNORS = "pay consignors"
    REVEAL_PERSONAL_DATA = "see personal data unmasked"
    VERIFY_AUDIT = "verify the audit log"
    BLOCK_SELLERS = "block and unblock sellers"
    MAINTAIN_STOLEN_LIST = "maintain the stolen-device list"
    EDIT_CHECKLISTS = "edit inspection checklists"
    MANAGE_USERS = "manage users"
    MANAGE_SETTINGS = "change store settings"
    KIOSK_QUOTE = "quote at the kiosk"


_CLERK = frozenset(
    {
        Permission.VIEW_ITEMS,
        Permission.SELL,
        Permission.RESERVE,
        Permission.RENT,
        Permission.INTAKE,
        Permission.PRINT_LABELS,
        Permission.MANAGE_SHIFT,
    }
)
_GRADER = frozenset(
    {Permission.VIEW_ITEMS, Permission.INTAKE, Permission.GRADE, Permission.PRICE, Permission.PRINT_LABELS}
)
_MANAGER = frozenset(Permission) - {Permission.MANAGE_SETTINGS, Permission.KIOSK_QUOTE}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: _CLERK,
    Role.GRADER: _GRADER,
    Role.MANAGER: _MANAGER,
    Role.ADMIN: frozenset(Permission) - {Permission.KIOSK_QUOTE},
    Role.KIOSK: frozenset({Permission.KIOSK_QUOTE}),
}

# What a manager may authorise on the spot, with their PIN, for someone whose role lacks it.
AUTHORISABLE = frozenset(
    {
        Permission.REFUND,
        Permission.VOID,
        Permission.DISCOUNT_OVER_LIMIT,
        Permission.PRICE_OVERRIDE,
        Permission.WRITE_OFF,
        Permission.GRADE,
        Permission.PRICE,
    }
)
AUTHORISING_ROLES = frozenset({Role.MANAGER, Role.ADMIN})


def role_can(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


@dataclass(frozen=True)
class Actor:
    """The logged-in user at a counter, passed to every service call."""

    user_id: int
    username: str
    display_name: str
    role: Role
    store_id: int
    counter_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return role_can(self.role, permission)
