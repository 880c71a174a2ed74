"""The admin's catalogue keyboards: a service's card, the language to write in, the prompt,
and an import's preview."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.i18n import LANGUAGES, Translator
from bot.ui.keyboards.admin_console import with_menu
from bot.ui.keyboards.callbacks import AdminImportCb, AdminServiceCb


def service_card(t: Translator, service_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("admin-service-btn-rename"), callback_data=AdminServiceCb(act="name", id=service_id)
    )
    builder.button(
        text=t("admin-service-btn-describe"),
        callback_data=AdminServiceCb(act="describe", id=service_id),
    )
    builder.adjust(2)
    return with_menu(t, builder.as_markup())


def languages(t: Translator, service_id: int, field: str) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for lang, name in LANGUAGES.items():
        builder.button(
            text=name,
            callback_data=AdminServiceCb(act="ask", id=service_id, lang=lang, field=field),
        )
    builder.button(
        text=t("admin-btn-back"), callback_data=AdminServiceCb(act="card", id=service_id)
    )
    builder.adjust(3, 3, 1)
    return builder.as_markup()


def prompt(t: Translator, service_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("admin-btn-cancel"), callback_data=AdminServiceCb(act="card", id=service_id)
    )
    return builder.as_markup()


def import_preview(t: Translator, import_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("admin-import-btn-apply"), callback_data=AdminImportCb(act="apply", id=import_id)
    )
    builder.button(
        text=t("admin-import-btn-cancel"), callback_data=AdminImportCb(act="cancel", id=import_id)
    )
    builder.adjust(2)
    return builder.as_markup()
