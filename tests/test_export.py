"""/export through the real Dispatcher: CSV files written a page at a time and sent from disk,
a period (`/export 30`, or a button), and the answer when a file would pass what a bot may send."""

from __future__ import annotations

import csv
import io
import tracemalloc
from dataclasses import replace
from decimal import Decimal

import pytest
from aiogram.methods import SendDocument

from bot.app import build_dispatcher
from bot.domain.clock import now
from bot.domain.order_draft import OrderDraft
from bot.services.export import DAY, ExportService
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import BotHarness


async def place(shop: Shop, token: str) -> int:
    draft = OrderDraft(service_id=1, link=f"https://instagram.com/{token}", quantity=1000)
    outcome = await shop.place(draft, token, CUSTOMER)
    assert outcome.order is not None
    return outcome.order.id


async def age(shop: Shop, order_id: int, days: int) -> None:
    """The order and its ledger entries were made `days` ago."""
    moment = now() - days * DAY
    async with shop.db.transaction() as repos:
        await repos.conn.execute(
            "UPDATE orders SET created_at = ?, updated_at = ? WHERE id = ?",
            (moment, moment, order_id),
        )
        await repos.conn.execute(
            "UPDATE ledger SET created_at = ? WHERE order_id = ?", (moment, order_id)
        )


def table(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def uploads(harness: BotHarness) -> dict[str, bytes]:
    return {name: data for name, data in harness.session.uploads.items() if name.endswith(".csv")}


async def test_export_of_a_period_sends_its_rows_from_disk(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    old = await place(shop, "old")
    new = await place(shop, "new")
    await age(shop, old, 45)
    await shop.harness.send(ADMIN_ID, "/export 30")
    files = uploads(shop.harness)
    (orders_name,) = [n for n in files if n.startswith("orders-")]
    (ledger_name,) = [n for n in files if n.startswith("ledger-")]
    assert orders_name.endswith("-30d.csv")
    orders = table(files[orders_name])
    assert [int(row["id"]) for row in orders] == [new]
    assert orders[0]["price"] == "0.90000"
    ledger = table(files[ledger_name])
    assert [(row["kind"], row["order_id"]) for row in ledger] == [
        ("admin_credit", ""),
        ("order", str(new)),
    ]
    captions = [c.caption or "" for c in shop.harness.session.calls_of(SendDocument)]
    assert captions == [
        "📄 Orders: 1 rows.\n🗓 The last 30 days.",
        "📄 Ledger: 2 entries. Amounts are exact, in USD.\n🗓 The last 30 days.",
    ]
    # The whole history: both orders, and the credit.
    await shop.harness.send(ADMIN_ID, "/export")
    files = uploads(shop.harness)
    (whole,) = [n for n in files if n.startswith("orders-") and not n.endswith("d.csv")]
    assert [int(row["id"]) for row in table(files[whole])] == [old, new]
    (whole,) = [n for n in files if n.startswith("ledger-") and not n.endswith("d.csv")]
    amounts = [Decimal(row["amount"]) for row in table(files[whole])]
    assert sum(amounts) == Decimal("10") - Decimal("1.80")
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize("page", [1, 2000])  # 1: told after the first page (an estimate)
async def test_export_too_big_for_telegram_offers_a_period(shop: Shop, page: int) -> None:
    await shop.credit(CUSTOMER, "10")
    old = [await place(shop, f"old{i}") for i in range(6)]
    for order_id in old:
        await age(shop, order_id, 100)
    recent = await place(shop, "recent")
    small = replace(shop.services, exports=ExportService(shop.db, limit=1000, page=page))
    harness = BotHarness(build_dispatcher(small))
    try:
        await harness.send(ADMIN_ID, "/export")
        assert harness.session.calls_of(SendDocument) == []
        text = harness.last_text(ADMIN_ID)
        assert "The orders file would be larger than" in text
        assert "<code>/export &lt;days&gt;</code>" in text
        buttons = harness.buttons(ADMIN_ID)
        assert [label for label, _ in buttons] == ["Last 7 days", "Last 30 days", "Last 90 days"]
        await harness.press(ADMIN_ID, buttons[0][1])
        files = uploads(harness)
        (orders_name,) = [n for n in files if n.startswith("orders-")]
        assert orders_name.endswith("-7d.csv")
        assert [int(row["id"]) for row in table(files[orders_name])] == [recent]
    finally:
        await harness.close()


async def test_a_customer_cannot_press_an_export_button(shop: Shop) -> None:
    await shop.harness.send(CUSTOMER, "/start")
    await shop.harness.press(CUSTOMER, "ax:7")
    assert shop.harness.session.calls_of(SendDocument) == []
    assert uploads(shop.harness) == {}


async def test_export_is_written_a_page_at_a_time(shop: Shop) -> None:
    """30,000 ledger rows (a file of about 2 MB) are exported with far less memory than the
    file: never built in one string."""
    moment = now()
    async with shop.db.transaction() as repos:
        await repos.conn.execute(
            "INSERT INTO users (id, full_name, balance, created_at, last_seen_at)"
            " VALUES (?, 'Big', ?, ?, ?)",
            (CUSTOMER, 30_000 * 12_345, moment, moment),
        )
        await repos.conn.executemany(
            "INSERT INTO ledger (user_id, amount, kind, note, created_at)"
            " VALUES (?, 12345, 'admin_credit', 'a note that takes some room', ?)",
            [(CUSTOMER, moment)] * 30_000,
        )
    exports = ExportService(shop.db, page=100)
    tracemalloc.start()
    try:
        async with exports.written() as exported:
            _, peak = tracemalloc.get_traced_memory()
            (ledger,) = [f for f in exported.files if f.kind == "ledger"]
            size = ledger.path.stat().st_size
            assert ledger.rows == 30_000
            with ledger.path.open(encoding="utf-8") as lines:
                assert sum(1 for _ in lines) == 30_001
    finally:
        tracemalloc.stop()
    assert size > 2_000_000
    assert peak < size / 5, (peak, size)
    assert not ledger.path.exists()  # deleted once sent
    await assert_ledger_balances(shop.db)
