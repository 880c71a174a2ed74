from __future__ import annotations

from bot.db.repositories.base import Repo


class MetaRepo(Repo):
    async def get(self, key: str) -> str | None:
        value = await self._scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    async def set(self, key: str, value: str) -> None:
        await self._write(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    async def delete(self, key: str) -> None:
        await self._write("DELETE FROM meta WHERE key = ?", (key,))


class LeaseRepo(Repo):
    async def acquire(self, name: str, holder: str, now: int, ttl: int) -> bool:
        """Takes or renews the lease unless another holder has it unexpired."""
        changed = await self._write(
            "INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
            " expires_at = excluded.expires_at"
            " WHERE leases.holder = excluded.holder OR leases.expires_at <= ?",
            (name, holder, now + ttl, now),
        )
        return changed == 1

    async def holder(self, name: str) -> str | None:
        value = await self._scalar("SELECT holder FROM leases WHERE name = ?", (name,))
        return None if value is None else str(value)

    async def take_over(self, name: str, gone: str, holder: str, now: int, ttl: int) -> bool:
        """Takes the lease from a holder known to be gone, unless someone else was quicker."""
        changed = await self._write(
            "UPDATE leases SET holder = ?, expires_at = ? WHERE name = ? AND holder = ?",
            (holder, now + ttl, name, gone),
        )
        return changed == 1

    async def release(self, name: str, holder: str) -> None:
        await self._write("DELETE FROM leases WHERE name = ? AND holder = ?", (name, holder))


class AlertRepo(Repo):
    async def raise_once(self, key: str, now: int) -> bool:
        """True only the first time an incident is raised (until it is cleared)."""
        changed = await self._write(
            "INSERT INTO alerts (key, created_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            (key, now),
        )
        return changed == 1

    async def clear(self, key: str) -> bool:
        return await self._write("DELETE FROM alerts WHERE key = ?", (key,)) == 1

    async def clear_if_raised_before(self, key: str, before: int) -> bool:
        """Ends an incident only if it has lasted since before `before` (damps flapping)."""
        changed = await self._write(
            "DELETE FROM alerts WHERE key = ? AND created_at < ?", (key, before)
        )
        return changed == 1
