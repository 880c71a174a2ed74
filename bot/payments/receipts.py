"""Transfer receipts: what a customer sent, and its copies in the admins' chats."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import InlineKeyboardMarkup, Message

from bot.db.repositories.topups import ReceiptKind

log = logging.getLogger(__name__)

TEXT_LIMIT = 1000  # characters of a text reference (or a caption) kept with the receipt
CAPTION_LIMIT = 1024  # Telegram's limit for a photo's or a document's caption


@dataclass(frozen=True, slots=True)
class Receipt:
    kind: ReceiptKind
    file_id: str | None
    text: str | None


def receipt_of(message: Message) -> Receipt | None:
    """A photo (its largest size), a document, or a text; None for anything else."""
    caption = (message.caption or "").strip() or None
    if message.photo:
        return Receipt("photo", message.photo[-1].file_id, caption)
    if message.document is not None:
        return Receipt("document", message.document.file_id, caption)
    if message.text and message.text.strip():
        return Receipt("text", None, message.text.strip())
    return None


async def send_copy(
    bot: Bot,
    chat_id: int,
    kind: str,
    file_id: str | None,
    caption: str,
    markup: InlineKeyboardMarkup | None,
) -> int | None:
    """Sends a receipt to one admin; returns the message id, None if it could not be sent."""
    try:
        if kind == "photo" and file_id:
            sent = await bot.send_photo(chat_id, file_id, caption=caption, reply_markup=markup)
        elif kind == "document" and file_id:
            sent = await bot.send_document(chat_id, file_id, caption=caption, reply_markup=markup)
        else:
            sent = await bot.send_message(chat_id, caption, reply_markup=markup)
    except TelegramAPIError as exc:
        log.warning("could not send a receipt copy to admin %s: %s", chat_id, exc)
        return None
    return sent.message_id


async def mark_copy(bot: Bot, chat_id: int, message_id: int, kind: str, text: str) -> None:
    """Rewrites an admin's copy to show the decision, without its buttons."""
    try:
        if kind in ("photo", "document"):
            await bot.edit_message_caption(
                chat_id=chat_id, message_id=message_id, caption=text, reply_markup=None
            )
        else:
            await bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, reply_markup=None
            )
    except TelegramAPIError as exc:  # deleted, too old: the decision stands anyway
        log.info("could not update receipt copy %s/%s: %s", chat_id, message_id, exc)
