"""A customer's actions on an order: Refresh, Refill and Cancel, each asked of the panel now."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.db import Database
from bot.db.repositories.orders import Order
from bot.domain.clock import now
from bot.panel.errors import PanelError, PanelRefused
from bot.panel.models import ItemError
from bot.panel.registry import Panels
from bot.services.order_queries import STALE_REFILL_CLAIM, OrderQueries
from bot.services.order_statuses import OrderStatuses


class ActionResultKind(StrEnum):
    """What became of a customer's Refresh, Refill or Cancel; the handler words it."""

    NOT_FOUND = "not_found"
    REFRESHED = "refreshed"
    PANEL_BUSY = "panel_busy"
    REFILL_REQUESTED = "refill_requested"  # detail: the panel's refill id
    REFILL_NOT_APPLICABLE = "refill_not_applicable"
    REFILL_ALREADY = "refill_already"
    REFILL_REFUSED = "refill_refused"  # detail: the panel's reason
    CANCEL_REQUESTED = "cancel_requested"
    CANCEL_NOT_APPLICABLE = "cancel_not_applicable"
    CANCEL_ALREADY = "cancel_already"
    CANCEL_REFUSED = "cancel_refused"  # detail: the panel's reason
    CANCEL_UNANSWERED = "cancel_unanswered"  # the panel's answer left the order out
    CANCEL_NOT_ACCEPTED = "cancel_not_accepted"  # the panel answered "not cancelled"


_DONE = frozenset(
    {
        ActionResultKind.REFRESHED,
        ActionResultKind.REFILL_REQUESTED,
        ActionResultKind.CANCEL_REQUESTED,
    }
)


@dataclass(frozen=True, slots=True)
class ActionResult:
    """The answer to a customer's refresh, refill or cancel request."""

    kind: ActionResultKind
    detail: str = ""  # as the panel sent it (a refill id, a reason): not escaped, not cut

    @property
    def ok(self) -> bool:
        return self.kind in _DONE


class OrderActions:
    def __init__(
        self, db: Database, panels: Panels, queries: OrderQueries, statuses: OrderStatuses
    ) -> None:
        self._db = db
        self._panels = panels  # each order asks the panel that took it
        self._queries = queries
        self._statuses = statuses

    async def refresh(self, user_id: int, order_id: int) -> ActionResult:
        """Asks the panel now for one order (the card's Refresh button)."""
        order = await self._queries.own_order(user_id, order_id)
        if order is None:
            return ActionResult(ActionResultKind.NOT_FOUND)
        if not order.is_open or order.panel_order_id is None:
            return ActionResult(ActionResultKind.REFRESHED)
        try:
            answer = await self._panels.get(order.panel).status(order.panel_order_id)
        except PanelError:
            return ActionResult(ActionResultKind.PANEL_BUSY)
        await self._statuses.apply([order], {order.panel_order_id: answer})
        return ActionResult(ActionResultKind.REFRESHED)

    async def request_refill(self, user_id: int, order_id: int) -> ActionResult:
        order = await self._queries.own_order(user_id, order_id)
        if order is None:
            return ActionResult(ActionResultKind.NOT_FOUND)
        acts = await self._queries.actions(order)
        if "refill" not in acts:
            refilling = await self._queries.refilling(order.id)
            return ActionResult(
                ActionResultKind.REFILL_ALREADY
                if refilling
                else ActionResultKind.REFILL_NOT_APPLICABLE
            )
        assert order.panel_order_id is not None
        async with self._db.transaction() as repos:
            if await repos.refills.open_for_order(order.id, now() - STALE_REFILL_CLAIM):
                return ActionResult(ActionResultKind.REFILL_ALREADY)
            claim = await repos.refills.claim(order.id, now())
        try:
            refill_id = await self._panels.get(order.panel).refill(order.panel_order_id)
        except BaseException as exc:
            # Whatever went wrong, the claim must not block later refills of this order.
            await asyncio.shield(self._drop_refill_claim(claim))
            if isinstance(exc, PanelRefused):
                return ActionResult(ActionResultKind.REFILL_REFUSED, exc.message)
            if isinstance(exc, PanelError):
                return ActionResult(ActionResultKind.PANEL_BUSY)
            raise
        async with self._db.transaction() as repos:
            await repos.refills.set_panel_id(claim, refill_id, now())
        return ActionResult(ActionResultKind.REFILL_REQUESTED, refill_id)

    async def _drop_refill_claim(self, claim: int) -> None:
        async with self._db.transaction() as repos:
            await repos.refills.delete_claim(claim)

    async def request_cancel(self, user_id: int, order_id: int) -> ActionResult:
        return (await self.request_cancels(user_id, [order_id]))[order_id]

    async def request_cancels(
        self, user_id: int, order_ids: Sequence[int]
    ) -> dict[int, ActionResult]:
        """Cancels asked for several of the customer's orders: one batched panel call per
        panel, each order claimed first as a single cancel is."""
        results: dict[int, ActionResult] = {}
        claimed: dict[int, dict[int, int]] = {}  # panel -> panel order id -> our order id
        for order_id in dict.fromkeys(order_ids):
            refused, order = await self._claim_cancel(user_id, order_id)
            if refused is not None:
                results[order_id] = refused
            elif order is not None and order.panel_order_id is not None:
                claimed.setdefault(order.panel, {})[order.panel_order_id] = order.id
        for panel, ours in claimed.items():
            try:
                answers = await self._ask_cancels(panel, list(ours))
            except BaseException:
                # Interrupted mid-call (a stop, a cancelled update): the claims must not
                # hide the Cancel button for good. Asking again is harmless.
                await asyncio.shield(self._drop_cancel_claims(list(ours.values())))
                raise
            for panel_order_id, result in answers.items():
                results[ours[panel_order_id]] = result
            await self._drop_cancel_claims([ours[p] for p, r in answers.items() if not r.ok])
        return results

    async def _claim_cancel(
        self, user_id: int, order_id: int
    ) -> tuple[ActionResult | None, Order | None]:
        order = await self._queries.own_order(user_id, order_id)
        if order is None:
            return ActionResult(ActionResultKind.NOT_FOUND), None
        if order.cancel_requested and not order.is_final:
            return ActionResult(ActionResultKind.CANCEL_ALREADY), None
        if "cancel" not in await self._queries.actions(order):
            return ActionResult(ActionResultKind.CANCEL_NOT_APPLICABLE), None
        assert order.panel_order_id is not None
        async with self._db.transaction() as repos:
            if not await repos.orders.claim_cancel(order.id, now()):
                return ActionResult(ActionResultKind.CANCEL_ALREADY), None
        return None, order

    async def _drop_cancel_claims(self, order_ids: list[int]) -> None:
        for order_id in order_ids:
            await self._drop_cancel_claim(order_id)

    async def _drop_cancel_claim(self, order_id: int) -> None:
        async with self._db.transaction() as repos:
            await repos.orders.unclaim_cancel(order_id, now())

    async def _ask_cancels(self, panel: int, panel_order_ids: list[int]) -> dict[int, ActionResult]:
        """The panel's answer for each order, from one (batched) cancel call."""
        try:
            answers = await self._panels.get(panel).cancel(panel_order_ids)
        except PanelRefused as exc:
            refused = ActionResult(ActionResultKind.CANCEL_REFUSED, exc.message)
            return dict.fromkeys(panel_order_ids, refused)
        except PanelError:
            return dict.fromkeys(panel_order_ids, ActionResult(ActionResultKind.PANEL_BUSY))
        return {i: _cancel_result(answers.get(i)) for i in panel_order_ids}


def _cancel_result(answer: bool | ItemError | None) -> ActionResult:
    if answer is None:
        return ActionResult(ActionResultKind.CANCEL_UNANSWERED)
    if isinstance(answer, ItemError):
        return ActionResult(ActionResultKind.CANCEL_REFUSED, answer.message)
    if not answer:
        return ActionResult(ActionResultKind.CANCEL_NOT_ACCEPTED)
    return ActionResult(ActionResultKind.CANCEL_REQUESTED)
