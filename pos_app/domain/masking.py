"""Personal data shown masked: enough to recognise a person, not enough to misuse it."""
from __future__ import annotations


def mask_phone(phone: str | None) -> str:
    digits = (phone or "").strip()
    if len(digits) <= 4:
        return "*" * len(digits)
    keep_tail = 4 if len(digits) >= 8 else 2  # else a short number would be shown whole
    keep_head = 3 if len(digits) >= 10 else 1 if len(digits) >= 8 else 0
    return digits[:keep_head] + "*" * (len(digits) - keep_head - keep_tail) + digits[-keep_tail:]


def mask_name(name: str | None) -> str:
    name = (name or "").strip()
    if not name:
        return ""
    if " " in name:  # Western names: first name and an initial
        first, *rest = name.split()
        return first + " " + " ".join(part[0] + "." for part in rest)
    return name[0] + "*" * (len(name) - 1)


def mask_email(email: str | None) -> str:
    local, _, domain = (email or "").partition("@")
    if not domain:
        return mask_name(local)
    return (local[:1] + "***@" + domain) if local else ""
