"""What the demo store sells and who its people are: product lines, prices and names.

Data only, kept apart from the demo's planning so either can be read in one sitting.
"""
from __future__ import annotations

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

# --- intake, inspection and the counter ---------------------------------------------------------

# Districts whose resident ID numbers the demo's sellers carry (stdnum's list decides by birth year).
ID_REGIONS = ["310101", "310104", "310115", "110105", "330106", "330102", "320102", "320505",
              "440305", "440106", "510107", "420106"]
BANKS = ["工商银行 ICBC", "建设银行 CCB", "招商银行 CMB", "支付宝 Alipay", "微信转账 WeChat"]
# Where serial numbers of devices without an IMEI start, by brand (the rest is letters and digits).
SERIAL_PREFIX = {"Apple": ("C02", "F9F", "DMP", "H4H", "G6T"), "Lenovo 联想": ("PF", "PC", "R9"),
                 "Huawei 华为": ("HX", "2QK"), "Dell": ("CN0", "7XK"), "Canon 佳能": ("0831",),
                 "Sony 索尼": ("S01", "5XF"), "Nintendo 任天堂": ("XTW", "XKJ"),
                 "Dyson 戴森": ("XS8", "PF4")}
LEASE_NOTES = ["每次归还后清洁消毒 clean and sanitise after every return",
               "检查电池与充电器 check battery and charger", "镜头需除尘 dust the lens",
               "归还时核对配件清单 check the accessories list on return", ""]
INTAKE_NOTES = ["", "", "", "卖家急用钱 seller in a hurry", "老顾客 returning customer",
                "另有配件下次带来 more accessories to follow", "原包装盒 original box"]
OVERRIDE_UP = ["电池已更换原装电芯 battery replaced with a genuine cell",
               "外观痕迹极轻，仅在强光下可见 wear only visible under strong light",
               "配件后补齐 the missing accessory was supplied"]
OVERRIDE_DOWN = ["测试中偶发重启 random restarts during testing",
                 "有维修痕迹 signs of an earlier repair",
                 "气味需进一步处理 needs further airing out"]
DRAFT_NOTES = ["等卖家带身份证来 waiting for the seller to bring their ID",
               "物主稍后补充其余物品 owner will bring the rest later",
               "等待经理确认报价 waiting for a manager to confirm the quote"]
CANCEL_REASONS = ["卖家改变主意 seller changed their mind", "报价未被接受 quote declined",
                  "物主未回来 owner never came back"]
MATERIALS = ["棉 cotton", "羊毛 wool", "涤纶 polyester", "牛仔布 denim", "羽绒 down fill",
             "真丝 silk", "亚麻 linen"]
PAID_OUT_REASONS = ["清洁用品 cleaning supplies", "桶装水 drinking water", "快递费 courier fee",
                    "收银纸 receipt paper rolls", "电池 batteries for the scanners",
                    "维修配件 repair parts", "停车费 parking for a pick-up"]
VOID_REASONS = ["扫错商品 wrong item scanned", "顾客改变主意 customer changed their mind at the till",
                "重复收款 rung up twice", "价格输错 wrong price entered"]
HOLD_TITLES = ["先生", "女士"]  # a hold names the customer as the clerk wrote it: 王女士
DAMAGE_NOTES = ["屏幕有新划痕 new scratches on the screen", "外壳磕碰 dented casing",
                "配件缺失 an accessory is missing", "镜头有污渍 smudged lens, needs cleaning"]
DEMO_STOCK = [  # accessories sold by quantity: sku, name, category, price and cost (yuan)
    ("DEMO-CABLE-C", "USB-C 数据线 1米 USB-C cable 1 m", "3c.phone", 29, 8),
    ("DEMO-CHARGER-20W", "20W 快充充电器 20 W charger", "3c.phone", 59, 22),
    ("DEMO-CASE", "手机保护壳 phone case", "3c.phone", 39, 9),
    ("DEMO-GLASS", "钢化膜 tempered-glass screen protector", "3c.phone", 25, 3),
]
