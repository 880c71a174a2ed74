"""The refill sync: the panel's answers about open refill requests, and the customers' notices."""

from __future__ import annotations

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
        """One pass over the open refills (one request, one transaction); how many are open."""
        async with self._db.read() as repos:
            open_refills = await repos.refills.list_open()
        if not open_refills:
            return 0
        ids = [refill.panel_refill_id for refill in open_refills if refill.panel_refill_id]
        try:
            answers = await self._panels.first.client.refill_statuses(ids)
        except PanelError as exc:
            log.warning("refill sync failed: %s", exc)
            return len(open_refills)
        told = 0
        async with self._db.transaction() as repos:
            for refill in open_refills:
                answer = answers.get(refill.panel_refill_id or "")
                if isinstance(answer, str):
                    told += await self._apply(repos, refill, answer)
                elif isinstance(answer, ItemError) and "not found" in answer.message.casefold():
                    # The panel has no such refill: it will never move on.
                    told += await self._apply(repos, refill, "Failed")
        if told:
            self._notifier.wake()
        return len(open_refills)

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
        status = Msg("refill-state-" + state.replace("_", "-"))
        notice = order_notice(
            self._order_button, "note-refill", {"id": order.id, "status": status}, order.id
        )
        await self._notifier.enqueue(repos, order.user_id, notice)
        return 1
