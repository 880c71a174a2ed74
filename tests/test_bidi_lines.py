"""Every line of an Arabic or Persian screen runs right to left (issue 27, item 4).

A customer's journey and an admin's look at that customer go through the real Dispatcher in
Arabic and in Persian; every non-empty line of every text the bot sent is laid out by the
Unicode bidi algorithm (python-bidi), and its base direction must be right to left. Isolated
values (FSI … PDI) count for nothing when the algorithm picks a line's direction, so a line of
values alone ("⏳ قيد الانتظار · #6 Poll Votes" as isolates) would run left to right.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage
from bidi import get_base_level

from bot.ui.keyboards.callbacks import HistoryCb, MenuCb, MyOrdersCb, OrderCardCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import Call, html_to_plain
from tests.test_admin import place
from tests.test_admin_i18n import deliver, speaks
from tests.test_languages import choose, to_quantity

RIGHT_TO_LEFT = 1  # python-bidi's base level of a right-to-left paragraph


def texts(calls: list[Call]) -> list[str]:
    """Every text the bot showed: messages sent or edited, toasts and alerts."""
    found = []
    for call in calls:
        method = call.method
        if isinstance(method, SendMessage | EditMessageText) and method.text:
            found.append(html_to_plain(method.text))
        elif isinstance(method, AnswerCallbackQuery) and method.text:
            found.append(method.text)
    return found


def left_to_right_lines(shown: list[str]) -> list[str]:
    return [
        line
        for text in shown
        for line in text.split("\n")
        if line.strip() and get_base_level(line) != RIGHT_TO_LEFT
    ]


@pytest.fixture
async def shop(make_shop: Callable[..., Any]) -> Shop:
    made: Shop = await make_shop(admin_ids=str(ADMIN_ID))
    await made.harness.send(ADMIN_ID, "/admin")
    return made


async def journey(shop: Shop, lang: str) -> None:
    """Start, the catalogue, an order's summary and its placing, more orders, a refund of a
    partial one, My orders, an order card, the wallet and its history."""
    h = shop.harness
    t = shop.services.i18n.get(lang)
    await h.send(CUSTOMER, "/start")
    await to_quantity(shop, t)
    await h.send(CUSTOMER, "1500")  # the summary
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-confirm")))
    first = await place(shop, CUSTOMER, "second")
    await place(shop, CUSTOMER, "third", quantity=2000)
    async with shop.db.read() as repos:
        order = await repos.orders.get(first)
    assert order is not None and order.panel_order_id is not None
    shop.panel.set_status(order.panel_order_id, "Partial", remains=300, charge=Decimal("0.5"))
    await shop.services.status_sync.sync()
    await deliver(shop)  # the notice of the partial order and its refund
    await h.press(CUSTOMER, MenuCb(to="orders").pack())
    await h.press(CUSTOMER, MyOrdersCb(page=0).pack())
    await h.press(CUSTOMER, OrderCardCb(id=first).pack())
    await h.press(CUSTOMER, MenuCb(to="balance").pack())
    await h.press(CUSTOMER, HistoryCb(page=0).pack())


@pytest.mark.parametrize("lang", ["ar", "fa"])
async def test_every_line_of_a_journey_runs_right_to_left(shop: Shop, lang: str) -> None:
    h = shop.harness
    await speaks(shop, ADMIN_ID, lang)
    await shop.credit(CUSTOMER, "20")
    await choose(shop, CUSTOMER, lang)  # its first /start answers in English
    mark = h.session.next_seq
    await journey(shop, lang)
    for command in (f"/user {CUSTOMER}", "/topups", "/stats"):
        await h.send(ADMIN_ID, command)
    calls = h.session.calls_since(mark)

    customer = texts([c for c in calls if getattr(c.method, "chat_id", CUSTOMER) == CUSTOMER])
    admin = texts([c for c in calls if getattr(c.method, "chat_id", None) == ADMIN_ID])
    # the screens the issue names are all there
    assert len(customer) >= 12 and len(admin) >= 3
    wallet = "\n".join(customer[-2:])
    assert wallet.count("USD") >= 4, "the history lists the credit, the orders and the refund"
    assert left_to_right_lines(customer) == []
    assert left_to_right_lines(admin) == []
    await assert_ledger_balances(shop.db)
