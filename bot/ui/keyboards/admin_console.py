"""Keyboards of the admin menu, Find, a customer's card pages and an order's refund (issue 25),
in the admin's language. Whatever a button carries is re-checked by its handler."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.db.repositories.orders import Order
from bot.i18n import Translator
from bot.services.admin_console import CardPage, Found
from bot.ui.keyboards import admin as kb
from bot.ui.keyboards.api import admin_api_button
from bot.ui.keyboards.callbacks import (
    AdminCardCb,
    AdminMenuCb,
    AdminOpenCb,
    AdminRefundCb,
    AdminReviewCb,
)
from bot.ui.views import STATE_ICONS


def admin_menu_button(t: Translator) -> InlineKeyboardButton:
    """ "⬅️ Admin menu": the way back from an admin's screen."""
    return InlineKeyboardButton(
        text=t("admin-btn-menu"), callback_data=AdminMenuCb(to="home").pack()
    )


def menu(labels: Sequence[tuple[str, str]]) -> InlineKeyboardMarkup:
    """The admin menu: (label, entry name) pairs, two a row."""
    builder = InlineKeyboardBuilder()
    for label, name in labels:
        builder.button(text=label, callback_data=AdminMenuCb(to=name))
    builder.adjust(2)
    return builder.as_markup()


def with_menu(t: Translator, markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup:
    """A screen's keyboard with "⬅️ Admin menu" under it."""
    builder = InlineKeyboardBuilder()
    if markup is not None:
        builder.attach(InlineKeyboardBuilder.from_markup(markup))
    builder.row(admin_menu_button(t))
    return builder.as_markup()


def find_prompt(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("admin-btn-cancel"), callback_data=AdminMenuCb(to="home"))
    return builder.as_markup()


def find_again(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("admin-btn-find-again"), callback_data=AdminMenuCb(to="find"))
    builder.row(admin_menu_button(t))
    return builder.as_markup()


def found(t: Translator, result: Found, money: dict[int, str]) -> InlineKeyboardMarkup:
    """One button per match: an order (with its price from `money`) or a customer."""
    builder = InlineKeyboardBuilder()
    for order in result.orders:
        builder.button(
            text=t(
                "admin-find-order-button",
                id=order.id,
                icon=STATE_ICONS.get(order.state, "•"),
                price=money[order.id],
                user_id=order.user_id,
            ),
            callback_data=AdminOpenCb(what="o", id=order.id),
        )
    for user in result.users:
        builder.button(
            text=t("admin-find-user-button", name=user.full_name or str(user.id), id=user.id),
            callback_data=AdminOpenCb(what="u", id=user.id),
        )
    builder.adjust(1)
    builder.row(admin_menu_button(t))
    return builder.as_markup()


def card(t: Translator, page: CardPage) -> InlineKeyboardMarkup:
    """Credit / Debit / Ban, then Prev/Next of the orders and of the ledger, then the menu."""
    builder = InlineKeyboardBuilder()
    builder.attach(InlineKeyboardBuilder.from_markup(kb.user_card(t, page.user)))
    uid, op, lp = page.user.id, page.order_page, page.ledger_page
    orders = []
    if op > 0:
        orders.append(("admin-btn-orders-prev", AdminCardCb(id=uid, op=op - 1, lp=lp)))
    if op + 1 < page.order_pages:
        orders.append(("admin-btn-orders-next", AdminCardCb(id=uid, op=op + 1, lp=lp)))
    moves = []
    if lp > 0:
        moves.append(("admin-btn-moves-prev", AdminCardCb(id=uid, op=op, lp=lp - 1)))
    if lp + 1 < page.ledger_pages:
        moves.append(("admin-btn-moves-next", AdminCardCb(id=uid, op=op, lp=lp + 1)))
    for row in (orders, moves):
        if row:
            builder.row(
                *(InlineKeyboardButton(text=t(key), callback_data=cb.pack()) for key, cb in row)
            )
    api = admin_api_button(t, page.api)
    if api is not None:
        builder.row(api)
    builder.row(admin_menu_button(t))
    return builder.as_markup()


def order_card(t: Translator, order: Order, left: str | None) -> InlineKeyboardMarkup:
    """Under an order's admin card: Refund (under review), or Refund all / a part of what is
    `left` (a finished order not refunded in full), the customer's card and the menu."""
    builder = InlineKeyboardBuilder()
    if order.state == "unknown":
        builder.button(
            text=t("admin-btn-refund", id=order.id),
            callback_data=AdminReviewCb(act="ask", id=order.id),
        )
    if left is not None:
        builder.button(
            text=t("admin-btn-refund-all", amount=left),
            callback_data=AdminRefundCb(act="all", id=order.id),
        )
        builder.button(
            text=t("admin-btn-refund-part"), callback_data=AdminRefundCb(act="part", id=order.id)
        )
    builder.button(
        text=t("admin-btn-customer", id=order.user_id),
        callback_data=AdminOpenCb(what="u", id=order.user_id),
    )
    builder.adjust(1)
    builder.row(admin_menu_button(t))
    return builder.as_markup()


def refund_confirm(
    t: Translator, order_id: int, amount: int, seen: int, shown: str
) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("admin-btn-refund-confirm", amount=shown),
        callback_data=AdminRefundCb(act="ok", id=order_id, a=amount, r=seen),
    )
    builder.button(text=t("admin-btn-cancel"), callback_data=AdminRefundCb(act="no", id=order_id))
    builder.adjust(1)
    return builder.as_markup()


def refund_prompt(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("admin-btn-cancel"), callback_data=AdminRefundCb(act="no", id=order_id))
    return builder.as_markup()


def back_to_order(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("admin-btn-back-to-order", id=order_id),
        callback_data=AdminOpenCb(what="o", id=order_id),
    )
    builder.row(admin_menu_button(t))
    return builder.as_markup()
