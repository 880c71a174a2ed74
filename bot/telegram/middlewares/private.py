"""The shop lives in private chats: the one place that says so.

Registered first on messages and button presses, before anything records the sender or any
router is tried: in a group the bot neither answers nor records anyone (a group message must
not count them as a customer, or as unblocked). A press on a button in a group only stops the
button's spinner. Routers need no chat filter of their own.

Payment messages (`successful_payment`, `refunded_payment`) pass from any chat: they are money
that moved, wherever the invoice was paid, and their handlers answer the payer privately.

Flood control runs earlier, on the whole update, and asks `in_private` before it says a word.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.enums import ChatType
from aiogram.types import CallbackQuery, Chat, Message, TelegramObject

from bot.i18n import I18n


def in_private(chat: Chat | None) -> bool:
    """Where the shop talks: a private chat (or a button whose message Telegram no longer shows)."""
    return chat is None or chat.type == ChatType.PRIVATE


def is_payment_message(message: Message) -> bool:
    """A Stars payment or its refund: handled in whatever chat it arrives."""
    return message.successful_payment is not None or message.refunded_payment is not None


class PrivateChatsOnly(BaseMiddleware):
    def __init__(self, i18n: I18n) -> None:
        self._i18n = i18n

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        chat: Chat | None
        if isinstance(event, Message):
            if is_payment_message(event):
                return await handler(event, data)
            chat = event.chat
        elif isinstance(event, CallbackQuery):
            chat = getattr(event.message, "chat", None)
        else:
            return await handler(event, data)
        if in_private(chat):
            return await handler(event, data)
        if isinstance(event, CallbackQuery):
            t = self._i18n.get(self._i18n.pick(event.from_user.language_code))
            await event.answer(t("button-expired"))
        return None
