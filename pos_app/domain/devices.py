"""A device's identity as typed or scanned: the IMEI of a phone, the serial number of the rest.

Each function returns the number as the store keeps it (so the same device typed twice
compares equal) or raises a ValidationError that says what is wrong with it.
"""
from __future__ import annotations

import re
import unicodedata

from stdnum import imei, luhn
from stdnum.exceptions import ValidationError as StdnumError

from pos_app.errors import (
    ImeiCheckDigit,
    ImeiEmpty,
    ImeiNotDigits,
    ImeiSvRefused,
    ImeiWrongLength,
    InvalidSerial,
    SerialEmpty,
)

IMEI_REFS = frozenset({"phone"})  # checklists whose devices always carry an IMEI
IMEI_OR_SERIAL_REFS = frozenset({"tablet"})  # an IMEI when it has a cellular modem
DASHES = "-‐‑‒–—―−－"
SERIAL_RE = re.compile(r"[A-Z0-9/\-]{4,40}")


def _plain(text: str | None) -> str:
    """Full-width characters made ASCII, one hyphen for every dash, no surrounding space."""
    text = unicodedata.normalize("NFKC", text or "")
    for dash in DASHES[1:]:
        text = text.replace(dash, "-")
    return text.strip()


def validate_imei(text: str | None) -> str:
    """The 15 IMEI digits, separators removed, if the Luhn check digit is right."""
    shown = _plain(text)
    digits = re.sub(r"[\s\-]", "", shown)
    if not digits:
        raise ImeiEmpty()
    if not digits.isascii() or not digits.isdigit():
        raise ImeiNotDigits(text=shown)
    if len(digits) == 16:
        raise ImeiSvRefused(text=digits)
    if len(digits) != 15:
        raise ImeiWrongLength(text=digits, count=len(digits))
    try:
        return imei.validate(digits)
    except StdnumError:
        raise ImeiCheckDigit(text=digits) from None


def imei_check_digit(first_14: str) -> str:
    """The Luhn digit that completes 14 IMEI digits (for tests and demo data)."""
    return luhn.calc_check_digit(first_14)


def normalise_serial(text: str | None) -> str:
    """A serial number upper-cased without spaces: 4 to 40 of A–Z, 0–9, dash and slash."""
    serial = re.sub(r"\s", "", _plain(text)).upper()
    if not serial:
        raise SerialEmpty()
    if not SERIAL_RE.fullmatch(serial):
        raise InvalidSerial(text=_plain(text))
    return serial


def _looks_like_imei(text: str | None) -> bool:
    digits = re.sub(r"[\s\-]", "", _plain(text))
    return len(digits) == 15 and digits.isascii() and digits.isdigit()


def device_id(category_checklist_ref: str | None, text: str | None) -> str:
    """The device's number by its category's rules: an IMEI for a phone, and for a tablet
    typed as 15 digits; a serial number otherwise."""
    ref = (category_checklist_ref or "").strip().lower()
    if ref in IMEI_REFS or (ref in IMEI_OR_SERIAL_REFS and _looks_like_imei(text)):
        return validate_imei(text)
    return normalise_serial(text)


def any_device_id(text: str | None) -> str:
    """A number whose category is unknown (a stolen list, a look-up): 15 digits must be an
    IMEI with its check digit; anything else follows the serial-number rules."""
    return validate_imei(text) if _looks_like_imei(text) else normalise_serial(text)
