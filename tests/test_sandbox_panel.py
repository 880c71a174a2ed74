"""The simulated panel: its API v2 answers, its progression over time, its catalogues."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from decimal import Decimal

import aiohttp
import pytest

from bot.panel import NewOrder, OrderStatus, PanelClient, PanelRefused
from bot.sandbox import large_catalogue, sandbox_services, start_panel_server
from tests.fakes.panel import FakePanel

KEY = "sandbox-test-key"
FOLLOWERS = 101  # Default, refill, cancel, drip-feed, rate 0.90, min 50, max 50000
REFILL_ONLY = 102  # Default, refill, no cancel, rate 1.85
CHEAP_FOLLOWERS = 103  # Default, nothing optional, rate 0.45
COMMENTS = 131  # Custom Comments, rate 12.5, min 5
COMMENT_LIKES = 132
MENTIONS = 133  # an unsupported type
PACKAGE = 141
POLL = 431
LINK = "https://instagram.com/some.account"
SUPPORTED_TYPES = {"Default", "Package", "Custom Comments", "Comment Likes", "Poll"}


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def panel(request: pytest.FixtureRequest, clock: FakeClock) -> FakePanel:
    options = getattr(request, "param", {})
    return FakePanel(api_key=KEY, clock=clock, **options)


@pytest.fixture
async def url(panel: FakePanel) -> AsyncIterator[str]:
    runner, api_url = await start_panel_server(panel)
    yield api_url
    await runner.cleanup()


@pytest.fixture
async def client(url: str) -> AsyncIterator[PanelClient]:
    client = PanelClient(url, KEY, timeout=2, backoff=0.01)
    yield client
    await client.close()


async def raw_call(url: str, *, method: str = "POST", **form: str) -> tuple[int, object]:
    """One request without the client, to see exactly what the panel sends."""
    fields = {"key": KEY, **form}
    async with aiohttp.ClientSession() as session:
        if method == "GET":
            response_cm = session.get(url, params=fields)
        else:
            response_cm = session.post(url, data=fields)
        async with response_cm as response:
            # Numbers as Decimal: money is never a float, not even in a test.
            return response.status, json.loads(await response.text(), parse_float=Decimal)


async def place(client: PanelClient, service: int = FOLLOWERS, quantity: int = 1000) -> int:
    return await client.add(NewOrder(service=service, link=LINK, quantity=quantity))


auto = pytest.mark.parametrize("panel", [{"auto_progress": True}], indirect=True)
documented = pytest.mark.parametrize("panel", [{"quirks": False}], indirect=True)


# --- progression --------------------------------------------------------------------------------


@auto
async def test_orders_progress_by_themselves(
    client: PanelClient, panel: FakePanel, clock: FakeClock
) -> None:
    ids = [await place(client) for _ in range(5)]  # 23501..23505; 23505 ends Partial
    created = clock.now

    def as_status(result: object) -> OrderStatus:
        assert isinstance(result, OrderStatus)
        return result

    fresh = {i: as_status(s) for i, s in (await client.statuses(ids)).items()}
    assert {s.status for s in fresh.values()} == {"Pending"}
    assert {s.remains for s in fresh.values()} == {1000}

    clock.now = created + 41  # every order has left Pending (20-40 s)
    early = {i: as_status(s) for i, s in (await client.statuses(ids)).items()}
    assert {s.status for s in early.values()} == {"In progress", "Processing"}
    assert all(s.start_count and s.start_count > 0 for s in early.values())

    clock.now = created + 101
    later = {i: as_status(s) for i, s in (await client.statuses(ids)).items()}
    for i in ids:
        before, after = early[i].remains, later[i].remains
        assert before is not None and after is not None and after < before

    clock.now = created + 221  # past the longest run: 40 s pending + 180 s running
    done = {i: as_status(s) for i, s in (await client.statuses(ids)).items()}
    assert [done[i].status for i in ids] == ["Completed"] * 4 + ["Partial"]
    assert [done[i].remains for i in ids] == [0, 0, 0, 0, 250]
    assert done[ids[4]].charge == Decimal("0.675")  # the undelivered quarter refunded
    assert panel.balance == Decimal(1000) - 4 * Decimal("0.9") - Decimal("0.675")
    assert (await client.balance()).amount == panel.balance


@auto
async def test_cancel_turns_canceled_on_the_next_tick(
    client: PanelClient, panel: FakePanel
) -> None:
    order_id = await place(client)
    assert panel.balance == Decimal("999.1")

    assert await client.cancel([order_id]) == {order_id: True}
    assert panel.orders[order_id].status == "Pending"  # accepted, not done yet

    status = await client.status(order_id)  # every request ticks in auto mode
    assert (status.status, status.charge, status.remains) == ("Canceled", Decimal(0), 1000)
    assert panel.balance == Decimal(1000)


@auto
async def test_refill_progression(client: PanelClient, panel: FakePanel, clock: FakeClock) -> None:
    order_id = await place(client, service=REFILL_ONLY)
    with pytest.raises(PanelRefused, match="completed orders only"):
        await client.refill(order_id)

    clock.now += 300
    assert (await client.status(order_id)).status == "Completed"
    refill_id = await client.refill(order_id)
    assert await client.refill_status(refill_id) == "Pending"
    clock.now += 20
    assert await client.refill_status(refill_id) == "In progress"
    clock.now += 41
    assert await client.refill_statuses([refill_id]) == {refill_id: "Completed"}


async def test_nothing_moves_by_itself_without_auto_progress(
    client: PanelClient, panel: FakePanel, clock: FakeClock
) -> None:
    first, second = await place(client), await place(client)
    clock.now += 10_000
    assert (await client.status(first)).status == "Pending"

    panel.advance(first)
    assert (await client.status(first)).status == "In progress"
    panel.advance(first)
    assert (await client.status(first)).status == "Completed"

    await client.cancel([second])
    assert (await client.status(second)).status == "Pending"
    panel.tick()
    assert (await client.status(second)).status == "Canceled"


async def test_set_status_pins_a_raw_text(client: PanelClient, panel: FakePanel) -> None:
    order_id = await place(client)
    panel.set_status(order_id, "refunded ", remains="")
    panel.tick()

    status = await client.status(order_id)
    assert (status.status, status.remains) == ("refunded", None)
    assert panel.orders[order_id].status == "refunded "


async def test_balance_decreases_by_each_charge(client: PanelClient, panel: FakePanel) -> None:
    await place(client, quantity=137)  # 0.90 * 137 / 1000
    await client.add(NewOrder(service=PACKAGE, link=LINK))  # the package's rate
    await client.add(NewOrder(service=COMMENTS, link=LINK, comments="a\nb\r\nc\nd\ne\n\n"))
    await client.add(NewOrder(service=FOLLOWERS, link=LINK, quantity=100, runs=5, interval=10))

    charges = [order.charge for order in panel.orders.values()]
    assert charges == [Decimal("0.1233"), Decimal("4.99"), Decimal("0.0625"), Decimal("0.45")]
    assert panel.balance == Decimal(1000) - sum(charges)
    assert [order.quantity for order in panel.orders.values()] == [137, 1, 5, 500]


# --- validation and errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("order", "message"),
    [
        (NewOrder(service=99999, link=LINK, quantity=100), "Incorrect service ID"),
        (NewOrder(service=FOLLOWERS, link=" ", quantity=100), "Bad link"),
        (NewOrder(service=FOLLOWERS, link=LINK, quantity=10), "Quantity less than minimal 50"),
        (NewOrder(service=FOLLOWERS, link=LINK, quantity=60000),
         "Quantity more than maximal 50000"),
        (NewOrder(service=FOLLOWERS, link=LINK), "Incorrect quantity"),
        (NewOrder(service=COMMENTS, link=LINK, comments="one\ntwo"),
         "Quantity less than minimal 5"),
        (NewOrder(service=COMMENT_LIKES, link=LINK, quantity=50), "Username is required"),
        (NewOrder(service=POLL, link=LINK, quantity=100), "Incorrect answer number"),
        (NewOrder(service=CHEAP_FOLLOWERS, link=LINK, quantity=100, runs=3, interval=10),
         "Drip-feed is not available for this service"),
        (NewOrder(service=FOLLOWERS, link=LINK, quantity=100, runs=1, interval=10),
         "Incorrect runs"),
        (NewOrder(service=MENTIONS, link=LINK, quantity=1000),
         "Service type Mentions with Hashtags is not simulated"),
    ],
)  # fmt: skip
async def test_add_validation(
    client: PanelClient, panel: FakePanel, order: NewOrder, message: str
) -> None:
    with pytest.raises(PanelRefused) as raised:
        await client.add(order)

    assert raised.value.message == message
    assert not panel.orders
    assert panel.balance == Decimal(1000)


@pytest.mark.parametrize("panel", [{"balance": "0.5"}], indirect=True)
async def test_add_without_funds(client: PanelClient, panel: FakePanel) -> None:
    with pytest.raises(PanelRefused, match="Not enough funds on balance"):
        await place(client)  # charge 0.90
    assert await place(client, quantity=500) == 23501  # charge 0.45
    assert panel.balance == Decimal("0.05")


@pytest.mark.parametrize("panel", [{"reject_duplicate_links": True}], indirect=True)
async def test_active_order_on_the_same_link(client: PanelClient, panel: FakePanel) -> None:
    order_id = await place(client)
    with pytest.raises(PanelRefused, match="You have active order with this link"):
        await place(client)
    panel.advance(order_id)
    panel.advance(order_id)
    assert await place(client) == order_id + 1


@documented
async def test_wrong_key_and_unknown_action(url: str) -> None:
    assert await raw_call(url, action="balance", key="nope") == (
        200,
        {"error": "Invalid API key"},
    )
    assert await raw_call(url, action="fly") == (200, {"error": "Incorrect request"})
    assert await raw_call(url) == (200, {"error": "Incorrect request"})


@documented
async def test_batches_hold_at_most_100_ids(url: str) -> None:
    ids = ",".join(str(i) for i in range(1, 102))
    assert await raw_call(url, action="status", orders=ids) == (
        200,
        {"error": "Too many orders: at most 100"},
    )


async def test_faults(url: str, panel: FakePanel) -> None:
    panel.inject_fault(None, "http400_error:Slow down ", times=2)
    panel.inject_fault("balance", 'json:{"balance": null}')

    assert await raw_call(url, action="services") == (400, {"error": "Slow down "})
    assert await raw_call(url, action="balance") == (400, {"error": "Slow down "})
    assert await raw_call(url, action="balance") == (200, {"balance": None})
    status, body = await raw_call(url, action="balance")
    assert status == 200
    assert isinstance(body, dict)
    assert body["currency"] == "USD"
    with pytest.raises(ValueError, match="unknown fault"):
        panel.inject_fault(None, "explode")
    with pytest.raises(ValueError):
        panel.inject_fault(None, "delay:soon")


async def test_html_fault_is_a_page(url: str, panel: FakePanel) -> None:
    panel.inject_fault("services", "http502")
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data={"key": KEY, "action": "services"}) as response,
    ):
        assert response.status == 502
        assert response.content_type == "text/html"
        assert "Bad Gateway" in await response.text()


async def test_requests_are_logged_without_the_key(url: str, panel: FakePanel) -> None:
    await raw_call(url, action="status", order="5")
    await raw_call(url, method="GET", action="balance")

    assert panel.requests == [
        ("status", {"action": "status", "order": "5"}),
        ("balance", {"action": "balance"}),
    ]


# --- wire shapes --------------------------------------------------------------------------------


@documented
async def test_documented_shapes(url: str, panel: FakePanel) -> None:
    assert await raw_call(url, action="services") == (200, sandbox_services())
    _, added = await raw_call(url, action="add", service="102", link=LINK, quantity="100")
    assert added == {"order": 23501}
    panel.advance(23501)
    panel.advance(23501)

    _, status = await raw_call(url, action="status", order="23501")
    assert status == {
        "charge": "0.185",
        "start_count": str(panel.orders[23501].start_count),
        "status": "Completed",
        "remains": "0",
        "currency": "USD",
    }
    assert await raw_call(url, action="refill", order="23501") == (200, {"refill": "1"})
    assert await raw_call(url, action="refill", orders="23501,7") == (
        200,
        [
            {"order": 23501, "refill": {"error": "Refill request already exists"}},
            {"order": 7, "refill": {"error": "Incorrect order ID"}},
        ],
    )
    assert await raw_call(url, action="refill_status", refills="1,2") == (
        200,
        [
            {"refill": 1, "status": "Pending"},
            {"refill": 2, "status": {"error": "Refill not found"}},
        ],
    )
    assert await raw_call(url, action="cancel", orders="23501") == (
        200,
        [{"order": 23501, "cancel": {"error": "This order cannot be cancelled"}}],
    )
    assert await raw_call(url, action="balance") == (
        200,
        {"balance": "999.81500", "currency": "USD"},
    )


async def test_quirky_shapes(url: str, panel: FakePanel) -> None:
    _, services = await raw_call(url, action="services")
    assert isinstance(services, list)
    assert {type(item["service"]) for item in services} == {int, str}
    assert {isinstance(item["rate"], str) for item in services} == {True, False}  # "0.9", 0.9
    assert any("refill" not in item for item in services)
    assert any(item["name"] != item["name"].strip() for item in services)

    first = await raw_call(url, action="add", service="101", link=LINK, quantity="100")
    second = await raw_call(url, action="add", service="101", link=LINK, quantity="100")
    assert (first, second) == ((200, {"order": "23501"}), (200, {"order": 23502}))

    _, status = await raw_call(url, action="status", orders="23501,23502,1")
    assert status == {
        "23501": {"charge": "0.09", "start_count": 0, "status": "Pending", "remains": 100,
                  "currency": "USD"},
        "23502": {"charge": Decimal("0.09"), "start_count": "0", "status": "Pending ",
                  "remains": "100", "currency": "USD"},
        "1": {"error": "Incorrect order ID "},
    }  # fmt: skip
    panel.advance(23501)
    panel.advance(23501)
    assert await raw_call(url, action="refill", order="23501") == (
        200,
        {"success": "Refill request accepted", "refill": 1},
    )
    assert await raw_call(url, action="balance") == (
        200,
        {"balance": Decimal("999.82"), "currency": "USD"},
    )


# --- catalogues ---------------------------------------------------------------------------------


def test_sandbox_catalogue_has_every_type() -> None:
    services = sandbox_services()
    types = {str(item["type"]) for item in services}
    defaults = [item for item in services if item["type"] == "Default"]

    assert 30 <= len(services) <= 60
    assert types >= SUPPORTED_TYPES
    assert types - SUPPORTED_TYPES  # unsupported types the bot must hide
    assert len({item["service"] for item in services}) == len(services)
    assert any(item["dripfeed"] for item in defaults)
    assert any(item["refill"] for item in defaults)
    assert any(item["cancel"] for item in defaults)
    assert any("desc" in item for item in services)
    networks = ("Instagram", "TikTok", "YouTube", "Telegram", "X (Twitter)", "Facebook")
    assert all(any(str(item["category"]).startswith(n) for item in services) for n in networks)
    assert all(Decimal(str(item["rate"])) > 0 for item in services)


async def test_large_catalogue(client: PanelClient, panel: FakePanel) -> None:
    services = large_catalogue(5000)
    names = [str(item["name"]) for item in services]
    categories = {str(item["category"]) for item in services}
    text = " ".join(names) + " ".join(categories)

    assert len(services) == 5000
    assert services == large_catalogue(5000)  # deterministic
    assert len({item["service"] for item in services}) == 5000
    assert len(categories) == 200
    assert all(len(name.encode()) > 64 for name in names)
    for fragment in ("🔥", "متابعين", "<", "&", "|"):
        assert fragment in text
        assert any(fragment in name for name in names)
        assert any(fragment in category for category in categories)

    panel.catalogue = services
    parsed = await client.services()
    assert len(parsed) == 5000
    assert parsed[1].name == names[1]
