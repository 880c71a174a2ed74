"""Top-ups by transfer: the customer's receipt, its copies in the admins' chats, Approve (after
a confirmation) and Reject (each once, whoever presses first), and another receipt in place of a
rejected one.

A receipt like an earlier one (bot/services/receipt_seen.py) says so on every copy and in the
question before it is approved.

The copies are sent and edited through `ReceiptCopies`, implemented in bot/telegram/: services
never call the Bot. Each copy is written in its admin's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.topups import Method, NewTopup, ReceiptKind, Topup
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.domain.notices import Money, Msg, Notice, When
from bot.domain.text import esc
from bot.payments import receipts
from bot.payments.receipts import Receipt, normalised_reference
from bot.services.crediting import MAX_PENDING, Crediting, TooManyPending, TopupButtons
from bot.services.notify import Notifier
from bot.services.receipt_seen import seen_before


class ReceiptCopies(Protocol):
    """A receipt's copies in admins' chats (a photo, a document or a text, with its caption)."""

    async def send(
        self, chat_id: int, kind: str, file_id: str | None, notice: Notice, language: str | None
    ) -> int | None:
        """Sends a copy; its message id, None if it could not be sent."""
        ...

    async def mark(
        self, chat_id: int, message_id: int, kind: str, parts: Sequence[Msg], language: str | None
    ) -> None:
        """Rewrites a copy to the parts, one after the other, without its buttons."""
        ...


class DecisionKind(StrEnum):
    DONE = "done"
    ALREADY = "already"  # decided before (by this admin or another)
    UNKNOWN = "unknown"  # no such receipt


@dataclass(frozen=True, slots=True)
class Decision:
    kind: DecisionKind
    topup: Topup | None = None
    balance: int = 0


@dataclass(frozen=True, slots=True)
class Review:
    """A receipt as an admin is asked about it before it is credited."""

    topup: Topup
    name: str  # its customer's
    seen: Msg | None  # the warning when it is like an earlier receipt


class AgainKind(StrEnum):
    READY = "ready"  # the customer may send another receipt in place of the rejected one
    UNKNOWN = "unknown"  # no rejected receipt of theirs with that id (a forged press)
    ALREADY = "already"  # another receipt was sent in its place before
    TOO_MANY = "too_many"  # MAX_PENDING receipts of theirs are waiting


@dataclass(frozen=True, slots=True)
class Again:
    kind: AgainKind
    topup: Topup | None = None  # the rejected receipt; for ALREADY, the one sent in its place
    count: int = 0  # TOO_MANY: how many wait


class AgainRefused(Exception):
    """A receipt sent in place of a rejected one that may no longer be replaced."""

    def __init__(self, again: Again) -> None:
        super().__init__(again.kind)
        self.again = again


class ReceiptTopups:
    def __init__(
        self,
        db: Database,
        notifier: Notifier,
        admin_ids: frozenset[int],
        crediting: Crediting,
        buttons: TopupButtons,
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._admin_ids = admin_ids
        self._crediting = crediting
        self._buttons = buttons

    async def submit(
        self,
        copies: ReceiptCopies,
        user_id: int,
        amount: Decimal,
        receipt: Receipt,
        resume: bool,
        again_of: int | None = None,
    ) -> Topup:
        """Records a receipt (at most MAX_PENDING waiting per customer) with its file's and its
        reference's fingerprints, and copies it to every admin with Approve / Reject. In place
        of a rejected receipt (`again_of`), it is for that top-up's amount, once."""
        text = None if receipt.text is None else receipt.text[: receipts.TEXT_LIMIT]
        new = NewTopup(
            user_id=user_id,
            method=Method.MANUAL,
            amount=to_minor(amount),
            resume=resume,
            receipt_kind=receipt.kind,
            receipt_file=receipt.file_id,
            receipt_text=text,
            receipt_file_unique=receipt.file_unique_id,
            receipt_reference=normalised_reference(text),
            again_of=again_of,
        )
        async with self._db.transaction() as repos:
            if again_of is not None:
                again = await _again(repos, user_id, again_of)
                if again.kind is AgainKind.TOO_MANY:
                    raise TooManyPending(again.count)
                if again.kind is not AgainKind.READY or again.topup is None:
                    raise AgainRefused(again)
                new = replace(new, amount=again.topup.amount, resume=again.topup.resume)
            waiting = await repos.topups.count_pending(user_id, Method.MANUAL)
            if waiting >= MAX_PENDING:
                raise TooManyPending(waiting)
            topup = await repos.topups.create(new, now())
            user = await repos.users.get(user_id)
            seen = await seen_before(repos, topup)
        name = "" if user is None else user.full_name
        admins = sorted(self._admin_ids)
        languages = await self._languages(admins)
        for admin_id in admins:
            await self._send_copy(copies, topup, admin_id, name, seen, languages[admin_id])
        return topup

    async def again(self, user_id: int, topup_id: int) -> Again:
        """May the customer send another receipt in place of their rejected receipt?"""
        async with self._db.read() as repos:
            return await _again(repos, user_id, topup_id)

    async def _languages(self, user_ids: Iterable[int]) -> dict[int, str | None]:
        """Each one's chosen language (None: the default, also for an admin never seen)."""
        async with self._db.read() as repos:
            users = {user_id: await repos.users.get(user_id) for user_id in user_ids}
        return {user_id: None if user is None else user.language for user_id, user in users.items()}

    def _copy_notice(self, topup: Topup, name: str, seen: Msg | None) -> Notice:
        """An admin's copy of a receipt, with Approve / Reject; the warning above it when the
        receipt is like an earlier one."""
        reference: Msg | str = ""
        if topup.receipt_text:
            reference = Msg("admin-receipt-copy-text", {"text": esc(topup.receipt_text, 300)})
        copy = Msg(
            "admin-receipt-copy",
            {
                "id": topup.id,
                "amount": Money(topup.amount),
                "name": esc(name or "—", 64),
                "user_id": topup.user_id,
                "when": When(topup.created_at),
                "text": reference,
            },
        )
        buttons = self._buttons.receipt_decision(topup.id)
        if seen is None:
            return Notice(copy.key, copy.args, buttons)
        return Notice("admin-receipt-copy-seen", {"seen": seen, "copy": copy}, buttons)

    async def _send_copy(
        self,
        copies: ReceiptCopies,
        topup: Topup,
        admin_id: int,
        name: str,
        seen: Msg | None,
        language: str | None,
    ) -> None:
        """A receipt in one admin's chat, written in that admin's language."""
        notice = self._copy_notice(topup, name, seen)
        kind = topup.receipt_kind or ReceiptKind.TEXT
        message_id = await copies.send(admin_id, kind, topup.receipt_file, notice, language)
        if message_id is not None:
            async with self._db.transaction() as repos:
                await repos.topups.add_copy(topup.id, admin_id, message_id)

    async def resend_copy(
        self, copies: ReceiptCopies, topup_id: int, admin_id: int
    ) -> Topup | None:
        """/topups: one receipt again in an admin's chat, with its buttons if still pending."""
        review = await self.review(topup_id)
        if review is None:
            return None
        if review.topup.state == "pending":
            languages = await self._languages([admin_id])
            language = languages[admin_id]
            await self._send_copy(
                copies, review.topup, admin_id, review.name, review.seen, language
            )
        return review.topup

    async def review(self, topup_id: int) -> Review | None:
        """A receipt with its customer's name and the warning if it is like an earlier one;
        None if there is no such receipt."""
        async with self._db.read() as repos:
            topup = await repos.topups.get(topup_id)
            if topup is None or topup.method != Method.MANUAL:
                return None
            user = await repos.users.get(topup.user_id)
            seen = await seen_before(repos, topup)
        return Review(topup, "" if user is None else user.full_name, seen)

    async def pending(self, limit: int) -> tuple[list[tuple[Topup, str]], int]:
        """The oldest receipts waiting (each with its customer's name), and how many wait."""
        async with self._db.read() as repos:
            rows = await repos.topups.pending(Method.MANUAL, limit)
            total = await repos.topups.count_all_pending(Method.MANUAL)
            named = []
            for row in rows:
                user = await repos.users.get(row.user_id)
                named.append((row, "" if user is None else user.full_name))
        return named, total

    async def get(self, topup_id: int) -> Topup | None:
        async with self._db.read() as repos:
            return await repos.topups.get(topup_id)

    async def approve(self, topup_id: int, admin_id: int, admin_name: str) -> Decision:
        """Credits a receipt once (the admin has confirmed it: see `review`). The admins'
        copies are marked afterwards (`mark_copies`), once the pressed button has been
        answered."""
        async with self._db.transaction() as repos:
            topup = await repos.topups.get(topup_id)
            if topup is None or topup.method != Method.MANUAL:
                return Decision(DecisionKind.UNKNOWN)
            admin = (admin_id, admin_name)
            if not await self._crediting.credit(repos, topup, str(topup.id), admin=admin):
                return Decision(DecisionKind.ALREADY, topup)
            await self._crediting.tell_credited(repos, topup)
            decided = await repos.topups.get(topup_id)
            user = await repos.users.get(topup.user_id)
        self._notifier.wake()
        assert decided is not None and user is not None
        return Decision(DecisionKind.DONE, decided, user.balance)

    async def reject(
        self, topup_id: int, admin_id: int, admin_name: str, reason: str | None
    ) -> Decision:
        """Rejects a receipt once; the copies are marked afterwards, as for `approve`."""
        async with self._db.transaction() as repos:
            topup = await repos.topups.get(topup_id)
            if topup is None or topup.method != Method.MANUAL:
                return Decision(DecisionKind.UNKNOWN)
            settled = await repos.topups.settle(
                topup.id,
                "rejected",
                now(),
                decided_by=admin_id,
                decided_name=admin_name,
                reason=reason,
            )
            if not settled:
                return Decision(DecisionKind.ALREADY, topup)
            why: Msg | str = ""
            if reason:
                why = Msg("topup-rejected-reason", {"reason": esc(reason, 300)})
            await self._notifier.enqueue(
                repos,
                topup.user_id,
                Notice(
                    "topup-rejected-notice",
                    {"id": topup.id, "amount": Money(topup.amount), "reason": why},
                    self._buttons.receipt_again(topup.id),
                ),
            )
            decided = await repos.topups.get(topup_id)
        self._notifier.wake()
        assert decided is not None
        return Decision(DecisionKind.DONE, decided)

    async def mark_copies(self, copies: ReceiptCopies, topup: Topup) -> None:
        """Every admin's copy now says who decided, and loses its buttons; each is written in
        its admin's language, as the copy was."""
        async with self._db.read() as repos:
            sent = await repos.topups.copies(topup.id)
            user = await repos.users.get(topup.user_id)
            seen = await seen_before(repos, topup)
        languages = await self._languages({chat_id for chat_id, _ in sent})
        copy = self._copy_notice(topup, "" if user is None else user.full_name, seen)
        parts = (Msg(copy.key, copy.args), _outcome(topup))
        kind = topup.receipt_kind or ReceiptKind.TEXT
        for chat_id, message_id in sent:
            await copies.mark(chat_id, message_id, kind, parts, languages[chat_id])


async def _again(repos: Repos, user_id: int, topup_id: int) -> Again:
    """Whether a customer's rejected receipt may be replaced by another one now."""
    topup = await repos.topups.get(topup_id)
    if (
        topup is None
        or topup.user_id != user_id
        or topup.method != Method.MANUAL
        or topup.state != "rejected"
    ):
        return Again(AgainKind.UNKNOWN)
    later = await repos.topups.sent_again(topup.id)
    if later is not None:
        return Again(AgainKind.ALREADY, later)
    waiting = await repos.topups.count_pending(user_id, Method.MANUAL)
    if waiting >= MAX_PENDING:
        return Again(AgainKind.TOO_MANY, topup, waiting)
    return Again(AgainKind.READY, topup)


def _outcome(topup: Topup) -> Msg:
    """Who decided a receipt, when, and how (with the amount, or the reason)."""
    name = esc(topup.decided_name or str(topup.decided_by), 64)
    moment = When(topup.decided_at or now())
    if topup.state == "paid":
        return Msg(
            "admin-receipt-approved-by",
            {"name": name, "when": moment, "amount": Money(topup.amount)},
        )
    reason: Msg | str = ""
    if topup.reason:
        reason = Msg("admin-receipt-reason", {"reason": esc(topup.reason, 200)})
    return Msg("admin-receipt-rejected-by", {"name": name, "when": moment, "reason": reason})
