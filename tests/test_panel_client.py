"""The API v2 client against the simulated panel over real HTTP on 127.0.0.1."""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Iterator
from decimal import Decimal
from urllib.parse import quote, quote_plus

import aiohttp
import pytest

from bot.panel import (
    Balance,
    ItemError,
    NewOrder,
    OrderStatus,
    PanelClient,
    PanelError,
    PanelOutcomeUnknown,
    PanelRefused,
    PanelUnavailable,
    Service,
)
from bot.sandbox import sandbox_services, start_panel_server
from tests.conftest import wait_for
from tests.fakes.panel import FakePanel

KEY = "sk-live-7f3a9c1e5b2d4680-SECRET"
FOLLOWERS = 101  # Default, refill, cancel, drip-feed, rate 0.90, min 50
CHEAP_FOLLOWERS = 103  # Default, no refill, no cancel, rate 0.45
REFILL_ONLY = 102  # Default, refill, no cancel
COMMENTS = 131  # Custom Comments, min 5
COMMENT_LIKES = 132
PACKAGE = 141  # rate 4.99
POLL = 431
LINK = "https://instagram.com/some.account"


@pytest.fixture
def panel(request: pytest.FixtureRequest) -> FakePanel:
    quirks = getattr(request, "param", True)
    return FakePanel(api_key=KEY, quirks=quirks)


@pytest.fixture
async def panel_url(panel: FakePanel) -> AsyncIterator[str]:
    runner, url = await start_panel_server(panel)
    yield url
    await runner.cleanup()


@pytest.fixture
async def client(panel_url: str) -> AsyncIterator[PanelClient]:
    # A timeout no answer of the local panel comes near, even on a busy CI machine: a test
    # about timeouts takes `impatient`.
    client = PanelClient(panel_url, KEY, timeout=10, backoff=0.01, read_attempts=3)
    yield client
    await client.close()


@pytest.fixture
async def impatient(panel_url: str) -> AsyncIterator[PanelClient]:
    """A client that gives up after 0.5 s, for the tests where the panel is held or slow."""
    client = PanelClient(panel_url, KEY, timeout=0.5, backoff=0.01, read_attempts=3)
    yield client
    await client.close()


@pytest.fixture
def closed_port_url() -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield f"http://127.0.0.1:{port}/api/v2"


def actions(panel: FakePanel, action: str) -> list[dict[str, str]]:
    return [form for name, form in panel.requests if name == action]


async def place(client: PanelClient, service: int = FOLLOWERS, quantity: int = 100) -> int:
    return await client.add(NewOrder(service=service, link=LINK, quantity=quantity))


both_spellings = pytest.mark.parametrize("panel", [False, True], indirect=True)


# --- services -----------------------------------------------------------------------------------


@both_spellings
async def test_services_match_the_catalogue(client: PanelClient, panel: FakePanel) -> None:
    services = {service.id: service for service in await client.services()}

    assert len(services) == len(sandbox_services())
    for raw in sandbox_services():
        service = services[int(str(raw["service"]))]
        assert service.name == raw["name"]
        assert service.type == raw["type"]
        assert service.category == raw["category"]
        assert service.rate == Decimal(str(raw["rate"]))
        assert (service.min, service.max) == (int(str(raw["min"])), int(str(raw["max"])))
        assert (service.refill, service.cancel, service.dripfeed) == (
            raw["refill"],
            raw["cancel"],
            raw["dripfeed"],
        )
        assert service.description == raw.get("desc")


async def test_services_documented_example(client: PanelClient, panel: FakePanel) -> None:
    panel.quirks = False
    panel.catalogue = [
        {"service": 1, "name": "Followers", "type": "Default", "category": "First Category",
         "rate": "0.90", "min": "50", "max": "10000", "refill": True, "cancel": True},
        {"service": 2, "name": "Comments", "type": "Custom Comments",
         "category": "Second Category", "rate": "8", "min": "10", "max": "1500",
         "refill": False, "cancel": True},
    ]  # fmt: skip

    assert await client.services() == [
        Service(1, "Followers", "Default", "First Category", Decimal("0.90"), 50, 10000,
                refill=True, cancel=True, dripfeed=False, description=None),
        Service(2, "Comments", "Custom Comments", "Second Category", Decimal("8"), 10, 1500,
                refill=False, cancel=True, dripfeed=False, description=None),
    ]  # fmt: skip


async def test_services_odd_spellings_and_malformed_items(
    client: PanelClient, panel: FakePanel, caplog: pytest.LogCaptureFixture
) -> None:
    panel.quirks = False
    panel.catalogue = [
        {"service": "7", "name": 12345, "type": " Default ", "category": 2024,
         "rate": Decimal("0.08011655652"), "min": "10", "max": Decimal("100.0"),
         "refill": "1", "cancel": 0, "dripfeed": "true", "description": "  Fast.  "},
        {"service": 8, "name": " Likes ", "category": "Likes", "rate": 3, "min": 1, "max": 9,
         "refill": 1, "cancel": "0", "desc": ""},
        {"service": "abc", "name": "bad id", "rate": "1", "min": "1", "max": "2"},
        {"name": "no id", "rate": "1", "min": "1", "max": "2"},
        {"service": 9, "name": "free?", "rate": "free", "min": "1", "max": "2"},
        {"service": 10, "name": "no limits", "rate": "1"},
        {"service": 7, "name": "duplicate id", "rate": "1", "min": "1", "max": "2"},
        "not an object",
    ]  # fmt: skip

    with caplog.at_level(logging.WARNING, logger="bot.panel.client"):
        services = await client.services()

    assert services == [
        Service(7, "12345", "Default", "2024", Decimal("0.08011655652"), 10, 100,
                refill=True, cancel=False, dripfeed=True, description="Fast."),
        Service(8, "Likes", "Default", "Likes", Decimal(3), 1, 9,
                refill=True, cancel=False, dripfeed=False, description=None),
    ]  # fmt: skip
    assert "skipped 6" in caplog.text


async def test_services_with_nothing_usable_is_unavailable(
    client: PanelClient, panel: FakePanel
) -> None:
    panel.catalogue = [{"service": "x"}, {"name": "y"}]

    with pytest.raises(PanelUnavailable):
        await client.services()


async def test_empty_catalogue_is_an_empty_list(client: PanelClient, panel: FakePanel) -> None:
    panel.catalogue = []
    assert await client.services() == []


# --- add ----------------------------------------------------------------------------------------


@both_spellings
async def test_add_returns_the_order_id(client: PanelClient, panel: FakePanel) -> None:
    # With quirks, odd ids come as strings: {"order": "23501"}.
    first = await place(client, quantity=137)
    second = await place(client, quantity=50)

    assert (first, second) == (23501, 23502)
    assert actions(panel, "add")[0] == {
        "service": str(FOLLOWERS),
        "link": LINK,
        "quantity": "137",
        "action": "add",
    }
    assert panel.orders[first].charge == Decimal("0.1233")


async def test_add_sends_the_fields_of_each_type(client: PanelClient, panel: FakePanel) -> None:
    orders = [
        NewOrder(service=PACKAGE, link=LINK),
        NewOrder(service=COMMENTS, link=LINK, comments="nice\r\ngreat\nwow\nsuper\ncool"),
        NewOrder(service=COMMENT_LIKES, link=LINK, quantity=20, username="owner"),
        NewOrder(service=POLL, link=LINK, quantity=100, answer_number=2),
        NewOrder(service=FOLLOWERS, link=LINK, quantity=100, runs=3, interval=15),
    ]
    ids = [await client.add(order) for order in orders]

    placed = [panel.orders[order_id] for order_id in ids]
    assert [order.quantity for order in placed] == [1, 5, 20, 100, 300]
    assert [order.charge for order in placed] == [
        Decimal("4.99"),
        Decimal("0.0625"),
        Decimal("0.048"),
        Decimal("0.15"),
        Decimal("0.27"),
    ]
    assert placed[1].fields["comments"] == "nice\r\ngreat\nwow\nsuper\ncool"
    assert "quantity" not in placed[0].fields
    assert placed[2].fields["username"] == "owner"
    assert placed[3].fields["answer_number"] == "2"
    assert (placed[4].fields["runs"], placed[4].fields["interval"]) == ("3", "15")


def test_new_order_form_fields() -> None:
    order = NewOrder(service=5, link="https://t.me/x", quantity=10, extra={"hashtags": "#a"})
    assert order.form_fields() == {
        "service": "5",
        "link": "https://t.me/x",
        "quantity": "10",
        "hashtags": "#a",
    }
    assert NewOrder(service=1, link="l").form_fields() == {"service": "1", "link": "l"}
    with pytest.raises(ValueError, match="key"):
        NewOrder(service=1, link="l", extra={"key": "stolen"})
    with pytest.raises(ValueError, match="quantity"):
        NewOrder(service=1, link="l", extra={"quantity": "5"})


@pytest.mark.parametrize(
    "fault",
    ["http500", "http502", "html", "broken_json", "disconnect", "json:{}",
     'json:{"order": null}', "json:[]", 'json:{"order": "soon"}'],
)  # fmt: skip
async def test_add_without_a_usable_answer_is_outcome_unknown(
    client: PanelClient, panel: FakePanel, fault: str
) -> None:
    panel.inject_fault("add", fault)

    with pytest.raises(PanelOutcomeUnknown) as raised:
        await place(client)

    assert len(actions(panel, "add")) == 1  # never retried
    assert "add" in str(raised.value)


async def test_add_timing_out_is_outcome_unknown_and_the_order_exists(
    impatient: PanelClient, panel: FakePanel
) -> None:
    panel.hold("add")  # the panel answers only when released: the client gives up first

    with pytest.raises(PanelOutcomeUnknown, match="timed out"):
        await place(impatient)

    panel.release("add")  # the panel finishes its work after the client has left
    await wait_for(lambda: len(panel.orders) == 1)
    assert len(actions(panel, "add")) == 1


@pytest.mark.parametrize(
    ("fault", "message", "account_problem"),
    [
        ("error:Not enough funds on balance  ", "Not enough funds on balance", True),
        ("error:neworder.error.not_enough_funds", "neworder.error.not_enough_funds", True),
        ("http400_error:Invalid API key ", "Invalid API key", True),
        ("error:Incorrect service ID", "Incorrect service ID", False),
        ("http400_error:Bad link", "Bad link", False),
    ],
)
async def test_add_refused(
    client: PanelClient, panel: FakePanel, fault: str, message: str, account_problem: bool
) -> None:
    panel.inject_fault("add", fault)

    with pytest.raises(PanelRefused) as raised:
        await place(client)

    assert raised.value.message == message
    assert raised.value.is_funds_or_key_problem is account_problem
    assert raised.value.action == "add"
    assert len(actions(panel, "add")) == 1
    assert not panel.orders


async def test_add_refused_by_the_panels_own_rules(client: PanelClient, panel: FakePanel) -> None:
    panel.balance = Decimal("0.01")
    with pytest.raises(PanelRefused) as funds:
        await place(client, quantity=1000)
    with pytest.raises(PanelRefused) as minimum:
        await place(client, quantity=10)

    assert funds.value.message == "Not enough funds on balance"  # quirks padded it
    assert funds.value.is_funds_or_key_problem
    assert minimum.value.message == "Quantity less than minimal 50"
    assert not minimum.value.is_funds_or_key_problem


async def test_add_with_a_wrong_key_is_refused(panel_url: str, panel: FakePanel) -> None:
    client = PanelClient(panel_url, "wrong-key", timeout=10)
    try:
        with pytest.raises(PanelRefused) as raised:
            await place(client)
    finally:
        await client.close()
    assert raised.value.message == "Invalid API key"
    assert raised.value.is_funds_or_key_problem


async def test_add_when_nothing_listens_is_unavailable(closed_port_url: str) -> None:
    # The connection was refused: nothing was sent, so no order can exist.
    client = PanelClient(closed_port_url, KEY, timeout=0.5)
    try:
        with pytest.raises(PanelUnavailable):
            await place(client)
    finally:
        await client.close()


# --- status -------------------------------------------------------------------------------------


@both_spellings
async def test_status_documented_answer(client: PanelClient, panel: FakePanel) -> None:
    order_id = await place(client)
    panel.set_status(order_id, "Partial", remains="157", start_count="3572", charge="0.27819")

    assert await client.status(order_id) == OrderStatus(
        status="Partial",
        charge=Decimal("0.27819"),
        start_count=3572,
        remains=157,
        currency="USD",
    )


async def test_status_of_a_fresh_order(client: PanelClient) -> None:
    order_id = await place(client, quantity=137)
    status = await client.status(order_id)
    assert status == OrderStatus("Pending", Decimal("0.1233"), 0, 137, "USD")


async def test_float_charge_is_read_exactly(client: PanelClient, panel: FakePanel) -> None:
    order_id = await place(client)
    panel.set_status(order_id, "Completed", charge=Decimal("0.08011655652"))  # a JSON number

    status = await client.status(order_id)

    assert status.charge == Decimal("0.08011655652")
    assert str(status.charge) == "0.08011655652"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"status": "In progress ", "remains": "", "start_count": -5},
         OrderStatus("In progress", Decimal("0.09"), -5, None, "USD")),
        ({"status": " completed", "remains": "12.0", "start_count": "garbage", "charge": ""},
         OrderStatus("completed", None, None, 12, "USD")),
        ({"status": "Weird", "remains": "-3", "start_count": Decimal("7"), "charge": None,
          "currency": None},
         OrderStatus("Weird", None, 7, -3, None)),
        ({"status": "Refunded", "charge": 2},
         OrderStatus("Refunded", Decimal(2), 0, 100, "USD")),
    ],
)  # fmt: skip
async def test_status_fields_are_read_leniently(
    client: PanelClient, panel: FakePanel, raw: dict[str, object], expected: OrderStatus
) -> None:
    order_id = await place(client)
    panel.set_status(order_id, str(raw["status"]))
    panel.wire(order_id).update({k: v for k, v in raw.items() if k != "status"})

    assert await client.status(order_id) == expected


async def test_status_of_an_unknown_order_is_refused_once(
    client: PanelClient, panel: FakePanel
) -> None:
    with pytest.raises(PanelRefused) as raised:
        await client.status(999)

    assert raised.value.message == "Incorrect order ID"  # trailing space stripped
    assert len(actions(panel, "status")) == 1  # a refusal is never retried


@both_spellings
async def test_statuses_mix_results_and_item_errors(client: PanelClient, panel: FakePanel) -> None:
    first, second = await place(client), await place(client)
    panel.set_status(second, "Completed", remains="0")

    result = await client.statuses([first, 10, second])

    assert result[first] == OrderStatus("Pending", Decimal("0.09"), 0, 100, "USD")
    assert result[10] == ItemError("Incorrect order ID")
    assert isinstance(result[second], OrderStatus)
    assert result[second].status == "Completed"
    assert actions(panel, "status") == [
        {"orders": f"{first},10,{second}", "action": "status"},
    ]


async def test_statuses_of_250_ids_take_three_requests(
    client: PanelClient, panel: FakePanel
) -> None:
    placed = [await place(client) for _ in range(3)]
    ids = placed + list(range(1, 248))

    result = await client.statuses(ids)

    assert set(result) == set(ids)
    assert all(isinstance(result[order_id], OrderStatus) for order_id in placed)
    forms = actions(panel, "status")
    assert len(forms) == 3
    assert all(len(form["orders"].split(",")) <= 100 for form in forms)
    assert sorted(int(i) for form in forms for i in form["orders"].split(",")) == sorted(ids)


async def test_statuses_missing_from_the_answer(client: PanelClient, panel: FakePanel) -> None:
    order_id = await place(client)
    panel.omit_from_batches.add("10")

    result = await client.statuses([order_id, 10])

    assert result[10] == ItemError("missing from answer")
    assert isinstance(result[order_id], OrderStatus)


async def test_statuses_keep_at_most_max_in_flight_requests(
    panel_url: str, panel: FakePanel
) -> None:
    panel.inject_fault("status", "delay:0.05", times=5)
    client = PanelClient(panel_url, KEY, timeout=2, max_in_flight=2)
    try:
        result = await client.statuses(range(1, 451))  # 5 requests
    finally:
        await client.close()

    assert len(result) == 450
    assert len(actions(panel, "status")) == 5
    assert panel.peak_in_flight == 2


async def test_batch_answers_in_the_other_shape(client: PanelClient, panel: FakePanel) -> None:
    # Some panels answer a list where a dict is documented, and the other way round.
    panel.inject_fault(
        "status",
        'json:[{"order": 5, "status": "Completed", "charge": "1.5", "remains": 0},'
        ' {"order": "6", "error": "Incorrect order ID"}]',
    )
    panel.inject_fault("cancel", 'json:{"5": {"cancel": 1}, "6": {"error": "Incorrect order ID"}}')

    statuses = await client.statuses([5, 6])
    cancels = await client.cancel([5, 6])

    assert statuses == {
        5: OrderStatus("Completed", Decimal("1.5"), None, 0, None),
        6: ItemError("Incorrect order ID"),
    }
    assert cancels == {5: True, 6: ItemError("Incorrect order ID")}


@pytest.mark.parametrize("fault", ['json:"ok"', "json:null", "json:3"])
async def test_statuses_answer_of_an_odd_shape_is_unavailable(
    client: PanelClient, panel: FakePanel, fault: str
) -> None:
    panel.inject_fault("status", fault, times=3)

    with pytest.raises(PanelUnavailable):
        await client.statuses([5, 6])

    assert len(actions(panel, "status")) == 3  # a read: retried, then given up


async def test_statuses_bad_items_spoil_only_themselves(
    client: PanelClient, panel: FakePanel
) -> None:
    panel.inject_fault("status", 'json:{"5": 3, "6": {"status": ""}, "7": {"status": "Completed"}}')

    result = await client.statuses([5, 6, 7])

    assert isinstance(result[5], ItemError)
    assert isinstance(result[6], ItemError)
    assert result[7] == OrderStatus("Completed", None, None, None, None)


# --- refill, refill_status, cancel --------------------------------------------------------------


async def completed_order(client: PanelClient, panel: FakePanel, service: int) -> int:
    order_id = await place(client, service=service)
    panel.advance(order_id)
    panel.advance(order_id)
    return order_id


@both_spellings
async def test_refill_returns_the_refill_id(client: PanelClient, panel: FakePanel) -> None:
    # quirks: {"success": "...", "refill": 1}; documented: {"refill": "1"}
    order_id = await completed_order(client, panel, REFILL_ONLY)
    assert await client.refill(order_id) == "1"


async def test_refill_refused(client: PanelClient, panel: FakePanel) -> None:
    order_id = await completed_order(client, panel, CHEAP_FOLLOWERS)

    with pytest.raises(PanelRefused) as raised:
        await client.refill(order_id)

    assert raised.value.message == "This service does not support refills"
    assert len(actions(panel, "refill")) == 1


async def test_refill_answer_of_another_shape(client: PanelClient, panel: FakePanel) -> None:
    panel.inject_fault("refill", 'json:{"refill": 5.0}')
    panel.inject_fault("refill", 'json:{"refill": {"error": "Incorrect order ID "}}')

    assert await client.refill(1) == "5"
    with pytest.raises(PanelRefused, match="Incorrect order ID"):
        await client.refill(1)


@both_spellings
async def test_refills_batch(client: PanelClient, panel: FakePanel) -> None:
    refillable = await completed_order(client, panel, REFILL_ONLY)
    not_refillable = await completed_order(client, panel, CHEAP_FOLLOWERS)

    result = await client.refills([refillable, not_refillable, 77])

    assert result == {
        refillable: "1",
        not_refillable: ItemError("This service does not support refills"),
        77: ItemError("Incorrect order ID"),
    }


@both_spellings
async def test_refill_statuses(client: PanelClient, panel: FakePanel) -> None:
    first = await completed_order(client, panel, REFILL_ONLY)
    second = await completed_order(client, panel, FOLLOWERS)
    await client.refills([first, second])
    panel.advance_refill(1)
    panel.set_refill_status(2, "Rejected")

    assert await client.refill_status("1") == "In progress"
    assert await client.refill_statuses(["1", "2", "99", "abc"]) == {
        "1": "In progress",
        "2": "Rejected",
        "99": ItemError("Refill not found"),
        "abc": ItemError("Refill not found"),
    }
    with pytest.raises(PanelRefused, match="Refill not found"):
        await client.refill_status("99")


@both_spellings
async def test_cancel_is_a_request_not_a_result(client: PanelClient, panel: FakePanel) -> None:
    cancellable = await place(client, service=FOLLOWERS)
    not_cancellable = await place(client, service=CHEAP_FOLLOWERS)
    balance_before = panel.balance

    result = await client.cancel([cancellable, not_cancellable, 9])

    assert result == {
        cancellable: True,
        not_cancellable: ItemError("This order cannot be cancelled"),
        9: ItemError("Incorrect order ID"),
    }
    assert (await client.status(cancellable)).status == "Pending"
    panel.tick()
    assert (await client.status(cancellable)).status == "Canceled"
    assert panel.balance == balance_before + Decimal("0.09")


@pytest.mark.parametrize(
    ("action", "call"),
    [("refill", "refill"), ("refill", "refills"), ("cancel", "cancel")],
)
async def test_writes_are_not_retried(
    client: PanelClient, panel: FakePanel, action: str, call: str
) -> None:
    panel.inject_fault(action, "http500", times=3)

    with pytest.raises(PanelUnavailable):
        if call == "refill":
            await client.refill(1)
        elif call == "refills":
            await client.refills([1, 2])
        else:
            await client.cancel([1])

    assert len(actions(panel, action)) == 1


# --- balance and the reads' retries -------------------------------------------------------------


@both_spellings
async def test_balance(client: PanelClient, panel: FakePanel) -> None:
    panel.balance = Decimal("100.84292")
    assert await client.balance() == Balance(Decimal("100.84292"), "USD")


async def test_a_read_is_retried_after_a_bad_answer(client: PanelClient, panel: FakePanel) -> None:
    panel.inject_fault("services", "html")

    assert len(await client.services()) == len(sandbox_services())
    assert len(actions(panel, "services")) == 2


@pytest.mark.parametrize(
    "fault", ["html", "broken_json", "http500", "http502", "json:{}", "delay:0.6", "disconnect"]
)
async def test_a_read_failing_every_attempt_is_unavailable(
    impatient: PanelClient, panel: FakePanel, fault: str
) -> None:
    panel.inject_fault("balance", fault, times=3)

    with pytest.raises(PanelUnavailable) as raised:
        await impatient.balance()

    assert len(actions(panel, "balance")) == 3
    assert "balance" in str(raised.value)


@pytest.mark.parametrize(
    ("fault", "message"),
    [("error:Invalid API key  ", "Invalid API key"), ("http400_error:Incorrect request", None)],
)
async def test_a_refused_read_is_not_retried(
    client: PanelClient, panel: FakePanel, fault: str, message: str | None
) -> None:
    panel.inject_fault("balance", fault, times=3)

    with pytest.raises(PanelRefused) as raised:
        await client.balance()

    assert raised.value.message == (message or "Incorrect request")
    assert len(actions(panel, "balance")) == 1


async def test_reads_from_a_closed_port_are_unavailable(closed_port_url: str) -> None:
    client = PanelClient(closed_port_url, KEY, timeout=0.5, backoff=0.01, read_attempts=2)
    try:
        with pytest.raises(PanelUnavailable, match="after 2 attempts"):
            await client.balance()
    finally:
        await client.close()


async def test_a_given_session_is_left_open(panel_url: str) -> None:
    async with aiohttp.ClientSession() as session:
        client = PanelClient(panel_url, KEY, session=session)
        assert (await client.balance()).currency == "USD"
        await client.close()
        assert not session.closed


# --- the key stays secret -----------------------------------------------------------------------


async def test_the_key_appears_nowhere(
    client: PanelClient,
    panel: FakePanel,
    panel_url: str,
    closed_port_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    raised: list[PanelError] = []

    async def collect(call: Awaitable[object]) -> None:
        try:
            await call
        except PanelError as exc:
            raised.append(exc)

    # A panel that echoes the key back in its error texts.
    panel.inject_fault("balance", f"error:Invalid API key {KEY}")
    panel.inject_fault("status", f'json:{{"5": {{"error": "bad key {KEY}"}}}}')
    panel.inject_fault("add", f"http400_error:key {KEY} blocked")
    await collect(client.balance())
    statuses = await client.statuses([5])
    await collect(place(client))
    faults = ("http500", "html", "broken_json", "disconnect")
    for fault in faults:
        panel.inject_fault(None, fault, times=5)  # add: 1 request, services: 3, cancel: 1
        await collect(place(client))
        await collect(client.services())
        await collect(client.cancel([1]))
    unreachable = PanelClient(closed_port_url, KEY, timeout=0.5, backoff=0.01)
    await collect(unreachable.status(1))
    await collect(unreachable.add(NewOrder(service=1, link=LINK, quantity=1)))
    await unreachable.close()

    assert len(raised) == 2 + 3 * len(faults) + 2
    assert statuses[5] == ItemError("bad key ***")
    assert isinstance(raised[0], PanelRefused)
    assert raised[0].message == "Invalid API key ***"
    texts = [str(exc) for exc in raised] + [repr(exc) for exc in raised]
    texts += [repr(client), repr(unreachable), caplog.text]
    texts += [record.getMessage() for record in caplog.records]
    assert not [text for text in texts if KEY in text]
    assert repr(client) == f"PanelClient(api_url={panel_url!r})"


# --- review findings: empty errors, ambiguous answers, echoed keys ------------------------------


async def test_an_empty_error_beside_an_order_id_is_a_placed_order(
    client: PanelClient, panel: FakePanel
) -> None:
    panel.inject_fault("add", 'json:{"order": 777, "error": ""}')
    assert await place(client) == 777
    panel.inject_fault("balance", 'json:{"balance": "5.5", "currency": "USD", "error": null}')
    assert (await client.balance()).amount == Decimal("5.5")


async def test_an_order_id_with_an_error_is_an_unknown_outcome(
    client: PanelClient, panel: FakePanel
) -> None:
    panel.inject_fault("add", 'json:{"order": 778, "error": "Something happened"}')
    with pytest.raises(PanelOutcomeUnknown):
        await place(client)
    assert len(actions(panel, "add")) == 1


@pytest.mark.parametrize("shape", ["{key}", "{plus}", "{pct}"])
async def test_an_echoed_key_is_redacted_in_any_encoding(shape: str) -> None:
    key = "a/b+c=d key"
    panel = FakePanel(api_key=key)
    runner, url = await start_panel_server(panel)
    client = PanelClient(url, key, timeout=10, backoff=0.01)
    echoed = shape.format(key=key, plus=quote_plus(key), pct=quote(key, safe=""))
    panel.inject_fault("add", f'json:{{"error": "bad key {echoed}"}}')
    try:
        with pytest.raises(PanelRefused) as info:
            await place(client)
    finally:
        await client.close()
        await runner.cleanup()
    for form in (key, quote_plus(key), quote(key, safe="")):
        assert form not in info.value.message
        assert form not in str(info.value)


async def test_long_json_numbers_keep_every_digit(client: PanelClient, panel: FakePanel) -> None:
    # More digits than a float holds: read as a float, the last ones would be lost.
    panel.inject_fault("balance", 'json:{"balance": 12345678901.123456789, "currency": "USD"}')
    assert (await client.balance()).amount == Decimal("12345678901.123456789")
    panel.inject_fault("add", 'json:{"order": 23501.0}')
    assert await place(client) == 23501


# --- issue 12, defect 11: only a positive whole number is an order id ---------------------------


@pytest.mark.parametrize(
    "answer",
    ['{"order": 7.5}', '{"order": "1e3"}', '{"order": 1e3}', '{"order": "7.5"}',
     '{"order": -3}', '{"order": 0}', '{"order": "0"}', '{"order": true}', '{"order": "0x1F"}',
     '{"order": "\\u0663"}', '{"order": 99999999999999999999}', '{"order": [5]}'],
)  # fmt: skip
async def test_an_order_id_that_is_not_a_positive_integer_is_an_unknown_outcome(
    client: PanelClient, panel: FakePanel, answer: str
) -> None:
    panel.inject_fault("add", f"json:{answer}")
    with pytest.raises(PanelOutcomeUnknown, match="no order id"):
        await place(client)
    assert len(actions(panel, "add")) == 1  # never retried


@pytest.mark.parametrize(
    ("answer", "order_id"),
    [('{"order": 23501}', 23501), ('{"order": "23502"}', 23502), ('{"order": " 23503 "}', 23503)],
)
async def test_integer_order_ids_in_either_spelling_are_read(
    client: PanelClient, panel: FakePanel, answer: str, order_id: int
) -> None:
    panel.inject_fault("add", f"json:{answer}")
    assert await place(client) == order_id
