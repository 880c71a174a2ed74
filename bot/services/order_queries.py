"""My orders: a customer's orders, one of them, and the buttons that apply to it now."""

from __future__ import annotations

from dataclasses import replace

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.orders import Order
from bot.domain.clock import now
from bot.services.catalogue import Page

ORDERS_PAGE = 8
STALE_REFILL_CLAIM = 600  # seconds: a refill request without a panel id older than this died


class OrderQueries:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def orders_page(self, user_id: int, page: int, lang: str | None = None) -> Page[Order]:
        """A customer's orders, newest first (named for a reader of `lang`: see `_named`)."""
        async with self._db.read() as repos:
            total = await repos.orders.count_for_user(user_id)
            pages = max(1, -(-total // ORDERS_PAGE))
            page = min(max(page, 0), pages - 1)
            items = await repos.orders.list_for_user(user_id, page * ORDERS_PAGE, ORDERS_PAGE)
            items = await _named(repos, items, lang)
        return Page(items, page, pages, total)

    async def own_order(self, user_id: int, order_id: int, lang: str | None = None) -> Order | None:
        async with self._db.read() as repos:
            order = await repos.orders.get(order_id)
            if order is None or order.user_id != user_id:
                return None
            [order] = await _named(repos, [order], lang)
        return order

    async def refilling(self, order_id: int) -> bool:
        """A refill of the order is asked for and not finished (or its claim is fresh)."""
        async with self._db.read() as repos:
            return await repos.refills.open_for_order(order_id, now() - STALE_REFILL_CLAIM)

    async def actions(self, order: Order) -> frozenset[str]:
        """The buttons that apply to an order now. Refill and cancel are those of the service
        that took it (an alternative on another panel, maybe); Order again orders the one
        ordered."""
        async with self._db.read() as repos:
            service = await repos.catalogue.get_service(order.service_id)
            taken_by = service
            if order.placed_service_id is not None:
                taken_by = await repos.catalogue.get_service(order.placed_service_id)
            refilling = await repos.refills.open_for_order(order.id, now() - STALE_REFILL_CLAIM)
        acts = set()
        if order.is_open:
            acts.add("refresh")
        if (
            taken_by is not None
            and taken_by.refill
            and order.state == "completed"
            and not refilling
        ):
            acts.add("refill")
        if (
            taken_by is not None
            and taken_by.cancel
            and order.is_open
            and not order.cancel_requested
        ):
            acts.add("cancel")
        if (
            service is not None
            and service.present
            and not service.is_hidden
            and not service.category_hidden
        ):
            acts.add("again")
        return frozenset(acts)


async def _named(repos: Repos, orders: list[Order], lang: str | None) -> list[Order]:
    """Orders as a customer reading `lang` sees them: a service the shop has named (in `lang`,
    else in English) is called by that name now; otherwise the order keeps the name it was
    ordered under (its snapshot, which admins read too). None: the snapshots as they are."""
    if lang is None or not orders:
        return orders
    names = await repos.catalogue_texts.shop_names(sorted({o.service_id for o in orders}), lang)
    return [
        replace(order, service_name=names[order.service_id]) if order.service_id in names else order
        for order in orders
    ]
