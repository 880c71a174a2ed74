"""Reads by key, run in place on the event loop's thread.

aiosqlite runs every statement on a thread of its own connection: a hand-over each way (a
queue, a GIL switch, a self-pipe wake-up of the loop) that costs far more CPU than the
statement when it is a row looked up by its key (a customer, a conversation's state). Those
reads use `InPlaceReader`: a read-only connection used only from the loop's thread. In WAL mode
a reader does not wait for the writer; in the rare case SQLite says busy anyway (another
process recovering the file), the read is made on a reader thread instead of blocking the loop.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

Fallback = Callable[[str, tuple[Any, ...]], Awaitable[Iterable[sqlite3.Row]]]


def connect_in_place(path: Path, casefold: Callable[[object], str | None]) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)  # check_same_thread: the loop's only
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 0")  # never block the loop: busy goes to a thread
    conn.execute("PRAGMA query_only = ON")
    conn.create_function("casefold", 1, casefold, deterministic=True)
    return conn


class InPlaceReader:
    """The part of aiosqlite's Connection that reads use, answered without leaving the loop."""

    def __init__(self, conn: sqlite3.Connection | None, fallback: Fallback) -> None:
        self._conn = conn  # None: every read goes to the fallback
        self._fallback = fallback

    async def execute_fetchall(
        self, sql: str, parameters: Iterable[Any] | None = None
    ) -> Iterable[sqlite3.Row]:
        params = tuple(parameters or ())
        if self._conn is not None:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
        return await self._fallback(sql, params)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
