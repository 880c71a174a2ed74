"""Sandbox mode: the shop runs against the simulated panel on a loopback port."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.methods import EditMessageText, SendMessage, TelegramMethod
from aiohttp import web

from bot.config import CRYPTO_PAY_TEST_HOST, StartRefused
from bot.db import Database
from bot.i18n import Translator
from bot.sandbox.catalogue import sandbox_b_services
from bot.sandbox.panel import SimulatedPanel, start_panel_server
from bot.services.wallet import WalletService

SANDBOX_KEY = "sandbox-key"
META_MODE = "panel_mode"


@dataclass(frozen=True, slots=True)
class SandboxPanel:
    """One simulated panel of sandbox mode: the settings' panel number, its runner and URL."""

    number: int
    runner: web.AppRunner
    url: str


async def start_sandbox_panels(
    db: Database, speed: float = 1.0, currency: str = "USD"
) -> list[SandboxPanel]:
    """The two simulated panels of sandbox mode (1 "Sandbox A" and 2 "Sandbox B" in
    Settings.panels()), each with its own catalogue."""
    first = await start_sandbox_panel(db, speed, currency)
    try:
        second = await start_sandbox_panel(
            db, speed, currency, panel=2, services=sandbox_b_services(), first_order_id=70001
        )
    except BaseException:
        await first[0].cleanup()
        raise
    return [SandboxPanel(1, *first), SandboxPanel(2, *second)]


async def start_sandbox_panel(
    db: Database,
    speed: float = 1.0,
    currency: str = "USD",
    *,
    panel: int = 1,
    services: list[dict[str, object]] | None = None,
    first_order_id: int = 23501,
) -> tuple[web.AppRunner, str]:
    """A simulated panel whose orders progress by themselves; returns its runner and URL.

    `speed` makes its time run faster: at 60, a few minutes of a real panel pass in seconds.
    Its balance is in `currency` (the shop's CURRENCY). Orders of panel `panel` still running
    from an earlier start are given back to it.
    """
    simulated = SimulatedPanel(
        api_key=SANDBOX_KEY,
        services=services,
        currency=currency,
        quirks=False,
        auto_progress=True,
        clock=lambda: time.monotonic() * speed,
        first_order_id=first_order_id,
    )
    async with db.read() as repos:
        running = await repos.orders.list_open_on_panel(panel)
    for order in running:
        if order.panel_order_id is not None:
            service = order.panel_service_id or order.service_id
            simulated.restore(order.panel_order_id, service, order.link, order.quantity)
    return await start_panel_server(simulated)


class ModeMismatch(StartRefused):
    """The database was used with the other kind of panel (sandbox or real)."""

    def __init__(self, recorded: str) -> None:
        super().__init__(
            f"DATABASE_PATH: this database was used with a {recorded} panel; "
            "give the other mode a database file of its own"
        )
        self.recorded = recorded


async def check_mode(db: Database, sandbox: bool, *, crypto_test_network: bool = False) -> None:
    """Sandbox credit and orders must never meet a real panel, nor the reverse; and a real
    panel's database never takes Crypto Pay's test network, whose coins are worth nothing
    (StartRefused). Sandbox mode may use the test network."""
    mode = "sandbox" if sandbox else "live"
    async with db.transaction() as repos:
        recorded = await repos.meta.get(META_MODE)
        if recorded is None:
            await repos.meta.set(META_MODE, mode)
        elif recorded != mode:
            raise ModeMismatch(recorded)
    if mode == "live" and crypto_test_network:
        raise StartRefused(
            f"CRYPTO_PAY_API_URL: Crypto Pay's test network ({CRYPTO_PAY_TEST_HOST}) pays with "
            "worthless coins, and this database serves a real panel; use "
            "https://pay.crypt.bot/api, or try payments with PANEL_API_URL=sandbox"
        )


class SandboxBanner(BaseRequestMiddleware):
    """Marks every message the bot sends or edits, so no one mistakes it for a real shop.

    A Bot API session middleware sees requests, not customers: the banner is in one language,
    the shop's default (`t`)."""

    def __init__(self, t: Translator) -> None:
        self._banner = t("sandbox-banner")

    async def __call__(
        self,
        make_request: Callable[[Bot, TelegramMethod[Any]], Awaitable[Any]],
        bot: Bot,
        method: TelegramMethod[Any],
    ) -> Any:
        if (
            isinstance(method, SendMessage | EditMessageText)
            and method.text is not None
            and not method.text.startswith(self._banner)
        ):
            method = method.model_copy(update={"text": self._banner + method.text})
        return await make_request(bot, method)


async def credit_admins_once(
    wallet: WalletService, admin_ids: frozenset[int], amount: Decimal
) -> None:
    """Each admin gets a starting credit once per database, so they can order at once."""
    if amount <= 0:
        return
    for admin_id in sorted(admin_ids):
        await wallet.credit_once(
            admin_id, amount, key=f"sandbox_credit:{admin_id}", note="sandbox starting credit"
        )
