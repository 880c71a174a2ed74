from __future__ import annotations

from pathlib import Path

from bot.db.repositories.base import Repo


class InfoRepo(Repo):
    async def main_file(self) -> Path:
        """The file behind the connection (what a backup copies)."""
        value = await self._scalar("SELECT file FROM pragma_database_list WHERE name = 'main'")
        return Path(str(value))
