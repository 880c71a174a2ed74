from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts
from bot.db.repositories.orders import Order
from bot.keyboards.callbacks import MenuCb, MyOrdersCb, OrderActionCb
from bot.keyboards.common import home_button


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
    rows.append([orders_button, home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)
