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

    async def put(self, key: str, state: str | None, data: str | None, now: int) -> None:
        """The whole conversation in one statement: stored, or deleted when it has neither."""
        if state is None and data is None:
            await self._write("DELETE FROM fsm_states WHERE key = ?", (key,))
            return
        await self._write(
            "INSERT INTO fsm_states (key, state, data, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET state = excluded.state, data = excluded.data,"
            " updated_at = excluded.updated_at",
            (key, state, data, now),
        )
