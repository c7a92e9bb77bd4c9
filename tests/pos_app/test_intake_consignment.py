"""Consignment intakes: one contract per consignor and drop-off, with its split, fees, expiry,
what happens at expiry and its markdown schedule; the items priced at the asking price."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from pos_app.domain.markdown_schedule import markdown_percent, parse_schedule
from pos_app.domain.money import Money
from pos_app.errors import ValidationError
from pos_app.models import ConsignmentContract, Item, Party, PriceChange
from pos_app.services import intake, settings
from pos_app.services.intake_complete import StolenDeviceRefused
from tests.pos_app.intake_support import counts, imei, list_stolen, outbox, person, status


def _consign(store, party_id, **terms):
    draft = intake.start_intake(store.db, store.clerk, "consignment", party_id)
    if terms:
        intake.set_terms(store.db, store.clerk, draft.id, **terms)
    intake.add_line(store.db, store.clerk, draft.id, category="bags", brand="Louis Vuitton",
                    model="Speedy 30 老花", amount=Money.of("4800"), floor=Money.of("4000"),
                    notes="dust bag included")
    return intake.add_line(store.db, store.clerk, draft.id, category="clothing.women",
                           brand="Max Mara", model="羊绒大衣", amount=Money.of("1200"))


def test_a_consignment_makes_one_contract_with_its_terms_and_markdowns(store):
    owner = person(store, "陈静", id_number=None)
    draft = _consign(store, owner, consignor_share_percent=70, fee=Money.of("5"), days=60,
                     at_expiry="donate", markdowns=[(30, 10), (45, 25)])
    assert draft.terms == {"consignor_share_bp": 7000, "fee_minor": 500, "days": 60,
                           "at_expiry": "donate", "markdowns": [[30, 10], [45, 25]]}
    done = intake.complete_intake(store.db, store.clerk, draft.id)

    contract = done.intake.contract
    assert done.contract_number == contract.number == f"C-SH01-{draft.id:06d}"
    assert (contract.consignor_share_bp, contract.fee, contract.at_expiry, contract.markdowns) == (
        7000, Money.of("5"), "donate", [[30, 10], [45, 25]])
    assert contract.expires_on == contract.starts_on + timedelta(days=60)
    with store.db.read() as s:
        row = s.scalars(select(ConsignmentContract)).one()
        assert (row.party_id, row.intake_id, row.status) == (owner, draft.id, "active")
        items = {i.code: (i.acquisition, i.owner_party_id, i.contract_id, i.price_minor,
                          i.floor_minor, i.cost_minor, i.notes)
                 for i in s.scalars(select(Item))}
        prices = s.execute(select(PriceChange.new_minor, PriceChange.reason)
                           .order_by(PriceChange.id)).all()
        assert s.get(Party, owner).is_consignor
        contract_id = row.id
    bag, coat = done.item_codes
    assert items[bag] == ("consignment", owner, contract_id, 480000, 400000, 0, "dust bag included")
    assert items[coat] == ("consignment", owner, contract_id, 120000, None, 0, "")
    assert prices == [(480000, "asking price at intake"), (120000, "asking price at intake")]
    payload = json.loads(outbox(store, "intake.completed")[0])
    assert (payload["kind"], payload["contract"], payload["payment_method"], payload["lines"]) == (
        "consignment", contract.number, None, 2)
    assert counts(store)["cash_movements"] == 0


def test_a_new_consignment_starts_from_the_stores_settings(store):
    owner = person(store, id_number=None)
    first = intake.start_intake(store.db, store.clerk, "consignment", owner)
    assert first.terms == {"consignor_share_bp": 6000, "fee_minor": 0, "days": 90,
                           "at_expiry": "return", "markdowns": [[30, 20], [60, 40]]}
    settings.set_settings(store.db, store.admin, {"markdown_schedule": [[14, 10], [28, 30]],
                                                  "consignment_share_percent": 50,
                                                  "consignment_days": 45})
    second = intake.start_intake(store.db, store.clerk, "consignment", owner)
    assert second.terms["markdowns"] == [[14, 10], [28, 30]]
    assert (second.terms["consignor_share_bp"], second.terms["days"]) == (5000, 45)
    assert intake.get_intake(store.db, store.clerk, first.id).terms == first.terms


@pytest.mark.parametrize("terms, message", [
    ({"at_expiry": "sell"}, "At expiry"),
    ({"consignor_share_percent": 101}, "consignor's share"),
    ({"consignor_share_percent": "60.005"}, "consignor's share"),
    ({"days": 0}, "whole number of days"),
    ({"markdowns": [[30, 40], [60, 20]]}, "markdown schedule"),
    ({"markdowns": "30:20"}, "markdown schedule"),
    ({"fee": Money(-1)}, "fee per item"),
    ({"period_days": 7}, "not a term of this kind"),
])
def test_bad_consignment_terms_are_refused_and_change_nothing(store, terms, message):
    draft = intake.start_intake(store.db, store.clerk, "consignment", person(store, id_number=None))
    with pytest.raises(ValidationError, match=message):
        intake.set_terms(store.db, store.clerk, draft.id, **terms)
    assert intake.get_intake(store.db, store.clerk, draft.id).terms == draft.terms


def test_a_consignment_needs_its_owner_and_pays_nobody_at_intake(store):
    draft = _consign(store, None)
    owner = person(store, id_number=None)
    before = counts(store)
    with pytest.raises(ValidationError, match="Choose the owner of the goods"):
        intake.complete_intake(store.db, store.clerk, draft.id)
    intake.set_party(store.db, store.clerk, draft.id, owner)
    with pytest.raises(ValidationError, match="Only a buy-back pays"):
        intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")
    assert counts(store) == before and status(store, draft.id) == "draft"
    with pytest.raises(ValidationError, match="lowest price cannot be above the asking price"):
        intake.add_line(store.db, store.clerk, draft.id, category="bags", brand="Gucci",
                        model="Marmont", amount=Money.of("100"), floor=Money.of("100.01"))


def test_a_stolen_phone_cannot_be_consigned_either(store):
    phone = imei("49015420323751")
    draft = intake.start_intake(store.db, store.clerk, "consignment", person(store, id_number=None))
    intake.add_line(store.db, store.clerk, draft.id, category="3c.phone", brand="OPPO",
                    model="Find X5", serial=phone, amount=Money.of("2000"))
    list_stolen(store, phone[:14])  # a list without check digits still matches
    before = counts(store)
    with pytest.raises(StolenDeviceRefused, match=f"Line 1 \\(OPPO Find X5\\): the device {phone}"):
        intake.complete_intake(store.db, store.clerk, draft.id)
    assert counts(store) == before


def test_the_markdown_schedule_rules():
    schedule = parse_schedule([(30, 20), [60, 40]])
    assert schedule == [[30, 20], [60, 40]]
    assert [markdown_percent(schedule, d) for d in (0, 29, 30, 59, 60, 365)] == [0, 0, 20, 20, 40, 40]
    assert parse_schedule([]) == [] and markdown_percent([], 400) == 0
    for bad in ([[0, 10]], [[30, 0]], [[30, 20, 1]], [[30, 20], [30, 30]], [[True, 20]],
                [[30, 20.5]], 30, None):
        with pytest.raises(ValidationError):
            parse_schedule(bad)
