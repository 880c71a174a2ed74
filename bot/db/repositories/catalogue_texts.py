"""The shop's own names and descriptions per language (migration 026: service_texts,
category_texts). A catalogue refresh never writes here; the reads that show names to customers
(CatalogueRepo) fall back from the reader's language to English to the panel's text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class ServiceText:
    lang: str
    name: str | None
    description: str | None


@dataclass(frozen=True, slots=True)
class CatalogueLine:
    """One service as /export catalogue writes it (and /import catalogue compares against)."""

    id: int
    panel: int
    panel_service_id: int
    panel_name: str
    category: str
    markup_percent: str | None
    hidden: bool
    texts: dict[str, ServiceText]


class CatalogueTextRepo(Repo):
    async def set_service_name(self, service_id: int, lang: str, name: str | None) -> None:
        await self._write(
            "INSERT INTO service_texts (service_id, lang, name) VALUES (?, ?, ?)"
            " ON CONFLICT (service_id, lang) DO UPDATE SET name = excluded.name",
            (service_id, lang, name),
        )
        await self._drop_empty(service_id, lang)

    async def set_service_description(
        self, service_id: int, lang: str, description: str | None
    ) -> None:
        await self._write(
            "INSERT INTO service_texts (service_id, lang, description) VALUES (?, ?, ?)"
            " ON CONFLICT (service_id, lang) DO UPDATE SET description = excluded.description",
            (service_id, lang, description),
        )
        await self._drop_empty(service_id, lang)

    async def _drop_empty(self, service_id: int, lang: str) -> None:
        await self._write(
            "DELETE FROM service_texts WHERE service_id = ? AND lang = ?"
            " AND name IS NULL AND description IS NULL",
            (service_id, lang),
        )

    async def set_category_name(self, category_id: int, lang: str, name: str | None) -> None:
        if name is None:
            await self._write(
                "DELETE FROM category_texts WHERE category_id = ? AND lang = ?",
                (category_id, lang),
            )
            return
        await self._write(
            "INSERT INTO category_texts (category_id, lang, name) VALUES (?, ?, ?)"
            " ON CONFLICT (category_id, lang) DO UPDATE SET name = excluded.name",
            (category_id, lang, name),
        )

    async def service_texts(self, service_id: int) -> dict[str, ServiceText]:
        rows = await self._all(
            "SELECT lang, name, description FROM service_texts WHERE service_id = ?",
            (service_id,),
        )
        return {row[0]: ServiceText(row[0], row[1], row[2]) for row in rows}

    async def category_names(self, category_id: int) -> dict[str, str]:
        rows = await self._all(
            "SELECT lang, name FROM category_texts WHERE category_id = ?", (category_id,)
        )
        return {row[0]: row[1] for row in rows}

    async def shop_names(self, service_ids: Sequence[int], lang: str) -> dict[int, str]:
        """The shop's name of each service in `lang`, else in English; services without one
        are left out."""
        if not service_ids:
            return {}
        marks = ", ".join("?" for _ in service_ids)
        rows = await self._all(
            "SELECT s.id, coalesce(sl.name, se.name) FROM services s"
            " LEFT JOIN service_texts sl ON sl.service_id = s.id AND sl.lang = ?"
            " LEFT JOIN service_texts se ON se.service_id = s.id AND se.lang = 'en'"
            f" WHERE s.id IN ({marks}) AND coalesce(sl.name, se.name) IS NOT NULL",
            (lang, *service_ids),
        )
        return {row[0]: row[1] for row in rows}

    async def lines_page(self, after: int, limit: int) -> list[CatalogueLine]:
        """Services in id order after `after`, with their texts in every language."""
        rows = await self._all(
            "SELECT s.id, s.panel, s.panel_service_id, s.name, c.name, s.markup_percent,"
            " s.is_hidden FROM services s JOIN categories c ON c.id = s.category_id"
            " WHERE s.id > ? ORDER BY s.id LIMIT ?",
            (after, limit),
        )
        if not rows:
            return []
        texts = await self._all(
            "SELECT service_id, lang, name, description FROM service_texts"
            " WHERE service_id BETWEEN ? AND ?",
            (rows[0][0], rows[-1][0]),
        )
        by_service: dict[int, dict[str, ServiceText]] = {}
        for text in texts:
            by_service.setdefault(text[0], {})[text[1]] = ServiceText(text[1], text[2], text[3])
        return [
            CatalogueLine(
                id=row[0],
                panel=row[1],
                panel_service_id=row[2],
                panel_name=row[3],
                category=row[4],
                markup_percent=row[5],
                hidden=bool(row[6]),
                texts=by_service.get(row[0], {}),
            )
            for row in rows
        ]

    # -- /import catalogue: a checked file waits here for Apply or Cancel -----------------------
    async def add_import(self, admin_id: int, changes: str, now: int) -> int:
        return await self._insert(
            "INSERT INTO catalogue_imports (admin_id, created_at, changes) VALUES (?, ?, ?)",
            (admin_id, now, changes),
        )

    async def claim_import(self, import_id: int, state: str) -> str | None:
        """Moves a pending import to `state` (applying or canceled); its changes, or None when
        it is not pending (applied, canceled, or no such)."""
        row = await self._one(
            "UPDATE catalogue_imports SET state = ? WHERE id = ? AND state = 'pending'"
            " RETURNING changes",
            (state, import_id),
        )
        return None if row is None else str(row[0])

    async def finish_import(self, import_id: int) -> None:
        await self._write(
            "UPDATE catalogue_imports SET state = 'applied' WHERE id = ?", (import_id,)
        )
