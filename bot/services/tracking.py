"""After the sale: status sync with refunds, refills, cancels, and the messages they cause.

Each order's new status is written in one transaction together with its refund and its outbox
message, so a crash never leaves a refund without its notice or the reverse; a batch of panel
answers is a few such short transactions (APPLY_GROUP orders each). Refunds
happen once per order whatever the number of cycles that see the same status (a unique index
in the ledger guards it). One process at a time syncs: a lease row in the shared database.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.orders import Order, StatusUpdate
from bot.db.repositories.refills import Refill
from bot.db.turns import background
from bot.domain.clock import now
from bot.domain.money import Shown, to_minor
from bot.domain.notices import Button, Money, Msg, Notice, Value
from bot.domain.statuses import order_state, refill_state, refund_due
from bot.domain.text import esc
from bot.panel.client import BATCH_SIZE, PanelClient
from bot.panel.errors import PanelError, PanelRefused
from bot.panel.models import ItemError, OrderStatus
from bot.services.catalogue import Page
from bot.services.leases import holder_is_gone, new_holder
from bot.services.notify import Notifier
from bot.services.ordering import refund

log = logging.getLogger(__name__)

LEASE = "status_sync"
META_LAST_SYNC_AT = "last_sync_at"
META_LAST_SYNC_RESULT = "last_sync_result"
IN_FLIGHT = 3  # status requests at once
ORDERS_PAGE = 8
STALE_REFILL_CLAIM = 600  # seconds: a refill request without a panel id older than this died


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


@dataclass
class SyncReport:
    orders: int = 0
    requests: int = 0
    changed: int = 0
    refunds: int = 0
    failed_batches: int = 0
    refills: int = 0

    def summary(self) -> str:
        text = f"{self.orders} orders in {self.requests} requests, {self.changed} changed"
        if self.failed_batches:
            text += f", {self.failed_batches} batches failed"
        return text


class ReplyKind(StrEnum):
    """What became of a customer's Refresh, Refill or Cancel; the handler words it."""

    NOT_FOUND = "not_found"
    REFRESHED = "refreshed"
    PANEL_BUSY = "panel_busy"
    REFILL_REQUESTED = "refill_requested"  # detail: the panel's refill id
    REFILL_NOT_APPLICABLE = "refill_not_applicable"
    REFILL_ALREADY = "refill_already"
    REFILL_REFUSED = "refill_refused"  # detail: the panel's reason
    CANCEL_REQUESTED = "cancel_requested"
    CANCEL_NOT_APPLICABLE = "cancel_not_applicable"
    CANCEL_ALREADY = "cancel_already"
    CANCEL_REFUSED = "cancel_refused"  # detail: the panel's reason
    CANCEL_UNANSWERED = "cancel_unanswered"  # the panel's answer left the order out
    CANCEL_NOT_ACCEPTED = "cancel_not_accepted"  # the panel answered "not cancelled"


_DONE = frozenset({ReplyKind.REFRESHED, ReplyKind.REFILL_REQUESTED, ReplyKind.CANCEL_REQUESTED})


@dataclass(frozen=True, slots=True)
class Reply:
    """The answer to a customer's refresh, refill or cancel request."""

    kind: ReplyKind
    detail: str = ""  # as the panel sent it (a refill id, a reason): not escaped, not cut

    @property
    def ok(self) -> bool:
        return self.kind in _DONE


# The button under a notice: opens the order (its callback data is packed by the keyboards).
OrderButton = Callable[[int], Button]


class TrackingService:
    def __init__(
        self,
        db: Database,
        panel: PanelClient,
        notifier: Notifier,
        settings: Settings,
        order_button: OrderButton,
    ) -> None:
        """`order_button(order_id)` is the button under a notice: it opens the order."""
        self._order_button = order_button
        self._db = db
        self._panel = panel
        self._notifier = notifier
        self._settings = settings
        self._holder = new_holder()
        self._lease_ttl = int(settings.status_poll_seconds * 3) + 60

    # -- the periodic sync ----------------------------------------------------------------------
    async def sync(self) -> SyncReport | None:
        """One cycle; None when another process holds the lease. Its writes give way to
        customers' (also when an admin's /sync runs it)."""
        with background():
            return await self._sync()

    async def _sync(self) -> SyncReport | None:
        async with self._db.transaction() as repos:
            held = await self._acquire(repos)
        if not held:
            log.debug("status sync: another process holds the lease")
            return None
        report = SyncReport()
        try:
            await self._sync_orders(report)
            await self._sync_refills(report)
        except Exception as exc:
            await self._record(f"failed: {exc}"[:300])
            raise
        await self._record(f"ok: {report.summary()}")
        return report

    async def release(self) -> None:
        async with self._db.transaction() as repos:
            await repos.leases.release(LEASE, self._holder)

    async def _acquire(self, repos: Repos) -> bool:
        if await repos.leases.acquire(LEASE, self._holder, now(), self._lease_ttl):
            return True
        holder = await repos.leases.holder(LEASE)
        if holder is None or not holder_is_gone(holder, self._holder):
            return False
        # A crash on this host: no need to wait the dead holder's lease out.
        log.info("status sync: taking over the lease of %s, which is gone", holder)
        return await repos.leases.take_over(LEASE, holder, self._holder, now(), self._lease_ttl)

    async def _record(self, result: str) -> None:
        async with self._db.transaction() as repos:
            await repos.meta.set(META_LAST_SYNC_AT, str(now()))
            await repos.meta.set(META_LAST_SYNC_RESULT, result)

    async def _sync_orders(self, report: SyncReport) -> None:
        async with self._db.read() as repos:
            open_orders = await repos.orders.list_open()
        report.orders = len(open_orders)
        chunks = [open_orders[i : i + BATCH_SIZE] for i in range(0, len(open_orders), BATCH_SIZE)]
        limiter = asyncio.Semaphore(IN_FLIGHT)

        async def one(chunk: list[Order]) -> None:
            # A batch holds its place until it is applied, not only while it is asked for:
            # else the answers of every batch arrive and are parsed back to back (100 batches,
            # a quarter of a second of the loop) while their writes queue behind one another.
            async with limiter:
                ids = [order.panel_order_id for order in chunk if order.panel_order_id]
                report.requests += 1
                try:
                    answers = await self._panel.statuses(ids)
                except PanelError as exc:
                    # One failed batch spoils nothing else; it is asked again next cycle.
                    log.warning("status sync: a batch of %d failed: %s", len(ids), exc)
                    report.failed_batches += 1
                    return
                changed, refunds = await self.apply(chunk, answers)
            report.changed += changed
            report.refunds += refunds

        await asyncio.gather(*(one(chunk) for chunk in chunks))
        if report.failed_batches and report.failed_batches == len(chunks):
            raise PanelError("status", "every status request failed")

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
        if state != order.state:
            notice = await self._tell_state(repos, order, state, start_count, remains, refunded)
            if notice is not None:
                group.notices.append((order.user_id, notice))
        return 1, int(refunded > 0)

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
        return self._notice(key, about, order.id)

    def _notice(self, key: str, args: dict[str, Value], order_id: int) -> Notice:
        """A customer's notice about an order, with the button that opens it."""
        return Notice(key, args, ((self._order_button(order_id),),))

    async def _refund_line(self, repos: Repos, user_id: int, refunded: int) -> Msg:
        """The refund and the balance after it; a refund under the smallest shown unit (a
        Partial that left almost nothing undelivered) says so instead of "Refunded 0.00"."""
        user = await repos.users.get(user_id)
        balance = Money(user.balance if user else 0, Shown.DOWN)
        if refunded <= 0:
            smallest = to_minor(Decimal(1).scaleb(-self._settings.price_decimals))
            return Msg("note-nothing-refunded", {"smallest": Money(smallest), "balance": balance})
        return Msg("note-refunded", {"refund": Money(refunded), "balance": balance})

    # -- refills ----------------------------------------------------------------------------------
    async def _sync_refills(self, report: SyncReport) -> None:
        async with self._db.read() as repos:
            open_refills = await repos.refills.list_open()
        if not open_refills:
            return
        report.refills = len(open_refills)
        ids = [refill.panel_refill_id for refill in open_refills if refill.panel_refill_id]
        try:
            answers = await self._panel.refill_statuses(ids)
        except PanelError as exc:
            log.warning("refill sync failed: %s", exc)
            return
        told = 0
        async with self._db.transaction() as repos:
            for refill in open_refills:
                answer = answers.get(refill.panel_refill_id or "")
                if isinstance(answer, str):
                    told += await self._apply_refill(repos, refill, answer)
                elif isinstance(answer, ItemError) and "not found" in answer.message.casefold():
                    # The panel has no such refill: it will never move on.
                    told += await self._apply_refill(repos, refill, "Failed")
        if told:
            self._notifier.wake()

    async def _apply_refill(self, repos: Repos, refill: Refill, raw: str) -> int:
        raw = raw.strip()
        state = refill_state(raw) or refill.state
        if state == refill.state and raw == refill.status_raw:
            return 0
        await repos.refills.apply_status(refill.id, state, raw, now())
        if state == refill.state:
            return 0
        order = await repos.orders.get(refill.order_id)
        assert order is not None
        status = Msg("refill-state-" + state.replace("_", "-"))
        await self._notifier.enqueue(
            repos,
            order.user_id,
            self._notice("note-refill", {"id": order.id, "status": status}, order.id),
        )
        return 1

    # -- customers' requests -----------------------------------------------------------------------
    async def orders_page(self, user_id: int, page: int) -> Page[Order]:
        """A customer's orders, newest first."""
        async with self._db.read() as repos:
            total = await repos.orders.count_for_user(user_id)
            pages = max(1, -(-total // ORDERS_PAGE))
            page = min(max(page, 0), pages - 1)
            items = await repos.orders.list_for_user(user_id, page * ORDERS_PAGE, ORDERS_PAGE)
        return Page(items, page, pages, total)

    async def own_order(self, user_id: int, order_id: int) -> Order | None:
        async with self._db.read() as repos:
            order = await repos.orders.get(order_id)
        return order if order is not None and order.user_id == user_id else None

    async def actions(self, order: Order) -> frozenset[str]:
        """The buttons that apply to an order now."""
        async with self._db.read() as repos:
            service = await repos.catalogue.get_service(order.service_id)
            refilling = await repos.refills.open_for_order(order.id, now() - STALE_REFILL_CLAIM)
        acts = set()
        if order.is_open:
            acts.add("refresh")
        if service is not None and service.refill and order.state == "completed" and not refilling:
            acts.add("refill")
        if service is not None and service.cancel and order.is_open and not order.cancel_requested:
            acts.add("cancel")
        if (
            service is not None
            and service.present
            and not service.is_hidden
            and not service.category_hidden
        ):
            acts.add("again")
        return frozenset(acts)

    async def refresh(self, user_id: int, order_id: int) -> Reply:
        """Asks the panel now for one order (the card's Refresh button)."""
        order = await self.own_order(user_id, order_id)
        if order is None:
            return Reply(ReplyKind.NOT_FOUND)
        if not order.is_open or order.panel_order_id is None:
            return Reply(ReplyKind.REFRESHED)
        try:
            answer = await self._panel.status(order.panel_order_id)
        except PanelError:
            return Reply(ReplyKind.PANEL_BUSY)
        await self.apply([order], {order.panel_order_id: answer})
        return Reply(ReplyKind.REFRESHED)

    async def request_refill(self, user_id: int, order_id: int) -> Reply:
        order = await self.own_order(user_id, order_id)
        if order is None:
            return Reply(ReplyKind.NOT_FOUND)
        acts = await self.actions(order)
        if "refill" not in acts:
            async with self._db.read() as repos:
                refilling = await repos.refills.open_for_order(order.id, now() - STALE_REFILL_CLAIM)
            return Reply(ReplyKind.REFILL_ALREADY if refilling else ReplyKind.REFILL_NOT_APPLICABLE)
        assert order.panel_order_id is not None
        async with self._db.transaction() as repos:
            if await repos.refills.open_for_order(order.id, now() - STALE_REFILL_CLAIM):
                return Reply(ReplyKind.REFILL_ALREADY)
            claim = await repos.refills.claim(order.id, now())
        try:
            refill_id = await self._panel.refill(order.panel_order_id)
        except BaseException as exc:
            # Whatever went wrong, the claim must not block later refills of this order.
            await asyncio.shield(self._drop_refill_claim(claim))
            if isinstance(exc, PanelRefused):
                return Reply(ReplyKind.REFILL_REFUSED, exc.message)
            if isinstance(exc, PanelError):
                return Reply(ReplyKind.PANEL_BUSY)
            raise
        async with self._db.transaction() as repos:
            await repos.refills.set_panel_id(claim, refill_id, now())
        return Reply(ReplyKind.REFILL_REQUESTED, refill_id)

    async def _drop_refill_claim(self, claim: int) -> None:
        async with self._db.transaction() as repos:
            await repos.refills.delete_claim(claim)

    async def request_cancel(self, user_id: int, order_id: int) -> Reply:
        order = await self.own_order(user_id, order_id)
        if order is None:
            return Reply(ReplyKind.NOT_FOUND)
        if order.cancel_requested and not order.is_final:
            return Reply(ReplyKind.CANCEL_ALREADY)
        if "cancel" not in await self.actions(order):
            return Reply(ReplyKind.CANCEL_NOT_APPLICABLE)
        assert order.panel_order_id is not None
        async with self._db.transaction() as repos:
            if not await repos.orders.claim_cancel(order.id, now()):
                return Reply(ReplyKind.CANCEL_ALREADY)
        try:
            reply = await self._ask_cancel(order.panel_order_id)
        except BaseException:
            # Interrupted mid-call (a stop, a cancelled update): the claim must not hide the
            # Cancel button for good. Asking again is harmless.
            await asyncio.shield(self._drop_cancel_claim(order.id))
            raise
        if not reply.ok:
            await self._drop_cancel_claim(order.id)
        return reply

    async def _drop_cancel_claim(self, order_id: int) -> None:
        async with self._db.transaction() as repos:
            await repos.orders.unclaim_cancel(order_id, now())

    async def _ask_cancel(self, panel_order_id: int) -> Reply:
        try:
            answers = await self._panel.cancel([panel_order_id])
        except PanelRefused as exc:
            return Reply(ReplyKind.CANCEL_REFUSED, exc.message)
        except PanelError:
            return Reply(ReplyKind.PANEL_BUSY)
        answer = answers.get(panel_order_id)
        if answer is None:
            return Reply(ReplyKind.CANCEL_UNANSWERED)
        if isinstance(answer, ItemError):
            return Reply(ReplyKind.CANCEL_REFUSED, answer.message)
        if not answer:
            return Reply(ReplyKind.CANCEL_NOT_ACCEPTED)
        return Reply(ReplyKind.CANCEL_REQUESTED)
