from __future__ import annotations

import json
from collections.abc import Sequence
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
    claimed_at: int | None
    claimed_by: str | None
    notice: str | None = None  # JSON of a bot.domain.notices.Notice: rendered at send time
    language: str | None = None  # the recipient's (users.language), read with the row


def _message(row: aiosqlite.Row) -> OutboxMessage:
    return OutboxMessage(**dict(zip(row.keys(), tuple(row), strict=True)))


# Due messages come with their recipient's language, for notices rendered at send time.
_WITH_LANGUAGE = (
    "SELECT outbox.*, users.language AS language FROM outbox"
    " LEFT JOIN users ON users.id = outbox.chat_id"
)


@dataclass(frozen=True, slots=True)
class Broadcast:
    id: int
    admin_id: int
    text: str
    total: int  # messages queued so far
    state: str  # draft | sending | done | cancelled
    cursor: int  # the last user id queued
    queued_all: bool
    chat_id: int | None  # the admin's progress message
    message_id: int | None
    created_at: int
    finished_at: int | None


def _broadcast(row: aiosqlite.Row) -> Broadcast:
    return Broadcast(
        id=row["id"],
        admin_id=row["admin_id"],
        text=row["text"],
        total=row["total"],
        state=row["state"],
        cursor=row["cursor"],
        queued_all=bool(row["queued_all"]),
        chat_id=row["chat_id"],
        message_id=row["message_id"],
        created_at=row["created_at"],
        finished_at=row["finished_at"],
    )


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
        notice: str | None = None,
    ) -> int:
        return await self._insert(
            "INSERT INTO outbox (chat_id, text, reply_markup, kind, broadcast_id, created_at,"
            " notice) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (chat_id, text, reply_markup, kind, broadcast_id, now, notice),
        )

    async def add_notices(self, rows: Sequence[tuple[int, str, str]], now: int) -> None:
        """(chat_id, kind, notice JSON) per message, in one round trip (executemany)."""
        if rows:
            await self._writer.executemany(
                "INSERT INTO outbox (chat_id, text, kind, created_at, notice)"
                " VALUES (?, '', ?, ?, ?)",
                [(chat_id, kind, now, notice) for chat_id, kind, notice in rows],
            )

    async def due(self, now: int, limit: int) -> list[OutboxMessage]:
        rows = await self._all(
            _WITH_LANGUAGE + " WHERE state = 'pending' AND next_attempt_at <= ?"
            # Notices and alerts before broadcasts: a big broadcast must not delay them.
            " ORDER BY kind = 'broadcast', outbox.id LIMIT ?",
            (now, limit),
        )
        return [_message(row) for row in rows]

    async def due_per_chat(
        self, now: int, limit: int, skip_chats: Sequence[int] = ()
    ) -> list[OutboxMessage]:
        """The oldest due message of each chat (but `skip_chats`): one chat's backlog never
        holds up the others. Notices and alerts before broadcasts."""
        rows = await self._all(
            _WITH_LANGUAGE + " WHERE outbox.id IN ("
            " SELECT min(id) FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?"
            " AND chat_id NOT IN (SELECT value FROM json_each(?)) GROUP BY chat_id)"
            " ORDER BY kind = 'broadcast', outbox.id LIMIT ?",
            (now, json.dumps(list(skip_chats)), limit),
        )
        return [_message(row) for row in rows]

    async def claim(self, message_id: int, now: int, holder: str | None = None) -> bool:
        """pending -> sending; False if someone else took it."""
        changed = await self._write(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_at = ?,"
            " claimed_by = ? WHERE id = ? AND state = 'pending'",
            (now, holder, message_id),
        )
        return changed == 1

    async def claim_holders(self) -> list[str]:
        """Who holds the claims now ('sending' rows), NULL (unknown holder) left out."""
        rows = await self._all(
            "SELECT DISTINCT claimed_by FROM outbox"
            " WHERE state = 'sending' AND claimed_by IS NOT NULL"
        )
        return [row[0] for row in rows]

    async def release_claims_of(self, holder: str) -> int:
        """A holder known to be gone: its claims go back to pending at once."""
        return await self._write(
            "UPDATE outbox SET state = 'pending' WHERE state = 'sending' AND claimed_by = ?",
            (holder,),
        )

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

    async def release_claims(self, claimed_before: int) -> int:
        """Messages left 'sending' by a stopped process (claimed long ago) go back to pending."""
        return await self._write(
            "UPDATE outbox SET state = 'pending'"
            " WHERE state = 'sending' AND coalesce(claimed_at, 0) < ?",
            (claimed_before,),
        )

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

    # -- broadcasts ---------------------------------------------------------------------------
    async def create_broadcast(self, admin_id: int, text: str, now: int) -> int:
        return await self._insert(
            "INSERT INTO broadcasts (admin_id, text, created_at) VALUES (?, ?, ?)",
            (admin_id, text, now),
        )

    async def get_broadcast(self, broadcast_id: int) -> Broadcast | None:
        row = await self._one("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
        return None if row is None else _broadcast(row)

    async def start_broadcast(self, broadcast_id: int, chat_id: int, message_id: int) -> bool:
        """draft -> sending; False when it was started (or cancelled) already."""
        changed = await self._write(
            "UPDATE broadcasts SET state = 'sending', chat_id = ?, message_id = ?"
            " WHERE id = ? AND state = 'draft'",
            (chat_id, message_id, broadcast_id),
        )
        return changed == 1

    async def cancel_broadcast(self, broadcast_id: int) -> bool:
        changed = await self._write(
            "UPDATE broadcasts SET state = 'cancelled' WHERE id = ? AND state = 'draft'",
            (broadcast_id,),
        )
        return changed == 1

    async def advance_broadcast(self, broadcast_id: int, cursor: int, queued: int) -> None:
        await self._write(
            "UPDATE broadcasts SET cursor = ?, total = total + ? WHERE id = ?",
            (cursor, queued, broadcast_id),
        )

    async def mark_broadcast_queued(self, broadcast_id: int) -> None:
        await self._write("UPDATE broadcasts SET queued_all = 1 WHERE id = ?", (broadcast_id,))

    async def finish_broadcast(self, broadcast_id: int, now: int) -> bool:
        changed = await self._write(
            "UPDATE broadcasts SET state = 'done', finished_at = ?"
            " WHERE id = ? AND state = 'sending'",
            (now, broadcast_id),
        )
        return changed == 1

    async def unfinished_broadcasts(self) -> list[Broadcast]:
        rows = await self._all("SELECT * FROM broadcasts WHERE state = 'sending' ORDER BY id")
        return [_broadcast(row) for row in rows]
