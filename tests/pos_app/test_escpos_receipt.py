"""The receipt on an ESC/POS printer, written to python-escpos's Dummy printer: the bytes a
real printer would get, with the cash drawer kicked only when asked."""
from __future__ import annotations

import pytest
from escpos.constants import CD_KICK_2, PAPER_FULL_CUT
from escpos.printer import Dummy, Network, Usb

from pos_app.domain.sale import Tender
from pos_app.errors import ValidationError
from pos_app.printing import escpos_receipt
from pos_app.printing.escpos_receipt import (
    columns_of,
    print_receipt_escpos,
    printer_for,
    wrap_columns,
)
from tests.pos_app.counter_support import cash, on_shelf, open_drawer, ring, yuan

RASTER_IMAGE = b"\x1dv0"  # GS v 0: a line printed as a picture


def printed(record, **kw) -> bytes:
    printer = Dummy()
    print_receipt_escpos(printer, record, **kw)
    return printer.output


@pytest.fixture
def cash_sale(store):
    open_drawer(store)
    a = on_shelf(store, "1289", brand="Apple", model="iPhone 13 128GB")
    b = on_shelf(store, "99", brand="Xiaomi", model="Band 7")
    return ring(store, a, b, tenders=[cash("1400")])


@pytest.mark.parametrize("width", [58, 80])
def test_an_english_receipt_is_text_with_the_number_total_and_change(cash_sale, width):
    out = printed(cash_sale, width_mm=width, language="en", kick_drawer=False)
    for expected in (cash_sale.number, "Apple iPhone 13 128GB", "1,289.00", "Total (CNY)",
                     "1,388.00", "Cash", "1,400.00", "Change", "12.00", "Incl. tax 13%",
                     "Items may be returned"):
        assert expected.encode() in out, expected
    assert out.rstrip(b"\n").endswith(PAPER_FULL_CUT)
    assert CD_KICK_2 not in out
    columns = escpos_receipt.COLUMNS[width]
    text_lines = [line for line in out.split(b"\n") if line.isascii() and b"\x1b" not in line
                  and b"\x1d" not in line]
    assert text_lines and all(len(line) <= columns for line in text_lines)


def test_the_drawer_is_kicked_only_when_asked(cash_sale):
    plain = printed(cash_sale, language="en", kick_drawer=False)
    kicked = printed(cash_sale, language="en", kick_drawer=True)
    assert CD_KICK_2 not in plain and kicked.count(CD_KICK_2) == 1
    assert kicked.replace(CD_KICK_2, b"", 1) == plain  # the kick, and nothing else, added


def test_a_chinese_receipt_prints_its_words_as_pictures(cash_sale):
    out = printed(cash_sale, width_mm=58, language="zh_CN")
    assert RASTER_IMAGE in out
    assert cash_sale.number.encode() in out  # the number under the QR code stays text
    for chinese in ("合计", "现金", "测试"):  # never sent as text in any code page
        assert chinese.encode("gb18030") not in out and chinese.encode("utf-8") not in out


def test_the_split_tender_reference_is_printed(store):
    open_drawer(store, "100")
    record = ring(store, on_shelf(store, "1000"),
                  tenders=[Tender("card", yuan("800"), "T-778812"), cash("250")])
    out = printed(record, language="en")
    assert b"Ref. T-778812" in out and b"Change" in out and b"50.00" in out


def test_the_setting_names_the_printer():
    printer = printer_for("network:192.168.1.50")
    assert isinstance(printer, Network)
    assert (printer.host, printer.port) == ("192.168.1.50", 9100)
    if Usb.is_usable():
        usb = printer_for("usb:04b8:0e15")
        assert isinstance(usb, Usb) and usb.usb_args == {"idVendor": 0x04B8, "idProduct": 0x0E15}
    else:
        with pytest.raises(ValidationError, match="pyusb"):
            printer_for("usb:04b8:0e15")
    for bad in ("", "usb:zz:01", "serial:/dev/ttyS0"):
        with pytest.raises(ValidationError):
            printer_for(bad)


def test_lines_are_wrapped_to_the_printers_columns():
    assert columns_of("iPhone 13") == 9 and columns_of("华为 Mate") == 9
    assert wrap_columns("Apple 苹果 iPhone 13 128GB 午夜色", 12) == [
        "Apple 苹果", "iPhone 13", "128GB 午夜色"]
    assert all(columns_of(line) <= 10 for line in wrap_columns("一二三四五六七八九十" * 3, 10))
    assert wrap_columns("SH01-0000001R-LONG-CODE", 10) == ["SH01-00000", "01R-LONG-C", "ODE"]
