"""A simulated SMM panel speaking API v2 over real HTTP.

The product's sandbox mode serves it (orders progress by themselves over a few minutes); the
tests' fake panel (tests/fakes/panel.py) is a subclass that adds faults, held requests, forced
statuses and a request log. It parses its catalogue and its requests on its own, never through
bot.panel, so a bug in the client cannot hide behind the same bug here.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from aiohttp import web

from bot.sandbox.catalogue import sandbox_services

PENDING = "Pending"
PROCESSING = "Processing"
IN_PROGRESS = "In progress"
COMPLETED = "Completed"
PARTIAL = "Partial"
CANCELED = "Canceled"
FINAL_STATUSES = frozenset({COMPLETED, PARTIAL, CANCELED})

MAX_BATCH = 100
_CHARGE_QUANTUM = Decimal("0.00001")  # panels keep charges to five decimals

# Types this panel takes orders for (lower case: matching ignores case). Others, such as
# "Subscriptions", are refused so that a bot that should hide them is caught sending them.
_SIMULATED_TYPES = frozenset(
    {"default", "package", "custom comments", "comment likes", "poll", "subscriptions"}
)


class _Refusal(Exception):
    """The panel says no: becomes {"error": message}."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP answer of the panel, independent of aiohttp."""

    status: int
    body: str
    content_type: str = "application/json"
    drop_connection: bool = False  # close the socket instead of answering


@dataclass
class SimOrder:
    id: int
    service: int
    link: str
    quantity: int  # units to deliver in total (1 for a package)
    fields: dict[str, str]  # the add request's fields, without key and action
    charge: Decimal
    created_at: float
    status: str = PENDING
    start_count: int = 0
    remains: int = 0
    cancel_requested: bool = False


@dataclass
class SimRefill:
    id: int
    order_id: int
    created_at: float
    status: str = PENDING


@dataclass(frozen=True, slots=True)
class _Offer:
    """The panel's own reading of one catalogue entry."""

    id: int
    type: str
    rate: Decimal
    min: int
    max: int
    refill: bool
    cancel: bool
    dripfeed: bool


class SimulatedPanel:
    """An in-memory panel. Serve it with start_panel_server() and point a PanelClient at it.

    Sandbox mode builds it with auto_progress=True and leaves it alone; without it, only cancel
    requests settle (on tick). Tests drive it through a subclass, tests/fakes/panel.py.
    `quirks` makes the answers deviate from the documented shapes the way real panels do.
    """

    def __init__(
        self,
        *,
        api_key: str = "sandbox-key",
        services: Iterable[Mapping[str, object]] | None = None,
        balance: Decimal | str | int = "1000",
        currency: str = "USD",
        quirks: bool = True,
        auto_progress: bool = False,
        clock: Callable[[], float] = time.monotonic,
        first_order_id: int = 23501,
        reject_duplicate_links: bool = False,
    ) -> None:
        self.api_key = api_key
        self.catalogue: list[dict[str, object]] = [
            dict(item) for item in (sandbox_services() if services is None else services)
        ]
        self.balance = Decimal(balance)
        self.currency = currency
        self.quirks = quirks
        self.auto_progress = auto_progress
        self.clock = clock
        self.reject_duplicate_links = reject_duplicate_links
        self.orders: dict[int, SimOrder] = {}
        self.refills: dict[int, SimRefill] = {}
        self._next_order_id = first_order_id
        self._next_refill_id = 1

    def restore(self, order_id: int, service: int, link: str, quantity: int) -> None:
        """Takes back an order placed before a restart (the simulation keeps no files): it
        starts over from Pending, and new ids continue after it."""
        self.orders[order_id] = SimOrder(
            id=order_id,
            service=service,
            link=link,
            quantity=quantity,
            fields={},
            charge=Decimal(0),
            created_at=self.clock(),
            remains=quantity,
        )
        self._next_order_id = max(self._next_order_id, order_id + 1)

    def tick(self, now: float | None = None) -> None:
        """Settle cancel requests; with auto_progress, move everything on by elapsed time."""
        now = self.clock() if now is None else now
        for order in self.orders.values():
            self._tick_order(order, now)
        if self.auto_progress:
            for refill in self.refills.values():
                self._tick_refill(refill, now)

    def _tick_order(self, order: SimOrder, now: float) -> None:
        if order.status in FINAL_STATUSES:
            return
        if order.cancel_requested:
            self._cancel_now(order)
        elif self.auto_progress:
            self._progress_by_time(order, now)

    def _tick_refill(self, refill: SimRefill, now: float) -> None:
        refill.status = _refill_status_at(now - refill.created_at)

    # --- progression --------------------------------------------------------------------------

    def _progress_by_time(self, order: SimOrder, now: float) -> None:
        # Deterministic per order id: Pending for 20-40 s, then running for 1-3 minutes.
        pending_for = 20 + order.id % 21
        running_for = 60 + (order.id % 7) * 20
        elapsed = now - order.created_at
        if elapsed < pending_for:
            return
        if elapsed >= pending_for + running_for:
            self._finish(order)
            return
        self._start(order)
        running_seconds = int(elapsed - pending_for)
        delivered = order.quantity * running_seconds // running_for
        order.remains = order.quantity - delivered
        # Some panels say Processing for a while before In progress.
        early = running_seconds * 4 < running_for
        order.status = PROCESSING if order.id % 4 == 3 and early else IN_PROGRESS

    def _start(self, order: SimOrder) -> None:
        if order.start_count == 0:
            order.start_count = 1000 + (order.id * 37) % 9000

    def _finish(self, order: SimOrder) -> None:
        self._start(order)
        if order.id % 5 == 0 and order.quantity > 1:
            # Every fifth order runs out of stock: Partial, and the panel refunds the rest.
            order.status = PARTIAL
            order.remains = max(1, order.quantity // 4)
            delivered_share = Decimal(order.quantity - order.remains) / order.quantity
            kept = (order.charge * delivered_share).quantize(_CHARGE_QUANTUM, ROUND_DOWN)
            self.balance += order.charge - kept
            order.charge = kept
        else:
            order.status = COMPLETED
            order.remains = 0

    def _cancel_now(self, order: SimOrder) -> None:
        order.status = CANCELED
        order.remains = order.quantity
        self.balance += order.charge
        order.charge = Decimal(0)
        order.cancel_requested = False

    # --- HTTP-independent request handling -----------------------------------------------------

    async def handle(self, form: Mapping[str, str]) -> Reply:
        """Answer one API request given its form fields."""
        return self.answer(form.get("action", ""), form)

    def answer(self, action: str, form: Mapping[str, str]) -> Reply:
        if self.auto_progress:
            self.tick()
        try:
            data = self._dispatch(action, form)
        except _Refusal as refusal:
            data = self._error(refusal.message)
        return Reply(200, _dumps(data))

    def _dispatch(self, action: str, form: Mapping[str, str]) -> object:
        if form.get("key") != self.api_key:
            raise _Refusal("Invalid API key")
        handlers: dict[str, Callable[[Mapping[str, str]], object]] = {
            "services": self._services,
            "add": self._add,
            "status": self._status,
            "refill": self._refill,
            "refill_status": self._refill_status,
            "cancel": self._cancel,
            "balance": self._balance,
        }
        handler = handlers.get(action)
        if handler is None:
            raise _Refusal("Incorrect request")
        return handler(form)

    def _error(self, message: str) -> dict[str, str]:
        # Real panels often pad their error texts.
        return {"error": message + " " if self.quirks else message}

    # --- actions ------------------------------------------------------------------------------

    def _services(self, form: Mapping[str, str]) -> object:
        if not self.quirks:
            return self.catalogue
        return [_quirky_service(index, item) for index, item in enumerate(self.catalogue)]

    def _add(self, form: Mapping[str, str]) -> object:
        offer = self._offer(form.get("service", ""))
        link = form.get("link", "").strip()
        if offer.type.lower() == "subscriptions":
            link = _subscription_account(form)
        elif not link:
            raise _Refusal("Bad link")
        quantity, charge = self._quantity_and_charge(offer, form)
        if charge > self.balance:
            raise _Refusal("Not enough funds on balance")
        if self.reject_duplicate_links and self._has_active_order(offer.id, link):
            raise _Refusal(
                "You have active order with this link. Please wait until order being completed."
            )
        order = SimOrder(
            id=self._next_order_id,
            service=offer.id,
            link=link,
            quantity=quantity,
            fields={k: v for k, v in form.items() if k not in ("key", "action")},
            charge=charge,
            created_at=self.clock(),
            remains=quantity,
        )
        self._next_order_id += 1
        self.orders[order.id] = order
        self.balance -= charge
        order_id: object = str(order.id) if self.quirks and order.id % 2 else order.id
        return {"order": order_id}

    def _quantity_and_charge(self, offer: _Offer, form: Mapping[str, str]) -> tuple[int, Decimal]:
        kind = offer.type.lower()
        if kind not in _SIMULATED_TYPES:
            raise _Refusal(f"Service type {offer.type} is not simulated")
        if kind == "package":
            return 1, offer.rate
        if kind == "subscriptions":
            quantity = _subscription_units(offer, form)
            return quantity, offer.rate * quantity / 1000
        if kind == "custom comments":
            lines = [line for line in re.split(r"\r?\n", form.get("comments", "")) if line.strip()]
            quantity = _check_range(offer, len(lines))
            return quantity, offer.rate * quantity / 1000
        quantity = _check_range(offer, _positive_int(form.get("quantity"), "Incorrect quantity"))
        if kind == "comment likes" and not form.get("username", "").strip():
            raise _Refusal("Username is required")
        if kind == "poll":
            _positive_int(form.get("answer_number"), "Incorrect answer number")
        runs = self._runs(offer, form)
        return quantity * runs, offer.rate * quantity * runs / 1000

    def _runs(self, offer: _Offer, form: Mapping[str, str]) -> int:
        """Drip-feed: `runs` deliveries of `quantity` each, `interval` minutes apart."""
        if not form.get("runs") and not form.get("interval"):
            return 1
        if not offer.dripfeed:
            raise _Refusal("Drip-feed is not available for this service")
        runs = _positive_int(form.get("runs"), "Incorrect runs")
        _positive_int(form.get("interval"), "Incorrect interval")
        if runs < 2:
            raise _Refusal("Incorrect runs")
        return runs

    def _has_active_order(self, service_id: int, link: str) -> bool:
        return any(
            o.service == service_id and o.link == link and o.status not in FINAL_STATUSES
            for o in self.orders.values()
        )

    def _status(self, form: Mapping[str, str]) -> object:
        if "orders" in form:
            return {text: self._status_item(text) for text in self._batch_ids(form, "orders")}
        return self._status_answer(self._order(form.get("order", "")))

    def _batch_ids(self, form: Mapping[str, str], name: str) -> list[str]:
        """The ids of a batch request, each once."""
        ids = [part.strip() for part in form[name].split(",") if part.strip()]
        if not ids:
            raise _Refusal(f"Incorrect {name}")
        if len(ids) > MAX_BATCH:
            raise _Refusal(f"Too many {name}: at most {MAX_BATCH}")
        return list(dict.fromkeys(ids))

    def _status_item(self, text: str) -> object:
        try:
            return self._status_answer(self._order(text))
        except _Refusal as refusal:
            return self._error(refusal.message)

    def _status_answer(self, order: SimOrder) -> dict[str, object]:
        answer: dict[str, object] = {
            "charge": f"{order.charge:f}",
            "start_count": str(order.start_count),
            "status": order.status,
            "remains": str(order.remains),
            "currency": self.currency,
        }
        if self.quirks:
            # Deterministic per order, so both spellings show up in any handful of orders.
            if order.id % 3 == 0:
                answer["charge"] = order.charge  # a JSON number
            if order.id % 2 == 1:
                answer["start_count"] = order.start_count
                answer["remains"] = order.remains
            if order.id % 4 == 2:
                answer["status"] = order.status + " "
        if "posts" in order.fields:
            answer.update(_subscription_status(order))
        return answer

    def _refill(self, form: Mapping[str, str]) -> object:
        if "orders" in form:
            return [self._refill_item(text) for text in self._batch_ids(form, "orders")]
        refill = self._create_refill(form.get("order", ""))
        if self.quirks:
            return {"success": "Refill request accepted", "refill": refill.id}
        return {"refill": str(refill.id)}

    def _refill_item(self, text: str) -> dict[str, object]:
        order_key: object = int(text) if text.isdigit() else text
        try:
            return {"order": order_key, "refill": self._create_refill(text).id}
        except _Refusal as refusal:
            return {"order": order_key, "refill": self._error(refusal.message)}

    def _create_refill(self, order_text: str) -> SimRefill:
        order = self._order(order_text)
        if not self._offer_of(order).refill:
            raise _Refusal("This service does not support refills")
        if order.status != COMPLETED:
            raise _Refusal("Refill is available for completed orders only")
        if any(r.order_id == order.id and r.status != COMPLETED for r in self.refills.values()):
            raise _Refusal("Refill request already exists")
        refill = SimRefill(id=self._next_refill_id, order_id=order.id, created_at=self.clock())
        self._next_refill_id += 1
        self.refills[refill.id] = refill
        return refill

    def _refill_status(self, form: Mapping[str, str]) -> object:
        if "refills" in form:
            return [self._refill_status_item(text) for text in self._batch_ids(form, "refills")]
        return {"status": self._find_refill(form.get("refill", "")).status}

    def _refill_status_item(self, text: str) -> dict[str, object]:
        refill_key: object = int(text) if text.isdigit() else text
        try:
            return {"refill": refill_key, "status": self._find_refill(text).status}
        except _Refusal as refusal:
            return {"refill": refill_key, "status": self._error(refusal.message)}

    def _find_refill(self, text: str) -> SimRefill:
        refill = self.refills.get(int(text)) if text.strip().isdigit() else None
        if refill is None:
            raise _Refusal("Refill not found")
        return refill

    def _cancel(self, form: Mapping[str, str]) -> object:
        if "orders" not in form:
            raise _Refusal("Incorrect request")
        return [self._cancel_item(text) for text in self._batch_ids(form, "orders")]

    def _cancel_item(self, text: str) -> dict[str, object]:
        order_key: object = int(text) if text.isdigit() else text
        try:
            order = self._order(text)
            if (
                not self._offer_of(order).cancel
                or order.status in FINAL_STATUSES
                or order.cancel_requested
            ):
                raise _Refusal("This order cannot be cancelled")
        except _Refusal as refusal:
            return {"order": order_key, "cancel": self._error(refusal.message)}
        # Accepted, not done: the order turns Canceled on a later tick.
        order.cancel_requested = True
        return {"order": order_key, "cancel": 1}

    def _balance(self, form: Mapping[str, str]) -> object:
        amount = self.balance.quantize(_CHARGE_QUANTUM)
        return {
            "balance": amount if self.quirks else f"{amount:f}",  # a JSON number with quirks
            "currency": self.currency,
        }

    # --- lookups ------------------------------------------------------------------------------

    def _order(self, text: str) -> SimOrder:
        order = self.orders.get(int(text)) if text.strip().isdigit() else None
        if order is None:
            raise _Refusal("Incorrect order ID")
        return order

    def _offer(self, service_text: str) -> _Offer:
        service_id = int(service_text) if service_text.strip().isdigit() else None
        for item in self.catalogue:
            offer = _read_offer(item)
            if offer is not None and offer.id == service_id:
                return offer
        raise _Refusal("Incorrect service ID")

    def _offer_of(self, order: SimOrder) -> _Offer:
        return self._offer(str(order.service))


# --- helpers ----------------------------------------------------------------------------------


# Decimals travel as JSON numbers (as some panels send rates and charges), written from their
# exact text: json cannot emit a Decimal, so it is smuggled through as a marked string.
_NUMBER_MARK = "\x00num:"
_MARKED_NUMBER = re.compile(r'"\\u0000num:(-?[0-9]+(?:\.[0-9]+)?)"')


def _mark_number(value: object) -> str:
    if isinstance(value, Decimal) and value.is_finite():
        return f"{_NUMBER_MARK}{value:f}"
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _dumps(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, default=_mark_number)
    return _MARKED_NUMBER.sub(r"\1", text)


def _refill_status_at(elapsed: float) -> str:
    if elapsed < 15:
        return PENDING
    if elapsed < 60:
        return IN_PROGRESS
    return COMPLETED


def _positive_int(text: str | None, refusal: str) -> int:
    value = (text or "").strip()
    if not value.isdigit() or int(value) <= 0:
        raise _Refusal(refusal)
    return int(value)


SUBSCRIPTION_DELAYS = frozenset({0, 5, 10, 15, 30, 60, 90})


def _subscription_account(form: Mapping[str, str]) -> str:
    """A Subscriptions order has no link: its account (`username`) is where it goes."""
    if form.get("link"):
        raise _Refusal("Subscriptions take no link")
    username = form.get("username", "").strip().lstrip("@")
    if not username:
        raise _Refusal("Username is required")
    return "@" + username


def _subscription_units(offer: _Offer, form: Mapping[str, str]) -> int:
    """Up to `max` for each of `posts` posts (charged as such; undelivered ones come back as
    remains); `min` and `max` within the service's limits, `delay` one of the set minutes,
    `expiry` (optional) a d/m/Y date."""
    low = _check_range(offer, _positive_int(form.get("min"), "Incorrect min"))
    high = _check_range(offer, _positive_int(form.get("max"), "Incorrect max"))
    if high < low:
        raise _Refusal("Max less than min")
    posts = _positive_int(form.get("posts"), "Incorrect posts")
    delay = form.get("delay", "").strip()
    if not delay.isdigit() or int(delay) not in SUBSCRIPTION_DELAYS:
        raise _Refusal("Incorrect delay")
    expiry = form.get("expiry")
    if expiry is not None and not re.fullmatch(r"[0-9]{2}/[0-9]{2}/[0-9]{4}", expiry):
        raise _Refusal("Incorrect expiry")
    return high * posts


def _subscription_status(order: SimOrder) -> dict[str, object]:
    """What a Subscriptions status adds: the posts served so far, the end date, the orders."""
    posts = int(order.fields["posts"])
    delivered = order.quantity - order.remains
    served = posts * delivered // order.quantity if order.quantity else 0
    return {
        "posts": str(served),
        "expiry": order.fields.get("expiry"),
        "orders": [order.id * 1000 + post for post in range(1, served + 1)],
    }


def _check_range(offer: _Offer, quantity: int) -> int:
    if quantity < offer.min:
        raise _Refusal(f"Quantity less than minimal {offer.min}")
    if quantity > offer.max:
        raise _Refusal(f"Quantity more than maximal {offer.max}")
    return quantity


def _flag(value: object) -> bool:
    return value is True or value == 1 or str(value).strip().lower() in ("1", "true")


def _read_offer(item: Mapping[str, object]) -> _Offer | None:
    """A catalogue entry as this panel understands it; None if it is not well formed."""
    try:
        return _Offer(
            id=int(str(item["service"])),
            type=str(item.get("type", "Default")),
            rate=Decimal(str(item["rate"])),
            min=int(str(item["min"])),
            max=int(str(item["max"])),
            refill=_flag(item.get("refill")),
            cancel=_flag(item.get("cancel")),
            dripfeed=_flag(item.get("dripfeed")),
        )
    except (KeyError, ValueError, InvalidOperation):
        return None


def _quirky_service(index: int, item: Mapping[str, object]) -> dict[str, object]:
    """An entry as some real panel spells it; which deviation applies depends on its index."""
    quirky = dict(item)
    if index % 2 == 1:
        quirky["service"] = str(quirky["service"])
    if index % 3 == 0:
        # A JSON number: the client must still read the exact decimal it stands for.
        quirky["rate"] = Decimal(str(quirky["rate"]))
    if index % 4 == 0:
        quirky["min"] = int(str(quirky["min"]))
        quirky["max"] = int(str(quirky["max"]))
    if index % 5 == 2:
        # Missing flags mean "not supported" on these panels.
        for flag in ("refill", "cancel", "dripfeed"):
            if not _flag(quirky.get(flag)):
                quirky.pop(flag, None)
    if index % 7 == 3:
        quirky["name"] = f"  {quirky['name']} "
    return quirky


# --- HTTP -------------------------------------------------------------------------------------


def create_app(panel: SimulatedPanel, path: str = "/api/v2") -> web.Application:
    """An aiohttp app serving the panel's API at `path` (form POST, or GET query)."""

    async def api(request: web.Request) -> web.StreamResponse:
        form = {key: value for key, value in request.query.items()}
        if request.method == "POST":
            posted = await request.post()
            form.update({key: value for key, value in posted.items() if isinstance(value, str)})
        reply = await panel.handle(form)
        if reply.drop_connection and request.transport is not None:
            request.transport.close()
        return web.Response(status=reply.status, text=reply.body, content_type=reply.content_type)

    app = web.Application()
    app.router.add_route("POST", path, api)
    app.router.add_route("GET", path, api)
    return app


async def start_panel_server(
    panel: SimulatedPanel, host: str = "127.0.0.1", port: int = 0, *, path: str = "/api/v2"
) -> tuple[web.AppRunner, str]:
    """Serve the panel on host:port (0: a free port). Returns the runner and the API URL.

    Stop it with `await runner.cleanup()`.
    """
    # No access log: a GET request's query string would carry the API key into it.
    runner = web.AppRunner(create_app(panel, path), access_log=None, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound_port = runner.addresses[0][1]
    return runner, f"http://{host}:{bound_port}{path}"
