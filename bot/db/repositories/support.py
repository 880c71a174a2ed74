"""Conversations with the shop (migrations/021_support.sql): one per customer, and every
admin's copy of it."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class Ticket:
    id: int
    user_id: int
    order_id: int | None
    last_message_id: int | None  # the customer's last message, in their chat
    state: str  # open | closed
    opened_at: int
    updated_at: int
    answered_by: int | None
    answered_name: str | None
    answered_at: int | None
    closed_name: str | None
    closed_at: int | None


@dataclass(frozen=True, slots=True)
class TicketLine:
    """An open conversation as /tickets lists it."""

    ticket: Ticket
    name: str  # its customer's


def _ticket(row: aiosqlite.Row) -> Ticket:
    return Ticket(**{key: row[key] for key in Ticket.__slots__})


_COLUMNS = ", ".join(f"t.{name}" for name in Ticket.__slots__)


class SupportRepo(Repo):
    async def open_for(self, user_id: int, order_id: int | None, message_id: int, now: int) -> int:
        """The customer's conversation, open: made, reopened when it was closed (its wait
        starting now), or kept open; an order asked about replaces the one before. It waits
        for an answer again: the last one is forgotten."""
        row = await self._one(
            "INSERT INTO support_tickets (user_id, order_id, last_message_id, opened_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET"
            " order_id = coalesce(excluded.order_id, order_id),"
            " last_message_id = excluded.last_message_id,"
            " opened_at = iif(state = 'closed', excluded.opened_at, opened_at),"
            " state = 'open', updated_at = excluded.updated_at,"
            " answered_by = NULL, answered_name = NULL, answered_at = NULL,"
            " closed_name = NULL, closed_at = NULL"
            " RETURNING id",
            (user_id, order_id, message_id, now, now),
        )
        assert row is not None
        return int(row[0])

    async def get(self, ticket_id: int) -> Ticket | None:
        row = await self._one(
            f"SELECT {_COLUMNS} FROM support_tickets t WHERE t.id = ?", (ticket_id,)
        )
        return None if row is None else _ticket(row)

    async def answered(self, ticket_id: int, admin_id: int, name: str, now: int) -> None:
        await self._write(
            "UPDATE support_tickets SET answered_by = ?, answered_name = ?, answered_at = ?,"
            " updated_at = ? WHERE id = ?",
            (admin_id, name, now, now, ticket_id),
        )

    async def close(self, ticket_id: int, name: str, now: int) -> bool:
        """Closes an open conversation; False when it was not open."""
        changed = await self._write(
            "UPDATE support_tickets SET state = 'closed', closed_name = ?, closed_at = ?,"
            " updated_at = ? WHERE id = ? AND state = 'open'",
            (name, now, now, ticket_id),
        )
        return changed == 1

    async def count_open(self) -> int:
        return int(await self._scalar("SELECT count(*) FROM support_tickets WHERE state = 'open'"))

    async def open_oldest_first(self, limit: int) -> list[TicketLine]:
        rows = await self._all(
            f"SELECT {_COLUMNS}, coalesce(u.full_name, '') AS name FROM support_tickets t"
            " LEFT JOIN users u ON u.id = t.user_id"
            " WHERE t.state = 'open' ORDER BY t.opened_at, t.id LIMIT ?",
            (limit,),
        )
        return [TicketLine(_ticket(row), row["name"]) for row in rows]

    async def retire_copies(self, ticket_id: int) -> None:
        """The cards of earlier messages stay as they are: a new message has its own."""
        await self._write(
            "UPDATE support_copies SET current = 0 WHERE ticket_id = ? AND current = 1",
            (ticket_id,),
        )

    async def add_copy(self, ticket_id: int, chat_id: int, message_id: int) -> None:
        await self._write(
            "INSERT OR IGNORE INTO support_copies (ticket_id, chat_id, message_id)"
            " VALUES (?, ?, ?)",
            (ticket_id, chat_id, message_id),
        )

    async def current_copies(self, ticket_id: int) -> list[tuple[int, int]]:
        rows = await self._all(
            "SELECT chat_id, message_id FROM support_copies"
            " WHERE ticket_id = ? AND current = 1 ORDER BY chat_id, message_id",
            (ticket_id,),
        )
        return [(int(row[0]), int(row[1])) for row in rows]
