"""What bot/handlers/orders.py reads as `tracking`: My orders and the customer's actions.

The jobs live in their own modules (status_sync, order_statuses, refill_sync, order_queries,
order_actions). This facade and its two old names stay only until that handler module takes
`order_queries` and `order_actions` itself (it is being rewritten beside this change); then
this file goes.
"""

from __future__ import annotations

from bot.db.repositories.orders import Order
from bot.services.catalogue import Page
from bot.services.order_actions import ActionResult, ActionResultKind, OrderActions
from bot.services.order_queries import OrderQueries

Reply = ActionResult  # old name, for bot/handlers/orders.py only
ReplyKind = ActionResultKind  # old name, for bot/handlers/orders.py only


class TrackingService:
    def __init__(self, queries: OrderQueries, actions: OrderActions) -> None:
        self._queries = queries
        self._actions = actions

    async def orders_page(self, user_id: int, page: int) -> Page[Order]:
        return await self._queries.orders_page(user_id, page)

    async def own_order(self, user_id: int, order_id: int) -> Order | None:
        return await self._queries.own_order(user_id, order_id)

    async def actions(self, order: Order) -> frozenset[str]:
        return await self._queries.actions(order)

    async def refresh(self, user_id: int, order_id: int) -> ActionResult:
        return await self._actions.refresh(user_id, order_id)

    async def request_refill(self, user_id: int, order_id: int) -> ActionResult:
        return await self._actions.request_refill(user_id, order_id)

    async def request_cancel(self, user_id: int, order_id: int) -> ActionResult:
        return await self._actions.request_cancel(user_id, order_id)
