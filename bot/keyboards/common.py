from __future__ import annotations

from functools import cache

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot import texts
from bot.keyboards.callbacks import MenuCb


@cache  # built once per support contact: aiogram's builder deep-copies every button
def main_menu(support_url: str | None = None) -> InlineKeyboardMarkup:
    """The main menu; with a support contact (on /help) a Contact support button too."""

    def button(text: str, to: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(text=text, callback_data=MenuCb(to=to).pack())

    rows = [
        [button(texts.BTN_NEW_ORDER, "new")],
        [button(texts.BTN_SEARCH, "search"), button(texts.BTN_MY_ORDERS, "orders")],
        [button(texts.BTN_BALANCE, "balance"), button(texts.BTN_HELP, "help")],
    ]
    if support_url:
        rows.append([InlineKeyboardButton(text=texts.BTN_SUPPORT, url=support_url)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def home_button() -> InlineKeyboardButton:
    return InlineKeyboardButton(text=texts.BTN_HOME, callback_data=MenuCb(to="home").pack())


@cache
def home_only() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[home_button()]])


@cache
def reply_menu(is_admin: bool = False) -> ReplyKeyboardMarkup:
    """The keyboard under the typing field: stays in reach when notices push inline menus
    out of sight. Admins get an Admin entry."""
    rows = [
        [KeyboardButton(text=texts.KB_NEW_ORDER), KeyboardButton(text=texts.KB_MY_ORDERS)],
        [KeyboardButton(text=texts.KB_WALLET), KeyboardButton(text=texts.KB_SUPPORT)],
    ]
    if is_admin:
        rows.append([KeyboardButton(text=texts.KB_ADMIN)])
    return ReplyKeyboardMarkup(
        keyboard=rows,
        resize_keyboard=True,
        is_persistent=True,
        input_field_placeholder=texts.KB_PLACEHOLDER,
    )
