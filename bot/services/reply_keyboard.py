"""Whether a /start sends the reply keyboard's message (rules: bot/domain/reply_keyboard.py)."""

from __future__ import annotations

from bot.db import Database
from bot.db.repositories.users import User
from bot.domain import reply_keyboard


async def claim_reply_keyboard(
    db: Database, user: User, language: str, is_admin: bool, moment: int
) -> bool:
    """True when the user is due the reply keyboard in `language`, recorded as sent at `moment`;
    False, and nothing written, when the one they have still fits (most /starts)."""
    wanted = reply_keyboard.variant(language, is_admin)
    if not reply_keyboard.due(user.reply_keyboard, user.reply_keyboard_at, wanted, moment):
        return False
    async with db.single_write() as repos:
        await repos.users.set_reply_keyboard(user.id, wanted, moment)
    return True
