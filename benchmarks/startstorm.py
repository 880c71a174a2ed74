"""Customers sending /start all at once: the program against the bare echo bot.

Two storms: new customers (each one's first /start), then the same customers again (returning:
a known customer, who already has the reply keyboard and is sent it no more, issue 27 item 7).

`python -m benchmarks.startstorm` — updates/s, ratio, CPU ms per update, p50/p99 latency, and the
resident memory of each process at idle (after one /start, before the storm).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import Row, Stand, main, ms, percentile, scaled, stand

CUSTOMERS = 2000
FIRST_USER = 100_000


@dataclass
class Storm:
    per_second: float
    cpu_ms: float
    p50: float
    p99: float
    rss_mb: float


async def _wave(s: Stand, customers: int, rss: float) -> Storm:
    cpu = s.program.cpu_seconds()
    users = range(FIRST_USER, FIRST_USER + customers)
    started = time.perf_counter()
    latencies = await asyncio.gather(*(s.telegram.ask(user, "/start") for user in users))
    elapsed = time.perf_counter() - started
    used = s.program.cpu_seconds() - cpu
    return Storm(
        customers / elapsed,
        used / customers * 1000,
        percentile(list(latencies), 50),
        percentile(list(latencies), 99),
        rss,
    )


async def storm(module: str, workdir: Path, customers: int) -> tuple[Storm, Storm]:
    """The new customers' storm, then the same customers' second /start (returning)."""
    async with stand(workdir, module=module) as s:
        await s.warm_up()
        await asyncio.sleep(0.5)  # the start-up jobs settle
        rss = s.program.rss_mb()
        new = await _wave(s, customers, rss)
        await asyncio.sleep(0.5)  # the first storm's writes settle
        returning = await _wave(s, customers, rss)
    return new, returning


def rows_for(name: str, bot: Storm, echo: Storm) -> list[Row]:
    return [
        Row(
            f"{name}: updates/s",
            f"{bot.per_second:.0f}",
            f"{echo.per_second:.0f}",
            f"{bot.per_second / echo.per_second:.2f}×",
        ),
        Row(
            f"{name}: CPU ms per update",
            f"{bot.cpu_ms:.2f}",
            f"{echo.cpu_ms:.2f}",
            f"{bot.cpu_ms / echo.cpu_ms:.2f}×" if echo.cpu_ms else "",
        ),
        Row(
            f"{name}: latency p50 / p99",
            f"{ms(bot.p50)} / {ms(bot.p99)}",
            f"{ms(echo.p50)} / {ms(echo.p99)}",
        ),
    ]


async def run() -> list[Row]:
    customers = scaled(CUSTOMERS)
    with tempfile.TemporaryDirectory() as tmp:
        echo, echo_again = await storm("benchmarks.echo_bot", Path(tmp) / "echo", customers)
        bot, bot_again = await storm("bot", Path(tmp) / "bot", customers)
    return [
        *rows_for(f"{customers} new customers /start", bot, echo),
        *rows_for(f"{customers} returning customers /start", bot_again, echo_again),
        Row(
            "resident memory idle (MB)",
            f"{bot.rss_mb:.1f}",
            f"{echo.rss_mb:.1f}",
            f"{bot.rss_mb / echo.rss_mb:.2f}×",
        ),
    ]


if __name__ == "__main__":
    main(run, "benchmark: /start storm and memory")
