"""Top-up attempts: one row per Stars payload, Crypto Pay invoice or transfer receipt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import aiosqlite

from bot.db.repositories.base import Repo


class Method(StrEnum):
    """A way to pay."""

    STARS = "stars"
    CRYPTOBOT = "cryptobot"
    MANUAL = "manual"  # a transfer, with a receipt an admin approves


class ReceiptKind(StrEnum):
    PHOTO = "photo"
    DOCUMENT = "document"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Topup:
    id: int
    user_id: int
    method: str
    amount: int
    state: str
    secret: str | None
    stars: int | None
    reference: str | None
    pay_url: str | None
    receipt_kind: str | None
    receipt_file: str | None
    receipt_text: str | None
    receipt_file_unique: str | None  # the file's file_unique_id
    receipt_reference: str | None  # the text or caption, normalised for comparison
    again_of: int | None  # the rejected receipt this one replaces
    resume: bool
    decided_by: int | None
    decided_name: str | None
    reason: str | None
    created_at: int
    expires_at: int | None
    decided_at: int | None


@dataclass(frozen=True, slots=True)
class NewTopup:
    user_id: int
    method: Method
    amount: int
    resume: bool = False
    secret: str | None = None
    stars: int | None = None
    expires_at: int | None = None
    receipt_kind: ReceiptKind | None = None
    receipt_file: str | None = None
    receipt_text: str | None = None
    receipt_file_unique: str | None = None
    receipt_reference: str | None = None
    again_of: int | None = None


def _topup(row: aiosqlite.Row) -> Topup:
    return Topup(
        id=row["id"],
        user_id=row["user_id"],
        method=row["method"],
        amount=row["amount"],
        state=row["state"],
        secret=row["secret"],
        stars=row["stars"],
        reference=row["reference"],
        pay_url=row["pay_url"],
        receipt_kind=row["receipt_kind"],
        receipt_file=row["receipt_file"],
        receipt_text=row["receipt_text"],
        receipt_file_unique=row["receipt_file_unique"],
        receipt_reference=row["receipt_reference"],
        again_of=row["again_of"],
        resume=bool(row["resume"]),
        decided_by=row["decided_by"],
        decided_name=row["decided_name"],
        reason=row["reason"],
        created_at=row["created_at"],
        expires_at=row["expires_at"],
        decided_at=row["decided_at"],
    )


class TopupRepo(Repo):
    async def create(self, new: NewTopup, now: int) -> Topup:
        row = await self._one(
            "INSERT INTO topups (user_id, method, amount, resume, secret, stars, expires_at,"
            " receipt_kind, receipt_file, receipt_text, receipt_file_unique, receipt_reference,"
            " again_of, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
            (
                new.user_id,
                new.method,
                new.amount,
                int(new.resume),
                new.secret,
                new.stars,
                new.expires_at,
                new.receipt_kind,
                new.receipt_file,
                new.receipt_text,
                new.receipt_file_unique,
                new.receipt_reference,
                new.again_of,
                now,
            ),
        )
        assert row is not None
        return _topup(row)

    async def create_refused_stars(
        self, user_id: int, amount: int, stars: int, charge_id: str, reason: str, now: int
    ) -> None:
        """A Stars payment that was not credited: kept ('failed', its charge id as reference),
        so /refund_stars can find it. A charge recorded before stays as it was."""
        await self._write(
            "INSERT INTO topups (user_id, method, amount, state, stars, reference, reason,"
            " created_at, decided_at) VALUES (?, 'stars', ?, 'failed', ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (user_id, amount, stars, charge_id, reason, now, now),
        )

    async def get(self, topup_id: int) -> Topup | None:
        row = await self._one("SELECT * FROM topups WHERE id = ?", (topup_id,))
        return None if row is None else _topup(row)

    async def by_reference(self, method: Method, reference: str) -> Topup | None:
        row = await self._one(
            "SELECT * FROM topups WHERE method = ? AND reference = ?", (method, reference)
        )
        return None if row is None else _topup(row)

    async def like_file(self, topup_id: int, file_unique: str) -> Topup | None:
        """Another receipt with the same file: one sent before `topup_id`, or one approved
        whenever it was sent; an approved one first, else the latest."""
        return await self._like("receipt_file_unique", topup_id, file_unique)

    async def like_reference(self, topup_id: int, reference: str) -> Topup | None:
        """Another receipt with the same normalised reference, chosen as like_file chooses."""
        return await self._like("receipt_reference", topup_id, reference)

    async def _like(self, column: str, topup_id: int, value: str) -> Topup | None:
        # A later receipt counts once approved: the first of two alike may then be the second
        # one credited for one transfer.
        row = await self._one(
            f"SELECT * FROM topups WHERE {column} = ? AND id != ? AND method = 'manual'"
            " AND (id < ? OR state = 'paid') ORDER BY state = 'paid' DESC, id DESC LIMIT 1",
            (value, topup_id, topup_id),
        )
        return None if row is None else _topup(row)

    async def sent_again(self, topup_id: int) -> Topup | None:
        """The receipt sent in place of a rejected one, if there is one."""
        row = await self._one("SELECT * FROM topups WHERE again_of = ?", (topup_id,))
        return None if row is None else _topup(row)

    async def count_pending(self, user_id: int, method: Method) -> int:
        value = await self._scalar(
            "SELECT count(*) FROM topups WHERE user_id = ? AND method = ? AND state = 'pending'",
            (user_id, method),
        )
        return int(value or 0)

    async def pending(self, method: Method, limit: int) -> list[Topup]:
        rows = await self._all(
            "SELECT * FROM topups WHERE method = ? AND state = 'pending' ORDER BY id LIMIT ?",
            (method, limit),
        )
        return [_topup(row) for row in rows]

    async def count_all_pending(self, method: Method) -> int:
        value = await self._scalar(
            "SELECT count(*) FROM topups WHERE method = ? AND state = 'pending'", (method,)
        )
        return int(value or 0)

    async def open_invoices(self) -> list[Topup]:
        """Crypto Pay invoices created and not settled yet, oldest first."""
        rows = await self._all(
            "SELECT * FROM topups WHERE method = 'cryptobot' AND state = 'pending'"
            " AND reference IS NOT NULL ORDER BY id"
        )
        return [_topup(row) for row in rows]

    async def expire_unsent_invoices(self, user_id: int, created_before: int, now: int) -> int:
        """A customer's Crypto Pay rows left pending without an invoice (createInvoice never
        came back) since before `created_before`: expired."""
        return await self._write(
            "UPDATE topups SET state = 'expired', decided_at = ?, reason = 'no invoice'"
            " WHERE user_id = ? AND method = 'cryptobot' AND state = 'pending'"
            " AND reference IS NULL AND created_at < ?",
            (now, user_id, created_before),
        )

    async def expire_stars_invoices(self, user_id: int, now: int) -> int:
        """A customer's Stars invoices past their hour and never paid: expired (a payment that
        comes later is still credited from there)."""
        return await self._write(
            "UPDATE topups SET state = 'expired', decided_at = ?"
            " WHERE user_id = ? AND method = 'stars' AND state = 'pending' AND expires_at <= ?",
            (now, user_id, now),
        )

    async def set_invoice(self, topup_id: int, invoice_id: int, pay_url: str) -> None:
        await self._write(
            "UPDATE topups SET reference = ?, pay_url = ? WHERE id = ?",
            (str(invoice_id), pay_url, topup_id),
        )

    async def settle(
        self,
        topup_id: int,
        to_state: str,
        now: int,
        *,
        from_states: Sequence[str] = ("pending",),
        reference: str | None = None,
        decided_by: int | None = None,
        decided_name: str | None = None,
        reason: str | None = None,
    ) -> bool:
        """Moves a row out of one of `from_states`; False if it was not in one (decided)."""
        marks = ",".join("?" * len(from_states))
        changed = await self._write(
            f"UPDATE topups SET state = ?, decided_at = ?, reference = coalesce(?, reference),"
            " decided_by = coalesce(?, decided_by), decided_name = coalesce(?, decided_name),"
            f" reason = coalesce(?, reason) WHERE id = ? AND state IN ({marks})",
            (to_state, now, reference, decided_by, decided_name, reason, topup_id, *from_states),
        )
        return changed == 1

    # -- Stars refunds: one attempt in flight per charge (migrations/016) ------------------------

    async def claim_refund(self, topup_id: int, now: int, stale_before: int) -> int | None:
        """Claims a 'refund_unknown' row for one refund attempt: the attempt's number, or None
        while another attempt holds a claim taken at or after `stale_before`."""
        row = await self._one(
            "UPDATE topups SET refund_attempt = refund_attempt + 1, refund_claimed_at = ?"
            " WHERE id = ? AND state = 'refund_unknown'"
            " AND (refund_claimed_at IS NULL OR refund_claimed_at < ?) RETURNING refund_attempt",
            (now, topup_id, stale_before),
        )
        return None if row is None else int(row[0])

    async def settle_claimed(
        self, topup_id: int, attempt: int, to_state: str, now: int, decided_by: int
    ) -> bool:
        """The attempt holding the claim settles its 'refund_unknown' row and lets the claim go;
        False when it holds it no more (taken over, or the row was settled meanwhile)."""
        changed = await self._write(
            "UPDATE topups SET state = ?, decided_at = ?, decided_by = ?, refund_claimed_at = NULL"
            " WHERE id = ? AND state = 'refund_unknown' AND refund_attempt = ?"
            " AND refund_claimed_at IS NOT NULL",
            (to_state, now, decided_by, topup_id, attempt),
        )
        return changed == 1

    async def release_claim(self, topup_id: int, attempt: int) -> bool:
        """The attempt lets its claim go, the row as it is (the outcome is unknown)."""
        changed = await self._write(
            "UPDATE topups SET refund_claimed_at = NULL"
            " WHERE id = ? AND refund_attempt = ? AND refund_claimed_at IS NOT NULL",
            (topup_id, attempt),
        )
        return changed == 1

    async def refund_outside(self, topup_id: int, from_state: str, owed: int, now: int) -> bool:
        """A refund made outside the bot: the row to 'refunded' (any attempt's claim let go), with
        what the wallet could not cover; False if it was not in `from_state`."""
        changed = await self._write(
            "UPDATE topups SET state = 'refunded', decided_at = ?, owed = ?,"
            " refund_claimed_at = NULL WHERE id = ? AND state = ?",
            (now, owed, topup_id, from_state),
        )
        return changed == 1

    async def create_refunded_stars(
        self, user_id: int, amount: int, stars: int, charge_id: str, reason: str, now: int
    ) -> bool:
        """A Stars payment the bot never recorded, refunded outside it: kept as 'refunded' under
        its charge id, so it is handled once and never credited later. False if known."""
        changed = await self._write(
            "INSERT INTO topups (user_id, method, amount, state, stars, reference, reason,"
            " created_at, decided_at) VALUES (?, 'stars', ?, 'refunded', ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (user_id, amount, stars, charge_id, reason, now, now),
        )
        return changed == 1

    async def owed_by(self, user_id: int) -> int:
        """What a customer owes from payments refunded outside the bot (minor units)."""
        value = await self._scalar(
            "SELECT coalesce(sum(owed), 0) FROM topups WHERE user_id = ?", (user_id,)
        )
        return int(value or 0)

    async def add_copy(self, topup_id: int, chat_id: int, message_id: int) -> None:
        await self._write(
            "INSERT INTO topup_copies (topup_id, chat_id, message_id) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (topup_id, chat_id, message_id),
        )

    async def copies(self, topup_id: int) -> list[tuple[int, int]]:
        rows = await self._all(
            "SELECT chat_id, message_id FROM topup_copies WHERE topup_id = ? ORDER BY chat_id",
            (topup_id,),
        )
        return [(row[0], row[1]) for row in rows]
