"""Conversation storage: our SQLiteStorage and aiogram's RedisStorage (on a real redis-server
started here) keep the promises of aiogram's own storage tests, survive a new Dispatcher, and
handle one update at a time per customer."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, TypedDict

import pytest
from aiogram import Dispatcher, F, Router
from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, StorageKey
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisEventIsolation, RedisStorage
from aiogram.types import Message

from bot.app import build_dispatcher, build_services
from bot.db import Database
from bot.panel.client import PanelClient
from bot.panel.registry import Panels
from bot.telegram.storage import SQLiteStorage, UnlockedIsolation, build_fsm
from tests.conftest import CUSTOMER, make_settings
from tests.fakes.telegram import BotHarness, message_update

KEY = StorageKey(bot_id=42, chat_id=-1, user_id=2)
OTHER = StorageKey(bot_id=42, chat_id=2, user_id=2)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on 127.0.0.1 for the whole session (`.ci/run` installs it)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = _free_port()
    folder = tmp_path_factory.mktemp("redis")
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(folder)]
    process = subprocess.Popen(
        [*args, "--appendonly", "no", "--protected-mode", "yes"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert process.stdout is not None
    try:
        # redis-server logs "Ready to accept connections" once it listens.
        for raw in process.stdout:
            if b"Ready to accept connections" in raw:
                break
        else:
            raise RuntimeError(f"redis-server exited with {process.wait()}")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
async def redis_storage(redis_url: str) -> AsyncIterator[RedisStorage]:
    storage = RedisStorage.from_url(redis_url)
    await storage.redis.flushdb()
    yield storage
    await storage.close()


@pytest.fixture
async def sqlite_storage(db: Database) -> SQLiteStorage:
    return SQLiteStorage(db)


@pytest.fixture(params=["sqlite_storage", "redis_storage"])
def storage(request: pytest.FixtureRequest) -> BaseStorage:
    value: BaseStorage = request.getfixturevalue(request.param)
    return value


# -- the behaviours aiogram's own storage tests check ---------------------------------------


async def test_set_state(storage: BaseStorage) -> None:
    assert await storage.get_state(KEY) is None
    await storage.set_state(KEY, "state")
    assert await storage.get_state(KEY) == "state"
    assert await storage.get_state(OTHER) is None
    await storage.set_state(KEY, None)
    assert await storage.get_state(KEY) is None


async def test_state_objects_are_stored_by_name(storage: BaseStorage) -> None:
    class Form(StatesGroup):
        link = State()

    await storage.set_state(KEY, Form.link)
    assert await storage.get_state(KEY) == "Form:link"


async def test_set_data(storage: BaseStorage) -> None:
    assert await storage.get_data(KEY) == {}
    assert await storage.get_value(KEY, "foo") is None
    assert await storage.get_value(KEY, "foo", "baz") == "baz"

    await storage.set_data(KEY, {"foo": "bar"})
    assert await storage.get_data(KEY) == {"foo": "bar"}
    assert await storage.get_value(KEY, "foo") == "bar"
    assert await storage.get_value(KEY, "foo", "baz") == "bar"

    await storage.set_data(KEY, {})
    assert await storage.get_data(KEY) == {}
    assert await storage.get_value(KEY, "foo") is None
    assert await storage.get_value(KEY, "foo", "baz") == "baz"

    class Custom(TypedDict, total=False):
        foo: str
        bar: str

    await storage.set_data(KEY, Custom(foo="bar", bar="baz"))
    assert await storage.get_data(KEY) == {"foo": "bar", "bar": "baz"}

    with pytest.raises(DataNotDictLikeError):
        await storage.set_data(KEY, ())  # type: ignore[arg-type]


async def test_update_data(storage: BaseStorage) -> None:
    assert await storage.get_data(KEY) == {}
    assert await storage.update_data(KEY, {"foo": "bar"}) == {"foo": "bar"}
    assert await storage.update_data(KEY, {}) == {"foo": "bar"}
    assert await storage.get_data(KEY) == {"foo": "bar"}
    assert await storage.update_data(KEY, {"baz": "spam"}) == {"foo": "bar", "baz": "spam"}
    assert await storage.update_data(KEY, {"baz": "test"}) == {"foo": "bar", "baz": "test"}
    assert await storage.get_data(KEY) == {"foo": "bar", "baz": "test"}


async def test_returned_data_is_a_copy(storage: BaseStorage) -> None:
    await storage.set_data(KEY, {"items": [1]})
    data = await storage.get_data(KEY)
    data["items"].append(2)
    data["new"] = 1
    assert await storage.get_data(KEY) == {"items": [1]}


async def test_state_and_data_do_not_affect_each_other(storage: BaseStorage) -> None:
    await storage.set_state(KEY, "test")
    await storage.set_data(KEY, {"key": "value", "text": "«ünïcode» <b>"})
    assert await storage.get_state(KEY) == "test"
    await storage.set_state(KEY, None)
    assert await storage.get_data(KEY) == {"key": "value", "text": "«ünïcode» <b>"}
    await storage.set_state(KEY, "again")
    await storage.set_data(KEY, {})
    assert await storage.get_state(KEY) == "again"
    assert await storage.get_data(KEY) == {}
    assert await storage.update_data(KEY, {}) == {}
    assert await storage.get_state(KEY) == "again"


# -- SQLite rows: only conversations in progress are stored ---------------------------------


async def _rows(db: Database) -> list[tuple[Any, ...]]:
    async with (
        db.read() as repos,
        repos.conn.execute("SELECT key, state, data FROM fsm_states ORDER BY key") as cursor,
    ):
        return [tuple(row) for row in await cursor.fetchall()]


async def test_sqlite_row_life_cycle(sqlite_storage: SQLiteStorage, db: Database) -> None:
    assert await sqlite_storage.update_data(KEY, {}) == {}
    assert await _rows(db) == []  # an empty update writes nothing
    await sqlite_storage.set_state(KEY, "test")
    await sqlite_storage.set_data(KEY, {"key": "value"})
    assert await _rows(db) == [("fsm:-1:2", "test", '{"key":"value"}')]
    await sqlite_storage.set_state(KEY, None)
    assert await _rows(db) == [("fsm:-1:2", None, '{"key":"value"}')]
    await sqlite_storage.set_data(KEY, {})
    assert await _rows(db) == []  # neither state nor data: the row is gone
    await sqlite_storage.set_state(KEY, None)
    assert await _rows(db) == []


async def test_sqlite_storage_survives_reopening_the_database(tmp_path: Path) -> None:
    from bot.db import apply_migrations

    first = await Database.open(tmp_path / "a.sqlite3")
    await apply_migrations(first)
    await SQLiteStorage(first).set_state(KEY, "Form:quantity")
    await SQLiteStorage(first).update_data(KEY, {"link": "https://t.me/x", "price": 135})
    await first.close()
    second = await Database.open(tmp_path / "a.sqlite3")
    try:
        storage = SQLiteStorage(second)
        assert await storage.get_state(KEY) == "Form:quantity"
        assert await storage.get_data(KEY) == {"link": "https://t.me/x", "price": 135}
    finally:
        await second.close()


def test_build_fsm_picks_the_storage(db: Database, redis_url: str) -> None:
    storage, isolation = build_fsm(make_settings("sandbox"), db)
    assert isinstance(storage, SQLiteStorage) and isinstance(isolation, UnlockedIsolation)
    assert isinstance(isolation.inner, SimpleEventIsolation)
    storage, isolation = build_fsm(make_settings("sandbox", redis_url=redis_url), db)
    assert isinstance(storage, RedisStorage) and isinstance(isolation, UnlockedIsolation)
    assert isinstance(isolation.inner, RedisEventIsolation)


# -- the shop's own form survives a new Dispatcher ------------------------------------------


async def _shop_harness(db: Database, panel_url: str, **overrides: Any) -> BotHarness:
    settings = make_settings(panel_url, **overrides)
    client = PanelClient(settings.panel_api_url, settings.panel_key(), timeout=10)
    services = build_services(settings, db, Panels.one(client))
    harness = BotHarness(build_dispatcher(services))
    harness.workflow_data["_panel_client"] = client
    await services.catalogue.refresh()
    return harness


async def _close(harness: BotHarness) -> None:
    await harness.dp.fsm.close()
    await harness.workflow_data["_panel_client"].close()
    await harness.close()


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
async def test_form_continues_on_a_new_dispatcher(
    backend: str, db: Database, panel_url: str, request: pytest.FixtureRequest
) -> None:
    overrides: dict[str, Any] = {}
    if backend == "redis":
        url: str = request.getfixturevalue("redis_url")
        overrides["redis_url"] = url
        flush = RedisStorage.from_url(url)
        await flush.redis.flushdb()
        await flush.close()
    first = await _shop_harness(db, panel_url, **overrides)
    await first.send(CUSTOMER, "/start")
    # New order, the platform, its category ("Instagram" said once), the service, Order
    for button in ("New order", "Instagram", "Followers", "Instagram Followers", "Order"):
        await first.press(CUSTOMER, first.find_button(CUSTOMER, button))
    await first.send(CUSTOMER, "https://instagram.com/shop_owner")
    assert "How many?" in first.last_text(CUSTOMER)
    await _close(first)

    second = await _shop_harness(db, panel_url, **overrides)
    try:
        await second.send(CUSTOMER, "1500")
        summary = second.last_text(CUSTOMER)
        assert "Quantity: 1500" in summary
        assert "instagram.com/shop_owner" in summary
    finally:
        await _close(second)


# -- event isolation: one update at a time per customer -------------------------------------


def _blocking_dispatcher(
    storage: BaseStorage, isolation: BaseEventIsolation, log: list[str], gate: asyncio.Event
) -> tuple[Dispatcher, dict[str, asyncio.Event]]:
    entered: dict[str, asyncio.Event] = {}
    router = Router()

    @router.message(F.text)
    async def slow(message: Message) -> None:
        name = message.text or ""
        log.append(f"enter {name}")
        entered.setdefault(name, asyncio.Event()).set()
        if name.startswith("hold"):
            await gate.wait()
        log.append(f"exit {name}")

    dp = Dispatcher(storage=storage, events_isolation=isolation)
    dp.include_router(router)
    return dp, entered


async def _isolation_holds(
    first: tuple[BaseStorage, BaseEventIsolation], second: tuple[BaseStorage, BaseEventIsolation]
) -> None:
    log: list[str] = []
    gate = asyncio.Event()
    dp1, entered1 = _blocking_dispatcher(*first, log, gate)
    dp2, _ = _blocking_dispatcher(*second, log, gate)
    async with BotHarness(dp1) as h1, BotHarness(dp2) as h2:
        entered1["hold"] = asyncio.Event()
        held = asyncio.create_task(h1.feed(message_update(CUSTOMER, "hold")))
        await entered1["hold"].wait()
        same_user = asyncio.create_task(h2.feed(message_update(CUSTOMER, "same user")))
        # Another customer is not held up by the first one's slow update.
        await h2.feed(message_update(CUSTOMER + 1, "other user"))
        assert log == ["enter hold", "enter other user", "exit other user"]
        # The same customer's second update waits for the lock (polled every 0.1 s in Redis).
        done, _ = await asyncio.wait({same_user}, timeout=0.3)
        assert not done and "enter same user" not in log
        gate.set()
        await asyncio.gather(held, same_user)
    assert log[3:] == ["exit hold", "enter same user", "exit same user"]


async def test_simple_isolation_one_update_at_a_time(db: Database) -> None:
    storage, isolation = SQLiteStorage(db), SimpleEventIsolation()
    await _isolation_holds((storage, isolation), (storage, isolation))
    wrapped = UnlockedIsolation(SimpleEventIsolation())  # the shop's: holds for a message too
    await _isolation_holds((storage, wrapped), (storage, wrapped))


async def test_redis_isolation_holds_across_processes(redis_url: str) -> None:
    """Two Dispatchers with their own Redis connections stand for two processes."""
    one, two = RedisStorage.from_url(redis_url), RedisStorage.from_url(redis_url)
    try:
        await _isolation_holds((one, one.create_isolation()), (two, two.create_isolation()))
    finally:
        await one.close()
        await two.close()
