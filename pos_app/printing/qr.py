"""A QR code drawn as vector squares on a reportlab canvas, sharp at any printer resolution."""
from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of the smallest QR code holding `text`, no border.

    One fixed mask pattern: any mask scans, and trying all eight made QR codes 90% of the time
    of a sheet of labels.
    """
    code = qrcode.QRCode(border=0, error_correction=ERROR_CORRECT_M, mask_pattern=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of `text` as a `size`-point square with its lower-left corner at (x, y).

    Keep four modules' width of white around it: the scanner needs that quiet zone.
    """
    matrix = qr_matrix(text)
    module = size / len(matrix)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for row, cells in enumerate(matrix):
        top = y + size - (row + 1) * module
        col = 0
        while col < len(cells):  # one rectangle per run of dark modules: fewer, seamless shapes
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < len(cells) and cells[col]:
                col += 1
            canvas.rect(x + start * module, top, (col - start) * module, module,
                        stroke=0, fill=1)
    canvas.restoreState()
