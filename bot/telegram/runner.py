"""How updates come in: long polling (the default) or a webhook server; and /healthz.

Webhook mode (WEBHOOK_URL set): aiogram's aiohttp request handler on WEBHOOK_HOST:WEBHOOK_PORT
at the URL's path, behind a TLS reverse proxy. Every request must carry WEBHOOK_SECRET in
Telegram's secret-token header (aiogram compares it in constant time; 401 otherwise).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.config import Settings
from bot.services.health import HealthCheck

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
HEALTH_KEY = web.AppKey("health", HealthCheck)


async def healthz(request: web.Request) -> web.Response:
    health = await request.app[HEALTH_KEY].check()
    return web.json_response(health.as_json(), status=200 if health.ok else 503)


def add_health(app: web.Application, health: HealthCheck) -> None:
    app[HEALTH_KEY] = health
    app.router.add_get(HEALTH_PATH, healthz)


async def _listen(app: web.Application, host: str, port: int) -> web.AppRunner:
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner


@contextlib.asynccontextmanager
async def health_server(settings: Settings, health: HealthCheck) -> AsyncIterator[None]:
    """Polling mode with HEALTH_PORT: a small server for /healthz only."""
    if settings.webhook_url is not None or settings.health_port is None:
        yield
        return
    app = web.Application()
    add_health(app, health)
    runner = await _listen(app, settings.health_host, settings.health_port)
    log.info("health check on http://%s:%d%s", settings.health_host, settings.health_port,
             HEALTH_PATH)  # fmt: skip
    try:
        yield
    finally:
        await runner.cleanup()


async def drop_webhook(bot: Bot) -> None:
    """Polling after a webhook: Telegram refuses getUpdates while a webhook is set."""
    try:
        info = await bot.get_webhook_info()
        if info.url:
            log.info("removing the webhook set earlier, to poll instead")
            await bot.delete_webhook(drop_pending_updates=False)
    except (TelegramAPIError, TelegramNetworkError) as exc:
        log.warning("could not check for a webhook: %s", exc)


async def serve_webhook(
    dp: Dispatcher,
    bot: Bot,
    settings: Settings,
    stop: asyncio.Event,
    health: HealthCheck,
    mount: Callable[[web.Application], None] | None = None,
) -> None:
    """Serves until `stop` is set, then stops taking requests and shuts the Dispatcher down.
    `mount`: adds other routes to the same server (the reseller API)."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    path = urlsplit(settings.webhook_url).path or "/"
    app = web.Application()
    # The Dispatcher's startup/shutdown follow the app's; registered before the request
    # handler, whose own shutdown step closes the bot session, so ours runs while it is open.
    setup_application(app, dp, bot=bot)
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret).register(app, path=path)
    add_health(app, health)
    if mount is not None:
        mount(app)
    runner = await _listen(app, settings.webhook_host, settings.webhook_port)
    try:
        log.info(
            "webhook server on http://%s:%d%s",
            settings.webhook_host,
            settings.webhook_port,
            path,
        )
        await bot.set_webhook(
            settings.webhook_url,
            secret_token=secret,
            allowed_updates=dp.resolve_used_update_types(),
            drop_pending_updates=False,
        )
        await stop.wait()
    finally:
        await runner.cleanup()
