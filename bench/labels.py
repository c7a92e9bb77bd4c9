"""1,000 labels to PDF on the generated store: `labels.render_labels` beside the floor, a bare
reportlab canvas drawing the same items' text, Code 128 bars and QR modules in the same grid
from rows read with the plain driver (no fitting, no shelf price, no formatting rules).
"""
from __future__ import annotations

import io
import random

from bench import generate

TEMPLATE = "a4-4x10"
LABELLED_STATES = ("priced", "labelled", "on_shelf")


def label_codes(url: str, seed: int, count: int) -> list[str]:
    """`count` items that carry a label (priced, labelled or on the shelf), drawn at random."""
    from sqlalchemy import select

    from pos_app.models import Item
    from pos_app.services.store_db import open_store

    db = open_store(url, upgrade=False)
    try:
        with db.read() as s:
            codes = list(s.scalars(select(Item.code).where(Item.state.in_(LABELLED_STATES))
                                   .order_by(Item.id)))
    finally:
        db.close()
    rng = random.Random(seed * 1000 + 5)
    return rng.sample(codes, count) if len(codes) >= count else rng.choices(codes, k=count)


def _runs(cells: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark cells."""
    out, start = [], None
    for i, dark in enumerate([*cells, False]):
        if dark and start is None:
            start = i
        elif not dark and start is not None:
            out.append((start, i - start))
            start = None
    return out


def floor_labels(floor, codes: list[str]) -> bytes:
    """The same labels with reportlab, python-barcode and qrcode alone."""
    import barcode
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from pos_app.printing.fonts import register_pdf_fonts

    font = register_pdf_fonts()
    rows: dict[str, tuple] = {}
    for lo in range(0, len(codes), 500):
        chunk = list(dict.fromkeys(codes[lo:lo + 500]))
        marks = ", ".join("?" * len(chunk))
        for row in floor.all(f"SELECT code, brand, model, grade, price_minor, acquisition, "
                             f"owner_party_id FROM items WHERE code IN ({marks})", chunk):
            rows[row[0]] = row
    out = io.BytesIO()
    page_w, page_h = 210 * mm, 297 * mm
    c = Canvas(out, pagesize=(page_w, page_h), invariant=1, pageCompression=0)
    w, h, pad = 48.5 * mm, 25.4 * mm, 1.5 * mm
    for i, code in enumerate(codes):
        cell = i % 40
        if i and cell == 0:
            c.showPage()
        row_, col = divmod(cell, 4)
        x, y = 8 * mm + col * w, page_h - 21.5 * mm - (row_ + 1) * h
        _code, brand, model, grade, price, _acquisition, owner = rows[code]
        c.setFont(font, 6)
        c.drawString(x + pad, y + h - pad - 5, f"{brand} {model}")
        c.drawString(x + pad, y + h - pad - 13, f"成色 {grade}" + (f"   C#{owner}" if owner else ""))
        c.setFont(font, 11)
        c.drawString(x + pad, y + 26, f"¥{price // 100:,}.{price % 100:02d}")
        modules = barcode.Code128(code).build()[0]
        unit = (w - pad) / (len(modules) + 20)
        path = c.beginPath()
        for run in _runs([bit == "1" for bit in modules]):
            path.rect(x + pad / 2 + (10 + run[0]) * unit, y + pad + 6, run[1] * unit, 16)
        c.drawPath(path, stroke=0, fill=1)
        c.setFont(font, 5)
        c.drawCentredString(x + w / 2, y + pad, code)
        qr = qrcode.QRCode(border=0, error_correction=ERROR_CORRECT_M)
        qr.add_data(code)
        qr.make(fit=True)
        matrix = qr.get_matrix()
        unit = 18 / len(matrix)
        path = c.beginPath()
        for r, cells in enumerate(matrix):
            for start, length in _runs(cells):
                path.rect(x + w - pad - 18 + start * unit, y + 30 + 18 - (r + 1) * unit,
                          length * unit, unit)
        c.drawPath(path, stroke=0, fill=1)
    c.showPage()
    c.save()
    return out.getvalue()


def work_labels(side: str, url: str, spec: dict) -> dict:
    from bench.run import Floor, _timed
    from pos_app import clock

    codes = label_codes(url, spec["seed"], spec["count"])
    if side == "app":
        from pos_app.printing import labels
        from pos_app.services.store_db import open_store

        db = open_store(url)

        def render(chosen: list[str]) -> bytes:
            return labels.render_labels(db, chosen, template=TEMPLATE, language="zh_CN")
    else:
        floor = Floor(url)

        def render(chosen: list[str]) -> bytes:
            return floor_labels(floor, chosen)
    with clock.set_to(generate.HISTORY_END):
        render(codes[:40])  # the font loaded, the imports done: what a second print costs
        samples, pdfs, cpu = _timed([lambda: render(codes) for _ in range(spec["runs"])])
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdfs[-1])).pages)
    return {"samples": samples, "cpu": cpu, "digest": str(pages), "pages": pages,
            "labels": len(codes), "bytes": len(pdfs[-1])}
