from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    id: int
    chat_id: int
    text: str
    reply_markup: str | None
    kind: str
    broadcast_id: int | None
    state: str
    attempts: int
    next_attempt_at: int
    error: str | None
    created_at: int
    sent_at: int | None


def _message(row: aiosqlite.Row) -> OutboxMessage:
    return OutboxMessage(**dict(zip(row.keys(), tuple(row), strict=True)))


class OutboxRepo(Repo):
    async def add(
        self,
        chat_id: int,
        text: str,
        now: int,
        *,
        reply_markup: str | None = None,
        kind: str = "notice",
        broadcast_id: int | None = None,
    ) -> int:
        return await self._insert(
            "INSERT INTO outbox (chat_id, text, reply_markup, kind, broadcast_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (chat_id, text, reply_markup, kind, broadcast_id, now),
        )

    async def due(self, now: int, limit: int) -> list[OutboxMessage]:
        rows = await self._all(
            "SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?"
            " ORDER BY id LIMIT ?",
            (now, limit),
        )
        return [_message(row) for row in rows]

    async def claim(self, message_id: int) -> bool:
        """pending -> sending; False if someone else took it."""
        changed = await self._write(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1"
            " WHERE id = ? AND state = 'pending'",
            (message_id,),
        )
        return changed == 1

    async def mark_sent(self, message_id: int, now: int) -> None:
        await self._write(
            "UPDATE outbox SET state = 'sent', sent_at = ?, error = NULL WHERE id = ?",
            (now, message_id),
        )

    async def mark_final(self, message_id: int, state: str, error: str) -> None:
        await self._write(
            "UPDATE outbox SET state = ?, error = ? WHERE id = ?", (state, error, message_id)
        )

    async def retry_later(self, message_id: int, at: int, error: str) -> None:
        await self._write(
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?, error = ? WHERE id = ?",
            (at, error, message_id),
        )

    async def release_claims(self) -> int:
        """At start: messages left 'sending' by a stopped process go back to pending."""
        return await self._write("UPDATE outbox SET state = 'pending' WHERE state = 'sending'")

    async def block_pending_for_chat(self, chat_id: int, error: str) -> int:
        return await self._write(
            "UPDATE outbox SET state = 'blocked', error = ?"
            " WHERE chat_id = ? AND state = 'pending'",
            (error, chat_id),
        )

    async def count_pending(self) -> int:
        value = await self._scalar(
            "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')"
        )
        return int(value or 0)

    async def broadcast_counts(self, broadcast_id: int) -> dict[str, int]:
        rows = await self._all(
            "SELECT state, count(*) FROM outbox WHERE broadcast_id = ? GROUP BY state",
            (broadcast_id,),
        )
        return {row[0]: row[1] for row in rows}
