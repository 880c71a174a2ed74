"""Where a /start's CPU goes, in-process: `python -m benchmarks.profile_start [N]`.

The real Dispatcher and services on a temporary SQLite file and the fake panel over HTTP, fed
N /start updates of new customers through the tests' recording Bot API session, under
cProfile; prints CPU ms per update and the functions of ours (and the keyboard builder) by
cumulative time. The fake session's own work is included, so compare runs, not absolutes.
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

from bot.app import build_dispatcher, build_services
from bot.db import Database, apply_migrations
from bot.panel.client import PanelClient
from bot.panel.registry import Panels
from bot.sandbox.panel import SimulatedPanel, start_panel_server
from tests.conftest import CATALOGUE, PANEL_KEY, make_settings
from tests.fakes.telegram import BotHarness


async def profile(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = await Database.open(Path(tmp) / "shop.sqlite3")
        await apply_migrations(db)
        panel = SimulatedPanel(api_key=PANEL_KEY, services=CATALOGUE, balance="1000")
        runner, url = await start_panel_server(panel)
        settings = make_settings(url, flood_burst=1000, flood_rate=1000)
        client = PanelClient(settings.panel_api_url, settings.panel_key(), timeout=5)
        services = build_services(settings, db, Panels.one(client))
        harness = BotHarness(build_dispatcher(services))
        try:
            await services.catalogue.refresh()
            for user in range(10):  # warm-up: first-call costs out of the way
                await harness.send(100_000 + user, "/start")
            profiler = cProfile.Profile()
            cpu = time.process_time()
            profiler.enable()
            for user in range(count):
                await harness.send(200_000 + user, "/start")
            profiler.disable()
            per_update = (time.process_time() - cpu) * 1000 / count
            print(f"{count} x /start: {per_update:.2f} CPU ms per update (profiler included)")
            stats = pstats.Stats(profiler)
            # SORT=tottime PAT=. N=50 for the whole picture; by default, our functions.
            stats.sort_stats(os.environ.get("SORT", "cumulative"))
            shown = int(os.environ.get("N", "30"))
            stats.print_stats(os.environ.get("PAT", r"bot/|keyboard"), shown)
        finally:
            await harness.close()
            await client.close()
            await runner.cleanup()
            await db.close()


if __name__ == "__main__":
    asyncio.run(profile(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
