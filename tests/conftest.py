from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services, build_dispatcher, build_services
from bot.config import Settings
from bot.db import Database, apply_migrations
from bot.domain.order_draft import OrderDraft
from bot.i18n import I18n
from bot.panel.client import PanelClient
from bot.panel.registry import Panel, Panels
from bot.sandbox.panel import start_panel_server
from bot.services.ordering import Outcome
from bot.telegram.middlewares.retry import RetryInteractive
from bot.ui.notices import NoticeRenderer
from tests.fakes.panel import FakePanel
from tests.fakes.telegram import BotHarness
from tests.sql import rows

BOT_TOKEN = "123456789:AAH-test-token-for-the-shop-abcdef"
PANEL_KEY = "pk_live_7f3a9c1e5b2d4f6a8c0e"
PANEL_2_KEY = "pk_live_second_9d8c7b6a5f4e"
ADMIN_ID = 1000
CUSTOMER = 2001
EN = I18n().get("en")  # what the tests expect a customer of the default language to read

# A catalogue with every type the bot sells, a drip-feed service and an unsupported type.
CATALOGUE: list[dict[str, object]] = [
    {
        "service": 1, "name": "Instagram Followers <HQ> & fast", "type": "Default",
        "category": "Instagram Followers", "rate": "0.90", "min": "50", "max": "10000",
        "refill": True, "cancel": True, "desc": "Real-looking followers.\nStart: 0-1h",
    },
    {
        "service": 2, "name": "Instagram Likes | drip-feed", "type": "Default",
        "category": "Instagram Likes", "rate": "0.45", "min": "10", "max": "5000",
        "dripfeed": True, "refill": False, "cancel": False,
    },
    {
        "service": 3, "name": "Telegram Starter Package", "type": "Package",
        "category": "Telegram", "rate": "4.5", "min": "1", "max": "1",
    },
    {
        "service": 4, "name": "Custom Comments", "type": "Custom Comments",
        "category": "Instagram Comments", "rate": "8", "min": "2", "max": "50",
        "cancel": True,
    },
    {
        "service": 5, "name": "Comment Likes", "type": "Comment Likes",
        "category": "Instagram Comments", "rate": "2.5", "min": "20", "max": "2000",
    },
    {
        "service": 6, "name": "Poll Votes", "type": "Poll",
        "category": "Telegram", "rate": "1.2", "min": "100", "max": "50000",
    },
    {
        "service": 7, "name": "Mentions with Hashtags", "type": "Mentions with Hashtags",
        "category": "Instagram Comments", "rate": "3", "min": "10", "max": "100",
    },
]  # fmt: skip

# A second panel (issue 23): its own service ids, one of them (1) also panel 1's, one category
# shared with panel 1 and one of its own.
CATALOGUE_2: list[dict[str, object]] = [
    {
        "service": 1, "name": "Instagram Followers [Panel B]", "type": "Default",
        "category": "Instagram Followers", "rate": "1.10", "min": "100", "max": "20000",
        "refill": True, "cancel": True,
    },
    {
        "service": 501, "name": "TikTok Views", "type": "Default",
        "category": "TikTok Views", "rate": "0.05", "min": "100", "max": "1000000",
    },
]  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules that start the bot as a process (up to a minute a test) run first: the two
    workers then share them and end together, not one idle while the other runs the last."""
    items.sort(key=lambda item: not hasattr(getattr(item, "module", None), "start_program"))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with every migration applied, made once per worker process: copying it
    costs a test ~7 ms where migrating costs ~80 ms."""
    path = tmp_path_factory.mktemp("template") / "shop.sqlite3"

    async def migrate() -> None:
        database = await Database.open(path)
        await apply_migrations(database)
        await database.close()

    loop = asyncio.new_event_loop()  # its own loop, leaving the tests' loop as it is
    try:
        loop.run_until_complete(migrate())
    finally:
        loop.close()
    assert not path.with_name(path.name + "-wal").exists()  # all in the one file
    return path


@pytest.fixture
async def db(tmp_path: Path, migrated_template: Path) -> AsyncIterator[Database]:
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = await Database.open(path)
    await apply_migrations(database)  # finds nothing left to apply
    yield database
    await database.close()


@pytest.fixture
def panel() -> FakePanel:
    return FakePanel(api_key=PANEL_KEY, services=CATALOGUE, balance="1000")


@pytest.fixture
async def panel_url(panel: FakePanel) -> AsyncIterator[str]:
    runner, url = await start_panel_server(panel)
    yield url
    await runner.cleanup()


def make_settings(panel_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "bot_token": BOT_TOKEN,
        "panel_api_url": panel_url,
        "panel_api_key": PANEL_KEY,
        "admin_ids": str(ADMIN_ID),
        "price_markup_percent": "0",
        "price_decimals": 2,
        "panel_timeout_seconds": 10.0,
        "flood_burst": 1000,  # tests click faster than people; test_flood_and_logs sets its own
        # AIOGRAM_TUNING=false in the environment: the suite runs on stock aiogram (test-stock)
        "aiogram_tuning": os.environ.get("AIOGRAM_TUNING", "true"),
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@dataclass
class Shop:
    """Everything a test needs: the real Dispatcher and services on a real SQLite file and a
    fake panel over real HTTP."""

    services: Services
    harness: BotHarness
    panel: FakePanel
    db: Database

    async def credit(self, user_id: int, amount: str) -> None:
        await self.services.wallet.admin_credit(ADMIN_ID, user_id, Decimal(amount), "test")

    async def place(
        self, draft: OrderDraft, token: str, user: int = CUSTOMER, fault: str = ""
    ) -> Outcome:
        """Confirms a draft at its current price (the panel's next add gets `fault`, if any)."""
        ordering = self.services.ordering
        price = (await ordering.quote(user, draft)).price
        if fault:
            self.panel.inject_fault("add", fault)
        return await ordering.place(user, draft, token, price)

    async def balance(self, user_id: int) -> int:
        return await self.services.wallet.balance(user_id)

    def adds(self) -> list[dict[str, str]]:
        """The fields of every `add` the panel received (key and action left out)."""
        return [
            {k: v for k, v in fields.items() if k != "action"}
            for action, fields in self.panel.requests
            if action == "add"
        ]


async def _no_wait(seconds: float) -> None:
    """Flood waits are not waited out in tests: the fake session does not count time."""


@pytest.fixture
async def make_shop(
    db: Database, panel: FakePanel, panel_url: str
) -> AsyncIterator[Callable[..., Any]]:
    made: list[tuple[BotHarness, Panels]] = []

    async def factory(refresh: bool = True, i18n: I18n | None = None, **overrides: Any) -> Shop:
        """`i18n`: the shop's translations in place of bot/i18n/locales (a test's own files)."""
        settings = make_settings(panel_url, **overrides)
        panels = Panels(
            [
                Panel(
                    found.number,
                    found.name,
                    PanelClient(
                        found.url, found.key, timeout=settings.panel_timeout_seconds, backoff=0.01
                    ),
                )
                for found in settings.panels()
            ]
        )
        services = build_services(settings, db, panels)
        if i18n is not None:
            notices = NoticeRenderer(i18n, settings.price_decimals, settings.currency)
            services = replace(services, i18n=i18n, notices=notices)
        harness = BotHarness(build_dispatcher(services))
        harness.bot.session.middleware(RetryInteractive(sleep=_no_wait))
        made.append((harness, panels))
        if refresh:
            await services.catalogue.refresh()
        return Shop(services, harness, panel, db)

    yield factory
    for harness, panels in made:
        await harness.close()
        await panels.close()


@dataclass
class SecondPanel:
    """Panel 2 of a two-panel shop: `make_shop(**second.settings)` adds it."""

    panel: FakePanel
    url: str

    @property
    def settings(self) -> dict[str, str]:
        return {"panel_2_api_url": self.url, "panel_2_api_key": PANEL_2_KEY, "panel_2_name": "B"}

    def adds(self) -> list[dict[str, str]]:
        return [
            {k: v for k, v in fields.items() if k != "action"}
            for action, fields in self.panel.requests
            if action == "add"
        ]


@pytest.fixture
async def second_panel() -> AsyncIterator[SecondPanel]:
    fake = FakePanel(api_key=PANEL_2_KEY, services=CATALOGUE_2, balance="500")
    runner, url = await start_panel_server(fake)
    yield SecondPanel(fake, url)
    await runner.cleanup()


@pytest.fixture
async def shop(make_shop: Callable[..., Any]) -> Shop:
    result: Shop = await make_shop()
    return result


async def assert_ledger_balances(db: Database) -> None:
    """The ledger invariant: every wallet equals the sum of its entries, none below zero."""
    balances = dict(await rows(db, "SELECT id, balance FROM users"))
    sums = dict(await rows(db, "SELECT user_id, sum(amount) FROM ledger GROUP BY user_id"))
    async with db.read() as repos:
        orders = await repos.orders.all_orders()
        entries = await repos.ledger.all_entries()
    for user_id, balance in balances.items():
        assert balance == sums.get(user_id, 0), f"user {user_id}: {balance} != ledger"
        assert balance >= 0
    await _assert_totals(db)
    for order in orders:
        paid = -sum(e.amount for e in entries if e.order_id == order.id and e.kind == "order")
        refunded = sum(
            e.amount
            for e in entries
            if e.order_id == order.id and e.kind in ("refund", "order_refund")
        )
        assert paid == order.price, f"order {order.id} debit {paid} != price {order.price}"
        assert refunded == order.refunded
        assert 0 <= refunded <= paid


async def _assert_totals(db: Database) -> None:
    """The totals kept by triggers for /stats (migrations/013) are the sums of the rows."""
    kept = await rows(
        db, "SELECT state, orders, revenue, cost FROM order_totals WHERE orders > 0 ORDER BY state"
    )
    summed = await rows(
        db,
        "SELECT state, count(*), sum(iif(panel_order_id IS NULL, 0, price - refunded)),"
        " sum(iif(panel_order_id IS NULL OR state IN ('canceled', 'failed'), 0,"
        " coalesce(panel_charge, 0))) FROM orders GROUP BY state ORDER BY state",
    )
    assert kept == summed
    kept = await rows(db, "SELECT method, topups, net FROM ledger_method_totals ORDER BY method")
    summed = await rows(
        db,
        "SELECT method, sum(kind = 'topup'), sum(amount) FROM ledger WHERE method IS NOT NULL"
        " GROUP BY method ORDER BY method",
    )
    assert kept == summed


async def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Waits until `condition()` holds (something another task or server does), or fails."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("the condition never came true")
        await asyncio.sleep(0.01)
