"""The catalogue: fetched from the panel, stored in SQLite, browsed from the stored copy."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from bot.clock import now
from bot.config import Settings
from bot.db import Database
from bot.db.repositories.catalogue import CategoryRow, ServiceRow, ServiceUpsert
from bot.money import to_minor
from bot.panel.client import PanelClient
from bot.panel.errors import PanelError
from bot.services.order_types import SUPPORTED_TYPES, kind_of
from bot.services.pricing import price_per_1000

log = logging.getLogger(__name__)

PAGE_SIZE = 8
SEARCH_LIMIT = 20
META_REFRESHED_AT = "catalogue_refreshed_at"
META_GLOBAL_MARKUP = "markup_percent"

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


def _pages(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def _clamp(page: int, total: int) -> int:
    return min(max(page, 0), _pages(total) - 1)


class CatalogueService:
    def __init__(self, db: Database, panel: PanelClient, settings: Settings) -> None:
        self._db = db
        self._panel = panel
        self._settings = settings

    # -- refresh --------------------------------------------------------------------------------
    async def refresh(self) -> RefreshReport:
        """Fetches the panel's list and stores it; on any failure the old copy stays."""
        services = await self._panel.services()
        if not services:
            raise EmptyCatalogue
        moment = now()
        async with self._db.transaction() as repos:
            cat = repos.catalogue
            before = await cat.service_fingerprints()
            category_ids = await cat.category_ids_by_name()
            await cat.mark_all_absent()
            seen_categories: set[int] = set()
            for position, service in enumerate(services):
                category_id = category_ids.get(service.category)
                if category_id is None:
                    category_id = await cat.insert_category(service.category, position)
                    category_ids[service.category] = category_id
                if category_id not in seen_categories:
                    seen_categories.add(category_id)
                    await cat.mark_category_present(category_id, position)
                await cat.upsert_service(
                    ServiceUpsert(
                        id=service.id,
                        category_id=category_id,
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
                    ),
                    moment,
                )
            after = await cat.service_fingerprints()
            await repos.meta.set(META_REFRESHED_AT, str(moment))
        added = len(after.keys() - before.keys())
        removed = len(before.keys() - after.keys())
        changed = sum(1 for key in after.keys() & before.keys() if after[key] != before[key])
        unsupported = sum(1 for s in services if kind_of(s.type) is None)
        log.info(
            "catalogue refreshed: %d services (%d of unsupported types hidden), "
            "%d added, %d changed, %d removed",
            len(after),
            unsupported,
            added,
            changed,
            removed,
        )
        return RefreshReport(added, changed, removed, len(after))

    async def refreshed_at(self) -> int | None:
        async with self._db.read() as repos:
            value = await repos.meta.get(META_REFRESHED_AT)
        return None if value is None else int(value)

    # -- pricing --------------------------------------------------------------------------------
    async def global_markup(self) -> Decimal:
        async with self._db.read() as repos:
            value = await repos.meta.get(META_GLOBAL_MARKUP)
        return self._settings.price_markup_percent if value is None else Decimal(value)

    async def price_per_1000(self, service: ServiceRow) -> Decimal:
        return price_per_1000(service, await self.global_markup())

    async def priced(self, services: list[ServiceRow]) -> list[tuple[ServiceRow, Decimal]]:
        """Each service with its customer price per 1000 (the global markup read once)."""
        markup = await self.global_markup()
        return [(service, price_per_1000(service, markup)) for service in services]

    # -- browsing -------------------------------------------------------------------------------
    async def categories(self, page: int) -> Page[CategoryRow]:
        async with self._db.read() as repos:
            total = await repos.catalogue.count_categories(SUPPORTED_TYPES)
            page = _clamp(page, total)
            items = await repos.catalogue.list_categories(
                SUPPORTED_TYPES, page * PAGE_SIZE, PAGE_SIZE
            )
        return Page(items, page, _pages(total), total)

    async def category(self, category_id: int) -> CategoryRow | None:
        async with self._db.read() as repos:
            found = await repos.catalogue.get_category(category_id)
        if found is None or found.is_hidden or not found.present:
            return None
        return found

    async def services(self, category_id: int, page: int) -> Page[ServiceRow]:
        async with self._db.read() as repos:
            total = await repos.catalogue.count_services(category_id, SUPPORTED_TYPES)
            page = _clamp(page, total)
            items = await repos.catalogue.list_services(
                category_id, SUPPORTED_TYPES, page * PAGE_SIZE, PAGE_SIZE
            )
        return Page(items, page, _pages(total), total)

    async def orderable(self, service_id: int) -> ServiceRow | None:
        """The service if a customer may order it now: present, visible, of a supported type."""
        async with self._db.read() as repos:
            service = await repos.catalogue.get_service(service_id)
        if (
            service is None
            or not service.present
            or service.is_hidden
            or service.category_hidden
            or kind_of(service.type) is None
        ):
            return None
        return service

    async def search(self, text: str) -> list[ServiceRow]:
        words = [word for word in text.split() if word][:5]
        if not words:
            return []
        async with self._db.read() as repos:
            return await repos.catalogue.search_services(words, SUPPORTED_TYPES, SEARCH_LIMIT)
