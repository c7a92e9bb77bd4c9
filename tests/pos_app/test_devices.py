"""Device numbers (IMEI with its check digit, serials), the duplicate and stolen-list checks,
and the stolen list imported from CSV."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from stdnum import luhn

from pos_app.clock import set_to
from pos_app.domain.devices import any_device_id, device_id, normalise_serial, validate_imei
from pos_app.errors import (
    ImeiCheckDigit,
    ImeiEmpty,
    ImeiNotDigits,
    ImeiSvRefused,
    ImeiWrongLength,
    InvalidImei,
    InvalidSerial,
    PermissionDenied,
    SerialEmpty,
    StolenListLineError,
    ValidationError,
)
from pos_app.models import AuditEntry, OutboxEvent, StolenDevice
from pos_app.services import devices, items


def imei(first_14: str) -> str:
    return first_14 + luhn.calc_check_digit(first_14)



# --- IMEI -------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, kept", [
    ("490154203237518", "490154203237518"),  # the textbook IMEI
    ("356938035643809", "356938035643809"),
    ("49-015420-323751-8", "490154203237518"),
    (" 49 015420 323751 8 ", "490154203237518"),
    ("４９０１５４２０３２３７５１８", "490154203237518"),  # typed with a Chinese input method
    ("49－015420－323751－8", "490154203237518"),
    (imei("35209900176148"), imei("35209900176148")),
    (imei("86000000000000"), imei("86000000000000")),
])
def test_valid_imeis_are_accepted_as_their_15_digits(typed, kept):
    assert validate_imei(typed) == kept


@pytest.mark.parametrize("first_14", ["01234567890123", "99000012345678", "35391805123456"])
def test_every_generated_imei_passes_and_every_other_last_digit_fails(first_14):
    good = imei(first_14)
    assert validate_imei(good) == good
    for digit in "0123456789":
        if digit != good[-1]:
            with pytest.raises(ImeiCheckDigit):
                validate_imei(first_14 + digit)


@pytest.mark.parametrize("typed, error, message", [
    ("490154203237519", ImeiCheckDigit,
     "“490154203237519” has a wrong check digit; type it again or scan the box."),
    ("49015420323751", ImeiWrongLength, "“49015420323751” has 14 digits; an IMEI has 15."),
    ("4901542032375", ImeiWrongLength, "“4901542032375” has 13 digits; an IMEI has 15."),
    ("4901542032375180", ImeiSvRefused, "has 16 digits, so it is an IMEISV"),
    ("49015420323751A", ImeiNotDigits,
     "“49015420323751A” may contain only digits; an IMEI is 15 digits."),
    ("IMEI 490154203237518", ImeiNotDigits, "may contain only digits"),
    ("", ImeiEmpty, "No IMEI was entered"),
    ("  ", ImeiEmpty, "No IMEI was entered"),
    (None, ImeiEmpty, "No IMEI was entered"),
])
def test_bad_imeis_are_refused_saying_what_is_wrong(typed, error, message):
    with pytest.raises(error) as caught:
        validate_imei(typed)
    assert isinstance(caught.value, InvalidImei) and isinstance(caught.value, ValidationError)
    assert message in caught.value.message


def test_a_14_digit_imei_without_its_check_digit_is_not_completed_silently():
    with pytest.raises(ImeiWrongLength):
        validate_imei("49015420323751")


# --- serial numbers and choosing the rule ---------------------------------------------------

@pytest.mark.parametrize("typed, kept", [
    ("c02xl0gjjg5h", "C02XL0GJJG5H"),
    (" SN 123/45-6 ", "SN123/45-6"),
    ("ＤＭＰＸ１２３４", "DMPX1234"),
    ("A" * 40, "A" * 40),
])
def test_serial_numbers_are_kept_upper_case_without_spaces(typed, kept):
    assert normalise_serial(typed) == kept


@pytest.mark.parametrize("typed, error", [
    ("", SerialEmpty), ("abc", InvalidSerial), ("A" * 41, InvalidSerial),
    ("序列号1234", InvalidSerial), ("AB#1234", InvalidSerial),
])
def test_bad_serial_numbers_are_refused(typed, error):
    with pytest.raises(error):
        normalise_serial(typed)


def test_phones_need_an_imei_and_tablets_only_when_15_digits_are_typed():
    assert device_id("phone", "49 015420 323751 8") == "490154203237518"
    with pytest.raises(ImeiNotDigits):
        device_id("phone", "C02XL0GJJG5H1")
    assert device_id("tablet", "490154203237518") == "490154203237518"
    with pytest.raises(ImeiCheckDigit):
        device_id("tablet", "490154203237519")
    assert device_id("tablet", "dmpx1234abcd") == "DMPX1234ABCD"  # a Wi-Fi-only tablet
    assert device_id("laptop", "c02xl0gjjg5h") == "C02XL0GJJG5H"
    assert device_id(None, "5CD1234XYZ") == "5CD1234XYZ"


def test_a_number_of_unknown_kind_is_an_imei_when_it_has_15_digits():
    assert any_device_id("49-015420-323751-8") == "490154203237518"
    with pytest.raises(ImeiCheckDigit):
        any_device_id("490154203237519")
    assert any_device_id("49015420323751") == "49015420323751"  # 14 digits: a serial number


# --- the store's checks ---------------------------------------------------------------------

PHONE = "490154203237518"
OTHER_PHONE = imei("35391805123456")
GOOD_CSV = (
    "serial,source,reported_at,notes\n"
    "490154203237518,Shanghai police,2024-05-01,taken from a car\n"
    "c02xl0gjjg5h,platform,,\n"
    "35-391805-123456-" + OTHER_PHONE[-1] + ",owner report,2024-06-30,\n"
)


def _stolen_rows(store) -> list[tuple]:
    with store.db.read() as s:
        return [tuple(r) for r in s.execute(
            select(StolenDevice.serial, StolenDevice.source, StolenDevice.reported_at,
                   StolenDevice.notes).order_by(StolenDevice.serial))]


def test_a_good_stolen_list_is_imported_and_audited_once_with_counts(store):
    result = devices.import_stolen_csv(store.db, store.admin, GOOD_CSV)
    assert result == devices.ImportResult(added=3, updated=0, skipped=0)
    assert _stolen_rows(store) == [
        (OTHER_PHONE, "owner report", datetime(2024, 6, 30, tzinfo=UTC), ""),
        (PHONE, "Shanghai police", datetime(2024, 5, 1, tzinfo=UTC), "taken from a car"),
        ("C02XL0GJJG5H", "platform", None, ""),
    ]
    with store.db.read() as s:
        audit = s.execute(select(AuditEntry.action, AuditEntry.data, AuditEntry.user_id)
                          .where(AuditEntry.action == "stolen_list.imported")).all()
        outbox = s.scalar(select(func.count()).select_from(OutboxEvent)
                          .where(OutboxEvent.event_type == "stolen_list.imported"))
    assert audit == [("stolen_list.imported", '{"added":3,"skipped":0,"updated":0}',
                      store.admin.user_id)]
    assert outbox == 0


def test_a_stolen_list_is_read_from_a_file_too(store, tmp_path):
    path = tmp_path / "stolen.csv"
    path.write_bytes(("\ufeff" + GOOD_CSV.replace("owner report", "失主报案")).encode("utf-8"))
    assert devices.import_stolen_csv(store.db, store.admin, path).added == 3
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("serial,source\nDMPX1234,公安局\n".encode("gb18030"))
    assert devices.import_stolen_csv(store.db, store.admin, str(gbk)).added == 1
    assert devices.check_device(store.db, "dmpx1234").stolen_source == "公安局"


@pytest.mark.parametrize("bad_line, problem", [
    ("490154203237519,police,2024-05-01,", "wrong check digit"),
    ("abc,police,,", "not a serial number"),
    (",police,,", "No serial number"),
    ("DMPX1234,police,yesterday,", "not a date"),
    ("DMPX1234,police,2999-01-01,", "in the future"),
    ("DMPX1234,police,2024-05-01,notes,extra", "has 5 fields"),
    ("490154203237518,someone else,2024-05-01,", "already on line 2 with other details"),
])
def test_a_list_with_one_bad_line_imports_nothing_and_names_line_3(store, bad_line, problem):
    text = ("serial,source,reported_at,notes\n"
            "490154203237518,police,2024-05-01,\n" + bad_line + "\n" + "C02XL0GJJG5H,police,,\n")
    before = (store.counts(), store.audit_head())
    with pytest.raises(StolenListLineError) as caught:
        devices.import_stolen_csv(store.db, store.admin, text)
    assert caught.value.params["line"] == 3
    assert caught.value.message.startswith("Line 3 of the file: ")
    assert problem in caught.value.message
    assert caught.value.message.endswith("Nothing was imported.")
    assert isinstance(caught.value.params["problem"], ValidationError)
    assert _stolen_rows(store) == []
    assert (store.counts(), store.audit_head()) == before


@pytest.mark.parametrize("text", ["", "imei,source\n490154203237518,x\n",
                                  "serial,source,colour\nDMPX1234,x,red\n"])
def test_a_file_without_the_right_header_is_refused(store, text):
    with pytest.raises(ValidationError, match="must name the columns"):
        devices.import_stolen_csv(store.db, store.admin, text)
    assert _stolen_rows(store) == []


def test_reimporting_updates_changed_devices_and_skips_the_same_ones(store):
    devices.import_stolen_csv(store.db, store.admin, GOOD_CSV)
    again = (
        "serial,source,reported_at,notes\n"
        "490154203237518,Shanghai police,2024-05-01,taken from a car\n"  # the same
        "C02XL0GJJG5H,Beijing police,2024-07-01,recovered? no\n"  # changed
        "\n"  # blank
        "DMPX1234,platform,,\n"  # new
        "DMPX1234,platform,,\n"  # repeated in the file
    )
    result = devices.import_stolen_csv(store.db, store.admin, again)
    assert result == devices.ImportResult(added=1, updated=1, skipped=3)
    rows = {r[0]: r[1:] for r in _stolen_rows(store)}
    assert rows["C02XL0GJJG5H"] == ("Beijing police", datetime(2024, 7, 1, tzinfo=UTC),
                                    "recovered? no")
    assert len(rows) == 4
    assert store.actions().count("stolen_list.imported") == 2


def test_only_a_manager_of_settings_imports_the_stolen_list(store):
    for actor in (store.clerk, store.grader, store.kiosk):
        with pytest.raises(PermissionDenied):
            devices.import_stolen_csv(store.db, actor, GOOD_CSV)
    assert _stolen_rows(store) == []


def _receive(store, serial, location="", category="3c.phone"):
    return items.receive_item(store.db, store.admin, category=category, acquisition="buy_back",
                              brand="Apple", model="iPhone 13", serial=serial, location=location)


def test_check_device_finds_earlier_items_with_their_state_time_and_place(store):
    with set_to(datetime(2025, 3, 1, 9, 0, tzinfo=UTC)):
        first = _receive(store, PHONE, location="Back room shelf 2")
    with set_to(datetime(2025, 3, 2, 10, 0, tzinfo=UTC)):
        items.transition(store.db, store.grader, first.code, "graded", grade="B")
    with set_to(datetime(2025, 4, 5, 16, 30, tzinfo=UTC)):
        second = _receive(store, PHONE, location="Intake counter")
    _receive(store, OTHER_PHONE)
    check = devices.check_device(store.db, "49 015420 323751 8")
    assert check.serial == PHONE and not check.stolen and check.stolen_source == ""
    assert check.seen == [
        devices.SeenDevice(second.code, "received", datetime(2025, 4, 5, 16, 30, tzinfo=UTC),
                           "Intake counter"),
        devices.SeenDevice(first.code, "graded", datetime(2025, 3, 2, 10, 0, tzinfo=UTC),
                           "Back room shelf 2"),
    ]
    fresh = devices.check_device(store.db, imei("86000000000000"))
    assert fresh.seen == [] and not fresh.stolen


def test_check_device_flags_a_stolen_device_and_its_source(store):
    devices.import_stolen_csv(store.db, store.admin, GOOD_CSV)
    _receive(store, "C02XL0GJJG5H", category="3c.laptop")
    laptop = devices.check_device(store.db, "c02xl0gjjg5h")
    assert laptop.stolen and laptop.stolen_source == "platform"
    assert [s.code for s in laptop.seen] and laptop.seen[0].state == "received"
    assert devices.check_device(store.db, PHONE).stolen_source == "Shanghai police"
    with pytest.raises(ImeiCheckDigit):
        devices.check_device(store.db, "490154203237519")


def test_is_stolen_works_inside_a_callers_transaction(store):
    devices.import_stolen_csv(store.db, store.admin,
                              "serial,source\n49015420323751,old list without check digits\n")
    with store.db.write() as s:
        assert devices.is_stolen(s, "490154203237518")  # found by its first 14 digits
        assert not devices.is_stolen(s, OTHER_PHONE)
        assert devices.stolen_entry(s, "49-015420-323751-8").source == (
            "old list without check digits")
