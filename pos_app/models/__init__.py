"""All tables, imported together so the metadata is complete for migrations."""
from pos_app.models.base import Base
from pos_app.models.catalog import Category
from pos_app.models.inspection import Checklist, Inspection, ItemPhoto, StolenDevice
from pos_app.models.intake import ConsignmentContract, Intake, IntakeLine, LeaseTerms, Listing
from pos_app.models.item import Item, ItemEvent, StockLine, StockMovement
from pos_app.models.journal import AuditEntry, AuditHead, OutboxEvent
from pos_app.models.ledger import (
    ConsignorEntry,
    ConsignorPayout,
    Rental,
    Voucher,
    VoucherEntry,
)
from pos_app.models.money_flow import CashMovement, CreditEntry, LabelJob, PriceChange
from pos_app.models.party import Party
from pos_app.models.sale import Hold, Refund, RefundLine, Sale, SaleLine, Tender
from pos_app.models.shift import Shift
from pos_app.models.store import CodeSequence, Counter, Setting, Store
from pos_app.models.user import ManagerAuthorisation, User

__all__ = [
    "AuditEntry",
    "AuditHead",
    "Base",
    "CashMovement",
    "Category",
    "Checklist",
    "CodeSequence",
    "ConsignmentContract",
    "ConsignorEntry",
    "ConsignorPayout",
    "Counter",
    "CreditEntry",
    "Hold",
    "Inspection",
    "Intake",
    "IntakeLine",
    "Item",
    "ItemEvent",
    "ItemPhoto",
    "LabelJob",
    "LeaseTerms",
    "Listing",
    "ManagerAuthorisation",
    "OutboxEvent",
    "Party",
    "PriceChange",
    "Refund",
    "RefundLine",
    "Rental",
    "Sale",
    "SaleLine",
    "Setting",
    "Shift",
    "StockLine",
    "StockMovement",
    "StolenDevice",
    "Store",
    "Tender",
    "User",
    "Voucher",
    "VoucherEntry",
]
