"""What /healthz reports: the database answers, the status sync runs, what waits to be sent."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.config import Settings
from bot.db import Database
from bot.domain.clock import now
from bot.services.catalogue import META_REFRESHED_AT
from bot.services.status_sync import META_LAST_SYNC_AT

log = logging.getLogger(__name__)

STALE_PERIODS = 3  # the status sync is stale when it has not run for this many periods
READ_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class Health:
    database: bool
    status_sync_age: int | None  # seconds since the last status sync (any process)
    catalogue_age: int | None  # seconds since the last catalogue refresh
    outbox_backlog: int | None  # messages waiting to be sent
    status_sync_stale: bool

    @property
    def ok(self) -> bool:
        return self.database and not self.status_sync_stale

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "database": self.database,
            "status_sync_age_seconds": self.status_sync_age,
            "status_sync_stale": self.status_sync_stale,
            "catalogue_age_seconds": self.catalogue_age,
            "outbox_backlog": self.outbox_backlog,
        }


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


class HealthCheck:
    def __init__(self, db: Database, settings: Settings, clock: Callable[[], int] = now) -> None:
        self._db = db
        self._limit = STALE_PERIODS * settings.status_poll_seconds
        self._clock = clock
        self._started = clock()  # a sync that never ran is stale only this long after start

    async def check(self) -> Health:
        try:
            async with asyncio.timeout(READ_TIMEOUT_SECONDS), self._db.read() as repos:
                synced = _int(await repos.meta.get(META_LAST_SYNC_AT))
                refreshed = _int(await repos.meta.get(META_REFRESHED_AT))
                backlog = await repos.outbox.count_pending()
        except Exception as exc:  # any failure to read is the answer itself
            log.warning("health check: the database cannot be read: %s", exc)
            return Health(False, None, None, None, status_sync_stale=True)
        moment = self._clock()
        since = max(synced or 0, self._started)
        return Health(
            database=True,
            status_sync_age=None if synced is None else moment - synced,
            catalogue_age=None if refreshed is None else moment - refreshed,
            outbox_backlog=backlog,
            status_sync_stale=moment - since > self._limit,
        )
