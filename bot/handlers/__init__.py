from __future__ import annotations

from aiogram import Router

from bot.handlers import admin, backup, catalogue, fallback, order, orders, start, wallet


def get_routers(admin_ids: frozenset[int]) -> list[Router]:
    """Routers in the order they are tried: admin commands first, the fallback last."""
    return [
        admin.router(admin_ids),
        backup.router(admin_ids),
        start.handlers.router(),
        wallet.handlers.router(),
        catalogue.handlers.router(),
        order.handlers.router(),
        orders.handlers.router(),
        fallback.handlers.router(),
    ]
