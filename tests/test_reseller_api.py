"""The shop as a panel: every action and every error of its API v2, over real HTTP."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from bot.domain.money import to_minor
from bot.services.admin import Scope
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances, make_settings
from tests.reseller_helpers import API_SETTINGS, Api, open_api_fixture  # noqa: F401
from tests.sql import rows
from tests.test_subscriptions import SUBSCRIPTION

OTHER = 2002
LINK = "https://instagram.com/reseller_client"


async def api_shop(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any], **overrides: Any
) -> tuple[Shop, Api, str]:
    """A shop with the API on, its client, and the key of CUSTOMER (credited 10)."""
    shop: Shop = await make_shop(**{**API_SETTINGS, **overrides})
    await shop.credit(CUSTOMER, "10")
    view = await shop.services.api_access.issue(CUSTOMER)
    assert view.key is not None
    api: Api = await open_api(shop)
    return shop, api, view.key


async def order_count(shop: Shop) -> int:
    ((count,),) = await rows(shop.db, "SELECT count(*) FROM orders")
    return int(count)


async def test_services_lists_what_customers_see_at_their_prices(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api, price_markup_percent="10")
    listed = await api.call(key=key, action="services")
    by_id = {item["service"]: item for item in listed}
    assert by_id[1] == {
        "service": 1,
        "name": "Instagram Followers <HQ> & fast",
        "type": "Default",
        "category": "Instagram Followers",
        "rate": "0.99",  # 0.90 + 10 %
        "min": "50",
        "max": "10000",
        "refill": True,
        "cancel": True,
        "dripfeed": False,
    }
    assert by_id[2]["dripfeed"] is True and by_id[2]["refill"] is False
    assert by_id[3]["type"] == "Package"
    types = {item["type"].casefold() for item in listed}
    assert types <= {"default", "package", "custom comments", "comment likes", "poll",
                     "subscriptions"}  # fmt: skip
    assert "name" in by_id[4] and 7 not in by_id  # service 7: a type the shop cannot order
    # Hidden by an admin: neither listed nor orderable.
    await shop.services.admin.set_hidden(Scope.SERVICE, 1, True)
    assert 1 not in {item["service"] for item in await api.call(key=key, action="services")}
    answer = await api.call(key=key, action="add", service=1, link=LINK, quantity=100)
    assert answer == {"error": "Incorrect service ID"}


async def test_add_places_an_ordinary_order_and_status_and_balance_follow_it(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    placed = await api.call(key=key, action="add", service=1, link=LINK, quantity=1000)
    order_id = placed["order"]
    assert shop.adds() == [{"service": "1", "link": LINK, "quantity": "1000"}]
    async with shop.db.read() as repos:
        order = await repos.orders.get(order_id)
    assert order is not None and order.user_id == CUSTOMER and order.via_api
    assert order.price == to_minor(Decimal("0.90")) and order.state == "pending"
    assert await api.call(key=key, action="status", order=order_id) == {
        "charge": "0.90",
        "start_count": "0",
        "status": "Pending",
        "remains": "1000",
        "currency": "USD",
    }
    assert await api.call(key=key, action="balance") == {"balance": "9.10", "currency": "USD"}
    await assert_ledger_balances(shop.db)


async def test_add_takes_json_and_every_type_s_fields(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    calls = [
        {"service": 2, "link": LINK, "quantity": 100, "runs": 5, "interval": 30},
        {"service": 3, "link": "https://t.me/mychannel"},
        {"service": 4, "link": LINK, "comments": "nice\r\ngreat\nwow"},
        {"service": 5, "link": LINK, "quantity": 20, "username": "someone"},
        {"service": 6, "link": "https://t.me/c/1/2", "quantity": 100, "answer_number": 2},
    ]
    for fields in calls:
        answer = await api.call_json({"key": key, "action": "add", **fields})
        assert "order" in answer, answer
    assert shop.adds() == [
        {"service": "2", "link": LINK, "quantity": "100", "runs": "5", "interval": "30"},
        {"service": "3", "link": "https://t.me/mychannel"},
        {"service": "4", "link": LINK, "comments": "nice\ngreat\nwow"},
        {"service": "5", "link": LINK, "quantity": "20", "username": "someone"},
        {"service": "6", "link": "https://t.me/c/1/2", "quantity": "100", "answer_number": "2"},
    ]
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"service": 99, "link": LINK, "quantity": 100}, "Incorrect service ID"),
        ({"service": "abc", "link": LINK, "quantity": 100}, "Incorrect service ID"),
        ({"link": LINK, "quantity": 100}, "Incorrect service ID"),
        ({"service": 7, "link": LINK, "quantity": 100}, "Incorrect service ID"),  # unsupported
        ({"service": 1, "link": LINK, "quantity": 10}, "Quantity less than minimal 50"),
        ({"service": 1, "link": LINK, "quantity": 20000}, "Quantity more than maximal 10000"),
        ({"service": 1, "link": LINK, "quantity": 10**30}, "Quantity more than maximal 10000"),
        ({"service": 1, "link": LINK, "quantity": "9" * 5000}, "Quantity more than maximal 10000"),
        ({"service": 1, "link": LINK, "quantity": "0" * 5000 + "100"}, "Incorrect request"),
        ({"service": 1, "link": LINK, "quantity": "-5"}, "Incorrect request"),
        ({"service": 1, "link": LINK}, "Incorrect request"),
        ({"service": 1, "link": "not a link", "quantity": 100}, "Bad link"),
        ({"service": 4, "link": LINK, "comments": "one"}, "Quantity less than minimal 2"),
        ({"service": 2, "link": LINK, "quantity": 100, "runs": 5}, "Incorrect request"),
        # Runs and interval out of range are not a quantity's error.
        (
            {"service": 2, "link": LINK, "quantity": 100, "runs": 1, "interval": 30},
            "Incorrect request",
        ),
        (
            {"service": 2, "link": LINK, "quantity": 100, "runs": 5, "interval": 0},
            "Incorrect request",
        ),
    ],
)
async def test_add_refusals_change_nothing(
    make_shop: Callable[..., Any],
    open_api: Callable[[Shop], Any],
    fields: dict[str, Any],
    error: str,
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    assert await api.call(key=key, action="add", **fields) == {"error": error}
    assert await order_count(shop) == 0 and shop.adds() == []
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await assert_ledger_balances(shop.db)


async def test_not_enough_funds(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    for link in ("https://t.me/x", "https://t.me/y"):  # 4.50 each: 1.00 left
        assert "order" in await api.call(key=key, action="add", service=3, link=link)
    answer = await api.call(key=key, action="add", service=3, link="https://t.me/z")
    assert answer == {"error": "Not enough funds on balance"}
    assert await order_count(shop) == 2
    assert await api.call(key=key, action="balance") == {"balance": "1.00", "currency": "USD"}
    await assert_ledger_balances(shop.db)


async def test_keys_actions_and_bodies_that_are_refused(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    assert await api.call(key="x" * 43, action="balance") == {"error": "Invalid API key"}
    assert await api.call(action="balance") == {"error": "Invalid API key"}
    assert await api.call(key="k" * 5000, action="balance") == {"error": "Invalid API key"}
    assert await api.call(key=key) == {"error": "Incorrect request"}
    assert await api.call(key=key, action="delete_everything") == {"error": "Incorrect request"}
    assert await api.raw(b'{"key": "' + key.encode() + b'", "action": ') == {
        "error": "Incorrect request"
    }
    assert await api.raw(b'["balance"]', "application/json") == {"error": "Incorrect request"}
    assert await api.raw(b"key=\xff\xfe&action=balance") == {"error": "Incorrect request"}
    nested = {"key": key, "action": "add", "service": 1, "link": [LINK], "quantity": 100}
    assert await api.call_json(nested) == {"error": "Incorrect request"}
    assert await order_count(shop) == 0
    await assert_ledger_balances(shop.db)


async def test_a_body_of_a_megabyte_never_reaches_the_wallet(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    comments = "\n".join(["a comment"] * 110_000)  # about a megabyte
    body = {"key": key, "action": "add", "service": 4, "link": LINK, "comments": comments}
    assert len(str(body)) > 1_000_000
    assert await api.call_json(body) == {"error": "Incorrect request"}
    assert await api.call(**body) == {"error": "Incorrect request"}
    assert await order_count(shop) == 0 and shop.adds() == []
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    # The server still answers afterwards.
    assert await api.call(key=key, action="balance") == {"balance": "10.00", "currency": "USD"}
    await assert_ledger_balances(shop.db)


async def test_too_many_requests_per_key(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api, reseller_api_rate="2")
    answers = [await api.call(key=key, action="balance") for _ in range(4)]
    assert {"error": "Too many requests"} in answers
    assert answers[0] == {"balance": "10.00", "currency": "USD"}
    # Another customer's key has its own allowance.
    await shop.credit(OTHER, "1")
    other = (await shop.services.api_access.issue(OTHER)).key
    assert await api.call(key=other, action="balance") == {"balance": "1.00", "currency": "USD"}


async def test_batch_refill_and_cancel_take_a_token_per_order_id(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api, reseller_api_rate="3")
    # A full bucket (3) covers three ids, and is then empty.
    answer = await api.call(key=key, action="refill", orders="7,8,9")
    assert [item["order"] for item in answer] == [7, 8, 9]
    assert await api.call(key=key, action="balance") == {"error": "Too many requests"}
    await asyncio.sleep(1.1)  # full again
    assert await api.call(key=key, action="balance") == {"balance": "10.00", "currency": "USD"}
    # Two tokens left: a batch of three ids is refused, and changes nothing.
    refused = await api.call(key=key, action="cancel", orders="7,8,9")
    assert refused == {"error": "Too many requests"}
    assert shop.adds() == [] and await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await assert_ledger_balances(shop.db)


async def test_status_answers_for_the_caller_s_own_orders_only(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    await shop.credit(OTHER, "10")
    other_key = (await shop.services.api_access.issue(OTHER)).key
    mine = (await api.call(key=key, action="add", service=1, link=LINK, quantity=100))["order"]
    theirs = (await api.call(key=other_key, action="add", service=1, link=LINK, quantity=200))[
        "order"
    ]
    answer = await api.call(key=key, action="status", orders=f"{mine},{theirs},abc,999999")
    assert answer[str(mine)]["status"] == "Pending" and answer[str(mine)]["charge"] == "0.09"
    assert answer[str(theirs)] == {"error": "Incorrect order ID"}
    assert answer["abc"] == {"error": "Incorrect order ID"}
    assert answer["999999"] == {"error": "Incorrect order ID"}
    assert await api.call(key=key, action="status", order=theirs) == {"error": "Incorrect order ID"}
    assert await api.call(key=key, action="status", order="x") == {"error": "Incorrect order ID"}
    many = ",".join(str(n) for n in range(1, 102))
    assert await api.call(key=key, action="status", orders=many) == {"error": "Incorrect request"}
    # The other customer's cancel and refill of my order: refused, nothing asked of the panel.
    assert await api.call(key=other_key, action="cancel", orders=str(mine)) == [
        {"order": mine, "cancel": {"error": "Incorrect order ID"}}
    ]
    assert await api.call(key=other_key, action="refill", order=mine) == {
        "error": "Incorrect order ID"
    }
    assert not [a for a, _ in shop.panel.requests if a in ("cancel", "refill")]
    await assert_ledger_balances(shop.db)


async def test_partial_is_refunded_once_and_reads_as_the_panel_s_words(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    order_id = (await api.call(key=key, action="add", service=1, link=LINK, quantity=1000))["order"]
    async with shop.db.read() as repos:
        order = await repos.orders.get(order_id)
    assert order is not None and order.panel_order_id is not None
    shop.panel.set_status(order.panel_order_id, "Partial", remains="400", start_count="77")
    await shop.services.status_sync.sync()
    await shop.services.status_sync.sync()
    assert await api.call(key=key, action="status", order=order_id) == {
        "charge": "0.54",  # 0.90 less the refund of 400/1000 of it
        "start_count": "77",
        "status": "Partial",
        "remains": "400",
        "currency": "USD",
    }
    assert await api.call(key=key, action="balance") == {"balance": "9.46", "currency": "USD"}
    await assert_ledger_balances(shop.db)


async def test_refill_refill_status_and_cancel_as_in_the_bot(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    first = (await api.call(key=key, action="add", service=1, link=LINK, quantity=100))["order"]
    second = (await api.call(key=key, action="add", service=1, link=LINK, quantity=100))["order"]
    async with shop.db.read() as repos:
        placed = await repos.orders.get(first)
    assert placed is not None and placed.panel_order_id is not None
    shop.panel.set_status(placed.panel_order_id, "Completed", remains="0")
    await shop.services.status_sync.sync()
    refill = await api.call(key=key, action="refill", order=first)
    refill_id = int(refill["refill"])
    assert await api.call(key=key, action="refill_status", refill=refill_id) == {
        "status": "Pending"
    }
    assert await api.call(key=key, action="refill_status", refills=f"{refill_id},77") == [
        {"refill": refill_id, "status": "Pending"},
        {"refill": 77, "status": {"error": "Refill not found"}},
    ]
    assert await api.call(key=key, action="refill_status", refill=77) == {
        "error": "Refill not found"
    }
    assert await api.call(key=key, action="refill", orders=f"{first},{second}") == [
        {"order": first, "refill": {"error": "A refill of this order is in progress"}},
        {"order": second, "refill": {"error": "This order cannot be refilled"}},
    ]
    assert await api.call(key=key, action="cancel", orders=f"{second},{first}") == [
        {"order": second, "cancel": 1},
        {"order": first, "cancel": {"error": "This order cannot be cancelled"}},
    ]
    await assert_ledger_balances(shop.db)


async def test_a_batch_cancel_is_one_panel_call(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    ids = [
        (await api.call(key=key, action="add", service=1, link=LINK, quantity=100))["order"]
        for _ in range(3)
    ]
    answer = await api.call(key=key, action="cancel", orders=",".join(map(str, [*ids, 999])))
    assert answer == [
        *({"order": i, "cancel": 1} for i in ids),
        {"order": 999, "cancel": {"error": "Incorrect order ID"}},
    ]
    async with shop.db.read() as repos:
        panel_ids = [(await repos.orders.get(i)).panel_order_id for i in ids]  # type: ignore[union-attr]
    cancels = [fields for action, fields in shop.panel.requests if action == "cancel"]
    assert [c["orders"] for c in cancels] == [",".join(map(str, panel_ids))]
    await assert_ledger_balances(shop.db)


async def test_fifty_concurrent_adds_against_a_balance_for_thirty(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop: Shop = await make_shop(**API_SETTINGS)
    await shop.credit(CUSTOMER, "13.50")  # 30 orders of 500 at 0.90 per 1000
    key = (await shop.services.api_access.issue(CUSTOMER)).key
    api: Api = await open_api(shop)

    async def add(n: int) -> Any:
        return await api.call(key=key, action="add", service=1, link=f"{LINK}{n}", quantity=500)

    answers = await asyncio.gather(*(add(n) for n in range(50)))
    placed = [a for a in answers if "order" in a]
    refused = [a for a in answers if "error" in a]
    assert len(placed) == 30 and len({a["order"] for a in placed}) == 30
    assert refused == [{"error": "Not enough funds on balance"}] * 20
    assert len(shop.adds()) == 30
    assert await shop.balance(CUSTOMER) == 0
    amounts = await rows(
        shop.db, "SELECT amount FROM ledger WHERE user_id = ? ORDER BY id", (CUSTOMER,)
    )
    running = 0
    for (amount,) in amounts:  # the wallet after each movement, in the order they were made
        running += amount
        assert running >= 0
    await assert_ledger_balances(shop.db)


async def test_logs_name_the_owner_never_the_key(
    make_shop: Callable[..., Any],
    open_api: Callable[[Shop], Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    with caplog.at_level(logging.INFO):
        await api.call(key=key, action="add", service=1, link=LINK, quantity=100)
        await api.call(key=key, action="add", service=1, link=LINK, quantity=1)
        await api.call(key=key + "x", action="balance")
        await api.call(key=key, action="x\nINFO api: user 1 add service 1 -> order 5")
    text = caplog.text
    assert f"user {CUSTOMER} add service 1 -> order" in text
    assert f"user {CUSTOMER} 'add' refused: Quantity less than minimal 50" in text
    assert "unknown key 'balance' refused: Invalid API key" in text
    # An action with a newline is quoted: it cannot forge a line of its own.
    assert f"user {CUSTOMER} 'x\\nINFO api: user 1 a' refused: Incorrect request" in text
    assert not any(line.startswith("INFO api: user 1") for line in text.splitlines())
    assert key not in text
    await assert_ledger_balances(shop.db)


async def test_a_new_key_replaces_the_old_and_off_turns_it_off(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    access = shop.services.api_access
    new_key = (await access.issue(CUSTOMER)).key
    assert new_key is not None and new_key != key and len(new_key) >= 32
    assert await api.call(key=key, action="balance") == {"error": "Invalid API key"}
    assert "balance" in await api.call(key=new_key, action="balance")
    ((stored,),) = await rows(shop.db, "SELECT key_hash FROM api_keys WHERE user_id = ?",
                              (CUSTOMER,))  # fmt: skip
    assert new_key not in stored and len(stored) == 64
    await access.turn_off(CUSTOMER)
    assert await api.call(key=new_key, action="balance") == {"error": "Invalid API key"}


async def test_add_takes_the_subscriptions_fields(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    shop.panel.catalogue.append(SUBSCRIPTION)
    await shop.services.catalogue.refresh()
    fields = {"username": "my_channel", "min": 100, "max": 200, "posts": 10, "delay": 15}
    answer = await api.call(key=key, action="add", service=8, **fields, expiry="31/12/2027")
    assert "order" in answer, answer
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
    assert await api.call(key=key, action="balance") == {"balance": "9.00", "currency": "USD"}
    refused = await api.call(key=key, action="add", service=8, **{**fields, "max": 50})
    assert refused == {"error": "Quantity less than minimal 100"}  # max below min
    await assert_ledger_balances(shop.db)


async def test_a_panel_refusal_is_refunded_and_an_unknown_outcome_reads_pending(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api, panel_timeout_seconds=0.5)
    shop.panel.inject_fault("add", "error:Bad link  ")
    answer = await api.call(key=key, action="add", service=1, link=LINK, quantity=1000)
    assert answer == {"error": "Bad link"}  # refunded at once; the panel's own words: admins'
    shop.panel.inject_fault("add", "error:neworder.error.not_enough_funds")
    answer = await api.call(key=key, action="add", service=1, link=LINK, quantity=1000)
    assert answer == {"error": "Service is temporarily unavailable"}  # the shop's panel, not you
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))

    held = shop.panel.hold("add")  # the panel's answer is lost: the order may exist there
    answer = await api.call(key=key, action="add", service=1, link=LINK, quantity=1000)
    assert held.arrivals == 1
    shop.panel.release("add")
    assert "order" in answer  # it exists here, held for review: `status` follows it
    status = await api.call(key=key, action="status", order=answer["order"])
    assert status["status"] == "Pending" and status["charge"] == "0.90"
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))
    assert len(shop.adds()) == 3
    await assert_ledger_balances(shop.db)


async def test_a_banned_customer_s_key_stops_working(
    make_shop: Callable[..., Any], open_api: Callable[[Shop], Any]
) -> None:
    shop, api, key = await api_shop(make_shop, open_api)
    await shop.harness.send(ADMIN_ID, f"/ban {CUSTOMER}")
    assert await api.call(key=key, action="balance") == {"error": "Invalid API key"}
    await shop.harness.send(ADMIN_ID, f"/unban {CUSTOMER}")
    assert "balance" in await api.call(key=key, action="balance")


def test_the_api_settings() -> None:
    assert not make_settings("sandbox").reseller_api_on  # off by default
    on = make_settings("sandbox", reseller_api_port="8090")
    assert on.reseller_api_on and on.reseller_api_own_server and on.reseller_api_rate == 10
    assert on.reseller_api_public_url == "http://127.0.0.1:8090/api/v2"
    public = make_settings(
        "sandbox", reseller_api_port="8090", reseller_api_url="https://s.io/api/v2"
    )
    assert public.reseller_api_public_url == "https://s.io/api/v2"
    hook = {"webhook_url": "https://s.io/tg", "webhook_secret": "s" * 20, "webhook_port": "8080"}
    shared = make_settings("sandbox", reseller_api_port="8080", **hook)
    assert shared.reseller_api_on and not shared.reseller_api_own_server  # the webhook's server
    with pytest.raises(ValidationError, match="RESELLER_API_PORT"):
        make_settings("sandbox", reseller_api_port="8090", health_port="8090")
    with pytest.raises(ValidationError):
        make_settings("sandbox", reseller_api_port="8090", reseller_api_url="ftp://s.io")
    with pytest.raises(ValidationError):
        make_settings("sandbox", reseller_api_rate="0")
