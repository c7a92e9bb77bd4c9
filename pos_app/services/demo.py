"""A realistic demo store, written through the real services so every row is one a user could make.

Same seed, same store: all choices come from `random.Random(seed)` and every timestamp from the
seed and a fixed calendar (the history ends on DEMO_END), never from today. Each item is taken in
and moved along a legal path of its life cycle, one service call (one transaction) per move, in
the order of the store's own clock, so the audit chain and the outbox read like real days.
"""
from __future__ import annotations

import heapq
import random
from collections import Counter as Tally
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from sqlalchemy import event, select
from stdnum import ean, luhn

from pos_app.clock import set_to
from pos_app.domain.item_states import TERMINAL, TRANSITIONS, Acquisition, ItemState, next_states
from pos_app.domain.money import Money, currency_exponent
from pos_app.domain.roles import Actor, Permission, Role
from pos_app.errors import DomainError, ValidationError
from pos_app.models import User
from pos_app.services import catalog, items, parties, stores, users
from pos_app.services.store_db import StoreDB
from pos_app.services.users import ManagerOverride

DEMO_STORE_NAME = "Circular Demo Store"
DEMO_STORE_CODE = "DEMO"
DEMO_END = date(2026, 11, 1)  # the history covers the `days` days before this date
OPEN_AT_UTC = time(2, 0)  # 10:00 in the store (UTC+8)
OPEN_SECONDS = 11 * 3600  # open until 21:00
HOUR = 3600

S, A, P = ItemState, Acquisition, Permission

# username, display name, role, PIN, counter name (None: the back office)
DEMO_USERS: list[tuple[str, str, Role, str, str | None]] = [
    ("admin", "陈静 Chen Jing", Role.ADMIN, "1234", None),
    ("manager1", "王芳 Wang Fang", Role.MANAGER, "2222", "Counter 1"),
    ("manager2", "David Li 李大卫", Role.MANAGER, "2223", "Counter 2"),
    ("clerk1", "张伟 Zhang Wei", Role.CLERK, "1111", "Counter 1"),
    ("clerk2", "刘洋 Liu Yang", Role.CLERK, "1112", "Counter 2"),
    ("clerk3", "Emma Zhou 周雨桐", Role.CLERK, "1113", "Counter 1"),
    ("grader1", "赵磊 Zhao Lei", Role.GRADER, "3333", None),
    ("grader2", "孙丽 Sun Li", Role.GRADER, "3334", None),
    ("kiosk1", "花园小区回收柜 Garden Kiosk", Role.KIOSK, "4444", "Kiosk – Garden Compound"),
]
DEMO_COUNTERS = [("Counter 1", "counter"), ("Counter 2", "counter"),
                 ("Kiosk – Garden Compound", "kiosk")]
KIOSK_COUNTER = "Kiosk – Garden Compound"


@dataclass(frozen=True)
class DemoSummary:
    store_code: str
    store_name: str
    logins: list[tuple[str, str, str]]  # (username, role, PIN) of the accounts the demo made
    items_by_state: dict[str, int]
    items: int
    parties: int
    days: int
    kept_users: list[str] = field(default_factory=list)  # demo names already there: PIN kept


# ---------------------------------------------------------------------------------------------
# What the store deals in: (brand, model, resale value of a grade-A piece in yuan, variants)

PHONES = [
    ("Apple", "iPhone 11", 900, ("64GB", "128GB", "256GB")),
    ("Apple", "iPhone 12", 1300, ("64GB", "128GB", "256GB")),
    ("Apple", "iPhone 13", 2000, ("128GB", "256GB", "512GB")),
    ("Apple", "iPhone 13 Pro", 2800, ("128GB", "256GB", "512GB", "1TB")),
    ("Apple", "iPhone 14", 2600, ("128GB", "256GB", "512GB")),
    ("Apple", "iPhone 14 Pro Max", 4300, ("128GB", "256GB", "512GB", "1TB")),
    ("Apple", "iPhone 15", 3700, ("128GB", "256GB", "512GB")),
    ("Apple", "iPhone 15 Pro", 4900, ("128GB", "256GB", "512GB", "1TB")),
    ("Apple", "iPhone 15 Pro Max", 5800, ("256GB", "512GB", "1TB")),
    ("Huawei 华为", "Mate 40 Pro", 1800, ("256GB", "512GB")),
    ("Huawei 华为", "Mate 50 Pro", 2600, ("256GB", "512GB")),
    ("Huawei 华为", "Mate 60 Pro", 4200, ("256GB", "512GB", "1TB")),
    ("Huawei 华为", "P50 Pro", 2100, ("256GB", "512GB")),
    ("Huawei 华为", "P60 Pro", 3300, ("256GB", "512GB")),
    ("Xiaomi 小米", "Xiaomi 13", 1700, ("128GB", "256GB", "512GB")),
    ("Xiaomi 小米", "Xiaomi 14", 2600, ("256GB", "512GB")),
    ("Xiaomi 小米", "Redmi Note 12 Turbo", 900, ("256GB", "512GB")),
    ("OPPO", "Reno10 Pro", 1400, ("256GB", "512GB")),
    ("OPPO", "Find X6 Pro", 2600, ("256GB", "512GB")),
    ("vivo", "X90 Pro", 2300, ("256GB", "512GB")),
    ("vivo", "S17", 1200, ("256GB", "512GB")),
    ("Honor 荣耀", "Magic5 Pro", 2100, ("256GB", "512GB")),
]
STORAGE_FACTOR = {"64GB": 0.85, "128GB": 1.0, "256GB": 1.15, "512GB": 1.35, "1TB": 1.55}

CATALOGUE: dict[str, list[tuple[str, str, int, tuple[str, ...]]]] = {
    "3c.phone": PHONES,
    "3c.tablet": [
        ("Apple", "iPad (9th generation)", 1300, ("64GB", "256GB")),
        ("Apple", "iPad Air 5", 2700, ("64GB", "256GB")),
        ("Apple", "iPad Pro 11 (M2)", 4500, ("128GB", "256GB", "512GB")),
        ("Huawei 华为", "MatePad 11", 1200, ("128GB", "256GB")),
        ("Xiaomi 小米", "Xiaomi Pad 6", 1100, ("128GB", "256GB")),
    ],
    "3c.laptop": [
        ("Lenovo 联想", "ThinkPad X1 Carbon Gen 10", 4800,
         ("i7-1260P/16GB/512GB", "i5-1240P/16GB/512GB")),
        ("Lenovo 联想", "ThinkPad T14 Gen 3", 3200, ("i5-1235U/16GB/512GB", "R7-6850U/32GB/1TB")),
        ("Lenovo 联想", "小新 Pro 14", 2800, ("R7-6800H/16GB/512GB",)),
        ("Apple", "MacBook Air 13 (M1)", 3300, ("8GB/256GB", "16GB/512GB")),
        ("Apple", "MacBook Air 13 (M2)", 5000, ("8GB/256GB", "16GB/512GB")),
        ("Apple", "MacBook Pro 14 (M1 Pro)", 7200, ("16GB/512GB", "32GB/1TB")),
        ("Huawei 华为", "MateBook 14", 2900, ("i5-1240P/16GB/512GB",)),
        ("Dell", "XPS 13 9315", 3500, ("i7-1250U/16GB/512GB",)),
    ],
    "3c.camera": [
        ("Canon 佳能", "EOS R6", 9500, ("机身 body only", "RF 24-105 套机 kit")),
        ("Canon 佳能", "EOS 200D II", 2600, ("EF-S 18-55 套机 kit",)),
        ("Sony 索尼", "A7 III", 7200, ("机身 body only", "FE 28-70 套机 kit")),
        ("Sony 索尼", "ZV-E10", 3100, ("16-50 套机 kit",)),
        ("Fujifilm 富士", "X-T30 II", 5200, ("XC 15-45 套机 kit",)),
        ("Nikon 尼康", "Z5", 5300, ("机身 body only",)),
        ("DJI 大疆", "Osmo Pocket 3", 2600, ("标准版 standard", "全能套装 creator combo")),
    ],
    "3c.audio": [
        ("Apple", "AirPods Pro 2", 1000, ("USB-C", "Lightning")),
        ("Sony 索尼", "WH-1000XM5", 1500, ("黑色 Black", "铂金银 Silver")),
        ("Sony 索尼", "WH-1000XM4", 1000, ("黑色 Black", "午夜蓝 Blue")),
        ("Bose", "QuietComfort 45", 1000, ("黑色 Black", "白色 White")),
        ("Huawei 华为", "FreeBuds Pro 3", 700, ("冰霜银 Silver", "雅川青 Green")),
        ("Marshall", "Emberton II", 700, ("黑铜色 Black & Brass",)),
    ],
    "3c.watch": [
        ("Apple", "Apple Watch Series 8 45mm", 1600, ("GPS", "GPS + Cellular")),
        ("Apple", "Apple Watch Series 9 41mm", 2000, ("GPS", "GPS + Cellular")),
        ("Huawei 华为", "Watch GT 4 46mm", 900, ("黑色氟橡胶 black strap", "棕色真皮 brown leather")),
        ("Xiaomi 小米", "Smart Band 8", 150, ("NFC",)),
        ("Garmin 佳明", "Forerunner 255", 1200, ("标准版 standard",)),
    ],
    "3c.console": [
        ("Nintendo 任天堂", "Switch OLED", 1500, ("港版 HK", "国行 CN")),
        ("Nintendo 任天堂", "Switch Lite", 700, ("港版 HK", "日版 JP")),
        ("Sony 索尼", "PlayStation 5 (光驱版 disc)", 2300, ("国行 CN", "日版 JP")),
        ("Sony 索尼", "PlayStation 4 Pro 1TB", 900, ("国行 CN",)),
        ("Microsoft 微软", "Xbox Series X", 2100, ("国行 CN",)),
    ],
    "clothing.women": [
        ("Uniqlo 优衣库", "高级轻型羽绒服 Ultra Light Down jacket", 200, ()),
        ("Zara", "西装外套 Blazer", 220, ()),
        ("Uniqlo 优衣库", "羊毛开衫 Merino cardigan", 80, ()),
        ("ONLY", "高腰牛仔裤 High-rise jeans", 120, ()),
        ("Zara", "碎花连衣裙 Floral midi dress", 160, ()),
        ("MO&Co.", "风衣 Trench coat", 450, ()),
    ],
    "clothing.men": [
        ("Uniqlo 优衣库", "摇粒绒外套 Fleece jacket", 70, ()),
        ("Zara", "羊毛大衣 Wool coat", 380, ()),
        ("Nike 耐克", "Air Force 1 运动鞋 sneakers", 350, ()),
        ("Adidas 阿迪达斯", "三叶草连帽卫衣 Originals hoodie", 180, ()),
        ("Jack & Jones 杰克琼斯", "牛津纺衬衫 Oxford shirt", 90, ()),
        ("The North Face 北面", "1996 Nuptse 羽绒服 down jacket", 900, ()),
    ],
    "clothing.kids": [
        ("Balabala 巴拉巴拉", "儿童羽绒服 Kids' down jacket", 120, ()),
        ("Uniqlo 优衣库", "童装套装 Kids' set", 50, ()),
        ("Nike 耐克", "儿童运动鞋 Kids' trainers", 180, ()),
        ("Annil 安奈儿", "女童连衣裙 Girls' dress", 90, ()),
    ],
    "bags": [
        ("Coach 蔻驰", "Tabby 26", 2200, ()),
        ("Coach 蔻驰", "Willow 托特包 tote", 1500, ()),
        ("Louis Vuitton 路易威登", "Neverfull MM", 8800, ()),
        ("Louis Vuitton 路易威登", "Speedy 30", 6200, ()),
        ("Gucci 古驰", "GG Marmont 小号 small", 9500, ()),
        ("Michael Kors", "Jet Set 托特包 tote", 800, ()),
        ("MCM", "Stark 双肩包 backpack", 3200, ()),
    ],
    "appliances": [
        ("Dyson 戴森", "V12 Detect Slim 吸尘器 vacuum", 2400, ()),
        ("Dyson 戴森", "V10 吸尘器 vacuum", 1500, ()),
        ("Dyson 戴森", "Supersonic HD08 吹风机 hair dryer", 1800, ()),
        ("Dyson 戴森", "Airwrap 美发造型器 styler", 2100, ()),
        ("Midea 美的", "微波炉 M1-L213B microwave", 220, ()),
        ("Midea 美的", "电饭煲 MB-FB40 rice cooker", 150, ()),
        ("Xiaomi 米家", "空气净化器 4 Pro air purifier", 600, ()),
        ("Philips 飞利浦", "空气炸锅 HD9252 air fryer", 260, ()),
        ("Panasonic 松下", "吹风机 EH-NA9A hair dryer", 500, ()),
    ],
    "books": [
        ("重庆出版社", "《三体》刘慈欣", 25, ()),
        ("作家出版社", "《活着》余华", 15, ()),
        ("北京十月文艺出版社", "《平凡的世界》路遥 全三册", 45, ()),
        ("人民文学出版社", "《围城》钱钟书", 18, ()),
        ("人民文学出版社", "《红楼梦》曹雪芹", 30, ()),
        ("南海出版公司", "《百年孤独》加西亚·马尔克斯", 28, ()),
        ("中国海关出版社", "《明朝那些事儿》当年明月 全七册", 60, ()),
        ("中信出版社", "《人类简史》尤瓦尔·赫拉利", 30, ()),
        ("人民文学出版社", "《小王子》圣埃克苏佩里", 10, ()),
        ("南海出版公司", "《解忧杂货店》东野圭吾", 16, ()),
        ("译林出版社", "《1984》乔治·奥威尔", 14, ()),
        ("高等教育出版社", "《高等数学》同济大学 第七版", 20, ()),
        ("O'Reilly", "Fluent Python, 2nd edition", 80, ()),
    ],
    "furniture": [
        ("IKEA 宜家", "KALLAX 卡莱克 4x4 搁架 shelf unit", 350, ()),
        ("IKEA 宜家", "POÄNG 波昂 扶手椅 armchair", 400, ()),
        ("IKEA 宜家", "MALM 马尔姆 六斗柜 chest of 6 drawers", 500, ()),
        ("IKEA 宜家", "LACK 拉克 边桌 side table", 40, ()),
        ("IKEA 宜家", "BILLY 毕利 书柜 bookcase", 200, ()),
        ("源氏木语", "实木餐桌 solid oak dining table", 900, ()),
        ("QuanU 全友", "布艺三人沙发 3-seat fabric sofa", 1200, ()),
    ],
}
CATEGORY_WEIGHT = {"3c.phone": 26, "3c.tablet": 6, "3c.laptop": 8, "3c.camera": 4, "3c.audio": 6,
                   "3c.watch": 4, "3c.console": 4, "clothing.women": 10, "clothing.men": 8,
                   "clothing.kids": 5, "bags": 5, "appliances": 7, "books": 10, "furniture": 4}
_ACQ = (A.BUY_BACK, A.CONSIGNMENT, A.STORE_STOCK, A.LEASE_STOCK, A.MATCHMAKING)
ACQUISITION_WEIGHT = {  # buy-back, consignment, store stock, lease stock, matchmaking
    "3c.phone": (60, 15, 10, 3, 12), "3c.tablet": (55, 15, 10, 8, 12),
    "3c.laptop": (45, 15, 10, 18, 12), "3c.camera": (35, 20, 5, 30, 10),
    "3c.audio": (55, 15, 15, 5, 10), "3c.watch": (50, 20, 15, 5, 10),
    "3c.console": (40, 10, 10, 30, 10), "clothing.women": (45, 30, 20, 0, 5),
    "clothing.men": (45, 30, 20, 0, 5), "clothing.kids": (45, 30, 20, 0, 5),
    "bags": (25, 40, 5, 15, 15), "appliances": (45, 10, 15, 10, 20),
    "books": (60, 5, 30, 0, 5), "furniture": (30, 15, 5, 5, 45),
}
TARGET_WEIGHT: dict[Acquisition, dict[ItemState, int]] = {
    A.BUY_BACK: {S.RECEIVED: 3, S.GRADED: 3, S.PRICED: 3, S.LABELLED: 3, S.ON_SHELF: 30,
                 S.RESERVED: 3, S.SOLD: 35, S.RETURNED: 2, S.DONATED: 2, S.LOTTED_OUT: 4,
                 S.WRITTEN_OFF: 2},
    A.CONSIGNMENT: {S.RECEIVED: 2, S.GRADED: 2, S.PRICED: 2, S.LABELLED: 2, S.ON_SHELF: 30,
                    S.RESERVED: 2, S.SOLD: 15, S.RETURNED: 1, S.PAID_OUT: 25,
                    S.RETURNED_TO_OWNER: 8, S.DONATED: 2, S.WRITTEN_OFF: 1},
    A.LEASE_STOCK: {S.RECEIVED: 2, S.GRADED: 3, S.PRICED: 2, S.LABELLED: 2, S.ON_SHELF: 35,
                    S.RENTED_OUT: 40, S.RESERVED: 2, S.SOLD: 5, S.RETURNED: 1, S.WRITTEN_OFF: 3},
    A.STORE_STOCK: {S.RECEIVED: 3, S.GRADED: 2, S.PRICED: 3, S.LABELLED: 3, S.ON_SHELF: 45,
                    S.RESERVED: 4, S.SOLD: 35, S.RETURNED: 2, S.LOTTED_OUT: 1, S.WRITTEN_OFF: 1},
    A.MATCHMAKING: {S.RECEIVED: 2, S.GRADED: 2, S.PRICED: 2, S.LABELLED: 2, S.ON_SHELF: 35,
                    S.RESERVED: 4, S.SOLD: 15, S.PAID_OUT: 25, S.RETURNED_TO_OWNER: 10},
}
# States an item passes through quickly: one that ends the demo there got there lately (days).
RECENT_DAYS = {S.RECEIVED: 2, S.GRADED: 2, S.PRICED: 2, S.LABELLED: 2, S.RESERVED: 2,
               S.RETURNED: 3, S.RENTED_OUT: 8}
GRADE_FACTOR = {"A": 1.0, "B": 0.88, "C": 0.75, "D": 0.55}

# Open hours between two states (low, high); drawn skewed towards the low end.
GAP_HOURS: dict[tuple[ItemState, ItemState], tuple[float, float]] = {
    (S.RECEIVED, S.GRADED): (0.2, 16), (S.GRADED, S.PRICED): (0.05, 4),
    (S.PRICED, S.LABELLED): (0.02, 2), (S.LABELLED, S.ON_SHELF): (0.05, 4),
    (S.ON_SHELF, S.RESERVED): (5, 150), (S.ON_SHELF, S.SOLD): (3, 250),
    (S.ON_SHELF, S.RENTED_OUT): (3, 80), (S.ON_SHELF, S.PRICED): (80, 250),
    (S.RESERVED, S.ON_SHELF): (11, 40), (S.RESERVED, S.SOLD): (1, 30),
    (S.SOLD, S.RETURNED): (5, 70), (S.SOLD, S.PAID_OUT): (20, 80),
    (S.RENTED_OUT, S.ON_SHELF): (20, 110), (S.RENTED_OUT, S.GRADED): (20, 110),
    (S.RENTED_OUT, S.WRITTEN_OFF): (150, 250), (S.ON_SHELF, S.DONATED): (150, 300),
    (S.ON_SHELF, S.LOTTED_OUT): (150, 300), (S.ON_SHELF, S.RETURNED_TO_OWNER): (100, 300),
    (S.ON_SHELF, S.WRITTEN_OFF): (50, 300),
}
DEFAULT_GAP = (1.0, 30.0)

REASONS: dict[tuple[ItemState, ItemState], tuple[str, ...]] = {
    (S.RECEIVED, S.WRITTEN_OFF): ("命中被盗物品名单 matched the stolen-goods list",
                                  "验收不合格，无修复价值 failed intake check, not worth repairing"),
    (S.RECEIVED, S.RETURNED_TO_OWNER): ("物主改变主意 owner changed their mind",),
    (S.GRADED, S.LOTTED_OUT): ("批量出售给回收商 sold in a lot to the recycler",),
    (S.GRADED, S.DONATED): ("捐赠给社区爱心超市 donated to the community charity shop",),
    (S.GRADED, S.RETURNED_TO_OWNER): ("物主不接受评级 owner declined the grade",),
    (S.GRADED, S.WRITTEN_OFF): ("质检不合格 failed inspection",),
    (S.PRICED, S.GRADED): ("复检 re-inspected",),
    (S.PRICED, S.RETURNED_TO_OWNER): ("物主不接受定价 owner declined the price",),
    (S.PRICED, S.WRITTEN_OFF): ("清洁时损坏 damaged in cleaning",),
    (S.LABELLED, S.PRICED): ("标价更正 price corrected",),
    (S.LABELLED, S.RETURNED_TO_OWNER): ("物主取回 collected by the owner",),
    (S.LABELLED, S.WRITTEN_OFF): ("标签后发现故障 fault found after labelling",),
    (S.ON_SHELF, S.RESERVED): ("线上订单 online order", "顾客电话预留 held for a caller"),
    (S.ON_SHELF, S.SOLD): ("", "", "柜台销售 counter sale"),
    (S.ON_SHELF, S.RENTED_OUT): ("租期7天，已收押金 7-day rental, deposit taken",
                                 "周末租赁 weekend rental"),
    (S.ON_SHELF, S.PRICED): ("定期降价 scheduled markdown", "价格复核 price review"),
    (S.ON_SHELF, S.RETURNED_TO_OWNER): ("寄卖到期取回 contract expired, collected by owner",),
    (S.ON_SHELF, S.DONATED): ("滞销捐赠 slow seller, donated",),
    (S.ON_SHELF, S.LOTTED_OUT): ("滞销批量处理 slow seller, lotted out",),
    (S.ON_SHELF, S.WRITTEN_OFF): ("盘点缺失 missing at stock count",),
    (S.RESERVED, S.ON_SHELF): ("订单取消 order cancelled", "预留过期 hold expired"),
    (S.RESERVED, S.SOLD): ("线上订单到店自提 online order collected",),
    (S.SOLD, S.RETURNED): ("七天无理由退货 7-day return", "与描述不符 not as described"),
    (S.SOLD, S.PAID_OUT): ("寄卖结算 consignor paid",),
    (S.RETURNED, S.ON_SHELF): ("退货检查无误 return checked, back on shelf",),
    (S.RETURNED, S.GRADED): ("退货复检 return re-inspected",),
    (S.RETURNED, S.RETURNED_TO_OWNER): ("退货后物主取回 collected by the owner after a return",),
    (S.RETURNED, S.WRITTEN_OFF): ("退货损坏 returned damaged",),
    (S.RENTED_OUT, S.ON_SHELF): ("租赁归还 rental returned",),
    (S.RENTED_OUT, S.GRADED): ("租赁归还后复检 returned from rental, re-inspected",),
    (S.RENTED_OUT, S.WRITTEN_OFF): ("租客逾期未还 renter never returned it",),
}
# Which roles do a move, and how often: the first is the usual one.
ROLE_WEIGHT: dict[Permission, dict[Role, int]] = {
    P.INTAKE: {Role.CLERK: 6, Role.GRADER: 4, Role.MANAGER: 1},
    P.GRADE: {Role.GRADER: 10, Role.MANAGER: 1},
    P.PRICE: {Role.GRADER: 10, Role.MANAGER: 1},
    P.PRINT_LABELS: {Role.GRADER: 5, Role.CLERK: 5},
    P.RESERVE: {Role.CLERK: 10, Role.MANAGER: 1},
    P.SELL: {Role.CLERK: 10, Role.MANAGER: 1},
    P.RENT: {Role.CLERK: 10, Role.MANAGER: 1},
}
DETOUR_CHANCE = {S.ON_SHELF: 0.3, S.RESERVED: 0.2, S.RETURNED: 0.2, S.RENTED_OUT: 0.1,
                 S.PRICED: 0.05, S.LABELLED: 0.05, S.GRADED: 0.03}
DETOUR_WEIGHT = {S.RENTED_OUT: 8, S.RESERVED: 4, S.PRICED: 3, S.GRADED: 1, S.ON_SHELF: 2,
                 S.SOLD: 0.3, S.RETURNED: 1}
MAX_MOVES = 14
# Where items leave the store from, by how they leave (weights; only the legal ones count).
EXIT_FROM: dict[ItemState, dict[ItemState, float]] = {
    S.RETURNED_TO_OWNER: {S.RECEIVED: 2, S.GRADED: 2, S.PRICED: 1, S.ON_SHELF: 12, S.RETURNED: 1},
    S.WRITTEN_OFF: {S.RECEIVED: 3, S.GRADED: 3, S.PRICED: 0.5, S.LABELLED: 0.5, S.ON_SHELF: 2,
                    S.RENTED_OUT: 2, S.RETURNED: 1},
    S.LOTTED_OUT: {S.GRADED: 1, S.ON_SHELF: 1},
    S.DONATED: {S.GRADED: 2, S.ON_SHELF: 3},
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
         "超", "霞", "平", "刚", "鹏", "浩然", "欣怡", "子涵", "梓轩", "雨桐", "思远", "嘉怡", "佳琪",
         "俊杰", "晓东", "建国", "秀英", "桂兰", "文博", "一鸣", "诗涵", "子豪", "晓燕", "海峰",
         "丽娟", "志强", "美玲", "国华", "雪梅", "宇航", "欣妍"]
ENGLISH = ["Lily", "Kevin", "Grace", "Jason", "Vivian", "Tony", "Cindy", "Eric", "Amy", "Leo"]
CITIES = ["上海", "杭州", "苏州", "南京", "深圳", "广州", "成都", "武汉"]
BUSINESSES = ["绿源再生资源回收有限公司", "闲趣二手商行", "优品数码科技有限公司", "好物寄卖行",
              "童心幼儿园", "爱心公益服务中心", "旧书坊", "家居二手市场", "青年创业咖啡馆"]
PARTY_NOTES = ["", "", "", "", "常客 regular", "偏好微信支付 prefers WeChat Pay",
               "需要发票 needs a fapiao", "周末才能来店 only comes at weekends"]
LOCATIONS = [f"{row}-{n:02d}" for row in "ABCD" for n in range(1, 13)] + ["后仓 Back room"]


@dataclass
class Move:
    to_state: ItemState
    at: int  # seconds of opening time since the first demo day opened
    grade: str | None = None
    price_minor: int | None = None
    reason: str = ""


@dataclass
class ItemPlan:
    category: str
    acquisition: Acquisition
    brand: str
    model: str
    cost_minor: int
    attributes: dict
    notes: str
    location: str
    owner: int | None  # index into the planned parties
    at_kiosk: bool
    received_at: int
    moves: list[Move]


@dataclass
class PartyPlan:
    name: str
    phone: str | None
    email: str | None
    kind: str
    roles: set[str]
    notes: str
    at: int


def fill_demo_store(db: StoreDB, *, items: int = 2000, days: int = 30, seed: int = 1,
                    progress: Callable[[int, int], None] | None = None,
                    quick_commits: bool = True) -> DemoSummary:
    """Fill the database with a demo store (or add to the store already there).

    `progress(done, total)` counts service calls (parties, intakes and moves). With
    `quick_commits` a SQLite file commits with synchronous=NORMAL while the demo is written
    (a power cut could lose the last demo rows, never corrupt the file); the store's own
    setting is back when this returns.
    """
    if items < 0:
        raise ValidationError("The number of demo items cannot be negative.")
    if days < 1:
        raise ValidationError("A demo needs at least one day of history.")
    if quick_commits and db.dialect == "sqlite":
        with _quick_sqlite_commits(db):
            return _fill(db, items, days, seed, progress)
    return _fill(db, items, days, seed, progress)


@contextmanager
def _quick_sqlite_commits(db: StoreDB) -> Iterator[None]:
    """WAL with synchronous=NORMAL: a commit no longer waits for its fsync."""
    def relax(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    db.engine.dispose()  # pooled connections were opened with FULL
    event.listen(db.engine, "connect", relax)
    try:
        yield
    finally:
        event.remove(db.engine, "connect", relax)
        db.engine.dispose()


def _fill(db: StoreDB, items: int, days: int, seed: int,
          progress: Callable[[int, int], None] | None) -> DemoSummary:
    rng = random.Random(seed)
    start = datetime.combine(DEMO_END - timedelta(days=days), OPEN_AT_UTC, tzinfo=UTC)
    clock = _Clock(start)
    setup = _set_up_store(db, clock.at(-2 * HOUR))
    categories = {c.code for c in catalog.list_categories(db)} & set(CATALOGUE)
    if not categories and items:
        raise ValidationError("The store has none of the demo's categories.")
    exponent = currency_exponent(setup.store.currency)
    party_plans = _plan_parties(rng, max(30, min(400, 50 + items // 10)), days * OPEN_SECONDS)
    item_plans = _plan_items(rng, items, days * OPEN_SECONDS, sorted(categories), party_plans,
                             10 ** exponent)

    events: list[tuple[int, int, int, int]] = []  # (at, kind, index, move) in the store's order
    events += [(p.at, 0, i, -1) for i, p in enumerate(party_plans)]
    for i, plan in enumerate(item_plans):
        events.append((plan.received_at, 1, i, -1))
        events += [(m.at, 1, i, k) for k, m in enumerate(plan.moves)]
    heapq.heapify(events)
    total, done = len(events), 0
    party_ids: list[int] = [0] * len(party_plans)
    codes: list[str] = [""] * len(item_plans)
    states: list[ItemState] = [S.RECEIVED] * len(item_plans)
    staff = _Staff(db, setup, random.Random(f"{seed}-staff"))
    currency = setup.store.currency
    while events:
        at, kind, index, move = heapq.heappop(events)
        with set_to(clock.at(at)):
            if kind == 0:
                party_ids[index] = _add_party(db, staff.actor(P.INTAKE), party_plans[index])
            elif move < 0:
                plan = item_plans[index]
                codes[index] = _receive(db, staff, plan, party_ids, currency)
            else:
                m = item_plans[index].moves[move]
                states[index] = _move(db, staff, codes[index], states[index], m, currency)
        done += 1
        if progress is not None and (done % 250 == 0 or done == total):
            progress(done, total)
    tally = Tally(s.value for s in states)
    return DemoSummary(
        store_code=setup.store.code, store_name=setup.store.name, logins=setup.logins,
        items_by_state={s.value: tally.get(s.value, 0) for s in ItemState}, items=len(item_plans),
        parties=len(party_plans), days=days, kept_users=setup.kept_users)


def describe(summary: DemoSummary) -> str:
    """The logins table and the counts, for the terminal and the README."""
    lines = [(f"Demo store {summary.store_name} ({summary.store_code}): {summary.items} items "
              f"over {summary.days} days, {summary.parties} customers and suppliers."), ""]
    if summary.logins:
        lines += ["Log in with:", f"  {'user':<10} {'role':<8} PIN"]
        lines += [f"  {name:<10} {role:<8} {pin}" for name, role, pin in summary.logins]
    if summary.kept_users:
        lines += ["", "Already there, with their own PINs: " + ", ".join(summary.kept_users)]
    lines += ["", "Items by state:"]
    lines += [f"  {state:<18} {n:>6}" for state, n in summary.items_by_state.items() if n]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Setting up the store, its staff and counters


@dataclass
class _Setup:
    store: stores.StoreInfo
    boss: Actor
    logins: list[tuple[str, str, str]]
    kept_users: list[str]
    pins: dict[str, str]
    counters: dict[str, int]


class _Clock:
    """Opening-time seconds to the wall clock: the store is open 10:00-21:00 every day."""

    def __init__(self, start: datetime) -> None:
        self.start = start

    def at(self, seconds: int) -> datetime:
        day, rest = divmod(seconds, OPEN_SECONDS)
        return self.start + timedelta(days=day, seconds=rest)


def _set_up_store(db: StoreDB, moment: datetime) -> _Setup:
    with set_to(moment):
        boss, created = _boss(db)
        store = stores.get_store(db, boss.store_id)
        have_counters = {c.name: c.id for c in stores.list_counters(db, store.id)}
        for name, kind in DEMO_COUNTERS:
            if name not in have_counters and boss.can(P.MANAGE_SETTINGS):
                have_counters[name] = stores.add_counter(db, boss, name, kind).id
        with db.read() as s:
            existing = set(s.scalars(select(User.username)))
        logins, kept, pins = [], [], {}
        for username, display, role, pin, _counter in DEMO_USERS:
            if username == boss.username and created:
                logins.append((username, role.value, pin))
                pins[username] = pin
            elif username in existing:
                kept.append(username)
            elif role != Role.ADMIN or boss.role == Role.ADMIN:
                users.create_user(db, boss, username, display, role, pin)
                logins.append((username, role.value, pin))
                pins[username] = pin
    return _Setup(store, boss, logins, kept, pins, have_counters)


def _boss(db: StoreDB) -> tuple[Actor, bool]:
    """The admin (or else a manager) to set up as; a new store when there is none. True if new."""
    if not stores.is_initialised(db):
        username, display, _role, pin, _ = DEMO_USERS[0]
        actor = stores.initialise_store(db, store_name=DEMO_STORE_NAME, store_code=DEMO_STORE_CODE,
                                        admin_username=username, admin_display_name=display,
                                        admin_secret=pin)
        return actor, True
    store = stores.get_store(db)
    with db.read() as s:
        for role in (Role.ADMIN, Role.MANAGER):
            user = s.scalars(select(User).where(User.store_id == store.id, User.active,
                                                User.role == role.value).order_by(User.id)).first()
            if user is not None:
                return Actor(user.id, user.username, user.display_name, role, store.id), False
    raise DomainError("The store has no active administrator or manager to add the demo as.")


class _Staff:
    """Who does each move: the store's active users by role, each at their usual counter."""

    def __init__(self, db: StoreDB, setup: _Setup, rng: random.Random) -> None:
        self.rng, self.setup = rng, setup
        usual = {u[0]: u[4] for u in DEMO_USERS}
        tills = [c for name, c in setup.counters.items() if name != KIOSK_COUNTER] or [None]
        with db.read() as s:
            rows = s.execute(select(User.id, User.username, User.display_name, User.role)
                             .where(User.store_id == setup.store.id, User.active)
                             .order_by(User.id)).all()
        self.people: list[Actor] = []
        for n, (user_id, username, display_name, role) in enumerate(rows):
            counter = setup.counters.get(usual.get(username) or "")
            if counter is None and Role(role) == Role.CLERK:
                counter = tills[n % len(tills)]
            self.people.append(Actor(user_id, username, display_name, Role(role),
                                     setup.store.id, counter))
        self.kiosk_counter = setup.counters.get(KIOSK_COUNTER)
        self.managers_with_pin = [(a.username, setup.pins[a.username]) for a in self.people
                                  if a.role == Role.MANAGER and a.username in setup.pins]
        self.overrides = 0

    def actor(self, permission: Permission, *, counter: int | None = None) -> Actor:
        weights = ROLE_WEIGHT.get(permission, {Role.MANAGER: 10, Role.ADMIN: 1})
        able = [a for a in self.people if a.can(permission)]
        pool = [a for a in able if a.role in weights] or able or [self.setup.boss]
        chosen = self.rng.choices(pool, [weights.get(a.role, 1) for a in pool])[0]
        if counter is not None:
            chosen = Actor(chosen.user_id, chosen.username, chosen.display_name, chosen.role,
                           chosen.store_id, counter)
        return chosen

    def refund_override(self) -> tuple[Actor, ManagerOverride] | None:
        """Now and then a clerk refunds with a manager's PIN (few: each is an argon2 check)."""
        if self.overrides >= 12 or not self.managers_with_pin or self.rng.random() > 0.1:
            return None
        clerks = [a for a in self.people if a.role == Role.CLERK]
        if not clerks:
            return None
        self.overrides += 1
        username, pin = self.rng.choice(self.managers_with_pin)
        return self.rng.choice(clerks), ManagerOverride(username, pin)


# ---------------------------------------------------------------------------------------------
# Executing the plan through the services


def _add_party(db: StoreDB, actor: Actor, plan: PartyPlan) -> int:
    view = parties.add_party(db, actor, plan.name, phone=plan.phone, email=plan.email,
                             kind=plan.kind, is_seller="seller" in plan.roles,
                             is_consignor="consignor" in plan.roles,
                             is_renter="renter" in plan.roles, is_buyer="buyer" in plan.roles,
                             notes=plan.notes)
    return view.id


def _receive(db: StoreDB, staff: _Staff, plan: ItemPlan, party_ids: list[int],
             currency: str) -> str:
    counter = staff.kiosk_counter if plan.at_kiosk else None
    actor = staff.actor(P.INTAKE, counter=counter)
    view = items.receive_item(
        db, actor, category=plan.category, acquisition=plan.acquisition, brand=plan.brand,
        model=plan.model, cost=Money(plan.cost_minor, currency), attributes=plan.attributes,
        notes=plan.notes, owner_party_id=None if plan.owner is None else party_ids[plan.owner],
        location=plan.location)
    return view.code


def _move(db: StoreDB, staff: _Staff, code: str, state: ItemState, m: Move,
          currency: str) -> ItemState:
    permission = TRANSITIONS[(state, m.to_state)]
    actor, override = staff.actor(permission), None
    if permission == P.REFUND and (pair := staff.refund_override()) is not None:
        actor, override = pair
    price = None if m.price_minor is None else Money(m.price_minor, currency)
    view = items.transition(db, actor, code, m.to_state, reason=m.reason, override=override,
                            grade=m.grade, price=price)
    return view.state


# ---------------------------------------------------------------------------------------------
# Planning: everything drawn from the seeded generator before anything is written


def _plan_parties(rng: random.Random, count: int, horizon: int) -> list[PartyPlan]:
    plans = []
    for n in range(count):
        business = rng.random() < 0.08
        if business:
            name = rng.choice(CITIES) + rng.choice(BUSINESSES)
            phone = (f"0{rng.choice(['21', '571', '512', '25', '755', '20'])}-"
                     f"{rng.randint(2000_0000, 8999_9999)}") if rng.random() < 0.5 else _mobile(rng)
        else:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if rng.random() < 0.06:
                name = f"{rng.choice(ENGLISH)} {name}"
            phone = _mobile(rng)
        email = f"{rng.randint(10_000_000, 3_999_999_999)}@{rng.choice(['qq.com', '163.com'])}" \
            if rng.random() < 0.3 else None
        roles = {r for r, p in (("seller", 0.5), ("consignor", 0.3), ("renter", 0.15),
                                ("buyer", 0.3)) if rng.random() < p} or {"seller"}
        if n % 4 == 0:
            roles.add("consignor")  # enough owners for consigned and matchmaking goods
        plans.append(PartyPlan(name, phone, email, "business" if business else "person", roles,
                               rng.choice(PARTY_NOTES), rng.randrange(0, horizon)))
    return plans


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}"


@cache
def _distances(acquisition: Acquisition, target: ItemState) -> dict[ItemState, int]:
    """Fewest legal moves from each state to `target` (absent: unreachable)."""
    dist = {target: 0}
    frontier = [target]
    while frontier:
        nxt = []
        for state in frontier:
            for frm in ItemState:
                if frm not in dist and state in next_states(acquisition, frm):
                    dist[frm] = dist[state] + 1
                    nxt.append(frm)
        frontier = nxt
    return dist


def _path(rng: random.Random, acquisition: Acquisition, target: ItemState) -> list[ItemState]:
    """A legal walk from `received` to `target`, with the detours real items take."""
    exits = {state: weight for state, weight in EXIT_FROM.get(target, {}).items()
             if target in next_states(acquisition, state)
             and S.RECEIVED in _distances(acquisition, state)}
    if not exits:
        return _walk(rng, acquisition, target, linger=True)
    via = rng.choices(list(exits), list(exits.values()))[0]
    return _walk(rng, acquisition, via, linger=False) + [target]


def _walk(rng: random.Random, acquisition: Acquisition, target: ItemState, *,
          linger: bool) -> list[ItemState]:
    dist = _distances(acquisition, target)
    state, path = S.RECEIVED, []
    while len(path) < MAX_MOVES:
        options = [n for n in next_states(acquisition, state)
                   if n in dist and (n == target or n not in TERMINAL)]
        if state == target:
            again = 0.5 if acquisition == A.LEASE_STOCK else 0.04
            detours = [n for n in options if n not in TERMINAL and n != S.SOLD]
            if (not linger or target in TERMINAL or not detours or len(path) > MAX_MOVES - 6
                    or rng.random() > again):
                break
            state = rng.choices(detours, [DETOUR_WEIGHT.get(n, 1) for n in detours])[0]
        else:
            ahead = [n for n in options if dist[n] == dist[state] - 1]
            detours = [n for n in options if n not in ahead]
            chance = DETOUR_CHANCE.get(state, 0.0)
            if acquisition == A.LEASE_STOCK and S.RENTED_OUT in detours:
                chance = 0.6
            if detours and len(path) < MAX_MOVES - 6 and rng.random() < chance:
                state = rng.choices(detours, [DETOUR_WEIGHT.get(n, 1) for n in detours])[0]
            else:
                state = rng.choice(ahead)
        path.append(state)
    while path and path[-1] != target:  # out of moves: finish by the shortest way
        nxt = [n for n in next_states(acquisition, path[-1]) if dist.get(n) == dist[path[-1]] - 1]
        path.append(rng.choice(nxt))
    return path


def _choose_target(rng: random.Random, acquisition: Acquisition) -> ItemState:
    weights = TARGET_WEIGHT[acquisition]
    return rng.choices(list(weights), list(weights.values()))[0]


def _plan_items(rng: random.Random, count: int, horizon: int, categories: list[str],
                party_plans: list[PartyPlan], unit: int) -> list[ItemPlan]:
    owners = [i for i, p in enumerate(party_plans) if "consignor" in p.roles]
    cat_weights = [CATEGORY_WEIGHT[c] for c in categories]
    # The first items make sure every state and every way of acquiring shows up.
    must: list[tuple[Acquisition, ItemState]] = []
    for n, state in enumerate(ItemState):
        legal = [a for a in _ACQ if S.RECEIVED == state or S.RECEIVED in _distances(a, state)]
        must.append((legal[n % len(legal)], state))
    plans = []
    for n in range(count):
        if n < len(must):
            acquisition, target = must[n]
            usable = [c for c in categories if ACQUISITION_WEIGHT[c][_ACQ.index(acquisition)]]
            category = rng.choice(usable or categories)
        else:
            category = rng.choices(categories, cat_weights)[0]
            acquisition = rng.choices(_ACQ, ACQUISITION_WEIGHT[category])[0]
            target = _choose_target(rng, acquisition)
        plans.append(_plan_item(rng, category, acquisition, target, horizon, owners,
                                party_plans, unit))
    return plans


def _plan_item(rng: random.Random, category: str, acquisition: Acquisition, target: ItemState,
               horizon: int, owners: list[int], party_plans: list[PartyPlan],
               unit: int) -> ItemPlan:
    brand, model, value, variants = rng.choice(CATALOGUE[category])
    variant = rng.choice(variants) if variants else ""
    if variant in STORAGE_FACTOR:
        value = value * STORAGE_FACTOR[variant]
    bad_end = target in (S.WRITTEN_OFF, S.LOTTED_OUT, S.DONATED)
    grade = rng.choices("ABCD", (5, 35, 40, 20) if bad_end else (25, 40, 27, 8))[0]
    attributes, notes = _describe(rng, category, brand, model, variant, grade)
    list_price = _nice(value * GRADE_FACTOR[grade] * rng.uniform(0.9, 1.05))
    cost = 0.0  # a consigned or matchmaking item costs the store nothing
    if acquisition == A.BUY_BACK:
        cost = list_price * rng.uniform(0.5, 0.7)
    elif acquisition == A.STORE_STOCK:
        cost = list_price * rng.uniform(0.4, 0.6)
    elif acquisition == A.LEASE_STOCK:
        cost = value * rng.uniform(1.0, 1.2)
    cost_minor = (round(cost) if cost < 100 else int(round(cost, -1))) * unit
    if acquisition == A.CONSIGNMENT:
        attributes["owner_share_percent"] = rng.choice((70, 75, 80))
    elif acquisition == A.MATCHMAKING:
        attributes["service_fee_percent"] = rng.choice((5, 8, 10))
    if acquisition == A.LEASE_STOCK:
        attributes["rent_per_day_minor"] = max(1, int(value * 0.02)) * unit
        attributes["deposit_minor"] = int(round(value * 0.5, -1)) * unit
    at_kiosk = acquisition == A.BUY_BACK and rng.random() < 0.08
    if at_kiosk:
        notes = (notes + "；" if notes else "") + "回收柜投递 kiosk drop-off"
    moves = _plan_moves(rng, acquisition, target, grade, list_price * unit, cost_minor, unit)
    received_at = _fit_in_time(rng, moves, horizon, target)
    owner = None
    if acquisition in (A.CONSIGNMENT, A.MATCHMAKING):
        owner = rng.choice(owners)
        party = party_plans[owner]
        party.at = min(party.at, received_at - rng.randint(60, 1800))  # registered just before
    location = "回收柜 Kiosk bin" if at_kiosk else rng.choice(LOCATIONS)
    return ItemPlan(category, acquisition, brand, model, cost_minor, attributes, notes, location,
                    owner, at_kiosk, received_at, moves)


def _plan_moves(rng: random.Random, acquisition: Acquisition, target: ItemState, grade: str,
                list_minor: int, cost_minor: int, unit: int) -> list[Move]:
    moves, state, price, current_grade = [], S.RECEIVED, None, grade
    floor = cost_minor + cost_minor // 10 if acquisition == A.BUY_BACK else unit
    for to in _path(rng, acquisition, target):
        lo, hi = GAP_HOURS.get((state, to), DEFAULT_GAP)
        gap = int((lo + (hi - lo) * rng.random() ** 1.5) * HOUR)
        move = Move(to, max(gap, 60), reason=rng.choice(REASONS.get((state, to), ("",))))
        if to == S.GRADED:
            if state != S.RECEIVED and current_grade != "D" and rng.random() < 0.3:
                current_grade = "ABCD"["ABCD".index(current_grade) + 1]
            move.grade = current_grade
        if to == S.PRICED:
            if state == S.GRADED:
                price = int(list_minor * GRADE_FACTOR[current_grade] / GRADE_FACTOR[grade])
            elif state == S.ON_SHELF:
                price = int(price * rng.uniform(0.8, 0.9))
            else:
                price = int(price * rng.uniform(0.95, 1.05))
            move.price_minor = max(floor, _nice(price / unit) * unit)
            price = move.price_minor
        moves.append(move)
        state = to
    return moves


def _fit_in_time(rng: random.Random, moves: list[Move], horizon: int, target: ItemState) -> int:
    """Place the item's life inside the demo's days; returns when it was taken in."""
    end = horizon - 600
    total = sum(m.at for m in moves)
    if total > end * 0.9:  # a long life squeezed into a short demo
        scale = end * 0.9 / total
        for m in moves:
            m.at = max(5, int(m.at * scale))
        total = sum(m.at for m in moves)
    latest = max(0, end - total)
    earliest = max(0, latest - RECENT_DAYS[target] * OPEN_SECONDS) if target in RECENT_DAYS else 0
    t = received = rng.randint(earliest, latest)
    for m in moves:
        t += m.at
        m.at = t
    return received


def _nice(yuan: float) -> int:
    """A shop price: 5899, 129, 25."""
    if yuan >= 1000:
        return max(1, int(round(yuan, -2)) - 1)
    if yuan >= 100:
        return max(1, int(round(yuan, -1)) - 1)
    return max(1, round(yuan))


def _describe(rng: random.Random, category: str, brand: str, model: str, variant: str,
              grade: str) -> tuple[dict, str]:
    """Attributes and an intake note in the clerk's words, as a category's checklist asks."""
    attrs: dict[str, object] = {}
    notes: list[str] = []
    worn = grade in ("C", "D")
    if category in ("3c.phone", "3c.tablet"):
        apple = brand == "Apple"
        colours = (["Midnight 午夜色", "Starlight 星光色", "Blue 蓝色", "Purple 紫色",
                    "Natural Titanium 原色钛金属"] if apple
                   else ["雅丹黑 Black", "白色 White", "南糯紫 Purple", "绿色 Green"])
        battery = rng.randint(72, 89) if worn else rng.randint(85, 100)
        attrs |= {"storage": variant, "colour": rng.choice(colours), "battery_health": battery}
        if category == "3c.phone":
            tac = rng.choice(["35391110", "35328115", "86769304", "86281205"])
            body = tac + f"{rng.randint(0, 999_999):06d}"
            attrs |= {"imei": body + luhn.calc_check_digit(body), "network": "全网通 5G",
                      "activation_lock": "off", "data_wiped": True}
        notes.append(f"battery {battery}%")
        pool = (["屏幕有轻微划痕", "边框有磕碰 dented corner", "后壳有裂纹 cracked back glass",
                 "屏幕有亮点 bright spot on screen"] if worn
                else ["无拆无修 never opened or repaired", "原装充电器 original charger",
                      "面容ID正常 Face ID works", "贴膜使用 always had a screen protector"])
        notes.append(rng.choice(pool))
    elif category == "3c.laptop":
        attrs |= {"config": variant, "battery_cycles": rng.randint(40, 900),
                  "keyboard": rng.choice(["中文 CN", "US"])}
        notes.append(rng.choice(["键盘有磨损 shiny keys", "A面划痕 scratches on lid"] if worn
                                else ["原装电源 original charger", "已重装系统 clean install"]))
    elif category == "3c.camera":
        attrs |= {"kit": variant, "shutter_count": rng.randint(2_000, 80_000)}
        notes.append(rng.choice(["镜头无霉无雾 lens clear", "含两块电池 two batteries",
                                 "卡口有使用痕迹 mount wear"]))
    elif category in ("3c.audio", "3c.watch", "3c.console"):
        attrs["variant"] = variant
        notes.append(rng.choice(["配件齐全 complete in box", "无包装 no box", "功能正常 all functions OK"]
                                + (["外观有使用痕迹 visible wear"] if worn else [])))
    elif category.startswith("clothing"):
        sizes = {"clothing.kids": ["110", "120", "130", "140", "150"],
                 "clothing.women": ["S", "M", "L", "XL"]}.get(category, ["M", "L", "XL", "XXL"])
        attrs |= {"size": rng.choice(sizes),
                  "colour": rng.choice(["黑色 black", "藏青 navy", "米色 beige", "灰色 grey", "红色 red"]),
                  "washed": True}
        notes.append(rng.choice(["袖口起球 slight pilling on cuffs", "有小污渍 small stain"] if worn
                                else ["吊牌还在 tags still attached", "穿过两次 worn twice",
                                      "已干洗 dry-cleaned"]))
    elif category == "bags":
        attrs |= {"colour": rng.choice(["Monogram 老花", "黑色 black", "焦糖色 tan", "Damier 棋盘格"]),
                  "date_code": f"{rng.choice(['AR', 'SD', 'FL', 'TJ'])}{rng.randint(1000, 4299)}",
                  "authenticated": True}
        notes.append(rng.choice(["已鉴定，含防尘袋 authenticated, dust bag included",
                                 "边角有磨损 worn corners", "内衬干净 clean lining"]))
    elif category == "appliances":
        attrs |= {"voltage": "220V", "year": rng.randint(2019, 2025)}
        notes.append(rng.choice(["通电测试正常 power-on test OK", "已清洁消毒 cleaned and sanitised",
                                 "缺说明书 no manual"]))
    elif category == "books":
        body = ("9781" if brand == "O'Reilly" else "9787") + f"{rng.randint(0, 99_999_999):08d}"
        attrs |= {"isbn": body + ean.calc_check_digit(body),
                  "condition": rng.choice(["九成新 like new", "八成新 good", "七成新 fair"])}
        notes.append(rng.choice(["有笔记 notes in margins", "书页微黄 pages slightly yellowed",
                                 "无划线 no underlining"]))
    elif category == "furniture":
        size = (rng.randint(40, 200), rng.randint(30, 90), rng.randint(40, 180))
        attrs |= {"dimensions_cm": "x".join(map(str, size)),
                  "material": rng.choice(["实木 solid wood", "刨花板 particleboard", "布艺 fabric"])}
        notes.append(rng.choice(["需自提 collection only", "桌面有划痕 scratches on top",
                                 "已拆装 flat-packed for transport"]))
    return attrs, "；".join(notes)
