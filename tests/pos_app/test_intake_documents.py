"""The papers of an intake, rendered for real: text read back with pypdf (Chinese included),
pages rendered to PNG with pdftoppm, and the listing card's QR code read by a decoder."""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A6, A7
from reportlab.lib.units import mm

from pos_app.domain.money import Money
from pos_app.errors import ValidationError
from pos_app.printing import intake_documents as docs
from pos_app.services import intake
from tests.conftest import needs_pdftoppm
from tests.pos_app.intake_support import imei, open_drawer, person

PHONE = imei("35391110123456")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _pages(pdf: bytes, folder: Path, dpi: int = 200) -> list[Path]:
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")],
                   check=True)
    return sorted(folder.glob("page*.png"))


def _sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height))
            for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def buy_back(sqlite_store):
    store = sqlite_store
    open_drawer(store, "3000")
    draft = intake.start_intake(store.db, store.clerk, "buy_back", person(store))
    intake.add_line(store.db, store.clerk, draft.id, category="3c.phone", brand="华为",
                    model="Mate 40 Pro 亮黑色", serial=PHONE, amount=Money.of("1500"))
    intake.add_line(store.db, store.clerk, draft.id, category="clothing.women", brand="优衣库",
                    model="羽绒服", amount=Money.of("45.50"))
    return intake.complete_intake(store.db, store.clerk, draft.id, payment_method="cash")


@pytest.mark.parametrize("language, words", [
    ("zh_CN", ["回收收据", "卖方签名", "本人声明", "现金"]),
    ("en", ["Buy-back receipt", "Seller's signature", "mine to sell", "Cash"]),
])
def test_one_drop_off_prints_one_receipt_for_the_seller_to_sign(buy_back, language, words):
    pdf = docs.render_buy_back_receipt(buy_back.intake, language=language)
    [(width, _)] = _sizes(pdf)  # one page for the whole drop-off
    assert width == pytest.approx(80 * mm)
    text = _text(pdf)
    for expected in [*words, "Green Loop 绿循环", buy_back.intake.number, *buy_back.item_codes,
                     "华为 Mate 40 Pro 亮黑色", "优衣库 羽绒服", "¥1,500.00", "¥45.50", "¥1,545.50",
                     "李**", "110***********002X", "*" * 11 + PHONE[-4:]]:
        assert expected in text
    assert PHONE not in text and "李小明" not in text and "13812345678" not in text


@needs_pdftoppm
def test_the_receipt_renders_to_an_image(buy_back, tmp_path):
    [png] = _pages(docs.render_buy_back_receipt(buy_back.intake), tmp_path, dpi=100)
    image = Image.open(png)
    assert image.width == round(80 / 25.4 * 100) and image.height > image.width
    assert image.convert("L").getextrema()[0] < 50  # something dark was printed


def test_a_consignment_agreement_lists_items_terms_and_the_markdown_schedule(sqlite_store):
    store = sqlite_store
    draft = intake.start_intake(store.db, store.clerk, "consignment",
                                person(store, "陈静", phone="13900002222", id_number=None))
    intake.set_terms(store.db, store.clerk, draft.id, consignor_share_percent="62.5",
                     fee=Money.of("8"), days=60, at_expiry="store_stock")
    intake.add_line(store.db, store.clerk, draft.id, category="bags", brand="Louis Vuitton",
                    model="Speedy 30 老花手袋", amount=Money.of("4800"), floor=Money.of("4000"))
    intake.add_line(store.db, store.clerk, draft.id, category="clothing.women", brand="Max Mara",
                    model="羊绒大衣", amount=Money.of("1200"))
    done = intake.complete_intake(store.db, store.clerk, draft.id)
    contract = done.intake.contract
    zh = docs.render_consignment_agreement(done.intake, language="zh_CN")
    assert all(size == pytest.approx(A4) for size in _sizes(zh))
    text = _text(zh)
    for expected in ["寄卖协议", contract.number, *done.item_codes, "Speedy 30 老花手袋", "羊绒大衣",
                     "¥4,800.00", "¥4,000.00", "¥1,200.00", "62.5%", "37.5%", "¥8.00",
                     contract.expires_on.isoformat(), "归本店所有", "30 天", "−20%", "60 天", "−40%",
                     "寄卖人签名", "店方签章", "陈*", "139****2222"]:
        assert expected in text
    assert "陈静" not in text and "13900002222" not in text
    en = _text(docs.render_consignment_agreement(done.intake, language="en"))
    for expected in ["Consignment agreement", "Markdown schedule", "30 days", "Consignor's signature",
                     "taken over as the store's own stock", "receives 62.5% of the sale price"]:
        assert expected in en


@pytest.fixture
def listing(sqlite_store):
    store = sqlite_store
    draft = intake.start_intake(store.db, store.clerk, "matchmaking",
                                person(store, "赵敏", id_number=None))
    intake.set_terms(store.db, store.clerk, draft.id, contact_preference="wechat")
    intake.add_line(store.db, store.clerk, draft.id, category="furniture", brand="宜家",
                    model="实木书桌 一米二", amount=Money.of("399"))
    intake.add_line(store.db, store.clerk, draft.id, category="books", brand="三体",
                    model="全集 典藏版", amount=Money.of("88"))
    return intake.complete_intake(store.db, store.clerk, draft.id)


@needs_pdftoppm
@pytest.mark.parametrize("size, page", [("a6", A6), ("a7", A7)])
def test_listing_cards_carry_a_readable_qr_code_of_the_item(listing, size, page, tmp_path):
    pdf = docs.render_listing_cards(listing.intake, size=size, language="zh_CN")
    assert _sizes(pdf) == [pytest.approx(page)] * 2  # a card per item
    text = _text(pdf)
    for expected in ["宜家 实木书桌 一米二", "三体 全集 典藏版", "¥399.00", "¥88.00", "微信",
                     *listing.item_codes]:
        assert expected in text
    read = []
    for png in _pages(pdf, tmp_path):
        read.append([r.text for r in zxingcpp.read_barcodes(Image.open(png))
                     if r.format == zxingcpp.BarcodeFormat.QRCode])
    assert read == [[f"CPL:{code}"] for code in listing.item_codes]


def test_the_paper_follows_the_kind_of_intake(listing, buy_back, sqlite_store):
    store = sqlite_store
    card = docs.print_intake(store.db, store.clerk, listing.intake.id, language="en")
    assert "For sale by its owner" in _text(card) and "on WeChat" in _text(card)
    receipt = docs.print_intake(store.db, store.clerk, buy_back.intake.id)
    assert "回收收据" in _text(receipt)
    with pytest.raises(ValidationError, match="not of the kind"):
        docs.render_consignment_agreement(buy_back.intake)
    draft = intake.start_intake(store.db, store.clerk, "buy_back")
    with pytest.raises(ValidationError, match="not completed yet"):
        docs.print_intake(store.db, store.clerk, draft.id)
    with pytest.raises(ValueError):
        docs.render_buy_back_receipt(buy_back.intake, language="fr")


def test_serials_are_masked_but_their_last_four():
    assert docs.mask_serial("353911101234566") == "***********4566"
    assert docs.mask_serial("AB12") == "AB12"
