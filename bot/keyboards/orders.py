from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts
from bot.db.repositories.orders import Order
from bot.keyboards.callbacks import (
    MenuCb,
    MyOrdersCb,
    NoticeOrderCb,
    OrderActionCb,
    OrderCardCb,
)


def _home_button() -> InlineKeyboardButton:
    # This file still speaks English only; keyboards.common.home_button(t) is the customer's.
    return InlineKeyboardButton(text=texts.BTN_HOME, callback_data=MenuCb(to="home").pack())


def order_card_keyboard(
    order: Order, actions: frozenset[str] | None, back_page: int = 0
) -> InlineKeyboardMarkup:
    """Buttons of an order card; `actions` are those that apply now (None: none shown)."""
    rows: list[list[InlineKeyboardButton]] = []
    labels = {
        "refresh": texts.BTN_REFRESH,
        "refill": texts.BTN_REFILL,
        "cancel": texts.BTN_CANCEL_ORDER,
        "again": texts.BTN_ORDER_AGAIN,
    }
    row = [
        InlineKeyboardButton(
            text=labels[act], callback_data=OrderActionCb(id=order.id, act=act).pack()
        )
        for act in ("refresh", "refill", "cancel", "again")
        if actions and act in actions
    ]
    if row:
        rows.append(row[:2])
        if row[2:]:
            rows.append(row[2:])
    orders_button = InlineKeyboardButton(
        text=texts.BTN_ORDERS,
        callback_data=(MyOrdersCb(page=back_page) if back_page else MenuCb(to="orders")).pack(),
    )
    rows.append([orders_button, _home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def orders_list(orders: list[Order], page: int, pages: int) -> InlineKeyboardMarkup:
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
            [InlineKeyboardButton(text=texts.BTN_NEW_ORDER, callback_data=MenuCb(to="new").pack())]
        )
    nav = []
    if page > 0:
        nav.append(
            InlineKeyboardButton(
                text=texts.BTN_PREV, callback_data=MyOrdersCb(page=page - 1).pack()
            )
        )
    if pages > 1:
        nav.append(
            InlineKeyboardButton(
                text=texts.PAGE.format(page=page + 1, pages=pages),
                callback_data=MyOrdersCb(page=page).pack(),
            )
        )
    if page < pages - 1:
        nav.append(
            InlineKeyboardButton(
                text=texts.BTN_NEXT, callback_data=MyOrdersCb(page=page + 1).pack()
            )
        )
    if nav:
        rows.append(nav)
    rows.append([_home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def open_order(order_id: int) -> InlineKeyboardMarkup:
    """The button under a notification: opens the order's card."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=texts.BTN_OPEN_ORDER.format(id=order_id),
                    callback_data=NoticeOrderCb(id=order_id).pack(),
                )
            ]
        ]
    )


def cancel_confirm(order_id: int) -> InlineKeyboardMarkup:
    """Cancelling asks first: Yes does it, No goes back to the card."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=texts.BTN_CANCEL_YES,
                    callback_data=OrderActionCb(id=order_id, act="cancelok").pack(),
                ),
                InlineKeyboardButton(
                    text=texts.BTN_CANCEL_KEEP, callback_data=OrderCardCb(id=order_id).pack()
                ),
            ]
        ]
    )
