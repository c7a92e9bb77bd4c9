"""Sellers' ID numbers: encrypted with a key outside the database, found again by a keyed
hash, masked everywhere, revealed whole only to a manager for an audited reason."""
from __future__ import annotations

import base64
import logging
import os

import pytest
from sqlalchemy import select

from pos_app.errors import (
    NotFound,
    PermissionDenied,
    ResidentIdCheckCharacter,
    SecretKeyMissing,
    SecretKeyWrong,
    ValidationError,
)
from pos_app.models import AuditEntry, OutboxEvent, Party
from pos_app.services import parties

RID = "11010519491231002X"
PASSPORT = "E12345678"


def _seller(store, name="王小明", phone="13812345678"):
    return parties.add_party(store.db, store.clerk, name, phone=phone, is_seller=True)


def _row(store, party_id) -> Party:
    with store.db.read() as s:
        row = s.get(Party, party_id)
        s.expunge(row)
        return row


def _other_key(tmp_path, monkeypatch):
    other = tmp_path / "other.key"
    other.write_bytes(base64.b64encode(os.urandom(32)))
    monkeypatch.setenv("POS_SECRET_KEY_FILE", str(other))


def test_an_id_number_is_stored_encrypted_hashed_and_masked(store, private_dirs):
    seller = _seller(store)
    view = parties.set_identity(store.db, store.clerk, seller.id, "resident_id",
                                "110105 19491231 002x")
    assert (view.id_type, view.id_masked, view.name) == ("resident_id", "110***********002X", "王**")
    row = _row(store, seller.id)
    assert row.id_type == "resident_id" and row.id_number_masked == "110***********002X"
    assert len(row.id_number_hash) == 64
    assert RID not in row.id_number_enc and "19491231" not in row.id_number_enc
    assert (private_dirs["POS_CONFIG_DIR"] / "secret.key").is_file()
    listed = parties.list_parties(store.db, store.manager)
    assert [(p.id_type, p.id_masked, p.name) for p in listed] == [
        ("resident_id", "110***********002X", "王小明")]  # whole name, masked ID, for a manager


def test_setting_an_identity_is_audited_and_synced_with_the_type_only(store):
    seller = _seller(store)
    parties.set_identity(store.db, store.clerk, seller.id, "passport", PASSPORT)
    expected = f'{{"id":{seller.id},"id_type":"passport"}}'
    with store.db.read() as s:
        audit = s.scalars(select(AuditEntry.data)
                          .where(AuditEntry.action == "party.identity_set")).all()
        outbox = s.scalars(select(OutboxEvent.payload)
                           .where(OutboxEvent.event_type == "party.identity_set")).all()
    assert audit == [expected] and outbox == [expected]


@pytest.mark.parametrize("id_type, number, error", [
    ("resident_id", "110105194912310021", ResidentIdCheckCharacter),
    ("resident_id", "", ValidationError),
    ("passport", "E1", ValidationError),
    ("driving_licence", "12345678", ValidationError),
])
def test_a_bad_id_number_is_refused_and_nothing_is_written(store, id_type, number, error):
    seller = _seller(store)
    before = store.counts(), store.audit_head()
    with pytest.raises(error):
        parties.set_identity(store.db, store.clerk, seller.id, id_type, number)
    assert (store.counts(), store.audit_head()) == before
    assert _row(store, seller.id).id_number_enc is None


def test_a_kiosk_may_not_record_an_identity_and_an_unknown_person_is_not_found(store):
    seller = _seller(store)
    with pytest.raises(PermissionDenied):
        parties.set_identity(store.db, store.kiosk, seller.id, "passport", PASSPORT)
    with pytest.raises(NotFound):
        parties.set_identity(store.db, store.clerk, seller.id + 999, "passport", PASSPORT)


@pytest.mark.parametrize("typed", [RID, "11010519491231002x", " 110105 1949 1231 002X ",
                                   "110105-19491231-002X", "１１０１０５１９４９１２３１００２ｘ"])
def test_a_seller_seen_before_is_found_whatever_the_spacing_or_case(store, typed):
    seller = _seller(store)
    parties.set_identity(store.db, store.clerk, seller.id, "resident_id", RID)
    _seller(store, "李娜", "15900001111")
    found = parties.find_by_identity(store.db, store.clerk, "resident_id", typed)
    assert found is not None and found.id == seller.id and found.name == "王**"
    assert found.id_masked == "110***********002X"


def test_find_by_identity_is_none_for_a_stranger_or_another_document_type(store, private_dirs):
    assert parties.find_by_identity(store.db, store.clerk, "passport", PASSPORT) is None
    assert not (private_dirs["POS_CONFIG_DIR"] / "secret.key").exists()  # nothing made for it
    seller = _seller(store)
    parties.set_identity(store.db, store.clerk, seller.id, "passport", PASSPORT)
    assert parties.find_by_identity(store.db, store.clerk, "other", PASSPORT) is None
    assert parties.find_by_identity(store.db, store.clerk, "passport", "E12345679") is None


def test_the_same_id_number_cannot_be_given_to_a_second_person(store):
    first, second = _seller(store), _seller(store, "王小明", "13900000000")
    parties.set_identity(store.db, store.clerk, first.id, "resident_id", RID)
    before = store.counts(), store.audit_head()
    with pytest.raises(ValidationError, match=f"already on record for person {first.id}"):
        parties.set_identity(store.db, store.clerk, second.id, "resident_id", RID.lower())
    assert (store.counts(), store.audit_head()) == before
    again = parties.set_identity(store.db, store.clerk, first.id, "resident_id", RID)
    assert again.id == first.id  # the same person may show the same card again


def test_a_manager_reveals_the_whole_number_and_the_reveal_is_audited_without_it(store):
    seller = _seller(store)
    parties.set_identity(store.db, store.clerk, seller.id, "resident_id", RID)
    before_outbox = store.counts()["sync_outbox"]
    number = parties.reveal_id_number(store.db, store.manager, seller.id, "police request 2025-17")
    assert number == RID
    with store.db.read() as s:
        entry = s.execute(select(AuditEntry.user_id, AuditEntry.entity_id, AuditEntry.data)
                          .where(AuditEntry.action == "party.id_revealed")).one()
    assert entry == (store.manager.user_id, str(seller.id),
                     f'{{"id":{seller.id},"id_type":"resident_id","reason":"police request 2025-17"}}')
    assert store.counts()["sync_outbox"] == before_outbox  # a reveal is not sent anywhere


def test_a_clerk_or_grader_may_not_reveal_and_a_reason_is_required(store):
    seller = _seller(store)
    parties.set_identity(store.db, store.clerk, seller.id, "passport", PASSPORT)
    before = store.counts(), store.audit_head()
    for actor in (store.clerk, store.grader, store.kiosk):
        with pytest.raises(PermissionDenied):
            parties.reveal_id_number(store.db, actor, seller.id, "curious")
    with pytest.raises(ValidationError, match="reason"):
        parties.reveal_id_number(store.db, store.manager, seller.id, "   ")
    assert (store.counts(), store.audit_head()) == before
    nobody = _seller(store, "赵六", "13700000000")
    with pytest.raises(ValidationError, match="No ID number"):
        parties.reveal_id_number(store.db, store.manager, nobody.id, "checking")


def test_with_another_key_file_nothing_is_revealed_saved_or_found(store, tmp_path, monkeypatch):
    seller = _seller(store)
    parties.set_identity(store.db, store.clerk, seller.id, "resident_id", RID)
    newcomer = _seller(store, "钱七", "13600000000")
    _other_key(tmp_path, monkeypatch)
    before = store.counts(), store.audit_head()
    with pytest.raises(SecretKeyWrong, match="not the one this ID number was saved with"):
        parties.reveal_id_number(store.db, store.manager, seller.id, "police request")
    with pytest.raises(SecretKeyWrong):
        parties.set_identity(store.db, store.clerk, newcomer.id, "passport", PASSPORT)
    with pytest.raises(SecretKeyWrong):
        parties.find_by_identity(store.db, store.clerk, "resident_id", RID)
    assert (store.counts(), store.audit_head()) == before
    assert _row(store, newcomer.id).id_number_enc is None


def test_a_missing_key_is_reported_and_not_silently_replaced(store, private_dirs):
    seller = _seller(store)
    parties.set_identity(store.db, store.clerk, seller.id, "resident_id", RID)
    key = private_dirs["POS_CONFIG_DIR"] / "secret.key"
    key.unlink()
    newcomer = _seller(store, "孙八", "13500000000")
    with pytest.raises(SecretKeyMissing, match="is missing"):
        parties.reveal_id_number(store.db, store.manager, seller.id, "police request")
    with pytest.raises(SecretKeyMissing):
        parties.find_by_identity(store.db, store.clerk, "resident_id", RID)
    with pytest.raises(SecretKeyMissing):
        parties.set_identity(store.db, store.clerk, newcomer.id, "passport", PASSPORT)
    assert not key.exists()


def test_a_manager_blocks_and_unblocks_a_seller_for_a_reason(store):
    seller = _seller(store)
    parties.set_identity(store.db, store.clerk, seller.id, "resident_id", RID)
    with pytest.raises(PermissionDenied):
        parties.block_party(store.db, store.clerk, seller.id, "sold a stolen phone")
    with pytest.raises(ValidationError, match="reason"):
        parties.block_party(store.db, store.manager, seller.id, "")
    view = parties.block_party(store.db, store.manager, seller.id, "sold a stolen phone")
    assert view.blocked
    assert parties.find_by_identity(store.db, store.clerk, "resident_id", RID).blocked
    with pytest.raises(ValidationError, match="already blocked"):
        parties.block_party(store.db, store.manager, seller.id, "again")
    assert not parties.unblock_party(store.db, store.admin, seller.id, "cleared by police").blocked
    with pytest.raises(ValidationError, match="not blocked"):
        parties.unblock_party(store.db, store.manager, seller.id, "again")
    with store.db.read() as s:
        audit = s.execute(select(AuditEntry.action, AuditEntry.data).where(
            AuditEntry.action.in_(["party.blocked", "party.unblocked"])).order_by(AuditEntry.seq)).all()
        outbox = s.execute(select(OutboxEvent.event_type, OutboxEvent.payload).where(
            OutboxEvent.event_type.in_(["party.blocked", "party.unblocked"]))
            .order_by(OutboxEvent.id)).all()
    assert [tuple(a) for a in audit] == [
        ("party.blocked", f'{{"id":{seller.id},"reason":"sold a stolen phone"}}'),
        ("party.unblocked", f'{{"id":{seller.id},"reason":"cleared by police"}}')]
    assert [tuple(o) for o in outbox] == [
        ("party.blocked", f'{{"blocked":true,"id":{seller.id}}}'),
        ("party.unblocked", f'{{"blocked":false,"id":{seller.id}}}')]


def test_no_audit_entry_outbox_event_or_log_line_holds_personal_data(store, caplog,
                                                                     private_dirs):
    caplog.set_level(logging.DEBUG)
    people = [("王小明", "13812345678", "resident_id", RID),
              ("Lily Chen", "021-62345678", "passport", PASSPORT),
              ("陈大文", "85291234567", "hk_macau_permit", "H87654321")]
    for name, phone, id_type, number in people:
        party = parties.add_party(store.db, store.clerk, name, phone=phone,
                                  email="someone@example.com", is_seller=True)
        parties.set_identity(store.db, store.clerk, party.id, id_type, number.lower())
        assert parties.find_by_identity(store.db, store.grader, id_type, number).id == party.id
        assert parties.reveal_id_number(store.db, store.manager, party.id, "audit check") == number
        parties.block_party(store.db, store.manager, party.id, "test block")
        parties.unblock_party(store.db, store.manager, party.id, "test unblock")
        parties.list_parties(store.db, store.manager, name)
    with store.db.read() as s:
        texts = list(s.scalars(select(AuditEntry.data))) + list(
            s.scalars(select(OutboxEvent.payload)))
        texts += [f"{a} {e}" for a, e in s.execute(select(AuditEntry.action, AuditEntry.entity_id))]
    texts.append(caplog.text)
    for folder in private_dirs.values():
        texts += [p.read_text(errors="replace") for p in folder.rglob("*.log")]
    everything = "\n".join(texts).lower()
    assert "party.id_revealed" in everything and "party.identity_set" in everything
    for name, phone, _id_type, number in people:
        for secret in (name, name.split()[0] if " " in name else name, phone,
                       phone.replace("-", ""), number, number[3:-1], "someone@example.com"):
            assert secret.lower() not in everything, secret
