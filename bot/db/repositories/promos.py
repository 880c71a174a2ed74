"""Promo codes and who took them (migrations/020_promo_codes.sql)."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class PromoCode:
    code: str
    kind: str  # 'bonus', 'deposit' or 'discount'
    amount: int  # a bonus's minor units
    percent: int  # a deposit bonus's or a discount's percent
    min_topup: int  # the smallest top-up a deposit bonus comes with
    max_uses: int | None  # None: no limit
    uses: int
    expires_at: int | None  # None: never
    active: bool
    created_at: int


@dataclass(frozen=True, slots=True)
class Redemption:
    """A customer's use of a code, with the code's terms."""

    id: int
    user_id: int
    state: str  # 'pending' or 'applied'
    amount: int
    code: PromoCode


@dataclass(frozen=True, slots=True)
class CodeTotals:
    """What a code gave: bonuses credited, or discounts taken off orders."""

    code: str
    kind: str
    applied: int
    amount: int


@dataclass(frozen=True, slots=True)
class TopupBonus:
    """The deposit bonus a top-up brought: the code and the minor units it credited."""

    code: str
    amount: int


def _code(row: aiosqlite.Row) -> PromoCode:
    return PromoCode(
        code=row["code"],
        kind=row["kind"],
        amount=row["amount"],
        percent=row["percent"],
        min_topup=row["min_topup"],
        max_uses=row["max_uses"],
        uses=row["uses"],
        expires_at=row["expires_at"],
        active=bool(row["active"]),
        created_at=row["created_at"],
    )


_PENDING = (
    "SELECT r.id AS rid, r.user_id, r.state, r.amount AS given, c.* FROM promo_redemptions r"
    " JOIN promo_codes c ON c.code = r.code WHERE r.user_id = ? AND r.state = 'pending'"
)


def _redemption(row: aiosqlite.Row) -> Redemption:
    return Redemption(row["rid"], row["user_id"], row["state"], row["given"], _code(row))


class PromoRepo(Repo):
    async def create(self, code: PromoCode, admin_id: int) -> bool:
        """A new code; False when the code exists already (stopped or not)."""
        try:
            await self._insert(
                "INSERT INTO promo_codes (code, kind, amount, percent, min_topup, max_uses,"
                " expires_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    code.code,
                    code.kind,
                    code.amount,
                    code.percent,
                    code.min_topup,
                    code.max_uses,
                    code.expires_at,
                    admin_id,
                    code.created_at,
                ),
            )
        except aiosqlite.IntegrityError:
            return False
        return True

    async def get(self, code: str) -> PromoCode | None:
        row = await self._one("SELECT * FROM promo_codes WHERE code = ?", (code,))
        return None if row is None else _code(row)

    async def any_active(self) -> bool:
        return await self._scalar("SELECT 1 FROM promo_codes WHERE active = 1 LIMIT 1") is not None

    async def all_codes(self, limit: int) -> list[PromoCode]:
        rows = await self._all(
            "SELECT * FROM promo_codes ORDER BY active DESC, created_at DESC, code LIMIT ?",
            (limit,),
        )
        return [_code(row) for row in rows]

    async def stop(self, code: str) -> bool:
        return (
            await self._write(
                "UPDATE promo_codes SET active = 0 WHERE code = ? AND active = 1", (code,)
            )
            == 1
        )

    async def take_use(self, code: str) -> bool:
        """One more use, unless the code is used up."""
        changed = await self._write(
            "UPDATE promo_codes SET uses = uses + 1"
            " WHERE code = ? AND (max_uses IS NULL OR uses < max_uses)",
            (code,),
        )
        return changed == 1

    async def redeem(self, code: str, user_id: int, state: str, amount: int, now: int) -> bool:
        """The customer's one use of the code; False when they used it before (the unique key
        decides, also for two presses at once)."""
        try:
            await self._insert(
                "INSERT INTO promo_redemptions (code, user_id, state, amount, created_at,"
                " applied_at) VALUES (?, ?, ?, ?, ?, ?)",
                (code, user_id, state, amount, now, now if state == "applied" else None),
            )
        except aiosqlite.IntegrityError:
            return False
        return True

    async def used_by(self, code: str, user_id: int) -> bool:
        found = await self._scalar(
            "SELECT 1 FROM promo_redemptions WHERE code = ? AND user_id = ?", (code, user_id)
        )
        return found is not None

    async def pending(self, user_id: int) -> list[Redemption]:
        """The customer's codes waiting for their next top-up or order."""
        rows = await self._all(_PENDING + " ORDER BY r.id", (user_id,))
        return [_redemption(row) for row in rows]

    async def apply_to_topup(
        self, redemption_id: int, topup_id: int, amount: int, now: int
    ) -> bool:
        changed = await self._write(
            "UPDATE promo_redemptions SET state = 'applied', topup_id = ?, amount = ?,"
            " applied_at = ? WHERE id = ? AND state = 'pending'",
            (topup_id, amount, now, redemption_id),
        )
        return changed == 1

    async def bonus_of_topup(self, topup_id: int) -> TopupBonus | None:
        """The deposit bonus credited with this top-up, if one was."""
        row = await self._one(
            "SELECT code, amount FROM promo_redemptions"
            " WHERE topup_id = ? AND state = 'applied' AND amount > 0",
            (topup_id,),
        )
        return None if row is None else TopupBonus(row["code"], row["amount"])

    async def apply_to_order(
        self, redemption_id: int, order_id: int, amount: int, list_price: int, now: int
    ) -> bool:
        changed = await self._write(
            "UPDATE promo_redemptions SET state = 'applied', order_id = ?, amount = ?,"
            " list_price = ?, applied_at = ? WHERE id = ? AND state = 'pending'",
            (order_id, amount, list_price, now, redemption_id),
        )
        return changed == 1

    async def give_back_discount(self, order_id: int) -> bool:
        """An order the panel refused: its discount waits for the next order again."""
        changed = await self._write(
            "UPDATE promo_redemptions SET state = 'pending', order_id = NULL, amount = 0,"
            " list_price = NULL, applied_at = NULL WHERE order_id = ? AND state = 'applied'",
            (order_id,),
        )
        return changed == 1

    async def totals(self) -> list[CodeTotals]:
        """Per code with any use: how many were applied and what they gave. A bonus code's or a
        deposit code's figures are its `bonus` ledger entries' (naming it), so a bonus taken
        back with a reversed top-up no longer counts; a discount's are its uses'."""
        rows = await self._all(
            "SELECT c.code, c.kind,"
            " CASE c.kind WHEN 'discount' THEN count(r.applied_at) ELSE coalesce(b.n, 0) END,"
            " CASE c.kind WHEN 'discount' THEN coalesce(sum(r.amount), 0)"
            " ELSE coalesce(b.units, 0) END"
            " FROM promo_codes c JOIN promo_redemptions r ON r.code = c.code"
            " LEFT JOIN (SELECT reference, sum((amount > 0) - (amount < 0)) AS n,"
            " sum(amount) AS units FROM ledger WHERE kind = 'bonus' GROUP BY reference) b"
            " ON b.reference = c.code"
            " GROUP BY c.code ORDER BY c.kind, c.code"
        )
        return [CodeTotals(row[0], row[1], int(row[2]), int(row[3])) for row in rows]
