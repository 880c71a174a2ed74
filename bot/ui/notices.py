"""Stored notices rendered in one language: text and inline buttons (see bot.domain.notices)."""

from __future__ import annotations

from collections.abc import Mapping

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.money import money
from bot.domain.notices import Money, Msg, Notice, Value, When
from bot.i18n import Arg, I18n, Translator


class NoticeRenderer:
    """Turns a stored notice into the text and buttons of one language."""

    def __init__(self, i18n: I18n, decimals: int, currency: str) -> None:
        self._i18n = i18n
        self._decimals = decimals
        self._currency = currency

    def translator(self, lang: str | None) -> Translator:
        return self._i18n.get(lang)

    def render(self, notice: Notice, lang: str | None) -> tuple[str, InlineKeyboardMarkup | None]:
        t = self._i18n.get(lang)
        text = self.text(t, notice.key, notice.args)
        if not notice.buttons:
            return text, None
        rows = [
            [
                InlineKeyboardButton(
                    text=self.text(t, b.key, b.args), callback_data=b.callback_data, url=b.url
                )
                for b in row
            ]
            for row in notice.buttons
        ]
        return text, InlineKeyboardMarkup(inline_keyboard=rows)

    def text(self, t: Translator, key: str, args: Mapping[str, Value]) -> str:
        return t(key, **{name: self._value(t, value) for name, value in args.items()})

    def _value(self, t: Translator, value: Value) -> Arg:
        if isinstance(value, Money):
            return money(value.units, self._decimals, self._currency, value.shown, lang=t.lang)
        if isinstance(value, When):
            if value.style == "date":
                return t.date(value.timestamp)
            if value.style == "time":
                return t.time(value.timestamp)
            return t.datetime(value.timestamp)
        if isinstance(value, Msg):
            return self.text(t, value.key, value.args)
        return value
