"""The grade rules of the shipped checklists, with no database: the worst defect caps the grade,
the reasons name the answers that capped it, "reject" answers and bad answers are refused."""
from __future__ import annotations

import copy
import re

import pytest

from pos_app.domain.default_categories import DEFAULT_CATEGORIES
from pos_app.domain.devices import imei_check_digit
from pos_app.domain.grading import (
    CAPS,
    GRADE_ORDER,
    AnswerNotAChoice,
    AnswerNotANumber,
    AnswerNotYesNo,
    AnswerOutOfRange,
    AnswersMissing,
    AnswerTooLong,
    ChecklistInvalid,
    ItemRefused,
    UnknownQuestion,
    answer_cap,
    derive_grade,
    validate_answers,
    validate_definition,
)
from pos_app.errors import ImeiCheckDigit, InvalidSerial
from pos_app.services.checklists import shipped_definitions

SHIPPED = shipped_definitions()
IMEI = "35693803564380" + imei_check_digit("35693803564380")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _device_id(ref: str) -> str:
    return IMEI if ref == "phone" else "C02XG1ABJG5H"


def best_answers(definition: dict) -> dict:
    """An answer to every question that caps nothing (the item is like new)."""
    answers: dict = {}
    for q in definition["questions"]:
        kind = q["kind"]
        if kind == "choice":
            answers[q["key"]] = next(o["value"] for o in q["options"]
                                     if o["cap"] in (None, "A+"))
        elif kind == "yes_no":
            answers[q["key"]] = q["caps"]["yes"] in (None, "A+")
        elif kind == "number":
            first = q["thresholds"][0] if q["thresholds"] else {}
            answers[q["key"]] = first.get("max", first.get("min", q["min"] or 1))
        elif kind == "device_id":
            answers[q["key"]] = _device_id(definition["ref"])
        else:
            answers[q["key"]] = "Grey 灰色"
    return answers


def phone(**changes: object) -> dict:
    return {**best_answers(SHIPPED["phone"]), **changes}


def every_capping_answer() -> list[tuple[str, str, object, str]]:
    """(ref, key, answer, its cap) for every option, yes/no and threshold with a cap."""
    cases = []
    for ref, definition in SHIPPED.items():
        for q in definition["questions"]:
            if q["kind"] == "choice":
                cases += [(ref, q["key"], o["value"], o["cap"]) for o in q["options"] if o["cap"]]
            elif q["kind"] == "yes_no":
                cases += [(ref, q["key"], answer == "yes", cap)
                          for answer, cap in q["caps"].items() if cap]
            elif q["kind"] == "number":
                cases += [(ref, q["key"], t.get("max", t.get("min")), t["cap"])
                          for t in q["thresholds"]]
    return cases


def test_every_category_with_a_checklist_ref_has_a_shipped_checklist() -> None:
    refs = {row[5] for row in DEFAULT_CATEGORIES if row[5]}
    assert refs <= set(SHIPPED)
    assert {"phone", "tablet", "laptop", "clothing", "luxury", "appliance", "book", "camera",
            "electronics", "furniture"} <= set(SHIPPED)


@pytest.mark.parametrize("ref", sorted(SHIPPED))
def test_shipped_checklist_is_valid_and_bilingual(ref: str) -> None:
    definition = SHIPPED[ref]
    assert validate_definition(copy.deepcopy(definition)) == definition
    assert CJK.search(definition["name_zh"])
    for q in definition["questions"]:
        assert CJK.search(q["label_zh"]), q["key"]
        for option in q.get("options", []):
            if not re.fullmatch(r"\d+ [GT]B", option["label"]):
                assert CJK.search(option["label_zh"]), (q["key"], option["value"])


@pytest.mark.parametrize("ref", sorted(SHIPPED))
def test_an_item_with_no_defect_is_graded_a_plus(ref: str) -> None:
    assert derive_grade(SHIPPED[ref], best_answers(SHIPPED[ref])) == ("A+", [])


@pytest.mark.parametrize(("ref", "key", "answer", "cap"), every_capping_answer(),
                         ids=lambda v: str(v))
def test_each_defect_caps_the_grade_at_its_cap(ref: str, key: str, answer: object,
                                                cap: str) -> None:
    answers = {**best_answers(SHIPPED[ref]), key: answer}
    if cap == "reject":
        with pytest.raises(ItemRefused):
            derive_grade(SHIPPED[ref], answers)
    else:
        grade, reasons = derive_grade(SHIPPED[ref], answers)
        assert grade == cap
        assert len(reasons) == (cap != "A+")


def test_the_worst_defect_caps_and_every_capping_answer_is_a_reason() -> None:
    answers = phone(battery_health=78, screen="visible_scratches", body="light_marks")
    grade, reasons = derive_grade(SHIPPED["phone"], answers)
    assert grade == "C"
    assert reasons == ["Battery health 78% caps the grade at C",
                       "Screen: Visible scratches caps the grade at B",
                       "Body and frame: Light marks caps the grade at A"]


def test_reasons_in_chinese() -> None:
    _, reasons = derive_grade(SHIPPED["phone"], phone(battery_health=78, carrier_lock="locked"),
                              language="zh_CN")
    assert reasons == ["电池健康度 78%，成色最高为 C", "运营商锁：有锁（仅限单一运营商），成色最高为 B"]


@pytest.mark.parametrize(("health", "grade"), [
    (100, "A+"), (90, "A+"), (89, "A"), (85, "A"), (84.5, "B"), (80, "B"), (79, "C"),
    (70, "C"), (69.9, "D"), (0, "D"), ("78%", "C"), ("８８", "A"),
])
def test_battery_health_thresholds(health: object, grade: str) -> None:
    assert derive_grade(SHIPPED["phone"], phone(battery_health=health))[0] == grade


@pytest.mark.parametrize(("cycles", "grade"), [(0, "A+"), (300, "A+"), (301, "A"), (650, "B"),
                                               (1000, "C"), (1001, "D"), (4000, "D")])
def test_laptop_battery_cycles_cap_from_above(cycles: int, grade: str) -> None:
    answers = {**best_answers(SHIPPED["laptop"]), "battery_cycles": cycles}
    assert derive_grade(SHIPPED["laptop"], answers)[0] == grade


def test_activation_lock_on_refuses_the_item_naming_the_answer() -> None:
    with pytest.raises(ItemRefused) as refused:
        derive_grade(SHIPPED["phone"], phone(activation_lock_off=False))
    assert refused.value.message == ("Activation lock off (Find My / Google account removed): "
                                     "“No”. The item cannot be taken in like this.")
    assert refused.value.params["question_zh"].startswith("激活锁已关闭")
    assert refused.value.params["answer_zh"] == "否"
    assert refused.value.params["key"] == "activation_lock_off"


def test_a_reject_answer_is_refused_before_missing_answers_are_asked_for() -> None:
    with pytest.raises(ItemRefused):
        derive_grade(SHIPPED["phone"], {"activation_lock_off": "no"})


@pytest.mark.parametrize(("ref", "key", "answer"), [
    ("phone", "data_wiped", False), ("laptop", "os_reset", False),
    ("clothing", "odour", "mould"), ("luxury", "authenticity_checked", False),
    ("appliance", "cord_plug", "damaged"), ("book", "water_damage", "mould"),
    ("furniture", "safe", False),
])
def test_reject_answers_in_each_checklist(ref: str, key: str, answer: object) -> None:
    with pytest.raises(ItemRefused, match="cannot be taken in"):
        derive_grade(SHIPPED[ref], {**best_answers(SHIPPED[ref]), key: answer})


def test_missing_required_answers_are_all_named() -> None:
    answers = phone()
    del answers["battery_health"], answers["screen"]
    answers["colour"] = "   "
    with pytest.raises(AnswersMissing) as missing:
        validate_answers(SHIPPED["phone"], answers)
    assert missing.value.message == "Answer these questions first: Colour, Battery health, Screen."
    assert missing.value.params["questions_zh"] == "颜色、电池健康度、屏幕"
    assert missing.value.params["keys"] == ["colour", "battery_health", "screen"]


def test_optional_questions_may_stay_unanswered() -> None:
    answers = phone(notes="")
    assert "notes" not in validate_answers(SHIPPED["phone"], answers)


def test_a_partial_preview_grades_what_is_answered() -> None:
    grade, reasons = derive_grade(SHIPPED["phone"], {"battery_health": 82}, partial=True)
    assert (grade, reasons) == ("B", ["Battery health 82% caps the grade at B"])


def test_answers_are_kept_in_their_canonical_form() -> None:
    clean = validate_answers(SHIPPED["phone"], phone(
        device_id=f"{IMEI[:8]}-{IMEI[8:]}", battery_health="91.0", activation_lock_off="yes",
        data_wiped="是", model="  iPhone 13  ", screen=" flawless "))
    assert clean["device_id"] == IMEI
    assert clean["battery_health"] == 91
    assert clean["activation_lock_off"] is True and clean["data_wiped"] is True
    assert clean["model"] == "iPhone 13" and clean["screen"] == "flawless"
    assert list(clean) == [q["key"] for q in SHIPPED["phone"]["questions"] if q["key"] in clean]


@pytest.mark.parametrize(("changes", "error", "message"), [
    ({"screen": "shattered"}, AnswerNotAChoice,
     "“shattered” is not one of the answers to “Screen”."),
    ({"battery_health": 101}, AnswerOutOfRange,
     "“Battery health” must be from 0 to 100; 101 is outside that range."),
    ({"battery_health": "good"}, AnswerNotANumber, "“Battery health” needs a number; “good” is not one."),
    ({"battery_health": True}, AnswerNotANumber, None),
    ({"battery_health": float("nan")}, AnswerNotANumber, None),
    ({"data_wiped": "maybe"}, AnswerNotYesNo, "Answer “Data wiped, reset to factory settings” with yes or no."),
    ({"colour": "x" * 61}, AnswerTooLong, None),
    ({"warranty": "yes"}, UnknownQuestion, "“warranty” is not a question of the checklist “Phones”."),
    ({"device_id": IMEI[:-1] + str((int(IMEI[-1]) + 1) % 10)}, ImeiCheckDigit, None),
])
def test_bad_answers_are_refused_with_a_clear_message(changes: dict, error: type,
                                                      message: str | None) -> None:
    with pytest.raises(error) as refused:
        validate_answers(SHIPPED["phone"], phone(**changes))
    if message:
        assert refused.value.message == message


def test_a_serial_number_is_checked_for_laptops() -> None:
    with pytest.raises(InvalidSerial):
        validate_answers(SHIPPED["laptop"], {**best_answers(SHIPPED["laptop"]), "device_id": "ab"})


def test_a_tablet_takes_a_serial_or_a_valid_imei() -> None:
    tablet = best_answers(SHIPPED["tablet"])
    assert validate_answers(SHIPPED["tablet"], {**tablet, "device_id": IMEI})["device_id"] == IMEI
    assert validate_answers(SHIPPED["tablet"],
                            {**tablet, "device_id": "dmpx 12ab"})["device_id"] == "DMPX12AB"


def test_an_answer_without_a_cap_leaves_the_grade_alone() -> None:
    storage = next(q for q in SHIPPED["phone"]["questions"] if q["key"] == "storage")
    assert answer_cap(storage, "gb128") is None
    assert derive_grade(SHIPPED["camera"],
                        {**best_answers(SHIPPED["camera"]), "functions": "not_applicable"})[0] == "A+"


def _definition(**question: object) -> dict:
    base = {"key": "screen", "label": "Screen", "label_zh": "屏幕", "kind": "yes_no"}
    return {"ref": "test", "name": "Test", "questions": [{**base, **question}]}


@pytest.mark.parametrize(("definition", "problem"), [
    ({"ref": "test", "name": "Test", "questions": []}, "at least one question"),
    ({"ref": "Test!", "name": "Test", "questions": [{}]}, "“ref”"),
    (_definition(kind="slider"), "the kind “slider”"),
    (_definition(caps={"no": "E"}), "the cap “E”"),
    (_definition(label_zh=""), "“label_zh”"),
    (_definition(key="Screen"), "the key must be"),
    (_definition(colour="red"), "unknown field “colour”"),
    (_definition(kind="choice", options=[]), "a choice needs a list of options"),
    (_definition(kind="choice", options=[{"value": "a", "label": "A", "label_zh": "甲"},
                                         {"value": "a", "label": "B", "label_zh": "乙"}]),
     "the value “a” appears twice"),
    (_definition(kind="number", thresholds=[{"cap": "A"}]), "give “min”, “max” or both"),
    (_definition(kind="number", thresholds=[{"min": 1}]), "the cap “None”"),
    (_definition(kind="number", min=10, max=1), "“min” is above “max”"),
    (_definition(kind="text", max_length=0), "“max_length”"),
    ({"ref": "test", "name": "Test", "questions": [
        {"key": "a", "label": "A", "label_zh": "甲", "kind": "device_id"},
        {"key": "b", "label": "B", "label_zh": "乙", "kind": "device_id"}]}, "only one IMEI"),
    ({"ref": "test", "name": "Test", "questions": [
        {"key": "a", "label": "A", "label_zh": "甲", "kind": "text"},
        {"key": "a", "label": "B", "label_zh": "乙", "kind": "text"}]}, "appears twice"),
])
def test_malformed_definitions_are_refused_saying_why(definition: dict, problem: str) -> None:
    with pytest.raises(ChecklistInvalid) as refused:
        validate_definition(definition)
    assert problem in refused.value.message


def test_caps_are_the_grades_and_reject() -> None:
    assert GRADE_ORDER == ("A+", "A", "B", "C", "D")
    assert CAPS == (*GRADE_ORDER, "reject")
