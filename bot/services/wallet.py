"""Wallet movements: every change of a balance is a ledger entry in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.ledger import LedgerEntry, LedgerKind
from bot.domain.clock import now
from bot.domain.money import Shown, to_minor
from bot.domain.notices import Money, Notice
from bot.services.notify import Notifier

HISTORY_PAGE = 10


class InsufficientFunds(Exception):
    """The movement would take a wallet below zero."""


async def move(
    repos: Repos,
    user_id: int,
    amount: int,
    kind: LedgerKind,
    *,
    order_id: int | None = None,
    admin_id: int | None = None,
    note: str | None = None,
    method: str | None = None,
    reference: str | None = None,
) -> None:
    """Moves money in or out of a wallet, inside the caller's transaction."""
    if amount == 0:
        return
    if not await repos.users.change_balance(user_id, amount):
        raise InsufficientFunds
    await repos.ledger.add(
        user_id,
        amount,
        kind,
        now(),
        order_id=order_id,
        admin_id=admin_id,
        note=note,
        method=method,
        reference=reference,
    )


@dataclass(frozen=True, slots=True)
class Statement:
    entries: list[LedgerEntry]
    page: int
    pages: int


@dataclass(frozen=True, slots=True)
class AdminMove:
    user_id: int
    amount: int
    balance: int


class WalletService:
    def __init__(self, db: Database, notifier: Notifier, settings: Settings) -> None:
        self._db = db
        self._notifier = notifier
        self._settings = settings

    async def balance(self, user_id: int) -> int:
        user = await self._db.peek().users.get(user_id)
        return 0 if user is None else user.balance

    async def statement(self, user_id: int, page: int) -> Statement:
        """The wallet's history, newest first, a page at a time."""
        async with self._db.read() as repos:
            total = await repos.ledger.count_for_user(user_id)
            pages = max(1, -(-total // HISTORY_PAGE))
            page = min(max(0, page), pages - 1)
            entries = await repos.ledger.page_for_user(user_id, page * HISTORY_PAGE, HISTORY_PAGE)
        return Statement(entries, page, pages)

    async def admin_credit(
        self, admin_id: int, user_id: int, amount: Decimal, note: str | None
    ) -> AdminMove:
        units = to_minor(amount)
        if units <= 0:
            raise ValueError("amount must be positive")
        async with self._db.transaction() as repos:
            await repos.users.ensure(user_id, now())
            await move(repos, user_id, units, LedgerKind.ADMIN_CREDIT, admin_id=admin_id, note=note)
            user = await repos.users.get(user_id)
            assert user is not None
            # The customer's notice is written with the credit: both land, or neither.
            await self._notifier.enqueue(
                repos,
                user_id,
                Notice(
                    "wallet-credited-notice",
                    {"amount": Money(units), "balance": Money(user.balance, Shown.DOWN)},
                ),
            )
        self._notifier.wake()
        return AdminMove(user_id, units, user.balance)

    async def credit_once(self, user_id: int, amount: Decimal, key: str, note: str) -> bool:
        """A top-up recorded under `key`, given at most once (sandbox starting credit)."""
        async with self._db.transaction() as repos:
            if await repos.meta.get(key) is not None:
                return False
            await repos.users.ensure(user_id, now())
            await move(repos, user_id, to_minor(amount), LedgerKind.TOPUP, note=note)
            await repos.meta.set(key, str(now()))
        return True

    async def admin_debit(
        self, admin_id: int, user_id: int, amount: Decimal, note: str | None
    ) -> AdminMove:
        """Raises InsufficientFunds rather than take a wallet below zero."""
        units = to_minor(amount)
        if units <= 0:
            raise ValueError("amount must be positive")
        async with self._db.transaction() as repos:
            if await repos.users.get(user_id) is None:
                raise InsufficientFunds
            await move(repos, user_id, -units, LedgerKind.ADMIN_DEBIT, admin_id=admin_id, note=note)
            user = await repos.users.get(user_id)
        assert user is not None
        return AdminMove(user_id, units, user.balance)
