"""A grader's answers to a checklist for the demo: plausible for the item, and earning a
chosen grade by the checklist's own rules (the worst answer caps the grade).

Pure: the answers come from the checklist definition (pos_app.domain.grading's format), what
the demo knows of the item and a seeded generator; any checklist a manager publishes works.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from pos_app.domain.grading import GRADE_ORDER, REJECT, answer_cap, derive_grade
from pos_app.services.demo_catalogue import MATERIALS, OVERRIDE_DOWN, OVERRIDE_UP

OVERRIDE_CHANCE = 0.04


@dataclass(frozen=True)
class ItemFacts:
    """What the grader has in hand: the item as the intake recorded it."""

    category: str
    brand: str
    model: str
    variant: str
    attributes: dict
    notes: str
    serial: str


@dataclass(frozen=True)
class Inspection:
    answers: dict
    override_grade: str | None = None
    override_reason: str = ""


def _rank(cap: str | None) -> int:
    if cap is None:
        return 0
    return len(GRADE_ORDER) if cap == REJECT else GRADE_ORDER.index(cap)


def _gigabytes(text: str) -> int | None:
    found = re.search(r"(\d+)\s*(GB|TB)", text or "")
    if not found:
        return None
    return int(found.group(1)) * (1024 if found.group(2) == "TB" else 1)


def _laptop(facts: ItemFacts) -> dict[str, object]:
    """cpu, ram_gb and storage_gb from a configuration such as "i7-1260P/16GB/512GB"."""
    parts = [p for p in facts.variant.split("/") if p]
    sizes = [g for g in (_gigabytes(p) for p in parts) if g]
    chip = re.search(r"\((M\d[^)]*)\)", facts.model)
    cpu = parts[0] if parts and not _gigabytes(parts[0]) else (
        f"Apple {chip.group(1)}" if chip else "Intel Core i5")
    return {"cpu": cpu, "ram_gb": sizes[0] if sizes else 16,
            "storage_gb": sizes[-1] if len(sizes) > 1 else 512}


def _text(key: str, facts: ItemFacts, rng: random.Random) -> str | None:
    a = facts.attributes
    if key == "model":
        return " ".join(x for x in (facts.brand, facts.model, facts.variant) if x)[:200]
    if key == "colour":
        return str(a.get("colour") or rng.choice(["黑色 black", "白色 white", "银色 silver"]))
    if key == "size":
        return str(a.get("size") or "均码 one size")
    if key == "material":
        return rng.choice(MATERIALS)
    if key == "cpu":
        return str(_laptop(facts)["cpu"])
    if key == "isbn":
        return str(a.get("isbn") or "") or None
    if key == "date_code":
        return str(a.get("date_code") or "") or None
    if key == "authentication_ref":
        return f"AUTH-{rng.randint(100000, 999999)}" if rng.random() < 0.6 else None
    if key == "notes":
        return facts.notes[:200] if facts.notes and rng.random() < 0.5 else None
    return None


def _number_range(question: dict, facts: ItemFacts) -> list[int]:
    """Values a grader would plausibly read off this item, inside the question's range."""
    key = question["key"]
    low = int(question["min"]) if question.get("min") is not None else 0
    high = int(question["max"]) if question.get("max") is not None else low + 1000
    if key == "battery_health":
        values = list(range(max(low, 60), min(high, 100) + 1))
    elif key == "battery_cycles":
        values = list(range(max(low, 5), min(high, 1400) + 1, 5))
    elif key in ("ram_gb", "storage_gb"):
        values = [int(_laptop(facts)[key])]
    else:
        step = max(1, (high - low) // 200)
        values = list(range(low, high + 1, step))
    return [v for v in values if low <= v <= high] or [low]


def _candidates(question: dict, facts: ItemFacts, rng: random.Random) -> list[tuple[object, str | None]]:
    """(answer, cap) pairs the grader could give, best first; none that refuses the item."""
    kind = question["kind"]
    if kind == "choice":
        options = [(o["value"], o.get("cap")) for o in question["options"]]
        if question["key"] == "storage":
            size = _gigabytes(facts.variant) or _gigabytes(str(facts.attributes.get("storage", "")))
            fits = [(v, c) for v, c in options if v == f"gb{size}"]
            options = fits or options[:1]
        if question["key"] == "carrier_lock" and facts.category == "3c.tablet":
            cellular = facts.serial.isdigit()
            options = [(v, c) for v, c in options if (v != "no_cellular") == cellular] or options
        pairs = [(v, c) for v, c in options if c != REJECT]
    elif kind == "yes_no":
        caps = question.get("caps") or {}
        pairs = [(v, caps.get("yes" if v else "no")) for v in (True, False)]
        pairs = [(v, c) for v, c in pairs if c != REJECT]
    elif kind == "number":
        pairs = [(v, answer_cap(question, v)) for v in _number_range(question, facts)]
        pairs = [(v, c) for v, c in pairs if c != REJECT]
    elif kind == "device_id":
        return [(facts.serial, None)] if facts.serial else []
    else:
        text = _text(question["key"], facts, rng)
        if text is None and question.get("required"):
            text = "—"
        return [] if text is None else [(text, None)]
    return sorted(pairs, key=lambda p: _rank(p[1]))


def _answers_for(definition: dict, grade: str, facts: ItemFacts, rng: random.Random) -> dict:
    goal = _rank(grade)
    options = {q["key"]: _candidates(q, facts, rng) for q in definition["questions"]}
    answers: dict[str, object] = {}
    for q in definition["questions"]:
        fitting = [p for p in options[q["key"]] if _rank(p[1]) <= goal]
        if not fitting:
            continue
        seen = facts.attributes.get(q["key"]) if q["kind"] == "number" else None
        if isinstance(seen, int) and not isinstance(seen, bool):
            # what the intake saw, or the nearest reading that fits the grade
            answers[q["key"]] = min(fitting, key=lambda p: abs(p[0] - seen))[0]
        elif rng.random() < 0.75:
            best = [p for p in fitting if _rank(p[1]) == _rank(fitting[0][1])]
            answers[q["key"]] = rng.choice(best)[0]
        else:
            answers[q["key"]] = rng.choice(fitting)[0]
    if goal > 0:  # one defect, or a few, that bring the grade down to `grade` exactly
        at_goal = [q["key"] for q in definition["questions"]
                   if any(_rank(c) == goal for _, c in options[q["key"]])]
        for key in rng.sample(at_goal, min(len(at_goal), rng.choice((1, 1, 1, 2)))):
            answers[key] = rng.choice([v for v, c in options[key] if _rank(c) == goal])
    return answers


def inspect_answers(definition: dict, grade: str, facts: ItemFacts, rng: random.Random, *,
                    may_override: bool = True) -> Inspection:
    """Answers that earn `grade`; now and then answers a grade off, overridden with a reason."""
    if may_override and rng.random() < OVERRIDE_CHANCE:
        n = GRADE_ORDER.index(grade)
        derived = rng.choice([GRADE_ORDER[i] for i in (n - 1, n + 1) if 0 <= i < len(GRADE_ORDER)])
        answers = _answers_for(definition, derived, facts, rng)
        got, _ = derive_grade(definition, answers)
        if got != grade:
            reasons = OVERRIDE_UP if _rank(grade) < _rank(got) else OVERRIDE_DOWN
            return Inspection(answers, grade, rng.choice(reasons))
    return Inspection(_answers_for(definition, grade, facts, rng))
