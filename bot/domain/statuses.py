"""Panel status words -> our order states, and the refund each final state is owed."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from bot.domain.money import from_minor, to_minor

_ORDER_STATES = {
    "pending": "pending",
    "in progress": "in_progress",
    "inprogress": "in_progress",
    "in_progress": "in_progress",
    "processing": "processing",
    "completed": "completed",
    "complete": "completed",
    "partial": "partial",
    "canceled": "canceled",
    "cancelled": "canceled",
    "refunded": "canceled",
    "failed": "canceled",
}

_REFILL_STATES = {
    "pending": "pending",
    "in progress": "in_progress",
    "inprogress": "in_progress",
    "processing": "in_progress",
    "completed": "completed",
    "complete": "completed",
    "rejected": "rejected",
    "canceled": "rejected",
    "cancelled": "rejected",
    "failed": "failed",
    "error": "failed",
}


def _key(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).casefold()


def order_state(raw: str) -> str | None:
    """The order state a panel status means; None for a text we do not know."""
    return _ORDER_STATES.get(_key(raw)) or _ORDER_STATES.get(_key(raw).replace(" ", ""))


def refill_state(raw: str) -> str | None:
    return _REFILL_STATES.get(_key(raw)) or _REFILL_STATES.get(_key(raw).replace(" ", ""))


def refund_due(state: str, price: int, quantity: int, remains: int | None, decimals: int) -> int:
    """Minor units owed back for a final state.

    Canceled (Cancelled, Refunded, Failed) gives the whole price back. Partial gives back the
    undelivered share, remains / quantity of the price, rounded down to the customer's
    precision: never more than what was not delivered.
    """
    if state == "canceled":
        return price
    if state != "partial" or remains is None or quantity <= 0:
        return 0
    undelivered = min(max(remains, 0), quantity)
    share = from_minor(price) * undelivered / quantity
    return min(price, to_minor(share.quantize(Decimal(1).scaleb(-decimals), ROUND_DOWN)))
