"""migrations/013 (a shop open for years, benchmarks/bigshop): its indexes, and the totals for
/stats computed from a shop's existing rows when it is applied, then kept by triggers (every
ledger-balance check of the suite compares them with the rows: tests/conftest.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.db import Database, apply_migrations
from tests.sql import rows

MIGRATIONS = sorted((Path(__file__).resolve().parents[1] / "migrations").glob("*.sql"))
STATES = ("pending", "in_progress", "processing", "completed", "partial", "canceled", "failed")


async def test_the_new_indexes_are_there(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "fresh.sqlite3")
    try:
        await apply_migrations(db)
        found = await rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'")
        names = {name for (name,) in found}
        assert {"orders_open_by_panel", "refills_open", "ledger_created"} <= names
        assert "orders_created_state" in names and "orders_created" not in names
        assert await rows(db, "SELECT name FROM schema_migrations WHERE version = 13")
    finally:
        await db.close()


def test_totals_of_a_shop_that_already_has_orders() -> None:
    (last,) = [path for path in MIGRATIONS if path.name.startswith("013_")]
    before = [path for path in MIGRATIONS if path.name < last.name]
    conn = sqlite3.connect(":memory:")
    for path in before:
        conn.executescript(path.read_text())
    conn.execute("INSERT INTO users (id, balance, created_at, last_seen_at) VALUES (1, 0, 0, 0)")
    for i in range(1, 71):
        state = STATES[i % len(STATES)]
        placed = None if state == "failed" else 1000 + i
        conn.execute(
            "INSERT INTO orders (user_id, service_id, service_name, service_type, link, quantity,"
            " price, state, panel_order_id, panel_charge, refunded, confirm_token, created_at,"
            " updated_at) VALUES (1, 1, 's', 'Default', 'l', 100, ?, ?, ?, ?, ?, ?, ?, ?)",
            (i * 1000, state, placed, i * 700 if i % 3 else None, i * 10 * (state == "partial"),
             f"t{i}", i, i),
        )  # fmt: skip
    for method, amount in (("stars", 500), ("stars", 700), ("manual", 900), ("stars", -500)):
        kind = "topup" if amount > 0 else "admin_debit"
        conn.execute(
            "INSERT INTO ledger (user_id, amount, kind, created_at, method) VALUES (1, ?, ?, 0, ?)",
            (amount, kind, method),
        )
    conn.executescript(last.read_text())
    totals = {
        state: (orders, revenue, cost)
        for state, orders, revenue, cost in conn.execute("SELECT * FROM order_totals")
    }
    for state in STATES:
        ids = [i for i in range(1, 71) if STATES[i % len(STATES)] == state]
        revenue = sum(i * 1000 - i * 10 * (state == "partial") for i in ids if state != "failed")
        cost = sum(i * 700 for i in ids if i % 3) if state not in ("canceled", "failed") else 0
        assert totals[state] == (len(ids), revenue, cost), state
    assert totals["unknown"] == totals["submitting"] == (0, 0, 0)
    methods = list(conn.execute("SELECT * FROM ledger_method_totals ORDER BY method"))
    assert methods == [("manual", 1, 900), ("stars", 2, 700)]
