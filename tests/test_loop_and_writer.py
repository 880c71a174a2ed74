"""What keeps customers out of background work's way (issue 11), checked for behaviour, not time:
whose write goes next, reads made in place, big panel answers parsed in slices."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from collections.abc import Coroutine
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest

from bot.db import Database, apply_migrations
from bot.db.in_place import InPlaceReader
from bot.db.turns import WriterTurns, background, in_background
from bot.panel import client as panel_client
from bot.panel import jsonslices
from bot.tasks import BackgroundTasks

T = TypeVar("T")


# -- whose write goes next -------------------------------------------------------------------------
async def _take(turns: WriterTurns, name: str, order: list[str], hold: asyncio.Event) -> None:
    async with turns.turn():
        order.append(name)
        await hold.wait()


async def test_a_customer_write_goes_before_queued_background_writes() -> None:
    turns = WriterTurns()
    order: list[str] = []
    hold = asyncio.Event()
    hold.set()
    first_hold = asyncio.Event()

    async def job(name: str, gate: asyncio.Event) -> None:
        with background():
            await _take(turns, name, order, gate)

    tasks = [asyncio.create_task(job("job-1", first_hold))]
    await asyncio.sleep(0)  # job-1 holds the writer
    tasks += [asyncio.create_task(job(f"job-{n}", hold)) for n in (2, 3)]
    await asyncio.sleep(0)
    tasks.append(asyncio.create_task(_take(turns, "customer", order, hold)))
    await asyncio.sleep(0)
    assert turns.waiting == (1, 2)
    first_hold.set()
    await asyncio.gather(*tasks)
    # The customer came last but waited only for the transaction running, not the queue.
    assert order == ["job-1", "customer", "job-2", "job-3"]


async def test_the_writer_is_never_lost_by_a_cancelled_waiter() -> None:
    turns = WriterTurns()
    order: list[str] = []
    gate = asyncio.Event()
    holder = asyncio.create_task(_take(turns, "first", order, gate))
    await asyncio.sleep(0)
    cancelled = asyncio.create_task(_take(turns, "cancelled", order, asyncio.Event()))
    later = asyncio.create_task(_take(turns, "later", order, gate))
    await asyncio.sleep(0)
    gate.set()
    await asyncio.sleep(0)  # the turn is handed to `cancelled`, which has not run yet
    cancelled.cancel()
    await asyncio.gather(holder, later, return_exceptions=False)
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    assert order == ["first", "later"]
    async with asyncio.timeout(5):  # the writer is free again
        async with turns.turn():
            pass


async def test_a_background_task_marks_its_writes_and_nothing_else() -> None:
    seen: list[bool] = []

    async def job() -> None:
        seen.append(in_background())

    tasks = BackgroundTasks()
    tasks.start("job", job())
    await asyncio.sleep(0.01)
    await tasks.stop()
    assert seen == [True]
    assert not in_background()


# -- reads in place --------------------------------------------------------------------------------
async def test_peek_reads_what_was_committed_without_leaving_the_loop(db: Database) -> None:
    async with db.single_write() as repos:
        await repos.users.upsert_seen(5, "ann", "Ann", "en", 100)
    threads: set[int] = set()
    real = InPlaceReader.execute_fetchall

    async def traced(self: InPlaceReader, sql: str, parameters: Any = None) -> Any:
        threads.add(threading.get_ident())
        return await real(self, sql, parameters)

    InPlaceReader.execute_fetchall = traced  # type: ignore[method-assign]
    try:
        user = await db.peek().users.get(5)
    finally:
        InPlaceReader.execute_fetchall = real  # type: ignore[method-assign]
    assert user is not None and user.full_name == "Ann"
    assert threads == {threading.get_ident()}
    with pytest.raises(TypeError):  # reads only
        await db.peek().users.set_language(5, "fa")


class _BusyConnection(sqlite3.Connection):
    def execute(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        if str(args[0]).lstrip().upper().startswith("SELECT"):
            raise sqlite3.OperationalError("database is locked")
        return super().execute(*args, **kwargs)


async def test_a_busy_file_sends_the_read_to_a_reader_thread(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    first = await Database.open(path)
    await apply_migrations(first)
    async with first.single_write() as repos:
        await repos.users.upsert_seen(6, None, "Bo", None, 100)
    await first.close()
    busy = sqlite3.connect(path, factory=_BusyConnection, isolation_level=None)
    busy.row_factory = sqlite3.Row
    opened = await Database.open(path)
    db = Database(opened._conn, opened._readers, busy)
    try:
        user = await db.peek().users.get(6)
    finally:
        await db.close()
    assert user is not None and user.full_name == "Bo"


# -- big answers in slices -------------------------------------------------------------------------
async def turns_of_others(work: Coroutine[Any, Any, T]) -> tuple[T, int]:
    """Runs `work` beside a task that counts its turns of the loop: (result, turns it got)."""
    ticks = 0
    done = False

    async def other() -> None:
        nonlocal ticks
        while not done:
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(other())
    await asyncio.sleep(0)
    result = await work
    done = True
    await task
    return result, ticks


async def test_a_big_services_answer_lets_other_work_in_while_parsed() -> None:
    items: list[object] = [
        {
            "service": n,
            "name": f"S{n}",
            "type": "Default",
            "category": "C",
            "rate": "1",
            "min": "1",
            "max": "10",
        }
        for n in range(1, 1001)
    ]
    parsed, ticks = await turns_of_others(panel_client._parse_services(items))
    assert len(parsed) == 1000
    assert ticks >= 1000 // panel_client.PARSE_YIELD_EVERY


SHAPES = [
    b'[{"service": 1, "rate": "0.5"}, {"service": 2, "rate": 0.0123}]',
    b'  [ 1 , 2.50 , "x" , null , true , [ ] , { } ]  ',
    b"[]",
    b" [ ] ",
    b'{"7": {"rate": 1.25}, "8": [1, 2], "7": "last wins"}',
    b"{}",
    b'\xef\xbb\xbf[{"name": "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85"}]',  # a UTF-8 BOM, Arabic text
    '[{"name": "ü"}]'.encode("utf-16"),
    b'"just a string"',
    b'{"error": "Incorrect request"}',
    b"12.5",
]
BROKEN = [
    b"[1, 2,]",
    b"[1 2]",
    b'{"a": 1,}',
    b'{"a" 1}',
    b"{1: 2}",
    b"[1, 2] extra",
    b"[1, 2",
    b'{"a": 1',
    b"<html>502 Bad Gateway</html>",
    b"",
]


@pytest.mark.parametrize("body", SHAPES)
async def test_sliced_decoding_reads_what_json_loads_reads(body: bytes) -> None:
    # A slice of one byte makes every answer take the item-by-item path.
    sliced = await jsonslices.loads_sliced(body, slice_bytes=1)
    plain = json.loads(body, parse_float=Decimal)
    assert sliced == plain
    # Decimal("0.0123") != 0.0123: equal answers mean fractions came out as Decimals here too.
    assert type(sliced) is type(plain)


@pytest.mark.parametrize("body", BROKEN)
async def test_sliced_decoding_refuses_what_json_loads_refuses(body: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(body, parse_float=Decimal)
    with pytest.raises(ValueError):
        await jsonslices.loads_sliced(body, slice_bytes=1)


async def test_a_big_answer_is_decoded_with_the_loop_let_in() -> None:
    items = [{"service": n, "name": f"Service {n}", "rate": "1.5"} for n in range(5000)]
    body = json.dumps(items).encode()
    assert len(body) > 4 * 50_000
    decoded, ticks = await turns_of_others(jsonslices.loads_sliced(body, slice_bytes=50_000))
    assert decoded == items
    assert ticks >= len(body) // 50_000 - 1
