"""Issue 10: cancels that ask first, My orders lines, notices that carry what is needed, no
silent presses, the reply keyboard, money that reads the same everywhere."""

from __future__ import annotations

from decimal import Decimal

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage
from aiogram.types import ReplyKeyboardMarkup

from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.ui.keyboards.callbacks import (
    AdminUserCb,
    MenuCb,
    NoticeOrderCb,
    OrderActionCb,
    OrderCardCb,
    OrderServiceCb,
)
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.payments_helpers import rendered
from tests.test_tracking import funded, order, outbox_texts, place, refunds

__all__ = ["funded"]  # the fixture, imported for these tests


def answers(calls: list) -> list[AnswerCallbackQuery]:  # type: ignore[type-arg]
    return [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]


# -- item 5: cancelling asks first ------------------------------------------------------------
async def test_cancel_asks_first_saying_what_is_refunded_and_when(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/q", quantity=1000)
    )
    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    calls = await h.press(CUSTOMER, h.find_button(CUSTOMER, "Cancel order"))
    ask = h.last_text(CUSTOMER)
    assert f"Cancel order #{placed.id}?" in ask
    assert "up to <b>0.90 USD</b>" in ask and "once the provider confirms" in ask
    assert "https://instagram.com/q" in ask
    assert [a for a, _ in shop.panel.requests if a == "cancel"] == []  # nothing asked yet
    assert len(answers(calls)) == 1
    assert any(isinstance(c.method, EditMessageText) for c in calls)  # the card, in place
    # "No, keep it" goes back to the card and changes nothing.
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "No, keep it"))
    assert f"Order #{placed.id}" in h.last_text(CUSTOMER)
    assert not (await order(shop, placed.id)).cancel_requested
    # Yes: the panel is asked once.
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Cancel order"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Yes, cancel"))
    assert "Cancel requested" in h.last_text(CUSTOMER)
    assert len([a for a, _ in shop.panel.requests if a == "cancel"]) == 1
    # Asking again once requested: told, not asked.
    calls = await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="cancel").pack())
    assert "already requested" in (answers(calls)[0].text or "")
    await assert_ledger_balances(shop.db)


async def test_cancel_of_a_service_without_cancel_is_refused_without_asking(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=2, link="https://instagram.com/nc", quantity=100)
    )
    calls = await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="cancel").pack())
    assert "cannot be canceled" in (answers(calls)[0].text or "")
    assert not any(isinstance(c.method, EditMessageText | SendMessage) for c in calls)


# -- item 6: My orders ------------------------------------------------------------------------
async def test_my_orders_lines_and_the_empty_list(funded: Shop) -> None:
    shop, h = funded, funded.harness
    await h.send(CUSTOMER, "/orders")
    assert "no orders yet" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "New order"))
    assert "Choose a platform" in h.last_text(CUSTOMER)

    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/l", quantity=1500)
    )
    await h.send(CUSTOMER, "/orders")
    text = h.last_text(CUSTOMER)
    (line,) = [ln for ln in text.split("\n") if f"#{placed.id}</b>" in ln]
    assert line.startswith("⏳ Pending · ")
    assert "Instagram Followers &lt;HQ&gt; &amp; fast" in line  # escaped
    detail = text.split("\n")[text.split("\n").index(line) + 1]
    assert "1500 · 1.35 USD · 20" in detail  # quantity, price with currency, date
    assert h.find_button(CUSTOMER, f"#{placed.id}").startswith("oc:")


async def test_a_card_opened_from_a_notice_comes_as_a_new_message(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/nn", quantity=100)
    )
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "Completed", remains=0)
    await shop.services.status_sync.sync()
    async with shop.db.read() as repos:
        (notice,) = [
            rendered(shop, r)  # as the outbox sender renders it
            for r in await repos.outbox.due(now=2**40, limit=100)
            if r.chat_id == CUSTOMER
        ]
    assert (
        notice.reply_markup is not None
        and NoticeOrderCb(id=placed.id).pack() in notice.reply_markup
    )
    sent = await h.bot.send_message(CUSTOMER, notice.text)  # as the outbox sender delivers it
    calls = await h.press(CUSTOMER, NoticeOrderCb(id=placed.id).pack(), message_id=sent.message_id)
    assert len(answers(calls)) == 1
    assert not any(isinstance(c.method, EditMessageText) for c in calls)
    (card,) = [c.method for c in calls if isinstance(c.method, SendMessage)]
    assert f"Order #{placed.id}" in card.text
    still = h.session.message(CUSTOMER, sent.message_id)
    assert still is not None and still.text is not None and "is completed" in still.text


# -- item 7: notices --------------------------------------------------------------------------
async def test_notices_carry_link_refund_balance_and_a_button(funded: Shop) -> None:
    shop = funded
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/nt", quantity=1000)
    )
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "In progress", start_count=7, remains=900)
    await shop.services.status_sync.sync()
    shop.panel.set_status(placed.panel_order_id, "Canceled", remains=1000)
    await shop.services.status_sync.sync()
    started, canceled = await outbox_texts(shop)
    assert "https://instagram.com/nt" in started and "Start count: 7" in started
    assert "https://instagram.com/nt" in canceled
    assert "Refunded to your balance: <b>0.90 USD</b>. Balance: 100.00 USD." in canceled
    assert await refunds(shop, placed.id) == [placed.price]
    await assert_ledger_balances(shop.db)


async def test_a_partial_refund_under_the_smallest_unit_says_nothing_was_refunded(
    funded: Shop,
) -> None:
    shop = funded
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/pz", quantity=1000)
    )
    assert placed.panel_order_id and placed.price == to_minor(Decimal("0.90"))
    # 0.90 x 5 / 1000 = 0.0045: less than 0.01, the smallest amount shown.
    shop.panel.set_status(placed.panel_order_id, "Partial", remains=5)
    await shop.services.status_sync.sync()
    (note,) = await outbox_texts(shop)
    assert "995 of 1000 delivered" in note
    assert "Refunded" not in note and "0.00 USD" not in note
    assert "Nothing was refunded: the undelivered part is worth less than 0.01 USD." in note
    assert "Balance: 99.10 USD." in note
    assert await refunds(shop, placed.id) == []
    await assert_ledger_balances(shop.db)


async def test_a_balance_in_a_notice_is_rounded_down(funded: Shop) -> None:
    shop = funded
    await shop.credit(CUSTOMER, "0.00999")  # 100.00999: shown as 100.00, never 100.01
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/bd", quantity=100)
    )
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "Canceled", remains=100)
    await shop.services.status_sync.sync()
    (note,) = [t for t in await outbox_texts(shop) if "was canceled" in t]
    assert "Balance: 100.00 USD." in note
    await assert_ledger_balances(shop.db)


# -- item 8: Refresh is never silent ----------------------------------------------------------
async def test_refresh_without_change_answers_a_short_toast(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/rt", quantity=100)
    )
    await shop.services.status_sync.sync()  # what the panel says now is known
    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    calls = await h.press(CUSTOMER, h.find_button(CUSTOMER, "Refresh"))
    (answer,) = answers(calls)
    assert (answer.text or "").startswith("No change since ") and answer.text.endswith(" UTC")
    assert not answer.show_alert
    assert not any(isinstance(c.method, EditMessageText | SendMessage) for c in calls)
    # With a change: the card is edited and the press answered.
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "In progress", start_count=3, remains=40)
    calls = await h.press(CUSTOMER, h.find_button(CUSTOMER, "Refresh"))
    assert [a.text for a in answers(calls)] == ["Updated."]
    assert "Remains: 40" in h.last_text(CUSTOMER)


async def test_orders_menu_button_still_lists(funded: Shop) -> None:
    shop, h = funded, funded.harness
    await place(shop, OrderDraft(service_id=1, link="https://instagram.com/mb", quantity=100))
    calls = await h.press(CUSTOMER, MenuCb(to="orders").pack())
    assert len(answers(calls)) == 1 and "My orders" in h.last_text(CUSTOMER)


async def test_a_banned_customer_is_told_at_most_once_a_minute(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = shop.harness
    moment = [1_000_000]
    monkeypatch.setattr("bot.telegram.middlewares.users.now", lambda: moment[0])
    await h.send(CUSTOMER, "/start")
    assert (await shop.services.admin.set_banned(CUSTOMER, True)) == "done"
    calls = await h.send(CUSTOMER, "/orders")
    assert [c.method.text for c in calls if isinstance(c.method, SendMessage)] == [
        "This shop is closed to you."
    ]
    moment[0] += 59
    assert not any(isinstance(c.method, SendMessage) for c in await h.send(CUSTOMER, "hi"))
    calls = await h.press(CUSTOMER, MenuCb(to="orders").pack())
    assert [a.text for a in answers(calls)] == [None]  # the spinner stops, no word
    moment[0] += 1
    calls = await h.press(CUSTOMER, MenuCb(to="orders").pack())
    assert [a.text for a in answers(calls)] == ["This shop is closed to you."]
    calls = await h.send(CUSTOMER, "/start")
    assert not any(isinstance(c.method, SendMessage) for c in calls)
    moment[0] += 60
    calls = await h.send(CUSTOMER, "/start")
    assert [c.method.text for c in calls if isinstance(c.method, SendMessage)] == [
        "This shop is closed to you."
    ]


# -- item 9: the reply keyboard ---------------------------------------------------------------
def reply_keyboard(calls: list) -> list[str]:  # type: ignore[type-arg]
    for call in calls:
        markup = getattr(call.method, "reply_markup", None)
        if isinstance(markup, ReplyKeyboardMarkup):
            assert markup.is_persistent and markup.resize_keyboard
            return [button.text for row in markup.keyboard for button in row]
    return []


async def test_start_gives_the_reply_keyboard_and_admins_an_admin_entry(shop: Shop) -> None:
    h = shop.harness
    calls = await h.send(CUSTOMER, "/start")
    assert reply_keyboard(calls) == ["🛒 New order", "📦 My orders", "💰 Wallet", "💬 Support"]
    assert "Hello" in h.last_text(CUSTOMER)  # the greeting with the inline menu comes last
    assert h.find_button(CUSTOMER, "New order") == MenuCb(to="new").pack()
    calls = await h.send(ADMIN_ID, "/start")
    assert reply_keyboard(calls)[-1] == "🛠 Admin"
    await h.send(ADMIN_ID, "🛠 Admin")
    assert "Admin commands" in h.last_text(ADMIN_ID)
    await h.send(CUSTOMER, "🛠 Admin")  # not an admin: no console
    assert "Admin commands" not in h.last_text(CUSTOMER)


async def test_reply_buttons_work_from_any_step(funded: Shop) -> None:
    shop, h = funded, funded.harness
    await place(shop, OrderDraft(service_id=1, link="https://instagram.com/rk", quantity=100))
    await h.send(CUSTOMER, "/start")
    # In the order form, at the link step:
    await h.press(CUSTOMER, OrderServiceCb(id=1).pack())
    assert "Send the link" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "📦 My orders")
    assert "My orders" in h.last_text(CUSTOMER) and "Instagram Followers" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "https://instagram.com/after")  # the form was left: not a link step
    assert "Check your order" not in h.last_text(CUSTOMER)
    assert "How many" not in h.last_text(CUSTOMER)
    # In a search:
    await h.press(CUSTOMER, MenuCb(to="search").pack())
    await h.send(CUSTOMER, "🛒 New order")
    assert "Choose a platform" in h.last_text(CUSTOMER)
    # In the wallet:
    await h.press(CUSTOMER, MenuCb(to="balance").pack())
    await h.send(CUSTOMER, "💰 Wallet")
    assert "Your balance: <b>99.91 USD</b>" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "💬 Support")
    assert "Support" in h.last_text(CUSTOMER)
    # An admin's Credit prompt is left too, nothing credited.
    card = await shop.services.admin.find_user(str(CUSTOMER))
    assert card is not None
    await h.press(ADMIN_ID, AdminUserCb(act="credit", id=CUSTOMER).pack())
    await h.send(ADMIN_ID, "💰 Wallet")
    assert "Your balance" in h.last_text(ADMIN_ID)
    await h.send(ADMIN_ID, "5")
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("99.91"))
    await assert_ledger_balances(shop.db)


# -- item 10: money reads the same everywhere -------------------------------------------------
async def test_a_balance_of_0_995_is_never_shown_as_1_00(shop: Shop) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await shop.credit(CUSTOMER, "0.995")
    await h.send(CUSTOMER, "💰 Wallet")
    assert "Your balance: <b>0.99 USD</b>" in h.last_text(CUSTOMER)
    await h.send(ADMIN_ID, f"/user {CUSTOMER}")
    assert "Balance: <b>0.99 USD</b>" in h.last_text(ADMIN_ID)
    async with shop.db.read() as repos:
        rows = await repos.outbox.due(now=2**40, limit=100)
    (notice,) = [rendered(shop, r).text for r in rows if r.chat_id == CUSTOMER]
    assert "0.995 USD" in notice and "Balance: 0.99 USD" in notice  # exact, then rounded down
    await assert_ledger_balances(shop.db)
