"""services.support.SupportChats through the Bot: admins' cards in each admin's language, and
the shop's answers copied to customers (copyMessage: any kind of message, as it was sent)."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramForbiddenError
from aiogram.types import InlineKeyboardMarkup, ReplyParameters

from bot.i18n import I18n
from bot.services.support import Card, Delivery, Source
from bot.ui.keyboards import support as kb
from bot.ui.views_support import support_card

log = logging.getLogger(__name__)


class ChatSupport:
    def __init__(self, bot: Bot, i18n: I18n, decimals: int, currency: str) -> None:
        self._bot = bot
        self._i18n = i18n
        self._decimals = decimals
        self._currency = currency

    def _render(self, card: Card, language: str | None) -> tuple[str, InlineKeyboardMarkup]:
        t = self._i18n.get(language)
        return support_card(t, card, self._decimals, self._currency), kb.card(t, card)

    async def send_card(
        self, chat_id: int, card: Card, language: str | None, source: Source | None
    ) -> int | None:
        text, markup = self._render(card, language)
        try:
            sent = await self._bot.send_message(chat_id, text, reply_markup=markup)
            if source is not None:
                await self._bot.copy_message(
                    chat_id,
                    source.chat_id,
                    source.message_id,
                    reply_parameters=ReplyParameters(
                        message_id=sent.message_id, allow_sending_without_reply=True
                    ),
                )
        except TelegramAPIError as exc:
            log.warning("could not send a conversation to admin %s: %s", chat_id, exc)
            return None
        return sent.message_id

    async def edit_card(
        self, chat_id: int, message_id: int, card: Card, language: str | None
    ) -> None:
        text, markup = self._render(card, language)
        try:
            await self._bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, reply_markup=markup
            )
        except TelegramBadRequest as exc:
            if "message is not modified" not in exc.message:
                log.info("could not update card %s/%s: %s", chat_id, message_id, exc)
        except TelegramAPIError as exc:  # deleted, too old: the conversation goes on anyway
            log.info("could not update card %s/%s: %s", chat_id, message_id, exc)

    async def deliver(self, user_id: int, source: Source, language: str | None) -> Delivery:
        t = self._i18n.get(language)
        try:
            await self._bot.copy_message(
                user_id, source.chat_id, source.message_id, reply_markup=kb.answer_back(t)
            )
        except TelegramForbiddenError:
            return Delivery.BLOCKED
        except TelegramAPIError as exc:
            log.warning("could not deliver an answer to %s: %s", user_id, exc)
            return Delivery.FAILED
        return Delivery.SENT
