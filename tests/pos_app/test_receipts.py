"""Sale receipts as PDFs: sales rung up through the services, rendered at 58 and 80 mm in
English and Chinese, read back as text, and their QR codes scanned to find the sale again."""
from __future__ import annotations

import dataclasses
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from pos_app.domain.money import Money
from pos_app.domain.sale import Discount, Tender
from pos_app.printing.receipts import receipt_entries, render_receipt
from pos_app.services import sale_records, sales, stock
from tests.pos_app.counter_support import (
    cash,
    consigned_on_shelf,
    customer,
    on_shelf,
    open_drawer,
    ring,
    set_settings,
    yuan,
)
from tests.pos_app.pricing_support import decoded, pages_as_png

MM = 72 / 25.4


def receipt_text(pdf: bytes) -> str:
    """The receipt's words as one line of text, each printed line separated by a space."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1
    return " ".join(" ".join(line.split()) for line in pages[0].extract_text().splitlines())


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width) / MM, float(box.height) / MM


@pytest.mark.parametrize("width", [58, 80])
def test_a_cash_sale_shows_its_lines_tax_cash_and_change(store, width):
    open_drawer(store)
    a = on_shelf(store, "1289", brand="Apple", model="iPhone 13 128GB")
    b = on_shelf(store, "99", brand="Xiaomi", model="Band 7", grade="A")
    record = ring(store, a, b, tenders=[cash("1400")])
    pdf = render_receipt(record, width_mm=width, language="en")
    assert pdf.startswith(b"%PDF")
    assert page_size_mm(pdf)[0] == pytest.approx(width, abs=0.01)
    text = receipt_text(pdf)
    for expected in ("Green Loop 绿循环", "Sales receipt",
                     f"Receipt: {record.number}", "Counter: Counter 1", "Clerk: Clerk 测试",
                     "Apple iPhone 13 128GB", f"{a} · Grade B", "1 × ¥1,289.00 ¥1,289.00",
                     "Xiaomi Band 7", f"{b} · Grade A", "1 × ¥99.00 ¥99.00",
                     "Subtotal ¥1,388.00", "Incl. tax 13% ¥159.68", "Total ¥1,388.00",
                     "Cash ¥1,400.00", "Change ¥12.00"):
        assert expected in text, expected
    assert "Discount" not in text and "Customer" not in text and "VOIDED" not in text


def test_a_split_tender_shows_the_card_reference_and_the_cash_change(store):
    open_drawer(store, "100")
    code = on_shelf(store, "1000")
    record = ring(store, code, tenders=[Tender("card", yuan("800"), "T-778812"), cash("250")])
    text = receipt_text(render_receipt(record, width_mm=58, language="en"))
    assert "Bank card ¥800.00 Ref. T-778812 Cash ¥250.00 Change ¥50.00" in text
    zh = receipt_text(render_receipt(record, width_mm=58, language="zh_CN"))
    assert "银行卡 ¥800.00 凭证号 T-778812 现金 ¥250.00 找零 ¥50.00" in zh


def test_line_and_sale_discounts_are_shown_and_add_up(store):
    open_drawer(store)
    a, b = on_shelf(store, "1000"), on_shelf(store, "500")
    lines = [sales.BasketLine(a, discount=Discount("percent", Decimal(5))), sales.BasketLine(b)]
    record = sales.commit_sale(store.db, store.clerk, lines, [cash("1430")],
                               sale_discount=Discount("amount", yuan("20")),
                               customer_party_id=customer(store, "李娜"))
    assert record.total == yuan("1430")
    text = receipt_text(render_receipt(record, language="en"))
    # the line's own 5% and its share of the sale's ¥20, then the other line's share
    share_a, share_b = (line.discount for line in record.lines)
    assert (share_a, share_b) == (yuan("63.10"), yuan("6.90"))
    assert f"1 × ¥1,000.00 ¥1,000.00 Discount {(-share_a).format('zh_CN')}" in text
    assert f"1 × ¥500.00 ¥500.00 Discount {(-share_b).format('zh_CN')}" in text
    assert "Subtotal ¥1,500.00 Discounts -¥70.00" in text and "Total ¥1,430.00" in text
    assert "Customer: 李娜" in text


def test_a_chinese_receipt_prints_chinese_item_names_and_words(store):
    open_drawer(store)
    code = on_shelf(store, "2999", brand="华为", model="Mate 40 Pro 亮黑色")
    stock.add_stock_line(store.db, store.admin, sku="CHG-20W", name="USB-C 充电器 20W",
                         category="3c.phone", price=Money.of("59"), quantity=3)
    record = sales.commit_sale(store.db, store.clerk,
                               [sales.BasketLine(code), sales.BasketLine("CHG-20W", 2)],
                               [cash("3200")])
    for width in (58, 80):
        text = receipt_text(render_receipt(record, width_mm=width, language="zh_CN"))
        for expected in ("销售小票", f"单号：{record.number}", "收银员：Clerk 测试",
                         "华为 Mate 40 Pro 亮黑色", f"{code} · 成色 B", "USB-C 充电器 20W",
                         "2 × ¥59.00 ¥118.00", "小计 ¥3,117.00", "含税 13%", "合计 ¥3,117.00",
                         "现金 ¥3,200.00", "找零 ¥83.00", "天内", "退货"):
            assert expected in text, (width, expected)


def test_a_marked_down_consigned_item_shows_its_list_price(store):
    open_drawer(store)
    code, _party = consigned_on_shelf(store, "1000", markdowns=[[0, 20]])
    record = ring(store, code)
    assert record.lines[0].list_price == yuan("1000") and record.total == yuan("800")
    entries = receipt_entries(record, language="en")
    [marked] = [e for e in entries if e.was]
    assert (marked.left, marked.was, marked.right) == ("1 × ¥800.00", "¥1,000.00", "¥800.00")
    text = receipt_text(render_receipt(record, width_mm=58, language="en"))
    assert "1 × ¥800.00 ¥1,000.00 ¥800.00" in text and "Total ¥800.00" in text
    assert "¥480.00" not in text  # the consignor's share is not the customer's business


def test_tax_exclusive_prices_add_the_tax_and_cash_rounding_is_shown(store):
    set_settings(store, tax_inclusive=False, cash_rounding="1.00")
    open_drawer(store)
    code = on_shelf(store, "99.60")
    record = ring(store, code, tenders=[cash("200")])
    assert record.total == yuan("113") and record.rounding == yuan("0.45")
    text = receipt_text(render_receipt(record, language="en"))
    assert "Subtotal ¥99.60 Tax 13% ¥12.95 Cash rounding ¥0.45 Total ¥113.00" in text
    assert "Incl." not in text and "Change ¥87.00" in text
    zh = receipt_text(render_receipt(record, language="zh_CN"))
    assert "税额 13% ¥12.95 现金取整 ¥0.45 合计 ¥113.00" in zh


def test_the_return_policy_is_the_stores_own_or_the_standard_window(store):
    open_drawer(store)
    record = ring(store, on_shelf(store, "300"))
    standard = receipt_text(render_receipt(record, language="en"))
    until = record.return_until.isoformat()
    assert f"Items may be returned within 14 days, until {until}, with this receipt." in standard
    own = "七天无理由退货，请保留小票。"
    assert own in receipt_text(render_receipt(record, language="zh_CN", return_policy=own))


def test_a_voided_sale_says_so(store):
    open_drawer(store)
    record = ring(store, on_shelf(store, "300"))
    voided = dataclasses.replace(record, status="voided")
    text = receipt_text(render_receipt(voided, language="en"))
    assert text.count("VOIDED") == 2 and "no proof of payment" in text
    assert "已作废" in receipt_text(render_receipt(voided, width_mm=58, language="zh_CN"))


@pytest.mark.parametrize(("width", "language"), [(58, "zh_CN"), (80, "en")])
def test_the_qr_code_finds_the_sale_again(store, tmp_path, width, language):
    open_drawer(store)
    record = ring(store, on_shelf(store, "1289"), on_shelf(store, "99"),
                  tenders=[cash("1400")])
    [png] = pages_as_png(render_receipt(record, width_mm=width, language=language), tmp_path,
                         dpi=200)
    [(fmt, text, _x, _y)] = decoded(png)
    assert fmt == "QRCode" and text == record.qr
    found = sale_records.find_sale(store.db, text)
    assert (found.number, found.total) == (record.number, yuan("1388"))


def test_unknown_widths_and_languages_are_refused(store):
    open_drawer(store)
    record = ring(store, on_shelf(store, "300"))
    with pytest.raises(ValueError, match="mm wide"):
        render_receipt(record, width_mm=76)
    with pytest.raises(ValueError, match="language"):
        render_receipt(record, language="fr")
