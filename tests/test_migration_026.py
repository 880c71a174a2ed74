"""migrations/026 on a shop made by the main branch before issue 23 (migrations 001 to 025, one
panel): every order keeps its id, fields and panel order id and goes on being tracked and
refunded by the real status sync against the fake panel; every service keeps its number; the
/stats totals, the promo redemptions and the refills keep pointing where they did; foreign
keys check clean and are on again after the rebuild."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.db import Database, apply_migrations
from bot.db.migrate import MIGRATIONS_DIR
from bot.domain.money import to_minor
from tests.conftest import CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.panel import FakePanel
from tests.sql import rows

INVITER = 2002
LINK = "https://instagram.com/before_23"
# (id, service, state, panel order id, price, panel charge, start, remains, refunded)
ORDERS = [
    (1, 1, "pending", 5001, "0.90", "0.81", None, None, "0"),
    (2, 2, "in_progress", 5002, "0.45", "0.40", 10, 500, "0"),
    (3, 1, "completed", 5003, "0.90", "0.81", 120, 0, "0"),
    (4, 1, "partial", 5004, "1.80", "1.20", 0, 500, "0.45"),
    (5, 2, "failed", None, "0.45", None, None, None, "0.45"),
    (6, 1, "unknown", None, "0.90", None, None, None, "0"),
    (7, 1, "completed", 5007, "0.81", "0.81", 0, 0, "0"),  # bought with a promo discount
]


def _m(amount: str) -> int:
    return to_minor(Decimal(amount))


async def _fill(db: Database) -> None:
    """A shop as the main branch before issue 23 wrote it, through SQL."""
    async with db.raw() as conn:
        await conn.executescript(
            "BEGIN;"
            "INSERT INTO users (id, username, full_name, balance, created_at, last_seen_at)"
            " VALUES (2002, 'inviter', 'Inviter', 0, 0, 0);"
            "INSERT INTO users (id, username, full_name, balance, created_at, last_seen_at,"
            " invited_by) VALUES (2001, 'buyer', 'Buyer', 0, 0, 0, 2002);"
            "INSERT INTO categories (id, name, position, service_count)"
            " VALUES (1, 'Instagram Followers', 0, 1), (2, 'Instagram Likes', 1, 1),"
            " (3, 'Old', 2, 0);"
            "INSERT INTO services (id, category_id, name, type, rate, min_quantity,"
            " max_quantity, refill, position, updated_at, supported, present) VALUES"
            " (1, 1, 'Instagram Followers <HQ> & fast', 'Default', 90000, 50, 10000, 1, 0,"
            " 0, 1, 1), (2, 2, 'Instagram Likes | drip-feed', 'Default', 45000, 10, 5000, 0,"
            " 1, 0, 1, 1), (900, 3, 'Gone', 'Default', 100000, 10, 100, 0, 2, 0, 1, 0);"
            "INSERT INTO promo_codes (code, kind, percent, uses, created_at)"
            " VALUES ('SAVE10', 'discount', 10, 1, 0);"
            "COMMIT;"
        )
        await conn.execute("BEGIN")
        await conn.execute(
            "INSERT INTO ledger (user_id, amount, kind, created_at, method, reference)"
            " VALUES (2001, ?, 'topup', 0, 'stars', 'charge-1')",
            (_m("20"),),
        )
        for number, service, state, panel_id, price, charge, start, remains, back in ORDERS:
            await conn.execute(
                "INSERT INTO orders (id, user_id, service_id, service_name, service_type, link,"
                " quantity, price, state, status_raw, panel_order_id, panel_charge,"
                " panel_currency, start_count, remains, refunded, confirm_token, created_at,"
                " updated_at) VALUES (?, 2001, ?, 'Followers', 'Default', ?, 1000, ?, ?, ?, ?,"
                " ?, 'USD', ?, ?, ?, ?, ?, ?)",
                (number, service, LINK, _m(price), state, state.title(), panel_id,
                 None if charge is None else _m(charge), start, remains, _m(back),
                 f"token-{number}", 1000 + number, 1000 + number),
            )  # fmt: skip
            await conn.execute(
                "INSERT INTO ledger (user_id, amount, kind, order_id, created_at)"
                " VALUES (2001, ?, 'order', ?, ?)",
                (-_m(price), number, 1000 + number),
            )
            if back != "0":
                await conn.execute(
                    "INSERT INTO ledger (user_id, amount, kind, order_id, created_at)"
                    " VALUES (2001, ?, 'refund', ?, ?)",
                    (_m(back), number, 2000 + number),
                )
        await conn.execute(
            "INSERT INTO ledger (user_id, amount, kind, order_id, created_at, note)"
            " VALUES (2002, ?, 'commission', 3, 3000, 'invite')",
            (_m("0.09"),),
        )
        await conn.execute(
            "INSERT INTO refills (order_id, panel_refill_id, state, status_raw, created_at,"
            " updated_at) VALUES (3, '77', 'completed', 'Completed', 3000, 3000)"
        )
        await conn.execute(
            "INSERT INTO promo_redemptions (code, user_id, state, order_id, list_price,"
            " created_at, applied_at) VALUES ('SAVE10', 2001, 'applied', 7, ?, 1007, 1007)",
            (_m("0.90"),),
        )
        await conn.execute(
            "UPDATE users SET balance = (SELECT sum(amount) FROM ledger"
            " WHERE ledger.user_id = users.id)"
        )
        await conn.commit()


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """Replaces the suite's migrated database: one made by migrations 001 to 025 and filled."""
    before = tmp_path / "migrations_before_23"
    before.mkdir()
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if path.name < "026_":
            shutil.copy(path, before)
    database = await Database.open(tmp_path / "shop.sqlite3")
    await apply_migrations(database, before)
    await _fill(database)
    yield database
    await database.close()


OLD_COLUMNS = (
    "id, user_id, service_id, service_name, service_type, link, quantity, runs,"
    " interval_minutes, comments, username, answer_number, price, state, status_raw,"
    " panel_order_id, panel_charge, panel_currency, start_count, remains, refunded,"
    " cancel_requested, error, confirm_token, created_at, updated_at, inputs"
)


async def test_a_one_panel_shop_keeps_every_order_and_service_and_goes_on_syncing(
    db: Database, make_shop: Callable[..., Any], panel: FakePanel
) -> None:
    orders_before = await rows(db, f"SELECT {OLD_COLUMNS} FROM orders ORDER BY id")
    totals_before = await rows(db, "SELECT * FROM order_totals ORDER BY state")
    services_before = await rows(db, "SELECT id, name, category_id FROM services ORDER BY id")
    others_before = [
        await rows(db, f"SELECT * FROM {table} ORDER BY 1")
        for table in ("ledger", "refills", "promo_redemptions", "users")
    ]
    assert 26 in await apply_migrations(db)

    assert await rows(db, f"SELECT {OLD_COLUMNS} FROM orders ORDER BY id") == orders_before
    found = await rows(db, "SELECT panel, panel_service_id, service_id FROM orders ORDER BY id")
    assert found == [(1, service, service) for _, service, *_ in ORDERS]
    assert await rows(db, "SELECT count(*) FROM orders WHERE placed_service_id IS NULL") == [(7,)]
    assert await rows(db, "SELECT * FROM order_totals ORDER BY state") == totals_before
    assert await rows(db, "SELECT id, name, category_id FROM services ORDER BY id") == (
        services_before
    )
    assert await rows(db, "SELECT id, panel, panel_service_id FROM services ORDER BY id") == [
        (1, 1, 1),
        (2, 1, 2),
        (900, 1, 900),
    ]
    for table, before in zip(
        ("ledger", "refills", "promo_redemptions", "users"), others_before, strict=True
    ):
        assert await rows(db, f"SELECT * FROM {table} ORDER BY 1") == before
    async with db.raw() as conn:
        async with conn.execute("PRAGMA foreign_key_check") as cursor:
            assert list(await cursor.fetchall()) == []
        async with conn.execute("PRAGMA foreign_keys") as cursor:
            assert tuple(await cursor.fetchone() or ()) == (1,)  # on again after the rebuild
    await assert_ledger_balances(db)

    # The open orders are still tracked on the panel that took them, refunded exactly once.
    panel.restore(5001, 1, LINK, 1000)
    panel.restore(5002, 2, LINK, 1000)
    panel.set_status(5001, "Partial", remains=250)
    panel.set_status(5002, "Completed", remains=0)
    shop: Shop = await make_shop()
    for _ in range(3):
        report = await shop.services.status_sync.sync()
        assert report is not None and report.orders in (2, 0)
    assert await rows(db, "SELECT id, state, refunded FROM orders WHERE id IN (1, 2)") == [
        (1, "partial", _m("0.22")),  # 0.90 x 250 / 1000 = 0.225, rounded down
        (2, "completed", 0),
    ]
    assert await rows(db, "SELECT amount FROM ledger WHERE order_id = 1 AND kind = 'refund'") == [
        (_m("0.22"),)
    ]
    asked = [f["orders"] for action, f in panel.requests if action == "status"]
    assert asked[0] == "5001,5002"
    # A refresh keeps the numbers: the old orders' services are still the same services.
    kept = "SELECT id, panel, panel_service_id FROM services WHERE id IN (1, 2)"
    assert await rows(db, kept) == [(1, 1, 1), (2, 1, 2)]
    async with shop.db.read() as repos:
        card = await shop.services.admin.order_file(4)
        assert card is not None and card.order.panel_order_id == 5004
        assert await repos.orders.get_by_panel_id(1, 5003) is not None
    assert await shop.balance(CUSTOMER) == _m("20") - sum(
        _m(price) - _m(back) for *_, price, _c, _s, _r, back in ORDERS
    ) + _m("0.22")
    await assert_ledger_balances(db)
