"""The periodic status sync: every open order asked of its own panel in batches, then the
refills.

Each panel is asked about its own open orders only (a panel order id is unique per panel, not
across panels), and the panels are asked side by side: one that is down or slow holds up none
of the others. One process at a time syncs: a lease row in the shared database. The answers
are written by OrderStatuses, in short transactions; the refills by RefillSync.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.orders import Order
from bot.db.turns import background
from bot.domain.clock import now
from bot.panel.client import BATCH_SIZE
from bot.panel.errors import PanelError
from bot.panel.registry import Panels
from bot.services.leases import holder_is_gone, new_holder
from bot.services.order_statuses import OrderStatuses
from bot.services.refill_sync import RefillSync

log = logging.getLogger(__name__)

LEASE = "status_sync"
META_LAST_SYNC_AT = "last_sync_at"
META_LAST_SYNC_RESULT = "last_sync_result"
# When a panel's open orders were last asked with an answer (unix seconds), per panel number.
META_PANEL_SYNC_AT = "last_sync_at:{}"
IN_FLIGHT = 3  # status requests at once, per panel


def panel_sync_key(panel: int) -> str:
    return META_PANEL_SYNC_AT.format(panel)


@dataclass
class SyncReport:
    orders: int = 0
    requests: int = 0
    changed: int = 0
    refunds: int = 0
    failed_batches: int = 0
    refills: int = 0
    # Panels whose every status request failed this cycle (their orders wait for the next).
    failed_panels: list[int] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.orders} orders in {self.requests} requests, {self.changed} changed"
        if self.failed_batches:
            text += f", {self.failed_batches} batches failed"
        if self.failed_panels:
            text += ", panel " + ", ".join(map(str, self.failed_panels)) + " unreachable"
        return text


class StatusSync:
    def __init__(
        self,
        db: Database,
        panels: Panels,
        statuses: OrderStatuses,
        refills: RefillSync,
        settings: Settings,
    ) -> None:
        self._db = db
        self._panels = panels
        self._statuses = statuses
        self._refills = refills
        self._holder = new_holder()
        self._unconfigured: set[int] = set()  # panels whose open orders were logged as skipped
        self._lease_ttl = int(settings.status_poll_seconds * 3) + 60

    async def sync(self) -> SyncReport | None:
        """One cycle; None when another process holds the lease. Its writes give way to
        customers' (also when an admin's /sync runs it)."""
        with background():
            return await self._sync()

    async def _sync(self) -> SyncReport | None:
        async with self._db.transaction() as repos:
            held = await self._acquire(repos)
        if not held:
            log.debug("status sync: another process holds the lease")
            return None
        report = SyncReport()
        try:
            try:
                answered = await self._sync_orders(report)
            finally:
                # Refills are asked of each order's own panel: a panel that is down (even the
                # only one with open orders) holds up no other panel's refills.
                report.refills = await self._refills.sync()
        except Exception as exc:
            await self._record(f"failed: {exc}"[:300], [])
            raise
        await self._record(f"ok: {report.summary()}", answered)
        return report

    async def release(self) -> None:
        async with self._db.transaction() as repos:
            await repos.leases.release(LEASE, self._holder)

    async def _acquire(self, repos: Repos) -> bool:
        if await repos.leases.acquire(LEASE, self._holder, now(), self._lease_ttl):
            return True
        holder = await repos.leases.holder(LEASE)
        if holder is None or not holder_is_gone(holder, self._holder):
            return False
        # A crash on this host: no need to wait the dead holder's lease out.
        log.info("status sync: taking over the lease of %s, which is gone", holder)
        return await repos.leases.take_over(LEASE, holder, self._holder, now(), self._lease_ttl)

    async def _record(self, result: str, answered: list[int]) -> None:
        moment = str(now())
        async with self._db.transaction() as repos:
            await repos.meta.set(META_LAST_SYNC_AT, moment)
            await repos.meta.set(META_LAST_SYNC_RESULT, result)
            for panel in answered:
                await repos.meta.set(panel_sync_key(panel), moment)

    async def _sync_orders(self, report: SyncReport) -> list[int]:
        """Every configured panel's open orders, the panels side by side; returns the panels
        that answered (or had nothing to ask). Raises when every request failed."""
        async with self._db.read() as repos:
            with_orders = await repos.orders.open_panels()
        for number in with_orders:
            if number not in self._panels and number not in self._unconfigured:
                self._unconfigured.add(number)
                log.warning(
                    "status sync: panel %s has open orders but is not configured: skipped",
                    number,
                )
        numbers = [panel.number for panel in self._panels]
        await asyncio.gather(
            *(self._sync_panel(number, report) for number in numbers if number in with_orders)
        )
        if report.failed_batches and report.failed_batches == report.requests:
            raise PanelError("status", "every status request failed")
        return [number for number in numbers if number not in report.failed_panels]

    async def _sync_panel(self, panel: int, report: SyncReport) -> None:
        """One panel's open orders, BATCH_SIZE per request; a panel whose every request failed
        is listed in the report's failed_panels."""
        async with self._db.read() as repos:
            open_orders = await repos.orders.list_open_on_panel(panel)
        report.orders += len(open_orders)
        chunks = [open_orders[i : i + BATCH_SIZE] for i in range(0, len(open_orders), BATCH_SIZE)]
        client = self._panels.get(panel)
        limiter = asyncio.Semaphore(IN_FLIGHT)
        failed = 0

        async def one(chunk: list[Order]) -> None:
            # A batch holds its place until it is applied, not only while it is asked for:
            # else the answers of every batch arrive and are parsed back to back (100 batches,
            # a quarter of a second of the loop) while their writes queue behind one another.
            nonlocal failed
            async with limiter:
                ids = [order.panel_order_id for order in chunk if order.panel_order_id]
                report.requests += 1
                try:
                    answers = await client.statuses(ids)
                except PanelError as exc:
                    # One failed batch spoils nothing else; it is asked again next cycle.
                    log.warning(
                        "status sync: a batch of %d on panel %s failed: %s", len(ids), panel, exc
                    )
                    report.failed_batches += 1
                    failed += 1
                    return
                changed, refunds = await self._statuses.apply(chunk, answers)
            report.changed += changed
            report.refunds += refunds

        await asyncio.gather(*(one(chunk) for chunk in chunks))
        if chunks and failed == len(chunks):
            report.failed_panels.append(panel)
