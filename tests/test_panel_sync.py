"""Status and refill sync with several panels (issue 23): each panel asked about its own orders
only, ⌈N/100⌉ requests per panel, the panels side by side so that one down or slow holds up
none of the others. Two fake panels over HTTP."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from bot.db.repositories.orders import Order
from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.services.ordering import OutcomeKind
from bot.services.status_sync import panel_sync_key
from bot.ui.keyboards.callbacks import OrderActionCb, OrderCardCb
from tests.conftest import CUSTOMER, SecondPanel, Shop, assert_ledger_balances
from tests.fakes.panel import FakePanel
from tests.payments_helpers import rendered
from tests.sql import rows

OTHER = 2002


@pytest.fixture
async def two(make_shop: Callable[..., Any], second_panel: SecondPanel) -> Shop:
    shop: Shop = await make_shop(**second_panel.settings)
    await shop.credit(CUSTOMER, "500")
    await shop.credit(OTHER, "500")
    async with shop.db.transaction() as repos:  # the top-up notices are not what is read here
        await repos.conn.execute("DELETE FROM outbox")
    return shop


async def panel_2_service(shop: Shop) -> int:
    ((number,),) = await rows(
        shop.db, "SELECT id FROM services WHERE panel = 2 AND panel_service_id = 1"
    )
    return int(number)


async def place(shop: Shop, service: int, tag: str, user: int = CUSTOMER) -> Order:
    draft = OrderDraft(service_id=service, link=f"https://instagram.com/{tag}", quantity=1000)
    outcome = await shop.place(draft, f"t-{tag}", user)
    assert outcome.kind == OutcomeKind.PLACED and outcome.order is not None
    assert outcome.order.panel_order_id is not None
    return outcome.order


async def reread(shop: Shop, order_id: int) -> Order:
    async with shop.db.read() as repos:
        found = await repos.orders.get(order_id)
    assert found is not None
    return found


async def texts_to(shop: Shop, chat_id: int) -> list[str]:
    async with shop.db.read() as repos:
        due = await repos.outbox.due(now=2**40, limit=10_000)
    return [rendered(shop, row).text for row in due if row.chat_id == chat_id]


def status_requests(panel: FakePanel) -> list[list[str]]:
    return [f["orders"].split(",") for action, f in panel.requests if action == "status"]


async def test_a_status_change_on_each_panel_reaches_its_customer_even_with_the_same_id(
    two: Shop, second_panel: SecondPanel
) -> None:
    """Both fake panels number their orders alike: each answer goes to its own panel's order."""
    first = await place(two, 1, "one", CUSTOMER)
    second = await place(two, await panel_2_service(two), "two", OTHER)
    assert first.panel_order_id == second.panel_order_id  # the collision
    two.panel.set_status(first.panel_order_id or 0, "Completed", remains=0)
    second_panel.panel.set_status(second.panel_order_id or 0, "Partial", remains=250)
    for _ in range(2):
        report = await two.services.status_sync.sync()
        assert report is not None and report.failed_panels == []
    assert (await reread(two, first.id)).state == "completed"
    partial = await reread(two, second.id)
    # 1.10 USD x 250 / 1000 = 0.275 -> 0.27, once
    assert (partial.state, partial.refunded) == ("partial", to_minor(Decimal("0.27")))
    mine = await texts_to(two, CUSTOMER)
    theirs = await texts_to(two, OTHER)
    assert len(mine) == 1 and "is completed" in mine[0] and f"#{first.id}" in mine[0]
    assert len(theirs) == 1 and "partially completed" in theirs[0] and "0.27 USD" in theirs[0]
    # Each panel was asked about its own order only.
    assert status_requests(two.panel)[-1] == [str(first.panel_order_id)]
    assert status_requests(second_panel.panel)[-1] == [str(second.panel_order_id)]
    await assert_ledger_balances(two.db)


async def test_each_panel_gets_a_request_per_hundred_of_its_own_orders(
    two: Shop, second_panel: SecondPanel
) -> None:
    other = await panel_2_service(two)
    ones = [await place(two, 2, f"a{i}") for i in range(150)]
    twos = [await place(two, other, f"b{i}") for i in range(30)]
    two.panel.requests.clear()
    second_panel.panel.requests.clear()
    report = await two.services.status_sync.sync()
    assert report is not None and (report.orders, report.requests) == (180, 3)
    asked_1 = status_requests(two.panel)
    asked_2 = status_requests(second_panel.panel)
    assert sorted(map(len, asked_1)) == [50, 100] and list(map(len, asked_2)) == [30]
    assert sorted(int(i) for batch in asked_1 for i in batch) == sorted(
        o.panel_order_id or 0 for o in ones
    )
    assert sorted(int(i) for i in asked_2[0]) == sorted(o.panel_order_id or 0 for o in twos)


async def test_one_panel_down_the_others_orders_still_sync(
    two: Shop, second_panel: SecondPanel
) -> None:
    first = await place(two, 1, "up")
    second = await place(two, await panel_2_service(two), "down")
    await two.services.status_sync.sync()
    async with two.db.read() as repos:
        synced_2 = await repos.meta.get(panel_sync_key(2))
    second_panel.panel.inject_fault("status", "http502", times=100)
    two.panel.set_status(first.panel_order_id or 0, "Completed", remains=0)
    await asyncio.sleep(1.1)  # the recorded times are whole seconds
    report = await two.services.status_sync.sync()  # does not raise: panel 1 answered
    assert report is not None and report.failed_panels == [2] and report.changed == 1
    assert (await reread(two, first.id)).state == "completed"
    assert (await reread(two, second.id)).state == "pending"  # asked again next cycle
    async with two.db.read() as repos:
        assert await repos.meta.get(panel_sync_key(2)) == synced_2  # not answered since
        assert int(await repos.meta.get(panel_sync_key(1)) or 0) > int(synced_2 or 0)
        assert "panel 2 unreachable" in (await repos.meta.get("last_sync_result") or "")
    assert any("is completed" in t for t in await texts_to(two, CUSTOMER))
    await assert_ledger_balances(two.db)


async def test_a_slow_panel_does_not_delay_the_other_panels_orders(
    two: Shop, second_panel: SecondPanel
) -> None:
    first = await place(two, 1, "slow")
    second = await place(two, await panel_2_service(two), "quick")
    two.panel.set_status(first.panel_order_id or 0, "Completed", remains=0)
    second_panel.panel.set_status(second.panel_order_id or 0, "Completed", remains=0)
    held = two.panel.hold("status")  # panel 1 (asked first) answers only when released
    cycle = asyncio.create_task(two.services.status_sync.sync())
    await asyncio.wait_for(held.reached(), 5)

    for _ in range(500):  # up to 5 s, while panel 1 still holds its answer
        if (await reread(two, second.id)).state == "completed":
            break
        await asyncio.sleep(0.01)
    assert (await reread(two, second.id)).state == "completed"
    assert not cycle.done() and (await reread(two, first.id)).state == "pending"
    two.panel.release("status")
    report = await cycle
    assert report is not None and report.changed == 2
    assert (await reread(two, first.id)).state == "completed"
    await assert_ledger_balances(two.db)


async def test_orders_of_a_panel_no_longer_configured_are_skipped_and_logged_once(
    two: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    gone = await place(two, 1, "gone")
    kept = await place(two, 1, "kept")
    async with two.db.transaction() as repos:
        await repos.conn.execute("UPDATE orders SET panel = 7 WHERE id = ?", (gone.id,))
    two.panel.set_status(kept.panel_order_id or 0, "Completed", remains=0)
    two.panel.requests.clear()
    with caplog.at_level(logging.WARNING, logger="bot.services.status_sync"):
        for _ in range(3):
            report = await two.services.status_sync.sync()
            assert report is not None
    assert (await reread(two, kept.id)).state == "completed"
    assert (await reread(two, gone.id)).state == "pending"
    assert [str(kept.panel_order_id)] in status_requests(two.panel)
    assert sum("panel 7" in r.getMessage() for r in caplog.records) == 1


async def test_a_refill_is_asked_of_its_orders_panel(two: Shop, second_panel: SecondPanel) -> None:
    h = two.harness
    placed = await place(two, await panel_2_service(two), "refill")
    second_panel.panel.set_status(placed.panel_order_id or 0, "Completed", remains=0)
    await two.services.status_sync.sync()
    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refill").pack())
    assert "Refill requested" in h.last_text(CUSTOMER)
    (refill_id,) = second_panel.panel.refills
    second_panel.panel.set_refill_status(refill_id, "Completed")
    two.panel.requests.clear()
    await two.services.status_sync.sync()
    notes = [t for t in await texts_to(two, CUSTOMER) if "Refill of order" in t]
    assert notes == [f"♻️ Refill of order #{placed.id}: <b>completed</b>."]
    asked = [f for a, f in second_panel.panel.requests if a == "refill_status"]
    assert asked and asked[-1]["refills"] == str(refill_id)
    assert [a for a, _ in two.panel.requests if a == "refill_status"] == []


async def test_a_panel_down_holds_up_no_other_panels_refills(
    two: Shop, second_panel: SecondPanel
) -> None:
    """Panel 1 has the only open order and is down; panel 2's refill is still asked about and
    its customer told."""
    h = two.harness
    placed = await place(two, await panel_2_service(two), "refill")
    second_panel.panel.set_status(placed.panel_order_id or 0, "Completed", remains=0)
    await two.services.status_sync.sync()
    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refill").pack())
    (refill_id,) = second_panel.panel.refills
    second_panel.panel.set_refill_status(refill_id, "Completed")
    await place(two, 1, "open1")
    two.panel.inject_fault("status", "http502", times=10)
    with pytest.raises(Exception, match="every status request failed"):
        await two.services.status_sync.sync()
    notes = [t for t in await texts_to(two, CUSTOMER) if "Refill of order" in t]
    assert notes == [f"♻️ Refill of order #{placed.id}: <b>completed</b>."]
