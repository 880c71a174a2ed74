"""Running it for real: a form survives a restart, webhook mode, /healthz, JSON logs.

The program runs as a subprocess (`python -m bot`) against the fake Bot API server and the
fake panel, both on 127.0.0.1, as in test_program.py.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.config import Settings
from bot.db import Database
from bot.sandbox.panel import SimulatedPanel, start_panel_server
from bot.services.health import HealthCheck
from bot.services.status_sync import META_LAST_SYNC_AT
from bot.telegram.runner import add_health
from tests.conftest import BOT_TOKEN, CATALOGUE, PANEL_KEY, make_settings
from tests.fakes.bot_api_server import FakeBotApi
from tests.test_program import program_env, start_program, stop_program

USER = 7777
LINK = "https://instagram.com/private_customer_page"
WEBHOOK_SECRET = "s3cr3t-webhook-token_0123456789"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
async def telegram() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=BOT_TOKEN) as api:
        yield api


@pytest.fixture
async def panel_url() -> AsyncIterator[str]:
    runner, url = await start_panel_server(SimulatedPanel(api_key=PANEL_KEY, services=CATALOGUE))
    yield url
    await runner.cleanup()


def last_bot_message(api: FakeBotApi, chat_id: int) -> dict[str, Any]:
    ids = [mid for (chat, mid), m in api.messages.items() if chat == chat_id and "from" in m]
    return api.messages[(chat_id, max(ids))]


async def press(api: FakeBotApi, user: int, label: str) -> dict[str, Any]:
    """Presses the button whose text contains `label` on the bot's last message; returns the
    bot's next reply (a new message or an edit)."""
    message = last_bot_message(api, user)
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    data = next(b["callback_data"] for row in rows for b in row if label in b["text"])
    api.push_callback(user, data, message["message_id"])
    return await api.wait_for("sendMessage|editMessageText", timeout=30)


async def catalogue_loaded(db_path: Path, timeout: float = 30) -> None:  # noqa: ASYNC109
    """Until the program's first catalogue refresh has stored services and put their categories
    on platforms, its last step (read from the side)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        conn = sqlite3.connect(db_path)
        try:
            count = conn.execute(
                "SELECT count(*) FROM services WHERE NOT EXISTS"
                " (SELECT 1 FROM categories WHERE platform IS NULL)"
            ).fetchone()[0]
        except sqlite3.OperationalError:  # not migrated yet
            count = 0
        finally:
            conn.close()
        if count:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the catalogue was not loaded")


async def get_json(url: str) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.json()


def json_lines(output: str) -> list[dict[str, Any]]:
    lines = []
    for line in output.splitlines():
        if line.startswith("{"):
            lines.append(json.loads(line))
    return lines


async def test_a_form_continues_after_sigterm_and_restart(
    tmp_path: Path, telegram: FakeBotApi, panel_url: str
) -> None:
    health_port = free_port()
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL=telegram.url,
        PANEL_API_URL=panel_url,
        PANEL_API_KEY=PANEL_KEY,
        LOG_LEVEL="DEBUG",
        LOG_FORMAT="json",
        HEALTH_PORT=str(health_port),
    )
    process = await start_program(tmp_path, env)
    try:
        telegram.push_message(USER, "/start")
        await telegram.wait_for("sendMessage", lambda p: "typing field" in str(p["text"]), 60)
        await telegram.wait_for("sendMessage", lambda p: "Hello" in str(p["text"]), timeout=60)
        # The first catalogue refresh runs beside the /start.
        await catalogue_loaded(tmp_path / "data" / "shop.sqlite3")
        await press(telegram, USER, "New order")
        await press(telegram, USER, "Instagram")  # the platform
        await press(telegram, USER, "Followers")  # its category ("Instagram" said once)
        await press(telegram, USER, "Instagram Followers")
        reply = await press(telegram, USER, "Order")
        assert "Send the link" in reply["text"]
        telegram.push_message(USER, LINK)
        reply = await telegram.wait_for("sendMessage|editMessageText", timeout=30)
        assert "How many?" in reply["text"]
        status, body = await get_json(f"http://127.0.0.1:{health_port}/healthz")
        assert status == 200 and body["ok"] and body["database"] is True
    finally:
        code, first_output = await stop_program(process)
    assert code == 0, first_output

    process = await start_program(tmp_path, env)
    try:
        telegram.push_message(USER, "1500")
        summary = await telegram.wait_for(
            "sendMessage|editMessageText", lambda p: "Quantity: 1500" in str(p["text"]), 60
        )
        assert "private_customer_page" in summary["text"]
    finally:
        code, output = await stop_program(process)
    assert code == 0, output

    # Logs: JSON lines, one per handled update and per panel call; secrets and the customer's
    # link never at INFO; aiosqlite's DEBUG chatter left out although LOG_LEVEL=DEBUG.
    records = json_lines(first_output + output)
    assert records and all({"time", "level", "logger", "message"} <= r.keys() for r in records)
    updates = [r for r in records if r["logger"] == "bot.updates"]
    assert any(r["update_type"] == "callback_query" and r["user_id"] == USER for r in updates)
    assert all(r["handler"] and r["duration_ms"] >= 0 for r in updates)
    calls = [r for r in records if r["logger"] == "bot.panel.calls"]
    assert any(r["action"] == "services" and r["outcome"] == "ok" for r in calls)
    assert any(r["level"] == "DEBUG" and r["logger"].startswith("bot.") for r in records)
    assert not any(r["logger"].startswith("aiosqlite") for r in records)
    everything = first_output + output
    assert BOT_TOKEN not in everything and PANEL_KEY not in everything
    assert not any(
        "private_customer_page" in json.dumps(r) for r in records if r["level"] != "DEBUG"
    )


async def test_webhook_mode_takes_signed_updates_only(
    tmp_path: Path, telegram: FakeBotApi, panel_url: str
) -> None:
    port = free_port()
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL=telegram.url,
        PANEL_API_URL=panel_url,
        PANEL_API_KEY=PANEL_KEY,
        WEBHOOK_URL="https://shop.example.com/tg/webhook",
        WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    process = await start_program(tmp_path, env)
    try:
        hook = await telegram.wait_for("setWebhook", timeout=60)
        assert hook["url"] == "https://shop.example.com/tg/webhook"
        assert hook["secret_token"] == WEBHOOK_SECRET
        assert {"message", "callback_query"} <= set(hook["allowed_updates"])
        update = telegram.push_message(USER, "/start", first_name="Webb")
        telegram.pending_updates.clear()  # delivered by the webhook below, not by getUpdates
        url = f"http://127.0.0.1:{port}/tg/webhook"
        async with aiohttp.ClientSession() as session:
            headers = {"X-Telegram-Bot-Api-Secret-Token": "wrong-secret-0123456789"}
            async with session.post(url, json=update, headers=headers) as response:
                assert response.status == 401
            async with session.post(url, json=update) as response:
                assert response.status == 401  # no secret at all
            headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
            async with session.post(url, json=update, headers=headers) as response:
                assert response.status == 200
        sent = await telegram.wait_for("sendMessage", lambda p: "Hello" in str(p["text"]), 30)
        assert "Webb" in sent["text"]
        # The reply keyboard's message and the greeting: the refused posts changed nothing.
        assert len(telegram.sent_messages(USER)) == 2
        status, body = await get_json(f"http://127.0.0.1:{port}/healthz")
        assert status == 200 and body["database"] is True
        assert not telegram.calls_to("getUpdates")
    finally:
        code, output = await stop_program(process)
    assert code == 0, output
    assert WEBHOOK_SECRET not in output and BOT_TOKEN not in output


def test_webhook_needs_a_secret() -> None:
    with pytest.raises(ValueError, match="WEBHOOK_SECRET"):
        make_settings("sandbox", webhook_url="https://shop.example.com/hook")
    with pytest.raises(ValueError, match="WEBHOOK_SECRET"):
        make_settings("sandbox", webhook_url="https://shop.example.com/hook", webhook_secret="x")
    settings = make_settings(
        "sandbox", webhook_url="https://shop.example.com/hook", webhook_secret=WEBHOOK_SECRET
    )
    assert isinstance(settings, Settings) and settings.webhook_port == 8080
    assert settings.webhook_host == "127.0.0.1"


# -- /healthz -------------------------------------------------------------------------------


class Clock:
    def __init__(self, moment: int) -> None:
        self.moment = moment

    def __call__(self) -> int:
        return self.moment


async def serve_health(check: HealthCheck) -> tuple[web.AppRunner, str]:
    app = web.Application()
    add_health(app, check)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}/healthz"


async def test_healthz_is_200_then_503_when_the_status_sync_is_stale(db: Database) -> None:
    settings = make_settings("sandbox", status_poll_seconds=60)
    clock = Clock(1_000_000)
    runner, url = await serve_health(HealthCheck(db, settings, clock))
    try:
        status, body = await get_json(url)  # just started, no sync yet: within the grace
        assert status == 200 and body["status_sync_age_seconds"] is None
        async with db.transaction() as repos:
            await repos.meta.set(META_LAST_SYNC_AT, str(clock.moment + 10))
            await repos.meta.set("catalogue_refreshed_at", str(clock.moment - 50))
        clock.moment += 100
        status, body = await get_json(url)
        assert status == 200
        assert body == {
            "ok": True,
            "database": True,
            "status_sync_age_seconds": 90,
            "status_sync_stale": False,
            "catalogue_age_seconds": 150,
            "outbox_backlog": 0,
        }
        clock.moment += 3 * 60 - 90  # exactly three periods since the sync: still fine
        assert (await get_json(url))[0] == 200
        clock.moment += 1
        status, body = await get_json(url)
        assert status == 503 and body["status_sync_stale"] is True and body["ok"] is False
    finally:
        await runner.cleanup()


async def test_healthz_is_503_when_the_database_cannot_be_read(db: Database) -> None:
    runner, url = await serve_health(HealthCheck(db, make_settings("sandbox")))
    try:
        assert (await get_json(url))[0] == 200
        await db.close()
        status, body = await get_json(url)
        assert status == 503 and body["database"] is False
    finally:
        await runner.cleanup()
