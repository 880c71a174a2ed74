"""Conversations with the shop (issue 25), through the real Dispatcher: a customer's message
reaches every admin with Reply / Close, an admin's answer of any kind reaches the customer with
a button to answer back, and every admin's card says who answered."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, CopyMessage, EditMessageText, SendMessage
from aiogram.types import Document, Location, Message, PhotoSize, Update, User

from bot.ui.keyboards.callbacks import (
    AdminReviewCb,
    OrderCardCb,
    SupportAdminCb,
    SupportCb,
)
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import Call, _chat, bad_request
from tests.sql import rows
from tests.test_admin import place
from tests.test_admin_i18n import speaks
from tests.test_bidi_lines import left_to_right_lines, texts

ADMIN_2 = 1001
OTHER = 2002
_ids = itertools.count(7_000_000)


@pytest.fixture
async def shop(make_shop: Callable[..., Any]) -> Shop:
    made: Shop = await make_shop(admin_ids=f"{ADMIN_ID},{ADMIN_2}", support_contact="@shop_help")
    for admin, name in ((ADMIN_ID, "Alice"), (ADMIN_2, "Bob")):
        await made.harness.send(admin, "/start", first_name=name)
    return made


def media(user_id: int, first_name: str, kind: str = "photo", caption: str | None = None) -> Update:
    """A photo or a document from a user in their private chat."""
    user = User(id=user_id, is_bot=False, first_name=first_name, language_code="en")
    n = next(_ids)
    extra: dict[str, Any] = {}
    if kind == "photo":
        extra["photo"] = [PhotoSize(file_id=f"P{n}", file_unique_id=f"u{n}", width=800, height=600)]
    else:
        extra["document"] = Document(file_id=f"D{n}", file_unique_id=f"d{n}", file_name="a.pdf")
    message = Message(
        message_id=n,
        date=datetime.now(tz=UTC),
        chat=_chat(user_id, "private", user),
        from_user=user,
        caption=caption,
        **extra,
    )
    return Update(update_id=n, message=message)


def cards(calls: list[Call], chat_id: int) -> list[SendMessage]:
    return [
        c.method
        for c in calls
        if isinstance(c.method, SendMessage)
        and int(c.method.chat_id) == chat_id
        and "Conversation #" in c.method.text
    ]


def copies(calls: list[Call], chat_id: int) -> list[CopyMessage]:
    return [
        c.method
        for c in calls
        if isinstance(c.method, CopyMessage) and int(c.method.chat_id) == chat_id
    ]


def card_edits(calls: list[Call], chat_id: int) -> list[str]:
    return [
        c.method.text
        for c in calls
        if isinstance(c.method, EditMessageText)
        and int(c.method.chat_id or 0) == chat_id
        and "Conversation #" in c.method.text
    ]


def alerts(calls: list[Call]) -> list[str]:
    return [c.method.text or "" for c in calls if isinstance(c.method, AnswerCallbackQuery)]


async def tickets(shop: Shop) -> list[tuple[Any, ...]]:
    return await rows(shop.db, "SELECT id, user_id, order_id, state FROM support_tickets")


async def write(shop: Shop, user_id: int, text: str, **kw: Any) -> list[Call]:
    """A customer opens the prompt with 💬 Support and writes `text`."""
    h = shop.harness
    await h.send(user_id, "💬 Support", **kw)
    return await h.send(user_id, text, **kw)


async def test_a_conversation_from_text_to_a_photo_answer_and_back(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "12.345")
    await h.send(CUSTOMER, "💬 Support", username="cust_1", first_name="Carol")
    assert "Write your question" in h.last_text(CUSTOMER)
    assert ("💬 Contact support", "https://t.me/shop_help") in h.buttons(CUSTOMER)
    asked = next(_ids)
    question = await h.send(
        CUSTOMER,
        "Order #1 has not started",
        first_name="Carol",
        username="cust_1",
        message_id=asked,
    )
    assert "Sent to the shop (conversation #1)" in h.last_text(CUSTOMER)
    for admin in (ADMIN_ID, ADMIN_2):
        (card,) = cards(question, admin)
        assert "Carol" in card.text and str(CUSTOMER) in card.text and "@cust_1" in card.text
        assert "Balance: 12.34 USD" in card.text
        (copy,) = copies(question, admin)  # the customer's own message, under the card
        assert (int(copy.from_chat_id), copy.message_id) == (CUSTOMER, asked)
        assert copy.reply_parameters is not None
        labels = [b.text for row in card.reply_markup.inline_keyboard for b in row]
        assert labels == ["↩️ Reply", "✅ Close"]
    # Alice answers with a photo: copied to the customer as it is, with ↩️ Answer under it.
    await h.press(ADMIN_ID, SupportAdminCb(act="reply", id=1).pack())
    assert "goes to Carol as the shop's answer" in h.last_text(ADMIN_ID)
    answer = media(ADMIN_ID, "Alice", caption="Here is the start screen")
    calls = await h.feed(answer)
    (delivered,) = copies(calls, CUSTOMER)
    assert int(delivered.from_chat_id) == ADMIN_ID
    assert delivered.message_id == answer.message.message_id  # type: ignore[union-attr]
    button = delivered.reply_markup.inline_keyboard[0][0]  # type: ignore[union-attr]
    assert (button.text, button.callback_data) == ("↩️ Answer", SupportCb(act="write").pack())
    assert "delivered to Carol" in h.last_text(ADMIN_ID)
    for admin in (ADMIN_ID, ADMIN_2):
        (edited,) = card_edits(calls, admin)
        assert "Answered by Alice" in edited
    # The customer answers back: the same conversation, a new card for every admin.
    await h.press(CUSTOMER, SupportCb(act="write").pack())
    assert "Write your question" in h.last_text(CUSTOMER)
    again = await h.feed(media(CUSTOMER, "Carol", kind="document"))
    for admin in (ADMIN_ID, ADMIN_2):
        (card,) = cards(again, admin)
        assert "Conversation #1" in card.text and "Answered by" not in card.text
        assert len(copies(again, admin)) == 1
    assert await tickets(shop) == [(1, CUSTOMER, None, "open")]
    await assert_ledger_balances(shop.db)


async def test_two_admins_answering_at_once(shop: Shop) -> None:
    h = shop.harness
    await write(shop, CUSTOMER, "Where is my order?")
    for admin in (ADMIN_ID, ADMIN_2):
        await h.press(admin, SupportAdminCb(act="reply", id=1).pack())
    mark = h.session.next_seq
    await asyncio.gather(
        h.feed(media(ADMIN_ID, "Alice")),
        h.send(ADMIN_2, "It starts within the hour", first_name="Bob"),
    )
    calls = h.session.calls_since(mark)
    delivered = copies(calls, CUSTOMER)
    assert sorted(int(c.from_chat_id) for c in delivered) == [ADMIN_ID, ADMIN_2]
    for admin in (ADMIN_ID, ADMIN_2):
        edits = card_edits(calls, admin)
        assert edits and all("Answered by" in text for text in edits)
        names = {name for name in ("Alice", "Bob") if any(name in text for text in edits)}
        assert names == {"Alice", "Bob"}  # each answer updated every card
        told = [
            c.method.text
            for c in calls
            if isinstance(c.method, SendMessage) and int(c.method.chat_id) == admin
        ]
        assert told == ["✅ Your answer was delivered to User (conversation #1)."]


async def test_one_open_conversation_tickets_oldest_first_and_reopening(shop: Shop) -> None:
    h = shop.harness
    await write(shop, OTHER, "First question", first_name="Olga")
    await write(shop, CUSTOMER, "Second customer", first_name="Carol")
    olga_again = next(_ids)
    await h.send(OTHER, "💬 Support", first_name="Olga")
    await h.send(OTHER, "Olga again", first_name="Olga", message_id=olga_again)  # joins hers
    assert await tickets(shop) == [(1, OTHER, None, "open"), (2, CUSTOMER, None, "open")]
    assert await shop.services.support.open_count() == 2
    # Carol has waited longer than Olga (whatever the ids say): she comes first.
    async with shop.db.transaction() as repos:
        await repos.conn.execute(
            "UPDATE support_tickets SET opened_at = opened_at + 60 WHERE id = 1"
        )
    await h.send(ADMIN_ID, "/tickets")
    text = h.last_text(ADMIN_ID)
    assert "Open conversations</b>: 2" in text
    assert text.index("#2 · Carol") < text.index("#1 · Olga")
    assert [label for label, _ in h.buttons(ADMIN_ID)] == ["#2 · Carol", "#1 · Olga"]
    # Opening one from the list sends its card again.
    calls = await h.press(ADMIN_ID, SupportAdminCb(act="show", id=1).pack())
    assert len(cards(calls, ADMIN_ID)) == 1
    (copy,) = copies(calls, ADMIN_ID)  # with Olga's last message under it
    assert (int(copy.from_chat_id), copy.message_id) == (OTHER, olga_again)
    # Bob closes Olga's: every card says so and loses Reply / Close; the list has Carol alone.
    calls = await h.press(ADMIN_2, SupportAdminCb(act="close", id=1).pack(), first_name="Bob")
    assert "Conversation #1 closed" in alerts(calls)[0]
    edits = card_edits(calls, ADMIN_ID)
    assert edits and all("Closed by Bob" in text for text in edits)
    calls = await h.press(ADMIN_ID, SupportAdminCb(act="reply", id=1).pack())
    assert alerts(calls) == ["Conversation #1 is closed."]
    await h.send(ADMIN_ID, "/tickets")
    assert "#1 · Olga" not in h.last_text(ADMIN_ID)
    assert await shop.services.support.open_count() == 1
    # Olga writes again: the same conversation opens again.
    calls = await write(shop, OTHER, "Still there?", first_name="Olga")
    assert "Conversation #1" in cards(calls, ADMIN_ID)[0].text
    assert await tickets(shop) == [(1, OTHER, None, "open"), (2, CUSTOMER, None, "open")]
    await h.send(ADMIN_ID, "/tickets")
    assert "#1 · Olga" in h.last_text(ADMIN_ID)


async def test_a_search_that_finds_nothing_offers_support_with_the_text_kept(shop: Shop) -> None:
    h = shop.harness
    forged = await h.press(CUSTOMER, SupportCb(act="send").pack())  # nothing kept yet
    assert alerts(forged) == ["This button is no longer valid."]
    text = "Hi, my order #1 has not started yet, can you check? " * 3  # beyond 64 bytes
    asked = next(_ids)
    await h.send(CUSTOMER, text, message_id=asked)
    assert "Nothing found" in h.last_text(CUSTOMER)
    data = h.find_button(CUSTOMER, "Send this to support")
    assert data == SupportCb(act="send").pack()
    calls = await h.press(CUSTOMER, data)
    assert "Sent to the shop (conversation #1)" in h.last_text(CUSTOMER)
    for admin in (ADMIN_ID, ADMIN_2):
        (copy,) = copies(calls, admin)
        assert (int(copy.from_chat_id), copy.message_id) == (CUSTOMER, asked)
    again = await h.press(CUSTOMER, data)  # sent once
    assert alerts(again) == ["This button is no longer valid."]
    assert not copies(again, ADMIN_ID)
    # A search that finds something offers nothing of the kind.
    await h.send(CUSTOMER, "Instagram")
    assert all("support" not in label for label, _ in h.buttons(CUSTOMER))


async def test_asking_about_an_order_attaches_it(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "5")
    await shop.credit(OTHER, "5")
    order_id = await place(shop, CUSTOMER, "tok-a")
    others = await place(shop, OTHER, "tok-b")
    await h.press(CUSTOMER, OrderCardCb(id=order_id).pack())
    data = h.find_button(CUSTOMER, "Ask about this order")
    calls = await h.press(CUSTOMER, SupportCb(act="order", id=others).pack())  # not hers
    assert alerts(calls)[0] != "" and "order" in alerts(calls)[0].lower()
    await h.press(CUSTOMER, data)
    assert f"order <b>#{order_id}</b>" in h.last_text(CUSTOMER)
    calls = await h.send(CUSTOMER, "Is it running?")
    (card,) = cards(calls, ADMIN_ID)
    assert f"About order <b>#{order_id}</b>" in card.text
    labels = [(b.text, b.callback_data) for row in card.reply_markup.inline_keyboard for b in row]
    opener = AdminReviewCb(act="open", id=order_id).pack()
    assert (f"📦 Order #{order_id}", opener) in labels
    await h.press(ADMIN_ID, opener)  # the admin console's order card
    assert f"#{order_id}" in h.last_text(ADMIN_ID) and "tok-a" in h.last_text(ADMIN_ID)
    assert await tickets(shop) == [(1, CUSTOMER, order_id, "open")]
    await assert_ledger_balances(shop.db)


async def test_a_customer_who_blocked_the_bot_is_shown_as_such(shop: Shop) -> None:
    h = shop.harness
    await write(shop, CUSTOMER, "Hello?")
    await h.press(ADMIN_ID, SupportAdminCb(act="reply", id=1).pack())
    h.session.block_chat(CUSTOMER)
    calls = await h.send(ADMIN_ID, "We checked it")
    assert "blocked the bot: the answer in conversation #1 was not delivered" in h.last_text(
        ADMIN_ID
    )
    for admin in (ADMIN_ID, ADMIN_2):
        (edited,) = card_edits(calls, admin)
        assert "The customer blocked the bot" in edited and "Answered by" not in edited
    assert await rows(shop.db, f"SELECT blocked_bot FROM users WHERE id = {CUSTOMER}") == [(1,)]


async def test_a_failed_answer_is_kept_for_another_try(shop: Shop) -> None:
    h = shop.harness
    await write(shop, CUSTOMER, "Hello?")
    await h.press(ADMIN_ID, SupportAdminCb(act="reply", id=1).pack())
    h.session.fail_next("copyMessage", bad_request("Bad Request: message to copy not found"))
    await h.send(ADMIN_ID, "First try")
    assert "did not take the answer" in h.last_text(ADMIN_ID)
    calls = await h.send(ADMIN_ID, "Second try")
    assert len(copies(calls, CUSTOMER)) == 1
    assert "delivered to User" in h.last_text(ADMIN_ID)


async def test_banned_customers_and_floods_do_not_reach_the_admins(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(flood_burst=3, flood_rate=0.01)
    h = shop.harness
    mark = h.session.next_seq
    for text in ("💬 Support", "one", "💬 Support", "two", "💬 Support", "three"):
        await h.send(CUSTOMER, text)
    assert len(cards(h.session.calls_since(mark), ADMIN_ID)) == 1  # the rest was dropped
    await h.send(OTHER, "/start")  # known, then banned
    await shop.services.admin.set_banned(OTHER, True)
    mark = h.session.next_seq
    await write(shop, OTHER, "let me in")
    assert cards(h.session.calls_since(mark), ADMIN_ID) == []
    assert await rows(shop.db, f"SELECT id FROM support_tickets WHERE user_id = {OTHER}") == []


async def test_the_admin_side_does_not_exist_for_customers(shop: Shop) -> None:
    h = shop.harness
    await write(shop, CUSTOMER, "Hello?")
    calls = await h.press(CUSTOMER, SupportAdminCb(act="reply", id=1).pack())
    assert alerts(calls) == ["This button is no longer valid."]
    calls = await h.press(CUSTOMER, SupportAdminCb(act="close", id=1).pack())
    assert alerts(calls) == ["This button is no longer valid."]
    await h.send(CUSTOMER, "/tickets")
    assert "Open conversations" not in h.last_text(CUSTOMER)
    assert await tickets(shop) == [(1, CUSTOMER, None, "open")]
    calls = await h.press(ADMIN_ID, SupportAdminCb(act="reply", id=99).pack())  # forged id
    assert alerts(calls) == ["There is no conversation #99."]


async def test_the_prompt_asks_again_for_another_kind_and_cancel_sends_nothing(shop: Shop) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/support")
    user = User(id=CUSTOMER, is_bot=False, first_name="User", language_code="en")
    n = next(_ids)
    pin = Message(
        message_id=n,
        date=datetime.now(tz=UTC),
        chat=_chat(CUSTOMER, "private", user),
        from_user=user,
        location=Location(latitude=41.3, longitude=69.2),
    )
    calls = await h.feed(Update(update_id=n, message=pin))
    assert h.last_text(CUSTOMER) == "Send text, a photo or a document, or tap Cancel."
    assert copies(calls, ADMIN_ID) == []
    await h.press(CUSTOMER, SupportCb(act="cancel").pack())
    assert "Nothing was sent." in h.last_text(CUSTOMER)
    calls = await h.send(CUSTOMER, "Instagram")  # a search again, not a question
    assert copies(calls, ADMIN_ID) == [] and await tickets(shop) == []


@pytest.mark.parametrize("language", ["ar", "fa"])
async def test_a_conversation_reads_right_to_left(shop: Shop, language: str) -> None:
    """Every line the customer and the admins read runs right to left, the card's lines of
    values (name, id, @username, balance) included."""
    h = shop.harness
    for user in (CUSTOMER, ADMIN_ID, ADMIN_2):
        await speaks(shop, user, language)
    mark = h.session.next_seq
    await h.send(CUSTOMER, "/support", username="cust_1", first_name="Carol")
    await h.send(CUSTOMER, "Where is it?", username="cust_1", first_name="Carol")
    await h.press(ADMIN_ID, SupportAdminCb(act="reply", id=1).pack())
    await h.send(ADMIN_ID, "Soon")
    await h.send(ADMIN_2, "/tickets")
    shown = texts(h.session.calls_since(mark))
    assert any("@cust_1" in text for text in shown)
    assert left_to_right_lines(shown) == []
