"""Several panels (issue 23): the shop numbers their services itself, and an order goes to the
panel of the service ordered, with that panel's own service id. Two fake panels over HTTP."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.panel.errors import PanelError
from bot.ui.keyboards.callbacks import OrderServiceCb
from tests.conftest import ADMIN_ID, CUSTOMER, SecondPanel, Shop, assert_ledger_balances
from tests.sql import rows


async def two_panel_shop(make_shop: Callable[..., Any], second: SecondPanel) -> Shop:
    shop: Shop = await make_shop(**second.settings)
    return shop


async def numbers(shop: Shop) -> dict[tuple[int, int], int]:
    """(panel, the panel's service id) -> the shop's number."""
    found = await rows(shop.db, "SELECT panel, panel_service_id, id FROM services")
    return {(panel, panel_id): number for panel, panel_id, number in found}


async def test_each_panels_services_are_numbered_by_the_shop_and_stay_numbered(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    found = await numbers(shop)
    # Panel 1 keeps its own numbers; panel 2's service 1 cannot (taken) and gets a new one.
    assert [found[(1, n)] for n in range(1, 8)] == list(range(1, 8))
    assert found[(2, 501)] == 501
    assert found[(2, 1)] not in range(1, 8) and found[(2, 1)] != 501
    report = await shop.services.catalogue.refresh()
    assert (report.added, report.changed, report.removed) == (0, 0, 0)
    assert await numbers(shop) == found  # a refresh keeps every number
    # The category both panels list holds both services.
    async with shop.db.read() as repos:
        followers = await repos.catalogue.get_service(found[(2, 1)])
        first = await repos.catalogue.get_service(1)
    assert followers is not None and first is not None
    assert followers.category_id == first.category_id
    assert (followers.panel, followers.panel_service_id) == (2, 1)


async def test_an_order_of_a_panel_2_service_reaches_panel_2_only_with_its_id(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    number = (await numbers(shop))[(2, 1)]
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, OrderServiceCb(id=number).pack())
    await h.send(CUSTOMER, "https://instagram.com/shop_owner")
    await h.send(CUSTOMER, "1000")
    assert "1.10 USD" in h.last_text(CUSTOMER)  # panel 2's rate
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    assert "Order placed" in h.last_text(CUSTOMER)
    assert shop.adds() == []  # panel 1 never heard of it
    assert second_panel.adds() == [
        {"service": "1", "link": "https://instagram.com/shop_owner", "quantity": "1000"}
    ]
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 10)
    assert (order.service_id, order.panel, order.panel_service_id) == (number, 2, 1)
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("8.90"))
    await assert_ledger_balances(shop.db)


async def test_two_panels_may_both_have_an_order_of_the_same_number(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    """A panel order id is unique per panel only: both orders are kept and tracked."""
    shop = await two_panel_shop(make_shop, second_panel)
    await shop.credit(CUSTOMER, "20")
    found = await numbers(shop)
    link = "https://instagram.com/shop_owner"
    first = await shop.place(OrderDraft(service_id=1, link=link, quantity=100), "t1")
    second = await shop.place(OrderDraft(service_id=found[(2, 1)], link=link, quantity=100), "t2")
    assert first.order is not None and second.order is not None
    async with shop.db.read() as repos:
        one = await repos.orders.get(first.order.id)
        two = await repos.orders.get(second.order.id)
    assert one is not None and two is not None
    assert one.panel_order_id == two.panel_order_id  # both fake panels start at the same id
    assert (one.panel, two.panel) == (1, 2)
    async with shop.db.read() as repos:
        assert (await repos.orders.get_by_panel_id(2, two.panel_order_id or 0)) == two
    await assert_ledger_balances(shop.db)


async def test_a_panel_down_keeps_its_stored_services_and_the_other_is_refreshed(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    shop = await two_panel_shop(make_shop, second_panel)
    before = await numbers(shop)
    second_panel.panel.inject_fault("services", "http502", times=10)
    shop.panel.catalogue = [*shop.panel.catalogue[:6]]  # panel 1 drops its service 7
    report = await shop.services.catalogue.refresh()
    assert report.removed == 1
    outcomes = dict(report.panels)
    assert isinstance(outcomes[2], PanelError)
    async with shop.db.read() as repos:
        kept = await repos.catalogue.get_service(before[(2, 501)])
        dropped = await repos.catalogue.get_service(7)
    assert kept is not None and kept.present  # panel 2's copy is kept while it is down
    assert dropped is not None and not dropped.present


async def test_a_panel_taken_out_of_the_settings_sells_nothing(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    """Panel 2's services were stored; the shop restarts with panel 1 only: before its first
    refresh they cannot be ordered, and the refresh takes them out of the catalogue."""
    await two_panel_shop(make_shop, second_panel)  # stores panel 2's services
    shop: Shop = await make_shop(refresh=False)  # the same database, panel 1 only
    number = (await numbers(shop))[(2, 501)]
    assert await shop.services.catalogue.orderable(number) is None
    await shop.services.catalogue.refresh()
    async with shop.db.read() as repos:
        gone = await repos.catalogue.get_service(number)
    assert gone is not None and not gone.present
    (tiktok,) = await rows(shop.db, "SELECT present FROM categories WHERE name = 'TikTok Views'")
    assert tiktok == (0,)
    await shop.harness.send(CUSTOMER, "/start")
    await shop.harness.press(CUSTOMER, OrderServiceCb(id=number).pack())
    assert "Send the link" not in shop.harness.last_text(CUSTOMER)


async def test_the_orders_export_says_which_panel_each_order_went_to(
    make_shop: Callable[..., Any], second_panel: SecondPanel
) -> None:
    """Both panels number their orders alike: the export names the panel beside the id."""
    shop = await two_panel_shop(make_shop, second_panel)
    await shop.credit(CUSTOMER, "20")
    link = "https://instagram.com/shop_owner"
    found = await numbers(shop)
    await shop.place(OrderDraft(service_id=1, link=link, quantity=100), "t1")
    await shop.place(OrderDraft(service_id=found[(2, 1)], link=link, quantity=100), "t2")
    await shop.harness.send(ADMIN_ID, "/export")
    (name,) = [n for n in shop.harness.session.uploads if n.startswith("orders-")]
    data = shop.harness.session.uploads[name].decode("utf-8")
    exported = list(csv.DictReader(io.StringIO(data)))
    assert [(row["panel"], row["panel_service_id"]) for row in exported] == [("1", "1"), ("2", "1")]
    assert exported[0]["panel_order_id"] == exported[1]["panel_order_id"]
    await assert_ledger_balances(shop.db)
