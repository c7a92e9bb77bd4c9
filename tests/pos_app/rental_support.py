"""Lease items on the shelf for the rental tests, made as the lease-stock intake makes them
(an item received as lease stock with its LeaseTerms row), then graded, priced, labelled and
shelved."""
from __future__ import annotations

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.models import LeaseTerms
from pos_app.services import items


def lease_item(store, rent: str = "50", period_days: int = 1, deposit: str = "500", *,
               brand: str = "Sony", model: str = "A7 III", grade: str = "A") -> str:
    """A lease item on the shelf renting at `rent` yuan per `period_days` days; its code."""
    with store.db.write() as s:
        item = items.add_received(s, store.admin, category="3c.camera", acquisition="lease_stock",
                                  brand=brand, model=model)
        s.add(LeaseTerms(item_id=item.id, rent_minor=Money.of(rent).minor,
                         period_days=period_days, deposit_minor=Money.of(deposit).minor))
        for state in (ItemState.GRADED, ItemState.PRICED, ItemState.LABELLED, ItemState.ON_SHELF):
            items.move(s, store.admin, item, state,
                       grade=grade if state == ItemState.GRADED else None,
                       price=Money.of(deposit) if state == ItemState.PRICED else None)
        return item.code
