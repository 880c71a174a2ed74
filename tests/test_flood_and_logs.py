"""Flood control on the real Dispatcher (a driven clock, no sleeps) and the per-update log line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage

from bot.telegram.middlewares.flood import FloodControl
from bot.ui.keyboards.callbacks import MenuCb
from tests.browsing import open_category
from tests.conftest import ADMIN_ID, CUSTOMER, EN, Shop

OTHER = CUSTOMER + 1


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def flood_control(shop: Shop) -> FloodControl:
    found = [m for m in shop.harness.dp.update.outer_middleware if isinstance(m, FloodControl)]
    assert len(found) == 1
    return found[0]


def texts_to(shop: Shop, chat_id: int) -> list[str]:
    return [m.text or "" for m in shop.harness.session.sent_messages(chat_id)]


async def test_fifty_updates_in_a_second_are_throttled_others_answered(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(flood_burst=10, flood_rate=1)  # the defaults
    clock = FakeClock()
    flood_control(shop).clock = clock
    h = shop.harness
    for i in range(50):
        clock.now = 1000.0 + i * 0.02  # 50 updates within one second
        await h.send(CUSTOMER, "/start")
        if i % 5 == 0:
            await h.send(OTHER, "/start")
    mine = texts_to(shop, CUSTOMER)
    greetings = [t for t in mine if "Hello" in t]
    assert len(greetings) == 10  # FLOOD_BURST, then 1 a second: none more within the second
    assert mine.count(EN("slow-down")) == 1  # one polite word, the rest dropped silently
    assert len(mine) == 12  # the reply keyboard's message once, then only greetings
    assert mine[0] == EN("keyboard-ready")
    others = [t for t in texts_to(shop, OTHER) if t != EN("keyboard-ready")]
    assert len(others) == 10 and all("Hello" in t for t in others)

    # The steady rate: a second later one more update goes through, and a new flood is
    # told once again.
    clock.now += 1.0
    await h.send(CUSTOMER, "/start")
    await h.send(CUSTOMER, "/start")
    await h.send(CUSTOMER, "/start")
    mine = texts_to(shop, CUSTOMER)
    assert "Hello" in mine[12] and mine[13] == EN("slow-down") and len(mine) == 14


async def test_every_dropped_button_press_gets_a_toast_in_the_customers_language(
    make_shop: Callable[..., Any],
) -> None:
    """Issue 27, item 6: a dropped press left unanswered keeps Telegram's spinner turning and
    the tap is lost. Each one is answered with a toast (one answerCallbackQuery, no message),
    in the customer's language; a message dropped in the same flood stays silent."""
    shop: Shop = await make_shop(flood_burst=3, flood_rate=0.5)
    clock = FakeClock()
    flood_control(shop).clock = clock  # time stands still: no token comes back
    h = shop.harness
    await h.send(CUSTOMER, "/start")  # one token
    async with shop.db.transaction() as repos:
        await repos.users.set_language(CUSTOMER, "ru")
    toast = shop.services.i18n.get("ru")("flood-tap-again")
    assert toast != EN("flood-tap-again")
    for _ in range(2):  # the two tokens left: handled as usual
        calls = await h.press(CUSTOMER, MenuCb(to="new").pack())
        answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
        assert len(answers) == 1 and answers[0].text != toast
    for _ in range(6):  # past the limit: each press dropped, and answered
        calls = await h.press(CUSTOMER, MenuCb(to="new").pack())
        assert [type(c.method) for c in calls] == [AnswerCallbackQuery]
        assert calls[0].method.text == toast and not calls[0].method.show_alert
    assert await h.send(CUSTOMER, "/start") == []  # a message in the same flood: silent
    # The steady rate: two seconds later a token is back, the press is handled again.
    clock.now += 2.0
    calls = await h.press(CUSTOMER, MenuCb(to="new").pack())
    assert any(isinstance(c.method, EditMessageText | SendMessage) for c in calls)
    # A new flood: its first dropped message gets the one polite word, as before.
    assert [type(c.method) for c in await h.send(CUSTOMER, "/start")] == [SendMessage]
    assert h.last_text(CUSTOMER) == shop.services.i18n.get("ru")("slow-down")
    assert await h.send(CUSTOMER, "/start") == []


async def test_a_flood_in_a_group_is_never_answered_there(make_shop: Callable[..., Any]) -> None:
    """Flood control runs on the update, before the private-chats rule (bot/app.py registers
    it on `dp.update`): its warning goes to a private chat or a button's answer, never into a
    group."""
    shop: Shop = await make_shop(flood_burst=1, flood_rate=0.01)
    flood_control(shop).clock = FakeClock()
    h = shop.harness
    group = -100123
    for _ in range(3):
        assert await h.send(CUSTOMER, "/start", chat_id=group, chat_type="supergroup") == []
    assert h.session.sent_messages(group) == [] and texts_to(shop, CUSTOMER) == []


async def test_admins_are_exempt(make_shop: Callable[..., Any]) -> None:
    shop: Shop = await make_shop(flood_burst=1, flood_rate=0.01)
    flood_control(shop).clock = FakeClock()
    for _ in range(20):
        await shop.harness.send(ADMIN_ID, "/start")
    assert sum("Hello" in t for t in texts_to(shop, ADMIN_ID)) == 20


async def test_one_log_line_per_update_without_the_customers_text(
    shop: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "New order"))
    await open_category(shop, CUSTOMER, "Instagram Followers", new_order=False)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Instagram Followers"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Order"))
    caplog.clear()
    with caplog.at_level(logging.INFO):
        await h.send(CUSTOMER, "https://instagram.com/secret_customer_page")
    lines = [r for r in caplog.records if r.name == "bot.updates"]
    assert len(lines) == 1
    record: Any = lines[0]
    assert record.user_id == CUSTOMER and record.update_type == "message"
    assert record.handler.startswith("order_form.") and record.outcome == "ok"
    assert record.duration_ms >= 0
    info = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert info and not any("secret_customer_page" in line for line in info)
