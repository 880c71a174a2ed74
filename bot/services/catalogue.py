"""The catalogue: fetched from the panel, stored in SQLite, browsed from the stored copy."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from bot.config import Settings
from bot.db import Database
from bot.db.repositories.catalogue import CategoryRow, ServiceRow, ServiceUpsert, StoredCategory
from bot.db.turns import background
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.domain.search_words import Vocabulary
from bot.domain.service_types import kind_of
from bot.panel.errors import PanelError
from bot.panel.models import Service
from bot.panel.registry import Panels
from bot.services.catalogue_search import CatalogueSearch, SearchResult
from bot.services.pricing import price_per_1000

log = logging.getLogger(__name__)

PAGE_SIZE = 8
META_REFRESHED_AT = "catalogue_refreshed_at"
META_GLOBAL_MARKUP = "markup_percent"
WRITE_CHUNK = 100  # rows per refresh transaction: a customer's write waits for one at most
# Rows of Python work between two looks at the event loop: a customer's /start needs a dozen
# turns of the loop, each waiting for the slice running, so a slice must stay well under a
# millisecond (1,000 rows made ~30 ms slices and 300 ms waits; 100 rows, ~2 ms, 110-180 ms).
YIELD_EVERY = 20
# The leading fields of `ServiceUpsert.stored()` whose change /sync reports as "changed"
# (a move in the panel's order or in the list of supported kinds is stored, not reported).
_REPORTED = 10

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    page: int
    pages: int
    total: int


@dataclass(frozen=True, slots=True)
class RefreshReport:
    added: int
    changed: int
    removed: int
    total: int


class EmptyCatalogue(PanelError):
    """The panel answered no services at all: kept the old copy rather than wipe the shop."""

    def __init__(self) -> None:
        super().__init__("services", "the panel returned an empty service list")


def _chunks(rows: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(rows), WRITE_CHUNK):
        yield rows[start : start + WRITE_CHUNK]


async def _wanted(
    services: Sequence[Service], category_ids: dict[str, int]
) -> dict[int, ServiceUpsert]:
    """The panel's services as the rows to store, by service id."""
    wanted: dict[int, ServiceUpsert] = {}
    for position, service in enumerate(services):
        wanted[service.id] = ServiceUpsert(
            id=service.id,
            category_id=category_ids[service.category],
            name=service.name,
            type=service.type,
            rate=to_minor(service.rate, round_up=True),
            min_quantity=service.min,
            max_quantity=service.max,
            refill=service.refill,
            cancel=service.cancel,
            dripfeed=service.dripfeed,
            description=service.description,
            position=position,
            supported=kind_of(service.type) is not None,
        )
        if position % YIELD_EVERY == 0:
            await asyncio.sleep(0)  # 20,000 rows of Python work: let updates in between
    return wanted


async def _differences(
    wanted: dict[int, ServiceUpsert], stored: dict[int, tuple[bool, tuple[object, ...]]]
) -> tuple[int, int, list[ServiceUpsert]]:
    """(added, changed as /sync reports them, the rows to write)."""
    added = changed = 0
    writes: list[ServiceUpsert] = []
    for index, (service_id, row) in enumerate(wanted.items()):
        if index % YIELD_EVERY == 0:
            await asyncio.sleep(0)
        fields = row.stored()
        before = stored.get(service_id)
        if before is None or not before[0]:
            added += 1
        elif before[1][:_REPORTED] != fields[:_REPORTED]:
            changed += 1
        if before is None or not before[0] or before[1] != fields:
            writes.append(row)
    return added, changed, writes


def _category_states(
    stored_categories: dict[str, StoredCategory], first_position: dict[str, int]
) -> list[tuple[bool, int, int]]:
    """(present, position, id) of every stored category whose presence or place changes."""
    return [
        (True, first_position[name], found.id)
        for name, found in stored_categories.items()
        if name in first_position and (not found.present or found.position != first_position[name])
    ] + [
        (False, found.position, found.id)
        for name, found in stored_categories.items()
        if name not in first_position and found.present
    ]


def _pages(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def _clamp(page: int, total: int) -> int:
    return min(max(page, 0), _pages(total) - 1)


class CatalogueService:
    def __init__(
        self, db: Database, panels: Panels, settings: Settings, vocabulary: Vocabulary
    ) -> None:
        self._db = db
        self._panels = panels
        self._settings = settings
        self._search = CatalogueSearch(db, vocabulary)

    # -- refresh --------------------------------------------------------------------------------
    async def refresh(self) -> RefreshReport:
        """Fetches the panel's list and stores what changed; if the fetch fails the old copy stays.

        The stored copy is diffed against the panel's list and only changed rows are written,
        WRITE_CHUNK rows per short transaction, so a customer's write (and every read, on the
        reader connections) gets in between. Should a chunk fail, each row is still a whole
        row of either list, and the next refresh completes the change.
        """
        with background():  # its writes give way to customers' (also when /sync runs it)
            return await self._refresh()

    async def _refresh(self) -> RefreshReport:
        services = await self._panels.first.client.services()
        if not services:
            raise EmptyCatalogue
        moment = now()
        async with self._db.read() as repos:
            stored_categories = await repos.catalogue.stored_categories()
            stored = await repos.catalogue.stored_services()
        # Categories first: a service row needs its category's id.
        first_position: dict[str, int] = {}
        for position, service in enumerate(services):
            first_position.setdefault(service.category, position)
        stored_categories = await self._add_categories(first_position, stored_categories)
        category_ids = {name: found.id for name, found in stored_categories.items()}
        wanted = await _wanted(services, category_ids)
        added, changed, writes = await _differences(wanted, stored)
        gone = [sid for sid, (present, _) in stored.items() if present and sid not in wanted]
        category_states = _category_states(stored_categories, first_position)
        await self._write(writes, gone, category_states, moment)
        unsupported = sum(1 for row in wanted.values() if not row.supported)
        log.info(
            "catalogue refreshed: %d services (%d of unsupported types hidden), "
            "%d added, %d changed, %d removed; %d rows written",
            len(wanted),
            unsupported,
            added,
            changed,
            len(gone),
            len(writes) + len(gone) + len(category_states),
        )
        return RefreshReport(added, changed, len(gone), len(wanted))

    async def _add_categories(
        self, first_position: dict[str, int], stored_categories: dict[str, StoredCategory]
    ) -> dict[str, StoredCategory]:
        """Stores the categories not known yet; returns every stored category by name."""
        new_categories = [
            (name, position)
            for name, position in first_position.items()
            if name not in stored_categories
        ]
        for chunk in _chunks(new_categories):
            async with self._db.transaction() as repos:
                await repos.catalogue.insert_categories(chunk)
        if new_categories:
            async with self._db.read() as repos:
                stored_categories = await repos.catalogue.stored_categories()
        return stored_categories

    async def _write(
        self,
        writes: list[ServiceUpsert],
        gone: list[int],
        category_states: list[tuple[bool, int, int]],
        moment: int,
    ) -> None:
        """The refresh's writes, WRITE_CHUNK rows per transaction, then its time."""
        for upserts in _chunks(writes):
            async with self._db.transaction() as repos:
                await repos.catalogue.upsert_services(upserts, moment)
            await asyncio.sleep(0)
        for absent in _chunks(gone):
            async with self._db.transaction() as repos:
                await repos.catalogue.mark_services_absent(absent, moment)
        for states in _chunks(category_states):
            async with self._db.transaction() as repos:
                await repos.catalogue.set_categories_present(states)
        async with self._db.transaction() as repos:
            await repos.meta.set(META_REFRESHED_AT, str(moment))

    async def refreshed_at(self) -> int | None:
        value = await self._db.peek().meta.get(META_REFRESHED_AT)
        return None if value is None else int(value)

    # -- pricing --------------------------------------------------------------------------------
    async def global_markup(self) -> Decimal:
        value = await self._db.peek().meta.get(META_GLOBAL_MARKUP)
        return self._settings.price_markup_percent if value is None else Decimal(value)

    async def price_per_1000(self, service: ServiceRow) -> Decimal:
        return price_per_1000(service, await self.global_markup())

    async def priced(self, services: list[ServiceRow]) -> list[tuple[ServiceRow, Decimal]]:
        """Each service with its customer price per 1000 (the global markup read once)."""
        markup = await self.global_markup()
        return [(service, price_per_1000(service, markup)) for service in services]

    # -- browsing -------------------------------------------------------------------------------
    async def categories(self, page: int, lang: str = "en") -> Page[CategoryRow]:
        # In place (peek): the categories are a small table, a page is one indexed range.
        repos = self._db.peek()
        total = await repos.catalogue.count_categories()
        page = _clamp(page, total)
        items = await repos.catalogue.list_categories(page * PAGE_SIZE, PAGE_SIZE, lang)
        return Page(items, page, _pages(total), total)

    async def category(self, category_id: int, lang: str = "en") -> CategoryRow | None:
        found = await self._db.peek().catalogue.get_category(category_id, lang)
        if found is None or found.is_hidden or not found.present:
            return None
        return found

    async def services(self, category_id: int, page: int, lang: str = "en") -> Page[ServiceRow]:
        # In place (peek): the count is kept on the category row, the page is an index range.
        repos = self._db.peek()
        total = await repos.catalogue.count_services(category_id)
        page = _clamp(page, total)
        items = await repos.catalogue.list_services(category_id, page * PAGE_SIZE, PAGE_SIZE, lang)
        return Page(items, page, _pages(total), total)

    async def orderable(self, service_id: int, lang: str = "en") -> ServiceRow | None:
        """The service if a customer may order it now: present, visible, of a supported type."""
        service = await self._db.peek().catalogue.get_service(service_id, lang)
        if (
            service is None
            or not service.present
            or service.is_hidden
            or service.category_hidden
            or kind_of(service.type) is None
        ):
            return None
        return service

    async def search(self, text: str, lang: str = "en") -> SearchResult:
        return await self._search.search(text, lang)
