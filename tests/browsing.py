"""Browsing as a customer does: New order, the category's platform, the category (issue 23)."""

from __future__ import annotations

from bot.ui.keyboards.callbacks import CategoryCb, MenuCb, PlatformCb
from tests.conftest import Shop
from tests.sql import rows


async def open_category(shop: Shop, user: int, category: str, new_order: bool = True) -> None:
    """From the main menu (or, `new_order` False, from the platforms): the platform the
    category is on, then the category, each pressed from the buttons on screen."""
    h = shop.harness
    if new_order:
        await h.press(user, MenuCb(to="new").pack())
    ((category_id, platform),) = await rows(
        shop.db,
        "SELECT id, coalesce(platform, 'other') FROM categories WHERE name = ?",
        (category,),
    )
    for data in (PlatformCb(key=platform).pack(), CategoryCb(id=category_id).pack()):
        assert data in [found for _, found in h.buttons(user)], (data, h.buttons(user))
        await h.press(user, data)
