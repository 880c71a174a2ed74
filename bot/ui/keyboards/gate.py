"""The gate screen's keyboard: a Join button per channel still to join, then "I've joined"."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui.keyboards.callbacks import GateCb


def gate(t: Translator, channels: Sequence[tuple[str, str | None]]) -> InlineKeyboardMarkup:
    """`channels`: (name, join link) of each channel to join; one without a link gets no
    button (its name is in the text)."""
    rows = [
        [InlineKeyboardButton(text=t("btn-gate-join", channel=name), url=link)]
        for name, link in channels
        if link
    ]
    rows.append(
        [InlineKeyboardButton(text=t("btn-gate-joined"), callback_data=GateCb(act="joined").pack())]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)
