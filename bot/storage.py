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

import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
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

from bot.clock import now
from bot.config import Settings
from bot.db import Database


class SQLiteStorage(BaseStorage):
    """aiogram FSM storage in the `fsm_states` table: one row per conversation, JSON data.

    A None state and empty data are not stored: a row with neither is deleted. Clearing what
    is not stored (a /start of a customer outside any conversation) writes nothing; setting a
    value is one statement without a transaction around it. The reads see this process's own
    writes (committed before they return), and the event isolation keeps a conversation's
    updates one at a time.
    """

    def __init__(self, db: Database, key_builder: KeyBuilder | None = None) -> None:
        self._db = db
        self._keys = key_builder or DefaultKeyBuilder()

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        row_key = self._keys.build(key)
        if value is not None:
            async with self._db.single_write() as repos:
                await repos.fsm.set_state(row_key, value, now())
            return
        if not await self._stored(row_key, "state"):
            return
        async with self._db.transaction() as repos:
            await repos.fsm.set_state(row_key, None, now())
            await repos.fsm.delete_if_empty(row_key)

    async def _stored(self, row_key: str, field: str) -> bool:
        """Whether the conversation has a state (or data) stored: else clearing it is a no-op."""
        record = await self._db.peek().fsm.get(row_key)
        return record is not None and getattr(record, field) is not None

    async def get_state(self, key: StorageKey) -> str | None:
        record = await self._db.peek().fsm.get(self._keys.build(key))
        return None if record is None else record.state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        _require_dict(data)
        row_key = self._keys.build(key)
        if data:
            async with self._db.single_write() as repos:
                await repos.fsm.set_data(row_key, _encode(data), now())
            return
        if not await self._stored(row_key, "data"):
            return
        async with self._db.transaction() as repos:
            await repos.fsm.set_data(row_key, None, now())
            await repos.fsm.delete_if_empty(row_key)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        record = await self._db.peek().fsm.get(self._keys.build(key))
        return _decode(None if record is None else record.data)

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        """Read, merge and write in one transaction (the base class uses two)."""
        row_key = self._keys.build(key)
        async with self._db.transaction() as repos:
            record = await repos.fsm.get(row_key)
            merged = _decode(None if record is None else record.data)
            merged.update(data)
            if merged or record is not None:
                await repos.fsm.set_data(row_key, _encode(merged), now())
                await repos.fsm.delete_if_empty(row_key)
        return merged.copy()

    async def close(self) -> None:
        """The database belongs to the application, which closes it."""


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


def install_unlocked(dp: Dispatcher) -> None:
    """Puts MarkUnlocked just before the FSM middleware (which takes the lock)."""
    outer = dp.update.outer_middleware
    outer.unregister(dp.fsm)
    outer.register(MarkUnlocked())
    outer.register(dp.fsm)


def build_fsm(settings: Settings, db: Database) -> tuple[BaseStorage, BaseEventIsolation]:
    """REDIS_URL set: aiogram's RedisStorage and a lock in Redis (shared by every process).
    Otherwise: SQLiteStorage and an in-process lock per customer."""
    if settings.redis_url is not None:
        from aiogram.fsm.storage.redis import RedisStorage  # needs the redis package

        storage = RedisStorage.from_url(settings.redis_url.get_secret_value())
        return storage, UnlockedIsolation(storage.create_isolation())
    return SQLiteStorage(db), UnlockedIsolation(SimpleEventIsolation())
