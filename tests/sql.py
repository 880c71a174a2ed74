"""Plain SQL for tests' own checks, so the product's repositories hold only what it uses."""

from __future__ import annotations

from typing import Any

from bot.db import Database


async def rows(db: Database, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    async with db.read() as repos:
        return [tuple(row) for row in await repos.conn.execute_fetchall(sql, params)]


async def alert_raised(db: Database, key: str) -> bool:
    return bool(await rows(db, "SELECT 1 FROM alerts WHERE key = ?", (key,)))


async def reachable_ids(db: Database) -> set[int]:
    found = await rows(db, "SELECT id FROM users WHERE blocked_bot = 0 AND is_banned = 0")
    return {user_id for (user_id,) in found}
