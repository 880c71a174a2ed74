"""Browsing a big catalogue (issue 23): the CPU of the platform screen, a platform's
categories and a category's page in a 5,000-service catalogue against a 500-service one (both
of the same shape: 12 platforms, 200 categories, a first category of 95 services, the one
paged here). Page reads are index ranges and counts are kept, so the ratio should stay near 1.

`python -m benchmarks.browse`
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.harness import (
    PANEL_KEY,
    GatedPanel,
    Row,
    main,
    ms,
    percentile,
    stand,
    wait_until,
)
from tests.fakes.catalogues import platform_catalogue

PRESSES = 300  # of each pair of screens
BROWSER = 700_000
SMALL, BIG = 500, 5000


async def browse(n: int, workdir: Path) -> dict[str, tuple[float, float]]:
    """Per pair of screens pressed in turn (an edit to the same screen would change nothing,
    and Telegram refuses those): (bot CPU ms per press, p95 latency ms)."""
    panel = GatedPanel(api_key=PANEL_KEY, services=platform_catalogue(n), quirks=False)
    settings = {"STATUS_POLL_SECONDS": "3600", "CATALOG_REFRESH_SECONDS": "3600"}
    async with stand(workdir, panel=panel, settings=settings) as s:
        await s.warm_up()
        placed = "SELECT 1 FROM categories WHERE platform IS NOT NULL LIMIT 1"
        await wait_until(lambda: bool(s.query(placed)), 600, 0.05)
        await wait_until(
            lambda: not s.query("SELECT 1 FROM categories WHERE platform IS NULL"), 600, 0.05
        )
        first, second = (row[0] for row in s.query("SELECT id FROM categories ORDER BY id LIMIT 2"))
        await s.telegram.ask(BROWSER, "/start")
        await s.telegram.next_screen(BROWSER, 1)
        pairs = {
            "platforms (and the main menu)": ("m:new", "m:home"),
            "a platform's categories (Instagram 60, TikTok 30)": ("pf:instagram:0", "pf:tiktok:0"),
            "a category page (95 services)": (f"c:{first}:0:0", f"c:{second}:0:0"),
        }
        found: dict[str, tuple[float, float]] = {}
        for name, pair in pairs.items():
            for data in pair:  # the first press makes what is kept
                await s.telegram.press(BROWSER, data)
            latencies = []
            cpu = s.program.cpu_seconds()
            for index in range(PRESSES):
                latencies.append(await s.telegram.press(BROWSER, pair[index % 2]))
            spent = (s.program.cpu_seconds() - cpu) / PRESSES * 1000
            found[name] = (spent, percentile(latencies, 95))
    return found


async def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        small = await browse(SMALL, Path(tmp) / "small")
        big = await browse(BIG, Path(tmp) / "big")
    rows = []
    for name in small:
        (small_cpu, small_p95), (big_cpu, big_p95) = small[name], big[name]
        rows.append(
            Row(
                f"browse: {name}, CPU per press, {BIG} vs {SMALL} services",
                f"{big_cpu:.2f} vs {small_cpu:.2f} ms",
                ratio=f"{big_cpu / small_cpu:.2f}×",
                note=f"p95 {ms(big_p95)} vs {ms(small_p95)}",
            )
        )
    return rows


if __name__ == "__main__":
    main(run, "benchmark: browsing a big catalogue")
