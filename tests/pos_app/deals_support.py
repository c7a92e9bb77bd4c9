"""Matchmaking listings made through the real intake, and lot candidates graded "for parts",
for the matchmaking and lot-sale tests (services and screen)."""
from __future__ import annotations

from sqlalchemy import func, select

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.models import (
    AuditEntry,
    CashMovement,
    ItemEvent,
    Listing,
    ManagerAuthorisation,
    OutboxEvent,
    Sale,
    SaleLine,
    Tender,
)
from pos_app.services import intake, items, parties

SHELF_PATH = (ItemState.GRADED, ItemState.PRICED, ItemState.LABELLED, ItemState.ON_SHELF)


def listing(store, *, asking: str = "3800", fee: str | None = None, commission: str | None = None,
            shelf: bool = True, owner: int | None = None, model: str = "Aeron 办公椅") -> tuple[int, str, int]:
    """A matchmaking listing from the intake (and the item put on the shelf unless `shelf` is
    False): (listing id, item code, owner party id)."""
    owner = owner or parties.add_party(store.db, store.clerk, "赵敏", phone="13812345678").id
    draft = intake.start_intake(store.db, store.clerk, "matchmaking", owner)
    terms = {"contact_preference": "wechat"}
    if fee is not None:
        terms["listing_fee"] = Money.of(fee)
    if commission is not None:
        terms["commission_percent"] = commission
    intake.set_terms(store.db, store.clerk, draft.id, **terms)
    intake.add_line(store.db, store.clerk, draft.id, category="furniture", brand="Herman Miller",
                    model=model, amount=Money.of(asking))
    code = intake.complete_intake(store.db, store.clerk, draft.id).item_codes[0]
    if shelf:
        put_on_shelf(store, code, asking)
    with store.db.read() as s:
        listing_id = s.scalar(select(Listing.id).where(Listing.item_id == items.load(s, code).id))
    return listing_id, code, owner


def put_on_shelf(store, code: str, price: str) -> None:
    for state in SHELF_PATH:
        items.transition(store.db, store.manager, code, state,
                         grade="B" if state == ItemState.GRADED else None,
                         price=Money.of(price) if state == ItemState.PRICED else None)


def for_parts(store, *, model: str = "iPhone 8", price: str | None = None,
              category: str = "3c.phone", acquisition: str = "buy_back") -> str:
    """An item graded D (for parts); priced and on the shelf when `price` is given."""
    view = items.receive_item(store.db, store.manager, category=category,
                              acquisition=acquisition, brand="Apple", model=model)
    items.transition(store.db, store.manager, view.code, ItemState.GRADED, grade="D")
    if price is not None:
        for state in SHELF_PATH[1:]:
            items.transition(store.db, store.manager, view.code, state,
                             price=Money.of(price) if state == ItemState.PRICED else None)
    return view.code


def recycler(store, name: str = "绿色回收有限公司") -> int:
    return parties.add_party(store.db, store.clerk, name, phone="021-5555-0101",
                             kind="business").id


def rows(store) -> dict[str, int]:
    """Rows of every table a deal or a lot sale writes."""
    with store.db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Sale, SaleLine, Tender, CashMovement, ItemEvent, AuditEntry,
                          OutboxEvent, ManagerAuthorisation)}
