"""A service's alternatives on other panels (migration 026's service_alternatives), in the
order the admin gave them: tried in turn when the service's panel refuses an order outright."""

from __future__ import annotations

from bot.db.repositories.base import Repo


class AlternativeRepo(Repo):
    async def of(self, service_id: int) -> list[int]:
        """The shop numbers of a service's alternatives, first to try first."""
        rows = await self._all(
            "SELECT alternative_id FROM service_alternatives WHERE service_id = ?"
            " ORDER BY position, alternative_id",
            (service_id,),
        )
        return [int(row[0]) for row in rows]

    async def append(self, service_id: int, alternative_id: int) -> bool:
        """Adds one after the others; False if it is listed already."""
        changed = await self._write(
            "INSERT INTO service_alternatives (service_id, alternative_id, position)"
            " SELECT ?1, ?2, coalesce(max(position), 0) + 1 FROM service_alternatives"
            " WHERE service_id = ?1 ON CONFLICT (service_id, alternative_id) DO NOTHING",
            (service_id, alternative_id),
        )
        return changed == 1

    async def remove(self, service_id: int, alternative_id: int) -> bool:
        changed = await self._write(
            "DELETE FROM service_alternatives WHERE service_id = ? AND alternative_id = ?",
            (service_id, alternative_id),
        )
        return changed == 1

    async def clear(self, service_id: int) -> int:
        """Removes them all; how many there were."""
        return await self._write(
            "DELETE FROM service_alternatives WHERE service_id = ?", (service_id,)
        )
