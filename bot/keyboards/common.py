from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
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
