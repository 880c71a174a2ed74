"""Top-ups by transfer: the customer's receipt, its copies in the admins' chats, Approve and
Reject (each once, whoever presses first).

The copies are sent and edited through `ReceiptCopies`, implemented in bot/telegram/: services
never call the Bot. Each copy is written in its admin's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from bot.db import Database
from bot.db.repositories.topups import Method, NewTopup, ReceiptKind, Topup
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.domain.notices import Money, Msg, Notice, When
from bot.domain.text import esc
from bot.payments import receipts
from bot.payments.receipts import Receipt
from bot.services.crediting import MAX_PENDING, Crediting, TooManyPending, TopupButtons
from bot.services.notify import Notifier


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
        self, copies: ReceiptCopies, user_id: int, amount: Decimal, receipt: Receipt, resume: bool
    ) -> Topup:
        """Records a receipt (at most MAX_PENDING waiting per customer) and copies it to every
        admin with Approve / Reject."""
        text = None if receipt.text is None else receipt.text[: receipts.TEXT_LIMIT]
        new = NewTopup(
            user_id=user_id,
            method=Method.MANUAL,
            amount=to_minor(amount),
            resume=resume,
            receipt_kind=receipt.kind,
            receipt_file=receipt.file_id,
            receipt_text=text,
        )
        async with self._db.transaction() as repos:
            waiting = await repos.topups.count_pending(user_id, Method.MANUAL)
            if waiting >= MAX_PENDING:
                raise TooManyPending(waiting)
            topup = await repos.topups.create(new, now())
            user = await repos.users.get(user_id)
        name = "" if user is None else user.full_name
        admins = sorted(self._admin_ids)
        languages = await self._languages(admins)
        for admin_id in admins:
            await self._send_copy(copies, topup, admin_id, name, languages[admin_id])
        return topup

    async def _languages(self, user_ids: Iterable[int]) -> dict[int, str | None]:
        """Each one's chosen language (None: the default, also for an admin never seen)."""
        async with self._db.read() as repos:
            users = {user_id: await repos.users.get(user_id) for user_id in user_ids}
        return {user_id: None if user is None else user.language for user_id, user in users.items()}

    def _copy_notice(self, topup: Topup, name: str) -> Notice:
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
            self._buttons.receipt_decision(topup.id),
        )

    async def _send_copy(
        self, copies: ReceiptCopies, topup: Topup, admin_id: int, name: str, language: str | None
    ) -> None:
        """A receipt in one admin's chat, written in that admin's language."""
        notice = self._copy_notice(topup, name)
        kind = topup.receipt_kind or ReceiptKind.TEXT
        message_id = await copies.send(admin_id, kind, topup.receipt_file, notice, language)
        if message_id is not None:
            async with self._db.transaction() as repos:
                await repos.topups.add_copy(topup.id, admin_id, message_id)

    async def resend_copy(
        self, copies: ReceiptCopies, topup_id: int, admin_id: int
    ) -> Topup | None:
        """/topups: one receipt again in an admin's chat, with its buttons if still pending."""
        async with self._db.read() as repos:
            topup = await repos.topups.get(topup_id)
            user = None if topup is None else await repos.users.get(topup.user_id)
        if topup is None or topup.method != Method.MANUAL:
            return None
        if topup.state == "pending":
            name = "" if user is None else user.full_name
            languages = await self._languages([admin_id])
            await self._send_copy(copies, topup, admin_id, name, languages[admin_id])
        return topup

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
        """Credits a receipt once. The admins' copies are marked afterwards (`mark_copies`),
        once the pressed button has been answered."""
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
                    self._buttons.after_topup(False),
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
        languages = await self._languages({chat_id for chat_id, _ in sent})
        copy = self._copy_notice(topup, "" if user is None else user.full_name)
        parts = (Msg(copy.key, copy.args), _outcome(topup))
        kind = topup.receipt_kind or ReceiptKind.TEXT
        for chat_id, message_id in sent:
            await copies.mark(chat_id, message_id, kind, parts, languages[chat_id])


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
