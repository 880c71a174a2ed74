"""Invite links: a customer who comes by another's link is tied to them for good, and the
inviter earns REFERRAL_PERCENT of what that customer finally pays for orders (one level).

The commission is a ledger entry of its own kind (`commission`, one per order by a unique
index) written in the transaction that records the order's final status (OrderStatuses), on
the price less what was refunded, rounded down to the shop's decimals; the inviter's notice
goes through the outbox in the same transaction. An admin's later refund of the order takes back
what the refunded part no longer earns, as a negative `commission` entry naming the order, as far
as the inviter's balance covers it (a wallet never goes below zero).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.invites import Inviter
from bot.db.repositories.ledger import LedgerKind
from bot.db.repositories.orders import Order
from bot.db.repositories.users import User
from bot.domain.money import Shown, from_minor, to_minor
from bot.domain.notices import Money, Notice
from bot.services.wallet import move

INVITE_PREFIX = "ref_"
_INVITE = re.compile(r"ref_([1-9][0-9]{0,18})")
TOP_INVITERS = 5


def invite_code(user_id: int) -> str:
    """The start payload of a customer's invite link (t.me/<bot>?start=ref_<id>)."""
    return f"{INVITE_PREFIX}{user_id}"


def invite_owner(payload: str) -> int | None:
    """The owner an invite payload names; None when it is not one."""
    found = _INVITE.fullmatch(payload)
    if found is None:
        return None
    owner = int(found.group(1))
    return owner if owner < 2**63 else None


def commission_due(paid: int, percent: Decimal, decimals: int) -> int:
    """`percent` of what was paid, rounded down to the shop's decimals (never more)."""
    if paid <= 0 or percent <= 0:
        return 0
    share = from_minor(paid) * percent / 100
    return to_minor(share.quantize(Decimal(1).scaleb(-decimals), ROUND_DOWN))


async def credit_commission(
    repos: Repos, order: Order, paid: int, settings: Settings
) -> tuple[int, Notice] | None:
    """The inviter's commission on an order that reached its final status, inside the caller's
    transaction (the one writing that status); returns the inviter's notice, or None when
    nothing is owed (no inviter, a banned one, nothing paid, already credited)."""
    amount = commission_due(paid, settings.referral_percent, settings.price_decimals)
    if amount <= 0:
        return None
    owner_id = await repos.invites.inviter_of(order.user_id)
    if owner_id is None or owner_id == order.user_id:
        return None
    owner = await repos.users.get(owner_id)
    if owner is None or owner.is_banned or await repos.invites.has_commission(order.id):
        return None
    await move(repos, owner_id, amount, LedgerKind.COMMISSION, order_id=order.id)
    notice = Notice(
        "note-commission",
        {
            "amount": Money(amount),
            "id": order.id,
            "balance": Money(owner.balance + amount, Shown.DOWN),
        },
    )
    return owner_id, notice


@dataclass(frozen=True, slots=True)
class CommissionTakeBack:
    """What an admin's refund took back of an inviter's commission: `due` by the new price less
    refunded, `taken` as far as the inviter's balance covered it."""

    owner_id: int
    due: int
    taken: int


async def take_back_commission(
    repos: Repos, order: Order, settings: Settings
) -> tuple[CommissionTakeBack, Notice | None] | None:
    """Lowers the commission paid on `order` in proportion to what the shop still keeps of it,
    inside the caller's transaction (the admin's refund): the credit was a share of what was
    paid when the order ended (price less its automatic refund); it becomes the same share of
    price less everything refunded now, rounded down. The share is read from the credit itself,
    not from REFERRAL_PERCENT, which may have changed since. None when there is nothing to take
    back; the notice, for the inviter, is None when nothing could be taken."""
    credited = await repos.invites.commission_on(order.id)
    if credited is None:
        return None
    owner_id, credit, kept, auto_refund = credited
    paid_then = order.price - auto_refund
    paid_now = max(order.price - order.refunded, 0)
    if paid_then <= 0:
        return None
    quantum = Decimal(1).scaleb(-settings.price_decimals)
    share = (from_minor(credit) * paid_now / paid_then).quantize(quantum, ROUND_DOWN)
    due = kept - to_minor(share)
    owner = await repos.users.get(owner_id)
    if due <= 0 or owner is None:
        return None
    taken = min(due, max(owner.balance, 0))
    result = CommissionTakeBack(owner_id, due, taken)
    if taken <= 0:
        return result, None
    await move(repos, owner_id, -taken, LedgerKind.COMMISSION, order_id=order.id)
    notice = Notice(
        "note-commission-taken-back",
        {
            "amount": Money(taken),
            "id": order.id,
            "balance": Money(owner.balance - taken, Shown.DOWN),
        },
    )
    return result, notice


@dataclass(frozen=True, slots=True)
class InviteSummary:
    """A customer's own invite figures (the /invite screen)."""

    code: str
    joined: int
    earned: int
    percent: Decimal


@dataclass(frozen=True, slots=True)
class InviteCard:
    """An admin's look at a customer's invites: who brought them, how many they brought."""

    inviter: User | None
    inviter_id: int | None
    joined: int
    earned: int


@dataclass(frozen=True, slots=True)
class InviteStats:
    paid: int
    top: list[Inviter]


class InviteService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    @property
    def enabled(self) -> bool:
        return self._settings.referral_percent > 0

    async def tie(self, user_id: int, payload: str, first_contact: bool) -> bool:
        """Ties a new customer to the owner of the link they came by; a known customer's link,
        their own, or one of nobody the shop knows changes nothing."""
        owner = invite_owner(payload)
        if not first_contact or owner is None or owner == user_id:
            return False
        async with self._db.transaction() as repos:
            return await repos.invites.tie(user_id, owner)

    async def summary(self, user_id: int) -> InviteSummary:
        async with self._db.read() as repos:
            joined = await repos.invites.joined(user_id)
            earned = await repos.invites.earned(user_id)
        return InviteSummary(invite_code(user_id), joined, earned, self._settings.referral_percent)

    async def card(self, user_id: int) -> InviteCard:
        async with self._db.read() as repos:
            return await invite_card(repos, user_id)

    async def stats(self) -> InviteStats | None:
        """Commission paid and the top inviters; None while invites are off and have never
        been used (/stats then says nothing of them)."""
        async with self._db.read() as repos:
            paid = await repos.invites.commission_total()
            top = await repos.invites.top(TOP_INVITERS)
        if not (self.enabled or paid or top):
            return None
        return InviteStats(paid, top)


async def invite_card(repos: Repos, user_id: int) -> InviteCard:
    """Who brought a customer and how many they brought (the admin's card of the customer)."""
    inviter_id = await repos.invites.inviter_of(user_id)
    inviter = None if inviter_id is None else await repos.users.get(inviter_id)
    joined = await repos.invites.joined(user_id)
    earned = await repos.invites.earned(user_id)
    return InviteCard(inviter, inviter_id, joined, earned)
