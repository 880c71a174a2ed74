"""Buttons of the /api screen and the admin card's API button."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.repositories.api_keys import ApiAccess
from bot.i18n import Translator
from bot.services.api_access import AccessState, AccessView
from bot.ui.keyboards.callbacks import AdminApiCb, ApiCb, MenuCb


def _cb(text: str, act: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=ApiCb(act=act).pack())


def api_screen(t: Translator, view: AccessView) -> InlineKeyboardMarkup:
    rows: list[list[InlineKeyboardButton]] = []
    if view.state is AccessState.OFF:
        rows.append([_cb(t("btn-api-turn-on"), "on")])
    elif view.state is AccessState.ON:
        notices = "btn-api-notices-on" if view.notices else "btn-api-notices-off"
        rows.append([_cb(t(notices), "notices")])
        rows.append([_cb(t("btn-api-new-key"), "new"), _cb(t("btn-api-turn-off"), "off")])
    rows.append(
        [
            InlineKeyboardButton(text=t("btn-wallet"), callback_data=MenuCb(to="balance").pack()),
            InlineKeyboardButton(text=t("btn-home"), callback_data=MenuCb(to="home").pack()),
        ]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)


def admin_api_button(t: Translator, access: ApiAccess | None) -> InlineKeyboardButton | None:
    """Turn a customer's API off (or allow it again); none for one who never turned it on."""
    if access is None:
        return None
    if access.blocked:
        return InlineKeyboardButton(
            text=t("admin-btn-api-allow"),
            callback_data=AdminApiCb(act="allow", id=access.user_id).pack(),
        )
    return InlineKeyboardButton(
        text=t("admin-btn-api-block"),
        callback_data=AdminApiCb(act="block", id=access.user_id).pack(),
    )
