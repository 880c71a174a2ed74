"""The bot as its own panel: shop B's panel is shop A's API v2, with the key of A's customer.

B's customer orders through B's Dispatcher; B's `add` reaches A's API; A places it on the
fake panel. A Partial there is synced by A (refunding its reseller, B's account at A) and then
by B from A's API (refunding B's customer): each exactly once, each ledger balancing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_dispatcher, build_services
from bot.db import Database, apply_migrations
from bot.domain.money import to_minor
from bot.panel.client import PanelClient
from bot.panel.registry import Panel, Panels
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances, make_settings
from tests.fakes.telegram import BotHarness
from tests.reseller_helpers import API_SETTINGS, Api, open_api_fixture  # noqa: F401
from tests.test_order_flow import confirm, open_service

B_CUSTOMER = 3001
LINK = "https://instagram.com/end_customer"


@pytest.fixture
async def b_db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "shop_b.sqlite3")
    await apply_migrations(database)
    yield database
    await database.close()


async def test_shop_b_orders_through_shop_a_and_a_partial_is_refunded_once_at_both(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any], b_db: Database
) -> None:
    a: Shop = await make_shop(**API_SETTINGS)
    await a.credit(CUSTOMER, "5")  # the reseller's wallet at A
    key = (await a.services.api_access.issue(CUSTOMER)).key
    assert key is not None
    api: Api = await open_api(a)

    settings = make_settings(api.url, panel_api_key=key, price_markup_percent="20")
    panels = Panels([Panel(1, "Shop A", PanelClient(api.url, key, timeout=10.0, backoff=0.01))])
    b = Shop(build_services(settings, b_db, panels), None, a.panel, b_db)  # type: ignore[arg-type]
    b.harness = BotHarness(build_dispatcher(b.services))
    try:
        await b.services.catalogue.refresh()
        await b.services.wallet.admin_credit(ADMIN_ID, B_CUSTOMER, Decimal(10), "test")
        await open_service(b, B_CUSTOMER, "Instagram Followers", "Instagram Followers")
        await b.harness.send(B_CUSTOMER, LINK)
        await b.harness.send(B_CUSTOMER, "1000")
        assert "Total: <b>1.08 USD</b>" in b.harness.last_text(B_CUSTOMER)  # 0.90 + 20 %
        assert "Order placed" in await confirm(b, B_CUSTOMER)

        # A placed it on the fake panel, once, as an API order of its reseller.
        assert a.adds() == [{"service": "1", "link": LINK, "quantity": "1000"}]
        async with a.db.read() as repos:
            (at_a,) = await repos.orders.list_for_user(CUSTOMER, 0, 10)
        async with b.db.read() as repos:
            (at_b,) = await repos.orders.list_for_user(B_CUSTOMER, 0, 10)
        assert at_a.via_api and at_a.price == to_minor(Decimal("0.90"))
        assert at_b.panel_order_id == at_a.id and at_b.price == to_minor(Decimal("1.08"))
        assert at_a.panel_order_id is not None

        a.panel.set_status(at_a.panel_order_id, "Partial", remains="400")
        for _ in range(2):  # twice each: the second sync refunds nothing more
            await a.services.status_sync.sync()
            await b.services.status_sync.sync()

        async with a.db.read() as repos:
            at_a_after = await repos.orders.get(at_a.id)
        async with b.db.read() as repos:
            at_b_after = await repos.orders.get(at_b.id)
        assert at_a_after is not None and at_b_after is not None
        assert (at_a_after.state, at_a_after.remains) == ("partial", 400)
        assert (at_b_after.state, at_b_after.remains) == ("partial", 400)
        assert at_a_after.refunded == to_minor(Decimal("0.36"))  # 400/1000 of 0.90
        assert at_b_after.refunded == to_minor(Decimal("0.43"))  # 400/1000 of 1.08, down
        assert await a.balance(CUSTOMER) == to_minor(Decimal("4.46"))  # 5 - 0.90 + 0.36
        assert await b.balance(B_CUSTOMER) == to_minor(Decimal("9.35"))  # 10 - 1.08 + 0.43
        await assert_ledger_balances(a.db)
        await assert_ledger_balances(b.db)
    finally:
        await b.harness.close()
        await panels.close()
