"""The admin console's buttons (issue 25): Find by any key, a customer's card page by page, and
an admin's refund of (part of) a finished order.

A refund moves money through `wallet.move` in the transaction that raises what the order records
as refunded (so /stats' totals, kept by triggers on that column, stay right), guarded in SQL.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import StrEnum

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.api_keys import ApiAccess
from bot.db.repositories.ledger import LedgerEntry, LedgerKind
from bot.db.repositories.orders import Order
from bot.db.repositories.users import User
from bot.domain.clock import now
from bot.domain.notices import Money, Notice
from bot.i18n import ascii_digits
from bot.services.invites import CommissionTakeBack, InviteCard, invite_card, take_back_commission
from bot.services.notify import Notifier
from bot.services.wallet import move

log = logging.getLogger(__name__)

CARD_PAGE = 5  # orders, and ledger entries, per page of a customer's card
FOUND_LIMIT = 10  # matches listed at most
LINK_MIN = 3  # a shorter piece of a link would match most orders
QUERY_MAX = 200

_NUMBER = re.compile(r"^#?[0-9]{1,18}$")
_USERNAME = re.compile(r"^@?[A-Za-z0-9_]{3,32}$")


@dataclass(frozen=True, slots=True)
class Found:
    """What a Find query matched: orders and customers, at most FOUND_LIMIT of each."""

    orders: list[Order]
    users: list[User]

    @property
    def count(self) -> int:
        return len(self.orders) + len(self.users)


@dataclass(frozen=True, slots=True)
class CardPage:
    """One page of a customer's orders and one of their ledger entries, newest first."""

    user: User
    orders: list[Order]
    order_page: int
    order_pages: int
    order_count: int
    ledger: list[LedgerEntry]
    ledger_page: int
    ledger_pages: int
    owed: int
    invites: InviteCard
    api: ApiAccess | None = None  # their access to the shop's API (issue 26); None: never on


class RefundKind(StrEnum):
    ASK = "ask"  # may be refunded: `left` at most
    DONE = "done"
    NOT_FOUND = "not_found"
    NOT_FINAL = "not_final"  # still running (or under review): not refunded here
    NOTHING_LEFT = "nothing_left"  # refunded in full already
    TOO_MUCH = "too_much"  # more than is left
    CHANGED = "changed"  # refunded meanwhile (another press, another admin): ask again


@dataclass(frozen=True, slots=True)
class OrderRefund:
    kind: RefundKind
    order: Order | None = None
    amount: int = 0
    commission: CommissionTakeBack | None = None  # taken back from the customer's inviter

    @property
    def left(self) -> int:
        """What may still be refunded: what was paid less what was refunded."""
        return 0 if self.order is None else self.order.price - self.order.refunded


def _pages(total: int) -> int:
    return max(1, -(-total // CARD_PAGE))


def _clamp(page: int, pages: int) -> int:
    return min(max(page, 0), pages - 1)


class AdminConsole:
    def __init__(self, db: Database, notifier: Notifier, settings: Settings) -> None:
        self._db = db
        self._notifier = notifier
        self._settings = settings

    async def find(self, text: str) -> Found:
        """`#12` our order 12; a number: our order, the panel's order and the customer of that
        number; `@name` a customer; other text: a customer's username and orders whose link
        contains it. Every lookup but the link's uses an index."""
        query = ascii_digits(text.strip())[:QUERY_MAX]
        orders: dict[int, Order] = {}
        users: list[User] = []
        async with self._db.read() as repos:
            if _NUMBER.match(query):
                number = int(query.removeprefix("#"))
                ours = await repos.orders.get(number)
                if ours is not None:
                    orders[ours.id] = ours
                if not query.startswith("#"):
                    for theirs in await repos.orders.find_by_panel_id(number):
                        orders[theirs.id] = theirs
                    user = await repos.users.get(number)
                    users += [user] if user is not None else []
                return Found(list(orders.values()), users)
            if _USERNAME.match(query):
                user = await repos.users.get_by_username(query.removeprefix("@"))
                users += [user] if user is not None else []
            if not query.startswith("@") and len(query) >= LINK_MIN:
                for order in await repos.orders.find_by_link(query, FOUND_LIMIT):
                    orders[order.id] = order
        return Found(list(orders.values()), users)

    async def card(self, user_id: int, order_page: int, ledger_page: int) -> CardPage | None:
        async with self._db.read() as repos:
            user = await repos.users.get(user_id)
            if user is None:
                return None
            count = await repos.orders.count_for_user(user_id)
            order_pages = _pages(count)
            order_page = _clamp(order_page, order_pages)
            orders = await repos.orders.list_for_user(user_id, order_page * CARD_PAGE, CARD_PAGE)
            ledger_pages = _pages(await repos.ledger.count_for_user(user_id))
            ledger_page = _clamp(ledger_page, ledger_pages)
            ledger = await repos.ledger.page_for_user(user_id, ledger_page * CARD_PAGE, CARD_PAGE)
            owed = await repos.topups.owed_by(user_id)
            invites = await invite_card(repos, user_id)
            api = await repos.api_keys.get(user_id)
        return CardPage(
            user,
            orders,
            order_page,
            order_pages,
            count,
            ledger,
            ledger_page,
            ledger_pages,
            owed,
            invites,
            api,
        )

    async def refundable(self, order_id: int) -> OrderRefund:
        """Whether an order may be refunded by an admin now, and how much of it at most."""
        async with self._db.read() as repos:
            order = await repos.orders.get(order_id)
        return _check(order, None)

    async def refund(self, admin_id: int, order_id: int, amount: int, seen: int) -> OrderRefund:
        """Refunds `amount` of a final order to its customer's wallet, once: `seen` is what the
        order recorded as refunded when the admin was asked; if that changed meanwhile (a
        second press of the same Confirm) nothing is done."""
        async with self._db.transaction() as repos:
            if not await repos.orders.add_admin_refund(order_id, amount, seen, now()):
                refused = _check(await repos.orders.get(order_id), amount, seen)
                if refused.kind is RefundKind.ASK:  # a zero amount (a forged button)
                    return OrderRefund(RefundKind.CHANGED, refused.order, amount)
                return refused
            order = await repos.orders.get(order_id)
            assert order is not None
            await self._pay_back(repos, admin_id, order, amount)
            commission = await self._take_back(repos, order)
        log.info("admin %s refunded %s of order %s", admin_id, amount, order_id)
        self._notifier.wake()
        return OrderRefund(RefundKind.DONE, order, amount, commission)

    async def _take_back(self, repos: Repos, order: Order) -> CommissionTakeBack | None:
        """The inviter's commission lowered to what the order's price less refunded earns."""
        taken = await take_back_commission(repos, order, self._settings)
        if taken is None:
            return None
        result, notice = taken
        if notice is not None:
            await self._notifier.enqueue(repos, result.owner_id, notice)
        log.info(
            "commission of order %s: %s of %s taken back from %s",
            order.id,
            result.taken,
            result.due,
            result.owner_id,
        )
        return result

    async def _pay_back(self, repos: Repos, admin_id: int, order: Order, amount: int) -> None:
        note = f"order #{order.id} refunded by admin {admin_id}"
        await move(
            repos,
            order.user_id,
            amount,
            LedgerKind.ORDER_REFUND,
            order_id=order.id,
            admin_id=admin_id,
            note=note,
        )
        notice = Notice(
            "admin-customer-order-refund",
            {"id": order.id, "amount": Money(amount)},
        )
        await self._notifier.enqueue(repos, order.user_id, notice)


def _check(order: Order | None, amount: int | None, seen: int | None = None) -> OrderRefund:
    """Why an order may not be refunded (by `amount`), or ASK with what is left."""
    if order is None:
        return OrderRefund(RefundKind.NOT_FOUND)
    if not order.is_final:
        return OrderRefund(RefundKind.NOT_FINAL, order)
    if seen is not None and order.refunded != seen:
        return OrderRefund(RefundKind.CHANGED, order, amount or 0)
    if order.price - order.refunded <= 0:
        return OrderRefund(RefundKind.NOTHING_LEFT, order)
    if amount is not None and amount > order.price - order.refunded:
        return OrderRefund(RefundKind.TOO_MUCH, order, amount)
    return OrderRefund(RefundKind.ASK, order, amount or 0)
