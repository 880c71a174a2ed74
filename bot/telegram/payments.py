"""The Telegram side of the ways to pay: what a receipt message holds, the receipt copies in
admins' chats, and Stars refunds. The payment services reach Telegram only through these."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import Message

from bot.db.repositories.topups import ReceiptKind
from bot.domain.notices import Msg, Notice
from bot.payments.receipts import Receipt
from bot.services.stars_topups import RefundAnswer, RefundAnswerKind
from bot.ui.notices import NoticeRenderer

log = logging.getLogger(__name__)


def receipt_of(message: Message) -> Receipt | None:
    """A photo (its largest size), a document, or a text; None for anything else. A file
    keeps its file_unique_id: the same screenshot sent again, by anyone, has the same one."""
    caption = (message.caption or "").strip() or None
    if message.photo:
        largest = max(message.photo, key=lambda size: size.width * size.height)
        return Receipt(ReceiptKind.PHOTO, largest.file_id, caption, largest.file_unique_id)
    if message.document is not None:
        document = message.document
        return Receipt(ReceiptKind.DOCUMENT, document.file_id, caption, document.file_unique_id)
    if message.text and message.text.strip():
        return Receipt(ReceiptKind.TEXT, None, message.text.strip())
    return None


class ChatReceiptCopies:
    """services.receipt_topups.ReceiptCopies through the Bot, rendered in each admin's language."""

    def __init__(self, bot: Bot, renderer: NoticeRenderer) -> None:
        self._bot = bot
        self._renderer = renderer

    async def send(
        self, chat_id: int, kind: str, file_id: str | None, notice: Notice, language: str | None
    ) -> int | None:
        caption, markup = self._renderer.render(notice, language)
        bot = self._bot
        try:
            if kind == ReceiptKind.PHOTO and file_id:
                sent = await bot.send_photo(chat_id, file_id, caption=caption, reply_markup=markup)
            elif kind == ReceiptKind.DOCUMENT and file_id:
                sent = await bot.send_document(
                    chat_id, file_id, caption=caption, reply_markup=markup
                )
            else:
                sent = await bot.send_message(chat_id, caption, reply_markup=markup)
        except TelegramAPIError as exc:
            log.warning("could not send a receipt copy to admin %s: %s", chat_id, exc)
            return None
        return sent.message_id

    async def mark(
        self, chat_id: int, message_id: int, kind: str, parts: Sequence[Msg], language: str | None
    ) -> None:
        t = self._renderer.translator(language)
        text = "".join(self._renderer.text(t, part.key, part.args) for part in parts)
        try:
            if kind in (ReceiptKind.PHOTO, ReceiptKind.DOCUMENT):
                await self._bot.edit_message_caption(
                    chat_id=chat_id, message_id=message_id, caption=text, reply_markup=None
                )
            else:
                await self._bot.edit_message_text(
                    text, chat_id=chat_id, message_id=message_id, reply_markup=None
                )
        except TelegramAPIError as exc:  # deleted, too old: the decision stands anyway
            log.info("could not update receipt copy %s/%s: %s", chat_id, message_id, exc)


class BotStarsRefunds:
    """services.stars_topups.StarsRefunds through the Bot."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def refund(self, user_id: int, charge_id: str) -> RefundAnswer:
        """Only no answer is unsure (a network error or timeout, a 5xx, a flood wait): Telegram
        may have refunded. Any other error is Telegram's definite no (400, 403, 404, ...)."""
        try:
            await self._bot.refund_star_payment(
                user_id=user_id, telegram_payment_charge_id=charge_id
            )
        except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter) as exc:
            return RefundAnswer(RefundAnswerKind.UNSURE, exc.message)
        except TelegramAPIError as exc:
            if "CHARGE_ALREADY_REFUNDED" not in exc.message:
                return RefundAnswer(RefundAnswerKind.REFUSED, exc.message)
        return RefundAnswer(RefundAnswerKind.REFUNDED)
