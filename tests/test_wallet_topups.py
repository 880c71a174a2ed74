"""The wallet screen, its statement, the Add funds steps and transfers with a receipt, through
the real Dispatcher."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageCaption, SendMessage, SendPhoto

from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.handlers.states import TopupFlow
from bot.ui.keyboards.callbacks import TopupAmountCb, TopupDecisionCb, TopupMethodCb, WalletCb
from tests.browsing import open_category
from tests.conftest import ADMIN_ID, CUSTOMER, EN, Shop
from tests.payments_helpers import (
    ADMIN_2,
    ADMINS,
    MANUAL_TEXT,
    approve,
    balanced,
    copies_now,
    ledger,
    outbox,
    photo_message,
    topup_rows,
)

OTHER = 2002


@pytest.fixture
async def pay_shop(make_shop: Callable[..., Any]) -> Shop:
    shop: Shop = await make_shop(
        admin_ids=ADMINS,
        manual_payment_text=MANUAL_TEXT,
        support_contact="@shop_help",
        topup_max="100",
    )
    for admin in (ADMIN_ID, ADMIN_2):
        await shop.harness.send(admin, "/admin")
    return shop


async def state_of(shop: Shop, user: int) -> str | None:
    from aiogram.fsm.storage.base import StorageKey

    key = StorageKey(bot_id=shop.harness.bot.id, chat_id=user, user_id=user)
    return await shop.harness.dp.storage.get_state(key)


async def open_add_funds(shop: Shop, user: int = CUSTOMER) -> None:
    h = shop.harness
    await h.send(user, "/wallet")
    await h.press(user, WalletCb(act="add").pack())


async def transfer(shop: Shop, user: int, amount: str, receipt: str = "TRX-778899") -> None:
    h = shop.harness
    await open_add_funds(shop, user)
    await h.press(user, TopupMethodCb(m="manual").pack())
    await h.send(user, amount)
    assert "Transfer" in h.last_text(user)
    await h.send(user, receipt)


def button_urls(shop: Shop, chat: int) -> list[str]:
    return [data for _, data in shop.harness.buttons(chat)]


# -- wallet screen and statement -------------------------------------------------------------


async def test_wallet_screen_shows_balance_and_every_way_out(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await pay_shop.credit(CUSTOMER, "12.5")
    for command in ("/wallet", "/balance"):
        await h.send(CUSTOMER, command)
        assert "Your balance: <b>12.50 USD</b>" in h.last_text(CUSTOMER)
        labels = [text for text, _ in h.buttons(CUSTOMER)]
        assert labels == ["➕ Add funds", "📜 History", "💬 Contact support", "🏠 Main menu"]
        assert "https://t.me/shop_help" in button_urls(pay_shop, CUSTOMER)
    await h.send(CUSTOMER, "/help")
    assert "https://t.me/shop_help" in button_urls(pay_shop, CUSTOMER)


async def test_no_support_contact_no_button(make_shop: Callable[..., Any]) -> None:
    shop: Shop = await make_shop()
    h = shop.harness
    await h.send(CUSTOMER, "/wallet")
    assert "💬 Contact support" not in [text for text, _ in h.buttons(CUSTOMER)]
    await h.press(CUSTOMER, WalletCb(act="add").pack())
    assert "not set up yet" in h.last_text(CUSTOMER)
    assert "contact the shop's admin" in h.last_text(CUSTOMER)
    assert [text for text, _ in h.buttons(CUSTOMER)] == ["⬅️ Back", "🏠 Main menu"]


async def test_without_methods_add_funds_points_to_support(make_shop: Callable[..., Any]) -> None:
    shop: Shop = await make_shop(support_contact="https://example.com/help")
    await open_add_funds(shop)
    assert "contact support" in shop.harness.last_text(CUSTOMER)
    assert "https://example.com/help" in button_urls(shop, CUSTOMER)


async def test_history_pages_newest_first_with_reasons(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await h.send(CUSTOMER, "/start")
    await pay_shop.services.wallet.admin_credit(ADMIN_ID, CUSTOMER, Decimal(20), "bonus <vip>")
    outcome = await pay_shop.place(
        OrderDraft(service_id=1, link="https://instagram.com/a", quantity=1000), "tok-1"
    )
    assert outcome.order is not None
    await pay_shop.services.wallet.admin_debit(ADMIN_ID, CUSTOMER, Decimal("0.10"), None)
    for n in range(10):
        await pay_shop.credit(CUSTOMER, f"1.{n}")
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "History"))
    first = h.last_text(CUSTOMER)
    assert "Page 1 of 2" in first
    assert first.index("+1.90 USD") < first.index("+1.00 USD")  # newest first
    assert "Order #" not in first
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "▶️"))
    second = h.last_text(CUSTOMER)
    assert "Page 2 of 2" in second
    assert f"−0.90 USD</b>\nOrder #{outcome.order.id}" in second
    assert "−0.10 USD</b>\nDebit by the shop" in second
    assert "+20.00 USD</b>\nCredit by the shop: bonus &lt;vip&gt;" in second
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "◀️"))
    assert "Page 1 of 2" in h.last_text(CUSTOMER)
    await balanced(pay_shop)


async def test_history_page_from_a_forged_button_is_clamped(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await pay_shop.credit(CUSTOMER, "3")
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, "wh:999999")
    assert "+3.00 USD" in h.last_text(CUSTOMER)
    calls = await h.press(CUSTOMER, "wh:-1")
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers and answers[0].show_alert  # refused by the fallback, nothing shown


# -- amounts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ten", "as a number"),
        ("0", "smallest top-up is 1.00 USD"),
        ("-5", "as a number"),
        ("101", "largest top-up is 100.00 USD"),
        ("1e9", "as a number"),
        ("5.123", "at most 2 decimal places"),
        ("99999999999", "as a number"),
    ],
)
async def test_bad_amounts_are_explained_and_the_step_stays(
    pay_shop: Shop, typed: str, expected: str
) -> None:
    h = pay_shop.harness
    await open_add_funds(pay_shop)
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    await h.send(CUSTOMER, typed)
    assert expected in h.last_text(CUSTOMER)
    assert await state_of(pay_shop, CUSTOMER) == TopupFlow.amount.state
    assert await topup_rows(pay_shop) == []
    await h.send(CUSTOMER, "12,50")
    assert "Transfer 12.50 USD" in h.last_text(CUSTOMER)
    assert "Card 4000 1234 &lt;Test Bank&gt; &amp; Co" in h.last_text(CUSTOMER)


async def test_preset_amounts_and_forged_presets(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await open_add_funds(pay_shop)
    labels = [text for text, _ in h.buttons(CUSTOMER)]
    assert "⭐ Telegram Stars" not in labels and "🪙 Crypto Bot" not in labels  # not configured
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Transfer"))
    assert [t for t, _ in h.buttons(CUSTOMER)][:4] == [
        "5.00 USD",
        "10.00 USD",
        "25.00 USD",
        "50.00 USD",
    ]
    for forged in (TopupAmountCb(m="manual", i=9).pack(), TopupAmountCb(m="stars", i=0).pack()):
        calls = await h.press(CUSTOMER, forged)
        answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
        assert answers[0].text == "This button is no longer valid."
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "25.00 USD"))
    assert "Transfer 25.00 USD" in h.last_text(CUSTOMER)


# -- transfers with a receipt -------------------------------------------------------------------


async def test_receipt_is_copied_to_every_admin_with_buttons(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await open_add_funds(pay_shop)
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "10.00 USD"))
    await h.feed(photo_message(CUSTOMER, caption="paid <at> noon"))
    assert "Receipt #1 for <b>10.00 USD</b> was sent" in h.last_text(CUSTOMER)
    photos = h.session.calls_of(SendPhoto)
    assert sorted(int(p.chat_id) for p in photos) == [ADMIN_ID, ADMIN_2]
    for sent in photos:
        assert sent.photo == "BIG-PHOTO"  # the largest size
        assert "transfer of <b>10.00 USD</b>" in (sent.caption or "")
        assert "paid &lt;at&gt; noon" in (sent.caption or "")
        assert sent.reply_markup is not None
    (row,) = await topup_rows(pay_shop)
    assert (row.state, row.amount, row.receipt_kind) == ("pending", to_minor(Decimal(10)), "photo")
    assert await pay_shop.balance(CUSTOMER) == 0


async def test_two_admins_approving_at_once_credit_once(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await transfer(pay_shop, CUSTOMER, "10")
    (row,) = await topup_rows(pay_shop)
    copies = {int(m.chat_id): m for m in h.session.sent_messages() if "🏦 <b>Receipt #" in m.text}
    assert set(copies) == {ADMIN_ID, ADMIN_2}
    # Both press Approve and get the question; both confirm at once.
    for admin in (ADMIN_ID, ADMIN_2):
        await h.press(admin, TopupDecisionCb(act="ok", id=row.id).pack())
    assert await pay_shop.balance(CUSTOMER) == 0
    confirm = TopupDecisionCb(act="sure", id=row.id).pack()
    await asyncio.gather(h.press(ADMIN_ID, confirm), h.press(ADMIN_2, confirm))
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    entries = await ledger(pay_shop, CUSTOMER)
    assert [(e.kind, e.method, e.reference) for e in entries] == [("topup", "manual", str(row.id))]
    answers = [a.text or "" for a in h.session.calls_of(AnswerCallbackQuery)]
    assert sum("approved: 10.00 USD credited" in a for a in answers) == 1
    assert sum("already decided: approved by" in a for a in answers) == 1
    # Both copies now say who decided, without buttons; the customer is told once.
    decided = await copies_now(pay_shop, row.id)
    assert set(decided) == {ADMIN_ID, ADMIN_2}
    for copy in decided.values():
        assert "✅ Approved by User" in (copy.text or "") and copy.reply_markup is None
    notices = [m.text for m in await outbox(pay_shop, CUSTOMER)]
    assert notices == [
        "✅ <b>10.00 USD</b> added to your balance (🏦 Transfer with a receipt). "
        "Balance: 10.00 USD."
    ]
    await approve(pay_shop, ADMIN_ID, row.id)  # much later: nothing more
    await h.press(ADMIN_ID, TopupDecisionCb(act="anyway", id=row.id).pack())
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await balanced(pay_shop)


async def test_reject_asks_a_reason_and_tells_the_customer(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await transfer(pay_shop, CUSTOMER, "7")
    (row,) = await topup_rows(pay_shop)
    await h.press(ADMIN_2, TopupDecisionCb(act="no", id=row.id).pack())
    assert "Send the reason" in h.last_text(ADMIN_2)
    await h.send(ADMIN_2, "No such <transfer> arrived")
    assert "rejected; the customer was told" in h.last_text(ADMIN_2)
    (row,) = await topup_rows(pay_shop)
    assert row.state == "rejected" and row.reason == "No such <transfer> arrived"
    (notice,) = await outbox(pay_shop, CUSTOMER)
    assert "receipt #1 for 7.00 USD was not accepted" in notice.text
    assert "Reason: No such &lt;transfer&gt; arrived" in notice.text
    assert "Rejected by User" in h.last_text(ADMIN_ID)  # the other admin's copy
    await h.press(ADMIN_ID, TopupDecisionCb(act="ok", id=row.id).pack())
    for act in ("sure", "anyway"):  # a confirmation pressed after the rejection
        calls = await h.press(ADMIN_ID, TopupDecisionCb(act=act, id=row.id).pack())
        answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
        assert "already decided: rejected by" in (answers[0].text or "")
    assert await pay_shop.balance(CUSTOMER) == 0
    await balanced(pay_shop)


async def test_reject_without_reason_and_keep_pending(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await transfer(pay_shop, CUSTOMER, "7")
    await transfer(pay_shop, CUSTOMER, "8")
    first, second = await topup_rows(pay_shop)
    await h.press(ADMIN_ID, TopupDecisionCb(act="no", id=first.id).pack())
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Keep it pending"))
    await h.send(ADMIN_ID, "a reason typed later is just a search")
    assert (await topup_rows(pay_shop))[0].state == "pending"
    await h.press(ADMIN_ID, TopupDecisionCb(act="no", id=second.id).pack())
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "without a reason"))
    states = [row.state for row in await topup_rows(pay_shop)]
    assert states == ["pending", "rejected"]
    (notice,) = await outbox(pay_shop, CUSTOMER)
    assert "Reason" not in notice.text


async def test_at_most_three_pending_receipts(pay_shop: Shop) -> None:
    h = pay_shop.harness
    for amount in ("5", "6", "7"):
        await transfer(pay_shop, CUSTOMER, amount)
    await open_add_funds(pay_shop)
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    await h.send(CUSTOMER, "9")
    assert "already have 3 top-ups waiting" in h.last_text(CUSTOMER)
    assert len(await topup_rows(pay_shop)) == 3


async def test_topups_lists_pending_and_resends_a_copy(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await transfer(pay_shop, CUSTOMER, "5", receipt="REF-1")
    await transfer(pay_shop, OTHER, "6", receipt="REF-2")
    await h.send(ADMIN_ID, "/topups")
    text = h.last_text(ADMIN_ID)
    assert "waiting for a decision</b>: 2" in text
    assert "#1 · 5.00 USD" in text and "#2 · 6.00 USD" in text
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "#2"))
    assert "REF-2" in h.last_text(ADMIN_ID)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Approve"))
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Confirm"))
    assert await pay_shop.balance(OTHER) == to_minor(Decimal(6))
    await h.send(ADMIN_ID, "/topups")
    assert "waiting for a decision</b>: 1" in h.last_text(ADMIN_ID)
    await balanced(pay_shop)


async def test_non_admins_cannot_decide_or_list(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await transfer(pay_shop, CUSTOMER, "5")
    (row,) = await topup_rows(pay_shop)
    for act in ("ok", "no", "skip", "show"):
        calls = await h.press(OTHER, TopupDecisionCb(act=act, id=row.id).pack())
        answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
        assert answers[0].text == "This button is no longer valid."
    for command in ("/topups", "/refund_stars abc"):
        calls = await h.send(OTHER, command)
        sent = [c.method for c in calls if isinstance(c.method, SendMessage)]
        assert [m.text for m in sent] == [EN("unknown-command")]  # as if it did not exist
    (row,) = await topup_rows(pay_shop)
    assert row.state == "pending" and await pay_shop.balance(CUSTOMER) == 0


async def test_order_lacking_funds_keeps_the_draft_and_comes_back(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "New order"))
    await open_category(pay_shop, CUSTOMER, "Instagram Followers", new_order=False)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Instagram Followers"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Order"))
    await h.send(CUSTOMER, "https://instagram.com/shop_owner")
    await h.send(CUSTOMER, "2000")
    assert "Balance: 0.00 USD · 1.80 USD missing" in h.last_text(CUSTOMER)
    assert "https://t.me/shop_help" in button_urls(pay_shop, CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Top up 1.80 USD"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Another amount"))
    assert "Back to my order" in [t for t, _ in h.buttons(CUSTOMER)][1]
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    await h.send(CUSTOMER, "5")
    await h.send(CUSTOMER, "REF-55")
    (row,) = await topup_rows(pay_shop)
    assert row.resume
    await approve(pay_shop, ADMIN_ID, row.id)
    (notice,) = await outbox(pay_shop, CUSTOMER)
    assert "Back to my order" in (notice.reply_markup or "")
    await h.press(CUSTOMER, "ro")
    summary = h.last_text(CUSTOMER)
    assert "Quantity: 2000" in summary and "Total: <b>1.80 USD</b>" in summary
    assert "5.00 USD → 3.20 USD" in summary
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    assert "Order placed" in h.last_text(CUSTOMER)
    await balanced(pay_shop)


async def test_resume_without_a_draft_says_so(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await h.send(CUSTOMER, "/start")
    calls = await h.press(CUSTOMER, "ro")
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers[0].text is not None and "expired" in answers[0].text


async def test_copies_of_a_document_receipt_are_edited_as_captions(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await open_add_funds(pay_shop)
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    await h.send(CUSTOMER, "5")
    await h.feed(photo_message(CUSTOMER))
    (row,) = await topup_rows(pay_shop)
    await approve(pay_shop, ADMIN_ID, row.id)
    edits = h.session.calls_of(EditMessageCaption, ok=True)
    assert sorted(int(e.chat_id or 0) for e in edits) == [ADMIN_ID, ADMIN_2]
    assert all("Approved by" in (e.caption or "") for e in edits)
    await balanced(pay_shop)


async def test_approve_answers_the_button_before_editing_the_copies(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await transfer(pay_shop, CUSTOMER, "10")
    (row,) = await topup_rows(pay_shop)
    calls = await h.press(ADMIN_2, TopupDecisionCb(act="ok", id=row.id).pack())
    assert [c.name for c in calls] == ["answerCallbackQuery", "sendMessage"]  # the question
    calls = await h.press(ADMIN_2, TopupDecisionCb(act="sure", id=row.id).pack())
    names = [c.name for c in calls]
    # The spinner stops first; the question and the two copies (one per admin) are edited
    # afterwards.
    assert names[0] == "answerCallbackQuery" and names.count("editMessageText") == 3
    assert "approved: 10.00 USD credited" in (calls[0].method.text or "")
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await balanced(pay_shop)


async def test_rejecting_a_receipt_keeps_the_admins_own_conversation(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await transfer(pay_shop, CUSTOMER, "7")
    (row,) = await topup_rows(pay_shop)
    # The admin is topping up their own wallet: at the amount step, a method chosen.
    await open_add_funds(pay_shop, ADMIN_2)
    await h.press(ADMIN_2, TopupMethodCb(m="manual").pack())
    assert await state_of(pay_shop, ADMIN_2) == TopupFlow.amount.state
    calls = await h.press(ADMIN_2, TopupDecisionCb(act="no", id=row.id).pack(), message_id=1)
    assert calls[0].name == "answerCallbackQuery"
    await h.send(ADMIN_2, "Nothing arrived")
    assert "rejected; the customer was told" in h.last_text(ADMIN_2)
    # Back at the admin's own step, with its data: the amount is read as an amount.
    assert await state_of(pay_shop, ADMIN_2) == TopupFlow.amount.state
    await h.send(ADMIN_2, "5")
    assert "Transfer" in h.last_text(ADMIN_2) and "5.00 USD" in h.last_text(ADMIN_2)
    # Pressed Reject, then Keep: the same.
    await transfer(pay_shop, CUSTOMER, "8")
    second = (await topup_rows(pay_shop))[-1]
    await h.press(ADMIN_2, TopupDecisionCb(act="no", id=second.id).pack(), message_id=1)
    await h.press(ADMIN_2, h.find_button(ADMIN_2, "Keep it pending"))
    assert await state_of(pay_shop, ADMIN_2) == TopupFlow.receipt.state
    states = [r.state for r in await topup_rows(pay_shop)]
    assert states == ["rejected", "pending"]
    await balanced(pay_shop)
