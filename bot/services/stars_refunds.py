"""Stars payments refunded outside the bot, and the notices of every Stars refund.

Telegram tells the bot of a refund it did not ask for (Telegram's own, or another tool with the
same token) with a `refunded_payment` message. The payment's credit is taken back out of the
wallet as far as the balance covers it; the rest is recorded as owed (`topups.owed`); admins and
the customer are told. Each charge is handled once: the row's move to 'refunded' is the guard.
"""

from __future__ import annotations

import html
import logging
from decimal import Decimal

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.ledger import LedgerKind
from bot.db.repositories.promos import TopupBonus
from bot.db.repositories.topups import Method, Topup
from bot.domain.clock import now
from bot.domain.money import Shown
from bot.domain.notices import Money, Msg, Notice, Value
from bot.payments import stars
from bot.services.notify import Notifier
from bot.services.wallet import move

log = logging.getLogger(__name__)

# Written in the ledger beside the money an outside refund takes back: a record, not a message
# (the statement says "Stars payment refunded" with the charge id).
NOTE_STARS_REFUNDED_OUTSIDE = "Stars payment refunded outside the bot"
REASON_REFUNDED_OUTSIDE = "refunded outside the bot"  # a charge the bot never recorded
# Beside a deposit bonus taken back with (or given back after) its top-up's reversal.
NOTE_BONUS_TAKEN_BACK = "taken back: Stars payment refunded"
NOTE_BONUS_GIVEN_BACK = "given back: Stars refund failed"


def put_in(topup: Topup, bonus: TopupBonus | None) -> int:
    """What a top-up put in the wallet, and so what its reversal takes back: its amount and
    the deposit bonus that came with it (bot/services/promos.py credit_deposit_bonus)."""
    return topup.amount + (0 if bonus is None else bonus.amount)


def taken_amount(topup: Topup, bonus: TopupBonus | None) -> Value:
    """What a reversal takes, as told: the amount, naming the bonus when there is one."""
    if bonus is None:
        return Money(topup.amount)
    return Msg(
        "stars-amount-with-bonus",
        {
            "amount": Money(put_in(topup, bonus)),
            "bonus": Money(bonus.amount),
            "code": bonus.code,
        },
    )


async def move_bonus(
    repos: Repos, topup: Topup, bonus: TopupBonus | None, units: int, admin_id: int | None = None
) -> None:
    """Takes back (units < 0) or gives back (units > 0) the part of a top-up's deposit bonus
    that a reversal moves: a ledger entry of kind `bonus` naming the code, like the credit."""
    if bonus is None or units == 0:
        return
    await move(
        repos,
        topup.user_id,
        units,
        LedgerKind.BONUS,
        admin_id=admin_id,
        note=NOTE_BONUS_TAKEN_BACK if units < 0 else NOTE_BONUS_GIVEN_BACK,
        reference=bonus.code,
    )


def refunded_notice(topup: Topup, balance: int, bonus: TopupBonus | None) -> Notice:
    """The customer's notice of a refund the bot made that took its credit back."""
    return Notice(
        "stars-refunded-notice",
        {
            "stars": topup.stars or 0,
            "amount": taken_amount(topup, bonus),
            "charge": html.escape(topup.reference or ""),
            "balance": Money(balance, Shown.DOWN),
        },
    )


class OutsideRefunds:
    def __init__(self, db: Database, notifier: Notifier, rate: Decimal | None) -> None:
        self._db = db
        self._notifier = notifier
        self._rate = rate

    async def refunded(self, user_id: int, currency: str, total: int, charge_id: str) -> bool:
        """Records a refund made outside the bot, once per charge id; False when it changed
        nothing (not Stars, or seen before: refunded by the bot itself or told twice)."""
        if currency != stars.CURRENCY:
            log.warning("refunded_payment in %s ignored (charge %s)", currency, charge_id)
            return False
        async with self._db.transaction() as repos:
            topup = await repos.topups.by_reference(Method.STARS, charge_id)
            if topup is None:
                done = await self._unrecorded(repos, user_id, total, charge_id)
            elif topup.state == "paid":
                done = await self._take_back(repos, topup)
            elif topup.state in ("failed", "refund_unknown"):
                done = await self._confirm(repos, topup)
            else:
                done = False  # 'refunded': the bot's own refund, or this message seen before
        if done:
            self._notifier.wake()
        log.info("Stars charge %s refunded outside the bot (recorded: %s)", charge_id, done)
        return done

    async def _take_back(self, repos: Repos, topup: Topup) -> bool:
        """A credited payment: what it put in the wallet (its credit and the deposit bonus that
        came with it) out of the wallet as far as the balance covers it, the credit first."""
        user = await repos.users.get(topup.user_id)
        balance = 0 if user is None else user.balance
        bonus = await repos.promos.bonus_of_topup(topup.id)
        due = put_in(topup, bonus)
        taken = min(balance, due)
        if not await repos.topups.refund_outside(topup.id, "paid", due - taken, now()):
            return False
        from_credit = min(taken, topup.amount)
        await move(
            repos,
            topup.user_id,
            -from_credit,
            LedgerKind.ADMIN_DEBIT,
            note=NOTE_STARS_REFUNDED_OUTSIDE,
            method=Method.STARS,
            reference=topup.reference,
        )
        await move_bonus(repos, topup, bonus, from_credit - taken)
        await self._tell_taken_back(repos, topup, bonus, taken, due - taken, balance - taken)
        return True

    async def _tell_taken_back(
        self,
        repos: Repos,
        topup: Topup,
        bonus: TopupBonus | None,
        taken: int,
        owed: int,
        balance: int,
    ) -> None:
        """The customer's notice and the admins' alert of an outside refund taken back."""
        args: dict[str, Value] = {
            "stars": topup.stars or 0,
            "charge": html.escape(topup.reference or ""),
            "taken": Money(taken),
        }
        owed_part: Value = Msg("stars-outside-refund-owed", {"owed": Money(owed)}) if owed else ""
        admin_owed: Value = (
            Msg("admin-stars-outside-refund-owed", {"owed": Money(owed), "user_id": topup.user_id})
            if owed
            else ""
        )
        if bonus is not None:
            owed_part, admin_owed = (
                Msg(
                    "stars-refund-bonus-line",
                    {
                        "amount": Money(topup.amount),
                        "bonus": Money(bonus.amount),
                        "code": bonus.code,
                        "owed": part,
                    },
                )
                for part in (owed_part, admin_owed)
            )
        await self._notifier.enqueue(
            repos,
            topup.user_id,
            Notice(
                "stars-outside-refund-notice",
                {**args, "owed": owed_part, "balance": Money(balance, Shown.DOWN)},
            ),
        )
        await self._notifier.enqueue_admins(
            repos,
            Notice(
                "admin-stars-outside-refund-alert",
                {**args, "user_id": topup.user_id, "owed": admin_owed},
            ),
        )

    async def _confirm(self, repos: Repos, topup: Topup) -> bool:
        """Never credited ('failed'), or the bot's own refund whose answer was lost
        ('refund_unknown', its debit already taken): the row is refunded, nothing more taken."""
        credited = await repos.ledger.has_topup(Method.STARS, topup.reference or "")
        bonus = await repos.promos.bonus_of_topup(topup.id)
        if not await repos.topups.refund_outside(topup.id, topup.state, 0, now()):
            return False
        charge = html.escape(topup.reference or "")
        if topup.state == "refund_unknown":
            taken = (
                Msg("admin-refund-stars-unsure-taken", {"amount": taken_amount(topup, bonus)})
                if credited
                else Msg("admin-refund-stars-unsure-uncredited")
            )
            admin = Notice(
                "admin-stars-refund-confirmed",
                {
                    "stars": topup.stars or 0,
                    "user_id": topup.user_id,
                    "charge": charge,
                    "taken": taken,
                },
            )
        else:
            admin = self._uncredited_alert(topup.user_id, topup.stars or 0, charge)
        await self._notifier.enqueue_admins(repos, admin)
        if credited:
            user = await repos.users.get(topup.user_id)
            balance = 0 if user is None else user.balance
            await self._notifier.enqueue(
                repos, topup.user_id, refunded_notice(topup, balance, bonus)
            )
        else:
            await self._tell_uncredited(repos, topup.user_id, topup.stars or 0, charge)
        return True

    async def _unrecorded(self, repos: Repos, user_id: int, total: int, charge_id: str) -> bool:
        """A charge the bot has no row for: kept as 'refunded' so that it is handled once and
        never credited later; nothing to take back."""
        await repos.users.ensure(user_id, now())
        amount = stars.worth_minor(total, self._rate)
        if not await repos.topups.create_refunded_stars(
            user_id, amount, total, charge_id, REASON_REFUNDED_OUTSIDE, now()
        ):
            return False
        charge = html.escape(charge_id)
        await self._notifier.enqueue_admins(
            repos,
            Notice(
                "admin-stars-outside-refund-unknown",
                {"stars": total, "user_id": user_id, "charge": charge},
            ),
        )
        await self._tell_uncredited(repos, user_id, total, charge)
        return True

    @staticmethod
    def _uncredited_alert(user_id: int, total: int, charge: str) -> Notice:
        return Notice(
            "admin-stars-outside-refund-uncredited",
            {"stars": total, "user_id": user_id, "charge": charge},
        )

    async def _tell_uncredited(self, repos: Repos, user_id: int, total: int, charge: str) -> None:
        await self._notifier.enqueue(
            repos,
            user_id,
            Notice("stars-outside-refund-uncredited", {"stars": total, "charge": charge}),
        )
