"""Settings that would cost money, refused or told at start (issue 22, item 8): Crypto Pay's
test network beside a real panel."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import StartRefused
from bot.db import Database, apply_migrations
from bot.sandbox.mode import ModeMismatch, check_mode
from bot.sandbox.panel import start_panel_server
from tests.conftest import BOT_TOKEN, CATALOGUE, PANEL_KEY
from tests.fakes.bot_api_server import FakeBotApi
from tests.fakes.panel import FakePanel
from tests.payments_helpers import CRYPTO_TOKEN
from tests.test_program import program_env, start_program, stop_program

TEST_NETWORK = "https://testnet-pay.crypt.bot/api"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=BOT_TOKEN) as fake:
        yield fake


async def serve_panel(**options: Any) -> tuple[Any, str]:
    panel = FakePanel(api_key=PANEL_KEY, services=CATALOGUE, **options)
    runner, url = await start_panel_server(panel)
    return runner, url


def settings_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("settings:")]


async def refused_start(tmp_path: Path, api: FakeBotApi, **settings: str) -> str:
    """Runs the program against a real (fake) panel; it must stop by itself with exit code 2
    and one `settings:` line, before it asks Telegram for updates. Returns that line."""
    runner, url = await serve_panel()
    try:
        env = program_env(
            tmp_path,
            BOT_TOKEN=BOT_TOKEN,
            TELEGRAM_API_URL=api.url,
            PANEL_API_URL=url,
            PANEL_API_KEY=PANEL_KEY,
            **settings,
        )
        code, output = await stop_program(await start_program(tmp_path, env), terminate=False)
    finally:
        await runner.cleanup()
    assert code == 2, output
    assert "Traceback" not in output
    assert CRYPTO_TOKEN not in output and PANEL_KEY not in output
    assert not api.calls_to("getUpdates")  # refused before serving anyone
    (line,) = settings_lines(output)
    return line


# -- item 8: Crypto Pay's test network --------------------------------------------------------
async def test_a_real_panel_refuses_crypto_pays_test_network_at_start(
    tmp_path: Path, api: FakeBotApi
) -> None:
    line = await refused_start(
        tmp_path, api, CRYPTO_PAY_TOKEN=CRYPTO_TOKEN, CRYPTO_PAY_API_URL=TEST_NETWORK + "/"
    )
    assert line.startswith("settings: CRYPTO_PAY_API_URL: ")
    assert "testnet-pay.crypt.bot" in line and "https://pay.crypt.bot/api" in line


async def test_sandbox_mode_may_use_the_test_network(tmp_path: Path, api: FakeBotApi) -> None:
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL=api.url,
        PANEL_API_URL="sandbox",
        CRYPTO_PAY_API_URL=TEST_NETWORK,
    )
    process = await start_program(tmp_path, env)
    try:
        await api.wait_for("getUpdates", timeout=60)
    finally:
        code, output = await stop_program(process)
    assert code == 0, output
    assert not settings_lines(output)


async def test_the_database_decides_and_a_database_of_sandbox_data_stays_refused(
    db: Database, tmp_path: Path, api: FakeBotApi
) -> None:
    await check_mode(db, sandbox=True, crypto_test_network=True)  # sandbox: allowed
    with pytest.raises(ModeMismatch):
        await check_mode(db, sandbox=False)
    live = await Database.open(tmp_path / "live.sqlite3")
    try:
        await apply_migrations(live)
        await check_mode(live, sandbox=False)
        with pytest.raises(StartRefused, match="CRYPTO_PAY_API_URL"):
            await check_mode(live, sandbox=False, crypto_test_network=True)
    finally:
        await live.close()
    # The program says it the same way for the database of the other mode.
    sandbox_db = await Database.open(tmp_path / "data" / "shop.sqlite3")
    try:
        await apply_migrations(sandbox_db)
        await check_mode(sandbox_db, sandbox=True)
    finally:
        await sandbox_db.close()
    line = await refused_start(tmp_path, api)
    assert line.startswith("settings: DATABASE_PATH: this database was used with a sandbox panel")
