"""One item in full (photos, facts, history, prices, inspection), opened from the items screen."""

from ui.screens.item_detail.screen import ItemDetailDialog, ItemDetailScreen, open_item_detail

__all__ = ["ItemDetailDialog", "ItemDetailScreen", "open_item_detail"]
