"""Inspection checklists as data, and the rule that turns a checklist's answers into a grade.

A checklist definition is JSON (kept in the ``checklists`` table; the shipped ones are in
``assets/templates/checklists/``)::

    {"ref": "phone",                        the Category.checklist_ref it serves
     "name": "Phones", "name_zh": "手机",    name_zh is optional
     "questions": [question, ...]}

Every question has ``key`` (lower-case letters, digits and ``_``; unique), ``label``
(English), ``label_zh`` (Chinese), ``kind`` and ``required`` (default false); by kind:

- ``choice``: ``options``: ``[{"value", "label", "label_zh", "cap"}]``; the answer is a value.
- ``number``: optional ``min`` and ``max`` (the accepted range), ``unit`` ("%" or " GB",
  printed right after the number) and ``thresholds``: ``[{"min"?, "max"?, "cap"}]``, tried
  in order; the first whose bounds (inclusive) hold the answer gives its cap. Battery
  health: ``{"min": 90, "cap": "A+"}, {"min": 85, "cap": "A"}, {"min": 80, "cap": "B"},
  {"min": 70, "cap": "C"}, {"min": 0, "cap": "D"}``.
- ``yes_no``: optional ``caps``: ``{"yes": cap, "no": cap}``; the answer is true or false.
- ``text`` and ``device_id``: optional ``max_length`` (200 and 40). A device_id answer is an
  IMEI or serial number checked by the checklist's ref (pos_app.domain.devices) and becomes
  the item's serial; a checklist has at most one.

A cap is the best grade the item can still get with that answer: one of GRADE_ORDER, or
``"reject"`` (the item cannot be taken in, e.g. activation lock on). No cap (null or absent)
leaves the grade alone. The grade is the worst cap among the answers; A+ when none caps it.
"""
from __future__ import annotations

import copy
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from pos_app.domain.devices import device_id
from pos_app.errors import DomainError, ValidationError

GRADE_ORDER = ("A+", "A", "B", "C", "D")  # like new, excellent, good, fair, for parts
REJECT = "reject"
CAPS = (*GRADE_ORDER, REJECT)
KINDS = ("choice", "number", "text", "device_id", "yes_no")
LANGUAGES = ("en", "zh_CN")
TEXT_MAX = {"text": 200, "device_id": 40}
KEY_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
VALUE_RE = re.compile(r"[a-z0-9][a-z0-9_]{0,39}")
REF_RE = re.compile(r"[a-z0-9][a-z0-9_\-]{0,59}")

_CHECKLIST_FIELDS = {"ref", "name", "name_zh", "questions"}
_QUESTION_FIELDS = {"key", "label", "label_zh", "kind", "required"}
_KIND_FIELDS = {
    "choice": {"options"},
    "number": {"min", "max", "unit", "thresholds"},
    "yes_no": {"caps"},
    "text": {"max_length"},
    "device_id": {"max_length"},
}
_YES_NO = {"en": ("Yes", "No"), "zh_CN": ("是", "否")}


class ChecklistInvalid(ValidationError):
    template = "The checklist cannot be used: {problem}"


class UnknownQuestion(ValidationError):
    template = "“{key}” is not a question of the checklist “{checklist}”."


class AnswersMissing(ValidationError):
    """Params ``questions`` and ``questions_zh`` name every unanswered required question."""

    template = "Answer these questions first: {questions}."


class AnswerNotAChoice(ValidationError):
    template = "“{answer}” is not one of the answers to “{question}”."


class AnswerNotANumber(ValidationError):
    template = "“{question}” needs a number; “{answer}” is not one."


class AnswerOutOfRange(ValidationError):
    template = "“{question}” must be from {min} to {max}; {answer} is outside that range."


class AnswerNotYesNo(ValidationError):
    template = "Answer “{question}” with yes or no."


class AnswerTooLong(ValidationError):
    template = "The answer to “{question}” is too long; it may have {max_length} characters."


class ItemRefused(DomainError):
    """An answer whose cap is "reject". The Chinese message can use {question_zh}, {answer_zh}."""

    template = "{question}: “{answer}”. The item cannot be taken in like this."


# ---------------------------------------------------------------------------- definitions


def _problem(text: str) -> ChecklistInvalid:
    return ChecklistInvalid(problem=text)


def _is_number(value: object) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def _words(where: str, value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise _problem(f"{where}: “{field}” must be a text of 1 to 200 characters.")
    return value.strip()


def _cap(where: str, value: object, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if value not in CAPS:
        raise _problem(f"{where}: the cap “{value}” is not one of {', '.join(CAPS)}.")
    return value


def _check_fields(where: str, data: object, allowed: set[str]) -> dict:
    if not isinstance(data, dict):
        raise _problem(f"{where} must be an object.")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _problem(f"{where}: unknown field “{unknown[0]}”.")
    return data


def _valid_options(where: str, options: object) -> list[dict]:
    if not isinstance(options, list) or not options:
        raise _problem(f"{where}: a choice needs a list of options.")
    out, seen = [], set()
    for n, option in enumerate(options, 1):
        at = f"{where}, option {n}"
        option = _check_fields(at, option, {"value", "label", "label_zh", "cap"})
        value = option.get("value")
        if not isinstance(value, str) or not VALUE_RE.fullmatch(value):
            raise _problem(f"{at}: the value must be lower-case letters, digits or _.")
        if value in seen:
            raise _problem(f"{at}: the value “{value}” appears twice.")
        seen.add(value)
        out.append({"value": value, "label": _words(at, option.get("label"), "label"),
                    "label_zh": _words(at, option.get("label_zh"), "label_zh"),
                    "cap": _cap(at, option.get("cap"))})
    return out


def _valid_number(where: str, q: dict, out: dict) -> None:
    low, high = q.get("min"), q.get("max")
    for name, bound in (("min", low), ("max", high)):
        if bound is not None and not _is_number(bound):
            raise _problem(f"{where}: “{name}” must be a number.")
    if low is not None and high is not None and low > high:
        raise _problem(f"{where}: “min” is above “max”.")
    out.update(min=low, max=high)
    unit = q.get("unit", "")
    if not isinstance(unit, str) or len(unit) > 12:
        raise _problem(f"{where}: “unit” must be a short text.")
    out["unit"] = unit
    thresholds = q.get("thresholds", [])
    if not isinstance(thresholds, list):
        raise _problem(f"{where}: “thresholds” must be a list.")
    out["thresholds"] = []
    for n, t in enumerate(thresholds, 1):
        at = f"{where}, threshold {n}"
        t = _check_fields(at, t, {"min", "max", "cap"})
        if "min" not in t and "max" not in t:
            raise _problem(f"{at}: give “min”, “max” or both.")
        if any(k in t and not _is_number(t[k]) for k in ("min", "max")):
            raise _problem(f"{at}: “min” and “max” must be numbers.")
        out["thresholds"].append({**{k: t[k] for k in ("min", "max") if k in t},
                                  "cap": _cap(at, t.get("cap"), optional=False)})


def _valid_question(n: int, q: object, keys: set[str]) -> dict:
    where = f"question {n}"
    if not isinstance(q, dict):
        raise _problem(f"{where} must be an object.")
    kind = q.get("kind")
    if kind not in KINDS:
        raise _problem(f"{where}: the kind “{kind}” is not one of {', '.join(KINDS)}.")
    _check_fields(where, q, _QUESTION_FIELDS | _KIND_FIELDS[kind])
    key = q.get("key")
    if not isinstance(key, str) or not KEY_RE.fullmatch(key):
        raise _problem(f"{where}: the key must be lower-case letters, digits or _, "
                       "starting with a letter.")
    if key in keys:
        raise _problem(f"{where}: the key “{key}” appears twice.")
    where = f"question “{key}”"
    required = q.get("required", False)
    if not isinstance(required, bool):
        raise _problem(f"{where}: “required” must be true or false.")
    out = {"key": key, "label": _words(where, q.get("label"), "label"),
           "label_zh": _words(where, q.get("label_zh"), "label_zh"), "kind": kind,
           "required": required}
    if kind == "choice":
        out["options"] = _valid_options(where, q.get("options"))
    elif kind == "number":
        _valid_number(where, q, out)
    elif kind == "yes_no":
        caps = _check_fields(f"{where}: “caps”", q.get("caps", {}), {"yes", "no"})
        out["caps"] = {k: _cap(where, caps.get(k)) for k in ("yes", "no")}
    else:
        limit = q.get("max_length", TEXT_MAX[kind])
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
            raise _problem(f"{where}: “max_length” must be a whole number from 1 to 1000.")
        out["max_length"] = limit
    return out


def validate_definition(definition: object) -> dict:
    """The definition, checked and with its defaults filled in; ChecklistInvalid says what
    is wrong (for a manager editing a checklist)."""
    data = _check_fields("The checklist", definition, _CHECKLIST_FIELDS)
    ref = data.get("ref")
    if not isinstance(ref, str) or not REF_RE.fullmatch(ref):
        raise _problem("“ref” must be lower-case letters, digits, - or _, such as phone.")
    name = _words("The checklist", data.get("name"), "name")
    name_zh = data.get("name_zh", "")
    if name_zh:
        name_zh = _words("The checklist", name_zh, "name_zh")
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        raise _problem("a checklist needs at least one question.")
    keys: set[str] = set()
    out = []
    for n, q in enumerate(questions, 1):
        out.append(_valid_question(n, q, keys))
        keys.add(out[-1]["key"])
    if sum(q["kind"] == "device_id" for q in out) > 1:
        raise _problem("a checklist may have only one IMEI or serial number question.")
    return {"ref": ref, "name": name, "name_zh": name_zh, "questions": copy.deepcopy(out)}


# ---------------------------------------------------------------------------- answers


def label(question: dict, language: str = "en") -> str:
    return question["label_zh"] if language == "zh_CN" else question["label"]


def _option(question: dict, value: str) -> dict | None:
    return next((o for o in question.get("options", []) if o["value"] == value), None)


def _number_text(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    return format(Decimal(str(value)).normalize(), "f")


def answer_text(question: dict, value: object, language: str = "en") -> str:
    """An answer as a person reads it: the option's label, yes or no, the number with its unit."""
    if value is None:
        return ""
    kind = question["kind"]
    if kind == "choice":
        option = _option(question, value)
        return label(option, language) if option else str(value)
    if kind == "yes_no":
        yes, no = _YES_NO["zh_CN" if language == "zh_CN" else "en"]
        return yes if value else no
    if kind == "number":
        return f"{_number_text(value)}{question.get('unit', '')}"
    return str(value)


def _names(question: dict, raw: object) -> dict[str, str]:
    """The params every answer error carries: the question and the answer, in both languages."""
    return {"question": question["label"], "question_zh": question["label_zh"],
            "answer": str(raw), "answer_zh": str(raw)}


def _clean_number(question: dict, raw: object) -> int | float:
    value: object = raw
    if isinstance(raw, str):
        text = unicodedata.normalize("NFKC", raw).strip()
        unit = question.get("unit", "").strip()
        if unit and text.endswith(unit):
            text = text[: -len(unit)].strip()
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise AnswerNotANumber(**_names(question, raw)) from None
        if not number.is_finite():
            raise AnswerNotANumber(**_names(question, raw))
        value = int(number) if number == number.to_integral_value() else float(number)
    elif not _is_number(raw):
        raise AnswerNotANumber(**_names(question, raw))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    low, high = question.get("min"), question.get("max")
    if (low is not None and value < low) or (high is not None and value > high):
        raise AnswerOutOfRange(**_names(question, _number_text(value)),
                               min="…" if low is None else _number_text(low),
                               max="…" if high is None else _number_text(high))
    return value


def _clean_yes_no(question: dict, raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("yes", "y", "true", "是"):
        return True
    if text in ("no", "n", "false", "否"):
        return False
    raise AnswerNotYesNo(**_names(question, raw))


def _clean(definition: dict, question: dict, raw: object) -> object:
    kind = question["kind"]
    if kind == "choice":
        if not isinstance(raw, str) or _option(question, raw.strip()) is None:
            raise AnswerNotAChoice(**_names(question, raw))
        return raw.strip()
    if kind == "number":
        return _clean_number(question, raw)
    if kind == "yes_no":
        return _clean_yes_no(question, raw)
    text = str(raw).strip()
    if len(text) > question.get("max_length", TEXT_MAX[kind]):
        raise AnswerTooLong(**_names(question, text),
                            max_length=question.get("max_length", TEXT_MAX[kind]))
    if kind == "device_id":
        return device_id(definition.get("ref"), text)
    return text


def _unanswered(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def validate_answers(definition: dict, answers: dict, *, partial: bool = False) -> dict:
    """The answers as they are kept (a choice's value, a number, true/false, trimmed text, a
    canonical IMEI or serial), in the checklist's order; unanswered optional ones left out.

    Refuses a key that is no question, an answer its question cannot take, and (unless
    `partial`, for a screen previewing the grade as the grader goes) a required question left
    unanswered, naming every one of them.
    """
    questions = {q["key"]: q for q in definition["questions"]}
    if not isinstance(answers, dict):
        raise ValidationError("The answers must be given question by question.")
    unknown = sorted(str(k) for k in answers if k not in questions)
    if unknown:
        raise UnknownQuestion(key=unknown[0], checklist=definition.get("name", ""))
    clean: dict[str, object] = {}
    for key, question in questions.items():
        raw = answers.get(key)
        if not _unanswered(raw):
            clean[key] = _clean(definition, question, raw)
    if not partial:
        _require_complete(definition, clean)
    return clean


def _require_complete(definition: dict, clean: dict) -> None:
    missing = [q for q in definition["questions"] if q.get("required") and q["key"] not in clean]
    if missing:
        raise AnswersMissing(questions=", ".join(q["label"] for q in missing),
                             questions_zh="、".join(q["label_zh"] for q in missing),
                             keys=[q["key"] for q in missing])


def answer_cap(question: dict, value: object) -> str | None:
    """The best grade this answer leaves the item, "reject", or None when it caps nothing."""
    kind = question["kind"]
    if kind == "choice":
        option = _option(question, value)
        return option.get("cap") if option else None
    if kind == "yes_no":
        return question.get("caps", {}).get("yes" if value else "no")
    if kind == "number":
        for t in question.get("thresholds", []):
            if t.get("min", -math.inf) <= value <= t.get("max", math.inf):
                return t["cap"]
    return None


def _rank(cap: str) -> int:
    return len(GRADE_ORDER) if cap == REJECT else GRADE_ORDER.index(cap)


def _reason(question: dict, value: object, cap: str, language: str) -> str:
    shown = answer_text(question, value, language)
    if language == "zh_CN":
        subject = (f"{question['label_zh']} {shown}" if question["kind"] == "number"
                   else f"{question['label_zh']}：{shown}")
        return f"{subject}，成色最高为 {cap}"
    subject = (f"{question['label']} {shown}" if question["kind"] == "number"
               else f"{question['label']}: {shown}")
    return f"{subject} caps the grade at {cap}"


def derive_grade(definition: dict, answers: dict, *, language: str = "en",
                 partial: bool = False) -> tuple[str, list[str]]:
    """The grade the answers allow (the worst cap wins) and the reasons: every answer that
    capped the grade below A+, worst first, as "Battery health 78% caps the grade at C".

    An answer capped "reject" raises ItemRefused naming it, before missing answers are asked
    for: such an item is refused whatever the rest of the checklist says.
    """
    clean = validate_answers(definition, answers, partial=True)
    capped: list[tuple[int, int, dict, object, str]] = []
    for n, question in enumerate(definition["questions"]):
        if question["key"] not in clean:
            continue
        value = clean[question["key"]]
        cap = answer_cap(question, value)
        if cap == REJECT:
            raise ItemRefused(question=question["label"], question_zh=question["label_zh"],
                              answer=answer_text(question, value, "en"),
                              answer_zh=answer_text(question, value, "zh_CN"),
                              key=question["key"])
        if cap is not None and cap != GRADE_ORDER[0]:
            capped.append((_rank(cap), n, question, value, cap))
    if not partial:
        _require_complete(definition, clean)
    capped.sort(key=lambda c: (-c[0], c[1]))
    grade = capped[0][4] if capped else GRADE_ORDER[0]
    return grade, [_reason(q, v, cap, language) for _, _, q, v, cap in capped]
