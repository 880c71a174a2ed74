"""Stars payments reconciled with Telegram's own list of the bot's Star transactions.

A `successful_payment` the bot failed to handle (the database busy past its timeout, a kill
in the middle of the update) leaves no row: the Stars are Telegram's record alone. At start
and every RECONCILE_SECONDS, the list (`getStarTransactions`, oldest first) is read past what
was read before; every incoming invoice payment whose payload is ours and whose charge id is
not recorded goes through the same StarsTopups.paid as the update would have: credited once
(the customer told through the outbox), or refused, kept for /refund_stars and told to the
admins once. The charge id is the key, so the update arriving late, another pass or another
process finds it recorded. A refund in the list that the bot has not recorded (its own refund
whose answer was lost, or one made outside the bot whose message never came) is recorded as
the `refunded_payment` message would have been.

Telegram is reached through `StarTransactions`, implemented in bot/telegram/.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.db import Database
from bot.db.repositories.topups import Method
from bot.payments import stars
from bot.services.stars_topups import StarsPaidKind, StarsTopups

log = logging.getLogger(__name__)

RECONCILE_SECONDS = 600.0
PAGE = 100  # Telegram's largest page
# Each pass reads again this many transactions before the cursor: one that Telegram lists a
# little out of order (by its date, behind one already read) is not skipped. Reading a
# recorded one again costs a lookup, nothing more.
OVERLAP = PAGE
CURSOR_KEY = "stars_transactions_read"  # meta: how many of Telegram's list were read


class StarTransactionKind(StrEnum):
    PAYMENT = "payment"  # incoming: a user paid an invoice
    REFUND = "refund"  # outgoing to a user: a payment given back (same id as the payment)
    OTHER = "other"  # withdrawals, ads, paid media, gifts: not top-ups


@dataclass(frozen=True, slots=True)
class StarTransaction:
    """One entry of Telegram's list, as far as top-ups care."""

    id: str  # for a payment: its telegram_payment_charge_id
    kind: StarTransactionKind
    stars: int
    user_id: int | None = None
    payload: str | None = None


class StarTransactionsUnavailable(Exception):
    """Telegram did not give the list now; the next pass asks again."""


class StarTransactions(Protocol):
    """The bot's Star transactions, oldest first (getStarTransactions)."""

    async def page(self, offset: int, limit: int) -> Sequence[StarTransaction]:
        """Up to `limit` transactions after the first `offset`; StarTransactionsUnavailable
        when Telegram does not answer."""
        ...


@dataclass(frozen=True, slots=True)
class Reconciled:
    read: int
    credited: int
    refused: int


class StarsReconciliation:
    def __init__(self, db: Database, stars_topups: StarsTopups) -> None:
        self._db = db
        self._stars = stars_topups

    async def reconcile(self, source: StarTransactions) -> Reconciled:
        """One pass over the transactions since the cursor (and OVERLAP before it)."""
        async with self._db.read() as repos:
            cursor = int(await repos.meta.get(CURSOR_KEY) or 0)
        start = max(0, cursor - OVERLAP)
        try:
            transactions = await self._read_from(source, start)
        except StarTransactionsUnavailable as exc:
            log.warning("Star transactions not read, trying again later: %s", exc)
            return Reconciled(0, 0, 0)
        refunded = {t.id for t in transactions if t.kind is StarTransactionKind.REFUND}
        credited = refused = 0
        for transaction in transactions:
            if transaction.kind is StarTransactionKind.REFUND:
                await self._refund_listed(transaction)
                continue
            if transaction.id in refunded:
                continue  # given back already: nothing is owed for it
            kind = await self._settle(transaction)
            credited += kind is StarsPaidKind.CREDITED
            refused += kind is StarsPaidKind.REFUSED
        # Moved only once every transaction read was settled: a pass that fails half-way
        # reads them again (each is settled once whatever happens).
        async with self._db.transaction() as repos:
            await repos.meta.set(CURSOR_KEY, str(start + len(transactions)))
        if credited or refused:
            log.warning("Stars reconciliation: %s credited, %s refused", credited, refused)
        return Reconciled(len(transactions), credited, refused)

    @staticmethod
    async def _read_from(source: StarTransactions, start: int) -> list[StarTransaction]:
        """Every transaction from `start` to the end of the list, page by page."""
        found: list[StarTransaction] = []
        while True:
            page = await source.page(start + len(found), PAGE)
            found.extend(page)
            if len(page) < PAGE:
                return found

    async def _refund_listed(self, transaction: StarTransaction) -> None:
        """A refund of a payment the bot has a row for that does not say so yet: the bot's own
        /refund_stars whose answer was lost ('refund_unknown', the money taken: now known, the
        customer told), or a refund made outside the bot whose `refunded_payment` never came.
        Recorded as that message would have been (StarsTopups.refunded_outside, once per
        charge); a refund of a charge the bot never recorded is left alone (the payment beside
        it is skipped)."""
        if transaction.user_id is None:
            return
        async with self._db.read() as repos:
            topup = await repos.topups.by_reference(Method.STARS, transaction.id)
        if topup is None or topup.state == "refunded":
            return  # the common case: nothing to write
        log.warning("Stars refund of %s listed, not recorded: recording it", transaction.id)
        await self._stars.refunded_outside(
            transaction.user_id, stars.CURRENCY, transaction.stars, transaction.id
        )

    async def _settle(self, transaction: StarTransaction) -> StarsPaidKind | None:
        """A payment of ours not recorded yet: paid() as the update would have done it."""
        if (
            transaction.kind is not StarTransactionKind.PAYMENT
            or transaction.user_id is None
            or transaction.payload is None
            or stars.decode(transaction.payload) is None  # not an invoice of this shop
        ):
            return None
        async with self._db.read() as repos:
            if await repos.topups.by_reference(Method.STARS, transaction.id) is not None:
                return None  # recorded: the common case, no write
        log.warning("Stars payment %s was not recorded: reconciling it", transaction.id)
        outcome = await self._stars.paid(
            transaction.user_id,
            transaction.payload,
            stars.CURRENCY,
            transaction.stars,
            transaction.id,
            tell=True,
        )
        return outcome.kind
