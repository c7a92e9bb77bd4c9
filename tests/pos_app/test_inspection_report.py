"""The printed inspection report, read back as a reader would: its text from the PDF, and its
barcode and QR code decoded from the page rendered at printer-like resolution."""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from pos_app.domain.devices import imei_check_digit
from pos_app.errors import ValidationError
from pos_app.printing.inspection_report import render_inspection_report
from pos_app.services import grading, items
from pos_app.services.grading import InspectionView, NotInspected
from tests.conftest import needs_pdftoppm

from .conftest import Store

IMEI = "86891203123456" + imei_check_digit("86891203123456")
ANSWERS = {
    "device_id": IMEI, "model": "Mate 40 Pro", "storage": "gb256", "colour": "亮黑色",
    "battery_health": 78, "screen": "visible_scratches", "body": "light_marks",
    "buttons": "all_work", "cameras": "all_work", "speakers": "all_work", "charging": "normal",
    "biometrics": "works", "activation_lock_off": True, "carrier_lock": "unlocked",
    "data_wiped": True, "notes": "原装充电线一根；USB-C 接口旁有轻微磕碰。",
}


def _inspect(store: Store, **answers: object) -> InspectionView:
    code = items.receive_item(store.db, store.grader, category="3c.phone",
                              acquisition="buy_back", brand="华为", model="Mate 40 Pro 8+256GB").code
    return grading.inspect_item(store.db, store.grader, code, {**ANSWERS, **answers},
                                override_grade="D", override_reason="听筒有杂音 earpiece crackles")


def _squashed(text: str) -> str:
    return "".join(text.split())


def _decoded(pdf: bytes, tmp_path: Path) -> set[tuple[zxingcpp.BarcodeFormat, str]]:
    """What a scanner reads from the first page printed at 200 dpi."""
    (tmp_path / "report.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(tmp_path / "report.pdf"),
                    str(tmp_path / "report")], check=True)
    page = Image.open(tmp_path / "report.png")
    return {(r.format, r.text) for r in zxingcpp.read_barcodes(page)}


@needs_pdftoppm
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", ["a4", "receipt"])
def test_report_shows_every_answer_and_scans(sqlite_store: Store, tmp_path: Path, size: str,
                                             language: str) -> None:
    view = _inspect(sqlite_store)
    pdf = render_inspection_report(sqlite_store.db, view.item_code, size=size, language=language)

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    assert round(width_mm) == (210 if size == "a4" else 80)
    assert len(page.images) == 0  # bars and modules are vector shapes, sharp on any printer
    text = _squashed(page.extract_text())
    expected = ["GreenLoop绿循环", "华为", "Mate40Pro8+256GB", view.item_code, "Grader测试",
                view.verification_code, "D", "听筒有杂音", IMEI,
                "检验报告" if language == "zh_CN" else "Inspectionreport",
                "手机" if language == "zh_CN" else "Mobilephones"]
    for label, answer in view.lines(language):
        expected += [label, answer]
    for wanted in expected:
        assert _squashed(wanted) in text, wanted
    if language == "zh_CN":
        for wanted in ("电池健康度", "激活锁已关闭", "仅作配件", "电池健康度78%，成色最高为C"):
            assert wanted in text, wanted
    else:
        assert "Batteryhealth78%capsthegradeatC" in text

    decoded = _decoded(pdf, tmp_path)
    assert decoded == {(zxingcpp.BarcodeFormat.QRCode, f"CPV:{view.verification_code}"),
                       (zxingcpp.BarcodeFormat.Code128, view.item_code)}


def test_report_renders_on_both_engines(store: Store) -> None:
    view = _inspect(store)
    text = PdfReader(io.BytesIO(render_inspection_report(store.db, view.item_code))).pages[0]
    assert "Battery health" in text.extract_text()


def test_a_receipt_grows_with_its_content(sqlite_store: Store) -> None:
    short = _inspect(sqlite_store, notes="")
    long = _inspect(sqlite_store, notes="机身有多处细微划痕，" * 20)
    heights = []
    for view in (short, long):
        reader = PdfReader(io.BytesIO(render_inspection_report(
            sqlite_store.db, view.item_code, size="receipt", language="zh_CN")))
        assert len(reader.pages) == 1
        heights.append(float(reader.pages[0].mediabox.height))
    assert heights[1] > heights[0] + 50


def test_the_report_prints_the_latest_inspection(sqlite_store: Store) -> None:
    first = _inspect(sqlite_store)
    again = grading.inspect_item(sqlite_store.db, sqlite_store.grader, first.item_code,
                                 {**ANSWERS, "battery_health": 95, "screen": "flawless",
                                  "body": "like_new"})
    text = PdfReader(io.BytesIO(render_inspection_report(
        sqlite_store.db, first.item_code))).pages[0].extract_text()
    assert again.verification_code in text and first.verification_code not in text


def test_an_item_never_inspected_has_no_report(sqlite_store: Store) -> None:
    code = items.receive_item(sqlite_store.db, sqlite_store.grader, category="3c.phone",
                              acquisition="buy_back").code
    with pytest.raises(NotInspected, match=f"Item {code} has not been inspected yet."):
        render_inspection_report(sqlite_store.db, code)


@pytest.mark.parametrize(("size", "language"), [("a5", "en"), ("a4", "fr")])
def test_unknown_paper_or_language_is_refused(sqlite_store: Store, size: str,
                                              language: str) -> None:
    view = _inspect(sqlite_store)
    with pytest.raises(ValidationError):
        render_inspection_report(sqlite_store.db, view.item_code, size=size, language=language)
