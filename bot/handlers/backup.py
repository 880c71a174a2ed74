"""/backup: an admin gets a consistent snapshot of the database as a document.

Guarded like the admin console: for anyone but an admin the command does not exist (it falls
through to the fallback router).
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.types import Message

from bot.services.backup import BackupService
from bot.telegram.filters import Check
from bot.telegram.senders import BotBackupChats


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="backup")
    r.message.filter(Check(F.from_user.id.in_(admin_ids)))

    @r.message(Command("backup"))
    async def on_backup(message: Message, bot: Bot, backups: BackupService) -> None:
        await bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_DOCUMENT)
        await backups.send(BotBackupChats(bot), [message.chat.id])

    return r
