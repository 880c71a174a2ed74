"""Where conversations (aiogram FSM state and data) live, and how updates are isolated.

By default in the shop's own SQLite file, so a half-filled order form survives a restart;
with REDIS_URL in Redis, so several processes share them. Either way a customer's updates are
handled one at a time (event isolation), so a double tap never races itself.

Except a pre-checkout query: Telegram wants its answer within 10 seconds, and the customer's
own slow update (an order placement waiting on the panel, a Crypto Pay invoice being made)
may hold their lock for longer. Its handler reads the database only and keeps no state, so it
takes no lock (`UnlockedIsolation`, told by `MarkUnlocked`, which runs before aiogram's FSM
middleware takes the lock).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from aiogram import BaseMiddleware, Dispatcher
from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    BaseEventIsolation,
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.types import TelegramObject, Update

from bot.config import Settings
from bot.db import Database
from bot.domain.clock import now


class SQLiteStorage(BaseStorage):
    """aiogram FSM storage in the `fsm_states` table: one row per conversation, JSON data.

    A conversation is written whole (state and data) in one statement, and a row with neither
    is deleted; reads are by key, in place (`Database.peek`). While an update is handled
    (`FsmWriteBehind`, inside the customer's lock) its changes are gathered and written once
    when the handler returns, whatever it raised: an order form's step sets the state and
    updates the data several times, and that was a write each. Only changes are written:
    clearing a conversation that is not stored writes nothing. Outside an update (a background
    job, a test) every change is written at once. The event isolation keeps a conversation's
    updates one at a time, and only this process writes its rows (several processes share
    conversations through Redis), so a row does not change between its read and its write.
    """

    def __init__(self, db: Database, key_builder: KeyBuilder | None = None) -> None:
        self._db = db
        self._keys = key_builder or DefaultKeyBuilder()

    async def _current(self, row_key: str) -> tuple[str | None, str | None]:
        batch = _BATCH.get()
        if batch is not None and batch.open and row_key in batch.rows:
            return batch.rows[row_key]
        record = await self._db.peek().fsm.get(row_key)
        return (None, None) if record is None else (record.state, record.data)

    async def _put(self, row_key: str, state: str | None, data: str | None) -> None:
        batch = _BATCH.get()
        if batch is not None and batch.open:
            if row_key not in batch.stored:
                batch.stored[row_key] = await self._current(row_key)
            batch.rows[row_key] = (state, data)
            return
        if await self._current(row_key) != (state, data):
            async with self._db.single_write() as repos:
                await repos.fsm.put(row_key, state, data, now())

    async def flush(self, batch: _Batch) -> None:
        """Writes what the update changed (a row back to how it was is left alone)."""
        batch.open = False
        for row_key, row in batch.rows.items():
            if batch.stored.get(row_key) != row:
                async with self._db.single_write() as repos:
                    await repos.fsm.put(row_key, *row, now())

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        row_key = self._keys.build(key)
        _, data = await self._current(row_key)
        await self._put(row_key, value, data)

    async def get_state(self, key: StorageKey) -> str | None:
        state, _ = await self._current(self._keys.build(key))
        return state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        _require_dict(data)
        row_key = self._keys.build(key)
        state, _ = await self._current(row_key)
        await self._put(row_key, state, _encode(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        _, data = await self._current(self._keys.build(key))
        return _decode(data)

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        """Read, merge and write (the base class reads twice)."""
        row_key = self._keys.build(key)
        state, stored = await self._current(row_key)
        merged = _decode(stored)
        merged.update(data)
        await self._put(row_key, state, _encode(merged))
        return merged.copy()

    async def close(self) -> None:
        """The database belongs to the application, which closes it."""


@dataclass
class _Batch:
    """One update's conversation changes: row key → (state, data), and each row as stored."""

    rows: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    stored: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    open: bool = True  # closed once written: a task the handler left running writes directly


_BATCH: ContextVar[_Batch | None] = ContextVar("fsm_write_batch", default=None)


class FsmWriteBehind(BaseMiddleware):
    """An outer update middleware inside aiogram's FSM middleware (so inside the customer's
    lock): the update's conversation changes are written once, after its handler."""

    def __init__(self, storage: SQLiteStorage) -> None:
        self._storage = storage

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        batch = _Batch()
        token = _BATCH.set(batch)
        try:
            return await handler(event, data)
        finally:
            _BATCH.reset(token)
            if batch.rows:
                # Shielded: a stop that cancels the update still leaves its state written.
                await asyncio.shield(self._storage.flush(batch))


def _require_dict(data: object) -> None:
    if not isinstance(data, dict):
        raise DataNotDictLikeError(
            f"Data must be a dict or dict-like object, got {type(data).__name__}"
        )


def _encode(data: Mapping[str, Any]) -> str | None:
    return json.dumps(dict(data), ensure_ascii=False, separators=(",", ":")) if data else None


def _decode(text: str | None) -> dict[str, Any]:
    if text is None:
        return {}
    value = json.loads(text)
    return value if isinstance(value, dict) else {}


_UNLOCKED: ContextVar[bool] = ContextVar("update_takes_no_lock", default=False)


def takes_no_lock(update: Update) -> bool:
    """The updates answered outside the customer's lock: pre-checkout queries."""
    return update.pre_checkout_query is not None


class UnlockedIsolation(BaseEventIsolation):
    """Another isolation's lock, skipped for the update being handled if it is marked."""

    def __init__(self, inner: BaseEventIsolation) -> None:
        self.inner = inner

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        if _UNLOCKED.get():
            yield
            return
        async with self.inner.lock(key):
            yield

    async def close(self) -> None:
        await self.inner.close()


class MarkUnlocked(BaseMiddleware):
    """An outer update middleware, before aiogram's FSM middleware: marks (in a context
    variable, so only for this update's handling) an update that takes no lock."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        token = _UNLOCKED.set(isinstance(event, Update) and takes_no_lock(event))
        try:
            return await handler(event, data)
        finally:
            _UNLOCKED.reset(token)


def install_fsm(dp: Dispatcher) -> None:
    """Registers the conversation middleware of a Dispatcher built with `disable_fsm=True`
    (aiogram's documented switch: it then registers none itself, and `dp.fsm` holds the one it
    made from the storage and isolation given): MarkUnlocked before it (the FSM middleware takes
    the lock), and the SQLite storage's write-behind after it (inside the lock). Outer
    middlewares run in the order they are registered."""
    outer = dp.update.outer_middleware
    if dp.fsm in outer:
        raise ValueError("build the Dispatcher with disable_fsm=True: its FSM goes here")
    outer.register(MarkUnlocked())
    outer.register(dp.fsm)
    if isinstance(dp.storage, SQLiteStorage):
        outer.register(FsmWriteBehind(dp.storage))


def build_fsm(settings: Settings, db: Database) -> tuple[BaseStorage, BaseEventIsolation]:
    """REDIS_URL set: aiogram's RedisStorage and a lock in Redis (shared by every process).
    Otherwise: SQLiteStorage and an in-process lock per customer."""
    if settings.redis_url is not None:
        from aiogram.fsm.storage.redis import RedisStorage  # needs the redis package

        storage = RedisStorage.from_url(settings.redis_url.get_secret_value())
        return storage, UnlockedIsolation(storage.create_isolation())
    return SQLiteStorage(db), UnlockedIsolation(SimpleEventIsolation())
