from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import aiosqlite

from bot.db.repositories.base import Repo
from bot.db.search_match import pack


@dataclass(frozen=True, slots=True)
class CategoryRow:
    id: int
    name: str
    position: int
    is_hidden: bool
    markup_percent: Decimal | None
    present: bool
    service_count: int = 0
    platform: str | None = None  # the platform's key (bot/domain/platforms.py); None: not set
    platform_by_admin: bool = False
    panel_name: str = ""  # the panel's text; `name` is the shop's in the reader's language


@dataclass(frozen=True, slots=True)
class ServiceRow:
    id: int
    category_id: int
    category_name: str
    name: str
    type: str
    rate: int  # minor units per 1000
    min_quantity: int
    max_quantity: int
    refill: bool
    cancel: bool
    dripfeed: bool
    description: str | None
    is_hidden: bool
    category_hidden: bool
    markup_percent: Decimal | None
    category_markup_percent: Decimal | None
    present: bool
    panel: int = 1  # the panel's number (bot/panel/registry.py)
    panel_service_id: int = 0  # the panel's own id of this service, sent in `add`
    rank: int = 0  # the admin's order in its category: lower first, then cheapest first
    panel_name: str = ""  # the panel's text; `name` is the shop's in the reader's language
    panel_description: str | None = None
    category_panel_name: str = ""  # the panel's text of its category


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _category(row: aiosqlite.Row) -> CategoryRow:
    return CategoryRow(
        id=row["id"],
        name=row["shown_name"],
        panel_name=row["name"],
        platform=row["platform"],
        platform_by_admin=bool(row["platform_by_admin"]),
        position=row["position"],
        is_hidden=bool(row["is_hidden"]),
        markup_percent=_decimal(row["markup_percent"]),
        present=bool(row["present"]),
        service_count=row["service_count"],
    )


def _service(row: aiosqlite.Row) -> ServiceRow:
    return ServiceRow(
        id=row["id"],
        category_id=row["category_id"],
        category_name=row["category_name"],
        name=row["shown_name"],
        panel_name=row["name"],
        category_panel_name=row["category_panel_name"],
        panel=row["panel"],
        panel_service_id=row["panel_service_id"],
        rank=row["rank"],
        type=row["type"],
        rate=row["rate"],
        min_quantity=row["min_quantity"],
        max_quantity=row["max_quantity"],
        refill=bool(row["refill"]),
        cancel=bool(row["cancel"]),
        dripfeed=bool(row["dripfeed"]),
        description=row["shown_description"],
        panel_description=row["description"],
        is_hidden=bool(row["is_hidden"]),
        category_hidden=bool(row["category_hidden"]),
        markup_percent=_decimal(row["markup_percent"]),
        category_markup_percent=_decimal(row["category_markup_percent"]),
        present=bool(row["present"]),
    )


# Names as customers see them: the shop's own in the reader's language (the first `?` of a
# query), else the shop's English one, else the panel's. A refresh never writes the texts.
_SERVICE_SELECT = (
    "SELECT s.*, coalesce(sl.name, se.name, s.name) AS shown_name,"
    " coalesce(sl.description, se.description, s.description) AS shown_description,"
    " coalesce(cl.name, ce.name, c.name) AS category_name, c.name AS category_panel_name,"
    " c.is_hidden AS category_hidden,"
    " c.markup_percent AS category_markup_percent"
    " FROM services s JOIN categories c ON c.id = s.category_id"
    " LEFT JOIN service_texts sl ON sl.service_id = s.id AND sl.lang = ?1"
    " LEFT JOIN service_texts se ON se.service_id = s.id AND se.lang = 'en'"
    " LEFT JOIN category_texts cl ON cl.category_id = c.id AND cl.lang = ?1"
    " LEFT JOIN category_texts ce ON ce.category_id = c.id AND ce.lang = 'en'"
)
_CATEGORY_SELECT = (
    "SELECT c.*, coalesce(cl.name, ce.name, c.name) AS shown_name FROM categories c"
    " LEFT JOIN category_texts cl ON cl.category_id = c.id AND cl.lang = ?1"
    " LEFT JOIN category_texts ce ON ce.category_id = c.id AND ce.lang = 'en'"
)

# What customers may see. The service part matches the partial index `services_listed`
# (migration 010) term for term, so a page reads that index instead of scanning.
_LISTED = "s.present = 1 AND s.is_hidden = 0 AND s.supported = 1"
_ORDERABLE = f"{_LISTED} AND c.is_hidden = 0"

# What a search looks in: every name a customer may know a service by (`holds_all`:
# bot/db/search_match.py).
_SEARCHED_NAMES = (
    "s.name || ' ' || c.name"
    " || coalesce((SELECT ' ' || group_concat(t.name, ' ') FROM service_texts t"
    " WHERE t.service_id = s.id), '')"
    " || coalesce((SELECT ' ' || group_concat(t.name, ' ') FROM category_texts t"
    " WHERE t.category_id = c.id), '')"
)

_STORED_FIELDS = (
    "category_id, name, type, rate, min_quantity, max_quantity, refill, cancel, dripfeed,"
    " description, position, supported"
)


def _platform_clause(platforms: Sequence[str | None], first: int) -> str:
    """`c.platform` is one of `platforms` (None: not set), the keys bound from ?first on."""
    keys = [p for p in platforms if p is not None]
    marks = ", ".join(f"?{first + n}" for n in range(len(keys)))
    terms = [f"c.platform IN ({marks})"] if keys else []
    if None in platforms:
        terms.append("c.platform IS NULL")
    return "(" + " OR ".join(terms or ["0"]) + ")"


@dataclass(frozen=True, slots=True)
class ServiceUpsert:
    id: int  # the panel's own service id (panel_service_id)
    category_id: int
    name: str
    type: str
    rate: int
    min_quantity: int
    max_quantity: int
    refill: bool
    cancel: bool
    dripfeed: bool
    description: str | None
    position: int
    supported: bool = False

    def stored(self) -> tuple[object, ...]:
        """The fields as `stored_services` reads them back, to tell a change from none."""
        return (
            self.category_id,
            self.name,
            self.type,
            self.rate,
            self.min_quantity,
            self.max_quantity,
            int(self.refill),
            int(self.cancel),
            int(self.dripfeed),
            self.description,
            self.position,
            int(self.supported),
        )


@dataclass(frozen=True, slots=True)
class StoredService:
    id: int  # the shop's number
    present: bool
    name: str  # the panel's name when last stored
    fields: tuple[object, ...]  # in `ServiceUpsert.stored()` order


@dataclass(frozen=True, slots=True)
class StoredCategory:
    id: int
    position: int
    present: bool


class CatalogueRepo(Repo):
    # -- writes, used by the catalogue refresh ----------------------------------------------
    # The refresh diffs the panel's list against these reads and writes only what changed,
    # a chunk of rows per short transaction (executemany: one round-trip per chunk).
    async def stored_categories(self) -> dict[str, StoredCategory]:
        rows = await self._all("SELECT name, id, position, present FROM categories")
        return {row[0]: StoredCategory(row[1], row[2], bool(row[3])) for row in rows}

    async def stored_services(self, panel: int) -> dict[int, StoredService]:
        """The panel's stored services by the panel's service id."""
        rows = await self._conn.execute_fetchall(
            f"SELECT panel_service_id, id, present, name, {_STORED_FIELDS} FROM services"
            " WHERE panel = ?",
            (panel,),
        )
        stored: dict[int, StoredService] = {}
        for index, row in enumerate(rows):
            if index % 500 == 0:
                await asyncio.sleep(0)  # tens of thousands of rows: let the loop in
            stored[row[0]] = StoredService(row[1], row[2] == 1, row[3], tuple(row)[4:])
        return stored

    async def insert_categories(self, rows: Sequence[tuple[str, int]]) -> None:
        """(name, position) of categories not stored yet; one already there is left alone."""
        await self._writer.executemany(
            "INSERT INTO categories (name, position) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
            rows,
        )

    async def set_category_positions(self, rows: Sequence[tuple[int, int]]) -> None:
        """(position, id) per category."""
        await self._writer.executemany("UPDATE categories SET position = ? WHERE id = ?", rows)

    async def update_categories_present(self) -> None:
        """A category is present while any panel lists a service in it (one statement over the
        categories, each an index look-up of services_category)."""
        listed = (
            "EXISTS (SELECT 1 FROM services s"
            " WHERE s.category_id = categories.id AND s.present = 1)"
        )
        await self._writer.execute(
            f"UPDATE categories SET present = {listed} WHERE present IS NOT {listed}"
        )

    async def insert_services(
        self, panel: int, services: Sequence[ServiceUpsert], now: int
    ) -> None:
        """New services of a panel. A service is numbered by the shop: it keeps the panel's own
        number when no other service has it (a one-panel shop reads the panel's numbers),
        else it takes the next free one."""
        await self._writer.executemany(
            "INSERT INTO services (id, panel, panel_service_id, category_id, name, type, rate,"
            " min_quantity, max_quantity, refill, cancel, dripfeed, description, position,"
            " supported, present, updated_at)"
            " VALUES (iif(EXISTS (SELECT 1 FROM services WHERE id = ?1), NULL, ?1), ?2, ?1,"
            " ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, ?15)",
            [(s.id, panel, *s.stored(), now) for s in services],
        )

    async def update_services(self, rows: Sequence[tuple[int, ServiceUpsert]], now: int) -> None:
        """(shop number, the panel's fields) of services stored already."""
        await self._writer.executemany(
            "UPDATE services SET category_id = ?, name = ?, type = ?, rate = ?, min_quantity = ?,"
            " max_quantity = ?, refill = ?, cancel = ?, dripfeed = ?, description = ?,"
            " position = ?, supported = ?, present = 1, updated_at = ? WHERE id = ?",
            [(*s.stored(), now, service_id) for service_id, s in rows],
        )

    async def retire_panels_but(self, panels: Sequence[int], now: int) -> int:
        """Services of panels no longer configured are absent (their panel's next refresh,
        once configured again, brings them back); how many were."""
        marks = ", ".join("?" for _ in panels)
        return await self._write(
            f"UPDATE services SET present = 0, updated_at = ? WHERE present = 1"
            f" AND panel NOT IN ({marks})",
            (now, *panels),
        )

    async def mark_services_absent(self, service_ids: Sequence[int], now: int) -> None:
        """By shop number."""
        await self._writer.executemany(
            "UPDATE services SET present = 0, updated_at = ? WHERE id = ?",
            [(now, service_id) for service_id in service_ids],
        )

    # -- admin overrides ----------------------------------------------------------------------
    async def set_service_hidden(self, service_id: int, hidden: bool) -> bool:
        changed = await self._write(
            "UPDATE services SET is_hidden = ? WHERE id = ?", (int(hidden), service_id)
        )
        return changed == 1

    async def set_category_hidden(self, category_id: int, hidden: bool) -> bool:
        changed = await self._write(
            "UPDATE categories SET is_hidden = ? WHERE id = ?", (int(hidden), category_id)
        )
        return changed == 1

    async def set_service_markup(self, service_id: int, percent: Decimal | None) -> bool:
        changed = await self._write(
            "UPDATE services SET markup_percent = ? WHERE id = ?",
            (None if percent is None else str(percent), service_id),
        )
        return changed == 1

    async def set_category_markup(self, category_id: int, percent: Decimal | None) -> bool:
        changed = await self._write(
            "UPDATE categories SET markup_percent = ? WHERE id = ?",
            (None if percent is None else str(percent), category_id),
        )
        return changed == 1

    async def markup_overrides(
        self,
    ) -> tuple[list[tuple[int, str, Decimal]], list[tuple[int, str, Decimal]]]:
        """(category overrides, service overrides) as (id, name, percent)."""
        cats = await self._all(
            "SELECT id, name, markup_percent FROM categories WHERE markup_percent IS NOT NULL"
            " ORDER BY id"
        )
        svcs = await self._all(
            "SELECT id, name, markup_percent FROM services WHERE markup_percent IS NOT NULL"
            " ORDER BY id"
        )
        return (
            [(r[0], r[1], Decimal(r[2])) for r in cats],
            [(r[0], r[1], Decimal(r[2])) for r in svcs],
        )

    # -- reads for browsing -------------------------------------------------------------------
    # Counts come from categories.service_count (kept by triggers, migration 010): a page costs
    # the same at 20,000 services as at 50.
    async def get_category(self, category_id: int, lang: str = "en") -> CategoryRow | None:
        row = await self._one(f"{_CATEGORY_SELECT} WHERE c.id = ?2", (lang, category_id))
        return None if row is None else _category(row)

    async def count_services(self, category_id: int) -> int:
        value = await self._scalar(
            "SELECT service_count FROM categories WHERE id = ? AND is_hidden = 0", (category_id,)
        )
        return int(value or 0)

    async def list_services(
        self, category_id: int, offset: int, limit: int, lang: str = "en"
    ) -> list[ServiceRow]:
        rows = await self._all(
            f"{_SERVICE_SELECT} WHERE s.category_id = ?2 AND {_ORDERABLE}"
            " ORDER BY s.rank, s.rate, s.id LIMIT ?3 OFFSET ?4",  # services_listed_by_price
            (lang, category_id, limit, offset),
        )
        return [_service(row) for row in rows]

    async def list_orderable(self, lang: str = "en") -> list[ServiceRow]:
        """Every service a customer can order now, by category then the panel's order (the
        reseller API's `services`)."""
        rows = await self._all(
            f"{_SERVICE_SELECT} WHERE {_ORDERABLE} ORDER BY c.position, c.id, s.position, s.id",
            (lang,),
        )
        return [_service(row) for row in rows]

    async def get_service(self, service_id: int, lang: str = "en") -> ServiceRow | None:
        row = await self._one(f"{_SERVICE_SELECT} WHERE s.id = ?2", (lang, service_id))
        return None if row is None else _service(row)

    async def search_services(
        self, terms: Sequence[Sequence[str]], limit: int, lang: str = "en"
    ) -> tuple[list[ServiceRow], int]:
        """(the first `limit` services, how many there are in all) whose names hold, for each
        term, any of its needles (case-folded). The names: the panel's of the service and of its
        category, and the shop's own in every language. Category by category, as browsed;
        in one, the admin's order, then cheapest first."""
        rows = await self._all(
            f"SELECT count(*) OVER () AS found, {_SERVICE_SELECT.removeprefix('SELECT ')}"
            f" WHERE {_ORDERABLE} AND holds_all({_SEARCHED_NAMES}, ?3)"
            " ORDER BY c.position, c.id, s.rank, s.rate, s.id LIMIT ?2",
            (lang, limit, pack(terms)),
        )
        return [_service(row) for row in rows], rows[0]["found"] if rows else 0

    async def services_per_panel(self) -> dict[int, int]:
        """Present services by panel number."""
        rows = await self._all(
            "SELECT panel, count(*) FROM services WHERE present = 1 GROUP BY panel"
        )
        return {int(row[0]): int(row[1]) for row in rows}

    # -- platforms, popular and the admin's order (issue 23) -------------------------------------
    async def categories_to_place(self) -> list[tuple[int, str]]:
        """(id, panel's name) of the categories on no platform yet and not placed by an admin."""
        rows = await self._all(
            "SELECT id, name FROM categories WHERE platform IS NULL AND platform_by_admin = 0"
        )
        return [(row[0], row[1]) for row in rows]

    async def place_categories(self, rows: Sequence[tuple[str, int]]) -> None:
        """(platform, id) as detected; a category an admin placed is left alone."""
        await self._writer.executemany(
            "UPDATE categories SET platform = ? WHERE id = ? AND platform_by_admin = 0", rows
        )

    async def set_category_platform(self, category_id: int, platform: str) -> bool:
        changed = await self._write(
            "UPDATE categories SET platform = ?, platform_by_admin = 1 WHERE id = ?",
            (platform, category_id),
        )
        return changed == 1

    async def platform_counts(self) -> list[tuple[str | None, int]]:
        """(platform, services customers may see) of every platform with some; a sum over the
        categories' kept counts, never a count of services."""
        rows = await self._all(
            "SELECT platform, sum(service_count) FROM categories"
            " WHERE service_count > 0 AND is_hidden = 0 GROUP BY platform"
        )
        return [(row[0], int(row[1])) for row in rows]

    async def count_platform_categories(self, platforms: Sequence[str | None]) -> int:
        value = await self._scalar(
            "SELECT count(*) FROM categories c WHERE c.service_count > 0 AND c.is_hidden = 0"
            f" AND {_platform_clause(platforms, 1)}",
            [p for p in platforms if p is not None],
        )
        return int(value or 0)

    async def list_platform_categories(
        self, platforms: Sequence[str | None], offset: int, limit: int, lang: str = "en"
    ) -> list[CategoryRow]:
        """A page of the categories of a platform (`platforms`: its key, and None when the
        categories not placed yet are shown with it), read along categories_platform."""
        rows = await self._all(
            f"{_CATEGORY_SELECT} WHERE c.service_count > 0 AND c.is_hidden = 0"
            f" AND {_platform_clause(platforms, 4)} ORDER BY c.position, c.id LIMIT ?2 OFFSET ?3",
            (lang, limit, offset, *(p for p in platforms if p is not None)),
        )
        return [_category(row) for row in rows]

    async def ordered_since(self, since: int) -> bool:
        value = await self._scalar("SELECT 1 FROM orders WHERE created_at >= ? LIMIT 1", (since,))
        return value is not None

    async def popular_services(self, since: int, limit: int, lang: str = "en") -> list[ServiceRow]:
        """The services customers may order, most ordered since `since` first (read along
        orders_created_placed: the range of the period's placed orders, not every order)."""
        rows = await self._all(
            f"{_SERVICE_SELECT} JOIN (SELECT service_id, count(*) AS times FROM orders"
            " WHERE created_at >= ?2 AND panel_order_id IS NOT NULL GROUP BY service_id)"
            " AS top ON top.service_id = s.id"
            f" WHERE {_ORDERABLE} ORDER BY top.times DESC, s.id LIMIT ?3",
            (lang, since, limit),
        )
        return [_service(row) for row in rows]

    async def set_service_rank(self, service_id: int, rank: int) -> bool:
        changed = await self._write("UPDATE services SET rank = ? WHERE id = ?", (rank, service_id))
        return changed == 1

    async def counts(self) -> tuple[int, int]:
        """(present services, present categories)."""
        row = await self._one(
            "SELECT (SELECT count(*) FROM services WHERE present = 1),"
            " (SELECT count(*) FROM categories WHERE present = 1)"
        )
        assert row is not None
        return int(row[0]), int(row[1])
