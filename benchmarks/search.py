"""Search over a big catalogue (issue 23): the time of one search, in-process, over the stored
catalogue of 500 and of 5,000 services, a fifth of them with the shop's own names in two
languages and every category named in Russian. Beside it, the search before issue 23 (each
word a part of the panel's names, no word lists, no shop names) over the same database.

`PYTHONPATH=. python -m benchmarks.search`
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.harness import BOT_TOKEN, PANEL_KEY, Row, main, ms
from bot.app import build_services
from bot.config import Settings
from bot.db import Database, apply_migrations
from bot.panel.client import PanelClient
from bot.panel.registry import Panels
from bot.sandbox.catalogue import large_catalogue
from bot.sandbox.panel import start_panel_server
from bot.services.catalogue import CatalogueService
from tests.fakes.panel import FakePanel

QUERIES = (
    "instagram likes",
    "лайки инстаграм",
    "متابعين انستقرام",
    "tiktok views usa",
    "№4999",
    "no-such-thing",
)
ROUNDS = 20

# The search before issue 23, for comparison: every word a part of the panel's two names.
_BEFORE = (
    "SELECT s.* FROM services s JOIN categories c ON c.id = s.category_id"
    " WHERE s.present = 1 AND s.is_hidden = 0 AND s.supported = 1 AND c.is_hidden = 0 AND {}"
    " ORDER BY c.position, s.position, s.id LIMIT 20"
)


async def _stocked(n: int, workdir: Path) -> tuple[Database, CatalogueService, PanelClient]:
    db = await Database.open(workdir / f"shop{n}.sqlite3")
    await apply_migrations(db)
    panel = FakePanel(api_key=PANEL_KEY, services=large_catalogue(n), balance="100")
    runner, url = await start_panel_server(panel)
    client = PanelClient(url, PANEL_KEY)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=BOT_TOKEN,
        panel_api_url=url,
        panel_api_key=PANEL_KEY,
    )
    services = build_services(settings, db, Panels.one(client))
    await services.catalogue.refresh()
    await runner.cleanup()
    async with db.transaction() as repos:
        await repos.conn.execute(
            "INSERT INTO service_texts (service_id, lang, name) SELECT id, 'ru',"
            " 'Услуга магазина ' || id FROM services WHERE id % 5 = 0"
            " UNION ALL SELECT id, 'ar', 'خدمة المتجر ' || id FROM services WHERE id % 5 = 0"
        )
        await repos.conn.execute(
            "INSERT INTO category_texts (category_id, lang, name)"
            " SELECT id, 'ru', 'Категория ' || id FROM categories"
        )
    return db, services.catalogue, client


async def _timed(search: object, rounds: int = ROUNDS) -> list[float]:
    """The process's CPU time of each search (the reader thread's included): on a shared
    machine the wall clock measures the neighbours as much as the search."""
    times = []
    for _ in range(rounds):
        started = time.process_time()
        await search()  # type: ignore[operator]
        times.append(time.process_time() - started)
    return times


async def _sizes(n: int, workdir: Path) -> list[Row]:
    db, catalogue, client = await _stocked(n, workdir)
    now_times: list[float] = []
    before_times: list[float] = []
    found = {}
    for query in QUERIES:
        now_times += await _timed(lambda q=query: catalogue.search(q))
        found[query] = (await catalogue.search(query)).total
        words = query.split()
        sql = _BEFORE.format(
            " AND ".join("instr(casefold(s.name || ' ' || c.name), ?) > 0" for _ in words)
        )

        async def before(sql: str = sql, words: list[str] = words) -> None:
            async with db.read() as repos:
                await repos.conn.execute_fetchall(sql, [w.casefold() for w in words])

        before_times += await _timed(before)
    await client.close()
    await db.close()
    note = ", ".join(f"{q!r}: {k}" for q, k in found.items())
    return [
        Row(f"search {n}: CPU median", ms(statistics.median(now_times)), note=f"found {note}"),
        Row(f"search {n}: CPU worst", ms(max(now_times))),
        Row(f"search {n}: CPU median before issue 23", ms(statistics.median(before_times))),
    ]


async def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        return [*await _sizes(500, Path(tmp)), *await _sizes(5000, Path(tmp))]


if __name__ == "__main__":
    main(run, "search in the customer's words")
