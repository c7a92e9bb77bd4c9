"""The grading screen over a real store: scan, answer the phone checklist with the keyboard,
watch the grade the answers give, override it only with a reason, save, print the report."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from sqlalchemy import select

from pos_app.domain.devices import imei_check_digit
from pos_app.domain.item_states import ItemState
from pos_app.models import AuditEntry, Inspection
from pos_app.services import grading, items, photos
from tests.ui.back_counter_support import session_for, show, store  # noqa: F401
from ui.screens.grading import GradingScreen

IMEI = "35391110123456" + imei_check_digit("35391110123456")

GOOD_PHONE = {"storage": "gb128", "screen": "light_wear", "body": "light_marks",
              "buttons": "all_work", "cameras": "all_work", "speakers": "all_work",
              "charging": "normal", "biometrics": "works", "activation_lock_off": True,
              "carrier_lock": "unlocked", "data_wiped": True}


@pytest.fixture
def phone(store) -> str:  # noqa: F811
    return items.receive_item(store.db, store.clerk, category="3c.phone", acquisition="buy_back",
                              brand="Apple", model="iPhone 13 128GB").code


@pytest.fixture
def screen(qtbot, store) -> GradingScreen:  # noqa: F811
    return show(qtbot, GradingScreen(session_for(store, store.grader)))


def scan(qtbot, screen: GradingScreen, code: str) -> None:
    screen.scanner.setFocus()
    with qtbot.waitSignal(screen.itemLoaded, timeout=20_000):
        qtbot.keyClicks(screen.scanner, code)
        qtbot.keyClick(screen.scanner, Qt.Key.Key_Return)


def answer(qtbot, screen: GradingScreen, answers: dict) -> None:
    """Answer as a grader does: type text and numbers, click the radio buttons, pick combos."""
    form = screen.form
    for key, value in answers.items():
        row = form.editor(key)
        if row.buttons:
            qtbot.mouseClick(row.buttons[value], Qt.MouseButton.LeftButton)
        elif row.combo is not None:
            row.combo.setCurrentIndex(row.combo.findData(value))
        elif row.spin is not None:
            row.spin.setFocus()
            row.spin.selectAll()
            qtbot.keyClicks(row.spin, str(value))
        else:
            row.line.clear()
            qtbot.keyClicks(row.line, str(value))


def test_answers_give_a_live_grade_and_saving_grades_the_item(qtbot, screen, store, phone) -> None:  # noqa: F811
    scan(qtbot, screen, phone)
    assert screen.form.editor("model").value() == "iPhone 13 128GB"  # what the store knew
    assert not screen.save_button.isEnabled()
    assert screen.missing.text() == "14 required questions not answered yet."

    answer(qtbot, screen, {"device_id": IMEI, "colour": "Blue", "battery_health": 86})
    answer(qtbot, screen, GOOD_PHONE)
    assert screen.grade_label.text() == "A"
    assert "Battery health 86% caps the grade at A" in screen.reasons.text()
    assert screen.missing.text() == ""

    answer(qtbot, screen, {"screen": "deep_scratches"})
    assert screen.grade_label.text() == "C"
    assert screen.reasons.text().startswith(
        "• Screen: Deep scratches, small chip or faint burn-in caps the grade at C")

    with qtbot.waitSignal(screen.saved, timeout=20_000) as saved:
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].grade == "C"
    view = items.find_by_code(store.db, phone)
    assert view.state == ItemState.GRADED and view.grade == "C"
    inspection = grading.latest_inspection(store.db, phone)
    assert inspection.answers["battery_health"] == 86 and inspection.answers["device_id"] == IMEI
    assert screen.message_text() == f"Item {phone} graded C. Print its report, or scan the next item."

    with qtbot.waitSignal(screen.previewOpened, timeout=20_000) as opened:
        qtbot.mouseClick(screen.report_a4, Qt.MouseButton.LeftButton)
    assert opened.args[0].pdf.startswith(b"%PDF")


def test_an_override_needs_a_reason_and_is_audited(qtbot, screen, store, phone) -> None:  # noqa: F811
    scan(qtbot, screen, phone)
    answer(qtbot, screen, {"device_id": IMEI, "colour": "Blue", "battery_health": 95})
    answer(qtbot, screen, GOOD_PHONE)
    assert screen.grade_label.text() == "A"
    screen.override.setCurrentIndex(screen.override.findData("B"))
    assert not screen.save_button.isEnabled()
    assert screen.save_button.toolTip() == "Give the reason for changing the grade."
    qtbot.keyClicks(screen.reason, "Small dent on the frame")
    assert screen.save_button.isEnabled()
    with qtbot.waitSignal(screen.saved, timeout=20_000):
        screen.save()
    view = items.find_by_code(store.db, phone)
    assert view.grade == "B"
    with store.db.read() as s:
        inspection = s.scalars(select(Inspection)).one()
        assert (inspection.derived_grade, inspection.grade) == ("A", "B")
        assert inspection.override_reason == "Small dent on the frame"
        assert "inspection.grade_overridden" in s.scalars(select(AuditEntry.action)).all()


def test_an_activation_lock_refuses_the_item_and_nothing_is_saved(qtbot, screen, store, phone) -> None:  # noqa: F811
    scan(qtbot, screen, phone)
    answer(qtbot, screen, {"device_id": IMEI, "colour": "Blue", "battery_health": 95})
    answer(qtbot, screen, GOOD_PHONE | {"activation_lock_off": False})
    assert screen.grade_label.text() == "—"
    assert "cannot be taken in" in screen.missing.text()
    assert not screen.save_button.isEnabled()
    assert items.find_by_code(store.db, phone).state == ItemState.RECEIVED


def test_a_wrong_imei_is_shown_under_its_field(qtbot, screen, phone) -> None:
    scan(qtbot, screen, phone)
    row = screen.form.editor("device_id")
    qtbot.keyClicks(row.line, "353911101234560")
    row.check_device()
    assert "wrong check digit" in row.error.text()


def test_an_item_that_cannot_be_graded_is_refused_on_scan(qtbot, screen, store) -> None:  # noqa: F811
    from tests.ui.back_counter_support import priced_item

    code = priced_item(store)
    items.transition(store.db, store.manager, code, ItemState.LABELLED)
    screen.open_code(code)
    qtbot.waitUntil(lambda: screen.message_text() != "")
    assert "cannot go from" in screen.message_text()
    assert screen.job is None


def test_photos_are_added_from_files(qtbot, screen, store, phone, tmp_path) -> None:  # noqa: F811
    scan(qtbot, screen, phone)
    picture = tmp_path / "front.png"
    Image.new("RGB", (800, 600), (200, 40, 40)).save(picture)
    with qtbot.waitSignal(screen.photos.loaded, timeout=20_000,
                          check_params_cb=lambda count: count == 1):
        screen.photos.add_files([str(picture)])
    assert screen.photos.list.count() == 1
    assert len(photos.list_photos(store.db, phone)) == 1


def test_the_checklist_speaks_chinese(qtbot, screen, phone, switch_language) -> None:
    scan(qtbot, screen, phone)
    switch_language("zh_CN")
    assert screen.form.editor("screen").label.text() == "屏幕 *"
    answer(qtbot, screen, {"battery_health": 78})
    assert "电池健康度 78%，成色最高为 C" in screen.reasons.text()


def test_a_refusal_is_said_in_chinese_with_the_chinese_question(qtbot, screen, phone,
                                                                switch_language) -> None:
    scan(qtbot, screen, phone)
    switch_language("zh_CN")
    answer(qtbot, screen, {"activation_lock_off": False})
    assert screen.missing.text().startswith("激活锁已关闭")
    assert screen.missing.text().endswith("“否”。此状态的物品不能收货。")
