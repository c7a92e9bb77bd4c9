"""A seller's identity document: its type, its number as the store keeps it, its masked form.

The number is validated where it can be (a PRC resident identity card carries its birth
date, region and a check character) so that a mistyped number is caught at the counter.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from stdnum.cn import ric
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError

from pos_app.errors import (
    IdNumberEmpty,
    InvalidIdNumber,
    ResidentIdBirthDate,
    ResidentIdCheckCharacter,
    ResidentIdMalformed,
    ResidentIdRegion,
    ResidentIdWrongLength,
    ValidationError,
)

RESIDENT_ID = "resident_id"
PASSPORT = "passport"
HK_MACAU_PERMIT = "hk_macau_permit"
OTHER = "other"
ID_TYPES = (RESIDENT_ID, PASSPORT, HK_MACAU_PERMIT, OTHER)

PASSPORT_RE = re.compile(r"[A-Z0-9]{5,20}")
# Home Return Permit: H or M and 8 digits (10 on the old booklet); the mainland travel permit
# to Hong Kong and Macau: C, then a letter or digit, then 7 digits.
PERMIT_RE = re.compile(r"[HM][0-9]{8}(?:[0-9]{2})?|C[0-9A-Z][0-9]{7}")
OTHER_RE = re.compile(r"[A-Z0-9/\-]{2,40}")


def _compact(text: str | None) -> str:
    """Full-width characters made ASCII, upper case, without spaces or dashes between groups."""
    text = unicodedata.normalize("NFKC", text or "").upper()
    return re.sub(r"[\s\-‐‑–—]", "", text)


def check_id_type(id_type: str | None) -> str:
    if id_type not in ID_TYPES:
        raise ValidationError("Choose the kind of ID: resident identity card, passport, "
                              "Hong Kong/Macau permit or other.")
    return id_type


def _resident_id(number: str, today: date | None) -> str:
    if len(number) != 18:
        raise ResidentIdWrongLength(text=number, count=len(number))
    try:
        ric.validate(number)
    except InvalidFormat:
        raise ResidentIdMalformed(text=number) from None
    except InvalidLength:
        raise ResidentIdWrongLength(text=number, count=len(number)) from None
    except InvalidChecksum:
        if not number[-1].isdigit() and number[-1] != "X":
            raise ResidentIdMalformed(text=number) from None
        raise ResidentIdCheckCharacter(text=number) from None
    except InvalidComponent:
        try:
            ric.get_birth_date(number)
        except StdnumError:
            raise ResidentIdBirthDate(text=number) from None
        raise ResidentIdRegion(text=number) from None
    if ric.get_birth_date(number) > (today or date.today()):
        raise ResidentIdBirthDate(text=number)
    return number


def validate_id_number(id_type: str, text: str | None, *, today: date | None = None) -> str:
    """The ID number as the store keeps it (upper case, no spaces), or a clear error."""
    check_id_type(id_type)
    number = _compact(text)
    if not number:
        raise IdNumberEmpty()
    if id_type == RESIDENT_ID:
        return _resident_id(number, today)
    if id_type == PASSPORT and not PASSPORT_RE.fullmatch(number):
        raise InvalidIdNumber("“{text}” is not a passport number; it is 5 to 20 letters and "
                              "digits.", text=number)
    if id_type == HK_MACAU_PERMIT and not PERMIT_RE.fullmatch(number):
        raise InvalidIdNumber("“{text}” is not a Hong Kong/Macau permit number; it is H or M and "
                              "8 digits, or C and 8 letters and digits.", text=number)
    if id_type == OTHER and not OTHER_RE.fullmatch(number):
        raise InvalidIdNumber("“{text}” is not an ID number; it is 2 to 40 letters and digits.",
                              text=number)
    return number


def mask_id_number(id_type: str | None, number: str | None) -> str:
    """Enough to recognise the document, not enough to misuse it: a resident ID keeps its
    first 3 and last 4 characters, any other number its last 3."""
    number = number or ""
    head, tail = (3, 4) if id_type == RESIDENT_ID else (0, 3)
    if len(number) <= head + tail:
        tail = max(0, min(tail, len(number) - 2))
        head = 0
    return number[:head] + "*" * (len(number) - head - tail) + number[len(number) - tail:]
