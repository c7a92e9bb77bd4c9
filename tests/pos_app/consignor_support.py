"""Consignors with contracts that end when a test needs them, and their items on the shelf,
written as the consignment intake writes them."""
from __future__ import annotations

from datetime import timedelta

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.models import ConsignmentContract, Intake
from tests.pos_app.counter_support import consignor
from tests.pos_app.pricing_support import make_item


def consignment(store, prices=("1000",), *, expires_in: int = 60, at_expiry: str = "return",
                markdowns=None, on_shelf_days_ago: float = 0, party: int | None = None):
    """A consignor (or `party`) with a contract ending `expires_in` days from today and its
    items on the shelf: (party id, contract id, item codes)."""
    party = party or consignor(store)
    today = clock.now().astimezone().date()
    with store.db.write() as s:
        intake = Intake(store_id=store.store_id, kind="consignment", status="completed",
                        party_id=party, created_by_id=store.admin.user_id)
        s.add(intake)
        s.flush()
        row = ConsignmentContract(store_id=store.store_id, number=f"CT-{intake.id:05d}",
                                  party_id=party, intake_id=intake.id, consignor_share_bp=6000,
                                  starts_on=today - timedelta(days=90),
                                  expires_on=today + timedelta(days=expires_in),
                                  at_expiry=at_expiry, markdowns=markdowns or [])
        s.add(row)
        s.flush()
        contract_id = row.id
    at = clock.now() - timedelta(days=on_shelf_days_ago)
    codes = [make_item(store, price=p, state=ItemState.ON_SHELF, acquisition="consignment",
                       owner=party, contract_id=contract_id, at=at) for p in prices]
    return party, contract_id, codes
