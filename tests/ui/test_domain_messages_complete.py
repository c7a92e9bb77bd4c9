"""Every message pos_app can show a clerk is in the translation catalogue.

Templates passed inline (``ValidationError("A PIN is 4 to 12 digits.")``) are found by
reading pos_app's source, so a new message cannot reach the screen untranslated.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pos_app
from pos_app import errors
from ui.domain_messages import DOMAIN_MESSAGES


def _error_names() -> set[str]:
    found, todo = set(), [errors.DomainError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _inline_templates() -> list[tuple[str, str]]:
    names, out = _error_names(), []
    for path in Path(pos_app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and node.args
                    and getattr(node.func, "id", getattr(node.func, "attr", None)) in names
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                out.append((f"{path.name}:{node.lineno}", node.args[0].value))
    return out


def test_inline_domain_messages_are_all_translatable():
    missing = [(where, text) for where, text in _inline_templates() if text not in DOMAIN_MESSAGES]
    assert not missing, f"add these to ui/domain_messages.py and translate them: {missing}"


def test_the_scan_sees_inline_messages():
    assert any(text == "A PIN is 4 to 12 digits." for _, text in _inline_templates())
