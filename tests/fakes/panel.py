"""The tests' panel: the sandbox's simulated panel with the hooks a test drives it by.

Faults (inject_fault), requests held mid-flight (hold/release), forced raw statuses
(set_status, set_refill_status), hand-driven progression (advance, advance_refill), batch
answers that leave ids out (omit_from_batches), and a log of every request with how many were
handled at once. The product's sandbox mode (bot/sandbox/mode.py) has none of them.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from bot.sandbox.panel import (
    COMPLETED,
    FINAL_STATUSES,
    IN_PROGRESS,
    PENDING,
    Reply,
    SimOrder,
    SimRefill,
    SimulatedPanel,
    start_panel_server,
)

__all__ = ["FakePanel", "Hold", "start_panel_server"]

_FAULT_KINDS = ("html", "broken_json", "http500", "http502", "disconnect")
_FAULT_PREFIXES = ("error:", "http400_error:", "delay:", "json:")

_CLOUDFLARE_PAGE = (
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
    "<body><h1>Checking your browser before accessing the panel.</h1>"
    "<p>Cloudflare Ray ID: 7d1f0c2b9a8e4f21</p></body></html>"
)
_HTTP500_PAGE = "<html><body><h1>500 Internal Server Error</h1></body></html>"
_HTTP502_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head>"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>"
)


class Hold:
    """Requests of one action held at the panel until released (see FakePanel.hold)."""

    def __init__(self) -> None:
        self.released = asyncio.Event()
        self.arrivals = 0
        self._arrival = asyncio.Condition()

    async def reached(self, count: int = 1) -> None:
        """Returns once `count` requests have come in and are held."""
        async with self._arrival:
            await self._arrival.wait_for(lambda: self.arrivals >= count)

    async def arrive(self) -> None:
        async with self._arrival:
            self.arrivals += 1
            self._arrival.notify_all()
        await self.released.wait()


@dataclass
class _Fault:
    action: str | None
    kind: str
    remaining: int


class FakePanel(SimulatedPanel):
    """A SimulatedPanel a test drives. Serve it with start_panel_server()."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.requests: list[tuple[str, dict[str, str]]] = []
        # Ids (as sent) that batch answers leave out, as some panels do with unknown ids.
        self.omit_from_batches: set[str] = set()
        self.in_flight = 0
        self.peak_in_flight = 0  # most requests handled at once: checks a client's bound
        self._faults: list[_Fault] = []
        self._holds: dict[str, Hold] = {}
        self._pinned_orders: set[int] = set()
        self._pinned_refills: set[int] = set()
        self._wire_overrides: dict[int, dict[str, object]] = {}

    # --- faults and held requests -------------------------------------------------------------

    def inject_fault(self, action: str | None, fault: str, times: int = 1) -> None:
        """Spoil the next `times` requests of `action` (None: of any action).

        Faults: "html", "broken_json", "http500", "http502", "disconnect" (the request is
        handled, then the socket is closed unanswered), "error:<text>", "http400_error:<text>",
        "json:<raw body>" (HTTP 200 with that body, e.g. 'json:{"order": null}'),
        "delay:<seconds>" (then answered normally; an `add` creates its order after the delay).
        """
        if fault not in _FAULT_KINDS and not fault.startswith(_FAULT_PREFIXES):
            raise ValueError(f"unknown fault: {fault!r}")
        if fault.startswith("delay:"):
            float(fault.removeprefix("delay:"))  # fail here, not inside a request
        self._faults.append(_Fault(action, fault, times))

    def hold(self, action: str) -> Hold:
        """Requests of `action` wait, after their fault is taken, until `release()`: a test
        catches a call mid-flight (`await hold.reached()`) without sleeping."""
        hold = Hold()
        self._holds[action] = hold
        return hold

    def release(self, action: str) -> None:
        hold = self._holds.pop(action, None)
        if hold is not None:
            hold.released.set()

    async def handle(self, form: Mapping[str, str]) -> Reply:
        action = form.get("action", "")
        self.requests.append((action, {k: v for k, v in form.items() if k != "key"}))
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            fault = self._take_fault(action)
            hold = self._holds.get(action)
            if hold is not None:
                await hold.arrive()
            if fault is not None and fault.startswith("delay:"):
                await asyncio.sleep(float(fault.removeprefix("delay:")))
            elif fault is not None and fault != "disconnect":
                return _fault_reply(fault)
            reply = await super().handle(form)
            return replace(reply, drop_connection=fault == "disconnect")
        finally:
            self.in_flight -= 1

    def _take_fault(self, action: str) -> str | None:
        for fault in self._faults:
            if fault.action in (None, action) and fault.remaining > 0:
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                return fault.kind
        return None

    # --- forced statuses and hand-driven progression ------------------------------------------

    def set_status(
        self,
        order_id: int,
        status: str,
        *,
        remains: object = None,
        start_count: object = None,
        charge: object = None,
    ) -> None:
        """Force the raw status text, and optionally raw wire values of the other fields.

        The order stops progressing by itself. The balance is not touched: this only changes
        what `status` answers.
        """
        order = self.orders[order_id]
        order.status = status
        self._pinned_orders.add(order_id)
        given = {"remains": remains, "start_count": start_count, "charge": charge}
        self.wire(order_id).update({k: v for k, v in given.items() if v is not None})

    def wire(self, order_id: int) -> dict[str, object]:
        """The raw values the order's `status` answer carries in place of the simulated ones:
        a test edits it (None there is sent as JSON null)."""
        return self._wire_overrides.setdefault(order_id, {})

    def set_refill_status(self, refill_id: int, status: str) -> None:
        refill = self.refills[refill_id]
        refill.status = status
        self._pinned_refills.add(refill_id)

    def advance(self, order_id: int) -> None:
        """Move one order one step: cancel request -> Canceled, Pending -> In progress -> end.

        Also releases an order pinned by set_status.
        """
        order = self.orders[order_id]
        self._pinned_orders.discard(order_id)
        if order.status in FINAL_STATUSES:
            return
        if order.cancel_requested:
            self._cancel_now(order)
        elif order.status == PENDING:
            self._start(order)
            order.status = IN_PROGRESS
            order.remains = order.quantity - order.quantity // 2
        else:
            self._finish(order)

    def advance_refill(self, refill_id: int) -> None:
        refill = self.refills[refill_id]
        self._pinned_refills.discard(refill_id)
        if refill.status == PENDING:
            refill.status = IN_PROGRESS
        elif refill.status == IN_PROGRESS:
            refill.status = COMPLETED

    def _tick_order(self, order: SimOrder, now: float) -> None:
        if order.id not in self._pinned_orders:
            super()._tick_order(order, now)

    def _tick_refill(self, refill: SimRefill, now: float) -> None:
        if refill.id not in self._pinned_refills:
            super()._tick_refill(refill, now)

    def _status_answer(self, order: SimOrder) -> dict[str, object]:
        answer = super()._status_answer(order)
        answer.update(self._wire_overrides.get(order.id, {}))
        return answer

    def _batch_ids(self, form: Mapping[str, str], name: str) -> list[str]:
        ids = super()._batch_ids(form, name)
        return [text for text in ids if text not in self.omit_from_batches]


def _fault_reply(fault: str) -> Reply:
    if fault == "html":
        return Reply(200, _CLOUDFLARE_PAGE, "text/html")
    if fault == "broken_json":
        return Reply(200, '{"order": 235')
    if fault == "http500":
        return Reply(500, _HTTP500_PAGE, "text/html")
    if fault == "http502":
        return Reply(502, _HTTP502_PAGE, "text/html")
    if fault.startswith("error:"):
        return Reply(200, json.dumps({"error": fault.removeprefix("error:")}, ensure_ascii=False))
    if fault.startswith("http400_error:"):
        body = json.dumps({"error": fault.removeprefix("http400_error:")}, ensure_ascii=False)
        return Reply(400, body)
    if fault.startswith("json:"):
        return Reply(200, fault.removeprefix("json:"))
    raise ValueError(f"unknown fault: {fault!r}")
