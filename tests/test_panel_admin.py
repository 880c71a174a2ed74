"""What admins see of several panels (issue 23): /panel and the admin menu's panels entry show
each panel's balance, catalogue and last sync; /sync each panel's result; the alerts name the
panel, one panel's incident apart from another's; renamed services are told once; the order
card names the order's panel. Two fake panels over HTTP, through the Dispatcher."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from bot.domain.order_draft import OrderDraft
from bot.services.monitor import Monitor
from bot.ui.keyboards.callbacks import AdminMenuCb
from tests.conftest import ADMIN_ID, CUSTOMER, SecondPanel, Shop, assert_ledger_balances
from tests.payments_helpers import rendered
from tests.sql import rows

PERIOD = 100  # CATALOG_REFRESH_SECONDS here
READ_ATTEMPTS = 3  # the panel client tries a read this many times


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture
async def two(make_shop: Callable[..., Any], second_panel: SecondPanel) -> Shop:
    shop: Shop = await make_shop(
        **second_panel.settings, catalog_refresh_seconds=PERIOD, panel_low_balance="600"
    )
    return shop


def monitor_of(shop: Shop, clock: Callable[[], int]) -> Monitor:
    s = shop.services
    return Monitor(s.db, s.catalogue, s.panels, s.notifier, s.settings, clock=clock)


async def admin_alerts(shop: Shop) -> list[str]:
    async with shop.db.read() as repos:
        due = await repos.outbox.due(now=2**40, limit=1000)
    return [rendered(shop, m).text for m in due if m.kind == "admin" and m.chat_id == ADMIN_ID]


async def say(shop: Shop, text: str) -> str:
    await shop.harness.send(ADMIN_ID, text)
    return shop.harness.last_text(ADMIN_ID)


async def test_panel_shows_each_panels_balance_catalogue_and_sync(
    two: Shop, second_panel: SecondPanel
) -> None:
    await two.services.status_sync.sync()
    text = await say(two, "/panel")
    assert "Catalogue: 9 services in 5 categories" in text
    first, second = text.split("\n\n")[1:]
    assert first.startswith("<b>Panel 1</b> (panel 1)")
    assert "Balance: <b>1000.00 USD</b>" in first and "Services: 7, refreshed " in first
    assert second.startswith("<b>B</b> (panel 2)")
    assert "Balance: <b>500.00 USD</b> ⚠️ below 600.00 USD" in second
    assert "Services: 2, refreshed " in second and "(just now)" in second
    assert "Orders last synced: " in second and "never" not in second
    # Panel 2 down: its balance is unavailable, panel 1 is shown as before.
    second_panel.panel.inject_fault("balance", "http502", times=READ_ATTEMPTS)
    text = await say(two, "/panel")
    first, second = text.split("\n\n")[1:]
    assert "Balance: unavailable" in second and "Services: 2" in second
    assert "Balance: <b>1000.00 USD</b>" in first
    # The admin menu's panels entry shows the same screen.
    await two.harness.press(ADMIN_ID, AdminMenuCb(to="panels").pack())
    menu = two.harness.last_text(ADMIN_ID)
    assert "<b>B</b> (panel 2)" in menu and "Balance: <b>1000.00 USD</b>" in menu


async def test_sync_shows_each_panels_result_or_its_error(
    two: Shop, second_panel: SecondPanel
) -> None:
    second_panel.panel.inject_fault("services", "http502", times=READ_ATTEMPTS)
    two.panel.catalogue = [*two.panel.catalogue[:6]]  # panel 1 drops a service
    text = await say(two, "/sync")
    assert "Added: 0 · changed: 0 · removed: 1" in text
    assert "• Panel 1: 6 services · added 0 · changed 0 · removed 1" in text
    assert "• B: ❌ not refreshed, its stored services stay (<code>" in text


async def test_low_balance_is_told_per_panel_naming_it(
    two: Shop, second_panel: SecondPanel
) -> None:
    monitor = monitor_of(two, Clock())
    for _ in range(2):
        await monitor.check_panel_balance()
    (low,) = await admin_alerts(two)  # panel 2 (500) is below 600, panel 1 (1000) is not
    assert low.startswith("⚠️ <b>The balance of panel B is low</b>: 500.00 USD, below 600.00")
    two.panel.balance = Decimal("100")  # panel 1's own incident: told although 2's is open
    await monitor.check_panel_balance()
    assert (await admin_alerts(two))[1].startswith("⚠️ <b>The balance of panel Panel 1 is low")
    second_panel.panel.balance = Decimal("900")  # panel 2's ends; panel 1's goes on
    await monitor.check_panel_balance()
    await monitor.check_panel_balance()
    alerts = await admin_alerts(two)
    assert len(alerts) == 3 and alerts[2].startswith("✅ The balance of panel B is back above")


async def test_a_panel_in_another_currency_is_named(two: Shop, second_panel: SecondPanel) -> None:
    second_panel.panel.currency = "EUR"
    await monitor_of(two, Clock()).check_panel_balance()
    alerts = [a for a in await admin_alerts(two) if "CURRENCY" in a]
    assert len(alerts) == 1 and "Panel B counts in EUR, but CURRENCY is USD" in alerts[0]


async def test_one_panels_catalogue_failing_is_told_naming_it_then_its_recovery(
    two: Shop, second_panel: SecondPanel
) -> None:
    clock = Clock()
    monitor = monitor_of(two, clock)
    for step in range(3):  # fails at 0, PERIOD and 2 PERIODs: told at the last, once
        second_panel.panel.inject_fault("services", "http502", times=READ_ATTEMPTS)
        await monitor.catalogue_job()
        assert len(await admin_alerts(two)) == (1 if step == 2 else 0)
        clock.now += PERIOD
    second_panel.panel.inject_fault("services", "http502", times=READ_ATTEMPTS)
    await monitor.catalogue_job()
    (failing,) = await admin_alerts(two)
    assert "The catalogue of panel B keeps failing to refresh" in failing
    assert "HTTP 502" in failing
    await monitor.catalogue_job()  # panel 2 answers again
    alerts = await admin_alerts(two)
    assert alerts[1:] == ["✅ The catalogue of panel B refreshes again."]


async def test_services_a_panel_renamed_are_told_once(two: Shop, second_panel: SecondPanel) -> None:
    catalogue = second_panel.panel.catalogue
    for index in range(12):
        catalogue.append(
            {
                "service": 600 + index, "name": f"Views {index}", "type": "Default",
                "category": "TikTok Views", "rate": "0.05", "min": "100", "max": "1000",
            }
        )  # fmt: skip
    monitor = monitor_of(two, Clock())
    await monitor.refresh_catalogue()
    assert await admin_alerts(two) == []  # new services are not renamed ones
    numbers = dict(await rows(two.db, "SELECT panel_service_id, id FROM services WHERE panel = 2"))
    for entry in catalogue:
        entry["name"] = f"{entry['name']} <new>"
    await monitor.refresh_catalogue()
    await monitor.refresh_catalogue()  # nothing renamed since: nothing told
    (told,) = await admin_alerts(two)
    lines = told.split("\n")
    assert lines[0].startswith("✏️ <b>Panel B renamed 14 services</b>")
    assert f"#{numbers[501]}: «TikTok Views» → «TikTok Views &lt;new&gt;»" in lines
    assert len(lines) == 1 + 10 + 1 and lines[-1] == "… and 4 more"


async def test_the_order_card_names_the_orders_panel(two: Shop) -> None:
    await two.credit(CUSTOMER, "10")
    ((number,),) = await rows(
        two.db, "SELECT id FROM services WHERE panel = 2 AND panel_service_id = 1"
    )
    draft = OrderDraft(service_id=number, link="https://instagram.com/card", quantity=100)
    outcome = await two.place(draft, "card")
    assert outcome.order is not None and outcome.order.panel_order_id is not None
    text = await say(two, f"/order {outcome.order.id}")
    assert f"Panel order: {outcome.order.panel_order_id} on B" in text
    await assert_ledger_balances(two.db)


async def test_the_review_list_says_which_panel_to_check(
    two: Shop, second_panel: SecondPanel
) -> None:
    await two.credit(CUSTOMER, "10")
    ((number,),) = await rows(
        two.db, "SELECT id FROM services WHERE panel = 2 AND panel_service_id = 1"
    )
    draft = OrderDraft(service_id=number, link="https://instagram.com/review", quantity=100)
    second_panel.panel.inject_fault("add", "http500")  # outcome unknown: held, under review
    outcome = await two.place(draft, "review")
    assert outcome.order is not None and outcome.order.state == "unknown"
    text = await say(two, "/review")
    assert f"{number} · Instagram Followers [Panel B] · panel B" in text
    await assert_ledger_balances(two.db)
