"""migrations/018: the ledger gains the kinds 'commission', 'bonus' and 'order_refund'. A shop
that already has ledger rows keeps every row, every index and the /stats totals kept by
triggers; the new kinds are accepted and the old CHECK still refuses anything else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.db.repositories.ledger import LedgerKind

MIGRATIONS = sorted((Path(__file__).resolve().parents[1] / "migrations").glob("*.sql"))


def _shop_before_018() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    for path in MIGRATIONS:
        if path.name < "018_":
            conn.executescript(path.read_text())
    conn.execute("INSERT INTO users (id, balance, created_at, last_seen_at) VALUES (1, 0, 0, 0)")
    for amount, kind, method, reference in (
        (500, "topup", "stars", "c1"),
        (900, "topup", "manual", "r1"),
        (-200, "admin_debit", "stars", None),
        (300, "admin_credit", None, None),
    ):
        conn.execute(
            "INSERT INTO ledger (user_id, amount, kind, created_at, method, reference)"
            " VALUES (1, ?, ?, 0, ?, ?)",
            (amount, kind, method, reference),
        )
    return conn


def _018() -> str:
    (path,) = [path for path in MIGRATIONS if path.name.startswith("018_")]
    return path.read_text()


def test_rows_indexes_and_totals_survive_the_rebuild() -> None:
    conn = _shop_before_018()
    ledger_before = conn.execute("SELECT * FROM ledger ORDER BY id").fetchall()
    totals_before = conn.execute("SELECT * FROM ledger_method_totals ORDER BY method").fetchall()
    conn.executescript(_018())
    assert conn.execute("SELECT * FROM ledger ORDER BY id").fetchall() == ledger_before
    assert (
        conn.execute("SELECT * FROM ledger_method_totals ORDER BY method").fetchall()
        == totals_before
    )
    names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "ledger_user",
        "ledger_one_debit_per_order",
        "ledger_one_refund_per_order",
        "ledger_one_commission_per_order",
        "ledger_order",
        "ledger_one_topup_per_reference",
        "ledger_created",
        "ledger_method_totals_insert",
        "ledger_method_totals_delete",
        "ledger_method_totals_update",
    } <= names
    # The triggers still keep the totals after the rebuild.
    conn.execute(
        "INSERT INTO ledger (user_id, amount, kind, created_at, method) VALUES (1, 100, 'topup',"
        " 0, 'stars')"
    )
    assert conn.execute(
        "SELECT topups, net FROM ledger_method_totals WHERE method = 'stars'"
    ).fetchone() == (2, 400)
    with pytest.raises(sqlite3.IntegrityError):  # the unique debit per top-up reference
        conn.execute(
            "INSERT INTO ledger (user_id, amount, kind, created_at, method, reference)"
            " VALUES (1, 5, 'topup', 0, 'stars', 'c1')"
        )


def test_the_new_kinds_and_only_them() -> None:
    conn = _shop_before_018()
    conn.executescript(_018())
    for kind in (LedgerKind.COMMISSION, LedgerKind.BONUS, LedgerKind.ORDER_REFUND):
        conn.execute(
            "INSERT INTO ledger (user_id, amount, kind, created_at) VALUES (1, 1, ?, 0)", (kind,)
        )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO ledger (user_id, amount, kind, created_at) VALUES (1, 1, 'gift', 0)"
        )
    assert {kind.value for kind in LedgerKind} == {
        "topup", "order", "refund", "admin_credit", "admin_debit",
        "commission", "bonus", "order_refund",
    }  # fmt: skip
