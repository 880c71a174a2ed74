"""The language a customer reads the shop in."""

from __future__ import annotations

from bot.db import Database
from bot.i18n import LANGUAGES


async def choose_language(db: Database, user_id: int, lang: str) -> bool:
    """Stores the customer's choice; False, and nothing stored, for a language not spoken."""
    if lang not in LANGUAGES:
        return False
    async with db.transaction() as repos:
        await repos.users.set_language(user_id, lang)
    return True
