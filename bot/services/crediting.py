"""The crediting core, shared by every way to pay (Stars, Crypto Pay, receipts).

Every credit happens in one transaction that moves the top-up row out of 'pending' (a
conditional update) and writes its ledger entry, whose (method, reference) is unique: a
payment seen twice, or approved by two admins at once, is credited once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.ledger import LedgerKind
from bot.db.repositories.topups import Topup
from bot.domain.clock import now
from bot.domain.money import Shown
from bot.domain.notices import Button, Money, Msg, Notice
from bot.services.notify import Notifier
from bot.services.promos import credit_deposit_bonus
from bot.services.wallet import move

log = logging.getLogger(__name__)

MAX_PENDING = 3  # receipts (and open invoices) one customer may have waiting at a time

ButtonRows = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True, slots=True)
class TopupButtons:
    """The wallet's buttons under top-up notices, as data; given by the composition root
    (bot/ui/buttons_wallet.py packs their callback data), so services need no keyboards."""

    after_topup: Callable[[bool], ButtonRows]  # resume: also "back to the order"
    receipt_decision: Callable[[int], ButtonRows]  # Approve / Reject under an admin's copy
    receipt_again: Callable[[int], ButtonRows]  # under a rejection: send another receipt


class TooManyPending(Exception):
    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


class Crediting:
    def __init__(
        self, db: Database, notifier: Notifier, buttons: TopupButtons, decimals: int
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._buttons = buttons
        self._decimals = decimals  # a deposit bonus is rounded down to the shop's decimals

    async def credit(
        self,
        repos: Repos,
        topup: Topup,
        reference: str,
        *,
        from_states: tuple[str, ...] = ("pending",),
        admin: tuple[int, str] | None = None,
    ) -> bool:
        """Inside a transaction: pending -> paid and the ledger entry, or nothing at all."""
        settled = await repos.topups.settle(
            topup.id,
            "paid",
            now(),
            from_states=from_states,
            reference=reference,
            decided_by=None if admin is None else admin[0],
            decided_name=None if admin is None else admin[1],
        )
        if not settled:
            return False
        if await repos.ledger.has_topup(topup.method, reference):
            # Credited before under this reference (the unique index would refuse it anyway):
            # the row is settled, the money is not given twice.
            log.error("top-up %s: %s %s was already credited", topup.id, topup.method, reference)
            return False
        await move(
            repos,
            topup.user_id,
            topup.amount,
            LedgerKind.TOPUP,
            admin_id=None if admin is None else admin[0],
            method=topup.method,
            reference=reference,
        )
        await self._deposit_bonus(repos, topup)
        return True

    async def _deposit_bonus(self, repos: Repos, topup: Topup) -> None:
        """A promo code's bonus waiting for this top-up: credited with it, and told."""
        given = await credit_deposit_bonus(
            repos, topup.user_id, topup.id, topup.amount, self._decimals
        )
        if given is not None:
            code, bonus = given
            await self._notifier.enqueue(
                repos,
                topup.user_id,
                Notice("promo-deposit-credited-notice", {"code": code, "amount": Money(bonus)}),
            )

    async def tell_credited(self, repos: Repos, topup: Topup) -> None:
        """The customer's notice of a credit, in the credit's transaction."""
        user = await repos.users.get(topup.user_id)
        assert user is not None
        await self._notifier.enqueue(
            repos,
            topup.user_id,
            Notice(
                "topup-credited-notice",
                {
                    "amount": Money(topup.amount),
                    "method": Msg(f"method-{topup.method}"),
                    "balance": Money(user.balance, Shown.DOWN),
                },
                self._buttons.after_topup(topup.resume),
            ),
        )

    async def credit_paid(self, topup: Topup, reference: str) -> bool:
        """A payment the provider reports paid (a Crypto Pay invoice): credited once, with a
        notice to the customer."""
        async with self._db.transaction() as repos:
            if not await self.credit(repos, topup, reference):
                return False
            await self.tell_credited(repos, topup)
        self._notifier.wake()
        return True
