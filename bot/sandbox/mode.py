"""Sandbox mode: the shop runs against the simulated panel on a loopback port."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.methods import EditMessageText, SendMessage, TelegramMethod
from aiohttp import web

from bot import texts
from bot.sandbox.panel import SimulatedPanel, start_panel_server
from bot.services.wallet import WalletService

SANDBOX_KEY = "sandbox-key"


async def start_sandbox_panel(speed: float = 1.0) -> tuple[web.AppRunner, str]:
    """A simulated panel whose orders progress by themselves; returns its runner and URL.

    `speed` makes its time run faster: at 60, a few minutes of a real panel pass in seconds.
    """
    panel = SimulatedPanel(
        api_key=SANDBOX_KEY,
        quirks=False,
        auto_progress=True,
        clock=lambda: time.monotonic() * speed,
    )
    return await start_panel_server(panel)


class SandboxBanner(BaseRequestMiddleware):
    """Marks every message the bot sends or edits, so no one mistakes it for a real shop."""

    async def __call__(
        self,
        make_request: Callable[[Bot, TelegramMethod[Any]], Awaitable[Any]],
        bot: Bot,
        method: TelegramMethod[Any],
    ) -> Any:
        if (
            isinstance(method, SendMessage | EditMessageText)
            and method.text is not None
            and not method.text.startswith(texts.SANDBOX_BANNER)
        ):
            method = method.model_copy(update={"text": texts.SANDBOX_BANNER + method.text})
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
