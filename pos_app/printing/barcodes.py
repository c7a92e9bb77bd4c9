"""Code 128 drawn as vector bars on a reportlab canvas: sharp at any printer resolution.

python-barcode gives the module pattern ("1101…", one character per module, 1 = dark);
each run of dark modules becomes one filled rectangle of a single path.
"""
from __future__ import annotations

from functools import lru_cache

import barcode

QUIET_MODULES = 10  # the light margin each side that ISO/IEC 15417 asks for


@lru_cache(maxsize=8192)
def code128_runs(text: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """The symbol's width in modules and its dark runs as (first module, length)."""
    modules = barcode.Code128(text).build()[0]
    runs, start = [], None
    for i, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = i
        elif bit != "1" and start is not None:
            runs.append((start, i - start))
            start = None
    return len(modules), tuple(runs)


def code128_width_modules(text: str, quiet: int = QUIET_MODULES) -> int:
    """Modules across the symbol with both quiet zones."""
    return code128_runs(text)[0] + 2 * quiet


def draw_code128(canvas, text: str, x: float, y: float, width: float, height: float,
                 *, quiet: int = QUIET_MODULES) -> float:
    """Bars of `text` across `width` points (the quiet zones included) with their foot at
    (x, y), `height` points tall; returns the module width used."""
    count, runs = code128_runs(text)
    module = width / (count + 2 * quiet)
    left = x + quiet * module
    path = canvas.beginPath()
    for start, length in runs:
        path.rect(left + start * module, y, length * module, height)
    canvas.drawPath(path, stroke=0, fill=1)
    return module
