"""Async client of the SMM panel API v2 (see docs/panel-api-v2.md).

Every call is one form-encoded POST to the API URL carrying `key` and `action`. Reads are
retried with bounded exponential backoff; writes are sent once, because `add` has no
idempotency key and a retried refill or cancel is at best noise.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus

import aiohttp
from yarl import URL

from bot.panel.errors import (
    PanelClosed,
    PanelError,
    PanelOutcomeUnknown,
    PanelRefused,
    PanelUnavailable,
)
from bot.panel.jsonslices import loads_sliced
from bot.panel.models import (
    Balance,
    ItemError,
    NewOrder,
    OrderStatus,
    Service,
    WireFormatError,
    item_error,
    parse_balance,
    parse_order_status,
    parse_service,
    read_bool,
    read_id,
    read_text,
)

log = logging.getLogger(__name__)
calls_log = logging.getLogger("bot.panel.calls")

_Exchange = Callable[[Any, str, Mapping[str, str]], Coroutine[Any, Any, object]]


def _logged_call(exchange: _Exchange) -> _Exchange:
    """One INFO line per panel request: action, outcome, duration (never the fields sent)."""

    async def logged(self: Any, action: str, fields: Mapping[str, str]) -> object:
        started = time.monotonic()
        outcome = "no answer"
        try:
            data = await exchange(self, action, fields)
            outcome = "ok"
            return data
        except PanelRefused:
            outcome = "refused"
            raise
        except asyncio.CancelledError:
            outcome = "cancelled"
            raise
        finally:
            took = time.monotonic() - started
            calls_log.info(
                "panel %s: %s in %.3f s",
                action,
                outcome,
                took,
                extra={"action": action, "outcome": outcome, "duration_ms": round(took * 1000, 1)},
            )

    return logged


T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

BATCH_SIZE = 100  # the API's limit of ids per batch request
_MAX_BACKOFF = 10.0  # seconds; a read never waits longer than this between attempts
_MAX_DETAIL = 200  # characters of a panel's text kept in an exception


class _NoAnswer(Exception):
    """No usable answer. `sent` is False only when the request surely never left us."""

    def __init__(self, reason: str, *, sent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.sent = sent


class PanelClient:
    def __init__(
        self,
        api_url: str,
        api_key: str,
        *,
        session: aiohttp.ClientSession | None = None,
        timeout: float = 30.0,
        read_attempts: int = 3,
        backoff: float = 0.5,
        max_in_flight: int = 4,
        connection_limit: int = 100,
    ) -> None:
        self._url = api_url
        self._key = api_key
        self._session = session
        self._owns_session = session is None
        self._closed = False
        # A request is timed from when it is sent, never while it waits for its turn: waiting
        # is not the panel's silence (an `add` timed out in the queue would go to review).
        self._timeout_seconds = timeout
        self._timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout, sock_read=timeout)
        if session is not None and session.connector is not None and session.connector.limit:
            connection_limit = session.connector.limit
        self._connection_limit = max(2, connection_limit)
        # Every request takes a slot before it is sent. Slots are fewer than the pool's
        # connections, so a request that holds one never queues inside aiohttp for a connection.
        self._slots = asyncio.Semaphore(self._connection_limit - 1)
        self._read_attempts = max(1, read_attempts)
        self._backoff = max(0.0, backoff)
        # Bounds every request of this client, so a big status sync cannot flood the panel.
        self._in_flight = asyncio.Semaphore(max(1, max_in_flight))

    def __repr__(self) -> str:
        return f"PanelClient(api_url={_display_url(self._url)!r})"

    @property
    def busy(self) -> bool:
        """True when every slot is taken: a request made now waits for its turn."""
        return self._slots.locked()

    async def close(self) -> None:
        """Close the HTTP session, but only one this client created itself. Any call after
        this fails with PanelClosed and sends nothing."""
        self._closed = True
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    # --- actions ------------------------------------------------------------------------------

    async def services(self) -> list[Service]:
        """The panel's list. Its shape is checked inside the read (a page that is not a list is
        retried like a timeout); the items, tens of thousands on a big panel, are decoded and
        parsed a few at a time with the event loop let in between (all at once held it 0.4 s)."""
        items = await self._read("services", {}, _service_items)
        try:
            return await _parse_services(items)
        except WireFormatError as exc:
            raise PanelUnavailable("services", str(exc)) from None

    async def add(self, order: NewOrder) -> int:
        """Place an order and return the panel's order id. Sent exactly once."""
        try:
            data = await self._exchange("add", order.form_fields())
            return _parse_new_order_id(data)
        except _NoAnswer as exc:
            if exc.sent:
                raise PanelOutcomeUnknown("add", self._redact(exc.reason)) from None
            raise PanelUnavailable("add", self._redact(exc.reason)) from None
        except WireFormatError as exc:
            raise PanelOutcomeUnknown("add", self._redact(f"unexpected answer: {exc}")) from None

    async def status(self, order_id: int) -> OrderStatus:
        return await self._read("status", {"order": str(order_id)}, _single_status(order_id))

    async def statuses(self, order_ids: Iterable[int]) -> dict[int, OrderStatus | ItemError]:
        async def one_batch(batch: Sequence[int]) -> dict[int, OrderStatus | ItemError]:
            return await self._read("status", {"orders": _join(batch)}, _batch_statuses(batch))

        return await self._batched(order_ids, one_batch)

    async def refill(self, order_id: int) -> str:
        """Ask for a refill of one order; returns the refill id as text."""
        data = await self._write("refill", {"order": str(order_id)})
        return self._parse_or_unavailable("refill", data, _parse_refill_id)

    async def refills(self, order_ids: Iterable[int]) -> dict[int, str | ItemError]:
        async def one_batch(batch: Sequence[int]) -> dict[int, str | ItemError]:
            data = await self._write("refill", {"orders": _join(batch)})
            items = self._parse_or_unavailable("refill", data, _items_by_id("order", "refill"))
            return _pick(batch, str, items, _refill_item)

        return await self._batched(order_ids, one_batch)

    async def refill_status(self, refill_id: str) -> str:
        return await self._read("refill_status", {"refill": refill_id}, _parse_refill_status)

    async def refill_statuses(self, refill_ids: Iterable[str]) -> dict[str, str | ItemError]:
        async def one_batch(batch: Sequence[str]) -> dict[str, str | ItemError]:
            def parse(data: object) -> dict[str, str | ItemError]:
                items = _items_by_id("refill", "status")(data)
                return _pick(batch, _id_text, items, _refill_status_item)

            return await self._read("refill_status", {"refills": _join(batch)}, parse)

        return await self._batched(refill_ids, one_batch)

    async def cancel(self, order_ids: Iterable[int]) -> dict[int, bool | ItemError]:
        """Ask to cancel orders. True means the request was accepted, not that it is done."""

        async def one_batch(batch: Sequence[int]) -> dict[int, bool | ItemError]:
            data = await self._write("cancel", {"orders": _join(batch)})
            items = self._parse_or_unavailable("cancel", data, _items_by_id("order", "cancel"))
            return _pick(batch, str, items, _cancel_item)

        return await self._batched(order_ids, one_batch)

    async def balance(self) -> Balance:
        return await self._read("balance", {}, parse_balance)

    # --- request plumbing ---------------------------------------------------------------------

    async def _read(
        self, action: str, fields: Mapping[str, str], parse: Callable[[object], T]
    ) -> T:
        """A read with retries: an unusable answer is as retryable as a timeout."""
        attempt = 1
        while True:
            try:
                return parse(await self._exchange(action, fields))
            except (_NoAnswer, WireFormatError) as exc:
                reason = self._redact(exc.reason if isinstance(exc, _NoAnswer) else str(exc))
                if attempt >= self._read_attempts:
                    raise PanelUnavailable(action, f"{reason} (after {attempt} attempts)") from None
                delay = min(self._backoff * 2 ** (attempt - 1), _MAX_BACKOFF)
                log.warning(
                    "panel %s attempt %d failed: %s; retrying in %.2fs",
                    action,
                    attempt,
                    reason,
                    delay,
                )
                await asyncio.sleep(delay)
                attempt += 1

    async def _write(self, action: str, fields: Mapping[str, str]) -> object:
        """A single attempt: whether a write that got no answer took effect is unknown."""
        try:
            return await self._exchange(action, fields)
        except _NoAnswer as exc:
            raise PanelUnavailable(action, self._redact(exc.reason)) from None

    def _parse_or_unavailable(self, action: str, data: object, parse: Callable[[object], T]) -> T:
        try:
            return parse(data)
        except WireFormatError as exc:
            raise PanelUnavailable(action, self._redact(f"unexpected answer: {exc}")) from None

    @_logged_call
    async def _exchange(self, action: str, fields: Mapping[str, str]) -> object:
        """One POST. Returns the decoded JSON, raises PanelRefused or _NoAnswer."""
        # key and action last, so no field can override them.
        form = {**fields, "key": self._key, "action": action}
        started = time.monotonic()
        if action == "add":
            # An order never queues behind status sync or a catalogue refresh: the customer is
            # waiting. It only waits for a free slot (see _post).
            status, body = await self._post(form)
        else:
            async with self._in_flight:
                status, body = await self._post(form)
        log.debug(
            "panel %s: HTTP %d, %d bytes in %.3fs",
            action,
            status,
            len(body),
            time.monotonic() - started,
        )
        return await self._decode(action, status, body)

    async def _post(self, form: dict[str, str]) -> tuple[int, bytes]:
        async with self._slots:
            # Taken with the slot: a call queued while the client closed must not go out.
            session = self._get_session(form["action"])
            return await self._send(session, form)

    async def _send(
        self, session: aiohttp.ClientSession, form: dict[str, str]
    ) -> tuple[int, bytes]:
        try:
            # The whole exchange is bounded too, from here: a panel trickling bytes slower
            # than sock_read would otherwise hold a slot for ever.
            async with asyncio.timeout(self._timeout_seconds):
                async with session.post(self._url, data=form, timeout=self._timeout) as response:
                    return response.status, await response.read()
        except aiohttp.ClientConnectorError as exc:
            # The TCP/TLS connection was never made: nothing reached the panel.
            raise _NoAnswer(f"cannot connect: {exc}", sent=False) from None
        except aiohttp.InvalidURL:
            raise _NoAnswer("invalid API URL", sent=False) from None
        except TimeoutError:
            raise _NoAnswer("timed out", sent=True) from None
        except aiohttp.ClientError as exc:
            raise _NoAnswer(f"{type(exc).__name__}: {exc}", sent=True) from None

    async def _decode(self, action: str, status: int, body: bytes) -> object:
        if self._key:
            # Some panels echo what they got; redacting the raw body keeps the key out of every
            # error text, item error and exception built from the answer below.
            body = body.replace(self._key.encode(), b"***")
        try:
            # Numbers with a fraction become Decimals at once: no float ever holds money. A big
            # answer (the services list) is read item by item with the loop let in between.
            data: object = await loads_sliced(body)
        except ValueError:
            what = "an HTML page" if body.lstrip()[:1] == b"<" else "broken JSON"
            raise _NoAnswer(f"HTTP {status} with {what}", sent=True) from None
        if status >= 500:
            raise _NoAnswer(f"HTTP {status}", sent=True)
        error = read_text(data.get("error")) if isinstance(data, dict) else None
        if isinstance(data, dict) and error:
            if read_text(data.get("order")):
                # An order id and an error at once: whether the order exists is not clear.
                raise _NoAnswer("answer carries both an order id and an error", sent=True)
            raise PanelRefused(action, self._redact(error))
        if status >= 300:
            raise _NoAnswer(f"HTTP {status} without an error message", sent=True)
        return data

    def _get_session(self, action: str) -> aiohttp.ClientSession:
        if self._closed:
            raise PanelClosed(action, "the panel client is closed")
        # Created lazily so the client can be built outside a running event loop.
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=self._timeout,
                connector=aiohttp.TCPConnector(limit=self._connection_limit),
            )
        return self._session

    def _redact(self, text: str) -> str:
        """Panels and libraries may echo what they got; the key must not travel on, neither
        as it is nor form-encoded."""
        if self._key:
            for form in {self._key, quote_plus(self._key), quote(self._key, safe="")}:
                text = text.replace(form, "***")
        return text[:_MAX_DETAIL]

    async def _batched(
        self,
        ids: Iterable[K],
        one_batch: Callable[[Sequence[K]], Coroutine[Any, Any, dict[K, V]]],
    ) -> dict[K, V]:
        """Run one request per chunk of BATCH_SIZE ids (concurrency bounded by _in_flight)."""
        unique = list(dict.fromkeys(ids))
        chunks = [unique[i : i + BATCH_SIZE] for i in range(0, len(unique), BATCH_SIZE)]
        if len(chunks) <= 1:
            return await one_batch(chunks[0]) if chunks else {}
        try:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(one_batch(chunk)) for chunk in chunks]
        except ExceptionGroup as failures:
            # Callers expect the PanelError of a single request, not a group of them.
            raise _first_panel_error(failures) from None
        merged: dict[K, V] = {}
        for task in tasks:
            merged.update(task.result())
        return merged


def _first_panel_error(group: ExceptionGroup[Exception]) -> Exception:
    """The first PanelError in a (nested) group; the group itself if it holds anything else."""
    leaves: list[Exception] = []
    pending: list[Exception] = [group]
    while pending:
        failure = pending.pop(0)
        if isinstance(failure, ExceptionGroup):
            pending[:0] = failure.exceptions
        else:
            leaves.append(failure)
    if all(isinstance(leaf, PanelError) for leaf in leaves):
        return leaves[0]
    return group


# --- answer readers (pure functions of decoded JSON) ----------------------------------------


def _display_url(url: str) -> str:
    """The URL without user info or query, which could carry credentials."""
    try:
        return str(URL(url).with_user(None).with_query(None))
    except (ValueError, TypeError):
        return "<invalid url>"


def _join(ids: Iterable[object]) -> str:
    return ",".join(str(i) for i in ids)


def _id_text(value: str) -> str:
    return read_id(value) or value


PARSE_YIELD_EVERY = 20  # services parsed between two looks at the event loop (~0.4 ms)


def _service_items(data: object) -> list[object]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        return list(data.values())  # some panels key the list by service id
    raise WireFormatError("services answer is not a list")


async def _parse_services(raw_items: list[object]) -> list[Service]:
    services: dict[int, Service] = {}
    skipped = 0
    for index, raw in enumerate(raw_items):
        if index and index % PARSE_YIELD_EVERY == 0:
            await asyncio.sleep(0)
        try:
            service = parse_service(raw)
        except WireFormatError:
            skipped += 1
            continue
        if service.id in services:
            skipped += 1  # a duplicate id would make the catalogue ambiguous: first one wins
            continue
        services[service.id] = service
    if skipped:
        log.warning("panel services: skipped %d malformed or duplicate item(s)", skipped)
        if not services:
            raise WireFormatError("no usable service in the answer")
    return list(services.values())


_MAX_ORDER_ID = 2**63 - 1  # SQLite's integer range: a larger id could not be recorded


def _parse_new_order_id(data: object) -> int:
    """Only a positive whole number is an order id: a JSON integer (or one written with a zero
    fraction, 23501.0) or a string of ASCII digits. 7.5, "1e3", "7.5" or -3 are not ids to
    round or convert: what the panel did with such an order is unknown."""
    raw = data.get("order") if isinstance(data, dict) else None
    order_id: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        order_id = raw
    elif isinstance(raw, Decimal):
        exponent = raw.as_tuple().exponent
        if raw.is_finite() and isinstance(exponent, int) and exponent <= 0 and raw == int(raw):
            order_id = int(raw)
    elif isinstance(raw, str):
        text = raw.strip()
        if text.isascii() and text.isdigit():
            order_id = int(text)
    if order_id is None or not 0 < order_id <= _MAX_ORDER_ID:
        raise WireFormatError("no order id")
    return order_id


def _single_status(order_id: int) -> Callable[[object], OrderStatus]:
    def parse(data: object) -> OrderStatus:
        # Some panels answer a single `order` in the batch shape {"<id>": {...}}.
        if isinstance(data, dict) and "status" not in data and str(order_id) in data:
            data = data[str(order_id)]
            error = item_error(data)
            if error is not None:
                raise PanelRefused("status", error.message)
        return parse_order_status(data)

    return parse


def _batch_statuses(batch: Sequence[int]) -> Callable[[object], dict[int, OrderStatus | ItemError]]:
    def parse(data: object) -> dict[int, OrderStatus | ItemError]:
        if len(batch) == 1 and isinstance(data, dict) and "status" in data:
            data = {str(batch[0]): data}  # a panel that answered one id in the single shape
        items = _items_by_id("order", None)(data)
        return _pick(batch, str, items, _status_item)

    return parse


def _items_by_id(id_field: str, value_field: str | None) -> Callable[[object], dict[str, object]]:
    """Index a batch answer by id text, whichever of the two shapes the panel used.

    Lists look like [{"order": 1, "refill": 5}, ...]; dicts like {"1": {...}} or {"1": 5}.
    With value_field None the whole item object is the value.
    """

    def index(data: object) -> dict[str, object]:
        if isinstance(data, dict):
            return {
                key: _item_value(value, value_field)
                for raw_key, value in data.items()
                if (key := read_id(raw_key)) is not None
            }
        if isinstance(data, list):
            indexed: dict[str, object] = {}
            for item in data:
                key = read_id(item.get(id_field)) if isinstance(item, dict) else None
                if key is not None:
                    indexed[key] = _item_value(item, value_field)
            return indexed
        raise WireFormatError("batch answer is neither an object nor a list")

    return index


def _item_value(item: object, value_field: str | None) -> object:
    if value_field is None or not isinstance(item, dict):
        return item
    if value_field in item:
        return item[value_field]
    return item  # e.g. {"order": 3, "error": "..."}: let the item reader see the error


def _pick(
    batch: Sequence[K],
    key_of: Callable[[K], str],
    items: Mapping[str, object],
    read_item: Callable[[object], V],
) -> dict[K, V | ItemError]:
    """Each requested id's result; a bad or missing item only spoils itself."""
    result: dict[K, V | ItemError] = {}
    for requested in batch:
        key = key_of(requested)
        if key not in items:
            result[requested] = ItemError("missing from answer")
            continue
        value = items[key]
        error = item_error(value)
        if error is not None:
            result[requested] = error
            continue
        try:
            result[requested] = read_item(value)
        except WireFormatError as exc:
            result[requested] = ItemError(f"unreadable item: {exc}")
    return result


def _status_item(value: object) -> OrderStatus:
    return parse_order_status(value)


def _refill_item(value: object) -> str:
    refill_id = read_id(value)
    if refill_id is None:
        raise WireFormatError("no refill id")
    return refill_id


def _refill_status_item(value: object) -> str:
    status = read_text(value)
    if status is None:
        raise WireFormatError("no refill status")
    return status


def _cancel_item(value: object) -> bool:
    if isinstance(value, (bool, int)) or (isinstance(value, str) and value.strip().isdigit()):
        return read_bool(value)
    raise WireFormatError("unexpected cancel value")


def _parse_refill_id(data: object) -> str:
    if isinstance(data, dict) and "refill" in data:
        error = item_error(data["refill"])
        if error is not None:
            raise PanelRefused("refill", error.message)
        return _refill_item(data["refill"])
    raise WireFormatError("no refill id")


def _parse_refill_status(data: object) -> str:
    if isinstance(data, dict) and "status" in data:
        error = item_error(data["status"])
        if error is not None:
            raise PanelRefused("refill_status", error.message)
        return _refill_status_item(data["status"])
    raise WireFormatError("no refill status")
