"""The status sync of many open orders: requests, cycle time and CPU, and what a new customer's
/start waits meanwhile. Cases: every order completes; nothing changed.

`python -m benchmarks.statussync`
"""

from __future__ import annotations

import asyncio
import math
import tempfile
import time
from pathlib import Path

from benchmarks.harness import (
    PANEL_KEY,
    SMALL_CATALOGUE,
    GatedPanel,
    Prober,
    Row,
    main,
    migrated,
    ms,
    scaled,
    stand,
    wait_until,
)

FIRST_PANEL_ID = 1_000_000
CUSTOMERS = 500


def seed_orders(n: int) -> object:
    def seed(db_path: Path) -> None:
        conn = migrated(db_path)
        with conn:
            conn.executemany(
                "INSERT INTO users (id, full_name, created_at, last_seen_at) VALUES (?, 'B', 0, 0)",
                [(10 + u,) for u in range(CUSTOMERS)],
            )
            conn.executemany(
                "INSERT INTO orders (user_id, service_id, service_name, service_type, link,"
                " quantity, price, state, status_raw, panel_order_id, panel_charge,"
                " panel_currency, start_count, remains, confirm_token, created_at, updated_at)"
                " VALUES (?, 1, 'Service 1', 'Default', 'https://x.com/a', 100, 100000,"
                " 'in_progress', 'In progress', ?, 100000, 'USD', 100, 50, ?, 0, 0)",
                [(10 + i % CUSTOMERS, FIRST_PANEL_ID + i, f"t{i}") for i in range(n)],
            )
        conn.close()

    return seed


def panel_with(n: int, complete: bool) -> GatedPanel:
    panel = GatedPanel(gated=["status"], api_key=PANEL_KEY, services=SMALL_CATALOGUE, quirks=False)
    for i in range(n):
        panel.restore(FIRST_PANEL_ID + i, 1, "https://x.com/a", 100)
        if complete:
            panel.set_status(
                FIRST_PANEL_ID + i, "Completed", remains=0, start_count=100, charge="1"
            )
        else:
            panel.set_status(
                FIRST_PANEL_ID + i, "In progress", remains=50, start_count=100, charge="1"
            )
    return panel


async def cycle(n: int, complete: bool, workdir: Path) -> list[Row]:
    panel = panel_with(n, complete)
    settings = {"STATUS_POLL_SECONDS": "3600", "CATALOG_REFRESH_SECONDS": "3600"}
    async with stand(workdir, panel=panel, seed=seed_orders(n), settings=settings) as s:
        await s.warm_up()
        await panel.arrival("status").wait()
        await asyncio.sleep(0.5)
        prober = Prober(s.telegram, first_user=500_000)
        prober.start()
        await asyncio.sleep(0.2)
        cpu = s.program.cpu_seconds()
        started = time.perf_counter()
        panel.gates["status"].set()
        await wait_until(
            lambda: bool(s.query("SELECT 1 FROM meta WHERE key = 'last_sync_result'")), 600, 0.05
        )
        took = time.perf_counter() - started
        used = s.program.cpu_seconds() - cpu
        await prober.stop()
        result = s.query("SELECT value FROM meta WHERE key = 'last_sync_result'")[0][0]
        requests = panel.counts.get("status", 0)
    case = "all complete" if complete else "nothing changed"
    name = f"status sync {n} open, {case}"
    want = math.ceil(n / 100)
    return [
        Row(f"{name}: requests", str(requests), ratio="", note=f"⌈N/100⌉ = {want}"),
        Row(f"{name}: cycle / CPU", f"{took:.2f} s / {used:.2f} s", note=result[:60]),
        Row(
            f"{name}: /start wait max (p50)",
            f"{ms(prober.worst())} ({ms(prober.median())})",
            note=f"{len(prober.latencies)} probes",
        ),
    ]


async def run() -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, complete in ((1000, True), (10_000, True), (10_000, False)):
            n = scaled(n)
            rows += await cycle(n, complete, Path(tmp) / f"{n}-{complete}")
    return rows


if __name__ == "__main__":
    main(run, "benchmark: status sync")
