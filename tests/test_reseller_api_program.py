"""The reseller API as the running program serves it (`python -m bot`): started with the
Dispatcher in polling mode on RESELLER_API_PORT, served by the webhook's server in webhook
mode, stopped cleanly with the rest; the key shown in Telegram works over HTTP."""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Any

import aiohttp

from tests.conftest import BOT_TOKEN, PANEL_KEY
from tests.fakes.bot_api_server import FakeBotApi
from tests.test_program import program_env, start_program, stop_program
from tests.test_running import (  # noqa: F401 (fixtures)
    WEBHOOK_SECRET,
    catalogue_loaded,
    free_port,
    last_bot_message,
    panel_url,
    telegram,
)

USER = 7788
KEY = re.compile(r"key=([A-Za-z0-9_-]{43,})")


async def post(url: str, **fields: str) -> Any:
    async with aiohttp.ClientSession() as session, session.post(url, data=fields) as response:
        assert response.status == 200
        return await response.json()


async def test_polling_mode_serves_the_api_and_the_key_from_telegram_works(
    tmp_path: Path,
    telegram: FakeBotApi,  # noqa: F811
    panel_url: str,  # noqa: F811
) -> None:
    port = free_port()
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL=telegram.url,
        PANEL_API_URL=panel_url,
        PANEL_API_KEY=PANEL_KEY,
        RESELLER_API_PORT=str(port),
    )
    url = f"http://127.0.0.1:{port}/api/v2"
    process = await start_program(tmp_path, env)
    key = ""
    try:
        telegram.push_message(USER, "/start")
        await telegram.wait_for("sendMessage", lambda p: "Hello" in str(p["text"]), timeout=60)
        await catalogue_loaded(tmp_path / "data" / "shop.sqlite3")
        telegram.push_message(USER, "/api")
        await telegram.wait_for("sendMessage", lambda p: "Turn it on" in str(p["text"]), 30)
        message = last_bot_message(telegram, USER)
        rows = message["reply_markup"]["inline_keyboard"]
        data = next(b["callback_data"] for row in rows for b in row if "Turn on" in b["text"])
        telegram.push_callback(USER, data, message["message_id"])
        shown = await telegram.wait_for(
            "editMessageText", lambda p: "curl" in str(p["text"]), timeout=30
        )
        found = KEY.search(shown["text"])
        assert found is not None, shown["text"]
        key = found.group(1)
        assert await post(url, key=key, action="balance") == {
            "balance": "0.00",
            "currency": "USD",
        }
        assert await post(url, key="wrong", action="balance") == {"error": "Invalid API key"}
        listed = await post(url, key=key, action="services")
        assert {item["service"] for item in listed} >= {1, 2, 3}
    finally:
        code, output = await stop_program(process)
    assert code == 0, output
    assert key and key not in output and PANEL_KEY not in output


async def test_webhook_mode_serves_the_api_on_the_webhook_s_server(
    tmp_path: Path,
    telegram: FakeBotApi,  # noqa: F811
    panel_url: str,  # noqa: F811
) -> None:
    webhook_port, api_port = free_port(), free_port()
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL=telegram.url,
        PANEL_API_URL=panel_url,
        PANEL_API_KEY=PANEL_KEY,
        WEBHOOK_URL="https://shop.example.com/tg/webhook",
        WEBHOOK_PORT=str(webhook_port),
        WEBHOOK_SECRET=WEBHOOK_SECRET,
        RESELLER_API_PORT=str(api_port),
    )
    process = await start_program(tmp_path, env)
    try:
        await telegram.wait_for("setWebhook", timeout=60)
        for port in (webhook_port, api_port):
            answer = await post(f"http://127.0.0.1:{port}/api/v2", key="nope", action="balance")
            assert answer == {"error": "Invalid API key"}
    finally:
        code, output = await stop_program(process)
    assert code == 0, output


async def test_a_taken_api_port_stops_the_program_with_a_clear_line(
    tmp_path: Path,
    telegram: FakeBotApi,  # noqa: F811
    panel_url: str,  # noqa: F811
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = program_env(
            tmp_path,
            BOT_TOKEN=BOT_TOKEN,
            TELEGRAM_API_URL=telegram.url,
            PANEL_API_URL=panel_url,
            PANEL_API_KEY=PANEL_KEY,
            RESELLER_API_PORT=str(port),
        )
        process = await start_program(tmp_path, env)
        code, output = await stop_program(process, terminate=False)  # it exits by itself
    assert code == 2, output
    assert f"settings: RESELLER_API_PORT: cannot listen on 127.0.0.1:{port}" in output
    assert "Traceback" not in output and PANEL_KEY not in output
    assert not telegram.calls_to("getUpdates") and not telegram.calls_to("setMyCommands")
