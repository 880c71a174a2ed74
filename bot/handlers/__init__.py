from __future__ import annotations

from aiogram import Router

from bot.handlers import (
    admin,
    admin_alternatives,
    admin_arrangement,
    admin_catalogue,
    admin_console,
    admin_import,
    admin_payments,
    admin_promo,
    admin_refund,
    api_access,
    backup,
    catalogue,
    export,
    fallback,
    gate,
    invites,
    menu,
    my_orders,
    order_form,
    promo,
    start,
    stats,
    support,
    topup,
    wallet,
)


def admin_routers(admin_ids: frozenset[int]) -> Router:
    """The admin console's routers under one parent that lets only admins' messages and button
    presses in: a customer's update is turned away in one check, not visited three times (each
    router aiogram visits costs about a tenth of a millisecond). Each router keeps its own
    guard."""
    zone = Router(name="admin_zone")
    guard = admin.AdminOnly(admin_ids)
    zone.message.filter(guard)
    zone.callback_query.filter(guard)
    zone.include_routers(
        admin_import.router(admin_ids),  # before export: /export catalogue is its own
        export.router(admin_ids),
        admin.router(admin_ids),  # first: `/stats <arguments>`, `/admin <arguments>` refused
        admin_promo.router(admin_ids),
        admin_catalogue.router(admin_ids),
        admin_alternatives.router(admin_ids),
        admin_arrangement.router(admin_ids),
        admin_console.router(admin_ids),
        admin_refund.router(admin_ids),
        stats.router(admin_ids),
        backup.router(admin_ids),
        admin_payments.router(admin_ids),
        support.admin_router(admin_ids),
        api_access.admin_router(admin_ids),
    )
    return zone


def get_routers(admin_ids: frozenset[int]) -> list[Router]:
    """Fresh routers, in the order they are tried: admin commands first, the fallback last.

    A Router can belong to one Dispatcher only, so every Dispatcher gets its own set.
    """
    return [
        menu.router(admin_ids),  # the reply keyboard's exact texts work from any step
        topup.router(),  # payment updates reach it whatever step their payer is in
        gate.router(),  # "I've joined"
        admin_routers(admin_ids),
        wallet.router(),  # before start: /start topup (a forwarded invoice's link) is the wallet
        start.router(),  # before the routers a /start need not visit (each costs a filter check)
        invites.router(),
        api_access.router(),
        promo.router(),  # before catalogue: a code typed after the button is not a search
        support.router(),
        catalogue.router(),
        order_form.router(),
        my_orders.router(),
        fallback.router(),
    ]
