"""Admin callback data (prefixes starting with "a", apart from the customers' ones) and
keyboards, in the admin's language. Whatever a button carries is re-checked by the handler: who
pressed it, where, and the current state of what it names."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.db.repositories.orders import Order
from bot.db.repositories.users import User
from bot.domain.notices import Button
from bot.i18n import Translator
from bot.ui.keyboards.callbacks import AdminBroadcastCb, AdminReviewCb, AdminUserCb


def user_card(t: Translator, user: User) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("admin-btn-credit"), callback_data=AdminUserCb(act="credit", id=user.id))
    builder.button(text=t("admin-btn-debit"), callback_data=AdminUserCb(act="debit", id=user.id))
    if user.is_banned:
        builder.button(
            text=t("admin-btn-unban"), callback_data=AdminUserCb(act="unban", id=user.id)
        )
    else:
        builder.button(text=t("admin-btn-ban"), callback_data=AdminUserCb(act="ban", id=user.id))
    builder.adjust(2, 1)
    return builder.as_markup()


def review(t: Translator, orders: list[Order]) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for order in orders:
        builder.button(
            text=t("admin-btn-refund", id=order.id),
            callback_data=AdminReviewCb(act="ask", id=order.id),
        )
    builder.adjust(2)
    return builder.as_markup()


def refund_confirm(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("admin-btn-refund-sure", id=order_id),
        callback_data=AdminReviewCb(act="refund", id=order_id),
    )
    builder.button(text=t("admin-btn-back"), callback_data=AdminReviewCb(act="back", id=order_id))
    builder.adjust(1)
    return builder.as_markup()


def order_review(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("admin-btn-refund", id=order_id),
        callback_data=AdminReviewCb(act="ask", id=order_id),
    )
    return builder.as_markup()


def unknown_outcome_buttons(order_id: int) -> tuple[tuple[Button, ...], ...]:
    """Under the alert of an order whose outcome is unknown: open it, or refund it (asks).
    As `Button`s of a `Notice`: labelled in each admin's language when the alert is sent."""
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


def unknown_outcome_alert(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    """The same two buttons as a keyboard in one language, for an alert sent as a text."""
    builder = InlineKeyboardBuilder()
    for button in unknown_outcome_buttons(order_id)[0]:
        builder.button(text=t(button.key, id=order_id), callback_data=button.callback_data)
    return builder.as_markup()


def broadcast_confirm(t: Translator, broadcast_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("admin-btn-broadcast-send"),
        callback_data=AdminBroadcastCb(act="send", id=broadcast_id),
    )
    builder.button(
        text=t("admin-btn-broadcast-cancel"),
        callback_data=AdminBroadcastCb(act="cancel", id=broadcast_id),
    )
    return builder.as_markup()
