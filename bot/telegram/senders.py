"""The Telegram side of broadcasts and backups: the services reach the admins' chats only through
these, and get plain outcomes back instead of Telegram's exceptions."""

from __future__ import annotations

from collections.abc import Awaitable

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramRetryAfter
from aiogram.types import BufferedInputFile

from bot.services.backup import Delivery, Upload
from bot.services.broadcast import Shown, ShownKind


class BotProgressMessages:
    """services.broadcast.ProgressMessages through the Bot."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def edit(self, chat_id: int, message_id: int, text: str) -> Shown:
        return await _shown(
            self._bot.edit_message_text(text, chat_id=chat_id, message_id=message_id)
        )

    async def send(self, chat_id: int, text: str) -> Shown:
        return await _shown(self._bot.send_message(chat_id, text))


async def _shown(call: Awaitable[object]) -> Shown:
    try:
        await call
    except TelegramRetryAfter as exc:
        return Shown(ShownKind.WAIT, retry_after=exc.retry_after, detail=str(exc))
    except TelegramBadRequest as exc:
        if "not modified" in exc.message:
            return Shown(ShownKind.SHOWN)
        return Shown(ShownKind.GONE, detail=str(exc))
    except TelegramAPIError as exc:
        return Shown(ShownKind.FAILED, detail=str(exc))
    return Shown(ShownKind.SHOWN)


class BotBackupChats:
    """services.backup.BackupChats through the Bot."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send_document(self, chat_id: int, document: Upload | str, caption: str) -> Delivery:
        file: BufferedInputFile | str = (
            document
            if isinstance(document, str)
            else BufferedInputFile(document.data, filename=document.filename)
        )
        try:
            message = await self._bot.send_document(chat_id, file, caption=caption)
        except TelegramAPIError as exc:
            return Delivery(False, problem=str(exc))
        uploaded = message.document
        return Delivery(True, None if uploaded is None else uploaded.file_id)

    async def send_text(self, chat_id: int, text: str) -> Delivery:
        try:
            await self._bot.send_message(chat_id, text)
        except TelegramAPIError as exc:
            return Delivery(False, problem=str(exc))
        return Delivery(True)
