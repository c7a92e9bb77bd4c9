"""Lease-stock and matchmaking intakes: rent terms per item, and listings for a direct sale."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from pos_app.domain.money import Money
from pos_app.errors import ValidationError
from pos_app.models import Item, LeaseTerms, Listing, Party
from pos_app.services import intake
from tests.pos_app.intake_support import counts, outbox, person, status


def test_lease_stock_gets_rent_period_deposit_and_maintenance_notes(store):
    draft = intake.start_intake(store.db, store.clerk, "lease_stock")
    assert draft.terms == {"period_days": 1, "maintenance_notes": ""}
    intake.set_terms(store.db, store.clerk, draft.id, period_days=7,
                     maintenance_notes="clean the lens after each rental")
    intake.add_line(store.db, store.clerk, draft.id, category="3c.camera", brand="Sony",
                    model="A7 III", serial="SN-A7-001122", amount=Money.of("350"),
                    deposit=Money.of("5000"))
    intake.add_line(store.db, store.clerk, draft.id, category="furniture", brand="宜家",
                    model="婴儿床", amount=Money.of("60"))
    done = intake.complete_intake(store.db, store.clerk, draft.id)
    with store.db.read() as s:
        terms = s.execute(select(Item.code, Item.acquisition, Item.owner_party_id, Item.serial,
                                 Item.price_minor, LeaseTerms.rent_minor, LeaseTerms.period_days,
                                 LeaseTerms.deposit_minor, LeaseTerms.maintenance_notes)
                          .join(LeaseTerms, LeaseTerms.item_id == Item.id).order_by(Item.id)).all()
    camera, cot = done.item_codes
    assert [tuple(t) for t in terms] == [
        (camera, "lease_stock", None, "SN-A7-001122", None, 35000, 7, 500000,
         "clean the lens after each rental"),
        (cot, "lease_stock", None, None, None, 6000, 7, 0, "clean the lens after each rental")]
    assert json.loads(outbox(store, "intake.completed")[0])["kind"] == "lease_stock"


def test_a_deposit_belongs_to_lease_stock_and_rent_periods_are_checked(store):
    draft = intake.start_intake(store.db, store.clerk, "lease_stock")
    with pytest.raises(ValidationError, match="rent period"):
        intake.set_terms(store.db, store.clerk, draft.id, period_days=0)
    with pytest.raises(ValidationError, match="deposit is an amount of zero or more"):
        intake.add_line(store.db, store.clerk, draft.id, category="3c.camera", brand="Sony",
                        model="A7", amount=Money.of("350"), deposit=Money(-1))
    other = intake.start_intake(store.db, store.clerk, "matchmaking")
    with pytest.raises(ValidationError, match="deposit belongs to lease stock"):
        intake.add_line(store.db, store.clerk, other.id, category="3c.camera", brand="Sony",
                        model="A7", amount=Money.of("350"), deposit=Money.of("1"))


def test_a_matchmaking_intake_lists_each_item_with_fee_and_contact(store):
    owner = person(store, "赵敏", id_number=None)
    draft = intake.start_intake(store.db, store.clerk, "matchmaking", owner)
    intake.set_terms(store.db, store.clerk, draft.id, contact_preference="wechat",
                     listing_fee=Money.of("20"))
    intake.add_line(store.db, store.clerk, draft.id, category="furniture", brand="Herman Miller",
                    model="Aeron 办公椅", amount=Money.of("3800"), floor=Money.of("3200"))
    done = intake.complete_intake(store.db, store.clerk, draft.id)
    with store.db.read() as s:
        listing = s.execute(select(Listing.party_id, Listing.asking_minor,
                                   Listing.contact_preference, Listing.fee_minor,
                                   Listing.commission_bp, Listing.status, Item.code, Item.price_minor,
                                   Item.floor_minor, Item.acquisition, Item.owner_party_id)
                            .join(Item, Item.id == Listing.item_id)).one()
        assert s.get(Party, owner).is_seller
    assert tuple(listing) == (owner, 380000, "wechat", 2000, 0, "listed", done.item_codes[0],
                              380000, 320000, "matchmaking", owner)


def test_a_listing_charges_a_fee_or_a_commission_not_both(store):
    owner = person(store, id_number=None)
    draft = intake.start_intake(store.db, store.clerk, "matchmaking", owner)
    view = intake.set_terms(store.db, store.clerk, draft.id, commission_percent="5.5")
    assert view.terms == {"contact_preference": "phone", "fee_minor": 0, "commission_bp": 550}
    with pytest.raises(ValidationError, match="not both"):
        intake.set_terms(store.db, store.clerk, draft.id, listing_fee=Money.of("10"))
    with pytest.raises(ValidationError, match="how buyers contact the seller"):
        intake.set_terms(store.db, store.clerk, draft.id, contact_preference="fax")
    intake.add_line(store.db, store.clerk, draft.id, category="books", brand="三体",
                    model="全集", amount=Money.of("88"))
    done = intake.complete_intake(store.db, store.clerk, draft.id)
    with store.db.read() as s:
        assert s.scalar(select(Listing.commission_bp)) == 550
    assert done.intake.terms["commission_bp"] == 550


def test_a_listing_needs_its_owner(store):
    draft = intake.start_intake(store.db, store.clerk, "matchmaking")
    intake.add_line(store.db, store.clerk, draft.id, category="books", brand="三体",
                    model="全集", amount=Money.of("88"))
    before = counts(store)
    with pytest.raises(ValidationError, match="Choose the owner of the goods"):
        intake.complete_intake(store.db, store.clerk, draft.id)
    assert counts(store) == before and status(store, draft.id) == "draft"
