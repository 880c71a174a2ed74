"""What admins read and change: customers, orders under review, markups, the catalogue's
visibility and bans (statistics: bot/services/stats.py; CSV exports: bot/services/export.py).

Every change of money goes through `wallet.move` (directly or via `ordering.refund`) in the
transaction of the change behind it, so the ledger names it and the wallet matches the ledger.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

import aiosqlite

from bot.config import Settings
from bot.db import Database
from bot.db.repositories.ledger import LedgerEntry
from bot.db.repositories.orders import Order
from bot.db.repositories.refills import Refill
from bot.db.repositories.users import User
from bot.domain.clock import now
from bot.domain.notices import Money, Notice
from bot.i18n import ascii_digits
from bot.panel.client import PanelClient
from bot.panel.errors import PanelError
from bot.panel.models import Balance
from bot.panel.registry import Panels
from bot.services.catalogue import META_GLOBAL_MARKUP, CatalogueService, panel_refreshed_key
from bot.services.notify import Notifier
from bot.services.ordering import refund
from bot.services.status_sync import META_LAST_SYNC_AT, META_LAST_SYNC_RESULT, panel_sync_key

log = logging.getLogger(__name__)

DAY = 86_400
MARKUP_MAX = Decimal(10_000)


class Scope(StrEnum):
    """What a markup or a visibility change applies to."""

    SERVICE = "service"
    CATEGORY = "category"


@dataclass(frozen=True, slots=True)
class PanelState:
    """One configured panel as /panel shows it."""

    number: int
    name: str
    balance: Balance | None
    balance_error: str | None
    services: int  # present services of this panel
    refreshed_at: int | None  # its catalogue's last successful refresh
    synced_at: int | None  # its open orders' last answered status sync


@dataclass(frozen=True, slots=True)
class PanelInfo:
    panels: list[PanelState]
    services: int
    categories: int
    refreshed_at: int | None
    last_sync_at: int | None
    last_sync_result: str | None


@dataclass(frozen=True, slots=True)
class UserCard:
    user: User
    order_count: int
    orders: list[Order]
    ledger: list[LedgerEntry]
    owed: int = 0  # from Stars payments refunded outside the bot, not covered by the balance


@dataclass(frozen=True, slots=True)
class OrderFile:
    order: Order
    ledger: list[LedgerEntry]
    refills: list[Refill]
    panel_name: str = ""  # of the panel that took it (or was asked last)


@dataclass(frozen=True, slots=True)
class ReviewQueue:
    orders: list[Order]
    total: int
    panel_names: dict[int, str] = field(default_factory=dict)  # of the orders' panels


class ResolutionKind(StrEnum):
    DONE = "done"
    ALREADY = "already"  # no longer under review
    NOT_FOUND = "not_found"
    PANEL_ID_TAKEN = "panel_id_taken"  # another order has that panel id


@dataclass(frozen=True, slots=True)
class Resolution:
    kind: ResolutionKind
    order: Order | None = None
    other_order_id: int | None = None


class BanResult(StrEnum):
    DONE = "done"
    NOT_FOUND = "not_found"
    ADMIN = "admin"  # an admin is never banned


@dataclass(frozen=True, slots=True)
class Markups:
    global_percent: Decimal
    default_percent: Decimal
    overridden: bool
    categories: list[tuple[int, str, Decimal]]
    services: list[tuple[int, str, Decimal]]


_PERCENT = re.compile(r"^\d{1,5}(?:\.\d{1,2})?$")


def parse_percent(text: str) -> Decimal | None:
    """`30`, `12.5`, `12,5` or `30%` (digits of any script, `٪` too) -> Decimal within
    0..10000 (two decimals at most)."""
    body = ascii_digits(text.strip()).removesuffix("%").removesuffix("\u066a").replace(",", ".")
    if not _PERCENT.match(body):
        return None
    value = Decimal(body)
    return value if value <= MARKUP_MAX else None


def plain_amount(value: Decimal) -> str:
    """A panel amount as given, with at least two decimals: 1000.0 -> 1000.00, 0.27819 kept."""
    normal = value.normalize()
    if -normal.as_tuple().exponent < 2:  # type: ignore[operator]
        normal = normal.quantize(Decimal("0.01"))
    return f"{normal:f}"


def _unix(text: str | None) -> int | None:
    """Unix seconds written by another part (status sync) as text; None if absent or odd."""
    if text is None:
        return None
    try:
        return int(Decimal(text.strip()))
    except (ArithmeticError, ValueError):
        return None


class AdminService:
    def __init__(
        self,
        db: Database,
        panels: Panels,
        catalogue: CatalogueService,
        notifier: Notifier,
        settings: Settings,
    ) -> None:
        self._db = db
        self._panels = panels
        self._catalogue = catalogue
        self._notifier = notifier
        self._settings = settings

    @property
    def admin_ids(self) -> frozenset[int]:
        return self._settings.admin_ids

    # -- reading ----------------------------------------------------------------------------
    async def panel_info(self) -> PanelInfo:
        """Every panel's balance (asked side by side), catalogue and last sync."""
        balances = await asyncio.gather(*(self._balance(panel.client) for panel in self._panels))
        async with self._db.read() as repos:
            services, categories = await repos.catalogue.counts()
            per_panel = await repos.catalogue.services_per_panel()
            sync_at = await repos.meta.get(META_LAST_SYNC_AT)
            sync_result = await repos.meta.get(META_LAST_SYNC_RESULT)
            states = [
                PanelState(
                    number=panel.number,
                    name=panel.name,
                    balance=balance,
                    balance_error=error,
                    services=per_panel.get(panel.number, 0),
                    refreshed_at=_unix(await repos.meta.get(panel_refreshed_key(panel.number))),
                    synced_at=_unix(await repos.meta.get(panel_sync_key(panel.number))),
                )
                for panel, (balance, error) in zip(self._panels, balances, strict=True)
            ]
        return PanelInfo(
            panels=states,
            services=services,
            categories=categories,
            refreshed_at=await self._catalogue.refreshed_at(),
            last_sync_at=_unix(sync_at),
            last_sync_result=sync_result,
        )

    @staticmethod
    async def _balance(client: PanelClient) -> tuple[Balance | None, str | None]:
        try:
            return await client.balance(), None
        except PanelError as exc:
            return None, exc.detail

    async def find_user(self, query: str) -> UserCard | None:
        """A customer by numeric id or @username, with their last orders and movements."""
        query = query.strip()
        async with self._db.read() as repos:
            if query.isascii() and query.isdigit():
                user = await repos.users.get(int(query))
            else:
                user = await repos.users.get_by_username(query.removeprefix("@"))
            if user is None:
                return None
            count = await repos.orders.count_for_user(user.id)
            orders = await repos.orders.list_for_user(user.id, 0, 5)
            ledger = await repos.ledger.for_user(user.id, 5)
            owed = await repos.topups.owed_by(user.id)
        return UserCard(user, count, orders, ledger, owed)

    async def order_file(self, order_id: int) -> OrderFile | None:
        async with self._db.read() as repos:
            order = await repos.orders.get(order_id)
            if order is None:
                return None
            ledger = await repos.ledger.for_order(order_id)
            refills = await repos.refills.for_order(order_id)
        return OrderFile(order, ledger, refills, self._panels.name(order.panel))

    async def review_queue(self, limit: int = 10) -> ReviewQueue:
        async with self._db.read() as repos:
            orders = await repos.orders.list_in_state("unknown", limit)
            counts = await repos.orders.state_counts(0)
        names = {order.panel: self._panels.name(order.panel) for order in orders}
        return ReviewQueue(orders, counts.get("unknown", 0), names)

    async def markups(self) -> Markups:
        async with self._db.read() as repos:
            stored = await repos.meta.get(META_GLOBAL_MARKUP)
            categories, services = await repos.catalogue.markup_overrides()
        default = self._settings.price_markup_percent
        return Markups(
            global_percent=default if stored is None else Decimal(stored),
            default_percent=default,
            overridden=stored is not None,
            categories=categories,
            services=services,
        )

    # -- changing ---------------------------------------------------------------------------
    async def set_banned(self, user_id: int, banned: bool) -> BanResult:
        """Bans or unbans; a banned customer's open orders are still tracked and refunded."""
        if banned and user_id in self._settings.admin_ids:
            return BanResult.ADMIN
        async with self._db.transaction() as repos:
            found = await repos.users.set_banned(user_id, banned)
        return BanResult.DONE if found else BanResult.NOT_FOUND

    async def resolve_placed(self, admin_id: int, order_id: int, panel_order_id: int) -> Resolution:
        """An order under review exists on the panel: it is tracked from now on."""
        try:
            async with self._db.transaction() as repos:
                order = await repos.orders.get(order_id)
                if order is None:
                    return Resolution(ResolutionKind.NOT_FOUND)
                other = await repos.orders.get_by_panel_id(order.panel, panel_order_id)
                if other is not None and other.id != order_id:
                    return Resolution(ResolutionKind.PANEL_ID_TAKEN, order, other.id)
                note = f"placed as panel order {panel_order_id} by admin {admin_id} after review"
                if not await repos.orders.review_placed(order_id, panel_order_id, note, now()):
                    return Resolution(ResolutionKind.ALREADY, order)
                await self._notifier.enqueue(
                    repos, order.user_id, Notice("admin-customer-order-confirmed", {"id": order.id})
                )
                placed = await repos.orders.get(order_id)
        except aiosqlite.IntegrityError:
            # Another writer took this panel id between the check and the update.
            async with self._db.read() as repos:
                order = await repos.orders.get(order_id)
                other = (
                    None
                    if order is None
                    else await repos.orders.get_by_panel_id(order.panel, panel_order_id)
                )
            return Resolution(
                ResolutionKind.PANEL_ID_TAKEN, order, None if other is None else other.id
            )
        log.info("admin %s: order %s placed as panel order %s", admin_id, order_id, panel_order_id)
        self._notifier.wake()
        return Resolution(ResolutionKind.DONE, placed)

    async def resolve_refund(self, admin_id: int, order_id: int) -> Resolution:
        """An order under review is not on the panel: closed as failed and refunded, once."""
        async with self._db.transaction() as repos:
            order = await repos.orders.get(order_id)
            if order is None:
                return Resolution(ResolutionKind.NOT_FOUND)
            reason = f"not on the panel: refunded by admin {admin_id} after review"
            if not await repos.orders.review_failed(order_id, reason, now()):
                return Resolution(ResolutionKind.ALREADY, order)
            amount = order.price - order.refunded
            # ordering.refund keeps "one refund per order"; the entry names the admin.
            await refund(repos, order, amount, reason, admin_id=admin_id)
            await self._notifier.enqueue(
                repos,
                order.user_id,
                Notice("admin-customer-order-refunded", {"id": order.id, "amount": Money(amount)}),
            )
            refunded = await repos.orders.get(order_id)
        log.info("admin %s: order %s refunded after review", admin_id, order_id)
        self._notifier.wake()
        return Resolution(ResolutionKind.DONE, refunded)

    async def set_global_markup(self, percent: Decimal | None) -> Decimal:
        """Sets (or with None clears) the global override; returns the markup now in force."""
        async with self._db.transaction() as repos:
            if percent is None:
                await repos.meta.delete(META_GLOBAL_MARKUP)
            else:
                await repos.meta.set(META_GLOBAL_MARKUP, str(percent))
        return self._settings.price_markup_percent if percent is None else percent

    async def set_markup(self, scope: Scope, target_id: int, percent: Decimal | None) -> bool:
        """A service's or a category's own markup (None: inherit); False if there is no such."""
        async with self._db.transaction() as repos:
            if scope == Scope.SERVICE:
                return await repos.catalogue.set_service_markup(target_id, percent)
            return await repos.catalogue.set_category_markup(target_id, percent)

    async def set_hidden(self, scope: Scope, target_id: int, hidden: bool) -> str | None:
        """Hides or shows a service or a category; its name, or None if there is no such."""
        async with self._db.transaction() as repos:
            if scope == Scope.SERVICE:
                service = await repos.catalogue.get_service(target_id)
                if service is None:
                    return None
                await repos.catalogue.set_service_hidden(target_id, hidden)
                return service.name
            category = await repos.catalogue.get_category(target_id)
            if category is None:
                return None
            await repos.catalogue.set_category_hidden(target_id, hidden)
            return category.name
