"""Chinese item names and prices come out of our PDFs as text and as visible glyphs."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageStat
from pypdf import PdfReader
from reportlab.lib.pagesizes import A6
from reportlab.pdfgen import canvas

from pos_app.assets import cjk_font_path
from pos_app.printing.fonts import register_pdf_fonts
from tests.conftest import needs_pdftoppm

LABEL_TEXT = "二手手机 A级 ¥1,299.00"


def _label_pdf(path: Path) -> Path:
    font = register_pdf_fonts()
    pdf = canvas.Canvas(str(path), pagesize=A6)
    pdf.setFont(font, 18)
    pdf.drawString(20, A6[1] - 60, LABEL_TEXT)
    pdf.showPage()
    pdf.save()
    return path


def test_bundled_font_is_shipped() -> None:
    assert cjk_font_path().is_file()


def test_register_pdf_fonts_is_idempotent() -> None:
    assert register_pdf_fonts() == register_pdf_fonts() == "CircularSans"


def test_pdf_text_reads_back_with_chinese_and_price(tmp_path: Path) -> None:
    pdf = _label_pdf(tmp_path / "label.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "二手手机" in text
    assert "A级" in text
    assert "¥1,299.00" in text


@needs_pdftoppm
def test_pdf_renders_visible_glyphs(tmp_path: Path) -> None:
    pdf = _label_pdf(tmp_path / "label.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(tmp_path / "label")],
        check=True,
    )
    page = Image.open(tmp_path / "label.png").convert("L")
    top = page.crop((0, 0, page.width, page.height // 4))
    darkest, lightest = top.getextrema()
    assert lightest == 255 and darkest < 64, "the text line should hold dark glyphs on white"
    inked = sum(top.histogram()[:128])
    assert inked > 500, f"only {inked} dark pixels: glyphs missing or drawn as empty boxes"
    assert ImageStat.Stat(page).mean[0] > 200, "the page should be mostly white"
