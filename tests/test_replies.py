"""Replies reach the customer through a flood wait or a server hiccup (issue 12, 12 and 13)."""

from __future__ import annotations

from aiogram.exceptions import TelegramServerError
from aiogram.methods import EditMessageText, SendMessage

from tests.conftest import CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import retry_after
from tests.sql import rows
from tests.test_order_flow import open_service


async def at_summary(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/shop_owner")
    await h.send(CUSTOMER, "1000")
    assert "✅ Confirm" in [label for label, _ in h.buttons(CUSTOMER)]


async def outbox_texts(shop: Shop) -> list[str]:
    found = await rows(shop.db, "SELECT text FROM outbox WHERE chat_id = ?", (CUSTOMER,))
    return [text for (text,) in found]


async def test_a_short_flood_wait_on_placing_is_waited_out(shop: Shop) -> None:
    await at_summary(shop)
    h = shop.harness
    h.session.fail_next(EditMessageText, retry_after(3), chat_id=CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    assert len(shop.adds()) == 1
    assert "Order placed" in h.last_text(CUSTOMER)
    await assert_ledger_balances(shop.db)


async def test_a_long_flood_wait_on_placing_still_places_and_tells(shop: Shop) -> None:
    """Before: the 'Placing…' edit raised, nothing was placed and nobody was told."""
    await at_summary(shop)
    h = shop.harness
    h.session.fail_next(EditMessageText, retry_after(60), chat_id=CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    assert len(shop.adds()) == 1
    assert "Order placed" in h.last_text(CUSTOMER)
    await assert_ledger_balances(shop.db)


async def test_the_result_comes_as_a_new_message_when_the_edit_cannot_be_made(
    shop: Shop,
) -> None:
    """Before: the result's edit met a 429, and the screen stayed 'Placing…' for good."""
    await at_summary(shop)
    h = shop.harness
    summary = h.session.last_bot_message(CUSTOMER)
    # The 'Placing…' edit goes through; the result's edit meets a long flood wait.
    h.session.respond(EditMessageText, lambda m: True, times=1)
    h.session.fail_next(EditMessageText, retry_after(60), times=10, chat_id=CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"), message_id=summary.message_id)
    assert len(shop.adds()) == 1
    last = h.session.last_bot_message(CUSTOMER)
    assert last.message_id != summary.message_id and "Order placed" in (last.text or "")


async def test_the_result_goes_through_the_outbox_when_telegram_takes_nothing(
    shop: Shop,
) -> None:
    await at_summary(shop)
    h = shop.harness
    h.session.respond(EditMessageText, lambda m: True, times=1)
    h.session.fail_next(EditMessageText, retry_after(60), times=10, chat_id=CUSTOMER)
    h.session.fail_next(SendMessage, retry_after(60), times=10, chat_id=CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    assert len(shop.adds()) == 1
    assert any("Order placed" in text for text in await outbox_texts(shop))
    await assert_ledger_balances(shop.db)


async def test_a_reply_that_meets_a_server_error_is_sent_again(shop: Shop) -> None:
    """Before: /balance that met a 5xx was answered by nothing."""
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    h.session.fail_next(SendMessage, TelegramServerError, chat_id=CUSTOMER)
    await h.send(CUSTOMER, "/balance")
    assert "Your balance" in h.last_text(CUSTOMER)
