"""Item codes that any till can mint offline and that stay unique across the chain.

A code reads ``SH01-0000001X``: the store code, a dash, the store's own item sequence in
base 36 padded to seven characters (78 billion items per store), and one ISO/IEC 7064
MOD 37-2 check character (0-9, A-Z or "*") over store and sequence.

- Chain-unique without asking a server: the store code is part of the code, and each store
  counts only its own sequence.
- Typing errors are caught: MOD 37-2 rejects every single-character typo and every swap of
  two neighbouring characters (MOD 37,36, with a letter-only check, misses one swap in 630).
- Code 128-safe: only A-Z, 0-9, "-" and "*", which every scanner and keyboard reproduces;
  no lower case, so a scanner's Caps Lock state cannot change a code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from stdnum.iso7064 import mod_37_2

from pos_app.errors import InvalidItemCode, InvalidStoreCode, ItemCodeMistyped

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SEQUENCE_WIDTH = 7
MAX_SEQUENCE = 36**SEQUENCE_WIDTH - 1

_STORE = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_ITEM = re.compile(r"([A-Z][A-Z0-9]{1,5})-([0-9A-Z]{7})([0-9A-Z*])")


@dataclass(frozen=True)
class ItemCode:
    """A parsed item code; `text` is its canonical form, as printed on the label."""

    store_code: str
    sequence: int
    text: str

    def __str__(self) -> str:
        return self.text


def _normalise(text: str) -> str | None:
    """Strip, fold full-width characters (Chinese input methods) and upper-case; None if
    anything but ASCII is left (so "ı" cannot pass as "I")."""
    folded = "".join(
        unicodedata.normalize("NFKC", c) if unicodedata.east_asian_width(c) == "F" else c
        for c in text
    ).strip()
    return folded.upper() if folded.isascii() else None


def validate_store_code(text: str) -> str:
    """The store code in canonical upper case, or InvalidStoreCode."""
    if not isinstance(text, str):
        raise TypeError(f"a store code is a str, not {type(text).__name__}")
    code = _normalise(text)
    if code is None or not _STORE.fullmatch(code):
        raise InvalidStoreCode(code=text)
    return code


def _base36(number: int) -> str:
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = ALPHABET[digit] + digits
    return digits.rjust(SEQUENCE_WIDTH, "0")


def make_item_code(store_code: str, sequence: int) -> str:
    """The code of the store's `sequence`-th item (from 1), check character included."""
    store = validate_store_code(store_code)
    if isinstance(sequence, bool) or not isinstance(sequence, int):
        raise TypeError(f"sequence must be an int, not {type(sequence).__name__}")
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise ValueError(f"sequence must be between 1 and {MAX_SEQUENCE}, not {sequence}")
    digits = _base36(sequence)
    return f"{store}-{digits}{mod_37_2.calc_check_digit(store + digits)}"


def parse_item_code(text: str) -> ItemCode:
    """Read a scanned or typed code; InvalidItemCode if it is not one this chain makes."""
    if not isinstance(text, str):
        raise TypeError(f"an item code is a str, not {type(text).__name__}")
    code = _normalise(text)
    match = None if code is None else _ITEM.fullmatch(code)
    if match is None:
        raise InvalidItemCode(code=text.strip())
    store, sequence, check = match.groups()
    if not mod_37_2.is_valid(store + sequence + check):
        raise ItemCodeMistyped(code=text.strip())
    number = int(sequence, 36)
    if number == 0:
        raise InvalidItemCode(code=text.strip())
    return ItemCode(store_code=store, sequence=number, text=code)
