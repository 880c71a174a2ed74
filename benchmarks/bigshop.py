"""A shop open for years beside an empty one: `python -m benchmarks.bigshop`.

The big shop holds 100,000 customers, 1,000,000 orders and 2,000,000 ledger rows (built inside
SQLite by benchmarks/bigshop_data.py, cached between runs); the empty one only the measured
customers, each with the same 20 orders in both, and the same 10,000 open orders. Both run in
this process, each with its own Database, services and Dispatcher, against the fake Bot API in
another process (as benchmarks.steady) and one simulated panel over HTTP.

- customer screens: CPU per update (this process's, database threads included), the shops
  taking turns batch by batch so that whatever slows the machine slows both (the median
  batch); target: the big shop within 1.5x of the empty one;
- admin commands: the time from the update to the answer (median of a few), /stats and /user
  under 300 ms; /export and /export 30 with the peak of this process's memory while it runs;
- one status-sync cycle of the 10,000 open orders, nothing changed on the panel.

BENCH_SCALE shrinks every count (BENCH_SCALE=0.1: 10,000 customers, 100,000 orders).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.types import Update

from benchmarks.bigshop_data import (
    PROBE_ORDERS,
    PROBES,
    Size,
    build,
    open_order,
    probe,
)
from benchmarks.harness import (
    ADMIN_ID,
    BOT_TOKEN,
    PANEL_KEY,
    SMALL_CATALOGUE,
    Row,
    machine,
    scaled,
)
from benchmarks.steady import _message, _press
from bot.app import Services, build_bot, build_dispatcher, build_services
from bot.config import Settings
from bot.db import Database, apply_migrations
from bot.domain.money import from_minor
from bot.panel.client import PanelClient
from bot.panel.registry import Panels
from bot.sandbox.panel import start_panel_server
from tests.fakes.panel import FakePanel

BATCH = 10  # updates per turn
ROUNDS = 12  # turns per shop and screen
ADMIN_RUNS = 5  # each admin command, per shop
SCREEN_TARGET = 1.5
ADMIN_TARGET_MS = 300.0


def sizes() -> tuple[Size, Size]:
    open_orders = scaled(10_000)
    big = Size(
        customers=scaled(100_000),
        orders=scaled(1_000_000),
        ledger=scaled(2_000_000),
        open=open_orders,
        refills=scaled(20_000),
    )
    owners = 500
    empty_orders = PROBES * PROBE_ORDERS + open_orders
    empty = Size(
        customers=PROBES + owners,
        orders=empty_orders,
        ledger=2 * empty_orders,
        open=open_orders,
        refills=0,
    )
    return empty, big


# -- one shop in this process ----------------------------------------------------------------
@dataclass
class Shop:
    name: str
    db: Database
    services: Services
    dp: Dispatcher
    bot: Bot


@contextlib.asynccontextmanager
async def open_shop(
    name: str, path: Path, telegram_url: str, panel_url: str
) -> AsyncIterator[Shop]:
    settings = Settings(
        _env_file=None,
        bot_token=BOT_TOKEN,
        telegram_api_url=telegram_url,
        panel_api_url=panel_url,
        panel_api_key=PANEL_KEY,
        admin_ids=str(ADMIN_ID),
        flood_burst=1000,
        flood_rate=1000,
    )
    db = await Database.open(path)
    client = PanelClient(settings.panel_api_url, settings.panel_key(), timeout=60)
    bot = build_bot(settings)
    try:
        await apply_migrations(db)
        services = build_services(settings, db, Panels.one(client))
        await services.catalogue.refresh()
        yield Shop(name, db, services, build_dispatcher(services), bot)
    finally:
        await bot.session.close()
        await client.close()
        await db.close()


def panel_for(open_orders: int) -> FakePanel:
    """The panel's side of the open orders, answering what the shops hold (nothing changes)."""
    panel = FakePanel(api_key=PANEL_KEY, services=SMALL_CATALOGUE, quirks=False)
    for rank in range(open_orders):
        o = open_order(rank)
        panel.restore(o.panel_id, 1, "https://instagram.com/p", o.quantity)
        panel.set_status(
            o.panel_id,
            o.status,
            remains=str(o.remains),
            start_count=str(o.start_count),
            charge=f"{from_minor(o.charge):f}",
        )
    return panel


# -- what is measured --------------------------------------------------------------------------
Make = Callable[[int, int], dict[str, Any]]


def screens() -> dict[str, Make]:
    """Customer screens: (update id, customer) -> update. Customer k's first order is k + 1
    (benchmarks/bigshop_data.py gives the measured customers the first orders in turn)."""
    return {
        "/start": lambda u, c: _message(u, c, "/start"),
        "New order": lambda u, c: _press(u, c, "m:new"),
        "My orders": lambda u, c: _press(u, c, "mo:0"),
        "order card": lambda u, c: _press(u, c, f"oc:{c - probe(0) + 1}:0"),
        "wallet history": lambda u, c: _press(u, c, "wh:0"),
    }


def polled(bot: Bot, updates: list[dict[str, Any]]) -> list[Update]:
    """Updates as polling gets them: one getUpdates answer, read by the session."""
    content = json.dumps({"ok": True, "result": updates})
    return bot.session.check_response(bot, GetUpdates(), 200, content).result or []


class Turns:
    """Feeds batches of updates from the measured customers in turn."""

    def __init__(self) -> None:
        self.update_id = 1
        self.customer = 0

    async def batch(self, shop: Shop, make: Make) -> None:
        updates = []
        for _ in range(BATCH):
            updates.append(make(self.update_id, probe(self.customer % PROBES)))
            self.update_id += 1
            self.customer += 1
        for update in polled(shop.bot, updates):
            await shop.dp.feed_update(shop.bot, update)


async def screen_cpu(shops: list[Shop]) -> dict[str, dict[str, float]]:
    """CPU ms per update, per screen and shop."""
    turns = Turns()
    spent: dict[str, dict[str, float]] = {}
    for name, make in screens().items():
        for shop in shops:  # first calls out of the way
            await turns.batch(shop, make)
        rounds: dict[str, list[float]] = {shop.name: [] for shop in shops}
        for _ in range(ROUNDS):
            for shop in shops:
                started = time.process_time()
                await turns.batch(shop, make)
                rounds[shop.name].append(time.process_time() - started)
        # The median round: one checkpoint or collection in a round does not make the figure.
        spent[name] = {k: statistics.median(v) * 1000 / BATCH for k, v in rounds.items()}
    return spent


class PeakMemory:
    """This process's resident memory, sampled every 5 ms while a block runs."""

    def __init__(self) -> None:
        self.base = self.peak = _rss()
        self._task: asyncio.Task[None] | None = None

    async def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, _rss())
            await asyncio.sleep(0.005)

    async def __aenter__(self) -> PeakMemory:
        self.base = self.peak = _rss()
        self._task = asyncio.create_task(self._sample())
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self.peak = max(self.peak, _rss())

    @property
    def grew_mb(self) -> float:
        return (self.peak - self.base) / 1024


def _rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@dataclass
class Timed:
    ms: float
    answer: str = ""
    memory_mb: float = 0.0


async def admin_command(shop: Shop, text: str, runs: int = ADMIN_RUNS) -> Timed:
    """Median wall time from the update to the handler's end (its answers sent)."""
    times = []
    memory = 0.0
    for i in range(runs):
        (update,) = polled(shop.bot, [_message(1_000_000 + i, ADMIN_ID, text)])
        async with PeakMemory() as peak:
            started = time.perf_counter()
            await shop.dp.feed_update(shop.bot, update)
            times.append(time.perf_counter() - started)
        memory = max(memory, peak.grew_mb)
    return Timed(statistics.median(times) * 1000, memory_mb=memory)


async def export_answer(shop: Shop, days: int | None) -> str:
    """What /export would answer (files and rows, or too big), from the service itself."""
    async with shop.services.exports.written(days) as exported:
        if exported.too_big:
            return f"{exported.too_big} file passes {shop.services.exports.limit // 10**6} MB"
        return ", ".join(
            f"{f.kind} {f.rows} rows, {f.path.stat().st_size / 1e6:.1f} MB" for f in exported.files
        )


async def sync_cycle(shop: Shop) -> tuple[float, float, str]:
    """One status-sync cycle: wall s, CPU s, and what it did."""
    cpu = time.process_time()
    started = time.perf_counter()
    report = await shop.services.status_sync.sync()
    took = time.perf_counter() - started
    used = time.process_time() - cpu
    done = "" if report is None else f"{report.orders} open, {report.changed} changed"
    return took, used, done


# -- the run -----------------------------------------------------------------------------------
@dataclass
class Result:
    screen: str
    empty: str
    big: str
    ratio: str
    met: str


async def measure(workdir: Path) -> tuple[list[Result], str]:
    empty_size, big_size = sizes()
    empty_path, empty_took = build(empty_size, workdir / "empty.sqlite3", "bigshop-empty")
    big_path, big_took = build(big_size, workdir / "big.sqlite3", "bigshop-big")
    built = (
        f"big shop: {big_size.customers} customers, {big_size.orders} orders,"
        f" {big_size.ledger} ledger rows; "
        + (f"built in {big_took:.0f} s" if big_took else "from the cache")
        + (f" (empty one in {empty_took:.1f} s)" if empty_took else "")
    )
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.steady", "serve", stdout=asyncio.subprocess.PIPE
    )
    assert server.stdout is not None
    telegram_url = (await server.stdout.readline()).decode().strip()
    panel = panel_for(big_size.open)
    runner, panel_url = await start_panel_server(panel)
    try:
        async with (
            open_shop("empty", empty_path, telegram_url, panel_url) as empty,
            open_shop("big", big_path, telegram_url, panel_url) as big,
        ):
            return await _measure_shops(empty, big), built
    finally:
        await runner.cleanup()
        server.terminate()
        await server.wait()


async def _measure_shops(empty: Shop, big: Shop) -> list[Result]:
    results: list[Result] = []
    cpu = await screen_cpu([empty, big])
    for name, by_shop in cpu.items():
        ratio = by_shop["big"] / by_shop["empty"]
        results.append(
            Result(
                f"{name} (CPU ms per update)",
                f"{by_shop['empty']:.2f}",
                f"{by_shop['big']:.2f}",
                f"{ratio:.2f}×",
                _met(ratio <= SCREEN_TARGET, f"≤ {SCREEN_TARGET}×"),
            )
        )
    customer = probe(0)
    for label, text, target in (
        ("/stats", "/stats", ADMIN_TARGET_MS),
        ("/user", f"/user {customer}", ADMIN_TARGET_MS),
        ("/user @name", "/user @shopper1", ADMIN_TARGET_MS),
        ("/order", "/order 1", None),
    ):
        e, b = await admin_command(empty, text), await admin_command(big, text)
        results.append(
            Result(
                f"{label} (ms, median of {ADMIN_RUNS})",
                f"{e.ms:.1f}",
                f"{b.ms:.1f}",
                f"{b.ms:.1f} ms",
                "" if target is None else _met(b.ms < target, f"< {target:.0f} ms"),
            )
        )
    for text, days in (("/export", None), ("/export 30", 30)):
        e, b = await admin_command(empty, text, 1), await admin_command(big, text, 1)
        answer = await export_answer(big, days)
        results.append(
            Result(
                f"{text} (ms; memory growth)",
                f"{e.ms:.0f} ms; {e.memory_mb:.0f} MB",
                f"{b.ms:.0f} ms; {b.memory_mb:.0f} MB",
                answer,
                _met(b.memory_mb < 100, "streamed, < 100 MB"),
            )
        )
    for _ in range(2):  # the second cycle is the one reported: the first warms the caches
        e_sync, b_sync = await sync_cycle(empty), await sync_cycle(big)
    results.append(
        Result(
            f"status sync, {e_sync[2]}: one cycle (wall s / CPU s)",
            f"{e_sync[0]:.2f} / {e_sync[1]:.2f}",
            f"{b_sync[0]:.2f} / {b_sync[1]:.2f}",
            f"{b_sync[1] / e_sync[1]:.2f}× CPU",
            _met(b_sync[1] / e_sync[1] <= SCREEN_TARGET, f"≤ {SCREEN_TARGET}× (big: {b_sync[2]})"),
        )
    )
    return results


def _met(ok: bool, target: str) -> str:
    return ("yes, " if ok else "NO, ") + target


async def run() -> list[Row]:
    """Rows for `make bench` (benchmarks/__main__.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        results, built = await measure(Path(tmp))
    # The shared table's "bot" column holds the big shop, its "echo" column the empty one.
    name = "bigshop, big | empty"
    rows = [Row(f"{name}: {r.screen}", r.big, r.empty, r.ratio, r.met) for r in results]
    rows.append(Row("bigshop: database", "", note=built))
    return rows


def print_results(results: list[Result], built: str) -> None:
    head = Result("screen", "empty shop", "big shop", "ratio / ms", "target met?")
    table = [head, *results]
    fields = ("screen", "empty", "big", "ratio", "met")
    widths = [max(len(getattr(r, f)) for r in table) for f in fields]
    print("benchmark: a shop open for years (benchmarks/bigshop.py)")
    print(machine())
    print(built)
    for i, r in enumerate(table):
        cells = (r.screen, r.empty, r.big, r.ratio, r.met)
        print("| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        results, built = await measure(Path(tmp))
    print_results(results, built)


if __name__ == "__main__":
    asyncio.run(main())
