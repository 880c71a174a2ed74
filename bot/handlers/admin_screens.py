"""The admin's cards with their buttons (issue 25), shared by the commands (/order, /user) and
the menu's buttons: an order's card (Refund, its customer) and a customer's card page by page."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup

from bot.config import Settings
from bot.i18n import Translator
from bot.services.admin import AdminService
from bot.services.admin_console import AdminConsole
from bot.ui.keyboards import admin_console as kb
from bot.ui.views_admin import render_order
from bot.ui.views_console import left_to_refund, render_card

Screen = tuple[str, InlineKeyboardMarkup | None]


async def order_screen(
    t: Translator, admin: AdminService, settings: Settings, order_id: int
) -> Screen:
    """An order's admin card (as /order shows it) with its buttons: Refund, the customer."""
    file = await admin.order_file(order_id)
    if file is None:
        return t("admin-order-not-found", order_id=order_id), kb.with_menu(t, None)
    left = left_to_refund(t, file.order, settings)
    return render_order(t, file, settings), kb.order_card(t, file.order, left)


async def card_screen(
    t: Translator, console: AdminConsole, settings: Settings, user_id: int, op: int, lp: int
) -> Screen:
    """A customer's card: a page of their orders and one of their wallet movements."""
    page = await console.card(user_id, op, lp)
    if page is None:
        return t("admin-no-such-user", user_id=user_id), kb.with_menu(t, None)
    return render_card(t, page, settings), kb.card(t, page)
