from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.i18n import LANGUAGES, Translator
from bot.ui.keyboards.callbacks import LanguageCb, MenuCb

# Static keyboards are built once per language (one Translator object per language) and per
# support contact; no keyboard of the customer's path goes through aiogram's builder, which
# deep-copies every button.


def in_rows(buttons: Sequence[InlineKeyboardButton], size: int) -> list[list[InlineKeyboardButton]]:
    """Rows of `size` buttons, the last one shorter if need be."""
    return [list(buttons[at : at + size]) for at in range(0, len(buttons), size)]


@cache
def main_menu(t: Translator, support_url: str | None = None) -> InlineKeyboardMarkup:
    """The main menu; with a support contact (on /help) a Contact support button too."""

    def button(text: str, to: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(text=text, callback_data=MenuCb(to=to).pack())

    rows = [
        [button(t("btn-new-order"), "new")],
        [button(t("btn-search"), "search"), button(t("btn-my-orders"), "orders")],
        [button(t("btn-balance"), "balance"), button(t("btn-help"), "help")],
        [button(t("btn-language"), "language"), button(t("kb-support"), "support")],
    ]
    if support_url:
        rows.append([InlineKeyboardButton(text=t("btn-support"), url=support_url)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def home_button(t: Translator) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=t("btn-home"), callback_data=MenuCb(to="home").pack())


@cache
def home_only(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[home_button(t)]])


@cache
def reply_menu(t: Translator, is_admin: bool = False) -> ReplyKeyboardMarkup:
    """The keyboard under the typing field: stays in reach when notices push inline menus
    out of sight. Admins get an Admin entry."""
    rows = [
        [KeyboardButton(text=t("kb-new-order")), KeyboardButton(text=t("kb-my-orders"))],
        [KeyboardButton(text=t("kb-wallet")), KeyboardButton(text=t("kb-support"))],
    ]
    if is_admin:
        rows.append([KeyboardButton(text=t("kb-admin"))])
    return ReplyKeyboardMarkup(
        keyboard=rows,
        resize_keyboard=True,
        is_persistent=True,
        input_field_placeholder=t("kb-placeholder"),
    )


@cache
def language_picker(t: Translator) -> InlineKeyboardMarkup:
    """Every language by its own name (a reader finds theirs whatever the screen is in), the
    current one marked; two a row; Home below."""
    buttons = [
        InlineKeyboardButton(
            text=f"✅ {name}" if code == t.lang else name,
            callback_data=LanguageCb(lang=code).pack(),
        )
        for code, name in LANGUAGES.items()
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)
