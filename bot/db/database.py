"""One aiosqlite connection, with every use of it serialised.

A shared connection must never carry two transactions at once, so reads and writes both take
one lock; writes open with BEGIN IMMEDIATE so that another process sharing the file waits
(busy_timeout) instead of failing half-way.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.db.repositories import Repos

BUSY_TIMEOUT_MS = 10_000


def _casefold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


class Database:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions, we BEGIN ourselves.
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        # Unicode-aware case folding for search (SQLite's lower() knows only ASCII).
        await conn.create_function("casefold", 1, _casefold, deterministic=True)
        return cls(conn)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Repos]:
        """A write transaction: committed when the block ends, rolled back on any exception.

        Cancellation included: a BEGIN whose await was cancelled still runs in aiosqlite's
        thread, so the rollback is always queued behind it (shielded) before the lock is let go;
        otherwise the connection would stay inside a transaction for good.
        """
        async with self._lock:
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                yield Repos(self._conn)
            except BaseException:
                # sqlite3's rollback() is a no-op outside a transaction; the worker thread runs
                # requests in order, so this comes after a BEGIN still in flight.
                await asyncio.shield(self._conn.rollback())
                raise
            await asyncio.shield(self._conn.commit())

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Repos]:
        """Reads, with no other coroutine's transaction half-way on the connection."""
        async with self._lock:
            yield Repos(self._conn)

    @asynccontextmanager
    async def raw(self) -> AsyncIterator[aiosqlite.Connection]:
        """The bare connection, for the migration runner only."""
        async with self._lock:
            yield self._conn

    async def close(self) -> None:
        await self._conn.close()
