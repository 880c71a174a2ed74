"""A /command typed at any step runs that command and abandons the step (issue 10, item 1);
an unknown command gets the main menu, also an admin command from a customer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiogram.fsm.storage.base import StorageKey

from bot.handlers.states import OrderFlow, SearchFlow, TopupFlow
from bot.ui.keyboards.callbacks import MenuCb, OrderServiceCb, TopupMethodCb, WalletCb
from tests.conftest import ADMIN_ID, CUSTOMER, EN, Shop
from tests.payments_helpers import MANUAL_TEXT


async def state_of(shop: Shop, user: int) -> str | None:
    key = StorageKey(bot_id=shop.harness.bot.id, chat_id=user, user_id=user)
    return await shop.harness.dp.storage.get_state(key)


async def order_form(shop: Shop, service: int, *inputs: str) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, OrderServiceCb(id=service).pack())
    for text in inputs:
        await h.send(CUSTOMER, text)


LINK = "https://instagram.com/p/ABC/"
# Every kind of step that waits for text, and how to reach it.
FORM_STEPS: list[tuple[str, int, tuple[str, ...]]] = [
    (OrderFlow.link.state, 1, ()),
    (OrderFlow.quantity.state, 1, (LINK,)),
    (OrderFlow.comments.state, 4, (LINK,)),
    (OrderFlow.username.state, 5, (LINK, "100")),
    (OrderFlow.answer.state, 6, (LINK, "100")),
    (OrderFlow.runs.state, 2, (LINK, "100")),
    (OrderFlow.interval.state, 2, (LINK, "100", "3")),
    (OrderFlow.confirm.state, 1, (LINK, "100")),
]


@pytest.mark.parametrize(("step", "service", "inputs"), FORM_STEPS, ids=lambda v: str(v))
async def test_orders_command_at_every_form_step(
    shop: Shop, step: str, service: int, inputs: tuple[str, ...]
) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await order_form(shop, service, *inputs)
    assert await state_of(shop, CUSTOMER) == step
    await h.send(CUSTOMER, "/orders")
    assert EN("my-orders-empty") in h.last_text(CUSTOMER)
    assert await state_of(shop, CUSTOMER) is None
    # What the step would have taken is now just text: a search (no service is named "100"),
    # never an input.
    await h.send(CUSTOMER, "100")
    assert h.last_text(CUSTOMER) == EN("search-nothing", query="100")
    assert shop.adds() == []


@pytest.mark.parametrize("command", ["/help", "/balance", "/start", "/wallet"])
async def test_any_known_command_leaves_the_link_step(shop: Shop, command: str) -> None:
    h = shop.harness
    await order_form(shop, 1)
    await h.send(CUSTOMER, command)
    assert "The link must start" not in h.last_text(CUSTOMER)
    assert await state_of(shop, CUSTOMER) is None


async def test_cancel_still_says_what_it_cancelled(shop: Shop) -> None:
    h = shop.harness
    await order_form(shop, 1, LINK)
    await h.send(CUSTOMER, "/cancel")
    assert h.last_text(CUSTOMER) == EN("cancelled")
    assert await state_of(shop, CUSTOMER) is None


async def test_unknown_command_at_a_step_gets_the_main_menu(shop: Shop) -> None:
    h = shop.harness
    await order_form(shop, 1, LINK)
    await h.send(CUSTOMER, "/nonsense")
    assert h.last_text(CUSTOMER) == EN("unknown-command")
    assert any(d == MenuCb(to="new").pack() for _, d in h.buttons(CUSTOMER))
    assert await state_of(shop, CUSTOMER) is None


async def test_search_then_orders(shop: Shop) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, MenuCb(to="search").pack())
    assert await state_of(shop, CUSTOMER) == SearchFlow.query.state
    await h.send(CUSTOMER, "/orders")
    assert EN("my-orders-empty") in h.last_text(CUSTOMER)
    assert await state_of(shop, CUSTOMER) is None


async def test_search_ends_once_its_results_are_shown(shop: Shop) -> None:
    h = shop.harness
    await h.press(CUSTOMER, MenuCb(to="search").pack())
    await h.send(CUSTOMER, "x")  # too short: still asking
    assert await state_of(shop, CUSTOMER) == SearchFlow.query.state
    await h.send(CUSTOMER, "likes")
    assert "Results for <b>likes</b>" in h.last_text(CUSTOMER)
    assert await state_of(shop, CUSTOMER) is None
    await h.send(CUSTOMER, "/orders")
    assert EN("my-orders-empty") in h.last_text(CUSTOMER)


@pytest.fixture
async def pay_shop(make_shop: Callable[..., Awaitable[Shop]]) -> Shop:
    return await make_shop(manual_payment_text=MANUAL_TEXT, topup_max="100")


@pytest.mark.parametrize("step", [TopupFlow.amount.state, TopupFlow.receipt.state])
async def test_orders_command_at_top_up_prompts(pay_shop: Shop, step: str) -> None:
    h = pay_shop.harness
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, WalletCb(act="add").pack())
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    if step == TopupFlow.receipt.state:
        await h.send(CUSTOMER, "12")
    assert await state_of(pay_shop, CUSTOMER) == step
    await h.send(CUSTOMER, "/orders")
    assert EN("my-orders-empty") in h.last_text(CUSTOMER)
    assert await state_of(pay_shop, CUSTOMER) is None
    async with pay_shop.db.read() as repos:
        assert await repos.topups.count_pending(CUSTOMER, "manual") == 0


async def test_command_at_the_admin_amount_prompt(shop: Shop) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await h.send(ADMIN_ID, f"/user {CUSTOMER}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Credit"))
    assert await state_of(shop, ADMIN_ID) is not None
    await h.send(ADMIN_ID, "/orders")
    assert EN("my-orders-empty") in h.last_text(ADMIN_ID)
    assert await state_of(shop, ADMIN_ID) is None
    await h.send(ADMIN_ID, "5")
    assert await shop.balance(CUSTOMER) == 0


async def test_admin_commands_from_a_customer_look_unknown(shop: Shop) -> None:
    h = shop.harness
    unknown: list[Any] = []
    for text in ("/nonsense", "/stats", "/credit 2001 5", "/admin"):
        calls = await h.send(CUSTOMER, text)
        sent = [c.method for c in calls if c.name == "sendMessage"]
        assert len(sent) == 1, text
        unknown.append((sent[0].text, sent[0].reply_markup))
    assert all(item == unknown[0] for item in unknown)
    assert unknown[0][0] == EN("unknown-command")
    assert await shop.balance(CUSTOMER) == 0
