"""One writer connection, a few reader connections and an in-place reader on one SQLite file (WAL).

WAL lets readers run beside the one writer, so a read (a customer's page, a balance) never
queues behind a write transaction (a status sync batch, a catalogue refresh chunk). A connection
is never used by two transactions at once: the writer is taken in turns (customers' writes
before background jobs', bot/db/turns.py), each reader is lent out to one `read()` block at a
time, and `peek()` reads a row by its key in place on the loop (bot/db/in_place.py). Writes open
with BEGIN IMMEDIATE so that another process sharing the file waits (busy_timeout) instead of
failing half-way.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.db.in_place import InPlaceReader, connect_in_place
from bot.db.repositories import Repos
from bot.db.search_match import holds_all
from bot.db.turns import WriterTurns

BUSY_TIMEOUT_MS = 10_000
READERS = 2  # reads at once beside the writer; each is a thread of its own


def _casefold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


async def _connect(path: Path, *, reader: bool) -> aiosqlite.Connection:
    # isolation_level=None: no implicit transactions, we BEGIN ourselves.
    conn = await aiosqlite.connect(path, isolation_level=None)
    conn.row_factory = aiosqlite.Row
    await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not reader:
        await conn.execute("PRAGMA journal_mode = WAL")
    await conn.execute("PRAGMA synchronous = NORMAL")
    await conn.execute("PRAGMA foreign_keys = ON")
    # Unicode-aware case folding for search (SQLite's lower() knows only ASCII).
    await conn.create_function("casefold", 1, _casefold, deterministic=True)
    await conn.create_function("holds_all", 2, holds_all, deterministic=True)
    return conn


class Database:
    def __init__(
        self,
        conn: aiosqlite.Connection,
        readers: list[aiosqlite.Connection] | None = None,
        in_place: sqlite3.Connection | None = None,
    ) -> None:
        self._conn = conn
        self._turns = WriterTurns()
        self._readers = readers or []
        self._free: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        for reader in self._readers:
            self._free.put_nowait(reader)
        self._in_place = InPlaceReader(in_place, self._read_elsewhere)
        self._peek = Repos(self._in_place)

    @classmethod
    async def open(cls, path: Path | str, readers: int = READERS) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = await _connect(path, reader=False)  # first: it switches the file to WAL
        return cls(
            writer,
            [await _connect(path, reader=True) for _ in range(readers)],
            connect_in_place(path, _casefold),
        )

    def peek(self) -> Repos:
        """Repositories for a read by key (one row by its primary key or a unique index), run
        in place on the loop's thread: no thread hand-over. Anything that scans, sorts or
        counts many rows takes `read()`, so the loop never stalls on it. Reads only."""
        return self._peek

    async def _read_elsewhere(self, sql: str, params: tuple[Any, ...]) -> Iterable[sqlite3.Row]:
        async with self.read() as repos:
            assert isinstance(repos.conn, aiosqlite.Connection)
            return await repos.conn.execute_fetchall(sql, params)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Repos]:
        """A write transaction: committed when the block ends, rolled back on any exception.

        Keep it short: every other write of this process waits for it.
        Cancellation included: a BEGIN whose await was cancelled still runs in aiosqlite's
        thread, so the rollback is always queued behind it (shielded) before the lock is let go;
        otherwise the connection would stay inside a transaction for good.
        """
        async with self._turns.turn():
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
    async def single_write(self) -> AsyncIterator[Repos]:
        """The writer for ONE statement, atomic on its own: no BEGIN/COMMIT round-trips.

        For a write that is a single statement (a conversation's state); anything of two or
        more statements that must hold together takes `transaction()`.
        """
        async with self._turns.turn():
            yield Repos(self._conn)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Repos]:
        """Reads on a reader connection of their own: they never wait for a write transaction.

        Each statement sees the last committed state (no snapshot across statements). Without
        readers (Database built on one connection) reads share the writer, under its lock.
        """
        if not self._readers:
            async with self._turns.turn():
                yield Repos(self._conn)
            return
        conn = await self._free.get()
        try:
            yield Repos(conn)
        finally:
            self._free.put_nowait(conn)

    @asynccontextmanager
    async def raw(self) -> AsyncIterator[aiosqlite.Connection]:
        """The bare writer connection, for the migration runner only."""
        async with self._turns.turn():
            yield self._conn

    async def close(self) -> None:
        self._in_place.close()
        for reader in self._readers:
            await reader.close()
        await self._conn.close()
