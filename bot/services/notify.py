"""Notifications go through the outbox: written in the transaction of the change behind them,
delivered later by the sender task, so a crash between the two loses nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup

from bot.db import Database
from bot.db.repositories import Repos
from bot.domain.clock import now
from bot.domain.notices import Notice


class Notifier:
    def __init__(self, db: Database, admin_ids: frozenset[int]) -> None:
        self._db = db
        self._admin_ids = admin_ids
        # Set after a commit that added messages, so the sender does not wait for its next tick.
        self.wakeup = asyncio.Event()

    @property
    def admin_ids(self) -> frozenset[int]:
        return self._admin_ids

    async def enqueue(
        self,
        repos: Repos,
        chat_id: int,
        message: Notice | str,
        markup: InlineKeyboardMarkup | None = None,
        *,
        kind: str = "notice",
        broadcast_id: int | None = None,
    ) -> bool:
        """Adds a message inside the caller's transaction; skips users who blocked the bot.

        A `Notice` is rendered in the recipient's language when it is sent (its buttons are
        part of it); a `str` is sent as written (a broadcast an admin typed)."""
        user = await repos.users.get(chat_id)
        if user is not None and user.blocked_bot:
            return False
        notice = message.to_json() if isinstance(message, Notice) else None
        await repos.outbox.add(
            chat_id,
            "" if isinstance(message, Notice) else message,
            now(),
            reply_markup=None if markup is None else markup.model_dump_json(exclude_none=True),
            kind=kind,
            broadcast_id=broadcast_id,
            notice=notice,
        )
        return True

    async def enqueue_notices(self, repos: Repos, notices: Sequence[tuple[int, Notice]]) -> int:
        """Several customers' notices inside the caller's transaction, in two round trips (who
        blocked the bot, then the rows); returns how many were queued."""
        blocked = await repos.users.blocked_among(sorted({chat for chat, _ in notices}))
        rows = [
            (chat_id, "notice", notice.to_json())
            for chat_id, notice in notices
            if chat_id not in blocked
        ]
        await repos.outbox.add_notices(rows, now())
        return len(rows)

    async def enqueue_admins(
        self, repos: Repos, message: Notice | str, markup: InlineKeyboardMarkup | None = None
    ) -> None:
        for admin_id in sorted(self._admin_ids):
            await self.enqueue(repos, admin_id, message, markup, kind="admin")

    async def tell_user(
        self, chat_id: int, message: Notice | str, markup: InlineKeyboardMarkup | None = None
    ) -> None:
        async with self._db.transaction() as repos:
            await self.enqueue(repos, chat_id, message, markup)
        self.wake()

    async def tell_admins(self, text: Notice | str) -> None:
        async with self._db.transaction() as repos:
            await self.enqueue_admins(repos, text)
        self.wake()

    def wake(self) -> None:
        self.wakeup.set()
