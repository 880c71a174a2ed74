"""/export's buttons: when a file would pass the limit of what a bot may send, the last few
periods, each a button that exports those days alone."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder
from pydantic import Field

from bot.i18n import Translator


class ExportPeriodCb(CallbackData, prefix="ax"):
    days: Annotated[int, Field(ge=1, le=36_500)]


def periods(t: Translator, choices: Iterable[int]) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for days in choices:
        builder.button(
            text=t("admin-export-btn-days", days=days), callback_data=ExportPeriodCb(days=days)
        )
    builder.adjust(3)
    return builder.as_markup()
