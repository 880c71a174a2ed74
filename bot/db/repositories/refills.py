from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class Refill:
    id: int
    order_id: int
    panel_refill_id: str | None
    state: str
    status_raw: str | None
    created_at: int
    updated_at: int


def _refill(row: aiosqlite.Row) -> Refill:
    return Refill(**dict(zip(row.keys(), tuple(row), strict=True)))


class RefillRepo(Repo):
    async def claim(self, order_id: int, now: int) -> int:
        """A refill row before the panel is asked, so a double tap asks only once."""
        return await self._insert(
            "INSERT INTO refills (order_id, created_at, updated_at) VALUES (?, ?, ?)",
            (order_id, now, now),
        )

    async def set_panel_id(self, refill_id: int, panel_refill_id: str, now: int) -> None:
        await self._write(
            "UPDATE refills SET panel_refill_id = ?, updated_at = ? WHERE id = ?",
            (panel_refill_id, now, refill_id),
        )

    async def delete_claim(self, refill_id: int) -> None:
        await self._write(
            "DELETE FROM refills WHERE id = ? AND panel_refill_id IS NULL", (refill_id,)
        )

    async def get(self, refill_id: int) -> Refill | None:
        row = await self._one("SELECT * FROM refills WHERE id = ?", (refill_id,))
        return None if row is None else _refill(row)

    async def for_order(self, order_id: int) -> list[Refill]:
        rows = await self._all(
            "SELECT * FROM refills WHERE order_id = ? ORDER BY id DESC", (order_id,)
        )
        return [_refill(row) for row in rows]

    async def open_for_order(self, order_id: int, claimed_after: int) -> bool:
        """A refill under way: one the panel gave an id, or a claim younger than the cutoff
        (an older claim without an id was left by a stop mid-request)."""
        found = await self._scalar(
            "SELECT 1 FROM refills WHERE order_id = ? AND state IN ('pending', 'in_progress')"
            " AND (panel_refill_id IS NOT NULL OR created_at > ?)",
            (order_id, claimed_after),
        )
        return found is not None

    async def list_open_by_panel(self) -> dict[int, list[Refill]]:
        """The open refills grouped by the panel of their order (the one to ask)."""
        rows = await self._all(
            "SELECT orders.panel, refills.* FROM refills"
            " JOIN orders ON orders.id = refills.order_id"
            " WHERE refills.state IN ('pending', 'in_progress')"
            " AND refills.panel_refill_id IS NOT NULL ORDER BY refills.id"
        )
        found: dict[int, list[Refill]] = {}
        for row in rows:
            fields = dict(zip(row.keys()[1:], tuple(row)[1:], strict=True))
            found.setdefault(int(row[0]), []).append(Refill(**fields))
        return found

    async def apply_status(self, refill_id: int, state: str, status_raw: str, now: int) -> None:
        await self._write(
            "UPDATE refills SET state = ?, status_raw = ?, updated_at = ? WHERE id = ?",
            (state, status_raw, now, refill_id),
        )

    async def list_own(self, user_id: int, ids: Sequence[int]) -> list[Refill]:
        """Those of the refills `ids` that are of this customer's orders."""
        if not ids:
            return []
        rows = await self._all(
            "SELECT r.* FROM refills r JOIN orders o ON o.id = r.order_id"
            f" WHERE o.user_id = ? AND r.id IN ({','.join('?' * len(ids))})",
            (user_id, *ids),
        )
        return [_refill(row) for row in rows]
