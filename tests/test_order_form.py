"""The order form (issue 10): prices never rounded into another price and a total at every
answer (item 2), a summary edited in place with no stale buttons (item 4), and limits that
change under the form (item 12). All through the real Dispatcher."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal

import pytest
from aiogram.methods import AnswerCallbackQuery

from bot.domain.money import to_minor
from bot.handlers.states import OrderFlow
from bot.ui.keyboards.callbacks import DraftCb, OrderServiceCb, QuantityCb
from tests.browsing import open_category
from tests.conftest import CUSTOMER, EN, Shop, assert_ledger_balances
from tests.test_commands_leave_steps import order_form, state_of
from tests.test_order_flow import confirm

CHEAP = {
    "service": 1, "name": "Cheap Views", "type": "Default", "category": "Views",
    "rate": "0.0123", "min": "100", "max": "100000",
}  # fmt: skip


@pytest.fixture
async def cheap_shop(make_shop: Callable[..., Awaitable[Shop]]) -> Shop:
    shop = await make_shop(refresh=False)
    shop.panel.catalogue = [CHEAP]
    await shop.services.catalogue.refresh()
    await shop.credit(CUSTOMER, "1")
    return shop


# -- item 2 -------------------------------------------------------------------------------------


async def test_a_0_0123_rate_on_the_list_the_card_the_prompt_and_the_summary(
    cheap_shop: Shop,
) -> None:
    h = cheap_shop.harness
    await open_category(cheap_shop, CUSTOMER, "Views")
    assert h.find_button(CUSTOMER, "Cheap Views · 0.0123 USD")  # the list
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Cheap Views"))
    assert "Price: <b>0.0123 USD</b> per 1000" in h.last_text(CUSTOMER)  # the card
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Order"))
    await h.send(CUSTOMER, "https://t.me/channel/5")
    prompt = h.last_text(CUSTOMER)
    assert "Price: <b>0.0123 USD</b> per 1000" in prompt  # the quantity prompt
    picks = [label for label, data in h.buttons(CUSTOMER) if data.startswith("dq:")]
    assert picks[0] == "100 · 0.01 USD" and picks[-1] == "100 000 · 1.23 USD"
    assert "1 000 · 0.02 USD" in picks  # what the summary below charges
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "1 000 ·"))
    summary = h.last_text(CUSTOMER)
    assert "Price: 0.0123 USD per 1000" in summary  # the summary
    assert "Quantity: 1000" in summary
    assert "Total: <b>0.02 USD</b>" in summary  # 0.0123 due, rounded up, never down
    await confirm(cheap_shop, CUSTOMER)
    assert cheap_shop.adds()[0]["quantity"] == "1000"
    assert await cheap_shop.balance(CUSTOMER) == to_minor(Decimal("0.98"))
    await assert_ledger_balances(cheap_shop.db)


async def test_a_quick_pick_is_checked_like_a_typed_number(cheap_shop: Shop) -> None:
    h = cheap_shop.harness
    await order_form(cheap_shop, 1, "https://t.me/channel/5")
    await h.press(CUSTOMER, QuantityCb(n=99).pack())  # forged: under the minimum
    assert "must be from 100 to 100000; you sent 99" in h.last_text(CUSTOMER)
    assert await state_of(cheap_shop, CUSTOMER) == OrderFlow.quantity.state
    assert cheap_shop.adds() == []


async def test_drip_feed_says_per_run_and_shows_runs_times_quantity(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await order_form(shop, 2, "https://instagram.com/p/A/")
    assert "quantity <b>per run</b>" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "100")
    runs = h.last_text(CUSTOMER)
    assert "Each run delivers <b>100</b>" in runs
    assert "So far: 100 × 0.45 USD per 1000 = <b>0.05 USD</b>" in runs
    await h.send(CUSTOMER, "5")
    interval = h.last_text(CUSTOMER)
    assert "5 runs × 100 = <b>500</b> in all" in interval
    assert "So far: 500 × 0.45 USD per 1000 = <b>0.23 USD</b>" in interval
    assert interval.index("in all") < interval.index("interval between runs")
    await h.send(CUSTOMER, "30")
    assert "Total: <b>0.23 USD</b>" in h.last_text(CUSTOMER)


async def test_every_answer_after_the_quantity_shows_the_total_so_far(shop: Shop) -> None:
    h = shop.harness
    await order_form(shop, 5, "https://instagram.com/p/B/", "40")  # comment likes, 2.5/1000
    assert "So far: 40 × 2.50 USD per 1000 = <b>0.10 USD</b>" in h.last_text(CUSTOMER)
    await order_form(shop, 6, "https://t.me/c/1", "100")  # poll, 1.2/1000
    assert "So far: 100 × 1.20 USD per 1000 = <b>0.12 USD</b>" in h.last_text(CUSTOMER)


# -- item 4 -------------------------------------------------------------------------------------


async def test_a_stale_back_under_a_summary_does_not_rewind(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await order_form(shop, 1, "https://instagram.com/a")
    quantity_prompt = h.session.last_bot_message(CUSTOMER)
    assert quantity_prompt is not None and quantity_prompt.reply_markup is not None
    await h.send(CUSTOMER, "100")
    assert "Check your order" in h.last_text(CUSTOMER)
    # The older prompt lost its buttons when the summary came ...
    old = h.session.message(CUSTOMER, quantity_prompt.message_id)
    assert old is not None and old.reply_markup is None
    # ... and its Back, pressed anyway (an old client, a forged press), rewinds nothing.
    calls = await h.press(
        CUSTOMER, DraftCb(act="back").pack(), message_id=quantity_prompt.message_id
    )
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert [a.text for a in answers] == [EN("button-expired")]
    assert [c.name for c in calls] == ["answerCallbackQuery"]
    assert await state_of(shop, CUSTOMER) == OrderFlow.confirm.state
    text = await confirm(shop, CUSTOMER)
    assert "Order placed" in text
    assert shop.adds() == [{"service": "1", "link": "https://instagram.com/a", "quantity": "100"}]


async def test_edit_buttons_come_back_to_the_summary_and_back_goes_to_the_last_step(
    shop: Shop,
) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await order_form(shop, 2, "https://instagram.com/p/A/", "100", "5", "30")
    labels = [label for label, _ in h.buttons(CUSTOMER)]
    assert {"✏️ Link", "✏️ Quantity", "✏️ Drip-feed"} <= set(labels)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "✏️ Quantity"))
    await h.send(CUSTOMER, "200")  # 5 runs × 200 still fits: kept, straight back
    summary = h.last_text(CUSTOMER)
    assert "5 runs × 200, every 30 min" in summary and "Quantity: 1000" in summary
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "✏️ Quantity"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Back"))  # back while editing: the summary
    assert "5 runs × 200" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Back"))  # from the summary: last step
    assert "interval between runs" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "60")
    summary = h.last_text(CUSTOMER)
    assert "5 runs × 200, every 60 min" in summary
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "✏️ Quantity"))
    await h.send(CUSTOMER, "2000")  # 5 × 2000 > 5000: drip-feed asked again
    assert "Each run delivers <b>2000</b>" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Skip"))
    summary = h.last_text(CUSTOMER)
    assert "Quantity: 2000" in summary and "runs" not in summary
    assert "https://instagram.com/p/A/" in summary  # the link was never retyped
    await confirm(shop, CUSTOMER)
    assert shop.adds() == [
        {"service": "2", "link": "https://instagram.com/p/A/", "quantity": "2000"}
    ]
    await assert_ledger_balances(shop.db)


# -- item 12 ------------------------------------------------------------------------------------


async def test_a_minimum_that_rose_under_the_summary_keeps_the_form(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await order_form(shop, 1, "https://instagram.com/a", "100")
    assert "Check your order" in h.last_text(CUSTOMER)
    shop.panel.catalogue[0] = {**shop.panel.catalogue[0], "min": "500"}
    await shop.services.catalogue.refresh()
    text = await confirm(shop, CUSTOMER)
    assert "no longer available" not in text
    assert "now from <b>500</b> to <b>10000</b> (before: 50 to 10000)" in text
    assert "the rest of your order is kept" in text
    assert "How many?" in text
    assert await state_of(shop, CUSTOMER) == OrderFlow.quantity.state
    assert shop.adds() == [] and await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await h.send(CUSTOMER, "600")
    summary = h.last_text(CUSTOMER)
    assert "https://instagram.com/a" in summary and "Quantity: 600" in summary
    await confirm(shop, CUSTOMER)
    assert shop.adds() == [{"service": "1", "link": "https://instagram.com/a", "quantity": "600"}]
    await assert_ledger_balances(shop.db)


async def test_limits_changed_during_a_step_are_said_with_the_answer(shop: Shop) -> None:
    h = shop.harness
    await order_form(shop, 1, "https://instagram.com/a")
    shop.panel.catalogue[0] = {**shop.panel.catalogue[0], "min": "500", "max": "900"}
    await shop.services.catalogue.refresh()
    await h.send(CUSTOMER, "100")
    text = h.last_text(CUSTOMER)
    assert "now from <b>500</b> to <b>900</b> (before: 50 to 10000)" in text
    assert "must be from 500 to 900; you sent 100" in text
    assert await state_of(shop, CUSTOMER) == OrderFlow.quantity.state
    await h.send(CUSTOMER, "600")
    summary = h.last_text(CUSTOMER)
    assert "Quantity: 600" in summary and "limits changed" not in summary  # said once


async def test_a_service_that_is_gone_is_still_said_to_be_gone(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    await order_form(shop, 1, "https://instagram.com/a", "100")
    del shop.panel.catalogue[0]
    await shop.services.catalogue.refresh()
    assert "no longer available" in await confirm(shop, CUSTOMER)
    assert await state_of(shop, CUSTOMER) is None


async def test_order_button_opens_the_form_with_limits_remembered(shop: Shop) -> None:
    h = shop.harness
    await h.press(CUSTOMER, OrderServiceCb(id=1).pack())
    fsm = h.dp.fsm.get_context(bot=h.bot, chat_id=CUSTOMER, user_id=CUSTOMER)
    assert (await fsm.get_data())["limits"] == [50, 10000]
