"""Quoting and placing orders: money is held before the panel is called, and never lost.

Place = one transaction (order row 'submitting' + debit), then one `add` on the service's panel:
- an order id: the order is placed;
- an explicit refusal (or nothing sent at all): the service's next usable alternative on another
  panel is tried (one `add` per panel at most, at the price quoted); none left: refunded at once;
- anything else (timeout, 5xx, garbage): the outcome is unknown, funds stay held, admins
  review it. `add` is never retried automatically.
The confirmation token is unique in SQL, so a double tap or a replayed button places nothing new.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

import aiosqlite

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.catalogue import ServiceRow
from bot.db.repositories.ledger import LedgerKind
from bot.db.repositories.orders import Order
from bot.domain import inputs
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.domain.notices import Button, Money, Notice
from bot.domain.order_draft import OrderDraft
from bot.domain.platforms import platform_of
from bot.domain.refusals import Refusal, refusal_of
from bot.domain.service_types import Limits, ServiceType, Step, kind_of
from bot.panel.errors import PanelRefused, PanelUnavailable
from bot.panel.models import NewOrder
from bot.panel.registry import Panels
from bot.services.catalogue import CatalogueService
from bot.services.notify import Notifier
from bot.services.pricing import order_total
from bot.services.promos import share, waiting_discount
from bot.services.wallet import InsufficientFunds, move

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Discount:
    """A promo code's discount on this order: `price` is then the list price less it."""

    code: str
    percent: int
    redemption_id: int
    list_price: int


@dataclass(frozen=True, slots=True)
class Quote:
    service: ServiceRow
    kind: ServiceType
    draft: OrderDraft
    total_quantity: int
    per_1000: Decimal
    price: int  # minor units the customer pays (after a discount)
    balance: int
    discount: Discount | None = None

    @property
    def missing(self) -> int:
        return max(0, self.price - self.balance)


class ServiceUnavailable(Exception):
    """The service is gone, hidden or of a type the bot cannot order."""


class DraftInvalid(Exception):
    """The draft no longer fits the service (limits changed since it was typed)."""


class OutcomeKind(StrEnum):
    PLACED = "placed"
    ALREADY = "already"  # this confirmation placed an order before
    REFUSED = "refused"  # the panel said no: refunded
    UNAVAILABLE = "unavailable"  # the panel cannot take orders now: refunded
    UNKNOWN = "unknown"  # the panel's answer was lost: held for review
    NO_FUNDS = "no_funds"
    PRICE_CHANGED = "price_changed"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to a confirm. `reason`: why a refunded order was not taken, as the
    customer is told it (the panel's own text, `message`, is for admins only)."""

    kind: OutcomeKind
    order: Order | None = None
    quote: Quote | None = None
    message: str = ""
    reason: Refusal | None = None


PANEL_REFUSES_ALERT = "panel_refuses_funds_or_key"


def _alert_key(panel: int) -> str:
    """One incident per panel (panel 1 keeps the key of the shops of one panel)."""
    return PANEL_REFUSES_ALERT if panel == 1 else f"{PANEL_REFUSES_ALERT}:{panel}"


@dataclass(frozen=True, slots=True)
class _Refused:
    """A definite no to an `add`: the panel refused it, or nothing reached the panel."""

    panel: int
    error: PanelRefused | PanelUnavailable

    @property
    def refused(self) -> bool:
        return isinstance(self.error, PanelRefused)

    @property
    def message(self) -> str:
        return self.error.message if isinstance(self.error, PanelRefused) else str(self.error)

    @property
    def funds(self) -> bool:
        """The operator's problem (the panel's balance, the key), not the customer's."""
        return isinstance(self.error, PanelRefused) and self.error.is_funds_or_key_problem


def limits(service: ServiceRow) -> Limits:
    # The panel's words, not the shop's names in the customer's language: the same service
    # takes the same links whoever orders it.
    platform = platform_of(service.panel_name, service.category_panel_name)
    return Limits(service.min_quantity, service.max_quantity, platform)


def flow(service: ServiceRow, kind: ServiceType) -> tuple[Step, ...]:
    """The steps of the form for a service as it is now."""
    return kind.flow(service.dripfeed)


def first_unfit(service: ServiceRow, kind: ServiceType, draft: OrderDraft) -> Step | None:
    """The first step whose answer (or its absence) no longer fits the service as it is now;
    None when they all do."""
    for step in flow(service, kind):
        try:
            step.check(draft.answers, limits(service))
        except inputs.InputError:
            return step
    return None


def check_draft(service: ServiceRow, kind: ServiceType, draft: OrderDraft) -> int:
    """Re-checks every input against the service as it is now; returns the units it prices."""
    steps = flow(service, kind)
    asked = {step.key for step in steps if step.asked(draft.answers)}
    if set(draft.answers) - asked:  # an answer of a step it no longer has (drip-feed gone)
        raise DraftInvalid("an answer the form no longer asks for")
    for step in steps:
        try:
            step.check(draft.answers, limits(service))
        except inputs.InputError as exc:
            raise DraftInvalid(str(exc)) from exc
    return kind.units(draft.answers)


def panel_order(service: ServiceRow, kind: ServiceType, draft: OrderDraft) -> NewOrder:
    """Exactly the fields the panel's `add` takes for this type, nothing else: each answer of
    the form under its key."""
    given = {
        step.key: draft.answers[step.key]
        for step in flow(service, kind)
        if step.asked(draft.answers) and step.key in draft.answers
    }
    return NewOrder.of(service.panel_service_id, given)


def fits(alternative: ServiceRow, quote: Quote) -> bool:
    """The alternative takes the order as the customer gave it: the same type, and every
    answer fits its form and its limits (its minimum and maximum cover the quantity)."""
    if kind_of(alternative.type) != quote.kind:
        return False
    try:
        return check_draft(alternative, quote.kind, quote.draft) == quote.total_quantity
    except DraftInvalid:
        return False


class OrderingService:
    def __init__(
        self,
        db: Database,
        panels: Panels,
        catalogue: CatalogueService,
        notifier: Notifier,
        settings: Settings,
        review_buttons: Callable[[int], tuple[tuple[Button, ...], ...]] | None = None,
    ) -> None:
        """`review_buttons(order_id)`: the buttons under an unknown-outcome alert."""
        self._review_buttons = review_buttons
        self._db = db
        self._panels = panels
        self._catalogue = catalogue
        self._notifier = notifier
        self._settings = settings
        self._in_flight: set[asyncio.Future[Outcome]] = set()

    @property
    def panel_busy(self) -> bool:
        """A panel client's slots are all taken: an order confirmed now may wait its turn."""
        return any(panel.client.busy for panel in self._panels)

    async def quote(
        self, user_id: int, draft: OrderDraft, lang: str = "en", *, promo: bool = True
    ) -> Quote:
        """The price of a draft now; the service named in `lang` (the shop's name in it, else
        its English one, else the panel's). `promo`: the customer's waiting promo discount
        applies (not to API orders)."""
        service = await self._catalogue.orderable(draft.service_id, lang)
        if service is None:
            raise ServiceUnavailable
        kind = kind_of(service.type)
        assert kind is not None
        total_quantity = check_draft(service, kind, draft)
        per_1000 = await self._catalogue.price_per_1000(service)
        price = order_total(per_1000, total_quantity, kind, self._settings.price_decimals)
        user = await self._db.peek().users.get(user_id)
        discount = await self._discount(user_id, to_minor(price)) if promo else None
        charged = to_minor(price)
        if discount is not None:
            charged -= discount_of(discount, self._settings.price_decimals)
        return Quote(
            service=service,
            kind=kind,
            draft=draft,
            total_quantity=total_quantity,
            per_1000=per_1000,
            price=charged,
            balance=0 if user is None else user.balance,
            discount=discount,
        )

    async def _discount(self, user_id: int, list_price: int) -> Discount | None:
        """The customer's waiting promo discount, on this list price."""
        waiting = await waiting_discount(self._db.peek(), user_id)
        if waiting is None:
            return None
        return Discount(waiting.code.code, waiting.code.percent, waiting.id, list_price)

    async def order_by_token(self, user_id: int, token: str) -> Order | None:
        """The order a confirmation token placed, if it is this user's."""
        order = await self._db.peek().orders.get_by_token(token)
        return order if order is not None and order.user_id == user_id else None

    async def place(
        self, user_id: int, draft: OrderDraft, token: str, shown_price: int, lang: str = "en"
    ) -> Outcome:
        """Confirms a summary. Safe to call any number of times with the same token. The order
        keeps the service's name as the customer read it (`lang`): their notices name it so."""
        existing = await self._db.peek().orders.get_by_token(token)
        if existing is not None:
            return Outcome(OutcomeKind.ALREADY, order=existing)
        quote = await self.quote(user_id, draft, lang)
        if quote.price != shown_price:
            return Outcome(OutcomeKind.PRICE_CHANGED, quote=quote)
        try:
            order_id = await self._hold(user_id, quote, token)
        except InsufficientFunds:
            return Outcome(
                OutcomeKind.NO_FUNDS, quote=replace(quote, balance=await self._balance(user_id))
            )
        except _TokenTaken as taken:
            return Outcome(OutcomeKind.ALREADY, order=taken.order)
        except _DiscountGone:
            return Outcome(OutcomeKind.PRICE_CHANGED, quote=await self.quote(user_id, draft, lang))
        return await self._submit(order_id, quote)

    async def _balance(self, user_id: int) -> int:
        user = await self._db.peek().users.get(user_id)
        return 0 if user is None else user.balance

    async def place_via_api(self, user_id: int, draft: OrderDraft, token: str) -> Outcome:
        """An order from the shop's API for resellers (bot/services/reseller.py): at the list
        price (no promo discount: the API's rates are what it charges), marked as an API
        order, placed exactly like a confirmed summary. One token per request: one order."""
        quote = await self.quote(user_id, draft, promo=False)
        try:
            order_id = await self._hold(user_id, quote, token, via_api=True)
        except InsufficientFunds:
            return Outcome(OutcomeKind.NO_FUNDS, quote=quote)
        except _TokenTaken as taken:
            return Outcome(OutcomeKind.ALREADY, order=taken.order)
        return await self._submit(order_id, quote)

    async def _hold(self, user_id: int, quote: Quote, token: str, via_api: bool = False) -> int:
        draft = quote.draft
        try:
            async with self._db.transaction() as repos:
                taken = await repos.orders.get_by_token(token)
                if taken is not None:
                    raise _TokenTaken(taken)
                order_id = await repos.orders.insert_submitting(
                    user_id,
                    draft,
                    service_name=quote.service.name,
                    service_type=quote.service.type,
                    quantity=quote.total_quantity,
                    price=quote.price,
                    confirm_token=token,
                    now=now(),
                    target=quote.kind.target(draft.answers),
                    panel=quote.service.panel,
                    panel_service_id=quote.service.panel_service_id,
                    via_api=via_api,
                )
                await move(repos, user_id, -quote.price, LedgerKind.ORDER, order_id=order_id)
                if quote.discount is not None:
                    await self._take_discount(repos, quote.discount, order_id, quote.price)
        except aiosqlite.IntegrityError:
            # Another process inserted the same token between our check and insert.
            async with self._db.read() as repos:
                taken = await repos.orders.get_by_token(token)
            if taken is None:
                raise
            raise _TokenTaken(taken) from None
        return order_id

    @staticmethod
    async def _take_discount(repos: Repos, discount: Discount, order_id: int, price: int) -> None:
        """The discount is this order's; gone meanwhile (another order took it), the summary
        is quoted again."""
        given = discount.list_price - price
        if not await repos.promos.apply_to_order(
            discount.redemption_id, order_id, given, discount.list_price, now()
        ):
            raise _DiscountGone

    async def _submit(self, order_id: int, quote: Quote) -> Outcome:
        """Runs the panel call and its recording as a task of its own, shielded: a stop or a
        cancelled update mid-call still leaves the order placed, refunded or under review."""
        task = asyncio.ensure_future(self._submit_once(order_id, quote))
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        return await asyncio.shield(task)

    async def wait_idle(self, seconds: float) -> None:
        """At shutdown: lets orders being placed finish before the panel and database close."""
        if self._in_flight:
            log.info("waiting for %d orders being placed", len(self._in_flight))
            await asyncio.wait(set(self._in_flight), timeout=seconds)

    async def _submit_once(self, order_id: int, quote: Quote) -> Outcome:
        """One `add` on the service's panel. After a definite no (a refusal, or nothing sent at
        all) the next usable alternative on another panel is tried, at the price quoted: at
        most one `add` per panel. After an unknown outcome never: the order may exist."""
        target = quote.service
        refusals: list[_Refused] = []
        while True:
            try:
                panel_order_id = await self._panels.get(target.panel).add(
                    panel_order(target, quote.kind, quote.draft)
                )
            except (PanelRefused, PanelUnavailable) as exc:
                refusals.append(_Refused(target.panel, exc))
                following = await self._next_target(order_id, quote, refusals)
                if following is None:
                    return await self._refused(order_id, refusals)
                target = following
                continue
            except Exception as exc:  # PanelOutcomeUnknown, or anything unforeseen
                await self._mark_unknown(order_id, exc)
                return await self._outcome(OutcomeKind.UNKNOWN, order_id)
            return await self._placed(order_id, panel_order_id, target, quote)

    async def _next_target(
        self, order_id: int, quote: Quote, refusals: list[_Refused]
    ) -> ServiceRow | None:
        """The first alternative that can take the order as it is (orderable now, its panel
        configured and not asked yet, the same type, a form the answers fit), with the order
        moved to it; None when there is none."""
        asked = {quote.service.panel, *(refused.panel for refused in refusals)}
        for alternative_id in await self._db.peek().alternatives.of(quote.service.id):
            alternative = await self._catalogue.orderable(alternative_id)
            if (
                alternative is None
                or alternative.panel in asked
                or alternative.panel not in self._panels
                or not fits(alternative, quote)
            ):
                continue
            if not await self._retarget(order_id, alternative, refusals):
                return None  # moved on meanwhile (a recovery marked it for review)
            return alternative
        return None

    async def _retarget(
        self, order_id: int, alternative: ServiceRow, refusals: list[_Refused]
    ) -> bool:
        """Before the alternative's `add`: the order names its panel, so that an unknown
        outcome there is reviewed on the right panel; the refusals so far are its error."""
        async with self._db.transaction() as repos:
            moved = await repos.orders.retarget(
                order_id,
                alternative.panel,
                alternative.panel_service_id,
                alternative.id,
                self._refusals_text(refusals, named=True)[:500],
                now(),
            )
            if moved:
                await self._alert_refusal(repos, refusals[-1])
        if moved:
            log.info(
                "order %s: panel %s said no (%s); trying service %s on panel %s",
                order_id,
                refusals[-1].panel,
                refusals[-1].message,
                alternative.id,
                alternative.panel,
            )
            self._notifier.wake()
        return moved

    def _refusals_text(self, refusals: list[_Refused], named: bool = False) -> str:
        """The panel's text as it was; with alternatives tried (or `named`), each panel's
        with its name."""
        if len(refusals) == 1 and not named:
            return refusals[0].message
        return "; ".join(f"{self._panels.name(r.panel)}: {r.message}" for r in refusals)

    async def _refused(self, order_id: int, refusals: list[_Refused]) -> Outcome:
        """Nobody took it: refunded. The customer is told the first reason that is theirs to
        act on (a panel's own funds or key problem is 'unavailable')."""
        last = refusals[-1]
        await self._fail(order_id, self._refusals_text(refusals), last)
        theirs = next((r for r in refusals if r.refused and not r.funds), None)
        if theirs is None:
            message = last.message if last.refused else ""
            return await self._outcome(
                OutcomeKind.UNAVAILABLE, order_id, message, Refusal.UNAVAILABLE
            )
        return await self._outcome(
            OutcomeKind.REFUSED, order_id, theirs.message, refusal_of(theirs.message)
        )

    async def _placed(
        self, order_id: int, panel_order_id: int, target: ServiceRow, quote: Quote
    ) -> Outcome:
        try:
            async with self._db.transaction() as repos:
                placed = await repos.orders.mark_placed(
                    order_id,
                    panel_order_id,
                    now(),
                    panel=target.panel,
                    panel_service_id=target.panel_service_id,
                    placed_service_id=None if target.id == quote.service.id else target.id,
                )
                if not placed:
                    # Resolved meanwhile (an admin's review, say): the panel order must not
                    # go unnoticed.
                    await self._notifier.enqueue_admins(
                        repos,
                        Notice(
                            "admin-placed-after-resolution",
                            {"order_id": order_id, "panel_id": panel_order_id},
                        ),
                    )
                # The panel takes orders again: a refusal after a quiet half hour is a new
                # incident (not every alternation of refused and accepted orders).
                await repos.alerts.clear_if_raised_before(_alert_key(target.panel), now() - 1800)
        except Exception as exc:
            # The order exists on the panel: its id must not be lost with the error.
            log.error(
                "order %s: placed as panel order %s, but recording it failed: %s",
                order_id,
                panel_order_id,
                exc,
            )
            await self._mark_unknown(
                order_id,
                RuntimeError(f"placed as panel order {panel_order_id}, not recorded: {exc}"),
            )
            return await self._outcome(OutcomeKind.UNKNOWN, order_id)
        return await self._outcome(OutcomeKind.PLACED, order_id)

    async def _outcome(
        self, kind: OutcomeKind, order_id: int, message: str = "", reason: Refusal | None = None
    ) -> Outcome:
        async with self._db.read() as repos:
            order = await repos.orders.get(order_id)
        return Outcome(kind, order=order, message=message, reason=reason)

    async def _fail(self, order_id: int, error: str, last: _Refused) -> None:
        async with self._db.transaction() as repos:
            order = await repos.orders.get(order_id)
            assert order is not None
            if await repos.orders.mark_failed(order_id, error[:500], now()):
                await refund(repos, order, order.price, "panel refused the order")
                await repos.promos.give_back_discount(order_id)  # for the next order
            await self._alert_refusal(repos, last)
        self._notifier.wake()

    async def _alert_refusal(self, repos: Repos, refused: _Refused) -> None:
        """A panel that refuses for its funds or key: the admins are told once per incident
        (the panel named when the shop has several)."""
        if not refused.funds or not await repos.alerts.raise_once(_alert_key(refused.panel), now()):
            return
        error = html.escape(refused.message)
        if len(self._panels) == 1:
            notice = Notice("admin-panel-refuses", {"error": error})
        else:
            name = html.escape(self._panels.name(refused.panel))
            notice = Notice("admin-panel-n-refuses", {"panel": name, "error": error})
        await self._notifier.enqueue_admins(repos, notice)

    async def _mark_unknown(self, order_id: int, exc: BaseException) -> None:
        async with self._db.transaction() as repos:
            # Only the process whose update moved the order tells the admins: another one
            # sharing the database (its recovery, say) may have marked it already.
            marked = await repos.orders.mark_unknown(order_id, str(exc)[:500], now())
            if marked:
                order = await repos.orders.get(order_id)
                assert order is not None
                await self._notifier.enqueue_admins(repos, self._review_notice(order, str(exc)))
        if not marked:
            log.warning("order %s: outcome of add unknown (%s); already moved on", order_id, exc)
            return
        log.error("order %s: outcome of add unknown: %s", order_id, exc)
        self._notifier.wake()

    def _review_notice(self, order: Order, reason: str) -> Notice:
        return Notice(
            "admin-order-unknown",
            {
                "order_id": order.id,
                "user_id": order.user_id,
                "service_id": order.service_id,
                "service": html.escape(order.service_name[:200]),
                "link": html.escape(order.link[:300]),
                "quantity": order.quantity,
                "price": Money(order.price),
                "reason": html.escape(reason[:300]),
            },
            buttons=() if self._review_buttons is None else self._review_buttons(order.id),
        )

    async def recover_interrupted(self) -> int:
        """At start: orders left 'submitting' by a stop mid-`add` have an unknown outcome.

        Only those older than a panel timeout: another process sharing the database may be
        placing a younger one right now.
        """
        cutoff = now() - int(self._settings.panel_timeout_seconds) - 60
        async with self._db.read() as repos:
            stuck = await repos.orders.list_in_state("submitting", limit=1000)
        stuck = [order for order in stuck if order.created_at < cutoff]
        for order in stuck:
            await self._mark_unknown(order.id, RuntimeError("stopped while placing the order"))
        return len(stuck)


async def refund(
    repos: Repos, order: Order, amount: int, note: str, *, admin_id: int | None = None
) -> bool:
    """Refunds part or all of an order once; a second call for the same order does nothing.

    `admin_id` names the admin who decided it (a refund after review).
    """
    if amount <= 0 or await repos.ledger.has_refund(order.id):
        return False
    await move(
        repos,
        order.user_id,
        amount,
        LedgerKind.REFUND,
        order_id=order.id,
        admin_id=admin_id,
        note=note,
    )
    await repos.orders.add_refunded(order.id, amount, now())
    return True


def discount_of(discount: Discount, decimals: int) -> int:
    """What a discount takes off its list price, rounded down to the shop's decimals."""
    return share(discount.list_price, discount.percent, decimals)


class _DiscountGone(Exception):
    """The discount a summary showed was taken by another order meanwhile."""


class _TokenTaken(Exception):
    def __init__(self, order: Order) -> None:
        super().__init__(order.id)
        self.order = order
