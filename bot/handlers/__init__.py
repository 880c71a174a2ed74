from __future__ import annotations

from aiogram import Router

from bot.handlers import (
    admin,
    admin_payments,
    backup,
    catalogue,
    fallback,
    menu,
    order,
    orders,
    start,
    topup,
    wallet,
)


def get_routers(admin_ids: frozenset[int]) -> list[Router]:
    """Fresh routers, in the order they are tried: admin commands first, the fallback last.

    A Router can belong to one Dispatcher only, so every Dispatcher gets its own set.
    """
    return [
        menu.router(admin_ids),  # the reply keyboard's exact texts work from any step
        topup.router(),  # payment updates reach it whatever step their payer is in
        admin.router(admin_ids),
        backup.router(admin_ids),
        admin_payments.router(admin_ids),
        start.router(),
        wallet.router(),
        catalogue.router(),
        order.router(),
        orders.router(),
        fallback.router(),
    ]
