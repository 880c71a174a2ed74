from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import aiosqlite

from bot.db.in_place import InPlaceReader

Connection = aiosqlite.Connection | InPlaceReader


class Repo:
    """Each helper is one round-trip to the connection's thread (execute and fetch together),
    or none on the in-place reader (`Database.peek`), which only reads."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @property
    def _writer(self) -> aiosqlite.Connection:
        if not isinstance(self._conn, aiosqlite.Connection):
            raise TypeError("a write through the in-place reader (Database.peek)")
        return self._conn

    async def _one(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        rows = await self._conn.execute_fetchall(sql, tuple(params))
        for row in rows:
            return row
        return None

    async def _all(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        return list(await self._conn.execute_fetchall(sql, tuple(params)))

    async def _scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = await self._one(sql, params)
        return None if row is None else row[0]

    async def _write(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Runs a statement; returns the number of rows it changed."""
        cursor = await self._writer.execute(sql, tuple(params))
        return cursor.rowcount

    async def _insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        row = await self._writer.execute_insert(sql, tuple(params))
        assert row is not None
        return int(row[0])
