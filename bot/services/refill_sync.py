"""The refill sync: the panel's answers about open refill requests, and the customers' notices."""

from __future__ import annotations

import asyncio
import logging

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.refills import Refill
from bot.domain.clock import now
from bot.domain.notices import Msg
from bot.domain.statuses import refill_state
from bot.panel.errors import PanelError
from bot.panel.models import ItemError
from bot.panel.registry import Panels
from bot.services.notify import Notifier
from bot.services.order_statuses import OrderButton, order_notice

log = logging.getLogger(__name__)


class RefillSync:
    def __init__(
        self, db: Database, panels: Panels, notifier: Notifier, order_button: OrderButton
    ) -> None:
        self._db = db
        self._panels = panels
        self._notifier = notifier
        self._order_button = order_button

    async def sync(self) -> int:
        """One pass over the open refills: each panel asked about its own (one request and one
        transaction per panel, the panels side by side); how many are open."""
        async with self._db.read() as repos:
            by_panel = await repos.refills.list_open_by_panel()
        told = await asyncio.gather(
            *(self._sync_panel(panel, refills) for panel, refills in by_panel.items())
        )
        if any(told):
            self._notifier.wake()
        return sum(len(refills) for refills in by_panel.values())

    async def _sync_panel(self, panel: int, open_refills: list[Refill]) -> int:
        """One panel's open refills; how many customers are told of a change."""
        if panel not in self._panels:
            return 0  # not configured any more (the status sync logs its orders once)
        ids = [refill.panel_refill_id for refill in open_refills if refill.panel_refill_id]
        try:
            answers = await self._panels.get(panel).refill_statuses(ids)
        except PanelError as exc:
            log.warning("refill sync of panel %s failed: %s", panel, exc)
            return 0
        told = 0
        async with self._db.transaction() as repos:
            for refill in open_refills:
                answer = answers.get(refill.panel_refill_id or "")
                if isinstance(answer, str):
                    told += await self._apply(repos, refill, answer)
                elif isinstance(answer, ItemError) and "not found" in answer.message.casefold():
                    # The panel has no such refill: it will never move on.
                    told += await self._apply(repos, refill, "Failed")
        return told

    async def _apply(self, repos: Repos, refill: Refill, raw: str) -> int:
        raw = raw.strip()
        state = refill_state(raw) or refill.state
        if state == refill.state and raw == refill.status_raw:
            return 0
        await repos.refills.apply_status(refill.id, state, raw, now())
        if state == refill.state:
            return 0
        order = await repos.orders.get(refill.order_id)
        assert order is not None
        # An API order's notices only when its customer asked for them (/api).
        if order.via_api and not await repos.api_keys.notices_wanted([order.user_id]):
            return 1
        status = Msg("refill-state-" + state.replace("_", "-"))
        notice = order_notice(
            self._order_button, "note-refill", {"id": order.id, "status": status}, order.id
        )
        await self._notifier.enqueue(repos, order.user_id, notice)
        return 1
