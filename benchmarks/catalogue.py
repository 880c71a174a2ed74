"""A big catalogue: ingest at start-up, category pages, and what a new customer's /start waits
during the start-up refresh and during an admin's /sync (same list again: nothing changed).

`python -m benchmarks.catalogue`
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from benchmarks.harness import (
    ADMIN_ID,
    PANEL_KEY,
    GatedPanel,
    Prober,
    Row,
    main,
    ms,
    percentile,
    scaled,
    service_list,
    stand,
    wait_until,
)

PAGES = 200
BROWSER = 700_000


async def catalogue(n: int, workdir: Path) -> tuple[list[Row], float]:
    panel = GatedPanel(
        gated=["services"], api_key=PANEL_KEY, services=service_list(n), quirks=False
    )
    settings = {"STATUS_POLL_SECONDS": "3600", "CATALOG_REFRESH_SECONDS": "3600"}
    async with stand(workdir, panel=panel, settings=settings) as s:
        await s.warm_up()
        await panel.arrival("services").wait()
        prober = Prober(s.telegram, first_user=800_000)
        prober.start()
        await asyncio.sleep(0.2)
        started = time.perf_counter()
        panel.gates["services"].set()
        await wait_until(
            lambda: bool(s.query("SELECT 1 FROM meta WHERE key = 'catalogue_refreshed_at'")),
            600,
            0.05,
        )
        ingest = time.perf_counter() - started
        await prober.stop()
        during_start = prober.worst()

        category = s.query("SELECT id FROM categories ORDER BY position LIMIT 1 OFFSET 5")[0][0]
        await s.telegram.ask(BROWSER, "/start")
        await s.telegram.next_screen(BROWSER, 1)  # /start's second message, the greeting
        latencies = []
        cpu = s.program.cpu_seconds()
        for i in range(PAGES):
            data = "cl:1" if i % 2 else f"c:{category}:0:0"
            latencies.append(await s.telegram.press(BROWSER, data))
        page_cpu = (s.program.cpu_seconds() - cpu) / PAGES

        prober = Prober(s.telegram, first_user=900_000)
        prober.start()
        await asyncio.sleep(0.2)
        seen = s.telegram.count(ADMIN_ID)
        started = time.perf_counter()
        s.telegram.push_message(ADMIN_ID, "/sync")
        while True:
            screen = await s.telegram.next_screen(ADMIN_ID, seen)
            seen += 1
            if not screen.text.startswith("⏳"):
                break
        resync = time.perf_counter() - started
        await prober.stop()
    rows = [
        Row(f"catalogue {n}: ingest at start-up", f"{ingest:.2f} s"),
        Row(f"catalogue {n}: /start wait max during ingest", ms(during_start)),
        Row(f"catalogue {n}: category page p95", ms(percentile(latencies, 95))),
        Row(f"catalogue {n}: category page CPU", f"{page_cpu * 1000:.2f} ms"),
        Row(f"catalogue {n}: /sync took", f"{resync:.2f} s"),
        Row(f"catalogue {n}: /start wait max during /sync", ms(prober.worst())),
    ]
    return rows, page_cpu


async def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        small, small_cpu = await catalogue(scaled(5000), Path(tmp) / "small")
        big, big_cpu = await catalogue(scaled(20_000), Path(tmp) / "big")
    ratio = Row(
        "category page CPU, big vs small catalogue",
        f"{big_cpu / small_cpu:.2f}×",
        note=f"{scaled(20_000)} vs {scaled(5000)} services",
    )
    return [*small, *big, ratio]


if __name__ == "__main__":
    main(run, "benchmark: catalogue")
