from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str | None
    full_name: str
    language: str | None
    balance: int
    is_banned: bool
    ban_told_at: int  # when a banned user was last told the shop is closed (0: never)
    blocked_bot: bool
    created_at: int
    last_seen_at: int
    reply_keyboard: str | None  # the reply keyboard's variant last sent (None: never recorded)
    reply_keyboard_at: int  # when it was sent (0: never)


def _user(row: aiosqlite.Row) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        full_name=row["full_name"],
        language=row["language"],
        balance=row["balance"],
        is_banned=bool(row["is_banned"]),
        ban_told_at=int(row["ban_notified"]),
        blocked_bot=bool(row["blocked_bot"]),
        created_at=row["created_at"],
        last_seen_at=row["last_seen_at"],
        reply_keyboard=row["reply_keyboard"],
        reply_keyboard_at=int(row["reply_keyboard_at"]),
    )


class UserRepo(Repo):
    async def upsert_seen(
        self,
        user_id: int,
        username: str | None,
        full_name: str,
        language: str | None,
        now: int,
        reply_keyboard: str | None = None,
    ) -> User:
        """Creates the user or refreshes their names; a message from them means not blocked.

        `language` is the one picked for a new customer; a known customer keeps theirs (or the
        shop's default, NULL, until they choose one). `reply_keyboard`, when given, records that
        variant of the reply keyboard as sent now (in the same statement)."""
        row = await self._one(
            "INSERT INTO users (id, username, full_name, language, created_at, last_seen_at,"
            " reply_keyboard, reply_keyboard_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, CASE WHEN ?6 IS NULL THEN 0 ELSE ?5 END)"
            " ON CONFLICT (id) DO UPDATE SET username = excluded.username,"
            " full_name = excluded.full_name,"
            " last_seen_at = excluded.last_seen_at, blocked_bot = 0,"
            " reply_keyboard = coalesce(?6, reply_keyboard),"
            " reply_keyboard_at = CASE WHEN ?6 IS NULL THEN reply_keyboard_at ELSE ?5 END"
            " RETURNING *",
            (user_id, username, full_name, language, now, reply_keyboard),
        )
        assert row is not None
        return _user(row)

    async def set_language(
        self, user_id: int, language: str, reply_keyboard: str | None = None, now: int = 0
    ) -> None:
        """The customer's language; `reply_keyboard`, when given, records that variant of the
        reply keyboard (in the new language) as sent at `now`, in the same statement."""
        await self._write(
            "UPDATE users SET language = ?1, reply_keyboard = coalesce(?2, reply_keyboard),"
            " reply_keyboard_at = CASE WHEN ?2 IS NULL THEN reply_keyboard_at ELSE ?3 END"
            " WHERE id = ?4",
            (language, reply_keyboard, now, user_id),
        )

    async def set_reply_keyboard(self, user_id: int, reply_keyboard: str, now: int) -> None:
        """Records that variant of the reply keyboard as sent to the user now."""
        await self._write(
            "UPDATE users SET reply_keyboard = ?, reply_keyboard_at = ? WHERE id = ?",
            (reply_keyboard, now, user_id),
        )

    async def ensure(self, user_id: int, now: int) -> None:
        """A row for a user known only by id (an admin crediting someone not seen yet)."""
        await self._write(
            "INSERT INTO users (id, created_at, last_seen_at) VALUES (?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING",
            (user_id, now, now),
        )

    async def get(self, user_id: int) -> User | None:
        row = await self._one("SELECT * FROM users WHERE id = ?", (user_id,))
        return None if row is None else _user(row)

    async def get_by_username(self, username: str) -> User | None:
        row = await self._one(
            "SELECT * FROM users WHERE lower(username) = lower(?) ORDER BY last_seen_at DESC",
            (username,),
        )
        return None if row is None else _user(row)

    async def change_balance(self, user_id: int, delta: int) -> bool:
        """Adds delta unless that takes the balance below zero; False when refused."""
        changed = await self._write(
            "UPDATE users SET balance = balance + ? WHERE id = ? AND balance + ? >= 0",
            (delta, user_id, delta),
        )
        return changed == 1

    async def set_banned(self, user_id: int, banned: bool) -> bool:
        changed = await self._write(
            "UPDATE users SET is_banned = ?, ban_notified = 0 WHERE id = ?",
            (int(banned), user_id),
        )
        return changed == 1

    async def claim_ban_notice(self, user_id: int, moment: int, every: int) -> bool:
        """True for the one caller that may tell a banned user now: the last time was at
        least `every` seconds ago. (The ban_notified column holds that time; 0 is never.)"""
        changed = await self._write(
            "UPDATE users SET ban_notified = ? WHERE id = ? AND ban_notified <= ?",
            (moment, user_id, moment - every),
        )
        return changed == 1

    async def blocked_among(self, user_ids: Sequence[int]) -> set[int]:
        """Those of the given users who blocked the bot, in one query."""
        if not user_ids:
            return set()
        marks = ",".join("?" * len(user_ids))
        rows = await self._all(
            f"SELECT id FROM users WHERE blocked_bot = 1 AND id IN ({marks})", list(user_ids)
        )
        return {row[0] for row in rows}

    async def set_blocked_bot(self, user_id: int) -> None:
        await self._write("UPDATE users SET blocked_bot = 1 WHERE id = ?", (user_id,))

    async def counts(self, active_since: int, exclude: Sequence[int] = ()) -> tuple[int, int, int]:
        """(total, active since the given time, blocked the bot), leaving out the given ids
        (the admins: they are not customers)."""
        marks = ",".join("?" * len(exclude))
        row = await self._one(
            "SELECT count(*), coalesce(sum(last_seen_at >= ?), 0), coalesce(sum(blocked_bot), 0)"
            f" FROM users WHERE id NOT IN ({marks})",
            (active_since, *exclude),
        )
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2])

    async def arrived_since(self, since: int, exclude: Sequence[int] = ()) -> int:
        """How many users first wrote at or after `since`, leaving out the given ids (the
        admins); off the index users_created (migrations/023)."""
        marks = ",".join("?" * len(exclude))
        value = await self._scalar(
            f"SELECT count(*) FROM users WHERE created_at >= ? AND id NOT IN ({marks})",
            (since, *exclude),
        )
        return int(value or 0)

    async def reachable_after(self, after_id: int, limit: int) -> list[int]:
        """The next `limit` reachable ids above `after_id`, in id order (broadcast chunks)."""
        rows = await self._all(
            "SELECT id FROM users WHERE id > ? AND blocked_bot = 0 AND is_banned = 0"
            " ORDER BY id LIMIT ?",
            (after_id, limit),
        )
        return [row[0] for row in rows]

    async def count_reachable(self, exclude: Sequence[int]) -> int:
        """How many reachable users there are, leaving out the given ids (the admins)."""
        leave_out = f" AND id NOT IN ({','.join('?' * len(exclude))})" if exclude else ""
        value = await self._scalar(
            f"SELECT count(*) FROM users WHERE blocked_bot = 0 AND is_banned = 0{leave_out}",
            tuple(exclude),
        )
        return int(value or 0)
