"""Generated store databases for the benchmarks: N realistic items, built fast and cached.

The schema comes from the real migrations and the store from `stores.initialise_store`; the
items, their history, the audit chain and the outbox, and the receipts of the past sales (a
closed shift a day, each sold item a cash sale of one line with its drawer movement) are then
bulk-loaded straight into the tables (this is the generator, not the app's path). Everything is
deterministic for a seed.

    python -m bench.generate --items 1000000 [--seed 1] [--db postgresql+psycopg://...]

A SQLite build is cached as bench/data/store-<items>-s<seed>-g<version>.db with a .json beside
it; a PostgreSQL build is made in the (empty) database given and remembered the same way.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from pos_app import clock
from pos_app.db import migrate
from pos_app.db.engine import sqlite_path
from pos_app.domain.codes import make_item_code
from pos_app.domain.item_states import ONLY_FOR, TRANSITIONS, Acquisition, ItemState
from pos_app.domain.roles import Role
from pos_app.domain.search_terms import short_terms
from pos_app.models import AuditHead, Category, Counter, Item, Store, User
from pos_app.services import journal, stores, users
from pos_app.services.store_db import open_store

GENERATOR_VERSION = 5  # bump when the data changes, so stale caches are not reused
DEFAULT_SEED = 1
DATA_DIR = Path(__file__).resolve().with_name("data")
MIGRATIONS = Path(__file__).resolve().parents[1] / "pos_app" / "db" / "migrations" / "versions"
MIGRATION_FILES = (MIGRATIONS / "0001_initial_store_schema.py", MIGRATIONS / "0002_short_search_terms.py")

STORE_CODE = "SH01"
ADMIN = ("admin", "Admin 管理员", "2468")
CLERK = ("clerk", "Clerk 店员", "1357")
HISTORY_END = datetime(2026, 10, 31, 18, 0, tzinfo=UTC)
HISTORY_DAYS = 3 * 365
CHUNK = 50_000
AUDITED_SHARE = 10  # the newest 1/AUDITED_SHARE of the items get audit and outbox rows
UNSENT_OUTBOX = 500  # the newest outbox rows are still waiting for the platform
PARTIES_PER_ITEM = 40  # one party (seller, consignor) per this many items
SHIFT_FLOAT = 50_000  # each day's shift opens with 500 yuan in the drawer
# One busy Saturday (a clearance sale) for the daily report's benchmark: exactly BUSY_SALES
# receipts on that UTC day, the extra ones rung from 10:00 to 18:00 China time (02:00-10:00 UTC,
# the same local day in UTC and in China), taken from items bought in the 30 days before it.
BUSY_DAY = date(2026, 10, 24)
BUSY_SALES = 10_000
BUSY_HOURS = (2, 10)  # UTC
BUSY_LOOKBACK_DAYS = 30

# --- the vocabulary ------------------------------------------------------------------------------

COLOURS = ["黑色 black", "白色 white", "蓝色 blue", "金色 gold", "银色 silver", "红色 red",
           "粉色 pink", "灰色 grey", "绿色 green", "紫色 purple"]
SIZES = ["S", "M", "L", "XL", "XXL", "110cm", "130cm", "150cm"]
NOTES = [
    "屏幕有轻微划痕", "minor scratches on screen", "电池健康 87%", "battery health 91%",
    "原装充电器", "original charger included", "包装盒齐全", "box included", "成色九成新", "like new",
    "边框磕碰", "dent on corner", "已清除数据", "data wiped", "保修期内", "under warranty",
    "无拆无修", "never repaired", "面容正常", "Face ID works", "有使用痕迹", "signs of wear",
    "干洗过", "dry-cleaned", "吊牌还在", "tags attached", "书页泛黄", "yellowed pages",
    "有笔记", "notes in margins", "寄卖价格不议", "owner asks firm price", "缺少遥控器",
    "missing remote", "配件齐全", "all accessories", "外观完好", "good condition", "需要清洁",
    "needs cleaning", "九五新", "八成新", "全新未拆封", "sealed new", "功能正常", "fully working",
    "轻微褪色", "slightly faded", "线头松动", "loose thread", "拉链顺滑", "zip runs smoothly",
    "防伪码可查", "authenticity card", "发票在", "receipt kept", "后壳裂纹", "cracked back",
]
# category code -> (share of items, cost range in fen, [(brand, [models])])
CATALOGUE: dict[str, tuple[int, tuple[int, int], list[tuple[str, list[str]]]]] = {
    "3c.phone": (26, (20_000, 600_000), [
        ("Apple 苹果", ["iPhone 11 64GB", "iPhone 12 128GB", "iPhone 13 Pro 256GB", "iPhone 14 128GB",
                      "iPhone 15 Pro Max 512GB", "iPhone SE 64GB", "iPhone XR 128GB"]),
        ("华为 Huawei", ["Mate 40 Pro", "Mate 60 Pro 512GB", "P50 Pocket", "nova 9 SE", "畅享 50"]),
        ("小米 Xiaomi", ["Redmi Note 12 Turbo", "小米 13 256GB", "小米 14 Ultra", "Redmi K60"]),
        ("OPPO", ["Reno 8 Pro", "Find X6", "A96 8G+128G"]),
        ("vivo", ["X90 Pro", "iQOO 11", "S17e"]),
        ("三星 Samsung", ["Galaxy S21 FE", "Galaxy S23 Ultra", "Galaxy Z Flip4"]),
        ("荣耀 Honor", ["Magic 5 Pro", "X40 GT", "Play 7T"]),
    ]),
    "3c.tablet": (5, (30_000, 500_000), [
        ("Apple 苹果", ["iPad Air 4", "iPad Pro 11 2021", "iPad mini 6", "iPad 9 64GB"]),
        ("华为 Huawei", ["MatePad 11", "MatePad Pro 12.6"]),
        ("小米 Xiaomi", ["小米平板 6", "Redmi Pad"]),
        ("联想 Lenovo", ["小新 Pad Pro", "拯救者 Y700"]),
    ]),
    "3c.laptop": (5, (80_000, 1_200_000), [
        ("Apple 苹果", ["MacBook Air M1 8G", "MacBook Pro 14 M2", "MacBook Air M2 16G"]),
        ("联想 Lenovo", ["ThinkPad X1 Carbon", "小新 Pro 14", "拯救者 Y9000P"]),
        ("戴尔 Dell", ["XPS 13 9310", "灵越 Inspiron 14"]),
        ("华为 Huawei", ["MateBook 14", "MateBook X Pro"]),
        ("惠普 HP", ["战66 五代", "Envy 13"]),
    ]),
    "3c.camera": (3, (50_000, 1_500_000), [
        ("佳能 Canon", ["EOS R6", "EOS 80D", "G7 X Mark III"]),
        ("尼康 Nikon", ["Z6 II", "D750", "Z fc"]),
        ("索尼 Sony", ["A7 III", "ZV-1", "A6400"]),
        ("富士 Fujifilm", ["X-T4", "X100V", "instax mini 11"]),
    ]),
    "3c.audio": (4, (5_000, 200_000), [
        ("Apple 苹果", ["AirPods Pro", "AirPods 3", "HomePod mini"]),
        ("索尼 Sony", ["WH-1000XM4", "WF-1000XM4"]),
        ("Bose", ["QC45", "SoundLink Flex"]),
        ("漫步者 Edifier", ["W820NB", "R1700BT"]),
        ("JBL", ["Charge 5", "Flip 6"]),
    ]),
    "3c.watch": (3, (10_000, 300_000), [
        ("Apple 苹果", ["Watch Series 7 45mm", "Watch SE 40mm"]),
        ("华为 Huawei", ["Watch GT 3", "Watch 4 Pro"]),
        ("小米 Xiaomi", ["小米手环 8", "Watch S1"]),
        ("佳明 Garmin", ["Forerunner 255", "fenix 7"]),
    ]),
    "3c.console": (2, (50_000, 350_000), [
        ("任天堂 Nintendo", ["Switch OLED", "Switch Lite", "Switch 续航版"]),
        ("索尼 Sony", ["PlayStation 5", "PS4 Pro"]),
        ("微软 Microsoft", ["Xbox Series X", "Xbox Series S"]),
    ]),
    "3c.accessory": (2, (500, 15_000), [
        ("安克 Anker", ["充电器 65W", "移动电源 10000mAh"]),
        ("绿联 Ugreen", ["Type-C 数据线", "扩展坞 6合1"]),
        ("Apple 苹果", ["20W USB-C 充电头", "MagSafe 充电器"]),
    ]),
    "clothing.women": (14, (1_000, 80_000), [
        ("优衣库 Uniqlo", ["羊毛大衣 wool coat", "针织衫 cardigan", "牛仔裤 jeans"]),
        ("Zara", ["连衣裙 dress", "西装外套 blazer"]),
        ("H&M", ["半身裙 skirt", "衬衫 blouse"]),
        ("太平鸟 Peacebird", ["羽绒服 down jacket", "风衣 trench coat"]),
        ("ONLY", ["毛衣 sweater", "阔腿裤 wide trousers"]),
    ]),
    "clothing.men": (10, (1_000, 80_000), [
        ("耐克 Nike", ["卫衣 hoodie", "Air Force 1 运动鞋 sneakers"]),
        ("阿迪达斯 Adidas", ["夹克 jacket", "Stan Smith 板鞋"]),
        ("李宁 Li-Ning", ["运动裤 track pants", "韦德之道 篮球鞋"]),
        ("海澜之家 HLA", ["衬衫 shirt", "西裤 trousers"]),
        ("优衣库 Uniqlo", ["摇粒绒 fleece", "羽绒服 down jacket"]),
    ]),
    "clothing.kids": (6, (500, 30_000), [
        ("巴拉巴拉 Balabala", ["儿童外套 kids coat", "童装套装 outfit"]),
        ("安奈儿 Annil", ["儿童羽绒服 kids down jacket", "连衣裙 dress"]),
        ("Gap Kids", ["卫衣 hoodie", "牛仔裤 jeans"]),
    ]),
    "bags": (5, (20_000, 3_000_000), [
        ("路易威登 Louis Vuitton LV", ["Neverfull MM", "Speedy 30", "钱包 wallet"]),
        ("古驰 Gucci", ["Marmont 单肩包", "Dionysus 托特包 tote"]),
        ("蔻驰 Coach", ["Tabby 26", "双肩包 backpack"]),
        ("普拉达 Prada", ["Re-Edition 2005", "尼龙背包 nylon backpack"]),
        ("Michael Kors MK", ["Jet Set 托特包", "斜挎包 crossbody"]),
    ]),
    "appliances": (6, (3_000, 400_000), [
        ("美的 Midea", ["电饭煲 rice cooker", "微波炉 microwave"]),
        ("九阳 Joyoung", ["豆浆机 soymilk maker", "破壁机 blender"]),
        ("飞利浦 Philips", ["电动牙刷 toothbrush", "空气炸锅 air fryer"]),
        ("戴森 Dyson", ["V10 吸尘器 vacuum", "Supersonic 吹风机 hair dryer"]),
        ("小熊 Bear", ["酸奶机 yogurt maker", "电炖锅 slow cooker"]),
    ]),
    "books": (7, (100, 5_000), [
        ("人民文学出版社", ["红楼梦", "活着 To Live", "平凡的世界"]),
        ("重庆出版社", ["三体 The Three-Body Problem", "三体 II 黑暗森林"]),
        ("Penguin", ["One Hundred Years of Solitude", "Pride and Prejudice", "1984"]),
        ("商务印书馆", ["新华字典 第12版", "现代汉语词典"]),
        ("中信出版社", ["人类简史 Sapiens", "原则 Principles"]),
        ("Bloomsbury", ["Harry Potter 哈利波特", "The Kite Runner 追风筝的人"]),
    ]),
    "furniture": (2, (5_000, 500_000), [
        ("宜家 IKEA", ["书桌 desk MALM", "沙发 sofa KIVIK", "书架 BILLY bookcase"]),
        ("全友 Quanu", ["餐桌 dining table", "衣柜 wardrobe"]),
        ("顾家 KUKA", ["真皮沙发 leather sofa", "床 bed frame"]),
        ("林氏木业", ["办公椅 office chair", "电视柜 TV stand"]),
    ]),
}
ACQUISITIONS = [(Acquisition.BUY_BACK, 45), (Acquisition.CONSIGNMENT, 30),
                (Acquisition.STORE_STOCK, 14), (Acquisition.LEASE_STOCK, 5),
                (Acquisition.MATCHMAKING, 6)]
# half the items have been sold (sold or paid out): 500,000 past sales in a million items
STATES = [(ItemState.RECEIVED, 4), (ItemState.GRADED, 3), (ItemState.PRICED, 3),
          (ItemState.LABELLED, 3), (ItemState.ON_SHELF, 21), (ItemState.RESERVED, 2),
          (ItemState.SOLD, 43), (ItemState.RETURNED, 1), (ItemState.PAID_OUT, 5),
          (ItemState.RENTED_OUT, 2), (ItemState.RETURNED_TO_OWNER, 3), (ItemState.DONATED, 2),
          (ItemState.LOTTED_OUT, 3), (ItemState.WRITTEN_OFF, 1)]
GRADES = [("A", 25), ("B", 40), ("C", 25), ("D", 10)]
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "Smith", "Lee", "Wong"]
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "Anna", "David", "Mei"]


def search_words() -> list[str]:
    """Words a clerk types into the item search: brands, models, note words, both languages."""
    words: set[str] = set()
    for _share, _cost, brands in CATALOGUE.values():
        for brand, models in brands:
            words.update(brand.split())
            for model in models:
                words.update(model.split())
    for text in NOTES + COLOURS:
        words.update(text.split())
    words.update(SHORT_WORDS)
    return sorted(w for w in words if len(w) >= 2 and not w.endswith("%"))


# Two-character words, the commonest Chinese search words, some of which match nothing here
SHORT_WORDS = ["划痕", "屏幕", "电池", "耳机", "华为", "小米", "书桌", "12", "13", "xs", "qq"]


# --- the rows ------------------------------------------------------------------------------------


@dataclass
class Ids:
    """What the generator needs from the initialised store."""

    store_id: int
    counter_id: int
    counter_no: int
    admin_id: int
    clerk_id: int
    categories: dict[str, int]
    tax_bp: dict[int, int]  # category id -> its tax rate (the store's when it has none)
    audit_seq: int
    audit_hash: str


def _cum(weights: Sequence[int]) -> list[int]:
    total, out = 0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def _previous_state(acq: Acquisition, state: ItemState) -> ItemState | None:
    """A state the item could have come from (the history's last move)."""
    if state == ItemState.RECEIVED:
        return None
    for (frm, to) in TRANSITIONS:
        if to == state and frm != ItemState.RETURNED and (frm not in ONLY_FOR or acq in ONLY_FOR[frm]):
            return frm
    raise AssertionError(f"no way into {state}")


def _fmt(moment: datetime) -> str:
    """A UTC datetime as SQLAlchemy stores DateTime on SQLite (always with microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class RowMaker:
    """Yields the rows of every bulk-loaded table, chunk by chunk, from one random stream."""

    def __init__(self, items: int, seed: int, ids: Ids) -> None:
        self.n, self.ids, self.rng = items, ids, random.Random(seed)
        self.start = HISTORY_END - timedelta(days=HISTORY_DAYS)
        self.parties = max(1, items // PARTIES_PER_ITEM)
        cats = list(CATALOGUE)
        self.cat_codes, self.cat_cum = cats, _cum([CATALOGUE[c][0] for c in cats])
        self.acq, self.acq_cum = [a for a, _ in ACQUISITIONS], _cum([w for _, w in ACQUISITIONS])
        self.states_for: dict[Acquisition, tuple[list[ItemState], list[int]]] = {}
        for acq in Acquisition:
            allowed = [(s, w) for s, w in STATES if s not in ONLY_FOR or acq in ONLY_FOR[s]]
            self.states_for[acq] = ([s for s, _ in allowed], _cum([w for _, w in allowed]))
        self.grades, self.grade_cum = [g for g, _ in GRADES], _cum([w for _, w in GRADES])
        self.previous = {(a, s): _previous_state(a, s) for a in Acquisition for s in ItemState}
        self.first_audited = items - items // AUDITED_SHARE + 1
        self.audit_seq, self.audit_hash = ids.audit_seq, ids.audit_hash
        self.event_id = 0
        self.sale_id = 0
        self.in_shift: dict[int, int] = {}  # shift id -> receipts numbered in it so far
        self.busy_from = datetime.combine(BUSY_DAY, day_time(BUSY_HOURS[0]), UTC)
        self.busy_to = datetime.combine(BUSY_DAY, day_time(BUSY_HOURS[1]), UTC)
        self.busy_day = (datetime.combine(BUSY_DAY, day_time(), UTC),
                         datetime.combine(BUSY_DAY + timedelta(days=1), day_time(), UTC))
        self.busy_sales = 0
        self.busy_rng = random.Random(seed * 1000 + 5)  # its own stream: the rest stays as it was

    def party_rows(self) -> list[tuple]:
        rng, out = self.rng, []
        for pid in range(1, self.parties + 1):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            phone = f"1{rng.randint(3, 9)}{rng.randint(0, 999_999_999):09d}"
            created = self.start + timedelta(seconds=rng.randint(0, HISTORY_DAYS * 86_400))
            out.append((pid, self.ids.store_id, "person", name, phone, None, True,
                        rng.random() < 0.5, rng.random() < 0.1, rng.random() < 0.3, False, "",
                        created))
        return out

    def shift_rows(self) -> list[tuple]:
        """A closed shift on the counter for every day of the history; what each drawer should
        have held is filled in from its cash movements once they are loaded (SHIFT_TOTALS)."""
        out = []
        for day in range(HISTORY_DAYS + 1):
            opened = self.start + timedelta(days=day)
            closed = min(opened + timedelta(days=1, seconds=-1), HISTORY_END)
            out.append((day + 1, self.ids.store_id, self.ids.counter_id, self.ids.clerk_id, opened,
                        SHIFT_FLOAT, self.ids.clerk_id, closed))
        return out

    def chunks(self) -> Iterator[tuple[list[tuple], ...]]:
        """Rows of ROW_TABLES, in that order, CHUNK items at a time."""
        for lo in range(1, self.n + 1, CHUNK):
            yield self._chunk(lo, min(self.n + 1, lo + CHUNK))

    def _busy(self, created: datetime, sold_at: datetime) -> datetime:
        """When a sale happens, given the busy day: the first BUSY_SALES sales that fall on it or
        whose item came in within BUSY_LOOKBACK_DAYS before it are rung on it; a sale that would
        fall on it once it is full is rung the day after (so the day has exactly BUSY_SALES)."""
        day_from, day_to = self.busy_day
        if day_from <= sold_at < day_to:
            if self.busy_sales < BUSY_SALES:
                self.busy_sales += 1
                return sold_at
            return sold_at + timedelta(days=1)
        if (self.busy_sales < BUSY_SALES and created < self.busy_from
                and created >= day_from - timedelta(days=BUSY_LOOKBACK_DAYS)):
            self.busy_sales += 1
            span = (self.busy_to - self.busy_from).total_seconds()
            return self.busy_from + timedelta(seconds=self.busy_rng.random() * span)
        return sold_at

    def _receipt(self, receipts: tuple[list, list, list, list], item: tuple, user: int) -> None:
        """A sold item's receipt: a cash sale of one line in its day's shift, paid exactly (the
        difference to the shelf price a line discount), with the drawer movement."""
        (i, code, store_id, category_id, brand, model, *_rest) = item
        grade, price, sold, at = item[8], item[12], item[20], item[21]
        shift = (at - self.start).days + 1
        self.in_shift[shift] = n = self.in_shift.get(shift, 0) + 1
        self.sale_id += 1
        number = f"{STORE_CODE}{self.ids.counter_no:02d}-{shift}-{n}"
        bp = self.ids.tax_bp[category_id]
        tax = (sold * bp + (10_000 + bp) // 2) // (10_000 + bp)
        off = price - sold
        sales, lines, tenders, cash = receipts
        sales.append((self.sale_id, number, store_id, self.ids.counter_id, shift, "sale",
                      "completed", user, at, True, price, off, tax, sold, 0, 0, ""))
        lines.append((self.sale_id, self.sale_id, 1, "item", i, code, f"{brand} {model}"[:200],
                      grade, category_id, 1, price, price, off, 0, sold, tax, sold, bp, item[11],
                      "amount" if off else None, f"{off / 100:.2f}" if off else None, 0, 0))
        tenders.append((self.sale_id, self.sale_id, shift, "cash", sold, "", at))
        cash.append((self.sale_id, shift, "sale", sold, number, at, user))

    def _chunk(self, lo: int, hi: int):
        rng, ids = self.rng, self.ids
        span = HISTORY_DAYS * 86_400
        items, events, audits, outbox = [], [], [], []
        receipts: tuple[list, list, list, list] = ([], [], [], [])
        for i in range(lo, hi):
            cat = self.cat_codes[_pick(rng, self.cat_cum)]
            _share, (lo_cost, hi_cost), brands = CATALOGUE[cat]
            brand, models = brands[int(rng.random() * len(brands))]
            model = models[int(rng.random() * len(models))]
            if cat.startswith("clothing"):
                model = f"{model} {SIZES[int(rng.random() * len(SIZES))]}"
            if rng.random() < 0.5:
                model = f"{model} {COLOURS[int(rng.random() * len(COLOURS))]}"
            notes = "，".join(rng.sample(NOTES, int(rng.random() * 4)))
            acq = self.acq[_pick(rng, self.acq_cum)]
            states, cum = self.states_for[acq]
            state = states[_pick(rng, cum)]
            created = self.start + timedelta(seconds=span * (i - 0.5) / self.n + rng.random())
            changed = created + timedelta(seconds=int(rng.random() * 30 * 86_400) + 60)
            changed = min(changed, HISTORY_END)
            if state == ItemState.RECEIVED:
                changed = created
            grade = None if state == ItemState.RECEIVED else self.grades[_pick(rng, self.grade_cum)]
            cost = rng.randint(lo_cost, hi_cost) // 100 * 100
            priced = state not in (ItemState.RECEIVED, ItemState.GRADED)
            price = cost * rng.choice((15, 18, 20, 25)) // 1000 * 100 if priced else None
            if price is not None and price <= 0:
                price = 100
            in_store = state in (ItemState.RECEIVED, ItemState.GRADED, ItemState.PRICED,
                                 ItemState.LABELLED, ItemState.ON_SHELF, ItemState.RESERVED,
                                 ItemState.RETURNED)
            location = f"{'ABCDEFGH'[i % 8]}-{rng.randint(1, 40):02d}" if in_store else ""
            owner = (rng.randint(1, self.parties)
                     if acq in (Acquisition.CONSIGNMENT, Acquisition.MATCHMAKING) else None)
            attributes = {"colour": model.rsplit(" ", 1)[-1]} if rng.random() < 0.3 else {}
            sold_minor = sold_at = None
            if state in SALE_STATES:  # the till's price, after any discount, in whole yuan
                sold_minor = max(100, price * rng.randint(90, 100) // 10_000 * 100)
                sold_at = changed
                if state == ItemState.PAID_OUT:  # the consignor was paid some days after
                    sold_at = max(created, changed - timedelta(seconds=rng.randint(0, 14 * 86_400)))
                sold_at = self._busy(created, sold_at)
                changed = sold_at if state == ItemState.SOLD else max(changed, sold_at)
            user = ids.clerk_id if rng.random() < 0.8 else ids.admin_id
            code = make_item_code(STORE_CODE, i)
            prev = self.previous[(acq, state)]
            version = 1 if prev is None else 2
            items.append((i, code, ids.store_id, ids.categories[cat], brand, model,
                          json.dumps(attributes, ensure_ascii=False), notes, grade, acq.value,
                          owner, cost, price, location, state.value, changed, created, user,
                          version, short_terms(brand, model, notes), sold_minor, sold_at))
            self.event_id += 1
            events.append((self.event_id, i, None, ItemState.RECEIVED.value, created, user,
                           ids.counter_id, "", None))
            if prev is not None:
                self.event_id += 1
                events.append((self.event_id, i, prev.value, state.value, changed, user,
                               ids.counter_id, "", None))
            if i >= self.first_audited:
                self._audit(audits, outbox, i, created, user, code, state, grade, price, acq,
                            brand, model, version, cat)
            if sold_at is not None:
                self._receipt(receipts, items[-1], user)
        return (items, events, audits, outbox, *receipts)

    def _audit(self, audits: list, outbox: list, i: int, at: datetime, user: int, code: str,
               state: ItemState, grade, price, acq: Acquisition, brand: str, model: str,
               version: int, cat: str) -> None:
        """item.received for the newest items: a real hash chain entry and its outbox row."""
        ids = self.ids
        data = {"code": code, "state": state.value, "grade": grade, "price_minor": price,
                "acquisition": acq.value, "brand": brand, "model": model, "version": version,
                "category": cat}
        payload = journal.canonical_json(data)
        seq = self.audit_seq + 1
        digest = journal.entry_hash(self.audit_hash, seq, at, ids.store_id, ids.counter_id, user,
                                    "item.received", "item", code, payload)
        audits.append((seq, at, ids.store_id, ids.counter_id, user, "item.received", "item", code,
                       payload, self.audit_hash, digest))
        self.audit_seq, self.audit_hash = seq, digest
        sent = None if i > self.n - UNSENT_OUTBOX else at + timedelta(seconds=30)
        event_id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        outbox.append((event_id, ids.store_id, ids.counter_id, at, "item.received", "item", code,
                       payload, sent, 1 if sent else 0, None))


def _pick(rng: random.Random, cum: list[int]) -> int:
    x = rng.random() * cum[-1]
    for idx, c in enumerate(cum):
        if x < c:
            return idx
    return len(cum) - 1


ITEM_COLS = ("id", "code", "store_id", "category_id", "brand", "model", "attributes", "notes",
             "grade", "acquisition", "owner_party_id", "cost_minor", "price_minor", "location",
             "state", "state_changed_at", "created_at", "created_by_id", "version", "search_terms",
             "sold_minor", "sold_at")
EVENT_COLS = ("id", "item_id", "from_state", "to_state", "at", "user_id", "counter_id", "reason",
              "authorisation_id")
AUDIT_COLS = ("seq", "at", "store_id", "counter_id", "user_id", "action", "entity_type",
              "entity_id", "data", "prev_hash", "hash")
OUTBOX_COLS = ("event_id", "store_id", "counter_id", "created_at", "event_type", "aggregate",
               "aggregate_id", "payload", "sent_at", "attempts", "last_error")
PARTY_COLS = ("id", "store_id", "kind", "name", "phone", "email", "is_seller", "is_consignor",
              "is_renter", "is_buyer", "blocked", "notes", "created_at")
SHIFT_COLS = ("id", "store_id", "counter_id", "opened_by_id", "opened_at", "opening_float_minor",
              "closed_by_id", "closed_at")
SALE_COLS = ("id", "number", "store_id", "counter_id", "shift_id", "kind", "status",
             "created_by_id", "created_at", "tax_inclusive", "subtotal_minor", "discount_minor",
             "tax_minor", "total_minor", "rounding_minor", "change_minor", "note")
SALE_LINE_COLS = ("id", "sale_id", "position", "kind", "item_id", "code", "description", "grade",
                  "category_id", "quantity", "unit_minor", "list_minor", "line_discount_minor",
                  "sale_discount_minor", "net_minor", "tax_minor", "total_minor", "tax_rate_bp",
                  "cost_minor", "discount_kind", "discount_value", "consignor_share_minor",
                  "returned_quantity")
TENDER_COLS = ("id", "sale_id", "shift_id", "kind", "amount_minor", "reference", "at")
CASH_COLS = ("id", "shift_id", "kind", "amount_minor", "reference", "at", "user_id")
# what RowMaker.chunks yields, table by table (the order loads them without breaking a foreign key)
ROW_TABLES = (("items", ITEM_COLS), ("item_events", EVENT_COLS), ("audit_log", AUDIT_COLS),
              ("sync_outbox", OUTBOX_COLS), ("sales", SALE_COLS), ("sale_lines", SALE_LINE_COLS),
              ("tenders", TENDER_COLS), ("cash_movements", CASH_COLS))
SHIFT_TOTALS = ("UPDATE shifts SET expected_minor = opening_float_minor + coalesce((SELECT "
                "sum(amount_minor) FROM cash_movements m WHERE m.shift_id = shifts.id), 0), "
                "counted_minor = opening_float_minor + coalesce((SELECT sum(amount_minor) FROM "
                "cash_movements m WHERE m.shift_id = shifts.id), 0)")
DATETIME_COLS = {"state_changed_at", "created_at", "at", "sent_at", "sold_at", "opened_at",
                 "closed_at"}
SALE_STATES = (ItemState.SOLD, ItemState.PAID_OUT)


def migration_search_sql() -> tuple[list[str], list[str], list[str], list[str]]:
    """The migrations' own search-index statements: (SQLite trigram FTS5 + triggers, PostgreSQL
    trigram, SQLite short-terms FTS5 + triggers, PostgreSQL short-terms index)."""
    modules = []
    for path in MIGRATION_FILES:
        spec = importlib.util.spec_from_file_location(f"_bench_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        modules.append(module)
    first, second = modules
    return (list(first.SQLITE_SEARCH), list(first.POSTGRES_SEARCH), list(second.SQLITE),
            list(second.POSTGRES))


# --- loading -------------------------------------------------------------------------------------


def _initialise(url: str) -> Ids:
    """Schema by the migrations, store by initialise_store, and a clerk to act in the benchmarks."""
    db = open_store(url)
    try:
        with clock.set_to(HISTORY_END - timedelta(days=HISTORY_DAYS + 1)):
            admin = stores.initialise_store(db, store_name="Bench Store 基准店", store_code=STORE_CODE,
                                            admin_username=ADMIN[0], admin_display_name=ADMIN[1],
                                            admin_secret=ADMIN[2])
            users.create_user(db, admin, CLERK[0], CLERK[1], Role.CLERK, CLERK[2])
        with db.read() as s:
            head = s.get(AuditHead, 1)
            counter_id, counter_no = s.execute(select(Counter.id, Counter.number)
                                               .order_by(Counter.id).limit(1)).one()
            store_bp = s.scalar(select(Store.tax_rate_bp).where(Store.id == admin.store_id))
            return Ids(
                store_id=admin.store_id,
                counter_id=counter_id,
                counter_no=counter_no,
                admin_id=admin.user_id,
                clerk_id=s.scalar(select(User.id).where(User.username == CLERK[0])),
                categories=dict(s.execute(select(Category.code, Category.id)).all()),
                tax_bp={cid: store_bp if bp is None else bp
                        for cid, bp in s.execute(select(Category.id, Category.tax_rate_bp))},
                audit_seq=head.seq, audit_hash=head.hash,
            )
    finally:
        db.close()


def _sqlite_rows(rows: list[tuple], cols: Sequence[str]) -> list[tuple]:
    idx = [i for i, c in enumerate(cols) if c in DATETIME_COLS]
    if not idx:
        return rows
    out = []
    for row in rows:
        row = list(row)
        for i in idx:
            if row[i] is not None:
                row[i] = _fmt(row[i])
        out.append(tuple(row))
    return out


def _insert_sql(table: str, cols: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def _load_sqlite(path: Path, maker: RowMaker, log: Callable[[str], None]) -> dict[str, int]:
    sqlite_sql, _, sqlite_terms, _ = migration_search_sql()
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-262144")
        con.execute("PRAGMA temp_store=MEMORY")
        for name in ("items_fts_insert", "items_fts_delete", "items_fts_update",
                     "items_terms_insert", "items_terms_delete", "items_terms_update"):
            con.execute(f"DROP TRIGGER {name}")
        con.execute("BEGIN")
        con.executemany(_insert_sql("parties", PARTY_COLS),
                        _sqlite_rows(maker.party_rows(), PARTY_COLS))
        con.executemany(_insert_sql("shifts", SHIFT_COLS),
                        _sqlite_rows(maker.shift_rows(), SHIFT_COLS))
        counts = dict.fromkeys((table for table, _ in ROW_TABLES), 0)
        for chunk in maker.chunks():
            for (table, cols), rows in zip(ROW_TABLES, chunk, strict=True):
                con.executemany(_insert_sql(table, cols), _sqlite_rows(rows, cols))
                counts[table] += len(rows)
            log(f"  {counts['items']:,} items")
        con.execute(SHIFT_TOTALS)
        con.execute("UPDATE audit_head SET seq=?, hash=? WHERE id=1", (maker.audit_seq, maker.audit_hash))
        con.execute("UPDATE code_sequences SET next_value=? WHERE store_id=?",
                    (maker.n + 1, maker.ids.store_id))
        con.execute("COMMIT")
        counts["sales"] = con.execute("SELECT count(*) FROM items WHERE sold_at IS NOT NULL").fetchone()[0]
        log("  building the text-search index")
        con.execute("INSERT INTO items_fts(items_fts) VALUES('rebuild')")
        con.execute("INSERT INTO items_terms(items_terms) VALUES('rebuild')")
        for statement in sqlite_sql[1:] + sqlite_terms[1:]:  # the triggers, as the migrations make them
            con.execute(statement)
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()
    return counts


def _load_postgres(url: str, maker: RowMaker, log: Callable[[str], None]) -> dict[str, int]:
    import psycopg

    _, pg_sql, _, pg_terms = migration_search_sql()
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    counts = dict.fromkeys((table for table, _ in ROW_TABLES), 0)
    with psycopg.connect(conninfo) as con:
        con.execute("DROP INDEX IF EXISTS ix_items_search_trgm")
        con.execute("DROP INDEX IF EXISTS ix_items_short_terms")

        def copy(table: str, cols: Sequence[str], rows: list[tuple]) -> None:
            naive = [i for i, c in enumerate(cols) if c in DATETIME_COLS]
            with con.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
                for row in rows:
                    if naive:
                        row = list(row)
                        for i in naive:
                            if row[i] is not None:
                                row[i] = row[i].astimezone(UTC).replace(tzinfo=None)
                    cp.write_row(row)

        copy("parties", PARTY_COLS, maker.party_rows())
        copy("shifts", SHIFT_COLS, maker.shift_rows())
        for chunk in maker.chunks():
            for (table, cols), rows in zip(ROW_TABLES, chunk, strict=True):
                copy(table, cols, rows)
                counts[table] += len(rows)
            log(f"  {counts['items']:,} items")
        con.execute(SHIFT_TOTALS)
        con.execute("UPDATE audit_head SET seq=%s, hash=%s WHERE id=1", (maker.audit_seq, maker.audit_hash))
        con.execute("UPDATE code_sequences SET next_value=%s WHERE store_id=%s",
                    (maker.n + 1, maker.ids.store_id))
        for table in ("parties", "shifts", *(table for table, _ in ROW_TABLES)):
            con.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 1) FROM {table}))")
        counts["sales"] = con.execute("SELECT count(*) FROM items WHERE sold_at IS NOT NULL").fetchone()[0]
        log("  building the text-search index")
        con.execute(pg_sql[-1])
        for statement in pg_terms:
            con.execute(statement)
        con.commit()
        con.autocommit = True
        con.execute("ANALYZE")  # what autovacuum would have done on a store this size
    return counts


# --- the cache -----------------------------------------------------------------------------------


@dataclass
class Dataset:
    url: str
    items: int
    seed: int
    seconds: float  # how long the build took (when it was built, not now)
    built_at: str
    counts: dict[str, int]
    store_code: str = STORE_CODE
    clerk: tuple[str, str, str] = CLERK
    generator: int = GENERATOR_VERSION
    fingerprint: str = ""  # the schema head and the code scheme the data was made with
    cached: bool = False

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)


def dataset_path(items: int, seed: int = DEFAULT_SEED, data_dir: Path = DATA_DIR) -> Path:
    return Path(data_dir) / f"store-{items}-s{seed}-g{GENERATOR_VERSION}.db"


def _meta_path(items: int, seed: int, data_dir: Path, url: str | None) -> Path:
    if url is None:
        return dataset_path(items, seed, data_dir).with_suffix(".json")
    key = hashlib.sha1(make_url(url).render_as_string(hide_password=True).encode()).hexdigest()[:12]
    return Path(data_dir) / f"pg-{key}-{items}-s{seed}-g{GENERATOR_VERSION}.json"


def ensure_dataset(items: int, seed: int = DEFAULT_SEED, *, db_url: str | None = None,
                   data_dir: Path = DATA_DIR, rebuild: bool = False,
                   log: Callable[[str], None] = print) -> Dataset:
    """The generated database of `items` items for `seed`, built unless a finished one exists."""
    if items < 1:
        raise ValueError("a dataset needs at least one item")
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    ignore = data_dir / ".gitignore"  # the cache is never committed, whatever the repo ignores
    if not ignore.exists():
        ignore.write_text("# generated benchmark stores\n*\n")
    meta = _meta_path(items, seed, data_dir, db_url)
    target = dataset_path(items, seed, data_dir)
    ready = meta.exists() and (db_url is not None or target.exists())
    if ready and not rebuild:
        found = json.loads(meta.read_text())
        if found.get("fingerprint") == fingerprint() and (db_url is None or _holds(db_url, items)):
            found["clerk"] = tuple(found["clerk"])
            return Dataset(**found | {"cached": True, "url": db_url or f"sqlite:///{target}"})
        log("The cached store was made by an older schema or code scheme: building it again.")
        if db_url is not None:
            raise SystemExit("Give an empty PostgreSQL database to build the store again.")
    log(f"Generating a store of {items:,} items (seed {seed})…")
    t0 = time.perf_counter()
    if db_url is None:
        building = target.with_name(target.name + ".building")
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm"), target, meta):
            leftover.unlink(missing_ok=True)
        ids = _initialise(f"sqlite:///{building}")
        counts = _load_sqlite(building, RowMaker(items, seed, ids), log)
        os.replace(building, target)
        url = f"sqlite:///{target}"
    else:
        _refuse_non_empty(db_url)
        ids = _initialise(db_url)
        counts = _load_postgres(db_url, RowMaker(items, seed, ids), log)
        url = db_url
    seconds = time.perf_counter() - t0
    dataset = Dataset(url=url, items=items, seed=seed, seconds=round(seconds, 1),
                      built_at=datetime.now(UTC).isoformat(timespec="seconds"), counts=counts,
                      fingerprint=fingerprint())
    record = asdict(dataset)
    record.pop("cached")
    record.pop("url")
    meta.write_text(json.dumps(record, indent=1))
    log(f"Generated in {seconds:.1f} s: {url if db_url is None else 'the PostgreSQL database'}")
    return dataset


def fingerprint() -> str:
    """Changes when the migrations' head or the item code scheme does: the cache is then stale."""
    return f"{migrate.head_revision()}:{make_item_code(STORE_CODE, 1)}:{make_item_code(STORE_CODE, 99_999)}"


def _holds(url: str, items: int) -> bool:
    """Whether the database at `url` still holds the generated store (it may have been dropped)."""
    try:
        db = open_store(url, upgrade=False)
    except Exception:  # noqa: BLE001 - gone or unreachable: not the store we built
        return False
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(Item)) >= items
    except Exception:  # noqa: BLE001
        return False
    finally:
        db.close()


def _refuse_non_empty(url: str) -> None:
    db = open_store(url)
    try:
        if stores.is_initialised(db):
            raise SystemExit("That database already holds a store; give an empty database "
                             "for the generated one.")
    finally:
        db.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--db", metavar="URL", help="an empty PostgreSQL database (default: a cached SQLite file)")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--rebuild", action="store_true", help="build again even if cached")
    args = parser.parse_args(argv)
    ds = ensure_dataset(args.items, args.seed, db_url=args.db, data_dir=args.data_dir,
                        rebuild=args.rebuild, log=lambda m: print(m, file=sys.stderr, flush=True))
    print(json.dumps({"url": ds.url, "items": ds.items, "seconds": ds.seconds, "cached": ds.cached,
                      "counts": ds.counts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
