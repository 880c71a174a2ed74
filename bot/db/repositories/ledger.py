from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import aiosqlite

from bot.db.repositories.base import Repo


class LedgerKind(StrEnum):
    """Why a wallet moved; stored as its value in `ledger.kind`."""

    TOPUP = "topup"
    ORDER = "order"
    REFUND = "refund"
    ADMIN_CREDIT = "admin_credit"
    ADMIN_DEBIT = "admin_debit"
    COMMISSION = "commission"  # an inviter's share of an invited customer's order (one per order)
    BONUS = "bonus"  # a promo code's credit; `reference` names the code
    ORDER_REFUND = "order_refund"  # an admin's refund of (part of) a finished order


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    id: int
    user_id: int
    amount: int
    kind: str
    order_id: int | None
    admin_id: int | None
    note: str | None
    created_at: int
    method: str | None = None  # a top-up's (or its reversal's) payment method
    reference: str | None = None  # the provider's reference: charge id, invoice id, receipt


def _entry(row: aiosqlite.Row) -> LedgerEntry:
    return LedgerEntry(
        id=row["id"],
        user_id=row["user_id"],
        amount=row["amount"],
        kind=row["kind"],
        order_id=row["order_id"],
        admin_id=row["admin_id"],
        note=row["note"],
        created_at=row["created_at"],
        method=row["method"],
        reference=row["reference"],
    )


class LedgerRepo(Repo):
    async def add(
        self,
        user_id: int,
        amount: int,
        kind: LedgerKind,
        now: int,
        *,
        order_id: int | None = None,
        admin_id: int | None = None,
        note: str | None = None,
        method: str | None = None,
        reference: str | None = None,
    ) -> int:
        return await self._insert(
            "INSERT INTO ledger (user_id, amount, kind, order_id, admin_id, note, created_at,"
            " method, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, amount, kind, order_id, admin_id, note, now, method, reference),
        )

    async def has_refund(self, order_id: int) -> bool:
        found = await self._scalar(
            "SELECT 1 FROM ledger WHERE order_id = ? AND kind = 'refund'", (order_id,)
        )
        return found is not None

    async def all_entries(self) -> list[LedgerEntry]:
        rows = await self._all("SELECT * FROM ledger ORDER BY id")
        return [_entry(row) for row in rows]

    async def first_id_since(self, since: int) -> int:
        """The first entry made at or after `since` (one past the last when there is none),
        found along ledger_created (not along the primary key, which min(id) would walk from
        the first entry)."""
        if since <= 0:
            return 1
        value = await self._scalar(
            "SELECT coalesce(min(id), (SELECT coalesce(max(id), 0) + 1 FROM ledger))"
            " FROM ledger INDEXED BY ledger_created WHERE created_at >= ?",
            (since,),
        )
        return int(value)

    async def count_since(self, since: int) -> int:
        """How many were made at or after `since` (all of them for 0), off ledger_created."""
        if since <= 0:
            value = await self._scalar("SELECT count(*) FROM ledger")
        else:
            value = await self._scalar(
                "SELECT count(*) FROM ledger WHERE created_at >= ?", (since,)
            )
        return int(value or 0)

    async def export_page(self, after_id: int, since: int, limit: int) -> list[tuple[Any, ...]]:
        """The next `limit` entries after `after_id` made at or after `since`, in id order, as
        plain rows in the export's columns (bot/services/export.py). Along the primary key
        (`+created_at`: never along the time index, which would sort every row of the range)."""
        rows = await self._all(
            "SELECT id, created_at, user_id, kind, amount, order_id, admin_id, note, method,"
            " reference FROM ledger WHERE id > ? AND +created_at >= ? ORDER BY id LIMIT ?",
            (after_id, since, limit),
        )
        return [tuple(row) for row in rows]

    async def for_user(self, user_id: int, limit: int) -> list[LedgerEntry]:
        rows = await self._all(
            "SELECT * FROM ledger WHERE user_id = ? ORDER BY id DESC LIMIT ?", (user_id, limit)
        )
        return [_entry(row) for row in rows]

    async def for_order(self, order_id: int) -> list[LedgerEntry]:
        rows = await self._all("SELECT * FROM ledger WHERE order_id = ? ORDER BY id", (order_id,))
        return [_entry(row) for row in rows]

    async def count_for_user(self, user_id: int) -> int:
        value = await self._scalar("SELECT count(*) FROM ledger WHERE user_id = ?", (user_id,))
        return int(value or 0)

    async def page_for_user(self, user_id: int, offset: int, limit: int) -> list[LedgerEntry]:
        """A customer's statement, newest first."""
        rows = await self._all(
            "SELECT * FROM ledger WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            (user_id, limit, offset),
        )
        return [_entry(row) for row in rows]

    async def topup_totals_by_method(self) -> dict[str, tuple[int, int]]:
        """Per method: (number of top-ups, net amount) after reversals (Stars refunds), as
        the triggers of migrations/013 sum them while entries are added."""
        rows = await self._all(
            "SELECT method, topups, net FROM ledger_method_totals ORDER BY method"
        )
        return {row[0]: (int(row[1]), int(row[2])) for row in rows}

    async def topup_totals_since(self, since: int) -> dict[str, tuple[int, int]]:
        """As topup_totals_by_method, of the entries written at or after `since`: off the
        index ledger_method_created alone (migrations/023)."""
        rows = await self._all(
            "SELECT method, sum(kind = 'topup'), sum(amount) FROM ledger"
            " WHERE method IS NOT NULL AND created_at >= ? GROUP BY method ORDER BY method",
            (since,),
        )
        return {row[0]: (int(row[1]), int(row[2])) for row in rows}

    async def reward_totals(self, since: int) -> dict[str, tuple[int, int]]:
        """Commissions and bonuses paid at or after `since` (0: all time), per kind: (number
        paid, amount), net of the bonuses taken back with a reversed top-up (an entry of its
        own, negative: it counts one less) and of the commissions lowered by an admin's refund
        (negative, but the commission still counts: it may be taken back in part); off the
        index ledger_rewards alone (migrations/023)."""
        rows = await self._all(
            "SELECT kind, sum((amount > 0) - (amount < 0 AND kind = 'bonus')), sum(amount)"
            " FROM ledger"
            " WHERE kind IN ('commission', 'bonus') AND created_at >= ? GROUP BY kind",
            (since,),
        )
        return {row[0]: (int(row[1]), int(row[2])) for row in rows}

    async def has_topup(self, method: str, reference: str) -> bool:
        found = await self._scalar(
            "SELECT 1 FROM ledger WHERE kind = 'topup' AND method = ? AND reference = ?",
            (method, reference),
        )
        return found is not None
