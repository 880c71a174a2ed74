"""The catalogue refresh writes only what changed, in short transactions; counts stay right."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.db import Database
from bot.db.repositories import Repos
from bot.domain.search_words import Vocabulary
from bot.domain.service_types import kind_of
from bot.sandbox.catalogue import large_catalogue
from bot.services.catalogue import WRITE_CHUNK, CatalogueService
from tests.conftest import CUSTOMER, Shop


async def visible_counts(shop: Shop) -> dict[int, int]:
    """Per category shown to customers, its stored count of services, as the pages show it."""
    counts: dict[int, int] = {}
    catalogue = shop.services.catalogue
    for platform in await catalogue.platforms():
        page, pages = 0, 1
        while page < pages:
            found = await catalogue.platform_categories(platform.key, page)
            counts.update({c.id: c.service_count for c in found.items})
            page, pages = page + 1, found.pages
    return counts


async def expected_counts(shop: Shop) -> dict[int, int]:
    """The same worked out from the panel's list and the admin's hidden flags, in Python."""
    async with shop.db.read() as repos:
        ids = {r["name"]: r["id"] for r in await repos.catalogue._all("SELECT * FROM categories")}
        hidden_categories = {
            r[0] for r in await repos.catalogue._all("SELECT id FROM categories WHERE is_hidden")
        }
        hidden_services = {
            r[0] for r in await repos.catalogue._all("SELECT id FROM services WHERE is_hidden")
        }
    counts: dict[int, int] = {}
    for item in {int(str(s["service"])): s for s in shop.panel.catalogue}.values():
        category = ids[str(item["category"])]
        if (
            kind_of(str(item["type"])) is None
            or int(str(item["service"])) in hidden_services
            or category in hidden_categories
        ):
            continue
        counts[category] = counts.get(category, 0) + 1
    return counts


async def test_category_counts_stay_right_across_refreshes(make_shop: Any) -> None:
    shop: Shop = await make_shop(refresh=False)
    catalogue = shop.services.catalogue
    shop.panel.catalogue = large_catalogue(1200)
    await catalogue.refresh()
    assert await visible_counts(shop) == await expected_counts(shop)
    services = shop.panel.catalogue
    supported = [s for s in services if kind_of(str(s["type"])) is not None]
    assert len(supported) > 100

    # Add (into a new and an old category), remove, re-type both ways, move to another category.
    services.append({**supported[0], "service": 90_001, "category": "Brand new"})
    services.append({**supported[1], "service": 90_002})
    removed = {supported[2]["service"], supported[3]["service"]}
    services[:] = [s for s in services if s["service"] not in removed]
    retyped = supported[4]
    retyped["type"] = "Mentions with Hashtags"  # not orderable: leaves its category's count
    unsupported = next(s for s in services if kind_of(str(s["type"])) is None)
    unsupported["type"] = "Default"  # now orderable: joins it
    supported[5]["category"] = supported[6]["category"]
    report = await catalogue.refresh()
    assert (report.added, report.removed) == (2, 2)
    assert await visible_counts(shop) == await expected_counts(shop)

    # Hidden by the admin: a service, then a whole category; shown again.
    admin = shop.services.admin
    assert await admin.set_hidden("service", int(str(supported[7]["service"])), True)
    first = next(iter(await visible_counts(shop)))
    assert await admin.set_hidden("category", first, True)
    counts = await visible_counts(shop)
    assert first not in counts and counts == await expected_counts(shop)
    await catalogue.refresh()  # nothing changed: counts unchanged, nothing re-counted
    assert await visible_counts(shop) == await expected_counts(shop)
    assert await admin.set_hidden("category", first, False)
    assert await admin.set_hidden("service", int(str(supported[7]["service"])), False)
    assert await visible_counts(shop) == await expected_counts(shop)

    # A category whose services all go away leaves the list; the pages agree with the counts.
    gone_category = supported[8]["category"]
    services[:] = [s for s in services if s["category"] != gone_category]
    await catalogue.refresh()
    counts = await visible_counts(shop)
    assert counts == await expected_counts(shop)
    for category_id, count in list(counts.items())[:5]:
        assert (await catalogue.services(category_id, 0)).total == count


class PausingDatabase:
    """The real database; the refresh is held between two of its write transactions."""

    def __init__(self, db: Database, pause_before: int) -> None:
        self._db = db
        self._pause_before = pause_before
        self.transactions = 0
        self.paused, self.resume = asyncio.Event(), asyncio.Event()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Repos]:
        self.transactions += 1
        if self.transactions == self._pause_before:
            self.paused.set()
            await self.resume.wait()  # between transactions: no lock held
        async with self._db.transaction() as repos:
            yield repos

    def read(self) -> Any:
        return self._db.read()


async def test_a_customer_is_answered_while_a_refresh_of_many_services_runs(
    make_shop: Any,
) -> None:
    shop: Shop = await make_shop(refresh=False)
    shop.panel.catalogue = large_catalogue(3000)
    db = PausingDatabase(shop.db, pause_before=4)
    refresh = CatalogueService(
        db,  # type: ignore[arg-type]
        shop.services.panels,
        shop.services.settings,
        Vocabulary({}),
    )
    job = asyncio.create_task(refresh.refresh())
    try:
        async with asyncio.timeout(30):  # only against a hang
            await db.paused.wait()
            async with shop.db.read() as repos:
                stored, _ = await repos.catalogue.counts()
            assert 0 < stored < 3000  # part of the catalogue is in, the rest still to come
            # A new customer: /start writes (the user row, the conversation state).
            await shop.harness.send(CUSTOMER, "/start")
            assert shop.harness.last_text(CUSTOMER)
            assert not job.done()
            db.resume.set()
            report = await job
    finally:
        db.resume.set()
        if not job.done():
            job.cancel()
    assert report.added == 3000
    assert db.transactions >= 3000 // WRITE_CHUNK
