"""Everything the store keeps about one item, read in one transaction for the detail and
grading screens: what a scan shows (ItemView) plus its category code, serial, attributes, the
owner's lowest price, its holding period, its owner (masked) and contract, and its sale."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pos_app.domain.masking import mask_name
from pos_app.domain.money import Money
from pos_app.models import Category, ConsignmentContract, Party
from pos_app.services import items
from pos_app.services.items import ItemView
from pos_app.services.store_db import StoreDB


@dataclass(frozen=True)
class ItemRecord:
    view: ItemView
    category_code: str
    serial: str | None  # IMEI or serial number
    attributes: dict
    floor: Money | None  # the owner's lowest acceptable price
    held_until: datetime | None  # a bought-back item may not be sold before
    owner_party_id: int | None
    owner_name: str  # masked; "" when the store owns the item
    contract_number: str | None
    sold: Money | None
    sold_at: datetime | None
    created_at: datetime

    @property
    def code(self) -> str:
        return self.view.code


def item_record(db: StoreDB, code: str) -> ItemRecord:
    """The item a code names with all its facts (NotFound, InvalidItemCode)."""
    view = items.find_by_code(db, code)
    with db.read() as s:
        item = items.load(s, view.code)
        currency = view.cost.currency
        category_code = s.scalar(select(Category.code).where(Category.id == item.category_id))
        owner = s.get(Party, item.owner_party_id) if item.owner_party_id else None
        contract = (s.scalar(select(ConsignmentContract.number)
                             .where(ConsignmentContract.id == item.contract_id))
                    if item.contract_id else None)
        return ItemRecord(
            view=view, category_code=category_code, serial=item.serial,
            attributes=dict(item.attributes or {}),
            floor=None if item.floor_minor is None else Money(item.floor_minor, currency),
            held_until=item.held_until, owner_party_id=item.owner_party_id,
            owner_name=mask_name(owner.name) if owner else "", contract_number=contract,
            sold=None if item.sold_minor is None else Money(item.sold_minor, currency),
            sold_at=item.sold_at, created_at=item.created_at)
