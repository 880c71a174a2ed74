"""Top-ups in Telegram Stars: the invoice, the pre-checkout check, the credit, the refund.

A payment is credited once per Telegram charge id (the crediting core's guard). Telegram is
reached through `StarsRefunds`, implemented in bot/telegram/: services never call the Bot.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.ledger import LedgerKind
from bot.db.repositories.promos import TopupBonus
from bot.db.repositories.topups import Method, NewTopup, Topup
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.domain.notices import Msg, Notice
from bot.payments import stars
from bot.services.crediting import MAX_PENDING, Crediting, TooManyPending
from bot.services.notify import Notifier
from bot.services.stars_refunds import (
    OutsideRefunds,
    move_bonus,
    refunded_notice,
    taken_amount,
)
from bot.services.wallet import InsufficientFunds, move

log = logging.getLogger(__name__)

STARS_INVOICE_SECONDS = 3600  # a Stars payload can be paid for this long
# Written in the ledger beside the money a refused Stars refund gives back: a record, like an
# admin's note, not a message (the statement says it with `reason-stars-refund-given-back`).
NOTE_STARS_REFUND_GIVEN_BACK = "Stars refund failed: given back"
# A /refund_stars attempt holds its charge while it waits for Telegram (aiogram gives up on a
# request after a minute): a claim older than this was left by a process that stopped meanwhile.
REFUND_CLAIM_SECONDS = 600


@dataclass(frozen=True, slots=True)
class StarsInvoice:
    topup: Topup
    stars: int
    payload: str


class StarsPaidKind(StrEnum):
    CREDITED = "credited"
    DUPLICATE = "duplicate"  # seen before: its receipt was sent the first time
    REFUSED = "refused"  # not creditable: kept for /refund_stars, admins told


@dataclass(frozen=True, slots=True)
class StarsPaid:
    """What a successful_payment did."""

    kind: StarsPaidKind
    topup: Topup | None = None
    balance: int = 0


class StarsProblem(StrEnum):
    """Why a paid payload was not credited (`admin-stars-problem-<value>`)."""

    UNKNOWN = "unknown"
    USER = "user"
    AMOUNT = "amount"
    SETTLED = "settled"


class RefusalReason(StrEnum):
    """Why a pre-checkout is refused (`stars-refused-<value>`)."""

    UNKNOWN = "unknown"
    CLOSED = "closed"
    USED = "used"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class PreCheckoutRefusal:
    """Why a Stars payment may not go ahead, and whether the payer is a customer of ours (then
    with their language: None is the shop's default)."""

    reason: RefusalReason
    known: bool
    language: str | None


class StarsRefundKind(StrEnum):
    DONE = "done"
    UNSURE = "unsure"
    UNKNOWN = "unknown"
    ALREADY = "already"
    NO_FUNDS = "no_funds"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"  # another attempt is waiting for Telegram's answer


@dataclass(frozen=True, slots=True)
class StarsRefund:
    kind: StarsRefundKind
    topup: Topup | None = None
    balance: int = 0
    error: str = ""
    credited: bool = True  # False: a refused payment, refunded without any debit
    bonus: TopupBonus | None = None  # the deposit bonus taken back (or not) with the credit


class RefundAnswerKind(StrEnum):
    REFUNDED = "refunded"  # or refunded before
    REFUSED = "refused"  # a definite no
    UNSURE = "unsure"  # no answer: Telegram may have refunded


@dataclass(frozen=True, slots=True)
class RefundAnswer:
    kind: RefundAnswerKind
    error: str = ""


class StarsRefunds(Protocol):
    """Asks Telegram to give a payment's Stars back."""

    async def refund(self, user_id: int, charge_id: str) -> RefundAnswer: ...


@dataclass(frozen=True, slots=True)
class _Claim:
    """A refund attempt's hold on its row: only this attempt may settle the row or give money
    back, until it lets go (migrations/016)."""

    topup: Topup
    credited: bool
    attempt: int
    bonus: TopupBonus | None  # the deposit bonus this top-up brought, taken back with it


def _mismatch(
    decoded: stars.Payload | None,
    topup: Topup | None,
    user_id: int,
    currency: str,
    total: int,
) -> StarsProblem | None:
    """What makes a paid payload not ours to credit as it is (None: it matches its row)."""
    if decoded is None or topup is None or topup.method != Method.STARS:
        return StarsProblem.UNKNOWN
    if topup.secret != decoded.secret:
        return StarsProblem.UNKNOWN
    if topup.user_id != user_id:
        return StarsProblem.USER
    if currency != stars.CURRENCY or topup.stars != total:
        return StarsProblem.AMOUNT
    return None


class StarsTopups:
    def __init__(
        self, db: Database, notifier: Notifier, settings: Settings, crediting: Crediting
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._settings = settings
        self._crediting = crediting
        self._outside = OutsideRefunds(db, notifier, settings.stars_per_unit)

    async def open_invoice(self, user_id: int, amount: Decimal, resume: bool) -> StarsInvoice:
        """A pending row for an invoice; TooManyPending if the customer has MAX_PENDING open
        (those past their hour are expired first: they no longer count)."""
        rate = self._settings.stars_per_unit
        assert rate is not None
        price = stars.stars_for(amount, rate)
        secret = stars.new_secret()
        new = NewTopup(
            user_id=user_id,
            method=Method.STARS,
            amount=to_minor(amount),
            resume=resume,
            secret=secret,
            stars=price,
            expires_at=now() + STARS_INVOICE_SECONDS,
        )
        async with self._db.transaction() as repos:
            await repos.topups.expire_stars_invoices(user_id, now())
            waiting = await repos.topups.count_pending(user_id, Method.STARS)
            if waiting >= MAX_PENDING:
                raise TooManyPending(waiting)
            topup = await repos.topups.create(new, now())
        return StarsInvoice(topup, price, stars.Payload(topup.id, secret).encode())

    async def invoice_not_sent(self, topup_id: int, reason: str) -> None:
        """Telegram did not take the invoice: its row is closed ('failed'), so it no longer
        counts as open and a copy that reached the customer anyway cannot be paid."""
        async with self._db.transaction() as repos:
            await repos.topups.settle(topup_id, "failed", now(), reason=reason[:200])

    async def check_pre_checkout(
        self, user_id: int, payload: str, currency: str, total: int
    ) -> PreCheckoutRefusal | None:
        """None when the payment may go ahead, else the reason to refuse it. No network."""
        decoded = stars.decode(payload)
        async with self._db.read() as repos:
            topup = None if decoded is None else await repos.topups.get(decoded.topup_id)
            user = await repos.users.get(user_id)
        if _mismatch(decoded, topup, user_id, currency, total) is not None or topup is None:
            reason = RefusalReason.UNKNOWN
        elif user is not None and user.is_banned:
            reason = RefusalReason.CLOSED
        elif topup.state in ("expired", "failed") or (
            topup.state == "pending" and topup.expires_at is not None and topup.expires_at <= now()
        ):
            reason = RefusalReason.EXPIRED
        elif topup.state != "pending":
            reason = RefusalReason.USED
        else:
            return None
        if user is None:
            return PreCheckoutRefusal(reason, known=False, language=None)
        return PreCheckoutRefusal(reason, known=True, language=user.language)

    async def paid(
        self,
        user_id: int,
        payload: str,
        currency: str,
        total: int,
        charge_id: str,
        *,
        tell: bool = False,
    ) -> StarsPaid:
        """Credits a Stars payment once per charge id; a mismatch credits nothing, tells admins.

        An expired row is still credited: Telegram took the Stars after our pre-checkout said
        yes, so the customer has paid for it. `tell`: the customer's credit notice goes to the
        outbox with the credit (a payment found by reconciliation, not in a conversation).
        """
        async with self._db.transaction() as repos:
            outcome = await self._credit_payment(
                repos, user_id, payload, currency, total, charge_id
            )
            if tell and outcome.topup is not None:
                await self._crediting.tell_credited(repos, outcome.topup)
        if outcome.kind is not StarsPaidKind.DUPLICATE:
            self._notifier.wake()
        return outcome

    async def _credit_payment(
        self, repos: Repos, user_id: int, payload: str, currency: str, total: int, charge_id: str
    ) -> StarsPaid:
        """Inside the write transaction: one charge id is looked at once, whoever comes first
        (the successful_payment update or the reconciliation)."""
        if await repos.topups.by_reference(Method.STARS, charge_id) is not None:
            return StarsPaid(StarsPaidKind.DUPLICATE)
        await repos.users.ensure(user_id, now())  # a payer known only to Telegram's list
        decoded = stars.decode(payload)
        topup = None if decoded is None else await repos.topups.get(decoded.topup_id)
        problem = _mismatch(decoded, topup, user_id, currency, total)
        if problem is None:
            assert topup is not None
            credited = await self._crediting.credit(
                repos, topup, charge_id, from_states=("pending", "expired")
            )
            problem = None if credited else StarsProblem.SETTLED
        if problem is not None or topup is None:
            await self._refuse(
                repos, user_id, topup, total, charge_id, problem or StarsProblem.UNKNOWN
            )
            return StarsPaid(StarsPaidKind.REFUSED)
        paid = await repos.topups.get(topup.id)
        user = await repos.users.get(user_id)
        return StarsPaid(StarsPaidKind.CREDITED, paid, 0 if user is None else user.balance)

    async def _refuse(
        self,
        repos: Repos,
        user_id: int,
        topup: Topup | None,
        total: int,
        charge_id: str,
        problem: StarsProblem,
    ) -> None:
        """Kept under its charge id (never credited), so that /refund_stars finds it."""
        amount = (
            topup.amount
            if topup is not None
            else stars.worth_minor(total, self._settings.stars_per_unit)
        )
        await repos.topups.create_refused_stars(
            user_id, amount, total, charge_id, problem.value, now()
        )
        await self._notifier.enqueue_admins(
            repos,
            Notice(
                "admin-stars-mismatch-alert",
                {
                    "problem": Msg(f"admin-stars-problem-{problem}"),
                    "user_id": user_id,
                    "stars": total,
                    "charge": html.escape(charge_id),
                },
            ),
        )

    async def refund(self, refunds: StarsRefunds, admin_id: int, charge_id: str) -> StarsRefund:
        """Takes the credit back out of the wallet, then asks Telegram to refund the Stars.

        Debit first (only while the balance covers it), so the Stars are never returned for
        money already spent. The row waits in 'refund_unknown' while Telegram is asked, claimed
        by this attempt in the debit's transaction: another /refund_stars meanwhile is told a
        refund is in progress, and only the claim's holder settles the row:
        - refunded (or CHARGE_ALREADY_REFUNDED): 'refunded', the debit stands, the customer told;
        - a definite refusal (400, 403, 404, any answer but the ones below): the debit is given
          back, the row as before, admins told;
        - no answer (network error, timeout, 5xx, flood wait): the outcome is unknown, Telegram
          may have refunded. The debit stands and the row stays 'refund_unknown'; /refund_stars
          again asks Telegram again without a second debit.
        A payment that was refused (never credited, state 'failed') is refunded without any
        debit.
        """
        claim = await self._take_back(admin_id, charge_id)
        if isinstance(claim, StarsRefund):
            return claim
        topup = claim.topup
        try:
            answer = await refunds.refund(topup.user_id, charge_id)
        except Exception:
            await self._release(claim)  # no answer: the outcome is unknown, ask again later
            raise
        if answer.kind is RefundAnswerKind.REFUSED:
            return await self._undo_refund(claim, admin_id, answer.error)
        if answer.kind is RefundAnswerKind.UNSURE:
            log.warning("Stars refund %s: outcome unknown (%s)", topup.id, answer.error)
            await self._release(claim)
            return StarsRefund(
                StarsRefundKind.UNSURE,
                topup,
                error=answer.error,
                credited=claim.credited,
                bonus=claim.bonus,
            )
        async with self._db.transaction() as repos:
            settled = await repos.topups.settle_claimed(
                topup.id, claim.attempt, "refunded", now(), admin_id
            )
            if settled and claim.credited:
                user = await repos.users.get(topup.user_id)
                balance = 0 if user is None else user.balance
                notice = refunded_notice(topup, balance, claim.bonus)
                await self._notifier.enqueue(repos, topup.user_id, notice)
        if not settled:
            return await self._moved_on(claim)
        self._notifier.wake()
        return StarsRefund(StarsRefundKind.DONE, topup, credited=claim.credited, bonus=claim.bonus)

    async def _take_back(self, admin_id: int, charge_id: str) -> StarsRefund | _Claim:
        """The row to 'refund_unknown', claimed by this attempt, and its credit out of the
        wallet, in one transaction: the claim, or the refund's outcome when it stops here."""
        topup: Topup | None = None
        bonus: TopupBonus | None = None
        balance = 0
        try:
            async with self._db.transaction() as repos:
                topup = await repos.topups.by_reference(Method.STARS, charge_id)
                if topup is None:
                    return StarsRefund(StarsRefundKind.UNKNOWN)
                if topup.state == "refunded":
                    return StarsRefund(StarsRefundKind.ALREADY, topup)
                credited = await repos.ledger.has_topup(Method.STARS, charge_id)
                bonus = await repos.promos.bonus_of_topup(topup.id)
                user = await repos.users.get(topup.user_id)
                balance = 0 if user is None else user.balance
                fresh = topup.state != "refund_unknown"  # else: debited before, ask again
                if fresh and not await repos.topups.settle(
                    topup.id,
                    "refund_unknown",
                    now(),
                    from_states=("paid",) if credited else ("failed",),
                    decided_by=admin_id,
                ):
                    return StarsRefund(StarsRefundKind.UNKNOWN, topup)
                moment = now()
                attempt = await repos.topups.claim_refund(
                    topup.id, moment, moment - REFUND_CLAIM_SECONDS
                )
                if attempt is None:  # only an old 'refund_unknown' row can be claimed already
                    return StarsRefund(StarsRefundKind.IN_PROGRESS, topup, credited=credited)
                if fresh and credited:
                    await self._debit(repos, topup, bonus, admin_id)
        except InsufficientFunds:
            return StarsRefund(StarsRefundKind.NO_FUNDS, topup, balance, bonus=bonus)
        return _Claim(topup, credited, attempt, bonus)

    @staticmethod
    async def _debit(repos: Repos, topup: Topup, bonus: TopupBonus | None, admin_id: int) -> None:
        """What the top-up put in the wallet (its credit and its deposit bonus) out of it, or
        InsufficientFunds (rolling the whole transaction back) when any of it was spent."""
        await move(
            repos,
            topup.user_id,
            -topup.amount,
            LedgerKind.ADMIN_DEBIT,
            admin_id=admin_id,
            method=Method.STARS,
            reference=topup.reference,
        )
        if bonus is not None:
            await move_bonus(repos, topup, bonus, -bonus.amount, admin_id)

    async def _release(self, claim: _Claim) -> None:
        async with self._db.transaction() as repos:
            await repos.topups.release_claim(claim.topup.id, claim.attempt)

    async def _undo_refund(self, claim: _Claim, admin_id: int, error: str) -> StarsRefund:
        """Telegram refused the refund: the row goes back, so does the money taken, and the
        other admins are told. Only while this attempt still holds its claim."""
        topup = claim.topup
        async with self._db.transaction() as repos:
            back = "paid" if claim.credited else "failed"
            settled = await repos.topups.settle_claimed(
                topup.id, claim.attempt, back, now(), admin_id
            )
            if settled and claim.credited:
                await move(
                    repos,
                    topup.user_id,
                    topup.amount,
                    LedgerKind.ADMIN_CREDIT,
                    admin_id=admin_id,
                    note=NOTE_STARS_REFUND_GIVEN_BACK,
                    method=Method.STARS,
                    reference=topup.reference,
                )
                if claim.bonus is not None:
                    await move_bonus(repos, topup, claim.bonus, claim.bonus.amount, admin_id)
            if settled:
                await self._alert_refused(repos, claim, admin_id, error)
        if not settled:
            return await self._moved_on(claim)
        self._notifier.wake()
        return StarsRefund(StarsRefundKind.FAILED, topup, error=error, credited=claim.credited)

    async def _alert_refused(self, repos: Repos, claim: _Claim, admin_id: int, error: str) -> None:
        """The admin who asked reads the command's answer; the others get this."""
        topup = claim.topup
        back = (
            Msg("admin-stars-refund-given-back", {"amount": taken_amount(topup, claim.bonus)})
            if claim.credited
            else Msg("admin-refund-stars-unsure-uncredited")
        )
        notice = Notice(
            "admin-stars-refund-refused-alert",
            {
                "stars": topup.stars or 0,
                "user_id": topup.user_id,
                "charge": html.escape(topup.reference or ""),
                "error": html.escape(error[:200]),
                "admin_id": admin_id,
                "back": back,
            },
        )
        for chat_id in sorted(self._notifier.admin_ids - {admin_id}):
            await self._notifier.enqueue(repos, chat_id, notice, kind="admin")

    async def _moved_on(self, claim: _Claim) -> StarsRefund:
        """This attempt lost its claim while it waited for Telegram (a refund made outside the bot
        was recorded meanwhile, or its lease ran out and another attempt took over): it changes
        nothing, and says where the row is now."""
        async with self._db.read() as repos:
            topup = await repos.topups.get(claim.topup.id)
        log.warning("Stars refund %s: settled by another attempt meanwhile", claim.topup.id)
        if topup is not None and topup.state == "refunded":
            return StarsRefund(StarsRefundKind.ALREADY, topup, credited=claim.credited)
        return StarsRefund(StarsRefundKind.IN_PROGRESS, topup, credited=claim.credited)

    async def refunded_outside(
        self, user_id: int, currency: str, total: int, charge_id: str
    ) -> bool:
        """A `refunded_payment`: a refund made outside the bot, recorded once per charge id
        (bot/services/stars_refunds.py)."""
        return await self._outside.refunded(user_id, currency, total, charge_id)
