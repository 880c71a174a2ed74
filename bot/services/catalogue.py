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
from bot.db.repositories.catalogue import (
    CategoryRow,
    ServiceRow,
    ServiceUpsert,
    StoredCategory,
    StoredService,
)
from bot.db.turns import background
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.domain.platforms import OTHER, SHELVES, is_shelf, shelf_of
from bot.domain.search_words import Vocabulary
from bot.domain.service_types import kind_of
from bot.panel.errors import PanelError
from bot.panel.models import Service
from bot.panel.registry import Panels
from bot.services.catalogue_search import CatalogueSearch, SearchResult
from bot.services.pricing import price_per_1000

log = logging.getLogger(__name__)

# A platform's categories and a category's services each on one screen, so that any service is
# four taps from the main menu (New order, platform, category, service): Telegram takes 100
# buttons a keyboard, and a page keeps five for Previous, First, Next, Back and Main menu.
LIST_SIZE = 95
POPULAR_DAYS = 30
POPULAR_SIZE = 10
# /rank: an admin's place k (1 first) is stored as k - RANKED, below the 0 of every service in
# price order, so the index services_listed_by_price gives ranked services first, then the rest
# cheapest first.
RANKED = 1000
META_REFRESHED_AT = "catalogue_refreshed_at"
META_PANEL_REFRESHED_AT = "catalogue_refreshed_at:{}"  # per panel number (issue 23)
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
class Renamed:
    """A panel renamed a service: admins are told (the shop's own names stay as they are)."""

    service_id: int  # the shop's number
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class RefreshReport:
    added: int
    changed: int
    removed: int
    total: int
    panel: int = 0  # the panel refreshed; 0: the sum over every panel
    renamed: tuple[Renamed, ...] = ()
    # Every panel's own report, or the error that kept its stored copy (the sum only).
    panels: tuple[tuple[int, RefreshReport | PanelError], ...] = ()

    @classmethod
    def total_of(cls, outcomes: list[tuple[int, RefreshReport | PanelError]]) -> RefreshReport:
        done = [found for _, found in outcomes if isinstance(found, RefreshReport)]
        return cls(
            added=sum(r.added for r in done),
            changed=sum(r.changed for r in done),
            removed=sum(r.removed for r in done),
            total=sum(r.total for r in done),
            renamed=tuple(renamed for r in done for renamed in r.renamed),
            panels=tuple(outcomes),
        )


def panel_refreshed_key(panel: int) -> str:
    return META_PANEL_REFRESHED_AT.format(panel)


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
    wanted: dict[int, ServiceUpsert], stored: dict[int, StoredService]
) -> tuple[int, list[ServiceUpsert], list[tuple[int, ServiceUpsert]], list[Renamed]]:
    """(changed as /sync reports them, the rows to insert, the rows to update by shop number,
    the services the panel renamed)."""
    changed = 0
    inserts: list[ServiceUpsert] = []
    updates: list[tuple[int, ServiceUpsert]] = []
    renamed: list[Renamed] = []
    for index, (panel_id, row) in enumerate(wanted.items()):
        if index % YIELD_EVERY == 0:
            await asyncio.sleep(0)
        fields = row.stored()
        before = stored.get(panel_id)
        if before is None:
            inserts.append(row)
            continue
        if before.present and before.fields[:_REPORTED] != fields[:_REPORTED]:
            changed += 1
        if before.present and before.name != row.name:
            renamed.append(Renamed(before.id, before.name, row.name))
        if not before.present or before.fields != fields:
            updates.append((before.id, row))
    return changed, inserts, updates, renamed


# A category's position is its first place in the list of the lowest-numbered panel that lists
# it: panel 1's categories first, in its order, then panel 2's new ones, and so on.
PANEL_POSITIONS = 1_000_000


def _category_positions(
    stored_categories: dict[str, StoredCategory], first_position: dict[str, int], panel: int
) -> list[tuple[int, int]]:
    """(position, id) of every category this panel places anew."""
    moves = []
    for name, place in first_position.items():
        found = stored_categories[name]
        position = (panel - 1) * PANEL_POSITIONS + place
        owner = found.position // PANEL_POSITIONS + 1
        if found.position != position and (owner >= panel or not found.present):
            moves.append((position, found.id))
    return moves


@dataclass(frozen=True, slots=True)
class PlatformCount:
    key: str
    services: int


def _pages(total: int, size: int = LIST_SIZE) -> int:
    return max(1, -(-total // size))


def _clamp(page: int, total: int, size: int = LIST_SIZE) -> int:
    return min(max(page, 0), _pages(total, size) - 1)


def _shelved(key: str) -> list[str | None]:
    """The stored values a platform's screen lists: Other also has the categories not placed
    yet (a database from before platforms, until its next refresh places them)."""
    return [OTHER, None] if key == OTHER else [key]


def _in_shelf_order(keys: dict[str, int]) -> list[str]:
    return [shelf.key for shelf in SHELVES if shelf.key in keys]


def _popular_since() -> int:
    return now() - POPULAR_DAYS * 86_400


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
        """Refreshes every panel's services, one panel after the other. A panel that fails
        keeps its stored copy and the others are refreshed all the same; the sum says which
        failed. Raises only when every panel failed (the first panel's error)."""
        outcomes: list[tuple[int, RefreshReport | PanelError]] = []
        for panel in self._panels:
            try:
                outcomes.append((panel.number, await self.refresh_panel(panel.number)))
            except PanelError as exc:
                log.warning("catalogue of panel %s not refreshed: %s", panel.number, exc)
                outcomes.append((panel.number, exc))
        await self._retire_unconfigured()
        errors = [found for _, found in outcomes if isinstance(found, PanelError)]
        if len(errors) == len(outcomes):
            raise errors[0]
        await self.assign_platforms()  # the categories a panel listed first just now
        async with self._db.transaction() as repos:
            moment = str(now())
            await repos.meta.set(META_REFRESHED_AT, moment)
            for number, found in outcomes:
                if isinstance(found, RefreshReport):
                    await repos.meta.set(panel_refreshed_key(number), moment)
        return RefreshReport.total_of(outcomes)

    async def _retire_unconfigured(self) -> None:
        """A panel taken out of the settings sells nothing: its services leave the catalogue
        (customers would pay, then be refunded for a panel the shop cannot reach)."""
        numbers = [panel.number for panel in self._panels]
        async with self._db.transaction() as repos:
            retired = await repos.catalogue.retire_panels_but(numbers, now())
            if retired:
                await repos.catalogue.update_categories_present()
        if retired:
            log.warning("%d services of panels no longer configured left the catalogue", retired)

    async def refresh_panel(self, panel: int) -> RefreshReport:
        """Fetches one panel's list and stores what changed; if the fetch fails the old copy
        stays.

        The stored copy is diffed against the panel's list and only changed rows are written,
        WRITE_CHUNK rows per short transaction, so a customer's write (and every read, on the
        reader connections) gets in between. Should a chunk fail, each row is still a whole
        row of either list, and the next refresh completes the change.
        """
        with background():  # its writes give way to customers' (also when /sync runs it)
            return await self._refresh(panel)

    async def _refresh(self, panel: int) -> RefreshReport:
        services = await self._panels.get(panel).services()
        if not services:
            raise EmptyCatalogue
        moment = now()
        async with self._db.read() as repos:
            stored_categories = await repos.catalogue.stored_categories()
            stored = await repos.catalogue.stored_services(panel)
        # Categories first: a service row needs its category's id.
        first_position: dict[str, int] = {}
        for position, service in enumerate(services):
            first_position.setdefault(service.category, position)
        stored_categories = await self._add_categories(first_position, stored_categories, panel)
        category_ids = {name: found.id for name, found in stored_categories.items()}
        wanted = await _wanted(services, category_ids)
        changed, inserts, updates, renamed = await _differences(wanted, stored)
        gone = [row.id for pid, row in stored.items() if row.present and pid not in wanted]
        moves = _category_positions(stored_categories, first_position, panel)
        await self._write(panel, inserts, updates, gone, moves, moment)
        added = len(inserts) + sum(1 for _, row in updates if not stored[row.id].present)
        unsupported = sum(1 for row in wanted.values() if not row.supported)
        log.info(
            "catalogue of panel %s refreshed: %d services (%d of unsupported types hidden), "
            "%d added, %d changed, %d removed; %d rows written",
            panel,
            len(wanted),
            unsupported,
            added,
            changed,
            len(gone),
            len(inserts) + len(updates) + len(gone) + len(moves),
        )
        return RefreshReport(added, changed, len(gone), len(wanted), panel, tuple(renamed))

    async def _add_categories(
        self,
        first_position: dict[str, int],
        stored_categories: dict[str, StoredCategory],
        panel: int,
    ) -> dict[str, StoredCategory]:
        """Stores the categories not known yet; returns every stored category by name."""
        new_categories = [
            (name, (panel - 1) * PANEL_POSITIONS + position)
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
        panel: int,
        inserts: list[ServiceUpsert],
        updates: list[tuple[int, ServiceUpsert]],
        gone: list[int],
        moves: list[tuple[int, int]],
        moment: int,
    ) -> None:
        """The refresh's writes, WRITE_CHUNK rows per transaction."""
        for new_rows in _chunks(inserts):
            async with self._db.transaction() as repos:
                await repos.catalogue.insert_services(panel, new_rows, moment)
            await asyncio.sleep(0)
        for changed_rows in _chunks(updates):
            async with self._db.transaction() as repos:
                await repos.catalogue.update_services(changed_rows, moment)
            await asyncio.sleep(0)
        for absent in _chunks(gone):
            async with self._db.transaction() as repos:
                await repos.catalogue.mark_services_absent(absent, moment)
        async with self._db.transaction() as repos:
            if moves:
                await repos.catalogue.set_category_positions(moves)
            await repos.catalogue.update_categories_present()

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
    async def category(self, category_id: int, lang: str = "en") -> CategoryRow | None:
        found = await self._db.peek().catalogue.get_category(category_id, lang)
        if found is None or found.is_hidden or not found.present:
            return None
        return found

    async def services(self, category_id: int, page: int, lang: str = "en") -> Page[ServiceRow]:
        # In place (peek): the count is kept on the category row, the page is an index range.
        repos = self._db.peek()
        total = await repos.catalogue.count_services(category_id)
        page = _clamp(page, total, LIST_SIZE)
        items = await repos.catalogue.list_services(category_id, page * LIST_SIZE, LIST_SIZE, lang)
        return Page(items, page, _pages(total, LIST_SIZE), total)

    async def orderable(self, service_id: int, lang: str = "en") -> ServiceRow | None:
        """The service if a customer may order it now: present, visible, of a supported type."""
        service = await self._db.peek().catalogue.get_service(service_id, lang)
        if (
            service is None
            or not service.present
            or service.is_hidden
            or service.category_hidden
            or kind_of(service.type) is None
            or service.panel not in self._panels
        ):
            return None
        return service

    async def platforms(self) -> list[PlatformCount]:
        """The platforms with services customers may see, in the order of SHELVES; a sum of
        the categories' kept counts (a dozen rows), never a count of services."""
        totals: dict[str, int] = {}
        for key, services in await self._db.peek().catalogue.platform_counts():
            shown = key if key is not None and is_shelf(key) else OTHER
            totals[shown] = totals.get(shown, 0) + services
        return [PlatformCount(key, totals[key]) for key in _in_shelf_order(totals)]

    async def platform_categories(self, key: str, page: int, lang: str = "en") -> Page[CategoryRow]:
        repos = self._db.peek()
        stored = _shelved(key)
        total = await repos.catalogue.count_platform_categories(stored)
        page = _clamp(page, total, LIST_SIZE)
        items = await repos.catalogue.list_platform_categories(
            stored, page * LIST_SIZE, LIST_SIZE, lang
        )
        return Page(items, page, _pages(total, LIST_SIZE), total)

    async def has_popular(self) -> bool:
        return await self._db.peek().catalogue.ordered_since(_popular_since())

    async def popular(self, lang: str = "en") -> list[ServiceRow]:
        """The services ordered most in the last POPULAR_DAYS days that customers may order."""
        async with self._db.read() as repos:
            return await repos.catalogue.popular_services(_popular_since(), POPULAR_SIZE, lang)

    async def assign_platforms(self) -> int:
        """Puts each category on no platform yet on the one its panel name names (Other if
        none); never one an admin placed. Returns how many were placed."""
        async with self._db.read() as repos:
            waiting = await repos.catalogue.categories_to_place()
        placed = [(shelf_of(name), category_id) for category_id, name in waiting]
        for chunk in _chunks(placed):
            async with self._db.transaction() as repos:
                await repos.catalogue.place_categories(chunk)
        return len(placed)

    # -- the admin's arrangement ---------------------------------------------------------------
    async def move_category(self, category_id: int, key: str) -> CategoryRow | None:
        """Puts a category on a platform for good (refreshes keep it); None if no such."""
        async with self._db.transaction() as repos:
            if not await repos.catalogue.set_category_platform(category_id, key):
                return None
            return await repos.catalogue.get_category(category_id)

    async def set_rank(self, service_id: int, place: int) -> ServiceRow | None:
        """Shows a service at `place` (1 first) of its category, before the services in price
        order; 0 puts it back in price order. None if there is no such service."""
        async with self._db.transaction() as repos:
            stored = place - RANKED if place > 0 else 0
            if not await repos.catalogue.set_service_rank(service_id, stored):
                return None
            return await repos.catalogue.get_service(service_id)

    async def search(self, text: str, lang: str = "en") -> SearchResult:
        return await self._search.search(text, lang)
