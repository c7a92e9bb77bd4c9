"""All tables, imported together so the metadata is complete for migrations."""
from pos_app.models.base import Base
from pos_app.models.catalog import Category
from pos_app.models.item import Item, ItemEvent, StockLine, StockMovement
from pos_app.models.journal import AuditEntry, AuditHead, OutboxEvent
from pos_app.models.party import Party
from pos_app.models.shift import Shift
from pos_app.models.store import CodeSequence, Counter, Setting, Store
from pos_app.models.user import ManagerAuthorisation, User

__all__ = [
    "AuditEntry", "AuditHead", "Base", "Category", "CodeSequence", "Counter", "Item", "ItemEvent",
    "ManagerAuthorisation", "OutboxEvent", "Party", "Setting", "Shift", "StockLine",
    "StockMovement", "Store", "User",
]
