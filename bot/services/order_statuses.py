"""The panel's answers about orders, written: status, refund and the customer's notice.

Each order's new status is written in one transaction together with its refund and its outbox
message, so a crash never leaves a refund without its notice or the reverse; a batch of panel
answers is a few such short transactions (APPLY_GROUP orders each). Refunds happen once per
order whatever the number of answers that say the same (a unique index in the ledger guards
it). Used by the status sync and by a customer's Refresh.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TypeVar

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.orders import FINAL_STATES, Order, StatusUpdate
from bot.domain.clock import now
from bot.domain.money import Shown, to_minor
from bot.domain.notices import Button, Money, Msg, Notice, Value
from bot.domain.statuses import order_state, refund_due
from bot.domain.text import esc
from bot.panel.models import ItemError, OrderStatus
from bot.services.invites import credit_commission
from bot.services.notify import Notifier
from bot.services.ordering import refund

log = logging.getLogger(__name__)

APPLY_GROUP = 10  # orders per write transaction of the status sync: a few ms of the writer

T = TypeVar("T")


@dataclass
class _GroupWrites:
    """What a group of status changes writes at its end: statuses, then customers' notices."""

    statuses: list[StatusUpdate] = field(default_factory=list)
    notices: list[tuple[int, Notice]] = field(default_factory=list)


def _groups(items: Sequence[T]) -> list[Sequence[T]]:
    return [items[i : i + APPLY_GROUP] for i in range(0, len(items), APPLY_GROUP)]


SQLITE_INT = range(-(2**63), 2**63)  # what an INTEGER column can hold


def _unknown_to_panel(error: ItemError) -> bool:
    lowered = error.message.casefold()
    return "incorrect" in lowered or "not found" in lowered  # else a passing fault


def _charge_minor(charge: Decimal) -> int | None:
    try:
        minor = to_minor(charge)
    except (ArithmeticError, ValueError):  # too many digits to quantize, NaN, infinity
        return None
    return minor if minor in SQLITE_INT else None


def _storable(answer: OrderStatus) -> tuple[OrderStatus, list[str]]:
    """The answer with every value that cannot be stored as missing, and those fields' names."""
    spoiled = []
    start_count, remains, charge = answer.start_count, answer.remains, answer.charge
    if start_count is not None and start_count not in SQLITE_INT:
        spoiled.append("start_count")
        start_count = None
    if remains is not None and remains not in SQLITE_INT:
        spoiled.append("remains")
        remains = None
    if charge is not None and _charge_minor(charge) is None:
        spoiled.append("charge")
        charge = None
    if not spoiled:
        return answer, []
    return replace(answer, start_count=start_count, remains=remains, charge=charge), spoiled


def _target_state(order: Order, answer: OrderStatus) -> str:
    state = order_state(answer.status.strip()) or order.state  # unknown text: kept as it was
    if state == "partial" and answer.remains is None:
        return order.state  # the refund cannot be known without remains
    return state


def _changes(order: Order, answer: OrderStatus) -> bool:
    """Whether the answer changes anything stored for the order."""
    remains = answer.remains if answer.remains is not None else order.remains
    start_count = answer.start_count if answer.start_count is not None else order.start_count
    charge = None if answer.charge is None else _charge_minor(answer.charge)
    return not (
        _target_state(order, answer) == order.state
        and answer.status.strip() == order.status_raw
        and remains == order.remains
        and start_count == order.start_count
        and (charge is None or charge == order.panel_charge)
    )


# The button under a notice: opens the order (its callback data is packed by the keyboards).
OrderButton = Callable[[int], Button]


def order_notice(
    order_button: OrderButton, key: str, args: dict[str, Value], order_id: int
) -> Notice:
    """A customer's notice about an order, with the button that opens it."""
    return Notice(key, args, ((order_button(order_id),),))


class OrderStatuses:
    def __init__(
        self, db: Database, notifier: Notifier, settings: Settings, order_button: OrderButton
    ) -> None:
        """`order_button(order_id)` is the button under a notice: it opens the order."""
        self._db = db
        self._notifier = notifier
        self._settings = settings
        self._order_button = order_button

    async def apply(
        self, orders: Sequence[Order], answers: dict[int, OrderStatus | ItemError]
    ) -> tuple[int, int]:
        """Writes one batch of answers in short transactions; returns (changed, refunded).

        Orders whose answer changes nothing are left out before any write (most of a cycle);
        the rest are re-read with one query inside the transaction. A value that cannot be
        stored (an absurd number) is that order's problem only: the field counts as missing.
        """
        moving: list[tuple[Order, OrderStatus]] = []
        refused: list[tuple[Order, ItemError]] = []
        odd: list[tuple[Order, list[str]]] = []
        for stale in orders:
            answer = answers.get(stale.panel_order_id or -1)
            if isinstance(answer, ItemError):
                log.info("order %s: panel says %s", stale.id, answer.message)
                if _unknown_to_panel(answer):
                    refused.append((stale, answer))
            elif isinstance(answer, OrderStatus):
                answer, spoiled = _storable(answer)
                if spoiled:
                    odd.append((stale, spoiled))
                if _changes(stale, answer):
                    moving.append((stale, answer))
        if not (moving or refused or odd):
            return 0, 0
        changed = refunds = 0
        # Short transactions of a few orders each, every order's status, refund and notice in
        # the same one (exactly once, whatever fails between them): a customer's write waits
        # for a group, never for a whole batch.
        for group in _groups(refused):
            async with self._db.transaction() as repos:
                for unknown, error in group:
                    await self._item_error(repos, unknown, error)
        for odd_group in _groups(odd):
            async with self._db.transaction() as repos:
                for odd_order, fields in odd_group:
                    await self._odd_fields(repos, odd_order, fields)
        for moving_group in _groups(moving):
            async with self._db.transaction() as repos:
                # Re-read inside the transaction: a concurrent Refresh may have moved them on.
                ids = [o.id for o, _ in moving_group]
                fresh = {o.id: o for o in await repos.orders.list_by_ids(ids)}
                writes = _GroupWrites()
                for stale, answer in moving_group:
                    current = fresh.get(stale.id)
                    if current is None or current.is_final:
                        continue
                    moved, refunded = await self._apply_one(repos, current, answer, writes)
                    changed += moved
                    refunds += refunded
                # The group's statuses and notices: one round trip each, same transaction.
                await repos.orders.apply_statuses(writes.statuses, now())
                await self._notifier.enqueue_notices(repos, writes.notices)
        if changed or refused or odd:
            self._notifier.wake()
        return changed, refunds

    async def _odd_fields(self, repos: Repos, order: Order, fields: list[str]) -> None:
        if await repos.alerts.raise_once(f"odd_status_fields:{order.id}", now()):
            await self._notifier.enqueue_admins(
                repos,
                Notice("admin-odd-status-fields", {"id": order.id, "fields": ", ".join(fields)}),
            )

    async def _item_error(self, repos: Repos, order: Order, error: ItemError) -> None:
        """A panel that no longer knows an order: tracked on, admins told once per order."""
        if await repos.alerts.raise_once(f"order_unknown_to_panel:{order.id}", now()):
            await self._notifier.enqueue_admins(
                repos,
                Notice(
                    "admin-order-id-refused",
                    {"id": order.id, "error": html.escape(error.message[:200])},
                ),
            )

    async def _apply_one(
        self, repos: Repos, order: Order, answer: OrderStatus, group: _GroupWrites
    ) -> tuple[int, int]:
        raw = answer.status.strip()
        state = order_state(raw)
        if state is None:
            state = order.state  # unknown text: keep tracking it as it was
            if await repos.alerts.raise_once(f"unknown_status:{raw.casefold()}", now()):
                await self._notifier.enqueue_admins(
                    repos,
                    Notice(
                        "admin-unknown-status", {"status": html.escape(raw[:100]), "id": order.id}
                    ),
                )
        if state == "partial" and answer.remains is None:
            # The refund is remains/quantity of the price: without remains it cannot be
            # known. Keep asking (the order stays open) and tell the admins once.
            state = order.state
            if await repos.alerts.raise_once(f"partial_without_remains:{order.id}", now()):
                await self._notifier.enqueue_admins(
                    repos, Notice("admin-partial-without-remains", {"id": order.id})
                )
        remains = answer.remains if answer.remains is not None else order.remains
        start_count = answer.start_count if answer.start_count is not None else order.start_count
        charge = None if answer.charge is None else to_minor(answer.charge)
        if not _changes(order, answer):
            return 0, 0
        group.statuses.append(
            StatusUpdate(
                order_id=order.id,
                state=state,
                status_raw=raw,
                start_count=start_count,
                remains=remains,
                panel_charge=charge,
                panel_currency=answer.currency,
            )
        )
        refunded = 0
        if state in ("partial", "canceled"):
            amount = refund_due(
                state, order.price, order.quantity, remains, self._settings.price_decimals
            )
            if await refund(repos, order, amount, f"panel status {raw}"):
                refunded = amount
        if state in FINAL_STATES and state != order.state:
            await self._commission(repos, order, order.price - order.refunded - refunded, group)
        if state != order.state:
            notice = await self._tell_state(repos, order, state, start_count, remains, refunded)
            # An API order's notices only when its customer asked for them (/api).
            if notice is not None and (
                not order.via_api or await repos.api_keys.notices_wanted([order.user_id])
            ):
                group.notices.append((order.user_id, notice))
        return 1, int(refunded > 0)

    async def _commission(self, repos: Repos, order: Order, paid: int, group: _GroupWrites) -> None:
        """The inviter's share of what was finally paid, with the status that settles it."""
        commission = await credit_commission(repos, order, paid, self._settings)
        if commission is not None:
            group.notices.append(commission)

    async def _tell_state(
        self,
        repos: Repos,
        order: Order,
        state: str,
        start_count: int | None,
        remains: int | None,
        refunded: int,
    ) -> Notice | None:
        """The customer's notice of a state change worth a message (None otherwise)."""
        about: dict[str, Value] = {
            "id": order.id,
            "service": esc(order.service_name, 120),
            "link": esc(order.link, 200),
        }
        if state in ("in_progress", "processing") and order.state == "pending":
            key = "note-started"
            about["start"] = "—" if start_count is None else start_count
        elif state == "completed":
            key = "note-completed"
        elif state == "partial":
            key = "note-partial"
            undelivered = min(max(remains or 0, 0), order.quantity)
            about["delivered"] = order.quantity - undelivered
            about["quantity"] = order.quantity
            about["refund"] = await self._refund_line(repos, order.user_id, refunded)
        elif state == "canceled":
            key = "note-canceled"
            about["refund"] = await self._refund_line(repos, order.user_id, refunded)
        else:
            return None  # Processing <-> In progress, back to Pending: not worth a message
        return order_notice(self._order_button, key, about, order.id)

    async def _refund_line(self, repos: Repos, user_id: int, refunded: int) -> Msg:
        """The refund and the balance after it; a refund under the smallest shown unit (a
        Partial that left almost nothing undelivered) says so instead of "Refunded 0.00"."""
        user = await repos.users.get(user_id)
        balance = Money(user.balance if user else 0, Shown.DOWN)
        if refunded <= 0:
            smallest = to_minor(Decimal(1).scaleb(-self._settings.price_decimals))
            return Msg("note-nothing-refunded", {"smallest": Money(smallest), "balance": balance})
        return Msg("note-refunded", {"refund": Money(refunded), "balance": balance})
