from __future__ import annotations

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot import texts
from bot.keyboards.callbacks import MenuCb


def main_menu(support_url: str | None = None) -> InlineKeyboardMarkup:
    """The main menu; with a support contact (on /help) a Contact support button too."""
    builder = InlineKeyboardBuilder()
    builder.button(text=texts.BTN_NEW_ORDER, callback_data=MenuCb(to="new"))
    builder.button(text=texts.BTN_SEARCH, callback_data=MenuCb(to="search"))
    builder.button(text=texts.BTN_MY_ORDERS, callback_data=MenuCb(to="orders"))
    builder.button(text=texts.BTN_BALANCE, callback_data=MenuCb(to="balance"))
    builder.button(text=texts.BTN_HELP, callback_data=MenuCb(to="help"))
    if support_url:
        builder.button(text=texts.BTN_SUPPORT, url=support_url)
    builder.adjust(1, 2, 2, 1)
    return builder.as_markup()


def home_button() -> InlineKeyboardButton:
    return InlineKeyboardButton(text=texts.BTN_HOME, callback_data=MenuCb(to="home").pack())


def home_only() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[home_button()]])


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
