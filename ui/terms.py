"""The store's words in the clerk's language: roles, item states, ways of acquiring, rights.

pos_app names these things with stable English values; every screen and every error message
shows them through here, so one word is translated once.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pos_app.domain.item_states import Acquisition, ItemState
from pos_app.domain.roles import Permission, Role

ROLE_NAMES: dict[Role, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "Clerk"),
    Role.GRADER: QT_TRANSLATE_NOOP("Roles", "Grader"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.KIOSK: QT_TRANSLATE_NOOP("Roles", "Kiosk"),
}

COUNTER_KINDS: dict[str, str] = {
    "counter": QT_TRANSLATE_NOOP("Roles", "Till"),
    "kiosk": QT_TRANSLATE_NOOP("Roles", "Kiosk"),
}

STATE_NAMES: dict[ItemState, str] = {
    ItemState.RECEIVED: QT_TRANSLATE_NOOP("ItemStates", "Received"),
    ItemState.GRADED: QT_TRANSLATE_NOOP("ItemStates", "Graded"),
    ItemState.PRICED: QT_TRANSLATE_NOOP("ItemStates", "Priced"),
    ItemState.LABELLED: QT_TRANSLATE_NOOP("ItemStates", "Labelled"),
    ItemState.ON_SHELF: QT_TRANSLATE_NOOP("ItemStates", "On the shelf"),
    ItemState.RESERVED: QT_TRANSLATE_NOOP("ItemStates", "Reserved"),
    ItemState.SOLD: QT_TRANSLATE_NOOP("ItemStates", "Sold"),
    ItemState.RETURNED: QT_TRANSLATE_NOOP("ItemStates", "Returned"),
    ItemState.PAID_OUT: QT_TRANSLATE_NOOP("ItemStates", "Paid out"),
    ItemState.RENTED_OUT: QT_TRANSLATE_NOOP("ItemStates", "Rented out"),
    ItemState.RETURNED_TO_OWNER: QT_TRANSLATE_NOOP("ItemStates", "Returned to owner"),
    ItemState.DONATED: QT_TRANSLATE_NOOP("ItemStates", "Donated"),
    ItemState.LOTTED_OUT: QT_TRANSLATE_NOOP("ItemStates", "Lotted out"),
    ItemState.WRITTEN_OFF: QT_TRANSLATE_NOOP("ItemStates", "Written off"),
}

ACQUISITION_NAMES: dict[Acquisition, str] = {
    Acquisition.BUY_BACK: QT_TRANSLATE_NOOP("ItemStates", "Bought back"),
    Acquisition.CONSIGNMENT: QT_TRANSLATE_NOOP("ItemStates", "Consignment"),
    Acquisition.LEASE_STOCK: QT_TRANSLATE_NOOP("ItemStates", "Rental stock"),
    Acquisition.STORE_STOCK: QT_TRANSLATE_NOOP("ItemStates", "Store stock"),
    Acquisition.MATCHMAKING: QT_TRANSLATE_NOOP("ItemStates", "Matchmaking"),
}

PERMISSION_NAMES: dict[Permission, str] = {
    Permission.VIEW_ITEMS: QT_TRANSLATE_NOOP("Permissions", "view items"),
    Permission.SELL: QT_TRANSLATE_NOOP("Permissions", "sell items"),
    Permission.RESERVE: QT_TRANSLATE_NOOP("Permissions", "reserve items"),
    Permission.RENT: QT_TRANSLATE_NOOP("Permissions", "rent items out"),
    Permission.INTAKE: QT_TRANSLATE_NOOP("Permissions", "take items in"),
    Permission.GRADE: QT_TRANSLATE_NOOP("Permissions", "grade items"),
    Permission.PRICE: QT_TRANSLATE_NOOP("Permissions", "price items"),
    Permission.PRINT_LABELS: QT_TRANSLATE_NOOP("Permissions", "print labels"),
    Permission.MANAGE_STOCK: QT_TRANSLATE_NOOP("Permissions", "adjust stock"),
    Permission.MANAGE_SHIFT: QT_TRANSLATE_NOOP("Permissions", "open and close shifts"),
    Permission.REFUND: QT_TRANSLATE_NOOP("Permissions", "refund a sale"),
    Permission.VOID: QT_TRANSLATE_NOOP("Permissions", "void a sale"),
    Permission.DISCOUNT_OVER_LIMIT: QT_TRANSLATE_NOOP("Permissions", "give a discount past the limit"),
    Permission.PRICE_OVERRIDE: QT_TRANSLATE_NOOP("Permissions", "override a price"),
    Permission.WRITE_OFF: QT_TRANSLATE_NOOP("Permissions", "write off, donate or lot out items"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("Permissions", "view reports"),
    Permission.PAY_CONSIGNORS: QT_TRANSLATE_NOOP("Permissions", "pay consignors"),
    Permission.REVEAL_PERSONAL_DATA: QT_TRANSLATE_NOOP("Permissions", "see personal data unmasked"),
    Permission.VERIFY_AUDIT: QT_TRANSLATE_NOOP("Permissions", "verify the audit log"),
    Permission.BLOCK_SELLERS: QT_TRANSLATE_NOOP("Permissions", "block and unblock sellers"),
    Permission.MAINTAIN_STOLEN_LIST: QT_TRANSLATE_NOOP("Permissions", "maintain the stolen-device list"),
    Permission.EDIT_CHECKLISTS: QT_TRANSLATE_NOOP("Permissions", "edit inspection checklists"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "manage users"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "change store settings"),
    Permission.KIOSK_QUOTE: QT_TRANSLATE_NOOP("Permissions", "quote at the kiosk"),
}

# The nouns services name in "{what} … was not found" and similar messages.
NOUNS: dict[str, str] = {
    "Item": QT_TRANSLATE_NOOP("Nouns", "Item"),
    "User": QT_TRANSLATE_NOOP("Nouns", "User"),
    "Category": QT_TRANSLATE_NOOP("Nouns", "Category"),
    "Stock line": QT_TRANSLATE_NOOP("Nouns", "Stock line"),
    "Store": QT_TRANSLATE_NOOP("Nouns", "Store"),
    "Counter": QT_TRANSLATE_NOOP("Nouns", "Counter"),
    "Party": QT_TRANSLATE_NOOP("Nouns", "Customer"),
    "Photo": QT_TRANSLATE_NOOP("Nouns", "Photo"),
    "manage an administrator": QT_TRANSLATE_NOOP("Nouns", "manage an administrator"),
}


def _lookup(context: str, table: dict, key: object) -> str | None:
    try:
        return QCoreApplication.translate(context, table[key])
    except (KeyError, ValueError, TypeError):
        return None


def role_name(role: Role | str) -> str:
    return _lookup("Roles", ROLE_NAMES, Role(role)) or str(role)


def counter_kind_name(kind: str) -> str:
    return _lookup("Roles", COUNTER_KINDS, kind) or kind


def state_name(state: ItemState | str | None) -> str:
    if state is None:
        return ""
    try:
        return _lookup("ItemStates", STATE_NAMES, ItemState(state)) or str(state)
    except ValueError:
        return str(state)


def acquisition_name(acquisition: Acquisition | str) -> str:
    try:
        return _lookup("ItemStates", ACQUISITION_NAMES, Acquisition(acquisition)) or str(acquisition)
    except ValueError:
        return str(acquisition)


def permission_name(permission: Permission | str) -> str:
    try:
        return _lookup("Permissions", PERMISSION_NAMES, Permission(permission)) or str(permission)
    except ValueError:
        return str(permission)


def translate_param(value: object) -> object:
    """A domain error's parameter in the clerk's language when it is one of the store's words."""
    if not isinstance(value, str):
        return value
    for enum, name in ((Role, role_name), (ItemState, state_name), (Acquisition, acquisition_name),
                       (Permission, permission_name)):
        if value in enum._value2member_map_:
            return name(value)
    return _lookup("Nouns", NOUNS, value) or value
