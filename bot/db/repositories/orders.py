from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.db.repositories.base import Repo
from bot.domain.order_draft import Answer, OrderDraft

OPEN_STATES = ("pending", "in_progress", "processing")
FINAL_STATES = ("completed", "partial", "canceled", "failed")
# The revenue and the panel cost of orders, as the triggers of migrations/013 sum them.
_REVENUE = "coalesce(sum(iif(panel_order_id IS NULL, 0, price - refunded)), 0)"
_COST = (
    "coalesce(sum(iif(panel_order_id IS NULL OR state IN ('canceled', 'failed'), 0,"
    " coalesce(panel_charge, 0))), 0)"
)


@dataclass(frozen=True, slots=True)
class Order:
    id: int
    user_id: int
    service_id: int
    service_name: str
    service_type: str
    link: str
    quantity: int
    runs: int | None
    interval_minutes: int | None
    comments: str | None
    username: str | None
    answer_number: int | None
    price: int
    state: str
    status_raw: str | None
    panel_order_id: int | None
    panel_charge: int | None
    panel_currency: str | None
    start_count: int | None
    remains: int | None
    refunded: int
    cancel_requested: bool
    error: str | None
    confirm_token: str
    created_at: int
    updated_at: int
    inputs: str = "{}"  # the form's answers, JSON (migration 014); '{}' before it
    panel: int = 1  # the panel it went to (migration 026)
    panel_service_id: int | None = None  # that panel's service id
    placed_service_id: int | None = None  # the shop's service that took it, if an alternative
    via_api: bool = False  # placed through the shop's API for resellers (migration 032)

    @property
    def answers(self) -> dict[str, Answer]:
        """The form's answers by key (as the service type's description names them)."""
        given: dict[str, Answer] = json.loads(self.inputs)
        if given:
            return given
        runs = self.runs if self.interval_minutes is not None else None
        before = {  # an order placed before the answers were kept whole
            "link": self.link or None,
            "quantity": self.quantity // runs if runs else self.quantity,
            "runs": runs,
            "interval": self.interval_minutes,
            "comments": self.comments,
            "username": self.username,
            "answer_number": self.answer_number,
        }
        return {key: value for key, value in before.items() if value is not None}

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES


def _order(row: aiosqlite.Row) -> Order:
    data = dict(zip(row.keys(), tuple(row), strict=True))
    data["cancel_requested"] = bool(data["cancel_requested"])
    data["via_api"] = bool(data.get("via_api", 0))
    return Order(**data)


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    order_id: int
    state: str
    status_raw: str
    start_count: int | None
    remains: int | None
    panel_charge: int | None
    panel_currency: str | None


OPEN_PAGE = 1000  # open orders per read


class OrderRepo(Repo):
    async def insert_submitting(
        self,
        user_id: int,
        draft: OrderDraft,
        *,
        service_name: str,
        service_type: str,
        quantity: int,
        price: int,
        confirm_token: str,
        now: int,
        target: str | None = None,
        panel: int = 1,
        panel_service_id: int | None = None,
        via_api: bool = False,
    ) -> int:
        """An order row whose money is held and whose `add` is about to be sent. `quantity`:
        the units priced; `target`: where it goes, shown as its link (default: the link)."""
        answers = draft.answers
        return await self._insert(
            "INSERT INTO orders (user_id, service_id, service_name, service_type, link, quantity,"
            " runs, interval_minutes, comments, username, answer_number, price, state,"
            " confirm_token, created_at, updated_at, inputs, panel, panel_service_id, via_api)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitting', ?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                draft.service_id,
                service_name,
                service_type,
                draft.link or "" if target is None else target,
                quantity,
                answers.get("runs"),
                answers.get("interval") if answers.get("runs") is not None else None,
                answers.get("comments"),
                answers.get("username"),
                answers.get("answer_number"),
                price,
                confirm_token,
                now,
                now,
                json.dumps(dict(answers), ensure_ascii=False),
                panel,
                panel_service_id,
                int(via_api),
            ),
        )

    async def get(self, order_id: int) -> Order | None:
        row = await self._one("SELECT * FROM orders WHERE id = ?", (order_id,))
        return None if row is None else _order(row)

    async def get_by_token(self, token: str) -> Order | None:
        row = await self._one("SELECT * FROM orders WHERE confirm_token = ?", (token,))
        return None if row is None else _order(row)

    async def get_by_panel_id(self, panel: int, panel_order_id: int) -> Order | None:
        row = await self._one(
            "SELECT * FROM orders WHERE panel = ? AND panel_order_id = ?", (panel, panel_order_id)
        )
        return None if row is None else _order(row)

    async def find_by_panel_id(self, panel_order_id: int) -> list[Order]:
        """The orders of any panel with this panel order id (the IN list lets the unique index
        (panel, panel_order_id) answer it)."""
        rows = await self._all(
            "SELECT * FROM orders WHERE panel IN (1, 2, 3, 4, 5, 6, 7, 8, 9)"
            " AND panel_order_id = ? ORDER BY id",
            (panel_order_id,),
        )
        return [_order(row) for row in rows]

    async def mark_placed(
        self,
        order_id: int,
        panel_order_id: int,
        now: int,
        *,
        panel: int | None = None,
        panel_service_id: int | None = None,
        placed_service_id: int | None = None,
    ) -> bool:
        """submitting/unknown -> pending with the panel's id, written with the panel and the
        service that took it (when given; an alternative's: `placed_service_id`)."""
        changed = await self._write(
            "UPDATE orders SET state = 'pending', panel_order_id = ?, panel = coalesce(?, panel),"
            " panel_service_id = coalesce(?, panel_service_id),"
            " placed_service_id = coalesce(?, placed_service_id), updated_at = ?"
            " WHERE id = ? AND state IN ('submitting', 'unknown')",
            (panel_order_id, panel, panel_service_id, placed_service_id, now, order_id),
        )
        return changed == 1

    async def retarget(
        self,
        order_id: int,
        panel: int,
        panel_service_id: int,
        placed_service_id: int,
        error: str,
        now: int,
    ) -> bool:
        """An order being placed goes to an alternative next (its service on `panel`);
        `error`: why the panels before said no. Only while no panel has it."""
        changed = await self._write(
            "UPDATE orders SET panel = ?, panel_service_id = ?, placed_service_id = ?,"
            " error = ?, updated_at = ?"
            " WHERE id = ? AND state = 'submitting' AND panel_order_id IS NULL",
            (panel, panel_service_id, placed_service_id, error, now, order_id),
        )
        return changed == 1

    async def mark_failed(self, order_id: int, error: str, now: int) -> bool:
        changed = await self._write(
            "UPDATE orders SET state = 'failed', error = ?, updated_at = ?"
            " WHERE id = ? AND state IN ('submitting', 'unknown')",
            (error, now, order_id),
        )
        return changed == 1

    async def review_placed(self, order_id: int, panel_order_id: int, note: str, now: int) -> bool:
        """An admin's review: unknown -> pending with the panel's id (only from 'unknown')."""
        changed = await self._write(
            "UPDATE orders SET state = 'pending', panel_order_id = ?, error = ?, updated_at = ?"
            " WHERE id = ? AND state = 'unknown'",
            (panel_order_id, note, now, order_id),
        )
        return changed == 1

    async def review_failed(self, order_id: int, note: str, now: int) -> bool:
        """An admin's review: unknown -> failed (only from 'unknown'), to be refunded."""
        changed = await self._write(
            "UPDATE orders SET state = 'failed', error = ?, updated_at = ?"
            " WHERE id = ? AND state = 'unknown'",
            (note, now, order_id),
        )
        return changed == 1

    async def mark_unknown(self, order_id: int, error: str, now: int) -> bool:
        changed = await self._write(
            "UPDATE orders SET state = 'unknown', error = ?, updated_at = ?"
            " WHERE id = ? AND state = 'submitting'",
            (error, now, order_id),
        )
        return changed == 1

    async def add_refunded(self, order_id: int, amount: int, now: int) -> None:
        await self._write(
            "UPDATE orders SET refunded = refunded + ?, updated_at = ? WHERE id = ?",
            (amount, now, order_id),
        )

    async def add_admin_refund(self, order_id: int, amount: int, seen: int, now: int) -> bool:
        """An admin's refund of (part of) a final order: only if what it records as refunded is
        still `seen` (what the admin was shown when asked) and the total stays within its price.
        A second press of the same Confirm finds `refunded` changed and does nothing."""
        changed = await self._write(
            "UPDATE orders SET refunded = refunded + ?, updated_at = ?"
            " WHERE id = ? AND refunded = ? AND refunded + ? <= price AND ? > 0"
            " AND state IN ('completed', 'partial', 'canceled', 'failed')",
            (amount, now, order_id, seen, amount, amount),
        )
        return changed == 1

    async def apply_status(self, update: StatusUpdate, now: int) -> None:
        await self.apply_statuses([update], now)

    async def apply_statuses(self, updates: Sequence[StatusUpdate], now: int) -> None:
        """Several orders' statuses in one round trip (executemany)."""
        if not updates:
            return
        await self._writer.executemany(
            "UPDATE orders SET state = ?, status_raw = ?, start_count = ?, remains = ?,"
            " panel_charge = coalesce(?, panel_charge),"
            " panel_currency = coalesce(?, panel_currency),"
            " updated_at = ? WHERE id = ?",
            [
                (
                    u.state,
                    u.status_raw,
                    u.start_count,
                    u.remains,
                    u.panel_charge,
                    u.panel_currency,
                    now,
                    u.order_id,
                )
                for u in updates
            ],
        )

    async def claim_cancel(self, order_id: int, now: int) -> bool:
        """Marks a cancel as requested unless it already is; False if it was."""
        changed = await self._write(
            "UPDATE orders SET cancel_requested = 1, updated_at = ?"
            " WHERE id = ? AND cancel_requested = 0",
            (now, order_id),
        )
        return changed == 1

    async def unclaim_cancel(self, order_id: int, now: int) -> None:
        await self._write(
            "UPDATE orders SET cancel_requested = 0, updated_at = ? WHERE id = ?", (now, order_id)
        )

    async def list_open_on_panel(self, panel: int) -> list[Order]:
        """The open orders of one panel for its status sync, a page of rows per read (in id
        order, along orders_open_by_panel, which holds the open orders alone: in a shop of a
        million orders the primary key walked past every closed one), made into orders 200
        at a time with the event loop let in between: ten thousand rows in one fetch held the
        loop (the reader thread builds every row under the GIL)."""
        orders: list[Order] = []
        while True:
            rows = await self._all(
                "SELECT * FROM orders INDEXED BY orders_open_by_panel"
                " WHERE panel = ? AND id > ? AND state IN ('pending', 'in_progress', 'processing')"
                " AND panel_order_id IS NOT NULL ORDER BY id LIMIT ?",
                (panel, orders[-1].id if orders else 0, OPEN_PAGE),
            )
            for index, row in enumerate(rows):
                if index % 200 == 0:
                    await asyncio.sleep(0)
                orders.append(_order(row))
            if len(rows) < OPEN_PAGE:
                break
        return orders

    async def open_panels(self) -> list[int]:
        """The panels that have open orders to track (configured or not)."""
        rows = await self._all(
            "SELECT DISTINCT panel FROM orders INDEXED BY orders_open_by_panel"
            " WHERE state IN ('pending', 'in_progress', 'processing')"
            " AND panel_order_id IS NOT NULL ORDER BY panel"
        )
        return [int(row[0]) for row in rows]

    async def list_by_ids(self, ids: Sequence[int]) -> list[Order]:
        if not ids:
            return []
        rows = await self._all(
            f"SELECT * FROM orders WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id", ids
        )
        return [_order(row) for row in rows]

    async def list_own(self, user_id: int, ids: Sequence[int]) -> list[Order]:
        """Those of the orders `ids` that are this customer's (others' are left out)."""
        if not ids:
            return []
        rows = await self._all(
            f"SELECT * FROM orders WHERE user_id = ? AND id IN ({','.join('?' * len(ids))})",
            (user_id, *ids),
        )
        return [_order(row) for row in rows]

    async def count_for_user(self, user_id: int) -> int:
        value = await self._scalar("SELECT count(*) FROM orders WHERE user_id = ?", (user_id,))
        return int(value or 0)

    async def list_for_user(self, user_id: int, offset: int, limit: int) -> list[Order]:
        rows = await self._all(
            "SELECT * FROM orders WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            (user_id, limit, offset),
        )
        return [_order(row) for row in rows]

    async def find_by_link(self, fragment: str, limit: int) -> list[Order]:
        """Orders whose link contains `fragment` (LIKE's wildcards in it taken literally),
        newest first. No index serves a match inside a text: this walks the orders from the
        newest and stops at `limit` matches (a scan of the whole table when fewer match)."""
        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = await self._all(
            "SELECT * FROM orders WHERE link LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ?",
            (f"%{escaped}%", limit),
        )
        return [_order(row) for row in rows]

    async def list_in_state(self, state: str, limit: int = 50) -> list[Order]:
        rows = await self._all(
            "SELECT * FROM orders WHERE state = ? ORDER BY id LIMIT ?", (state, limit)
        )
        return [_order(row) for row in rows]

    async def all_orders(self) -> list[Order]:
        rows = await self._all("SELECT * FROM orders ORDER BY id")
        return [_order(row) for row in rows]

    async def first_id_since(self, since: int) -> int:
        """The first order created at or after `since` (one past the last when there is none),
        found along orders_created_state (not along the primary key, which min(id) would
        walk from the first order)."""
        if since <= 0:
            return 1
        value = await self._scalar(
            "SELECT coalesce(min(id), (SELECT coalesce(max(id), 0) + 1 FROM orders))"
            " FROM orders INDEXED BY orders_created_state WHERE created_at >= ?",
            (since,),
        )
        return int(value)

    async def count_since(self, since: int) -> int:
        """How many were made at or after `since` (all of them for 0), off orders_created_state."""
        if since <= 0:
            value = await self._scalar("SELECT count(*) FROM orders")
        else:
            value = await self._scalar(
                "SELECT count(*) FROM orders WHERE created_at >= ?", (since,)
            )
        return int(value or 0)

    async def export_page(self, after_id: int, since: int, limit: int) -> list[tuple[Any, ...]]:
        """The next `limit` orders after `after_id` created at or after `since`, in id order, as
        plain rows in the export's columns (bot/services/export.py). Along the primary key
        (`+created_at`: never along the time index, which would sort every row of the range)."""
        rows = await self._all(
            "SELECT id, created_at, updated_at, user_id, service_id, service_name, service_type,"
            " link, quantity, state, status_raw, price, refunded, panel_order_id, panel_charge,"
            " panel_currency, start_count, remains, error, panel, panel_service_id FROM orders"
            " WHERE id > ? AND +created_at >= ? ORDER BY id LIMIT ?",
            (after_id, since, limit),
        )
        return [tuple(row) for row in rows]

    async def state_counts(self, since: int) -> dict[str, int]:
        """Orders created at or after `since`, by state: off orders_created_state alone, or
        for all time (`since` 0) off order_totals, which triggers keep (migrations/013)."""
        if since <= 0:
            rows = await self._all("SELECT state, orders FROM order_totals WHERE orders > 0")
        else:
            rows = await self._all(
                "SELECT state, count(*) FROM orders WHERE created_at >= ? GROUP BY state",
                (since,),
            )
        return {row[0]: row[1] for row in rows}

    async def totals_by_state(self, since: int) -> dict[str, tuple[int, int, int]]:
        """Per state: (orders, revenue, cost) of the orders created at or after `since`, the
        sums of money_totals; for all time (`since` 0) off order_totals (migrations/013)."""
        if since <= 0:
            rows = await self._all(
                "SELECT state, orders, revenue, cost FROM order_totals WHERE orders > 0"
            )
        else:
            rows = await self._all(
                f"SELECT state, count(*), {_REVENUE}, {_COST} FROM orders"
                " WHERE created_at >= ? GROUP BY state",
                (since,),
            )
        return {row[0]: (int(row[1]), int(row[2]), int(row[3])) for row in rows}

    async def daily_totals(self, since: int) -> list[tuple[int, int, int, int]]:
        """(day, orders, revenue, cost) per UTC day (unix seconds // 86400) of the orders
        created at or after `since`, days without orders left out; the chart of /stats."""
        rows = await self._all(
            f"SELECT created_at / 86400 AS day, count(*), {_REVENUE}, {_COST} FROM orders"
            " WHERE created_at >= ? GROUP BY day ORDER BY day",
            (since,),
        )
        return [(int(row[0]), int(row[1]), int(row[2]), int(row[3])) for row in rows]

    async def money_totals(self) -> dict[str, Any]:
        """Revenue (kept after refunds) and what the panel kept, over orders that reached
        it: a canceled order costs nothing, a Partial its final charge. Summed per state by
        the triggers of migrations/013 as orders are written (order_totals)."""
        row = await self._one(
            "SELECT coalesce(sum(revenue), 0) AS revenue, coalesce(sum(cost), 0) AS cost"
            " FROM order_totals"
        )
        assert row is not None
        return {"revenue": int(row["revenue"]), "cost": int(row["cost"])}
