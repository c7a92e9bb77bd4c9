"""Matchmaking listings: a person's item the store advertises for a direct sale, for a fee.

The buyer pays the seller directly, so the deal price never enters the drawer; the store
takes only its service fee, as one receipt (kind "deal") written with the listing's close,
the item's moves, the audit entry and the outbox row in one transaction.

Where the item goes when a deal closes:
- on the shelf (or reserved): ON_SHELF → SOLD with the deal price as its sold price (so the
  price suggestions learn from what such items really fetch), then SOLD → PAID_OUT, because
  the seller has already been paid by the buyer. That second move is part of the deal the
  clerk closes (a right to sell), not a payout of store money, so it needs no right to pay
  consignors.
- never put out (received, graded, priced or labelled): → RETURNED_TO_OWNER; the seller
  hands it over themselves. The deal price is kept on the listing.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pos_app.clock import now
from pos_app.domain.item_states import ItemState
from pos_app.domain.masking import mask_name, mask_phone
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.domain.sale import Tender
from pos_app.errors import ConcurrentChange, NotFound, ValidationError
from pos_app.models import Category, Item, Listing, Party
from pos_app.services import items, journal, sale_records, users
from pos_app.services.sale_writer import Draft, locked_shift, store_terms, write_sale
from pos_app.services.store_db import StoreDB

PAYERS = ("seller", "buyer")
ON_SALE = (ItemState.ON_SHELF, ItemState.RESERVED)  # a deal on these is a sale of the item
NOT_PUT_OUT = (ItemState.RECEIVED, ItemState.GRADED, ItemState.PRICED, ItemState.LABELLED)


class ListingNotFound(NotFound):
    template = "Listing {listing} was not found; reload the list of listings."


class ListingNotOpen(ValidationError):
    template = "Listing {listing} is {status}, not open; reload the list of listings."


class ListedItemGone(ValidationError):
    template = ("The item of listing {listing} ({code}) is {state}, so the deal cannot be "
                "closed; ask a manager to check its history.")


@dataclass(frozen=True)
class OpenListing:
    """One open listing as the matchmaking tab shows it; seller details masked unless the
    actor may see them whole."""

    id: int
    code: str
    description: str
    category: str
    category_zh: str
    state: ItemState
    seller_party_id: int
    seller: str
    seller_phone: str
    contact_preference: str
    asking: Money
    fee: Money  # a fixed fee (zero when the listing takes a commission)
    commission_bp: int  # a share of the deal price in basis points (550 is 5.5%)
    listed_at: datetime
    days_listed: int


@dataclass(frozen=True)
class ClosedDeal:
    listing_id: int
    code: str
    deal_price: Money
    fee: Money
    item_state: ItemState
    receipt: sale_records.SaleRecord


def service_fee(deal_price: Money, fee: Money, commission_bp: int) -> Money:
    """The store's fee for a deal: the fixed fee when the listing has one (it wins if a listing
    somehow has both), else `commission_bp` of the deal price, rounded half-up to the fen."""
    if fee.minor:
        return fee
    return deal_price.percent(Decimal(commission_bp).scaleb(-2))


def _listed_days(listed_at: datetime, at: datetime) -> int:
    return max((at.astimezone().date() - listed_at.astimezone().date()).days, 0)


def open_listings(db: StoreDB, actor: Actor, query: str = "", *, limit: int = 200) -> list[OpenListing]:
    """The store's open listings, oldest first, whose item code, brand, model, or seller's name
    or phone contains every word of `query`."""
    users.require(actor, Permission.SELL)
    stmt = (select(Listing, Item, Party, Category.name, Category.name_zh)
            .join(Item, Item.id == Listing.item_id).join(Party, Party.id == Listing.party_id)
            .join(Category, Category.id == Item.category_id)
            .where(Listing.status == "listed", Item.store_id == actor.store_id))
    for word in (query or "").split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
        stmt = stmt.where(or_(*(column.ilike(like, escape="\\") for column in (
            Item.code, Item.brand, Item.model, Party.name, Party.phone))))
    reveal = actor.can(Permission.REVEAL_PERSONAL_DATA)
    at = now()
    with db.read() as s:
        terms = store_terms(s, actor.store_id)
        rows = s.execute(stmt.order_by(Listing.id).limit(limit)).all()
        out = []
        for listing, item, party, category, category_zh in rows:
            name, phone = party.name, party.phone or ""
            if not reveal:
                name, phone = mask_name(name), mask_phone(phone)
            out.append(OpenListing(
                listing.id, item.code, " ".join(p for p in (item.brand, item.model) if p),
                category, category_zh, ItemState(item.state), party.id, name, phone,
                listing.contact_preference, Money(listing.asking_minor, terms.currency),
                Money(listing.fee_minor or 0, terms.currency), listing.commission_bp or 0,
                item.created_at, _listed_days(item.created_at, at)))
        return out


def _load_listing(s: Session, actor: Actor, listing_id: int) -> tuple[Listing, Item]:
    listing = s.get(Listing, listing_id, with_for_update=True)
    item = None if listing is None else s.get(Item, listing.item_id, with_for_update=True)
    if item is None or item.store_id != actor.store_id:
        raise ListingNotFound(listing=listing_id)
    if listing.status != "listed":
        raise ListingNotOpen(listing=listing_id, status=listing.status)
    return listing, item


def _check_buyer(s: Session, actor: Actor, buyer_party_id: int | None, seller_id: int) -> Party | None:
    if buyer_party_id is None:
        return None
    buyer = s.get(Party, buyer_party_id)
    if buyer is None or buyer.store_id != actor.store_id:
        raise ValidationError("Choose the buyer again; that buyer was not found.")
    if buyer.id == seller_id:
        raise ValidationError("The buyer cannot be the seller of the listing.")
    return buyer


def close_deal(db: StoreDB, actor: Actor, listing_id: int, deal_price: Money,
               tenders: Sequence[Tender], *, buyer_party_id: int | None = None,
               paid_by: str = "seller") -> ClosedDeal:
    """Close the listing with the price the buyer and seller agreed, and take the store's fee
    from whoever `paid_by` names (store credit comes from that person's account)."""
    users.require(actor, Permission.SELL)
    if not isinstance(deal_price, Money):
        raise TypeError("a deal price is Money")
    if deal_price.minor <= 0:
        raise ValidationError("Enter the price the buyer and the seller agreed; it must be above "
                              "zero.")
    if paid_by not in PAYERS:
        raise ValidationError("Choose who pays the service fee: the seller or the buyer.")
    try:
        with db.write() as s:
            number, closed = _close(s, actor, listing_id, deal_price, tenders, buyer_party_id,
                                    paid_by)
    except StaleDataError:
        raise ConcurrentChange(code=str(listing_id)) from None
    return ClosedDeal(*closed, sale_records.find_sale(db, number))


def _close(s: Session, actor: Actor, listing_id: int, deal_price: Money, tenders: Sequence[Tender],
           buyer_party_id: int | None, paid_by: str):
    shift = locked_shift(s, actor)  # first: no money is taken without an open shift
    terms = store_terms(s, actor.store_id)
    if deal_price.currency != terms.currency:
        raise ValidationError("Amounts are in {currency} in this store.", currency=terms.currency)
    listing, item = _load_listing(s, actor, listing_id)
    buyer = _check_buyer(s, actor, buyer_party_id, listing.party_id)
    state = ItemState(item.state)
    reason = f"matchmaking deal, listing {listing.id}"
    if state in ON_SALE:
        items.move(s, actor, item, ItemState.SOLD, reason=reason)
        item.sold_minor = deal_price.minor  # what the price suggestions learn from
        items.move(s, actor, item, ItemState.PAID_OUT, reason=reason,
                   authority=users.Authority(Permission.PAY_CONSIGNORS))
    elif state in NOT_PUT_OUT:
        items.move(s, actor, item, ItemState.RETURNED_TO_OWNER, reason=reason)
    else:
        raise ListedItemGone(listing=listing.id, code=item.code, state=state.value)
    fee = service_fee(deal_price, Money(listing.fee_minor or 0, terms.currency),
                      listing.commission_bp or 0)
    bp = s.scalar(select(Category.tax_rate_bp).where(Category.id == item.category_id))
    rate = terms.tax_rate if bp is None else Decimal(bp) / 100
    draft = Draft("fee", item.code, " ".join(p for p in (item.brand, item.model) if p) or item.code,
                  fee, fee, 1, rate, category_id=item.category_id)
    payer = listing.party_id if paid_by == "seller" else buyer_party_id
    sale, _, _ = write_sale(s, actor, [draft], tenders, kind="deal", customer_party_id=payer,
                            note=f"listing {listing.id}", terms=terms, shift=shift)
    at = now()
    listing.status, listing.closed_at = "closed", at
    listing.deal_price_minor, listing.deal_sale_id = deal_price.minor, sale.id
    if buyer is not None:
        buyer.is_buyer = True
    s.flush()
    journal.record(s, actor, "listing.closed", "listing", listing.id, {
        "listing_id": listing.id, "item": item.code, "seller_party_id": listing.party_id,
        "buyer_party_id": buyer_party_id, "deal_price_minor": deal_price.minor,
        "fee_minor": fee.minor, "paid_by": paid_by, "sale": sale.number,
        "item_state": item.state})
    return sale.number, (listing.id, item.code, deal_price, fee, ItemState(item.state))


def withdraw_listing(db: StoreDB, actor: Actor, listing_id: int, reason: str) -> ItemState:
    """Take the listing down and give the item back to its owner; the item's new state."""
    users.require(actor, Permission.SELL)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Give the reason the listing is withdrawn.")
    try:
        with db.write() as s:
            listing, item = _load_listing(s, actor, listing_id)
            items.move(s, actor, item, ItemState.RETURNED_TO_OWNER,
                       reason=f"listing {listing.id} withdrawn: {reason}"[:200])
            listing.status, listing.closed_at = "withdrawn", now()
            s.flush()
            journal.record(s, actor, "listing.withdrawn", "listing", listing.id, {
                "listing_id": listing.id, "item": item.code, "reason": reason[:200]})
            return ItemState(item.state)
    except StaleDataError:
        raise ConcurrentChange(code=str(listing_id)) from None
