from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.repositories.orders import Order
from bot.domain.notices import Button
from bot.i18n import Translator
from bot.ui.keyboards.callbacks import (
    MenuCb,
    MyOrdersCb,
    NoticeOrderCb,
    OrderActionCb,
    OrderCardCb,
)
from bot.ui.keyboards.common import home_button
from bot.ui.keyboards.support import ask_about_order

_ACTION_LABELS = {
    "refresh": "btn-refresh",
    "refill": "btn-refill",
    "cancel": "btn-cancel-order",
    "again": "btn-order-again",
}


def order_card_keyboard(
    t: Translator,
    order: Order,
    actions: frozenset[str] | None,
    back_page: int = 0,
    ask: bool = False,
) -> InlineKeyboardMarkup:
    """Buttons of an order card; `actions` are those that apply now (None: none shown);
    `ask`: ❓ Ask about this order (the card in My orders)."""
    rows: list[list[InlineKeyboardButton]] = []
    row = [
        InlineKeyboardButton(
            text=t(_ACTION_LABELS[act]), callback_data=OrderActionCb(id=order.id, act=act).pack()
        )
        for act in ("refresh", "refill", "cancel", "again")
        if actions and act in actions
    ]
    if row:
        rows.append(row[:2])
        if row[2:]:
            rows.append(row[2:])
    orders_button = InlineKeyboardButton(
        text=t("btn-orders"),
        callback_data=(MyOrdersCb(page=back_page) if back_page else MenuCb(to="orders")).pack(),
    )
    if ask:
        rows.append([ask_about_order(t, order.id)])
    rows.append([orders_button, home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def orders_list(t: Translator, orders: list[Order], page: int, pages: int) -> InlineKeyboardMarkup:
    """Small number buttons in a grid: the list itself is in the message's text. An empty
    list offers New order instead of a dead end."""
    numbers = [
        InlineKeyboardButton(
            text=f"#{order.id}", callback_data=OrderCardCb(id=order.id, back=page).pack()
        )
        for order in orders
    ]
    rows = [numbers[i : i + 4] for i in range(0, len(numbers), 4)]
    if not orders:
        rows.append(
            [InlineKeyboardButton(text=t("btn-new-order"), callback_data=MenuCb(to="new").pack())]
        )
    nav = []
    if page > 0:
        nav.append(
            InlineKeyboardButton(text=t("btn-prev"), callback_data=MyOrdersCb(page=page - 1).pack())
        )
    if pages > 1:
        nav.append(
            InlineKeyboardButton(
                text=t("page", page=page + 1, pages=pages),
                callback_data=MyOrdersCb(page=page).pack(),
            )
        )
    if page < pages - 1:
        nav.append(
            InlineKeyboardButton(text=t("btn-next"), callback_data=MyOrdersCb(page=page + 1).pack())
        )
    if nav:
        rows.append(nav)
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def open_order(order_id: int) -> Button:
    """The button under a notice about an order: opens the order's card. Kept with the notice
    and worded in the reader's language when it is sent."""
    return Button(
        "btn-open-order", {"id": order_id}, callback_data=NoticeOrderCb(id=order_id).pack()
    )


def cancel_confirm(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    """Cancelling asks first: Yes does it, No goes back to the card."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t("btn-cancel-yes"),
                    callback_data=OrderActionCb(id=order_id, act="cancelok").pack(),
                ),
                InlineKeyboardButton(
                    text=t("btn-cancel-keep"), callback_data=OrderCardCb(id=order_id).pack()
                ),
            ]
        ]
    )
