"""Matchmaking deals through the services: the fee taken as a receipt, the deal price kept off
the drawer, the listing closed and the item gone, or nothing changed at all."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.domain.sale import Tender
from pos_app.errors import (
    IllegalTransition,
    NonCashOverpaid,
    NoOpenShift,
    SaleUnderpaid,
    ValidationError,
)
from pos_app.models import CashMovement, Item, Listing, OutboxEvent, Sale, SaleLine
from pos_app.services import credit, items, journal, matchmaking, pricing, shifts
from pos_app.services.matchmaking import ListingNotFound, ListingNotOpen, service_fee
from tests.pos_app.counter_support import cash, customer, item_state, open_drawer, yuan
from tests.pos_app.deals_support import listing, rows


def test_the_fee_is_fixed_or_a_commission_rounded_half_up():
    assert service_fee(yuan("3500"), yuan("20"), 0) == yuan("20")
    assert service_fee(yuan("3500"), Money(0), 550) == yuan("192.50")
    assert service_fee(Money(1010), Money(0), 550) == Money(56)  # 55.55 fen rounds up
    assert service_fee(Money(1009), Money(0), 550) == Money(55)  # 55.495 fen rounds down
    assert service_fee(Money(10), Money(0), 500) == Money(1)  # exactly half a fen: up
    assert service_fee(yuan("3500"), yuan("20"), 550) == yuan("20")  # a fixed fee wins
    assert service_fee(yuan("3500"), Money(0), 0) == Money(0)


def test_listings_show_item_seller_asking_and_days(store):
    listing_id, code, _owner = listing(store, fee="20")
    other, _, _ = listing(store, model="Embody 椅", shelf=False)
    found = matchmaking.open_listings(store.db, store.clerk)
    assert [f.id for f in found] == [listing_id, other]
    first = found[0]
    assert (first.code, first.description, first.asking, first.fee, first.commission_bp) == (
        code, "Herman Miller Aeron 办公椅", yuan("3800"), yuan("20"), 0)
    assert first.state == ItemState.ON_SHELF and first.days_listed == 0
    assert first.seller != "赵敏" and first.seller.startswith("赵")  # masked for a clerk
    assert matchmaking.open_listings(store.db, store.manager)[0].seller == "赵敏"
    assert [f.id for f in matchmaking.open_listings(store.db, store.clerk, "embody")] == [other]
    assert [f.id for f in matchmaking.open_listings(store.db, store.clerk, code)] == [listing_id]


def test_a_deal_closes_the_listing_takes_the_fee_and_pays_out_the_item(store):
    shift = open_drawer(store, "500")
    listing_id, code, owner = listing(store, commission="5.5")
    done = matchmaking.close_deal(store.db, store.clerk, listing_id, yuan("3500"),
                                  [cash("200")])
    assert done.fee == yuan("192.50") and done.item_state == ItemState.PAID_OUT
    receipt = done.receipt
    assert receipt.kind == "deal" and receipt.total == yuan("192.50")
    assert receipt.change == yuan("7.50") and receipt.customer_party_id == owner
    assert [(ln.kind, ln.code, ln.total) for ln in receipt.lines] == [("fee", code, yuan("192.50"))]
    # the drawer gains the fee, never the deal price: the buyer paid the seller
    assert shifts.drawer_balance(store.db, shift.id) == yuan("692.50")
    assert item_state(store, code) == ItemState.PAID_OUT
    with store.db.read() as s:
        row = s.get(Listing, listing_id)
        assert (row.status, row.deal_price_minor, row.closed_at is not None) == ("closed", 350000, True)
        assert s.get(Sale, row.deal_sale_id).number == receipt.number
        assert s.scalar(select(Item.sold_minor).where(Item.code == code)) == 350000
        assert sum(s.scalars(select(CashMovement.amount_minor).where(
            CashMovement.shift_id == shift.id, CashMovement.kind == "sale"))) == 19250
        events = list(s.scalars(select(OutboxEvent.event_type).order_by(OutboxEvent.id)))
        payload = json.loads(s.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.event_type == "listing.closed")).one())
        assert journal.verify_chain(s).ok
    assert {"item.sold", "item.paid_out", "sale.completed", "listing.closed"} <= set(events)
    assert (payload["deal_price_minor"], payload["fee_minor"], payload["paid_by"]) == (
        350000, 19250, "seller")
    assert "listing.closed" in store.actions()
    assert matchmaking.open_listings(store.db, store.clerk) == []


def test_the_deal_price_teaches_the_price_suggestions(store):
    open_drawer(store)
    for price in ("3000", "3200", "3400"):
        listing_id, _, _ = listing(store, fee="20")
        matchmaking.close_deal(store.db, store.clerk, listing_id, yuan(price), [cash("20")])
    suggestion = pricing.suggest_price(store.db, category="furniture", brand="Herman Miller",
                                       model="Aeron 办公椅", grade="B")
    assert suggestion.median == yuan("3200") and suggestion.basis == 3


def test_the_buyer_may_pay_the_fee_by_card_and_is_recorded(store):
    shift = open_drawer(store, "500")
    listing_id, _, _ = listing(store, fee="50")
    buyer = customer(store, "李雷")
    done = matchmaking.close_deal(store.db, store.clerk, listing_id, yuan("3600"),
                                  [Tender("card", yuan("50"), "T-1188")], buyer_party_id=buyer,
                                  paid_by="buyer")
    assert done.receipt.customer_party_id == buyer
    assert [(t.kind, t.reference) for t in done.receipt.tenders] == [("card", "T-1188")]
    assert shifts.drawer_balance(store.db, shift.id) == yuan("500")


def test_the_seller_may_pay_the_fee_from_store_credit(store):
    open_drawer(store)
    listing_id, _, owner = listing(store, fee="20")
    with store.db.write() as s:
        credit.add_credit(s, store.manager, owner, yuan("30"), "goodwill", "test")
    matchmaking.close_deal(store.db, store.clerk, listing_id, yuan("3600"),
                           [Tender("credit", yuan("20"))])
    assert credit.balance(store.db, owner) == yuan("10")


def test_a_deal_on_an_item_never_put_out_returns_it_to_its_owner(store):
    open_drawer(store)
    listing_id, code, _ = listing(store, fee="20", shelf=False)
    done = matchmaking.close_deal(store.db, store.clerk, listing_id, yuan("3500"), [cash("20")])
    assert done.item_state == ItemState.RETURNED_TO_OWNER
    assert item_state(store, code) == ItemState.RETURNED_TO_OWNER


def test_bad_deals_change_nothing(store):
    listing_id, code, owner = listing(store, fee="20")
    with pytest.raises(NoOpenShift):
        matchmaking.close_deal(store.db, store.clerk, listing_id, yuan("3500"), [cash("20")])
    open_drawer(store)
    before = rows(store)
    refusals = [
        ((listing_id, Money(0), [cash("20")]), {}, "above zero"),
        ((listing_id, yuan("-5"), [cash("20")]), {}, "above zero"),
        ((listing_id, yuan("3500"), [cash("19.99")]), {}, None),
        ((listing_id, yuan("3500"), [Tender("card", yuan("25"), "T-1")]), {}, None),
        ((listing_id, yuan("3500"), [cash("20")]), {"paid_by": "nobody"}, "who pays"),
        ((listing_id, yuan("3500"), [cash("20")]), {"buyer_party_id": owner}, "cannot be the seller"),
        ((listing_id, yuan("3500"), [cash("20")]), {"buyer_party_id": 9999}, "not found"),
        ((listing_id + 100, yuan("3500"), [cash("20")]), {}, None),
    ]
    expected = [ValidationError, ValidationError, SaleUnderpaid, NonCashOverpaid, ValidationError,
                ValidationError, ValidationError, ListingNotFound]
    for (args, kw, words), error in zip(refusals, expected, strict=True):
        with pytest.raises(error, match=words):
            matchmaking.close_deal(store.db, store.clerk, *args, **kw)
        assert rows(store) == before
    assert item_state(store, code) == ItemState.ON_SHELF
    with store.db.read() as s:
        assert s.get(Listing, listing_id).status == "listed"
    matchmaking.close_deal(store.db, store.clerk, listing_id, yuan("3500"), [cash("20")])
    after = rows(store)
    with pytest.raises(ListingNotOpen):
        matchmaking.close_deal(store.db, store.clerk, listing_id, yuan("3500"), [cash("20")])
    assert rows(store) == after


def test_a_withdrawn_listing_goes_back_to_its_owner(store):
    listing_id, code, _ = listing(store, fee="20")
    with pytest.raises(ValidationError, match="reason"):
        matchmaking.withdraw_listing(store.db, store.clerk, listing_id, " ")
    assert matchmaking.withdraw_listing(store.db, store.clerk, listing_id, "sold it elsewhere") \
        == ItemState.RETURNED_TO_OWNER
    assert item_state(store, code) == ItemState.RETURNED_TO_OWNER
    with store.db.read() as s:
        row = s.get(Listing, listing_id)
        assert (row.status, row.deal_sale_id, row.deal_price_minor) == ("withdrawn", None, None)
        assert s.scalar(select(SaleLine.id)) is None
    assert "listing.withdrawn" in store.actions()
    with pytest.raises(ListingNotOpen):
        matchmaking.withdraw_listing(store.db, store.clerk, listing_id, "again")


def test_a_reserved_listing_cannot_be_withdrawn_until_released(store):
    listing_id, code, _ = listing(store, fee="20")
    items.transition(store.db, store.clerk, code, ItemState.RESERVED)
    before = rows(store)
    with pytest.raises(IllegalTransition):
        matchmaking.withdraw_listing(store.db, store.clerk, listing_id, "changed mind")
    assert rows(store) == before and item_state(store, code) == ItemState.RESERVED
