from __future__ import annotations

from aiogram import Router

from bot.handlers import admin, backup, catalogue, fallback, order, orders, start, wallet


def get_routers(admin_ids: frozenset[int]) -> list[Router]:
    """Fresh routers, in the order they are tried: admin commands first, the fallback last.

    A Router can belong to one Dispatcher only, so every Dispatcher gets its own set.
    """
    return [
        admin.router(admin_ids),
        backup.router(admin_ids),
        start.router(),
        wallet.router(),
        catalogue.router(),
        order.router(),
        orders.router(),
        fallback.router(),
    ]
