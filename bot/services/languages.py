"""The language a customer reads the shop in."""

from __future__ import annotations

from bot.db import Database
from bot.domain import reply_keyboard
from bot.domain.clock import now
from bot.i18n import LANGUAGES


async def choose_language(db: Database, user_id: int, lang: str, is_admin: bool) -> bool:
    """Stores the customer's choice; False, and nothing stored, for a language not spoken.

    The reply keyboard in the new language, which the caller sends, is recorded as sent in the
    same statement."""
    if lang not in LANGUAGES:
        return False
    async with db.single_write() as repos:
        await repos.users.set_language(user_id, lang, reply_keyboard.variant(lang, is_admin), now())
    return True
