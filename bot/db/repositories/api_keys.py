"""The shop's API for resellers: keys (stored hashed), and the reads its actions make."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class ApiAccess:
    """A customer's API access: `on` when a key is set; `blocked` when an admin turned it off."""

    user_id: int
    on: bool
    notices: bool
    blocked: bool
    created_at: int
    updated_at: int


def _access(row: aiosqlite.Row) -> ApiAccess:
    return ApiAccess(
        user_id=row["user_id"],
        on=row["key_hash"] is not None,
        notices=bool(row["notices"]),
        blocked=bool(row["blocked"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


class ApiKeyRepo(Repo):
    async def get(self, user_id: int) -> ApiAccess | None:
        row = await self._one("SELECT * FROM api_keys WHERE user_id = ?", (user_id,))
        return None if row is None else _access(row)

    async def owner_of(self, key_hash: str) -> int | None:
        """The customer whose key this is, while neither an admin nor a ban stopped it."""
        value = await self._scalar(
            "SELECT k.user_id FROM api_keys k JOIN users u ON u.id = k.user_id"
            " WHERE k.key_hash = ? AND k.blocked = 0 AND u.is_banned = 0",
            (key_hash,),
        )
        return None if value is None else int(value)

    async def set_key(self, user_id: int, key_hash: str, now: int) -> bool:
        """A new key (the old one stops working); False when an admin blocked the API."""
        changed = await self._write(
            "INSERT INTO api_keys (user_id, key_hash, created_at, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET key_hash = excluded.key_hash,"
            " updated_at = excluded.updated_at WHERE api_keys.blocked = 0",
            (user_id, key_hash, now, now),
        )
        return changed > 0

    async def drop_key(self, user_id: int, now: int) -> bool:
        changed = await self._write(
            "UPDATE api_keys SET key_hash = NULL, updated_at = ?"
            " WHERE user_id = ? AND key_hash IS NOT NULL",
            (now, user_id),
        )
        return changed > 0

    async def set_notices(self, user_id: int, on: bool, now: int) -> bool:
        changed = await self._write(
            "UPDATE api_keys SET notices = ?, updated_at = ? WHERE user_id = ?",
            (int(on), now, user_id),
        )
        return changed > 0

    async def set_blocked(self, user_id: int, blocked: bool, now: int) -> None:
        """An admin's decision: blocked drops the key too."""
        await self._write(
            "INSERT INTO api_keys (user_id, blocked, created_at, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET blocked = excluded.blocked,"
            " key_hash = iif(excluded.blocked = 1, NULL, api_keys.key_hash),"
            " updated_at = excluded.updated_at",
            (user_id, int(blocked), now, now),
        )

    async def notices_wanted(self, user_ids: Sequence[int]) -> set[int]:
        """Of these customers, those who asked for status notices of their API orders."""
        if not user_ids:
            return set()
        marks = ",".join("?" * len(user_ids))
        rows = await self._all(
            f"SELECT user_id FROM api_keys WHERE notices = 1 AND user_id IN ({marks})",
            tuple(user_ids),
        )
        return {int(row[0]) for row in rows}

    async def order_counts(self, since: int) -> tuple[int, int]:
        """API orders since a moment: (placed, revenue in minor units after refunds)."""
        row = await self._one(
            "SELECT count(*), coalesce(sum(iif(panel_order_id IS NULL, 0, price - refunded)), 0)"
            " FROM orders WHERE via_api = 1 AND created_at >= ?",
            (since,),
        )
        assert row is not None
        return int(row[0]), int(row[1])
