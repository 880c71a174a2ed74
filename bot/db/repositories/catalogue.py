from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import aiosqlite

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class CategoryRow:
    id: int
    name: str
    position: int
    is_hidden: bool
    markup_percent: Decimal | None
    present: bool
    service_count: int = 0


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


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _category(row: aiosqlite.Row) -> CategoryRow:
    keys = row.keys()
    return CategoryRow(
        id=row["id"],
        name=row["name"],
        position=row["position"],
        is_hidden=bool(row["is_hidden"]),
        markup_percent=_decimal(row["markup_percent"]),
        present=bool(row["present"]),
        service_count=row["service_count"] if "service_count" in keys else 0,
    )


def _service(row: aiosqlite.Row) -> ServiceRow:
    return ServiceRow(
        id=row["id"],
        category_id=row["category_id"],
        category_name=row["category_name"],
        name=row["name"],
        type=row["type"],
        rate=row["rate"],
        min_quantity=row["min_quantity"],
        max_quantity=row["max_quantity"],
        refill=bool(row["refill"]),
        cancel=bool(row["cancel"]),
        dripfeed=bool(row["dripfeed"]),
        description=row["description"],
        is_hidden=bool(row["is_hidden"]),
        category_hidden=bool(row["category_hidden"]),
        markup_percent=_decimal(row["markup_percent"]),
        category_markup_percent=_decimal(row["category_markup_percent"]),
        present=bool(row["present"]),
    )


_SERVICE_SELECT = (
    "SELECT s.*, c.name AS category_name, c.is_hidden AS category_hidden,"
    " c.markup_percent AS category_markup_percent"
    " FROM services s JOIN categories c ON c.id = s.category_id"
)


def _types_clause(types: Sequence[str]) -> str:
    return "lower(s.type) IN (" + ",".join("?" * len(types)) + ")"


def _orderable(types: Sequence[str]) -> str:
    """What customers may see: present, not hidden (nor its category), of a supported type."""
    return f"s.present = 1 AND s.is_hidden = 0 AND c.is_hidden = 0 AND {_types_clause(types)}"


@dataclass(frozen=True, slots=True)
class ServiceUpsert:
    id: int
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


class CatalogueRepo(Repo):
    # -- writes, used by the catalogue refresh ----------------------------------------------
    async def category_ids_by_name(self) -> dict[str, int]:
        rows = await self._all("SELECT name, id FROM categories")
        return {row[0]: row[1] for row in rows}

    async def insert_category(self, name: str, position: int) -> int:
        return await self._insert(
            "INSERT INTO categories (name, position) VALUES (?, ?)", (name, position)
        )

    async def mark_all_absent(self) -> None:
        await self._write("UPDATE categories SET present = 0")
        await self._write("UPDATE services SET present = 0")

    async def mark_category_present(self, category_id: int, position: int) -> None:
        await self._write(
            "UPDATE categories SET present = 1, position = ? WHERE id = ?", (position, category_id)
        )

    async def service_fingerprints(self) -> dict[int, tuple[object, ...]]:
        """Per present service, the fields whose change /sync reports."""
        rows = await self._all(
            "SELECT id, category_id, name, type, rate, min_quantity, max_quantity, refill,"
            " cancel, dripfeed, description FROM services WHERE present = 1"
        )
        return {row[0]: tuple(row)[1:] for row in rows}

    async def upsert_service(self, s: ServiceUpsert, now: int) -> None:
        await self._write(
            "INSERT INTO services (id, category_id, name, type, rate, min_quantity, max_quantity,"
            " refill, cancel, dripfeed, description, position, present, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
            " ON CONFLICT (id) DO UPDATE SET category_id = excluded.category_id,"
            " name = excluded.name, type = excluded.type, rate = excluded.rate,"
            " min_quantity = excluded.min_quantity, max_quantity = excluded.max_quantity,"
            " refill = excluded.refill, cancel = excluded.cancel, dripfeed = excluded.dripfeed,"
            " description = excluded.description, position = excluded.position, present = 1,"
            " updated_at = excluded.updated_at",
            (
                s.id,
                s.category_id,
                s.name,
                s.type,
                s.rate,
                s.min_quantity,
                s.max_quantity,
                int(s.refill),
                int(s.cancel),
                int(s.dripfeed),
                s.description,
                s.position,
                now,
            ),
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
    async def count_categories(self, types: Sequence[str]) -> int:
        value = await self._scalar(
            "SELECT count(DISTINCT c.id) FROM services s JOIN categories c ON c.id = s.category_id"
            f" WHERE {_orderable(types)}",
            types,
        )
        return int(value or 0)

    async def list_categories(
        self, types: Sequence[str], offset: int, limit: int
    ) -> list[CategoryRow]:
        rows = await self._all(
            "SELECT c.*, count(s.id) AS service_count FROM categories c"
            " JOIN services s ON s.category_id = c.id"
            f" WHERE {_orderable(types)} GROUP BY c.id ORDER BY c.position, c.id"
            " LIMIT ? OFFSET ?",
            (*types, limit, offset),
        )
        return [_category(row) for row in rows]

    async def get_category(self, category_id: int) -> CategoryRow | None:
        row = await self._one("SELECT * FROM categories WHERE id = ?", (category_id,))
        return None if row is None else _category(row)

    async def count_services(self, category_id: int, types: Sequence[str]) -> int:
        value = await self._scalar(
            "SELECT count(*) FROM services s JOIN categories c ON c.id = s.category_id"
            f" WHERE s.category_id = ? AND {_orderable(types)}",
            (category_id, *types),
        )
        return int(value or 0)

    async def list_services(
        self, category_id: int, types: Sequence[str], offset: int, limit: int
    ) -> list[ServiceRow]:
        rows = await self._all(
            f"{_SERVICE_SELECT} WHERE s.category_id = ? AND {_orderable(types)}"
            " ORDER BY s.position, s.id LIMIT ? OFFSET ?",
            (category_id, *types, limit, offset),
        )
        return [_service(row) for row in rows]

    async def get_service(self, service_id: int) -> ServiceRow | None:
        row = await self._one(f"{_SERVICE_SELECT} WHERE s.id = ?", (service_id,))
        return None if row is None else _service(row)

    async def search_services(
        self, words: Sequence[str], types: Sequence[str], limit: int
    ) -> list[ServiceRow]:
        """Services whose name or category holds every word (case-folded)."""
        word_clause = " AND ".join("instr(casefold(s.name || ' ' || c.name), ?) > 0" for _ in words)
        rows = await self._all(
            f"{_SERVICE_SELECT} WHERE {_orderable(types)} AND {word_clause}"
            " ORDER BY c.position, s.position, s.id LIMIT ?",
            (*types, *(w.casefold() for w in words), limit),
        )
        return [_service(row) for row in rows]

    async def counts(self) -> tuple[int, int]:
        """(present services, present categories)."""
        row = await self._one(
            "SELECT (SELECT count(*) FROM services WHERE present = 1),"
            " (SELECT count(*) FROM categories WHERE present = 1)"
        )
        assert row is not None
        return int(row[0]), int(row[1])
