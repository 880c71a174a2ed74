"""Admin callback data (prefixes starting with "a", apart from the customers' ones) and
keyboards. Whatever a button carries is re-checked by the handler: who pressed it, where, and
the current state of what it names."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot import texts_admin as t
from bot.db.repositories.orders import Order
from bot.db.repositories.users import User
from bot.keyboards.callbacks import AdminBroadcastCb, AdminReviewCb, AdminUserCb
from bot.notices import Button


def user_card(user: User) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t.BTN_CREDIT, callback_data=AdminUserCb(act="credit", id=user.id))
    builder.button(text=t.BTN_DEBIT, callback_data=AdminUserCb(act="debit", id=user.id))
    if user.is_banned:
        builder.button(text=t.BTN_UNBAN, callback_data=AdminUserCb(act="unban", id=user.id))
    else:
        builder.button(text=t.BTN_BAN, callback_data=AdminUserCb(act="ban", id=user.id))
    builder.adjust(2, 1)
    return builder.as_markup()


def review(orders: list[Order]) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for order in orders:
        builder.button(
            text=t.BTN_REFUND.format(id=order.id),
            callback_data=AdminReviewCb(act="ask", id=order.id),
        )
    builder.adjust(2)
    return builder.as_markup()


def refund_confirm(order_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t.BTN_REFUND_SURE.format(id=order_id),
        callback_data=AdminReviewCb(act="refund", id=order_id),
    )
    builder.button(text=t.BTN_BACK, callback_data=AdminReviewCb(act="back", id=order_id))
    builder.adjust(1)
    return builder.as_markup()


def order_review(order_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t.BTN_REFUND.format(id=order_id), callback_data=AdminReviewCb(act="ask", id=order_id)
    )
    return builder.as_markup()


def unknown_outcome_alert(order_id: int) -> tuple[tuple[Button, ...], ...]:
    """Under the alert of an order whose outcome is unknown: open it, or refund it (asks).
    Notice buttons: each admin reads them in their own language."""
    return (
        (
            Button(
                "admin-btn-open-order",
                {"id": order_id},
                callback_data=AdminReviewCb(act="open", id=order_id).pack(),
            ),
            Button(
                "admin-btn-refund",
                {"id": order_id},
                callback_data=AdminReviewCb(act="ask", id=order_id).pack(),
            ),
        ),
    )


def broadcast_confirm(broadcast_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t.BTN_BROADCAST_SEND, callback_data=AdminBroadcastCb(act="send", id=broadcast_id)
    )
    builder.button(
        text=t.BTN_BROADCAST_CANCEL, callback_data=AdminBroadcastCb(act="cancel", id=broadcast_id)
    )
    return builder.as_markup()
