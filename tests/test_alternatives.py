"""Alternatives when a panel says no (issue 23): `/alt` gives a service alternatives on other
panels; a definite refusal of an `add` moves the order to the next usable one within the same
Confirm, at the price quoted, one `add` per panel at most; an unknown outcome never does.
Two fake panels over HTTP, everything through the Dispatcher."""

from __future__ import annotations

import socket
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from bot.db.repositories.orders import Order, StatusUpdate
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.services.stats import Period
from bot.ui.keyboards.callbacks import OrderServiceCb
from tests.conftest import ADMIN_ID, CUSTOMER, SecondPanel, Shop, assert_ledger_balances
from tests.payments_helpers import rendered
from tests.sql import rows

LINK = "https://instagram.com/shop_owner"
# Panel 2 also lists a small Instagram service and a Package (besides CATALOGUE_2).
SMALL = {
    "service": 502, "name": "Instagram Followers mini", "type": "Default",
    "category": "Instagram Followers", "rate": "0.70", "min": "10", "max": "500",
}  # fmt: skip
PACKAGE = {
    "service": 503, "name": "Telegram Package B", "type": "Package",
    "category": "Telegram", "rate": "4", "min": "1", "max": "1",
}  # fmt: skip


async def two_panel_shop(make_shop: Callable[..., Any], second: SecondPanel, **kw: Any) -> Shop:
    second.panel.catalogue = [*second.panel.catalogue, SMALL, PACKAGE]
    shop: Shop = await make_shop(**second.settings, **kw)
    await shop.credit(CUSTOMER, "10")
    return shop


async def number(shop: Shop, panel: int, panel_service_id: int) -> int:
    """The shop's number of a panel's service."""
    ((found,),) = await rows(
        shop.db,
        "SELECT id FROM services WHERE panel = ? AND panel_service_id = ?",
        (panel, panel_service_id),
    )
    return int(found)


async def alt(shop: Shop, args: str, user: int = ADMIN_ID) -> str:
    await shop.harness.send(user, f"/alt {args}")
    return shop.harness.last_text(user)


async def stored(shop: Shop) -> list[tuple[int, int, int]]:
    found = await rows(
        shop.db,
        "SELECT service_id, alternative_id, position FROM service_alternatives"
        " ORDER BY service_id, position",
    )
    return [(a, b, c) for a, b, c in found]


async def order_through_the_bot(shop: Shop, service_id: int, quantity: int) -> Order:
    """A customer orders through the Dispatcher at the price shown and confirms."""
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, OrderServiceCb(id=service_id).pack())
    await h.send(CUSTOMER, LINK)
    await h.send(CUSTOMER, str(quantity))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 10)
    return order


async def admin_texts(shop: Shop) -> list[str]:
    async with shop.db.read() as repos:
        due = await repos.outbox.due(now=2**40, limit=1000)
    return [rendered(shop, m).text for m in due if m.chat_id == ADMIN_ID]


async def refunds(shop: Shop, order_id: int) -> list[int]:
    found = await rows(
        shop.db, "SELECT amount FROM ledger WHERE order_id = ? AND kind = 'refund'", (order_id,)
    )
    return [amount for (amount,) in found]


async def test_a_refusal_on_panel_1_places_the_order_on_panel_2_at_the_quoted_price(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    other = await number(shop, 2, 1)
    assert f"#{other}" in await alt(shop, f"1 {other}")
    shop.panel.inject_fault("add", "error:Not enough funds on balance")
    order = await order_through_the_bot(shop, 1, 1000)
    assert "Order placed" in shop.harness.last_text(CUSTOMER)
    assert shop.adds() == [{"service": "1", "link": LINK, "quantity": "1000"}]
    assert second_panel.adds() == [{"service": "1", "link": LINK, "quantity": "1000"}]
    assert (order.state, order.panel, order.panel_service_id) == ("pending", 2, 1)
    assert (order.service_id, order.placed_service_id) == (1, other)
    assert order.panel_order_id is not None
    # Quoted at panel 1's rate (0.90 per 1000), not re-priced at panel 2's 1.10; one debit.
    assert order.price == to_minor(Decimal("0.90"))
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))
    assert await refunds(shop, order.id) == []
    async with shop.db.read() as repos:
        placed = await repos.orders.get_by_panel_id(2, order.panel_order_id)
    assert placed is not None and placed.id == order.id
    await assert_ledger_balances(shop.db)


async def test_the_admins_card_names_the_panel_and_service_that_took_it_and_its_real_cost(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    other = await number(shop, 2, 1)
    await alt(shop, f"1 {other}")
    shop.panel.inject_fault("add", "error:Not enough funds on balance")
    order = await order_through_the_bot(shop, 1, 1000)
    assert order.panel_order_id is not None
    # Panel 2's status answer, as the status sync records it (asking each panel about its own
    # orders is another part of issue 23): its charge is the order's real cost.
    charge = to_minor(Decimal("1.1"))
    update = StatusUpdate(order.id, "in_progress", "In progress", 0, 1000, charge, "USD")
    async with shop.db.transaction() as repos:
        await repos.orders.apply_status(update, now())
    await shop.harness.send(ADMIN_ID, f"/order {order.id}")
    card = shop.harness.last_text(ADMIN_ID)
    assert f"Panel order: {order.panel_order_id} on B, via service #{other}" in card
    assert "Panel charge: 1.10 USD" in card
    assert "Panel 1: Not enough funds on balance" in card  # why panel 1 did not take it
    stats = await shop.services.stats.period(Period.ALL)
    assert stats.cost == to_minor(Decimal("1.1"))  # what panel 2 charged
    # Panel 1's funds problem reached the admins, naming the panel.
    alerts = [text for text in await admin_texts(shop) if "refuses orders" in text]
    assert len(alerts) == 1 and "Panel 1 refuses orders" in alerts[0]
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize("fault", ["delay:3", "disconnect", "http502"])
async def test_after_an_unknown_outcome_no_alternative_is_tried(
    make_shop: Callable[..., Any], second_panel: SecondPanel, fault: str
) -> None:
    shop = await two_panel_shop(make_shop, second_panel, panel_timeout_seconds=1.0)
    other = await number(shop, 2, 1)
    await alt(shop, f"1 {other}")
    shop.panel.inject_fault("add", fault)
    order = await order_through_the_bot(shop, 1, 1000)
    assert len(shop.adds()) == 1
    assert second_panel.adds() == []
    assert (order.state, order.panel, order.placed_service_id) == ("unknown", 1, None)
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))  # held for review
    assert await refunds(shop, order.id) == []
    await assert_ledger_balances(shop.db)


async def test_an_alternative_whose_maximum_is_below_the_quantity_is_skipped(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    small, other = await number(shop, 2, 502), await number(shop, 2, 1)
    await alt(shop, f"1 {small}")
    await alt(shop, f"1 {other}")
    assert [a for _, a, _ in await stored(shop)] == [small, other]
    shop.panel.inject_fault("add", "error:Service is disabled")
    order = await order_through_the_bot(shop, 1, 1000)
    assert "Order placed" in shop.harness.last_text(CUSTOMER)
    assert second_panel.adds() == [{"service": "1", "link": LINK, "quantity": "1000"}]
    assert (order.panel, order.placed_service_id) == (2, other)
    await assert_ledger_balances(shop.db)


async def test_when_every_panel_refuses_the_order_is_refunded_once(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    small, other = await number(shop, 2, 502), await number(shop, 2, 1)
    await alt(shop, f"1 {other}")
    await alt(shop, f"1 {small}")  # on panel 2 as well: never a second add there
    shop.panel.inject_fault("add", "error:Not enough funds on balance")
    second_panel.panel.inject_fault("add", "error:Link is private")
    order = await order_through_the_bot(shop, 1, 100)
    assert len(shop.adds()) == 1 and len(second_panel.adds()) == 1
    assert "private" in shop.harness.last_text(CUSTOMER).lower()  # panel 2's reason, theirs
    assert order.state == "failed"
    assert await refunds(shop, order.id) == [order.price]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    assert order.error is not None and "Panel 1:" in order.error and "B:" in order.error
    await assert_ledger_balances(shop.db)


async def test_a_hidden_alternative_is_skipped(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    other = await number(shop, 2, 1)
    await alt(shop, f"1 {other}")
    await shop.harness.send(ADMIN_ID, f"/hide service {other}")
    assert "not used now" in await alt(shop, "1")
    shop.panel.inject_fault("add", "error:Service is disabled")
    order = await order_through_the_bot(shop, 1, 1000)
    assert second_panel.adds() == []
    assert order.state == "failed" and order.panel == 1
    assert await refunds(shop, order.id) == [order.price]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    await assert_ledger_balances(shop.db)


async def test_an_unknown_outcome_on_the_alternative_is_reviewed_on_its_panel(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    other = await number(shop, 2, 1)
    await alt(shop, f"1 {other}")
    shop.panel.inject_fault("add", "error:Service is disabled")
    second_panel.panel.inject_fault("add", "http500")
    order = await order_through_the_bot(shop, 1, 1000)
    assert (order.state, order.panel, order.placed_service_id) == ("unknown", 2, other)
    await shop.harness.send(ADMIN_ID, f"/placed {order.id} 4242")
    async with shop.db.read() as repos:
        placed = await repos.orders.get_by_panel_id(2, 4242)
    assert placed is not None and placed.id == order.id
    await assert_ledger_balances(shop.db)


async def test_refill_and_cancel_follow_the_service_that_took_the_order(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    small = await number(shop, 2, 502)  # no refill, no cancel (service 1 has both)
    await alt(shop, f"1 {small}")
    shop.panel.inject_fault("add", "error:Service is disabled")
    order = await order_through_the_bot(shop, 1, 100)
    assert order.placed_service_id == small
    assert await shop.services.order_queries.actions(order) == {"refresh", "again"}
    await assert_ledger_balances(shop.db)


async def test_alt_adds_lists_removes_and_clears(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    small, other = await number(shop, 2, 502), await number(shop, 2, 1)
    await alt(shop, f"1 {other}")
    listing = await alt(shop, f"#1 {small}")
    assert listing.index(f"#{other}") < listing.index(f"#{small}")
    assert "Instagram Followers mini" in listing and "10–500" in listing
    assert await stored(shop) == [(1, other, 1), (1, small, 2)]
    assert "None" not in await alt(shop, "1")
    await alt(shop, f"1 off {other}")
    assert await stored(shop) == [(1, small, 2)]
    assert "None" in await alt(shop, "1 clear")
    assert await stored(shop) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("1 2", "same panel"),  # both on panel 1
        ("1 1", "its own alternative"),
        ("1 99999", "no service #99999"),
        ("99999 1", "no service #99999"),
        ("1 {package}", "not of the same type"),  # Default and Package
        ("1 {followers}", "already an alternative"),
        ("1 off {small}", "not an alternative"),
        ("abc", "Usage"),
        ("1 2 3", "Usage"),
        ("1 off", "Usage"),
    ],
)
async def test_alt_refuses_what_cannot_be_an_alternative_and_changes_nothing(
    make_shop: Callable[..., Any], second_panel: SecondPanel, args: str, expected: str
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    numbers = {
        "package": await number(shop, 2, 503),
        "followers": await number(shop, 2, 1),
        "small": await number(shop, 2, 502),
    }
    await alt(shop, f"1 {numbers['followers']}")
    before = await stored(shop)
    assert expected in await alt(shop, args.format(**numbers))
    assert await stored(shop) == before


async def test_alt_is_for_admins_only(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    other = await number(shop, 2, 1)
    answer = await alt(shop, f"1 {other}", user=CUSTOMER)
    assert "Alternatives" not in answer and f"#{other}" not in answer
    assert await stored(shop) == []


async def test_a_panel_that_cannot_be_reached_sends_the_order_to_the_alternative(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    """Nothing sent at all (the connection refused) is as definite as a refusal: the
    alternative is tried. (A panel taken out of the settings sells nothing at all:
    tests/test_panels.py.)"""
    both = await two_panel_shop(make_shop, second_panel)
    other = await number(both, 2, 1)
    await alt(both, f"{other} 1")
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/api/v2"
    settings = {**second_panel.settings, "panel_2_api_url": closed}
    shop: Shop = await make_shop(refresh=False, **settings)  # the same database
    order = await order_through_the_bot(shop, other, 1000)
    assert "Order placed" in shop.harness.last_text(CUSTOMER)
    assert second_panel.adds() == []
    assert shop.adds() == [{"service": "1", "link": LINK, "quantity": "1000"}]
    assert (order.panel, order.panel_service_id, order.placed_service_id) == (1, 1, 1)
    assert order.price == to_minor(Decimal("1.10"))  # quoted at panel 2's rate
    await assert_ledger_balances(shop.db)


async def test_the_admins_service_card_lists_its_alternatives_in_order(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    h = shop.harness
    await h.send(ADMIN_ID, "/service 1")
    assert "None: an order its panel refuses is refunded." in h.last_text(ADMIN_ID)
    big, small = await number(shop, 2, 1), await number(shop, 2, 502)
    await alt(shop, f"1 {small}")
    await alt(shop, f"1 {big}")
    await h.send(ADMIN_ID, "/service 1")
    card = h.last_text(ADMIN_ID)
    assert "🔀 Alternatives on other panels:" in card
    first, second = card.index(f"1. #{small} "), card.index(f"2. #{big} ")
    assert first < second and "· B ·" in card[first:]
