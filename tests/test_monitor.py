"""Alerts pushed to every admin once per incident: a catalogue refresh failing for longer than
two periods, and the panel balance below PANEL_LOW_BALANCE."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from bot.panel.errors import PanelError
from bot.services.monitor import (
    ALERT_CATALOGUE,
    ALERT_LOW_BALANCE,
    META_CATALOGUE_FAILING_SINCE,
    Monitor,
)
from tests.conftest import ADMIN_ID, Shop
from tests.payments_helpers import rendered
from tests.sql import alert_raised

SECOND_ADMIN = 1001
PERIOD = 100  # CATALOG_REFRESH_SECONDS in these tests
READ_ATTEMPTS = 3  # the panel client tries a read this many times before giving up


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000

    def __call__(self) -> int:
        return self.now


def monitor_of(shop: Shop, clock: Callable[[], int]) -> Monitor:
    s = shop.services
    return Monitor(s.db, s.catalogue, s.panels, s.notifier, s.settings, clock=clock)


async def admin_alerts(shop: Shop) -> dict[int, list[str]]:
    async with shop.db.read() as repos:
        due = await repos.outbox.due(now=2**40, limit=1000)
    found: dict[int, list[str]] = {}
    for message in due:
        if message.kind == "admin":
            found.setdefault(message.chat_id, []).append(rendered(shop, message).text)
    return found


@pytest.fixture
async def two_admins(make_shop: Callable[..., Any]) -> Shop:
    shop: Shop = await make_shop(
        admin_ids=f"{ADMIN_ID},{SECOND_ADMIN}",
        catalog_refresh_seconds=PERIOD,
        panel_low_balance="500",
    )
    return shop


async def failing_refresh(shop: Shop, monitor: Monitor) -> None:
    shop.panel.inject_fault("services", "http500", times=READ_ATTEMPTS)
    await monitor.catalogue_job()  # the periodic job logs a panel failure, never raises


async def test_catalogue_failing_for_longer_than_two_periods_alerts_once(two_admins: Shop) -> None:
    shop = two_admins
    clock = Clock()
    monitor = monitor_of(shop, clock)
    start = clock.now
    await failing_refresh(shop, monitor)
    clock.now += PERIOD
    await failing_refresh(shop, monitor)
    clock.now += PERIOD - 1
    await failing_refresh(shop, monitor)
    assert await admin_alerts(shop) == {}  # not yet two whole periods
    clock.now = start + 2 * PERIOD
    await failing_refresh(shop, monitor)
    alerts = await admin_alerts(shop)
    assert set(alerts) == {ADMIN_ID, SECOND_ADMIN}
    assert all(len(texts) == 1 and "keeps failing" in texts[0] for texts in alerts.values())
    assert "HTTP 500" in alerts[ADMIN_ID][0]
    for _ in range(3):  # still failing: not told again
        clock.now += PERIOD
        await failing_refresh(shop, monitor)
    assert await admin_alerts(shop) == alerts

    clock.now += PERIOD
    await monitor.catalogue_job()  # works again: the incident ends
    alerts = await admin_alerts(shop)
    assert alerts[ADMIN_ID][-1] == "✅ The catalogue refresh works again."
    assert not await alert_raised(shop.db, ALERT_CATALOGUE)
    async with shop.db.read() as repos:
        assert await repos.meta.get(META_CATALOGUE_FAILING_SINCE) is None

    # A new outage is a new incident, counted from its own first failure.
    clock.now += PERIOD
    await failing_refresh(shop, monitor)
    clock.now += PERIOD
    await failing_refresh(shop, monitor)
    assert len((await admin_alerts(shop))[ADMIN_ID]) == 2
    clock.now += PERIOD
    await failing_refresh(shop, monitor)
    assert len((await admin_alerts(shop))[ADMIN_ID]) == 3


async def test_a_restart_does_not_restart_the_failure_count(two_admins: Shop) -> None:
    shop = two_admins
    clock = Clock()
    await failing_refresh(shop, monitor_of(shop, clock))
    clock.now += 2 * PERIOD
    await failing_refresh(shop, monitor_of(shop, clock))  # a new process, same database
    assert len((await admin_alerts(shop))[ADMIN_ID]) == 1


async def test_a_refresh_that_works_tells_nobody(two_admins: Shop) -> None:
    shop = two_admins
    monitor = monitor_of(shop, Clock())
    report = await monitor.refresh_catalogue()
    assert report.total == 7
    assert await admin_alerts(shop) == {}


async def test_sync_command_failure_counts_towards_the_alert(two_admins: Shop) -> None:
    shop = two_admins
    clock = Clock()
    monitor = monitor_of(shop, clock)
    shop.panel.inject_fault("services", "http500", times=READ_ATTEMPTS)
    with pytest.raises(PanelError):
        await monitor.refresh_catalogue()
    async with shop.db.read() as repos:
        assert await repos.meta.get(META_CATALOGUE_FAILING_SINCE) == str(clock.now)


async def test_low_panel_balance_alerts_once_and_clears(two_admins: Shop) -> None:
    shop = two_admins
    monitor = monitor_of(shop, Clock())
    await monitor.check_panel_balance()
    assert await admin_alerts(shop) == {}  # 1000 is above 500
    shop.panel.balance = Decimal("499.5")
    for _ in range(3):
        await monitor.check_panel_balance()
    alerts = await admin_alerts(shop)
    assert set(alerts) == {ADMIN_ID, SECOND_ADMIN}
    assert alerts[ADMIN_ID] == [
        "⚠️ <b>The balance of panel Panel 1 is low</b>: 499.50 USD, below 500.00 USD.\n"
        "Top it up, or its orders will start failing."
    ]
    shop.panel.inject_fault("balance", "http500", times=READ_ATTEMPTS)
    await monitor.check_panel_balance()  # unknown: the incident neither ends nor repeats
    assert await alert_raised(shop.db, ALERT_LOW_BALANCE)
    shop.panel.balance = Decimal(600)
    await monitor.check_panel_balance()
    await monitor.check_panel_balance()
    alerts = await admin_alerts(shop)
    assert len(alerts[ADMIN_ID]) == 2 and "back above 500.00" in alerts[ADMIN_ID][1]
    shop.panel.balance = Decimal(10)
    await monitor.check_panel_balance()
    assert len((await admin_alerts(shop))[SECOND_ADMIN]) == 3  # a new incident


async def test_no_threshold_no_low_balance_alert(shop: Shop) -> None:
    monitor = monitor_of(shop, Clock())
    shop.panel.balance = Decimal(0)
    await monitor.check_panel_balance()  # asked all the same: its currency is checked
    assert [action for action, _ in shop.panel.requests][-1:] == ["balance"]
    assert await admin_alerts(shop) == {}
    assert not await alert_raised(shop.db, ALERT_LOW_BALANCE)
