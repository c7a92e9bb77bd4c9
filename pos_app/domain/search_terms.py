"""Short search words (one or two characters) matched through an index of short terms.

The trigram index answers words of three characters or more. Chinese product words are
mostly two characters (华为, 耳机, 划痕) and model numbers are often short (12, xs), so each
item also carries its short terms: every CJK character and pair of neighbouring characters,
and the first one and two characters of each run of letters or of digits. A short query word
is then one exact term on either engine.
"""
from __future__ import annotations

import re
import unicodedata

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUNS = re.compile(f"[{_CJK}]+|[^\\W\\d_{_CJK}]+|\\d+")
SHORT = 2  # the longest word answered from the short terms


def normalise(text: str) -> str:
    """Full-width to half-width and lower case, as typed words and stored text are compared."""
    return unicodedata.normalize("NFKC", text or "").lower()


def _is_cjk(ch: str) -> bool:
    return bool(re.match(f"[{_CJK}]", ch))


def short_terms(*texts: str) -> str:
    """The space-separated short terms of an item's brand, model and notes."""
    seen: dict[str, None] = {}
    for text in texts:
        for run in _RUNS.findall(normalise(text)):
            if _is_cjk(run[0]):
                for i, ch in enumerate(run):
                    seen[ch] = None
                    if i + 1 < len(run):
                        seen[run[i:i + 2]] = None
            else:
                seen[run[:1]] = None
                seen[run[:SHORT]] = None
    return " ".join(seen)


def as_short_term(word: str) -> str | None:
    """The term a short query word must match, or None when it has no term (punctuation)."""
    word = normalise(word)
    if not 0 < len(word) <= SHORT:
        return None
    runs = _RUNS.findall(word)
    if len(runs) != 1 or runs[0] != word:
        return None  # mixed or punctuation: answered by a plain scan instead
    return word
