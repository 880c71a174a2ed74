"""Who invited whom (users.invited_by, migrations/019) and the commissions it earned."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.repositories.base import Repo


@dataclass(frozen=True, slots=True)
class Inviter:
    """One inviter's figures: how many customers they brought, what they earned."""

    user_id: int
    username: str | None
    full_name: str
    joined: int
    earned: int


# The condition of the partial index ledger_rewards (migrations/023), repeated in a query so that
# SQLite uses it: the planner does not see that kind = 'commission' implies it, and would read
# the whole ledger (2M rows on benchmarks/bigshop: 230 ms, against 2 ms off the index).
_REWARDS = "kind IN ('commission', 'bonus')"


class InviteRepo(Repo):
    async def tie(self, user_id: int, owner_id: int) -> bool:
        """Ties a customer to the owner of the link they came by: once, never to themselves,
        only to a customer the shop knows. False when nothing was tied."""
        changed = await self._write(
            "UPDATE users SET invited_by = ?1 WHERE id = ?2 AND invited_by IS NULL AND ?1 <> ?2"
            " AND EXISTS (SELECT 1 FROM users WHERE id = ?1)",
            (owner_id, user_id),
        )
        return changed == 1

    async def inviter_of(self, user_id: int) -> int | None:
        value = await self._scalar("SELECT invited_by FROM users WHERE id = ?", (user_id,))
        return None if value is None else int(value)

    async def joined(self, owner_id: int) -> int:
        value = await self._scalar("SELECT count(*) FROM users WHERE invited_by = ?", (owner_id,))
        return int(value or 0)

    async def earned(self, owner_id: int) -> int:
        value = await self._scalar(
            "SELECT coalesce(sum(amount), 0) FROM ledger WHERE user_id = ? AND kind = 'commission'",
            (owner_id,),
        )
        return int(value or 0)

    async def has_commission(self, order_id: int) -> bool:
        found = await self._scalar(
            "SELECT 1 FROM ledger WHERE order_id = ? AND kind = 'commission' AND amount > 0",
            (order_id,),
        )
        return found is not None

    async def commission_on(self, order_id: int) -> tuple[int, int, int, int] | None:
        """Who earned a commission on an order, what was credited, what they keep of it (credit
        less take-backs), and what the order's automatic refund (a Partial's, before the credit)
        gave back; None when no commission was paid on it."""
        row = await self._one(
            "SELECT user_id, sum(max(amount, 0)), sum(amount),"
            " (SELECT coalesce(sum(amount), 0) FROM ledger WHERE order_id = ? AND kind = 'refund')"
            " FROM ledger WHERE order_id = ? AND kind = 'commission' GROUP BY user_id",
            (order_id, order_id),
        )
        return None if row is None else (int(row[0]), int(row[1]), int(row[2]), int(row[3]))

    async def commission_total(self) -> int:
        """Every commission paid, net of take-backs (off the partial index ledger_rewards)."""
        value = await self._scalar(
            f"SELECT coalesce(sum(amount), 0) FROM ledger WHERE kind = 'commission' AND {_REWARDS}"
        )
        return int(value or 0)

    async def top(self, limit: int) -> list[Inviter]:
        """The inviters who earned most (then brought most), with their figures."""
        rows = await self._all(
            "SELECT u.id, u.username, u.full_name, i.joined, coalesce(c.earned, 0) AS earned"
            " FROM (SELECT invited_by AS owner, count(*) AS joined FROM users"
            "       WHERE invited_by IS NOT NULL GROUP BY invited_by) AS i"
            " JOIN users AS u ON u.id = i.owner"
            " LEFT JOIN (SELECT user_id, sum(amount) AS earned FROM ledger"
            f"            WHERE kind = 'commission' AND {_REWARDS} GROUP BY user_id) AS c"
            " ON c.user_id = i.owner"
            " ORDER BY earned DESC, i.joined DESC, u.id LIMIT ?",
            (limit,),
        )
        return [
            Inviter(
                user_id=row[0],
                username=row[1],
                full_name=row[2] or "",
                joined=int(row[3]),
                earned=int(row[4]),
            )
            for row in rows
        ]
