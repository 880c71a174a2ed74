from __future__ import annotations

from dataclasses import dataclass

from bot.db.repositories.base import Repo


@dataclass(frozen=True)
class FsmRecord:
    state: str | None
    data: str | None  # JSON text of a non-empty object


class FsmRepo(Repo):
    async def get(self, key: str) -> FsmRecord | None:
        row = await self._one("SELECT state, data FROM fsm_states WHERE key = ?", (key,))
        return None if row is None else FsmRecord(state=row["state"], data=row["data"])

    async def set_state(self, key: str, state: str | None, now: int) -> None:
        await self._write(
            "INSERT INTO fsm_states (key, state, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET state = excluded.state,"
            " updated_at = excluded.updated_at",
            (key, state, now),
        )

    async def set_data(self, key: str, data: str | None, now: int) -> None:
        await self._write(
            "INSERT INTO fsm_states (key, data, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET data = excluded.data,"
            " updated_at = excluded.updated_at",
            (key, data, now),
        )

    async def delete_if_empty(self, key: str) -> None:
        await self._write(
            "DELETE FROM fsm_states WHERE key = ? AND state IS NULL AND data IS NULL", (key,)
        )
