"""The process-wide patches of bot/telegram/tuning.py, each on and off in the same run:
`python -m benchmarks.tuning`.

The storms' latency maxima move by seconds on a shared machine, so each patch is measured where
it acts, in CPU or in many short samples taking turns:

- `gc_freeze`: the CPU of one full garbage collection in a process that built the shop (its
  modules, Dispatcher, services and Bot), without and with the start-up objects frozen; the
  event loop stands still for as long;
- `switch_interval`: how late the event loop wakes from a 1 ms sleep while a thread writes
  20,000-row batches to SQLite (as the catalogue refresh does), with Python's default interval
  and with tuning's, in alternating 2-second rounds.
"""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.harness import BOT_TOKEN, PANEL_KEY, Row, main
from bot.app import build_bot, build_dispatcher, build_services
from bot.config import Settings
from bot.db import Database, apply_migrations
from bot.panel.client import PanelClient
from bot.panel.registry import Panels
from bot.telegram import tuning

ROUNDS = 5


def full_collection_ms(times: int = 5) -> float:
    spent = []
    for _ in range(times):
        started = time.thread_time()
        gc.collect()
        spent.append(time.thread_time() - started)
    return statistics.median(spent) * 1000


async def gc_pause() -> tuple[float, float, int]:
    """(full collection CPU ms unfrozen, frozen, objects frozen) in a process holding the shop."""
    with tempfile.TemporaryDirectory() as tmp:
        db = await Database.open(Path(tmp) / "shop.sqlite3")
        await apply_migrations(db)
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            bot_token=BOT_TOKEN,  # type: ignore[arg-type]
            panel_api_url="http://127.0.0.1:9/api/v2",
            panel_api_key=PANEL_KEY,  # type: ignore[arg-type]
        )
        client = PanelClient(settings.panel_api_url, settings.panel_key())
        bot = build_bot(settings)
        try:
            build_dispatcher(build_services(settings, db, Panels.one(client)))
            before = full_collection_ms()
            gc.freeze()
            frozen = gc.get_freeze_count()
            after = full_collection_ms()
            gc.unfreeze()
        finally:
            await bot.session.close()
            await client.close()
            await db.close()
    return before, after, frozen


def _write_batches(path: Path, stop: threading.Event) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE s (id INTEGER PRIMARY KEY, name TEXT, category TEXT, rate TEXT)")
    first = 0
    while not stop.is_set():
        rows = [
            (i, f"Service {i} followers", f"Category {i // 100:04d}", f"{1 + i % 50}.{i % 100:02d}")
            for i in range(first, first + 20_000)
        ]
        with conn:
            conn.executemany("INSERT OR REPLACE INTO s VALUES (?, ?, ?, ?)", rows)
        first += 20_000
    conn.close()


async def _late_wakeups(seconds: float) -> list[float]:
    late = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        started = time.perf_counter()
        await asyncio.sleep(0.001)
        late.append(time.perf_counter() - started - 0.001)
    return late


async def switch_interval() -> dict[float, list[float]]:
    """Per interval, the p99 of the loop's late wake-ups in each round, in ms."""
    p99: dict[float, list[float]] = {tuning.PYTHON_SWITCH_SECONDS: [], tuning.SWITCH_SECONDS: []}
    interval = sys.getswitchinterval()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in range(ROUNDS):
                for seconds in p99:
                    sys.setswitchinterval(seconds)
                    stop = threading.Event()
                    path = Path(tmp) / f"{n}-{seconds}.sqlite3"
                    writer = threading.Thread(target=_write_batches, args=(path, stop))
                    writer.start()
                    late = sorted(await _late_wakeups(2.0))
                    stop.set()
                    writer.join()
                    p99[seconds].append(late[int(len(late) * 0.99)] * 1000)
    finally:
        sys.setswitchinterval(interval)
    return p99


async def run() -> list[Row]:
    unfrozen, frozen, count = await gc_pause()
    p99 = await switch_interval()
    default, tuned = (p99[tuning.PYTHON_SWITCH_SECONDS], p99[tuning.SWITCH_SECONDS])

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):.1f} ms ({min(values):.1f}–{max(values):.1f})"

    return [
        Row(
            "gc_freeze: one full collection's CPU, on / off",
            f"{frozen:.1f} ms / {unfrozen:.1f} ms",
            note=f"{count} start-up objects frozen",
        ),
        Row(
            "switch_interval: loop wake-up lateness p99 beside a writer, on / off",
            f"{spread(tuned)} / {spread(default)}",
            note=f"median (range) of {ROUNDS} alternating rounds",
        ),
    ]


if __name__ == "__main__":
    main(run, "benchmark: bot/telegram/tuning.py's patches, on and off")
