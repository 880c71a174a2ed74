"""Promo codes: a bonus at once, a bonus on the next top-up, or a discount on the next order.

A customer takes each code once: the key (code, customer) of promo_redemptions decides, so two
presses at once take it once. A bonus is a ledger entry of kind `bonus` naming the code,
written with the redemption; a deposit bonus is credited with the top-up it comes with (the
crediting core's transaction, bot/services/crediting.py); a discount is taken off the next
order's price, and the order's price is what was paid (its refunds are computed from it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.ledger import LedgerKind
from bot.db.repositories.promos import CodeTotals, PromoCode, Redemption
from bot.domain.clock import now
from bot.domain.money import SCALE_DIGITS, to_minor
from bot.services.wallet import move

CODE = re.compile(r"^[A-Z0-9_-]{3,32}$")
RESERVED = frozenset({"ADD", "OFF"})  # the admin's /promo words
LIST_LIMIT = 50


class PromoKind(StrEnum):
    BONUS = "bonus"
    DEPOSIT = "deposit"
    DISCOUNT = "discount"


class Refusal(StrEnum):
    """Why a code was not taken; each has its own answer (`promo-<value>`)."""

    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED_UP = "used-up"
    ALREADY = "already"
    NOT_YET = "not-yet"  # a code of the same kind is still waiting to be used


class PromoRefused(Exception):
    def __init__(self, refusal: Refusal, code: str, waiting: PromoCode | None = None) -> None:
        super().__init__(refusal)
        self.refusal = refusal
        self.code = code
        self.waiting = waiting  # NOT_YET: the code that waits


@dataclass(frozen=True, slots=True)
class PromoTerms:
    """`/promo add <CODE> <kind> <amount or percent%> [min <amount>] [uses <n>] [days <d>]`."""

    code: str
    kind: str
    amount: Decimal = Decimal(0)
    percent: int = 0
    min_topup: Decimal = Decimal(0)
    uses: int | None = None
    days: int | None = None


@dataclass(frozen=True, slots=True)
class Taken:
    code: PromoCode
    credited: int  # a bonus's minor units (0 for a deposit bonus or a discount)
    balance: int


def normal_code(text: str) -> str | None:
    """A code as stored (upper case), or None when the text cannot be one."""
    code = text.strip().upper()
    return code if CODE.match(code) else None


def share(units: int, percent: int, decimals: int) -> int:
    """`percent` of an amount, rounded down to the shop's decimals (never more than that)."""
    value = Decimal(units) * percent / 100
    step = Decimal(1).scaleb(SCALE_DIGITS - decimals)
    return int((value / step).to_integral_value(rounding=ROUND_FLOOR) * step)


def live(code: PromoCode, moment: int) -> bool:
    return code.active and (code.expires_at is None or moment < code.expires_at)


async def credit_deposit_bonus(
    repos: Repos, user_id: int, topup_id: int, amount: int, decimals: int
) -> tuple[str, int] | None:
    """Inside a top-up's credit: the customer's waiting deposit bonus, if this top-up is big
    enough, credited as its own ledger entry. Returns (code, bonus) when one was credited."""
    for waiting in await repos.promos.pending(user_id):
        terms = waiting.code
        if terms.kind != PromoKind.DEPOSIT or amount < terms.min_topup:
            continue
        bonus = share(amount, terms.percent, decimals)
        if bonus <= 0:
            continue
        if await repos.promos.apply_to_topup(waiting.id, topup_id, bonus, now()):
            await move(
                repos, user_id, bonus, LedgerKind.BONUS, reference=terms.code, note=terms.code
            )
            return terms.code, bonus
    return None


async def waiting_discount(repos: Repos, user_id: int) -> Redemption | None:
    for waiting in await repos.promos.pending(user_id):
        if waiting.code.kind == PromoKind.DISCOUNT:
            return waiting
    return None


class PromoService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    async def add(self, admin_id: int, terms: PromoTerms) -> PromoCode | None:
        """The new code; None when it exists (a stopped code is not made again)."""
        moment = now()
        code = PromoCode(
            code=terms.code,
            kind=terms.kind,
            amount=to_minor(terms.amount),
            percent=terms.percent,
            min_topup=to_minor(terms.min_topup),
            max_uses=terms.uses,
            uses=0,
            expires_at=None if terms.days is None else moment + terms.days * 86400,
            active=True,
            created_at=moment,
        )
        async with self._db.transaction() as repos:
            return code if await repos.promos.create(code, admin_id) else None

    async def codes(self) -> list[PromoCode]:
        async with self._db.read() as repos:
            return await repos.promos.all_codes(LIST_LIMIT)

    async def stop(self, code: str) -> bool:
        async with self._db.transaction() as repos:
            return await repos.promos.stop(code)

    async def any_active(self) -> bool:
        """A code exists that is not stopped: the Wallet offers the Promo code button (the
        lever is off until the first code)."""
        return await self._db.peek().promos.any_active()

    async def waiting(self, user_id: int) -> list[PromoCode]:
        """The customer's codes waiting for their next top-up or order (the wallet shows them)."""
        return [r.code for r in await self._db.peek().promos.pending(user_id)]

    async def totals(self) -> list[CodeTotals]:
        async with self._db.read() as repos:
            return await repos.promos.totals()

    async def take(self, user_id: int, code: str) -> Taken:
        """The customer takes a code (already normal); raises PromoRefused with the reason."""
        moment = now()
        async with self._db.transaction() as repos:
            terms = await repos.promos.get(code)
            if terms is None:
                raise PromoRefused(Refusal.UNKNOWN, code)
            if await repos.promos.used_by(code, user_id):
                raise PromoRefused(Refusal.ALREADY, code)
            if not live(terms, moment):
                raise PromoRefused(Refusal.EXPIRED, code)
            if terms.kind != PromoKind.BONUS:
                for waiting in await repos.promos.pending(user_id):
                    if waiting.code.kind == terms.kind:
                        raise PromoRefused(Refusal.NOT_YET, code, waiting.code)
            if not await repos.promos.take_use(code):
                raise PromoRefused(Refusal.USED_UP, code)
            bonus = terms.amount if terms.kind == PromoKind.BONUS else 0
            state = "applied" if terms.kind == PromoKind.BONUS else "pending"
            if not await repos.promos.redeem(code, user_id, state, bonus, moment):
                raise PromoRefused(Refusal.ALREADY, code)  # the same code, pressed twice at once
            await move(repos, user_id, bonus, LedgerKind.BONUS, reference=code, note=code)
            user = await repos.users.get(user_id)
        return Taken(terms, bonus, 0 if user is None else user.balance)
