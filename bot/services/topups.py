"""Customers top up their wallets: Telegram Stars, Crypto Bot, transfers with a receipt.

Every credit happens in one transaction that moves the top-up row out of 'pending' (a
conditional update) and writes its ledger entry, whose (method, reference) is unique: a
payment seen twice, or approved by two admins at once, is credited once.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest

from bot.config import Settings
from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.ledger import LedgerEntry
from bot.db.repositories.topups import Method, NewTopup, Topup
from bot.domain.clock import now
from bot.domain.money import Shown, money, to_minor
from bot.domain.notices import Money, Msg, Notice, When
from bot.domain.text import esc
from bot.i18n import ascii_digits
from bot.payments import receipts, stars
from bot.payments.receipts import Receipt
from bot.services.notify import Notifier
from bot.services.wallet import InsufficientFunds, move
from bot.ui.buttons_wallet import after_topup, receipt_decision
from bot.ui.notices import NoticeRenderer

log = logging.getLogger(__name__)

MAX_PENDING = 3  # receipts (and open invoices) one customer may have waiting at a time
STARS_INVOICE_SECONDS = 3600  # a Stars payload can be paid for this long
HISTORY_PAGE = 10
_AMOUNT = re.compile(r"^[0-9]{1,9}(?:[.,]([0-9]+))?$")
# Written in the ledger beside the money a refused Stars refund gives back: a record, like an
# admin's note, not a message (the statement says it with `reason-stars-refund-given-back`).
NOTE_STARS_REFUND_GIVEN_BACK = "Stars refund failed: given back"


class AmountError(ValueError):
    """A typed amount that cannot be topped up: the message key for the customer, and its
    arguments (amounts already written in the shop's currency)."""

    def __init__(self, key: str, **args: str | int) -> None:
        super().__init__(key)
        self.key = key
        self.params = args


class TooManyPending(Exception):
    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


@dataclass(frozen=True, slots=True)
class Statement:
    entries: list[LedgerEntry]
    page: int
    pages: int


@dataclass(frozen=True, slots=True)
class StarsInvoice:
    topup: Topup
    stars: int
    payload: str


@dataclass(frozen=True, slots=True)
class StarsPaid:
    """What a successful_payment did: credited now, seen before, or not creditable."""

    kind: str  # credited | duplicate | refused
    topup: Topup | None = None
    balance: int = 0


@dataclass(frozen=True, slots=True)
class PreCheckoutRefusal:
    """Why a Stars payment may not go ahead (`stars-refused-<reason>`), and whether the payer
    is a customer of ours (then with their language: None is the shop's default)."""

    reason: str  # unknown | closed | used | expired
    known: bool
    language: str | None


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str  # done | already | unknown
    topup: Topup | None = None
    balance: int = 0


@dataclass(frozen=True, slots=True)
class StarsRefund:
    kind: str  # done | unsure | unknown | already | no_funds | failed
    topup: Topup | None = None
    balance: int = 0
    error: str = ""
    credited: bool = True  # False: a refused payment, refunded without any debit


class TopupService:
    def __init__(
        self,
        db: Database,
        notifier: Notifier,
        settings: Settings,
        renderer: NoticeRenderer,
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._settings = settings
        self._renderer = renderer  # receipt copies are sent (and edited) here, not queued

    # -- the steps before paying ---------------------------------------------------------------
    def methods(self) -> list[str]:
        """The configured methods, in the order they are offered."""
        s = self._settings
        found = []
        if s.stars_per_unit is not None:
            found.append("stars")
        if s.crypto_pay_key():
            found.append("cryptobot")
        if s.manual_payment_instructions:
            found.append("manual")
        return found

    def money(self, units: int, shown: Shown = Shown.EXACT) -> str:
        return money(units, self._settings.price_decimals, self._settings.currency, shown)

    def parse_amount(self, text: str | None) -> Decimal:
        """A typed amount within TOPUP_MIN..TOPUP_MAX at PRICE_DECIMALS; AmountError if not.
        Digits of any script count (١٢٫٥ is 12.5)."""
        s = self._settings
        typed = ascii_digits((text or "").strip())
        match = _AMOUNT.match(typed)
        if match is None:
            raise AmountError("amount-not-a-number")
        fraction = match.group(1) or ""
        if len(fraction.rstrip("0")) > s.price_decimals:
            if s.price_decimals == 0:
                raise AmountError("amount-no-decimals")
            raise AmountError("amount-too-precise", decimals=s.price_decimals)
        try:
            amount = Decimal(typed.replace(",", "."))
        except InvalidOperation:
            raise AmountError("amount-not-a-number") from None
        if amount < s.topup_min:
            raise AmountError("amount-too-small", low=self.money(to_minor(s.topup_min)))
        if amount > s.topup_max:
            raise AmountError("amount-too-big", high=self.money(to_minor(s.topup_max)))
        return amount

    def preset(self, index: int) -> Decimal | None:
        amounts = self._settings.topup_amounts
        return amounts[index] if 0 <= index < len(amounts) else None

    async def statement(self, user_id: int, page: int) -> Statement:
        async with self._db.read() as repos:
            total = await repos.ledger.count_for_user(user_id)
            pages = max(1, -(-total // HISTORY_PAGE))
            page = min(max(0, page), pages - 1)
            entries = await repos.ledger.page_for_user(user_id, page * HISTORY_PAGE, HISTORY_PAGE)
        return Statement(entries, page, pages)

    # -- crediting, shared by every method -----------------------------------------------------
    async def _credit(
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
            "topup",
            admin_id=None if admin is None else admin[0],
            method=topup.method,
            reference=reference,
        )
        return True

    async def _notice(self, repos: Repos, topup: Topup) -> None:
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
                after_topup(topup.resume),
            ),
        )

    async def credit_invoice(self, topup: Topup, reference: str) -> bool:
        """A paid Crypto Pay invoice: credited once, with a notice to the customer."""
        async with self._db.transaction() as repos:
            if not await self._credit(repos, topup, reference):
                return False
            await self._notice(repos, topup)
        self._notifier.wake()
        return True

    # -- Telegram Stars ------------------------------------------------------------------------
    async def open_stars(self, user_id: int, amount: Decimal, resume: bool) -> StarsInvoice:
        rate = self._settings.stars_per_unit
        assert rate is not None
        price = stars.stars_for(amount, rate)
        secret = stars.new_secret()
        new = NewTopup(
            user_id=user_id,
            method="stars",
            amount=to_minor(amount),
            resume=resume,
            secret=secret,
            stars=price,
            expires_at=now() + STARS_INVOICE_SECONDS,
        )
        async with self._db.transaction() as repos:
            topup = await repos.topups.create(new, now())
        return StarsInvoice(topup, price, stars.Payload(topup.id, secret).encode())

    async def check_pre_checkout(
        self, user_id: int, payload: str, currency: str, total: int
    ) -> PreCheckoutRefusal | None:
        """None when the payment may go ahead, else the reason to refuse it. No network."""
        decoded = stars.decode(payload)
        async with self._db.read() as repos:
            topup = None if decoded is None else await repos.topups.get(decoded.topup_id)
            user = await repos.users.get(user_id)
        if (
            decoded is None
            or topup is None
            or topup.method != "stars"
            or topup.secret != decoded.secret
            or topup.user_id != user_id
            or currency != stars.CURRENCY
            or topup.stars != total
        ):
            reason = "unknown"
        elif user is not None and user.is_banned:
            reason = "closed"
        elif topup.state != "pending":
            reason = "used"
        elif topup.expires_at is not None and topup.expires_at <= now():
            reason = "expired"
        else:
            return None
        if user is None:
            return PreCheckoutRefusal(reason, known=False, language=None)
        return PreCheckoutRefusal(reason, known=True, language=user.language)

    async def stars_paid(
        self, user_id: int, payload: str, currency: str, total: int, charge_id: str
    ) -> StarsPaid:
        """Credits a Stars payment once per charge id; a mismatch credits nothing, tells admins.

        An expired row is still credited: Telegram took the Stars after our pre-checkout said
        yes, so the customer has paid for it.
        """
        decoded = stars.decode(payload)
        async with self._db.transaction() as repos:
            if await repos.topups.by_reference("stars", charge_id) is not None:
                return StarsPaid("duplicate")
            topup = None if decoded is None else await repos.topups.get(decoded.topup_id)
            problem = None
            if (
                decoded is None
                or topup is None
                or topup.method != "stars"
                or topup.secret != decoded.secret
            ):
                problem = "unknown"
            elif topup.user_id != user_id:
                problem = "user"
            elif currency != stars.CURRENCY or topup.stars != total:
                problem = "amount"
            elif not await self._credit(
                repos, topup, charge_id, from_states=("pending", "expired")
            ):
                problem = "settled"
            if problem is not None:
                # Kept under its charge id (never credited), so that /refund_stars finds it.
                await repos.topups.create_refused_stars(
                    user_id,
                    topup.amount if topup is not None else self._stars_worth(total),
                    total,
                    charge_id,
                    problem,
                    now(),
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
                credited = None
            else:
                assert topup is not None
                credited = await repos.topups.get(topup.id)
            user = await repos.users.get(user_id)
        self._notifier.wake()
        if credited is None:
            return StarsPaid("refused")
        return StarsPaid("credited", credited, 0 if user is None else user.balance)

    def _stars_worth(self, total: int) -> int:
        """Minor units a number of Stars stands for at STARS_PER_UNIT (at least one); only
        recorded beside a payment that names no top-up, never credited."""
        rate = self._settings.stars_per_unit
        if rate is None or rate <= 0:
            return 1
        return max(1, to_minor(Decimal(total) / rate))

    async def refund_stars(self, bot: Bot, admin_id: int, charge_id: str) -> StarsRefund:
        """Takes the credit back out of the wallet, then asks Telegram to refund the Stars.

        Debit first (only while the balance covers it), so the Stars are never returned for
        money already spent. The row waits in 'refund_unknown' while Telegram is asked:
        - refunded (or CHARGE_ALREADY_REFUNDED): 'refunded', the debit stands;
        - a definite refusal (any other Bad Request): the debit is given back, row as before;
        - no answer (network error, 5xx, flood wait): the outcome is unknown, Telegram may have
          refunded. The debit stands and the row stays 'refund_unknown'; /refund_stars again
          asks Telegram again without a second debit.
        A payment that was refused (never credited, state 'failed') is refunded without any
        debit.
        """
        balance = 0
        try:
            async with self._db.transaction() as repos:
                topup = await repos.topups.by_reference("stars", charge_id)
                if topup is None:
                    return StarsRefund("unknown")
                if topup.state == "refunded":
                    return StarsRefund("already", topup)
                credited = await repos.ledger.has_topup("stars", charge_id)
                user = await repos.users.get(topup.user_id)
                balance = 0 if user is None else user.balance
                if topup.state != "refund_unknown":  # else: debited before, just ask again
                    if not await repos.topups.settle(
                        topup.id,
                        "refund_unknown",
                        now(),
                        from_states=("paid",) if credited else ("failed",),
                        decided_by=admin_id,
                    ):
                        return StarsRefund("unknown", topup)
                    if credited:
                        # Raises InsufficientFunds (and rolls all of this back) if it was spent.
                        await move(
                            repos,
                            topup.user_id,
                            -topup.amount,
                            "admin_debit",
                            admin_id=admin_id,
                            method="stars",
                            reference=charge_id,
                        )
        except InsufficientFunds:
            return StarsRefund("no_funds", topup, balance)
        try:
            await bot.refund_star_payment(
                user_id=topup.user_id, telegram_payment_charge_id=charge_id
            )
        except TelegramBadRequest as exc:
            if "CHARGE_ALREADY_REFUNDED" not in exc.message:
                await self._undo_refund(topup, admin_id, charge_id, credited)
                return StarsRefund("failed", topup, error=exc.message, credited=credited)
        except TelegramAPIError as exc:
            log.warning("Stars refund %s: outcome unknown (%s)", topup.id, type(exc).__name__)
            return StarsRefund("unsure", topup, error=exc.message, credited=credited)
        async with self._db.transaction() as repos:
            await repos.topups.settle(
                topup.id, "refunded", now(), from_states=("refund_unknown",), decided_by=admin_id
            )
        return StarsRefund("done", topup, credited=credited)

    async def _undo_refund(
        self, topup: Topup, admin_id: int, charge_id: str, credited: bool
    ) -> None:
        """Telegram refused the refund: the row goes back, and so does the money taken."""
        async with self._db.transaction() as repos:
            if (
                await repos.topups.settle(
                    topup.id,
                    "paid" if credited else "failed",
                    now(),
                    from_states=("refund_unknown",),
                    decided_by=admin_id,
                )
                and credited
            ):
                await move(
                    repos,
                    topup.user_id,
                    topup.amount,
                    "admin_credit",
                    admin_id=admin_id,
                    note=NOTE_STARS_REFUND_GIVEN_BACK,
                    method="stars",
                    reference=charge_id,
                )

    # -- transfers with a receipt --------------------------------------------------------------
    async def submit_receipt(
        self, bot: Bot, user_id: int, amount: Decimal, receipt: Receipt, resume: bool
    ) -> Topup:
        """Records a receipt (at most MAX_PENDING waiting per customer) and copies it to every
        admin with Approve / Reject."""
        text = None if receipt.text is None else receipt.text[: receipts.TEXT_LIMIT]
        new = NewTopup(
            user_id=user_id,
            method="manual",
            amount=to_minor(amount),
            resume=resume,
            receipt_kind=receipt.kind,
            receipt_file=receipt.file_id,
            receipt_text=text,
        )
        async with self._db.transaction() as repos:
            waiting = await repos.topups.count_pending(user_id, "manual")
            if waiting >= MAX_PENDING:
                raise TooManyPending(waiting)
            topup = await repos.topups.create(new, now())
            user = await repos.users.get(user_id)
        name = "" if user is None else user.full_name
        admins = sorted(self._settings.admin_ids)
        languages = await self._languages(admins)
        for admin_id in admins:
            await self.send_copy(bot, topup, admin_id, name, languages[admin_id])
        return topup

    async def _languages(self, user_ids: Iterable[int]) -> dict[int, str | None]:
        """Each one's chosen language (None: the default, also for an admin never seen)."""
        async with self._db.read() as repos:
            users = {user_id: await repos.users.get(user_id) for user_id in user_ids}
        return {user_id: None if user is None else user.language for user_id, user in users.items()}

    @staticmethod
    def _copy_notice(topup: Topup, name: str) -> Notice:
        """An admin's copy of a receipt, with Approve / Reject."""
        reference: Msg | str = ""
        if topup.receipt_text:
            reference = Msg("admin-receipt-copy-text", {"text": esc(topup.receipt_text, 300)})
        return Notice(
            "admin-receipt-copy",
            {
                "id": topup.id,
                "amount": Money(topup.amount),
                "name": esc(name or "—", 64),
                "user_id": topup.user_id,
                "when": When(topup.created_at),
                "text": reference,
            },
            receipt_decision(topup.id),
        )

    async def send_copy(
        self, bot: Bot, topup: Topup, admin_id: int, name: str, language: str | None
    ) -> None:
        """A receipt in one admin's chat, written in that admin's language."""
        text, markup = self._renderer.render(self._copy_notice(topup, name), language)
        message_id = await receipts.send_copy(
            bot, admin_id, topup.receipt_kind or "text", topup.receipt_file, text, markup
        )
        if message_id is not None:
            async with self._db.transaction() as repos:
                await repos.topups.add_copy(topup.id, admin_id, message_id)

    async def resend_copy(self, bot: Bot, topup_id: int, admin_id: int) -> Topup | None:
        """/topups: one receipt again in an admin's chat, with its buttons if still pending."""
        async with self._db.read() as repos:
            topup = await repos.topups.get(topup_id)
            user = None if topup is None else await repos.users.get(topup.user_id)
        if topup is None or topup.method != "manual":
            return None
        if topup.state == "pending":
            name = "" if user is None else user.full_name
            languages = await self._languages([admin_id])
            await self.send_copy(bot, topup, admin_id, name, languages[admin_id])
        return topup

    async def pending_receipts(self, limit: int) -> tuple[list[tuple[Topup, str]], int]:
        async with self._db.read() as repos:
            rows = await repos.topups.pending("manual", limit)
            total = await repos.topups.count_all_pending("manual")
            named = []
            for row in rows:
                user = await repos.users.get(row.user_id)
                named.append((row, "" if user is None else user.full_name))
        return named, total

    async def get(self, topup_id: int) -> Topup | None:
        async with self._db.read() as repos:
            return await repos.topups.get(topup_id)

    async def approve(self, topup_id: int, admin_id: int, admin_name: str) -> Decision:
        """Credits a receipt once. The admins' copies are marked afterwards (`mark_copies`),
        once the pressed button has been answered."""
        async with self._db.transaction() as repos:
            topup = await repos.topups.get(topup_id)
            if topup is None or topup.method != "manual":
                return Decision("unknown")
            admin = (admin_id, admin_name)
            if not await self._credit(repos, topup, str(topup.id), admin=admin):
                return Decision("already", topup)
            await self._notice(repos, topup)
            decided = await repos.topups.get(topup_id)
            user = await repos.users.get(topup.user_id)
        self._notifier.wake()
        assert decided is not None and user is not None
        return Decision("done", decided, user.balance)

    async def reject(
        self, topup_id: int, admin_id: int, admin_name: str, reason: str | None
    ) -> Decision:
        """Rejects a receipt once; the copies are marked afterwards, as for `approve`."""
        async with self._db.transaction() as repos:
            topup = await repos.topups.get(topup_id)
            if topup is None or topup.method != "manual":
                return Decision("unknown")
            settled = await repos.topups.settle(
                topup.id,
                "rejected",
                now(),
                decided_by=admin_id,
                decided_name=admin_name,
                reason=reason,
            )
            if not settled:
                return Decision("already", topup)
            why: Msg | str = ""
            if reason:
                why = Msg("topup-rejected-reason", {"reason": esc(reason, 300)})
            await self._notifier.enqueue(
                repos,
                topup.user_id,
                Notice(
                    "topup-rejected-notice",
                    {"id": topup.id, "amount": Money(topup.amount), "reason": why},
                    after_topup(False),
                ),
            )
            decided = await repos.topups.get(topup_id)
        self._notifier.wake()
        assert decided is not None
        return Decision("done", decided)

    async def mark_copies(self, bot: Bot, topup: Topup) -> None:
        """Every admin's copy now says who decided, and loses its buttons; each is written in
        its admin's language, as the copy was."""
        async with self._db.read() as repos:
            copies = await repos.topups.copies(topup.id)
            user = await repos.users.get(topup.user_id)
        languages = await self._languages({chat_id for chat_id, _ in copies})
        name = esc(topup.decided_name or str(topup.decided_by), 64)
        moment = When(topup.decided_at or now())
        if topup.state == "paid":
            outcome = Msg(
                "admin-receipt-approved-by",
                {"name": name, "when": moment, "amount": Money(topup.amount)},
            )
        else:
            reason: Msg | str = ""
            if topup.reason:
                reason = Msg("admin-receipt-reason", {"reason": esc(topup.reason, 200)})
            outcome = Msg(
                "admin-receipt-rejected-by", {"name": name, "when": moment, "reason": reason}
            )
        copy = self._copy_notice(topup, "" if user is None else user.full_name)
        for chat_id, message_id in copies:
            t = self._renderer.translator(languages[chat_id])
            text = self._renderer.text(t, copy.key, copy.args) + self._renderer.text(
                t, outcome.key, outcome.args
            )
            await receipts.mark_copy(bot, chat_id, message_id, topup.receipt_kind or "text", text)

    # -- reports -------------------------------------------------------------------------------
    async def count_pending(self, user_id: int, method: Method) -> int:
        async with self._db.read() as repos:
            return await repos.topups.count_pending(user_id, method)
