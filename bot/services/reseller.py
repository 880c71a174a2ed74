"""The shop as a panel: the actions of API v2 (shared/docs/panel-api-v2.md) for a customer.

Each action takes the caller (a customer whose key was checked, bot/services/api_access.py)
and the request's fields as text, and answers what the wire carries: a JSON-ready dict or
list, or raises `ApiRefusal` with the error text clients expect. An order placed here is an
order like any other (OrderingService.place_via_api): the same prices, the same hold and
refunds, the same refills and cancels as in the bot.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from bot.config import Settings
from bot.db import Database
from bot.db.repositories.catalogue import ServiceRow
from bot.db.repositories.orders import Order
from bot.db.repositories.refills import Refill
from bot.domain import inputs
from bot.domain.money import from_minor
from bot.domain.order_draft import Answer, OrderDraft
from bot.domain.refusals import Refusal
from bot.domain.service_types import ServiceType, kind_of
from bot.services.catalogue import CatalogueService
from bot.services.order_actions import ActionResultKind, OrderActions
from bot.services.ordering import (
    DraftInvalid,
    OrderingService,
    OutcomeKind,
    ServiceUnavailable,
    flow,
    limits,
)

log = logging.getLogger(__name__)

MAX_BATCH = 100  # ids per `orders` / `refills`, as panels take them

INVALID_KEY = "Invalid API key"
INCORRECT_REQUEST = "Incorrect request"
INCORRECT_SERVICE = "Incorrect service ID"
INCORRECT_ORDER = "Incorrect order ID"
NO_FUNDS = "Not enough funds on balance"
TOO_MANY = "Too many requests"
BAD_LINK = "Bad link"
ACTIVE_ORDER = "You have active order with this link. Please wait until order being completed."
UNAVAILABLE = "Service is temporarily unavailable"
NOT_ACCEPTED = "The order was not accepted"
REFILL_NOT_FOUND = "Refill not found"
NO_REFILL = "This order cannot be refilled"
REFILL_UNDER_WAY = "A refill of this order is in progress"
NO_CANCEL = "This order cannot be cancelled"

# Our order states in the panels' words; an order held for review (unknown) reads Pending.
STATUS_WORDS = {
    "submitting": "Pending",
    "unknown": "Pending",
    "pending": "Pending",
    "in_progress": "In progress",
    "processing": "Processing",
    "completed": "Completed",
    "partial": "Partial",
    "canceled": "Canceled",
    "failed": "Canceled",
}
REFILL_WORDS = {
    "pending": "Pending",
    "in_progress": "In progress",
    "completed": "Completed",
    "rejected": "Rejected",
    "failed": "Rejected",
}
_REFUSALS = {
    Refusal.LINK: BAD_LINK,
    Refusal.ACTIVE: ACTIVE_ORDER,
    Refusal.UNAVAILABLE: UNAVAILABLE,
}


class ApiRefusal(Exception):
    """The request is refused with this error text ({"error": text}); nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def amount_text(units: int, decimals: int, *, up: bool = False) -> str:
    """An amount as the wire writes it: a string with exactly `decimals` places."""
    rounding = ROUND_CEILING if up else ROUND_FLOOR
    return str(from_minor(units).quantize(Decimal(1).scaleb(-decimals), rounding=rounding))


def read_ids(text: str | None) -> list[int]:
    """Comma separated ids, at most MAX_BATCH; an unreadable one is -1 (no order has it)."""
    if text is None or not text.strip():
        raise ApiRefusal(INCORRECT_REQUEST)
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or len(parts) > MAX_BATCH:
        raise ApiRefusal(INCORRECT_REQUEST)
    return [read_id(part) for part in parts]


def read_id(text: str | None) -> int:
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else -1


# The fields whose range refusal is worded as the Quantity's: the quantity, the comments
# (their count is the quantity) and a subscription's min and max (a quantity per post).
QUANTITY_FIELDS = frozenset({"quantity", "comments", "min", "max"})


def _input_refusal(step_key: str, error: inputs.InputError, typed: str | None) -> str:
    """A form step's refusal in the panels' words."""
    low, high = error.params.get("low"), error.params.get("high")
    if error.key.startswith("input-link"):
        return BAD_LINK
    quantity_like = step_key in QUANTITY_FIELDS
    if quantity_like and (error.key.endswith("-range") or error.key == "input-comments-count"):
        value = error.params.get("value", error.params.get("count", 0))
        if low is not None and value < low:
            return f"Quantity less than minimal {low}"
        return f"Quantity more than maximal {high}"
    raw = (typed or "").strip()
    if step_key == "quantity" and raw.isascii() and raw.isdigit() and high is not None:
        # Too many digits to be read as a quantity (10^30, say): more than any maximum.
        # Compared as text: int() refuses strings of more than 4300 digits.
        return f"Quantity more than maximal {high}" if _above(raw, high) else INCORRECT_REQUEST
    return INCORRECT_REQUEST


def _above(digits: str, high: int) -> bool:
    """Whether a string of ASCII digits, of any length, reads as a number above `high`."""
    digits = digits.lstrip("0") or "0"
    limit = str(high)
    return (len(digits), digits) > (len(limit), limit)


def read_answers(service: ServiceRow, kind: ServiceType, fields: Mapping[str, str]) -> OrderDraft:
    """The `add` fields of the service's type read as the bot's form reads them: the same
    checks, the same limits; a field the type does not take is ignored."""
    answers: dict[str, Answer] = {}
    for step in flow(service, kind):
        if not step.asked(answers):
            continue
        typed = fields.get(step.key)
        if typed is None and step.optional:
            continue
        try:
            answers[step.key] = step.read(typed, limits(service), answers)
        except inputs.InputError as exc:
            raise ApiRefusal(_input_refusal(step.key, exc, typed)) from None
    return OrderDraft(service.id, **answers)


class Reseller:
    def __init__(
        self,
        db: Database,
        catalogue: CatalogueService,
        ordering: OrderingService,
        actions: OrderActions,
        settings: Settings,
    ) -> None:
        self._db = db
        self._catalogue = catalogue
        self._ordering = ordering
        self._actions = actions
        self._decimals = settings.price_decimals
        self._currency = settings.currency

    async def services(self) -> list[dict[str, Any]]:
        async with self._db.read() as repos:
            listed = await repos.catalogue.list_orderable("en")
        priced = await self._catalogue.priced(listed)
        return [
            {
                "service": service.id,
                "name": service.name,
                "type": service.type,
                "category": service.category_name,
                "rate": str(per_1000.quantize(Decimal(1).scaleb(-self._decimals), ROUND_CEILING)),
                "min": str(service.min_quantity),
                "max": str(service.max_quantity),
                "refill": service.refill,
                "cancel": service.cancel,
                "dripfeed": service.dripfeed,
            }
            for service, per_1000 in priced
            if kind_of(service.type) is not None
        ]

    async def add(self, user_id: int, fields: Mapping[str, str]) -> dict[str, Any]:
        service_id = read_id(fields.get("service"))
        service = await self._catalogue.orderable(service_id) if service_id > 0 else None
        kind = None if service is None else kind_of(service.type)
        if service is None or kind is None:
            raise ApiRefusal(INCORRECT_SERVICE)
        draft = read_answers(service, kind, fields)
        token = "api-" + secrets.token_urlsafe(18)  # one request, one order
        try:
            outcome = await self._ordering.place_via_api(user_id, draft, token)
        except ServiceUnavailable:
            raise ApiRefusal(INCORRECT_SERVICE) from None
        except DraftInvalid:
            raise ApiRefusal(INCORRECT_REQUEST) from None
        if outcome.kind is OutcomeKind.NO_FUNDS:
            raise ApiRefusal(NO_FUNDS)
        order = outcome.order
        if outcome.kind in (OutcomeKind.REFUSED, OutcomeKind.UNAVAILABLE) or order is None:
            # Refunded already; the panel's own text is for the admins only.
            reason = outcome.reason or Refusal.OTHER
            raise ApiRefusal(_REFUSALS.get(reason, NOT_ACCEPTED))
        # Placed, or held for review (unknown outcome): the order exists, `status` follows it.
        return {"order": order.id}

    def _status(self, order: Order) -> dict[str, Any]:
        state = order.state
        remains = order.remains
        if remains is None:
            remains = 0 if state == "completed" else order.quantity
        return {
            "charge": amount_text(order.price - order.refunded, self._decimals, up=True),
            "start_count": str(order.start_count or 0),
            "status": STATUS_WORDS.get(state, "Pending"),
            "remains": str(remains),
            "currency": self._currency,
        }

    async def _own_orders(self, user_id: int, ids: list[int]) -> dict[int, Order]:
        async with self._db.read() as repos:
            found = await repos.orders.list_own(user_id, [i for i in ids if i > 0])
        return {order.id: order for order in found}

    async def status(self, user_id: int, fields: Mapping[str, str]) -> dict[str, Any]:
        if "orders" in fields:
            texts = [part.strip() for part in fields["orders"].split(",") if part.strip()]
            ids = read_ids(fields["orders"])
            own = await self._own_orders(user_id, ids)
            return {
                text: self._status(own[i]) if i in own else {"error": INCORRECT_ORDER}
                for text, i in zip(texts, ids, strict=True)
            }
        order_id = read_id(fields.get("order"))
        own = await self._own_orders(user_id, [order_id])
        if order_id not in own:
            raise ApiRefusal(INCORRECT_ORDER)
        return self._status(own[order_id])

    async def balance(self, user_id: int) -> dict[str, Any]:
        async with self._db.read() as repos:
            user = await repos.users.get(user_id)
        units = 0 if user is None else user.balance
        return {"balance": amount_text(units, self._decimals), "currency": self._currency}

    async def _refill_one(self, user_id: int, order_id: int) -> int:
        """Our refill id for a refill asked of the order's panel now, as in the bot."""
        result = await self._actions.request_refill(user_id, order_id)
        if result.kind is ActionResultKind.REFILL_REQUESTED:
            async with self._db.read() as repos:
                return (await repos.refills.for_order(order_id))[0].id
        raise ApiRefusal(
            {
                ActionResultKind.NOT_FOUND: INCORRECT_ORDER,
                ActionResultKind.REFILL_ALREADY: REFILL_UNDER_WAY,
                ActionResultKind.PANEL_BUSY: UNAVAILABLE,
            }.get(result.kind, NO_REFILL)
        )

    async def refill(self, user_id: int, fields: Mapping[str, str]) -> Any:
        if "orders" in fields:
            answers: list[dict[str, Any]] = []
            for order_id in read_ids(fields["orders"]):
                try:
                    answers.append(
                        {"order": order_id, "refill": await self._refill_one(user_id, order_id)}
                    )
                except ApiRefusal as refused:
                    answers.append({"order": order_id, "refill": {"error": refused.message}})
            return answers
        return {"refill": str(await self._refill_one(user_id, read_id(fields.get("order"))))}

    async def refill_status(self, user_id: int, fields: Mapping[str, str]) -> Any:
        batch = "refills" in fields
        ids = read_ids(fields["refills"]) if batch else [read_id(fields.get("refill"))]
        async with self._db.read() as repos:
            found = await repos.refills.list_own(user_id, [i for i in ids if i > 0])
        own: dict[int, Refill] = {refill.id: refill for refill in found}
        if not batch:
            if ids[0] not in own:
                raise ApiRefusal(REFILL_NOT_FOUND)
            return {"status": REFILL_WORDS.get(own[ids[0]].state, "Pending")}
        return [
            {
                "refill": refill_id,
                "status": REFILL_WORDS.get(own[refill_id].state, "Pending")
                if refill_id in own
                else {"error": REFILL_NOT_FOUND},
            }
            for refill_id in ids
        ]

    async def cancel(self, user_id: int, fields: Mapping[str, str]) -> list[dict[str, Any]]:
        answers: list[dict[str, Any]] = []
        ids = read_ids(fields.get("orders", fields.get("order")))
        results = await self._actions.request_cancels(user_id, ids)  # one call per panel
        for order_id in ids:
            result = results[order_id]
            if result.kind is ActionResultKind.CANCEL_REQUESTED:
                answers.append({"order": order_id, "cancel": 1})
                continue
            message = {
                ActionResultKind.NOT_FOUND: INCORRECT_ORDER,
                ActionResultKind.PANEL_BUSY: UNAVAILABLE,
            }.get(result.kind, NO_CANCEL)
            answers.append({"order": order_id, "cancel": {"error": message}})
        return answers
