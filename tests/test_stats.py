"""Issue 25, numbers over time: /stats of today, 7 days, 30 days and all time against known
rows written at known times (the clock of the stats service is set to a fixed moment), the
30-day chart as a PNG, and the plotting library left unloaded by an idle bot."""

from __future__ import annotations

import ast
import asyncio
import io
import struct
from collections.abc import AsyncIterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageText,
    SendChatAction,
    SendMessage,
    SendPhoto,
)
from aiogram.types import BufferedInputFile

from bot.app import build_dispatcher
from bot.domain.money import to_minor
from bot.services.stats import DAY, DayFigures, StatsService
from bot.ui.chart import ChartTexts, draw_chart
from tests.conftest import ADMIN_ID, Shop, assert_ledger_balances
from tests.fakes.telegram import BotHarness
from tests.test_admin import snapshot

NOON = 1_781_524_800  # 2026-06-15 12:00 UTC: "today" began twelve hours earlier
HOUR = 3600
C1, C2, C3, C4 = 3001, 3002, 3003, 3004
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def units(amount: str) -> int:
    return to_minor(Decimal(amount))


async def write_shop(shop: Shop) -> None:
    """Four customers who came 100 days, 20 days, 3 days and 11 hours before NOON, each with
    a top-up and orders of their day; commissions (to C1) and bonuses on those days."""
    async with shop.db.transaction() as repos:
        conn = repos.conn
        for user_id, came in ((C1, 100 * DAY), (C2, 20 * DAY), (C3, 3 * DAY), (C4, 11 * HOUR)):
            await conn.execute(
                "INSERT INTO users (id, full_name, created_at, last_seen_at) VALUES (?, 'C', ?, ?)",
                (user_id, NOON - came, NOON - came),
            )

        async def entry(user: int, amount: str, kind: str, at: int, **more: object) -> None:
            await conn.execute(
                "INSERT INTO ledger (user_id, amount, kind, created_at, order_id, method,"
                " reference) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    user,
                    units(amount),
                    kind,
                    at,
                    more.get("order"),
                    more.get("method"),
                    more.get("reference"),
                ),
            )

        async def order(user: int, at: int, price: str, state: str, **more: str) -> int:
            (found,) = await conn.execute_fetchall("SELECT count(*) FROM orders")
            number = int(found[0])
            placed = state != "failed"
            cursor = await conn.execute(
                "INSERT INTO orders (user_id, service_id, service_name, service_type, link,"
                " quantity, price, state, panel_order_id, panel_charge, refunded, confirm_token,"
                " created_at, updated_at) VALUES (?, 1, 'S', 'Default', 'https://x.example/p',"
                " 1000, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    user,
                    units(price),
                    state,
                    9000 + number if placed else None,
                    units(more.get("charge", "0")) if placed else None,
                    units(more.get("refunded", "0")),
                    f"t{number}",
                    at,
                    at,
                ),
            )
            order_id = int(cursor.lastrowid or 0)
            await entry(user, f"-{price}", "order", at, order=order_id)
            if more.get("refunded"):
                await entry(user, more["refunded"], "refund", at, order=order_id)
            return order_id

        day100, day20, day3, hour1 = NOON - 100 * DAY, NOON - 20 * DAY, NOON - 3 * DAY, NOON - HOUR
        await entry(C1, "10.00", "topup", day100, method="stars", reference="s1")
        await order(C1, day100, "5.00", "completed", charge="4.00")
        await entry(C1, "1.00", "bonus", day100, reference="WELCOME")
        await entry(C2, "5.00", "topup", day20, method="cryptobot", reference="c1")
        d = await order(C2, day20, "3.00", "completed", charge="2.00")
        await entry(C1, "0.30", "commission", day20, order=d)
        await entry(C3, "4.00", "topup", day3, method="stars", reference="s2")
        b = await order(C3, day3, "2.00", "partial", charge="1.00", refunded="0.50")
        await order(C3, day3, "0.50", "canceled", charge="0.40", refunded="0.50")
        await entry(C1, "0.20", "commission", day3, order=b)
        await entry(C3, "0.50", "bonus", day3, reference="SPRING")
        await entry(C4, "2.00", "topup", hour1, method="stars", reference="s3")
        a = await order(C4, hour1, "1.00", "completed", charge="0.70")
        await order(C4, hour1, "0.30", "failed", refunded="0.30")
        await entry(C1, "0.10", "commission", hour1, order=a)
        await entry(C4, "0.25", "bonus", hour1, reference="SPRING")
        await conn.execute(
            "UPDATE users SET balance = (SELECT coalesce(sum(amount), 0) FROM ledger"
            " WHERE user_id = users.id)"
        )


@pytest.fixture
async def at_noon(shop: Shop) -> AsyncIterator[BotHarness]:
    """The shop's Dispatcher with the stats service's clock at NOON, and the known rows."""
    stats = StatsService(shop.db, shop.services.settings.admin_ids, clock=lambda: NOON)
    harness = BotHarness(build_dispatcher(replace(shop.services, stats=stats)))
    await write_shop(shop)
    await assert_ledger_balances(shop.db)
    yield harness
    await harness.close()


LABELS = {"today": "Today", "7d": "7 days", "30d": "30 days", "all": "All time"}
EXPECTED = {
    "today": [
        "📊 <b>Statistics: Today</b>\nSince 2026-06-15 00:00 UTC",
        "👥 Customers: 4 · active in 7 days: 2 · blocked the bot: 0",
        "🆕 New customers: 1\n",
        "🧾 Orders: 2 (completed 1 · not placed 1)",
        "Revenue (paid by customers, less refunds): 1.00 USD",
        "Panel cost: 0.70 USD",
        "Margin: 0.30 USD",
        "Commissions paid: 1 · 0.10 USD",
        "Bonuses paid: 1 · 0.25 USD",
        "💳 <b>Top-ups by method</b>\nTelegram Stars: 1 · 2.00 USD",
    ],
    "7d": [
        "📊 <b>Statistics: 7 days</b>\nSince 2026-06-08 12:00 UTC",
        "🆕 New customers: 2\n",
        "🧾 Orders: 4 (completed 1 · partial 1 · canceled 1 · not placed 1)",
        "Revenue (paid by customers, less refunds): 2.50 USD",
        "Panel cost: 1.70 USD",
        "Margin: 0.80 USD",
        "Commissions paid: 2 · 0.30 USD",
        "Bonuses paid: 2 · 0.75 USD",
        "Top-ups by method</b>\nTelegram Stars: 2 · 6.00 USD",
    ],
    "30d": [
        "📊 <b>Statistics: 30 days</b>\nSince 2026-05-16 12:00 UTC",
        "🆕 New customers: 3\n",
        "🧾 Orders: 5 (completed 2 · partial 1 · canceled 1 · not placed 1)",
        "Revenue (paid by customers, less refunds): 5.50 USD",
        "Panel cost: 3.70 USD",
        "Margin: 1.80 USD",
        "Commissions paid: 3 · 0.60 USD",
        "Bonuses paid: 2 · 0.75 USD",
        "Top-ups by method</b>\nCrypto Bot: 1 · 5.00 USD\nTelegram Stars: 2 · 6.00 USD",
    ],
    "all": [
        "📊 <b>Statistics: All time</b>\nSince the shop opened",
        "🆕 New customers: 4\n",
        "🧾 Orders: 6 (completed 3 · partial 1 · canceled 1 · not placed 1)",
        "Revenue (paid by customers, less refunds): 10.50 USD",
        "Panel cost: 7.70 USD",
        "Margin: 2.80 USD",
        "Commissions paid: 3 · 0.60 USD",
        "Bonuses paid: 3 · 1.75 USD",
        "Top-ups by method</b>\nCrypto Bot: 1 · 5.00 USD\nTelegram Stars: 3 · 16.00 USD",
    ],
}


async def test_stats_opens_on_today_with_a_button_per_period(at_noon: BotHarness) -> None:
    await at_noon.send(ADMIN_ID, "/stats")
    text = at_noon.last_text(ADMIN_ID)
    for line in EXPECTED["today"]:
        assert line in text, line
    buttons = at_noon.buttons(ADMIN_ID)
    assert buttons[:4] == [
        ("• Today •", "st:today"),
        ("7 days", "st:7d"),
        ("30 days", "st:30d"),
        ("All time", "st:all"),
    ]
    assert ("📈 Chart of 30 days", "stc") in buttons
    # An admin's screen: one way back, to the admin menu (no "Main menu" beside it).
    assert buttons[-1] == ("⬅️ Admin menu", "am:home")
    assert not [label for label, _ in buttons if "Main menu" in label]


@pytest.mark.parametrize("period", ["7d", "30d", "all", "today"])
async def test_each_period_counts_its_own_rows_in_place(
    shop: Shop, at_noon: BotHarness, period: str
) -> None:
    await at_noon.send(ADMIN_ID, "/stats")
    shown = at_noon.session.last_bot_message(ADMIN_ID)
    assert shown is not None
    calls = await at_noon.press(ADMIN_ID, f"st:{period}")
    assert [c.method for c in calls if isinstance(c.method, SendMessage)] == []
    edits = [c.method for c in calls if isinstance(c.method, EditMessageText)]
    if period != "today":  # today's screen again: the edit may be refused as not modified
        assert [edit.message_id for edit in edits] == [shown.message_id]
    assert any(isinstance(c.method, AnswerCallbackQuery) for c in calls)
    text = at_noon.last_text(ADMIN_ID)
    for line in EXPECTED[period]:
        assert line in text, (period, line)
    marked = [text for text, _ in at_noon.buttons(ADMIN_ID) if text.startswith("• ")]
    assert marked == [f"• {LABELS[period]} •"]
    assert [label for label, _ in at_noon.buttons(ADMIN_ID)][-2:] == [
        "📈 Chart of 30 days",
        "⬅️ Admin menu",
    ]
    await assert_ledger_balances(shop.db)


async def test_a_forged_period_or_a_customers_press_shows_nothing(
    shop: Shop, at_noon: BotHarness
) -> None:
    await at_noon.send(ADMIN_ID, "/stats")
    before = await snapshot(shop)
    for user, data in ((ADMIN_ID, "st:yesterday"), (ADMIN_ID, "st:"), (C1, "st:all"), (C1, "stc")):
        calls = await at_noon.press(user, data)
        assert any(isinstance(c.method, AnswerCallbackQuery) for c in calls), data
        assert not any(isinstance(c.method, EditMessageText | SendPhoto) for c in calls), data
        texts = [c.method.text for c in calls if isinstance(c.method, SendMessage)]
        assert not any("Statistics" in text for text in texts), data
    assert await snapshot(shop) == before


# -- the chart -------------------------------------------------------------------------------

TEXTS = ChartTexts("Last 30 days", "Revenue", "Panel cost", "Orders", "USD", "Day (UTC)")
REVENUE_GREEN = (0x1F, 0x7A, 0x1F)


def pixels(png: bytes) -> Any:
    """The picture's pixels as rows of (red, green, blue), 0-255 (numpy: the matplotlib's own)."""
    import numpy as np
    from matplotlib.image import imread

    image = imread(io.BytesIO(png), format="png")
    return np.rint(image[:, :, :3] * 255).astype(np.uint8).reshape(-1, 3)


def colours(drawn: Any) -> int:
    import numpy as np

    return len(np.unique(drawn, axis=0))


def count(drawn: Any, colour: tuple[int, int, int]) -> int:
    return int((drawn == colour).all(axis=1).sum())


def check_png(png: bytes) -> None:
    assert png[:8] == PNG_MAGIC
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk comes first
    assert (width, height) == (1000, 500)
    assert 10_000 < len(png) < 1_000_000


def test_the_chart_of_known_days_is_a_png_that_draws_them() -> None:
    first = NOON // DAY - 29
    days = [
        DayFigures((first + n) * DAY, n % 4, to_minor(Decimal(n)), to_minor(Decimal(n) / 2))
        for n in range(30)
    ]
    png = draw_chart(days, TEXTS)
    check_png(png)
    drawn = pixels(png)
    assert colours(drawn) > 50  # not one colour: lines, bars, text
    empty = draw_chart([DayFigures(d.day, 0, 0, 0) for d in days], TEXTS)
    check_png(empty)
    # The revenue line's green is where the data are; with none, only in the legend.
    assert count(drawn, REVENUE_GREEN) > 5 * count(pixels(empty), REVENUE_GREEN)


async def test_the_chart_button_sends_the_last_30_days_as_a_photo(
    shop: Shop, at_noon: BotHarness
) -> None:
    await at_noon.send(ADMIN_ID, "/stats")
    calls = await at_noon.press(ADMIN_ID, "stc")
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers and answers[0].text == "Drawing the chart…"
    (photo,) = [c.method for c in calls if isinstance(c.method, SendPhoto)]
    assert photo.chat_id == ADMIN_ID
    assert isinstance(photo.photo, BufferedInputFile)
    check_png(photo.photo.data)
    # The 30 days before NOON hold every order but C1's, 100 days old.
    assert photo.caption == (
        "📈 Last 30 days: orders 5 · revenue 5.50 USD · panel cost 3.70 USD · margin 1.80 USD"
    )
    await assert_ledger_balances(shop.db)


async def test_other_updates_go_on_while_the_chart_is_drawn(
    shop: Shop, at_noon: BotHarness
) -> None:
    """The drawing runs in a thread: a customer's /help, sent once the chart is under way,
    is answered before the chart is sent."""
    await at_noon.send(ADMIN_ID, "/stats")
    finished: list[str] = []

    async def chart() -> None:
        await at_noon.press(ADMIN_ID, "stc")
        finished.append("chart")

    drawing = asyncio.create_task(chart())
    while not at_noon.session.calls_of(SendChatAction):  # noqa: ASYNC110 - the chart's first step
        await asyncio.sleep(0.001)
    # A moment for the chart to read its days and begin drawing: on the event loop, the drawing
    # would hold this sleep, and the customer's update, until it is done.
    await asyncio.sleep(0.02)
    await at_noon.send(C1, "/help")
    finished.append("customer")
    await drawing
    assert finished == ["customer", "chart"]
    assert at_noon.session.calls_of(SendPhoto)


def test_an_idle_bot_does_not_load_the_plotting_library() -> None:
    """matplotlib is imported inside the drawing function only: no module of the bot imports it
    at its top, so a bot that never draws a chart never loads it (nothing else we import does).
    Read from the source, as test_layers reads imports: a top-level import fails it."""
    top_level = []
    for path in sorted((Path(__file__).resolve().parents[1] / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # statements at the module's top (functions' bodies are not)
            for inner in ast.walk(node):
                if isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef):
                    break
                names = (
                    [alias.name for alias in inner.names]
                    if isinstance(inner, ast.Import)
                    else [inner.module or ""]
                    if isinstance(inner, ast.ImportFrom)
                    else []
                )
                if any(name.split(".")[0] == "matplotlib" for name in names):
                    top_level.append(path.name)
    assert top_level == []
    drawing = (Path(__file__).resolve().parents[1] / "bot" / "ui" / "chart.py").read_text()
    assert "import matplotlib" in drawing or "from matplotlib" in drawing  # it is used there
