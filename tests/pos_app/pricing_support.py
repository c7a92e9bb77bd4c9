"""Items at every stage of pricing, made through the item services, for the pricing, label and
label-queue tests. Sales are recorded as the counter will record them (state `sold`, with the
sold price and moment on the item), backdated with the store's clock."""
from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import zxingcpp
from PIL import Image
from sqlalchemy import func, select

from pos_app import clock
from pos_app.domain.item_states import ItemState
from pos_app.domain.money import Money
from pos_app.models import ConsignmentContract, Intake, Item, LabelJob, PriceChange
from pos_app.services import items, parties, pricing

PHONE = "3c.phone"


def _moves(s, store, item, to: ItemState, price: Money | None, grade: str) -> None:
    path = [ItemState.GRADED, ItemState.PRICED, ItemState.LABELLED, ItemState.ON_SHELF,
            ItemState.SOLD]
    for state in path[: path.index(to) + 1]:
        items.move(s, store.admin, item, state, grade=grade if state == ItemState.GRADED else None,
                   price=price if state == ItemState.PRICED else None)


def make_item(store, *, brand: str = "Apple 苹果", model: str = "iPhone 13 128GB", grade: str = "B",
              price: str | None = "1289", state: ItemState = ItemState.PRICED,
              category: str = PHONE, acquisition: str = "buy_back", owner: int | None = None,
              at: datetime | None = None, floor: str | None = None,
              contract_id: int | None = None) -> str:
    """One item taken to `state` in one transaction (at `at` on the store's clock)."""
    with clock.set_to(at or clock.now()), store.db.write() as s:
        item = items.add_received(s, store.admin, category=category, acquisition=acquisition,
                                  brand=brand, model=model, owner_party_id=owner)
        item.floor_minor = None if floor is None else Money.of(floor).minor
        item.contract_id = contract_id
        if state != ItemState.RECEIVED:
            _moves(s, store, item, state, None if price is None else Money.of(price), grade)
        return item.code


def sell(store, *, sold: str, days_ago: float, brand: str = "Apple 苹果",
         model: str = "iPhone 13 128GB", grade: str = "B", category: str = PHONE) -> str:
    """An item sold `days_ago` days back for `sold` yuan."""
    at = clock.now() - timedelta(days=days_ago)
    with clock.set_to(at), store.db.write() as s:
        item = items.add_received(s, store.admin, category=category, acquisition="buy_back",
                                  brand=brand, model=model)
        _moves(s, store, item, ItemState.SOLD, Money.of(sold), grade)
        item.sold_minor, item.sold_at = Money.of(sold).minor, at
        return item.code


def consignor(store, name: str = "王芳") -> int:
    return parties.add_party(store.db, store.admin, name, is_consignor=True).id


def contract(store, party_id: int, markdowns: list[list[int]]) -> int:
    """A consignment contract with its drop-off, as the consignment intake writes them."""
    with store.db.write() as s:
        intake = Intake(store_id=store.store_id, kind="consignment", status="completed",
                        party_id=party_id, created_by_id=store.admin.user_id)
        s.add(intake)
        s.flush()
        row = ConsignmentContract(store_id=store.store_id, number=f"CT-{intake.id:05d}",
                                  party_id=party_id, intake_id=intake.id, consignor_share_bp=6000,
                                  starts_on=date(2026, 1, 1), expires_on=date(2027, 1, 1),
                                  at_expiry="return", markdowns=markdowns)
        s.add(row)
        s.flush()
        return row.id


def item_row(store, code: str) -> Item:
    with store.db.read() as s:
        item = s.scalars(select(Item).where(Item.code == code)).one()
        s.expunge(item)
        return item


def rows(store) -> dict[str, int]:
    """Rows of the tables pricing and labels write."""
    with store.db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (PriceChange, LabelJob)} | store.counts()


def pages_as_png(pdf: bytes, folder: Path, dpi: int = 300) -> list[Path]:
    """Every page of `pdf` as a PNG, as pdftoppm renders them."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "labels.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")],
                   check=True)
    return sorted(folder.glob("page-*.png"))


def decoded(png: Path) -> list[tuple[str, str, int, int]]:
    """(format, text, x, y of the symbol's centre) of every barcode and QR code on the page."""
    found = []
    for r in zxingcpp.read_barcodes(Image.open(png)):
        p = r.position
        cx = (p.top_left.x + p.top_right.x + p.bottom_left.x + p.bottom_right.x) // 4
        cy = (p.top_left.y + p.top_right.y + p.bottom_left.y + p.bottom_right.y) // 4
        found.append((r.format.name, r.text, cx, cy))
    return found


__all__ = ["PHONE", "consignor", "contract", "decoded", "item_row", "make_item", "pages_as_png",
           "pricing", "rows", "sell"]
