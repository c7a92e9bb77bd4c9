"""Labels as a customer and a scanner see them: every template rendered to PDF, its text read
back, its pages rendered to PNG at 300 dpi and every Code 128 and QR code decoded."""
from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from pos_app import clock
from pos_app.domain.codes import make_item_code
from pos_app.domain.item_states import ItemState
from pos_app.errors import InvalidItemCode, NotFound, ValidationError
from pos_app.printing import labels
from pos_app.printing.fonts import register_pdf_fonts
from pos_app.services import settings
from tests.pos_app.pricing_support import consignor, contract, decoded, make_item, pages_as_png

NAMES = [
    ("Apple 苹果", "iPhone 13 Pro 256GB 远峰蓝"),
    ("华为 Huawei", "Mate 60 Pro 512GB 雅丹黑"),
    ("", "红楼梦 人民文学出版社 第三版"),
    ("路易威登 Louis Vuitton LV", "Neverfull MM 老花托特包"),
    ("小米 Xiaomi", "小米 14 Ultra 钛金属特别版 16GB+1TB 白色"),
]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def shop(sqlite_store):
    """Priced items with Chinese names: bought back, consigned (one marked down), on the shelf."""
    party = consignor(sqlite_store)
    deal = contract(sqlite_store, party, [[30, 20], [60, 40]])
    codes = []
    for i, (brand, model) in enumerate(NAMES):
        consigned = i % 2 == 1
        codes.append(make_item(
            sqlite_store, brand=brand, model=model, grade=("A+", "A", "B", "C", "D")[i],
            price=str(1289 + 1000 * i), state=ItemState.ON_SHELF if i == 3 else ItemState.PRICED,
            acquisition="consignment" if consigned else "buy_back",
            owner=party if consigned else None, contract_id=deal if consigned else None,
            at=clock.now() - timedelta(days=45 if i == 3 else 0)))
    sqlite_store.party = party
    sqlite_store.codes = codes
    return sqlite_store


@pytest.mark.parametrize("template", sorted(labels.TEMPLATES))
def test_every_template_prints_names_prices_and_codes_that_scan(shop, template: str,
                                                                tmp_path: Path) -> None:
    codes = shop.codes * 2  # a code twice prints twice
    pdf = labels.render_labels(shop.db, codes, template=template, language="zh_CN")
    text = _squash("".join(_pdf_text(pdf)))
    for brand, model in NAMES:
        assert _squash(brand + model) in text
    for yuan in ("¥1,289.00", "¥2,289.00", "¥3,289.00", "¥5,289.00"):
        assert yuan in text
    assert "¥3,431.20" in text and "¥4,289.00−20%" in text  # on the shelf 45 days: −20%
    assert f"C#{shop.party}" in text and "成色A+" in text
    for code in shop.codes:
        assert code in text

    chosen = labels.TEMPLATES[template]
    pages = pages_as_png(pdf, tmp_path / template)
    assert len(pages) == -(-len(codes) // chosen.per_page)
    found = [decoded(png) for png in pages]
    expected = [codes[i:i + chosen.per_page] for i in range(0, len(codes), chosen.per_page)]
    for on_page, wanted in zip(found, expected, strict=True):
        assert sorted(t for f, t, *_ in on_page if f == "Code128") == sorted(wanted)
        assert sorted(t for f, t, *_ in on_page if f == "QRCode") == sorted(wanted)


def test_english_labels(shop) -> None:
    pdf = labels.render_labels(shop.db, shop.codes[:1], template="roll-50x30", language="en")
    text = _pdf_text(pdf)[0]
    assert "Grade A+" in text and "CN¥1,289.00" in text


@pytest.mark.parametrize(("template", "start", "count", "pages"), [
    ("a4-4x10", 38, 5, [3, 2]),
    ("a4-3x8", 5, 3, [3]),
    ("a4-3x8", 24, 2, [1, 1]),
])
def test_start_position_leaves_the_used_cells_empty(shop, tmp_path: Path, template: str,
                                                    start: int, count: int,
                                                    pages: list[int]) -> None:
    codes = (shop.codes * 2)[:count]
    pdf = labels.render_labels(shop.db, codes, template=template, start_position=start)
    found = [decoded(png) for png in pages_as_png(pdf, tmp_path)]
    assert [sum(1 for f, *_ in page if f == "Code128") for page in found] == pages
    chosen = labels.TEMPLATES[template]
    width, height = (v / 72 * 300 for v in chosen.page)  # the page in pixels at 300 dpi
    first_page = sorted(found[0], key=lambda r: (r[3], r[2]))
    for i, (_f, text, x, y) in enumerate(r for r in first_page if r[0] == "Code128"):
        cell = start - 1 + i
        left, bottom = chosen.origin(cell)
        assert text == codes[i]
        assert left / chosen.page[0] * width <= x <= (left + chosen.label[0]) / chosen.page[0] * width
        top_px = height - (bottom + chosen.label[1]) / chosen.page[1] * height
        assert top_px <= y <= top_px + chosen.label[1] / chosen.page[1] * height


def test_bad_requests_draw_nothing(shop) -> None:
    with pytest.raises(InvalidItemCode):
        labels.render_labels(shop.db, [shop.codes[0], "SH01-12"], template="a4-3x8")
    with pytest.raises(NotFound):
        labels.render_labels(shop.db, [shop.codes[0], make_item_code("SH01", 999)],
                             template="a4-3x8")
    unpriced = make_item(shop, state=ItemState.GRADED)
    with pytest.raises(ValidationError, match="no price yet"):
        labels.render_labels(shop.db, [unpriced], template="a4-3x8")
    with pytest.raises(ValidationError):
        labels.render_labels(shop.db, shop.codes, template="a5-2x2")
    for template, start in (("a4-4x10", 0), ("a4-4x10", 41), ("roll-40x30", 2)):
        with pytest.raises(ValidationError):
            labels.render_labels(shop.db, shop.codes, template=template, start_position=start)
    with pytest.raises(ValidationError):
        labels.render_labels(shop.db, [], template="a4-3x8")


def test_store_markdowns_show_on_labels_when_switched_on(shop) -> None:
    old = clock.now() - timedelta(days=40)
    code = make_item(shop, state=ItemState.ON_SHELF, price="100", at=old)
    assert "¥100.00" in _pdf_text(labels.render_labels(shop.db, [code], template="roll-40x30"))[0]
    settings.set_settings(shop.db, shop.admin, {"auto_markdown": True})
    text = _pdf_text(labels.render_labels(shop.db, [code], template="roll-40x30"))[0]
    assert "¥80.00" in text and "¥100.00" in text  # the store's default schedule: −20% at 30 days


@pytest.mark.parametrize("template", sorted(labels.TEMPLATES))
def test_a_long_name_shrinks_and_never_overflows(template: str) -> None:
    font = register_pdf_fonts()
    lay = labels._layout(labels.TEMPLATES[template])
    width = lay.x1 - lay.x0
    name = "华为 Huawei Mate 60 Pro+ 卫星通话版 1TB 砚黑 全网通 官方翻新 带原装充电器 和保护壳 九五新" * 3
    size, lines = labels._fit_name(name, font, width, lay.name_size, lay.name_min)
    assert len(lines) <= 2 and lay.name_min <= size <= lay.name_size
    assert all(stringWidth(line, font, size) <= width for line in lines)
    assert lines[-1].endswith("…")
    short = labels._fit_name("Penguin 1984", font, width, lay.name_size, lay.name_min)
    assert short == (lay.name_size, ("Penguin 1984",))
