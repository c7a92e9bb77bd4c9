"""The category tree a new store starts with: (code, parent, English, Chinese, tax %, checklist, grams)."""
from __future__ import annotations

DEFAULT_CATEGORIES: list[tuple[str, str | None, str, str, str | None, str | None, int]] = [
    ("3c", None, "Phones and electronics", "手机数码", None, None, 0),
    ("3c.phone", "3c", "Mobile phones", "手机", None, "phone", 190),
    ("3c.tablet", "3c", "Tablets", "平板电脑", None, "tablet", 480),
    ("3c.laptop", "3c", "Laptops", "笔记本电脑", None, "laptop", 1800),
    ("3c.camera", "3c", "Cameras", "相机", None, "camera", 650),
    ("3c.audio", "3c", "Headphones and audio", "耳机音响", None, "electronics", 250),
    ("3c.watch", "3c", "Smart watches", "智能手表", None, "electronics", 60),
    ("3c.console", "3c", "Game consoles", "游戏机", None, "electronics", 1500),
    ("3c.accessory", "3c", "New accessories", "全新配件", None, None, 80),
    ("clothing", None, "Clothing", "服装", None, "clothing", 400),
    ("clothing.women", "clothing", "Women's clothing", "女装", None, "clothing", 350),
    ("clothing.men", "clothing", "Men's clothing", "男装", None, "clothing", 450),
    ("clothing.kids", "clothing", "Children's clothing", "童装", None, "clothing", 200),
    ("bags", None, "Bags and luxury", "箱包奢品", None, "luxury", 900),
    ("appliances", None, "Small appliances", "小家电", None, "appliance", 2500),
    ("books", None, "Books", "图书", "9", "book", 450),
    ("furniture", None, "Furniture", "家具", None, "furniture", 15000),
]
