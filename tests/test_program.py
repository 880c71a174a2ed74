"""The whole program as a user runs it: `python -m bot` in a subprocess, against a fake Bot API
server and the fake panel, both on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import pytest

from bot.sandbox.panel import start_panel_server
from tests.conftest import BOT_TOKEN, CATALOGUE, PANEL_KEY
from tests.fakes.bot_api_server import FakeBotApi
from tests.fakes.panel import FakePanel

ROOT = Path(__file__).resolve().parents[1]
USER = 5555


@pytest.fixture
async def telegram() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=BOT_TOKEN) as api:
        yield api


@pytest.fixture
async def panel_server() -> AsyncIterator[tuple[FakePanel, str]]:
    panel = FakePanel(api_key=PANEL_KEY, services=CATALOGUE)
    runner, url = await start_panel_server(panel)
    yield panel, url
    await runner.cleanup()


def program_env(tmp_path: Path, **settings: str) -> dict[str, str]:
    """A clean environment: nothing of the developer's own settings leaks in, but AIOGRAM_TUNING
    (`make test-stock` runs the program as stock aiogram)."""
    passed = ("PATH", "HOME", "LANG", "SYSTEMROOT", "AIOGRAM_TUNING")
    keep = {k: v for k, v in os.environ.items() if k in passed}
    return {
        **keep,
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
        "DATABASE_PATH": str(tmp_path / "data" / "shop.sqlite3"),
        **settings,
    }


async def start_program(tmp_path: Path, env: Mapping[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,  # no .env there
        env=dict(env),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def stop_program(
    process: asyncio.subprocess.Process, *, terminate: bool = True
) -> tuple[int, str]:
    if terminate and process.returncode is None:
        process.send_signal(signal.SIGTERM)
    try:
        stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    except TimeoutError:
        process.kill()
        stdout, stderr = await process.communicate()
        raise AssertionError("the program did not stop") from None
    assert process.returncode is not None
    return process.returncode, (stdout + stderr).decode()


async def test_start_greets_and_sigterm_exits_cleanly(
    tmp_path: Path, telegram: FakeBotApi, panel_server: tuple[FakePanel, str]
) -> None:
    panel, url = panel_server
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL=telegram.url,
        PANEL_API_URL=url,
        PANEL_API_KEY=PANEL_KEY,
    )
    process = await start_program(tmp_path, env)
    try:
        await telegram.wait_for("getUpdates", timeout=60)
        telegram.push_message(USER, "/start", first_name="Dana")
        sent = await telegram.wait_for(
            "sendMessage", lambda p: "Hello" in str(p.get("text")), timeout=30
        )
        assert "Dana" in sent["text"]
        assert str(sent["chat_id"]) == str(USER)
        await telegram.wait_for("setMyCommands", timeout=30)
        async with asyncio.timeout(30):  # the catalogue is fetched at start
            while not any(a == "services" for a, _ in panel.requests):  # noqa: ASYNC110
                await asyncio.sleep(0.05)
    finally:
        code, output = await stop_program(process)
    assert code == 0, output
    assert (tmp_path / "data" / "shop.sqlite3").exists()


async def test_no_settings_exits_2_naming_the_variables(tmp_path: Path) -> None:
    process = await start_program(tmp_path, program_env(tmp_path))
    code, output = await stop_program(process, terminate=False)
    assert code == 2
    lines = output.strip().splitlines()
    assert any("BOT_TOKEN" in line and "required" in line for line in lines)
    assert any("PANEL_API_URL" in line for line in lines)
    assert "Traceback" not in output


CRYPTO_TOKEN = "12345:AAcryptoPAYtokenSECRETvalue"


async def test_logs_never_carry_the_token_or_the_key(
    tmp_path: Path, telegram: FakeBotApi, panel_server: tuple[FakePanel, str]
) -> None:
    panel, url = panel_server
    panel.inject_fault(None, "html", times=3)
    panel.inject_fault("services", "error:Invalid API key", times=2)
    telegram.fail("setMyCommands", status=500, times=5, description="Internal Server Error")
    telegram.fail("sendMessage", status=429, retry_after=1, times=1)
    telegram.fail("getUpdates", status=502, times=1)
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL=telegram.url,
        PANEL_API_URL=url,
        PANEL_API_KEY=PANEL_KEY,
        LOG_LEVEL="DEBUG",
        LOG_DEBUG_LIBRARIES="true",
        CATALOG_REFRESH_SECONDS="0.3",
        PANEL_TIMEOUT_SECONDS="0.5",
        CRYPTO_PAY_TOKEN=CRYPTO_TOKEN,
        CRYPTO_PAY_API_URL="http://127.0.0.1:9/api",
    )
    process = await start_program(tmp_path, env)
    try:
        telegram.push_message(USER, "/start")
        await telegram.wait_for("sendMessage", timeout=60)
        await asyncio.sleep(1.5)  # a few failing catalogue refreshes
    finally:
        code, output = await stop_program(process)
    assert code == 0, output
    assert "DEBUG" in output and "WARNING" in output  # the run did log, failures included
    assert BOT_TOKEN not in output
    assert BOT_TOKEN.split(":")[1] not in output
    assert PANEL_KEY not in output
    assert CRYPTO_TOKEN not in output


async def test_unreachable_telegram_and_panel_still_stop_cleanly(tmp_path: Path) -> None:
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL="http://127.0.0.1:9",
        PANEL_API_URL="http://127.0.0.1:9/api/v2",
        PANEL_API_KEY=PANEL_KEY,
        LOG_LEVEL="DEBUG",
    )
    process = await start_program(tmp_path, env)
    assert process.stderr is not None
    seen = []
    async with asyncio.timeout(60):
        while not any("Telegram is not reachable" in line for line in seen):
            seen.append((await process.stderr.readline()).decode())
    code, output = await stop_program(process)
    output = "".join(seen) + output
    assert BOT_TOKEN not in output and PANEL_KEY not in output
    assert code == 0, output
