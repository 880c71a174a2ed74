"""Settings that would cost money, refused or told at start (issue 22, items 8 and 9): Crypto
Pay's test network beside a real panel, a CURRENCY Crypto Pay does not price invoices in, and a
panel that counts in another currency than CURRENCY."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiogram.methods import SendMessage

from bot.app import run, start_background_tasks
from bot.config import StartRefused
from bot.db import Database, apply_migrations
from bot.domain.money import to_minor
from bot.sandbox.mode import ModeMismatch, check_mode
from bot.sandbox.panel import start_panel_server
from bot.services.monitor import ALERT_PANEL_CURRENCY, Monitor
from bot.tasks import BackgroundTasks
from bot.telegram.outbox_sender import OutboxSender
from tests.conftest import (
    ADMIN_ID,
    BOT_TOKEN,
    CATALOGUE,
    CUSTOMER,
    EN,
    PANEL_KEY,
    Shop,
    make_settings,
    wait_for,
)
from tests.fakes.bot_api_server import FakeBotApi
from tests.fakes.cryptopay_server import FakeCryptoPay, start_cryptopay_server
from tests.fakes.panel import FakePanel
from tests.payments_helpers import ADMIN_2, ADMINS, CRYPTO_TOKEN, balanced, outbox, topup_rows
from tests.sql import alert_raised
from tests.test_cryptopay import invoice_via_bot
from tests.test_monitor import admin_alerts
from tests.test_program import program_env, start_program, stop_program

TEST_NETWORK = "https://testnet-pay.crypt.bot/api"


@pytest.fixture
async def fake_pay() -> AsyncIterator[tuple[FakeCryptoPay, str]]:
    fake = FakeCryptoPay(token=CRYPTO_TOKEN)
    runner, url = await start_cryptopay_server(fake)
    yield fake, url
    await runner.cleanup()


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


async def test_the_database_decides_and_a_database_of_sandbox_data_stays_refused(
    db: Database, tmp_path: Path
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
    # Said the same way (`settings: <its text>`, exit 2: the first test's line) for the
    # database of the other mode.
    with pytest.raises(StartRefused) as refused:
        await check_mode(db, sandbox=False)
    assert str(refused.value).startswith("DATABASE_PATH: this database was used with a sandbox")


# -- item 9: CURRENCY against Crypto Pay's fiat currencies ------------------------------------
async def test_a_currency_crypto_pay_does_not_price_in_stops_the_start(
    tmp_path: Path, api: FakeBotApi, fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    """The start itself (bot.app.run, in this process: the program's exit 2 with the refusal's
    one line is the first test's) stops before it serves anyone."""
    fake, url = fake_pay
    runner, panel_url = await serve_panel()
    settings = make_settings(
        panel_url,
        telegram_api_url=api.url,
        database_path=str(tmp_path / "shop.sqlite3"),
        crypto_pay_token=CRYPTO_TOKEN,
        crypto_pay_api_url=url,
        currency="zwl",
    )
    try:
        with pytest.raises(StartRefused) as refused:
            await asyncio.wait_for(run(settings), 30)  # else it would serve until stopped
    finally:
        await runner.cleanup()
    line = str(refused.value)
    assert line.startswith("CURRENCY: Crypto Pay does not price invoices in ZWL")
    assert "EUR" in line and "USD" in line  # what it does take
    assert CRYPTO_TOKEN not in line
    assert fake.calls("getCurrencies")
    assert not fake.calls("createInvoice")
    assert not api.calls_to("getUpdates")


async def test_a_lower_case_currency_is_crypto_pays_code_and_credits(
    make_shop: Callable[..., Any], fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    fake, url = fake_pay
    shop: Shop = await make_shop(
        currency=" eur ", crypto_pay_token=CRYPTO_TOKEN, crypto_pay_api_url=url
    )
    assert shop.services.cryptopay is not None
    try:
        await shop.services.crypto.check_currency()  # EUR is one of Crypto Pay's fiats
        await invoice_via_bot(shop, amount="10")
        (params,) = fake.calls("createInvoice")
        assert params["fiat"] == "EUR"
        fake.pay(next(iter(fake.invoices)))
        assert (await shop.services.crypto.poll_once()).credited == 1
    finally:
        await shop.services.cryptopay.close()
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    (row,) = await topup_rows(shop)
    assert row.state == "paid"
    assert [m.text for m in await outbox(shop, CUSTOMER)] == [
        "✅ <b>10.00 EUR</b> added to your balance (🪙 Crypto Bot). Balance: 10.00 EUR."
    ]
    await balanced(shop)


@pytest.mark.parametrize("fault", ["down", "garbage", "refuse"])
async def test_crypto_pay_not_answering_at_start_does_not_hold_it(
    make_shop: Callable[..., Any],
    fake_pay: tuple[FakeCryptoPay, str],
    caplog: pytest.LogCaptureFixture,
    fault: str,
) -> None:
    fake, url = fake_pay
    fake.fault = fault
    shop: Shop = await make_shop(crypto_pay_token=CRYPTO_TOKEN, crypto_pay_api_url=url)
    assert shop.services.cryptopay is not None
    try:
        with caplog.at_level(logging.INFO, logger="bot.services.crypto_invoices"):
            await shop.services.crypto.check_currency()
    finally:
        await shop.services.cryptopay.close()
    (record,) = [r for r in caplog.records if r.name == "bot.services.crypto_invoices"]
    assert record.levelno == logging.WARNING
    assert "CURRENCY not checked" in record.getMessage()
    assert CRYPTO_TOKEN not in caplog.text


# -- item 9: the panel's own currency ------------------------------------------------------------
def monitor_of(shop: Shop) -> Monitor:
    s = shop.services
    return Monitor(s.db, s.catalogue, s.panels, s.notifier, s.settings)


async def test_a_panel_in_another_currency_is_told_to_admins_once(
    make_shop: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    shop: Shop = await make_shop(admin_ids=ADMINS)  # no PANEL_LOW_BALANCE: checked all the same
    monitor = monitor_of(shop)
    shop.panel.currency = "eur"
    with caplog.at_level(logging.WARNING, logger="bot.services.monitor"):
        for _ in range(3):
            await monitor.check_panel_balance()
    told = EN("admin-alert-panel-currency-differs", name="Panel 1", panel="EUR", currency="USD")
    assert await admin_alerts(shop) == {ADMIN_ID: [told], ADMIN_2: [told]}
    assert "Panel Panel 1 counts in EUR, but CURRENCY is USD" in told
    assert "panel 1 counts in EUR, but CURRENCY is USD" in caplog.text
    assert await alert_raised(shop.db, ALERT_PANEL_CURRENCY)

    shop.panel.currency = "usd"  # the same currency, in any case: the incident ends
    await monitor.check_panel_balance()
    assert not await alert_raised(shop.db, ALERT_PANEL_CURRENCY)
    shop.panel.currency = ""  # a panel that names no currency: nothing to compare
    await monitor.check_panel_balance()
    assert len((await admin_alerts(shop))[ADMIN_ID]) == 1
    shop.panel.currency = "RUB"  # a new incident
    await monitor.check_panel_balance()
    assert len((await admin_alerts(shop))[ADMIN_ID]) == 2


async def test_the_panels_currency_is_checked_at_start(make_shop: Callable[..., Any]) -> None:
    """The balance check is among the tasks started with the bot, and runs at once."""
    shop: Shop = await make_shop(admin_ids=ADMINS)
    shop.panel.currency = "EUR"
    h, services = shop.harness, shop.services
    sender = OutboxSender(shop.db, h.bot, services.notifier, services.notices)
    tasks = BackgroundTasks()
    start_background_tasks(tasks, h.bot, services, sender)

    def told() -> set[tuple[int | str, str]]:
        return {
            (m.chat_id, m.text) for m in h.session.calls_of(SendMessage) if "CURRENCY" in m.text
        }

    try:
        await wait_for(lambda: len(told()) == 2, 10)
    finally:
        await tasks.stop()
    text = EN("admin-alert-panel-currency-differs", name="Panel 1", panel="EUR", currency="USD")
    assert told() == {(ADMIN_ID, text), (ADMIN_2, text)}
