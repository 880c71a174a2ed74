from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import aiosqlite

from bot.db.repositories.base import Repo

LedgerKind = Literal["topup", "order", "refund", "admin_credit", "admin_debit"]


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
    ) -> int:
        return await self._insert(
            "INSERT INTO ledger (user_id, amount, kind, order_id, admin_id, note, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user_id, amount, kind, order_id, admin_id, note, now),
        )

    async def has_refund(self, order_id: int) -> bool:
        found = await self._scalar(
            "SELECT 1 FROM ledger WHERE order_id = ? AND kind = 'refund'", (order_id,)
        )
        return found is not None

    async def all_entries(self) -> list[LedgerEntry]:
        rows = await self._all("SELECT * FROM ledger ORDER BY id")
        return [_entry(row) for row in rows]

    async def for_user(self, user_id: int, limit: int) -> list[LedgerEntry]:
        rows = await self._all(
            "SELECT * FROM ledger WHERE user_id = ? ORDER BY id DESC LIMIT ?", (user_id, limit)
        )
        return [_entry(row) for row in rows]

    async def for_order(self, order_id: int) -> list[LedgerEntry]:
        rows = await self._all("SELECT * FROM ledger WHERE order_id = ? ORDER BY id", (order_id,))
        return [_entry(row) for row in rows]
