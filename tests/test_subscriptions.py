"""Subscriptions, the sixth service type: ordered through the real Dispatcher from the panel's
catalogue to the simulated panel over HTTP, priced as `max` on every post, refunded once."""

from __future__ import annotations

from decimal import Decimal

from bot.domain.money import to_minor
from bot.panel.models import NewOrder
from tests.conftest import CUSTOMER, Shop, assert_ledger_balances
from tests.test_order_flow import confirm, open_service

SUBSCRIPTION: dict[str, object] = {
    "service": 8, "name": "Telegram Auto Views | future posts", "type": "Subscriptions",
    "category": "Telegram Auto", "rate": "0.50", "min": "50", "max": "5000",
}  # fmt: skip


async def _with_subscriptions(shop: Shop) -> Shop:
    shop.panel.catalogue.append(SUBSCRIPTION)
    await shop.services.catalogue.refresh()
    await shop.credit(CUSTOMER, "10")
    return shop


async def _fill_form(shop: Shop, expiry: str | None) -> str:
    """The form from the service card to the summary; returns the summary."""
    h = shop.harness
    await open_service(shop, CUSTOMER, "Telegram Auto", "Auto Views")
    assert "username of the account" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "@my_channel")
    assert "At least how many per post" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "100")
    assert "from <b>100</b> to <b>5000</b>" in h.last_text(CUSTOMER)  # max >= min
    await h.send(CUSTOMER, "50")
    assert "The maximum must be from 100 to 5000; you sent 50" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "200")
    await h.send(CUSTOMER, "10")
    assert "minutes after each post" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "15"))
    assert "2000 × 0.50 USD per 1000 = <b>1.00 USD</b>" in h.last_text(CUSTOMER)
    if expiry is None:
        await h.press(CUSTOMER, h.find_button(CUSTOMER, "Skip"))
    else:
        await h.send(CUSTOMER, expiry)
    return h.last_text(CUSTOMER)


async def test_a_subscription_is_placed_end_to_end_with_exactly_its_fields(shop: Shop) -> None:
    shop = await _with_subscriptions(shop)
    summary = await _fill_form(shop, "31.12.2027")
    for shown in (
        "Link: @my_channel",
        "Per post: 100 to 200, on 10 posts",
        "Delay after a post: 15 min",
        "Until: 31/12/2027",
        "At most: 2000 in all",
        "Total: <b>1.00 USD</b>",
        "10.00 USD → 9.00 USD",
    ):
        assert shown in summary
    placed = await confirm(shop, CUSTOMER)
    assert "Order placed" in placed
    assert "Per post: 100 to 200, on 10 posts" in placed and "Until: 31/12/2027" in placed
    assert shop.adds() == [
        {
            "service": "8",
            "username": "my_channel",
            "min": "100",
            "max": "200",
            "posts": "10",
            "delay": "15",
            "expiry": "31/12/2027",
        }
    ]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9"))
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 10)
    assert (order.link, order.quantity) == ("@my_channel", 2000)
    assert order.price == to_minor(Decimal("1"))
    await assert_ledger_balances(shop.db)

    # The panel's status of it carries the posts and the end date; a Partial refunds the
    # undelivered share once: 1.00 x 500 / 2000.
    assert order.panel_order_id is not None
    shop.panel.advance(order.panel_order_id)
    status = await shop.services.panels.first.client.status(order.panel_order_id)
    assert (status.posts, status.expiry) == (5, "31/12/2027")
    shop.panel.set_status(order.panel_order_id, "Partial", remains=500)
    for _ in range(3):
        await shop.services.status_sync.sync()
    async with shop.db.read() as repos:
        refunds = [e.amount for e in await repos.ledger.for_order(order.id) if e.kind == "refund"]
    assert refunds == [to_minor(Decimal("0.25"))]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.25"))
    await assert_ledger_balances(shop.db)


async def test_a_subscription_without_end_date_and_canceled_is_refunded_once(shop: Shop) -> None:
    shop = await _with_subscriptions(shop)
    summary = await _fill_form(shop, None)
    assert "Until:" not in summary
    await confirm(shop, CUSTOMER)
    (sent,) = shop.adds()
    assert "expiry" not in sent and "link" not in sent
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 10)
    assert order.panel_order_id is not None
    shop.panel.set_status(order.panel_order_id, "Canceled", remains=2000)
    for _ in range(3):
        await shop.services.status_sync.sync()
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    await assert_ledger_balances(shop.db)


async def test_the_sandbox_refuses_a_subscription_it_cannot_serve(shop: Shop) -> None:
    await _with_subscriptions(shop)
    panel = shop.services.panels.first.client
    good = {"username": "acc", "min": 100, "max": 200, "posts": 3, "delay": 0}
    assert await panel.add(NewOrder.of(8, good)) > 0
    for spoiled in (
        {"delay": 7},
        {"max": 99},
        {"expiry": "2027-12-31"},
        {"link": "https://t.me/x"},
    ):
        reply = shop.panel.answer("add", NewOrder.of(8, {**good, **spoiled}).form_fields())
        assert '"error"' in reply.body
