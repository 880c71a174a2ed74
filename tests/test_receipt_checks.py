"""Transfer receipts (issue 22, items 1, 12 and 13), through the real Dispatcher: a receipt seen
before (the same file, the same reference) says so on every admin's copy, in the admin's
language, and asks a second time before it is credited; Approve asks once more (Confirm / Back)
and only the confirmation credits, once; a rejected receipt's message offers another receipt
for the same top-up.

Button data are written out here as Telegram sends them back ("atd:sure:1", "rag:1"), so the
tests read the same before and after the callback classes change."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery

from bot.domain.money import to_minor
from bot.handlers.states import TopupFlow
from bot.i18n import I18n
from bot.telegram.outbox_sender import OutboxSender, SendLimits
from bot.ui.keyboards.callbacks import TopupMethodCb, WalletCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.fakes.telegram import Call
from tests.payments_helpers import (
    ADMIN_2,
    ADMINS,
    MANUAL_TEXT,
    balanced,
    copy_texts,
    ledger,
    outbox,
    photo_message,
    topup_rows,
)

OTHER = 2002
EN, RU = (I18n().get(lang) for lang in ("en", "ru"))
FAST = SendLimits(per_second=1000, per_chat_interval=0, backoff=0.01)


@pytest.fixture
async def pay_shop(make_shop: Callable[..., Any]) -> Shop:
    """Two admins: ADMIN_ID reads English, ADMIN_2 Russian."""
    shop: Shop = await make_shop(admin_ids=ADMINS, manual_payment_text=MANUAL_TEXT, topup_max="100")
    for admin in (ADMIN_ID, ADMIN_2):
        await shop.harness.send(admin, "/admin")
    async with shop.db.transaction() as repos:
        await repos.users.set_language(ADMIN_2, "ru")
    return shop


async def to_receipt_step(shop: Shop, user: int, amount: str) -> None:
    h = shop.harness
    await h.send(user, "/wallet")
    await h.press(user, WalletCb(act="add").pack())
    await h.press(user, TopupMethodCb(m="manual").pack())
    await h.send(user, amount)
    assert "Transfer" in h.last_text(user)


async def send_text(shop: Shop, user: int, amount: str, reference: str) -> None:
    await to_receipt_step(shop, user, amount)
    await shop.harness.send(user, reference)
    assert "was sent to the shop" in shop.harness.last_text(user)


async def send_photo(shop: Shop, user: int, amount: str, unique: str, file_id: str) -> None:
    await to_receipt_step(shop, user, amount)
    await shop.harness.feed(photo_message(user, file_unique_id=unique, file_id=file_id))
    assert "was sent to the shop" in shop.harness.last_text(user)


def answers(calls: list[Call]) -> list[str]:
    return [c.method.text or "" for c in calls if isinstance(c.method, AnswerCallbackQuery)]


async def press(shop: Shop, user: int, data: str) -> list[Call]:
    return await shop.harness.press(user, data)


async def confirm(shop: Shop, admin: int, topup_id: int) -> list[Call]:
    """Approve, then Confirm on the question."""
    await press(shop, admin, f"atd:ok:{topup_id}")
    return await press(shop, admin, f"atd:sure:{topup_id}")


def seen_line(t: Any, key: str, topup_id: int, user_id: int, state: str) -> str:
    """One line of the warning, as `t` writes it."""
    line = t(
        key, id=topup_id, name="User", user_id=user_id, state=t(f"admin-receipt-state-{state}")
    )
    return str(line)


# -- 1. the same file or the same reference, seen before -----------------------------------------


async def test_the_same_photo_from_two_customers_names_the_first_on_every_copy(
    pay_shop: Shop,
) -> None:
    h = pay_shop.harness
    # The same screenshot: Telegram gives each sender its own file_id, one file_unique_id.
    await send_photo(pay_shop, CUSTOMER, "10", unique="SHOT-1", file_id="FILE-OF-CUSTOMER")
    first, *_ = await topup_rows(pay_shop)
    assert all(
        "Seen before" not in text for text in (await copy_texts(pay_shop, first.id)).values()
    )
    await confirm(pay_shop, ADMIN_ID, first.id)
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal(10))

    await send_photo(pay_shop, OTHER, "10", unique="SHOT-1", file_id="FILE-OF-OTHER")
    second = (await topup_rows(pay_shop))[-1]
    copies = await copy_texts(pay_shop, second.id)
    for admin, t in ((ADMIN_ID, EN), (ADMIN_2, RU)):
        line = seen_line(t, "admin-receipt-seen-file", first.id, CUSTOMER, "paid")
        assert copies[admin].startswith(t("admin-receipt-seen", file=line, text=""))
    assert (
        f"the same file as receipt #{first.id} of User (<code>{CUSTOMER}</code>), approved"
        in (copies[ADMIN_ID])
    )

    # Approve asks with the warning; Confirm asks a second time; only then is it credited.
    await press(pay_shop, ADMIN_ID, f"atd:ok:{second.id}")
    question = h.last_text(ADMIN_ID)
    assert "<b>10.00 USD</b> will be credited to User" in question
    assert f"the same file as receipt #{first.id}" in question
    await press(pay_shop, ADMIN_ID, f"atd:sure:{second.id}")
    again = h.last_text(ADMIN_ID)
    assert f"Approve receipt #{second.id} anyway?" in again
    assert f"the same file as receipt #{first.id}" in again
    assert await pay_shop.balance(OTHER) == 0
    assert [text for text, _ in h.buttons(ADMIN_ID)] == ["⚠️ Credit 10.00 USD anyway", "⬅️ Back"]
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "anyway"))
    assert await pay_shop.balance(OTHER) == to_minor(Decimal(10))
    # The decided copies keep the warning above the decision.
    for text in (await copy_texts(pay_shop, second.id)).values():
        assert text.startswith("⚠️") and ("Approved by" in text or "Принят" in text)

    # Another screenshot (another file_unique_id) is not flagged, and asks only once.
    await send_photo(pay_shop, OTHER, "5", unique="SHOT-2", file_id="FILE-OF-OTHER")
    third = (await topup_rows(pay_shop))[-1]
    assert "Seen before" not in (await copy_texts(pay_shop, third.id))[ADMIN_ID]
    await confirm(pay_shop, ADMIN_ID, third.id)
    assert await pay_shop.balance(OTHER) == to_minor(Decimal(15))
    await balanced(pay_shop)


async def test_the_same_reference_with_other_spacing_and_case_is_flagged(pay_shop: Shop) -> None:
    await send_text(pay_shop, CUSTOMER, "10", "TRX-778899")
    await send_text(pay_shop, OTHER, "10", "  trx 778 899 ")
    await send_text(pay_shop, OTHER, "10", "TRX-778898")  # another transfer
    first, second, third = await topup_rows(pay_shop)
    copies = await copy_texts(pay_shop, second.id)
    for admin, t in ((ADMIN_ID, EN), (ADMIN_2, RU)):
        line = seen_line(t, "admin-receipt-seen-text", first.id, CUSTOMER, "pending")
        assert copies[admin].startswith(t("admin-receipt-seen", file="", text=line))
    assert f"the same reference as receipt #{first.id} of User" in copies[ADMIN_ID]
    assert "waiting" in copies[ADMIN_ID]
    assert "Seen before" not in (await copy_texts(pay_shop, third.id))[ADMIN_ID]
    # A photo whose caption is the same reference: flagged too (naming the latest of the two
    # earlier receipts, neither approved).
    await to_receipt_step(pay_shop, OTHER, "10")
    await pay_shop.harness.feed(photo_message(OTHER, caption="Trx778899", file_unique_id="S9"))
    fourth = (await topup_rows(pay_shop))[-1]
    assert (
        f"the same reference as receipt #{second.id} of User"
        in (await copy_texts(pay_shop, fourth.id))[ADMIN_ID]
    )
    assert await pay_shop.balance(CUSTOMER) == 0 and await pay_shop.balance(OTHER) == 0
    await balanced(pay_shop)


async def test_the_first_of_two_alike_asks_again_once_the_second_was_approved(
    pay_shop: Shop,
) -> None:
    """Two admins, two copies of one screenshot: one admin approves the second receipt (warned,
    twice), the other then presses Approve on the first, whose copy had no warning: the
    question names the approved one and asks a second time before crediting."""
    h = pay_shop.harness
    await send_photo(pay_shop, CUSTOMER, "10", unique="SHOT-7", file_id="F1")
    await send_photo(pay_shop, CUSTOMER, "10", unique="SHOT-7", file_id="F2")
    first, second = await topup_rows(pay_shop)
    await confirm(pay_shop, ADMIN_2, second.id)
    await h.press(ADMIN_2, h.find_button(ADMIN_2, "10,00 USD"))  # "… anyway", in Russian
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal(10))

    await press(pay_shop, ADMIN_ID, f"atd:ok:{first.id}")
    question = h.last_text(ADMIN_ID)
    assert f"the same file as receipt #{second.id} of User" in question
    assert "approved" in question
    await press(pay_shop, ADMIN_ID, f"atd:sure:{first.id}")
    assert f"Approve receipt #{first.id} anyway?" in h.last_text(ADMIN_ID)
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal(10))  # not credited yet
    await press(pay_shop, ADMIN_ID, f"atd:back:{first.id}")
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await balanced(pay_shop)


async def test_a_caption_that_names_no_transfer_is_not_compared(pay_shop: Shop) -> None:
    """ "Paid!" under two different screenshots is not the same transfer."""
    for user, unique in ((CUSTOMER, "SHOT-A"), (OTHER, "SHOT-B")):
        await to_receipt_step(pay_shop, user, "10")
        await pay_shop.harness.feed(photo_message(user, caption="Paid!", file_unique_id=unique))
    _, second = await topup_rows(pay_shop)
    assert "Seen before" not in (await copy_texts(pay_shop, second.id))[ADMIN_ID]
    await balanced(pay_shop)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("TRX-778899", "trx778899"),
        ("  trx 778\u00a0899\n", "trx778899"),
        ("ＴＲＸ７７８８９９", "trx778899"),  # full-width
        ("TRX\u200b٧٧٨٨٩٩", "trx778899"),  # a zero-width space, Arabic-Indic digits
        ("Straße 12", "strasse12"),
        (" \n", None),
        ("", None),
        (None, None),
    ],
)
def test_references_are_compared_normalised(typed: str | None, expected: str | None) -> None:
    from bot.payments import receipts  # imported here: the other tests run without it

    assert receipts.normalised_reference(typed) == expected


# -- 13. Approve asks once more ------------------------------------------------------------------


async def test_approve_asks_first_and_only_the_confirmation_credits(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await send_text(pay_shop, CUSTOMER, "12.5", "REF-A1")
    (row,) = await topup_rows(pay_shop)
    calls = await press(pay_shop, ADMIN_2, f"atd:ok:{row.id}")
    assert h.last_text(ADMIN_2) == RU(
        "admin-receipt-confirm",
        id=row.id,
        amount="12,50 USD",
        name="User",
        user_id=CUSTOMER,
        seen="",
    )
    assert [text for text, _ in h.buttons(ADMIN_2)] == [
        RU("admin-btn-approve-sure", amount="12,50 USD"),
        RU("admin-btn-back"),
    ]
    assert await pay_shop.balance(CUSTOMER) == 0 and await outbox(pay_shop, CUSTOMER) == []
    # Back: nothing credited, the receipt waits, its copy keeps Approve / Reject.
    await h.press(ADMIN_2, h.find_button(ADMIN_2, RU("admin-btn-back")))
    assert h.last_text(ADMIN_2) == RU("admin-receipt-kept", id=row.id)
    (row,) = await topup_rows(pay_shop)
    assert row.state == "pending" and await pay_shop.balance(CUSTOMER) == 0
    # Approve again, then Confirm: credited once, told once.
    await press(pay_shop, ADMIN_2, f"atd:ok:{row.id}")
    calls = await h.press(ADMIN_2, h.find_button(ADMIN_2, "12,50 USD"))
    assert answers(calls)[0] == RU(
        "admin-receipt-approved", id=row.id, amount="12,50 USD", user_id=CUSTOMER
    )
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal("12.5"))
    assert len(await outbox(pay_shop, CUSTOMER)) == 1
    # The question pressed again later: said, and nothing more.
    calls = await press(pay_shop, ADMIN_2, f"atd:sure:{row.id}")
    assert "уже есть решение" in answers(calls)[0]
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal("12.5"))
    entries = await ledger(pay_shop, CUSTOMER)
    assert [(e.kind, e.reference) for e in entries] == [("topup", str(row.id))]
    await balanced(pay_shop)


async def test_a_confirmation_and_a_rejection_at_once_decide_once(pay_shop: Shop) -> None:
    await send_text(pay_shop, CUSTOMER, "9", "REF-B2")
    (row,) = await topup_rows(pay_shop)
    await press(pay_shop, ADMIN_ID, f"atd:ok:{row.id}")
    await press(pay_shop, ADMIN_2, f"atd:no:{row.id}")
    await asyncio.gather(
        press(pay_shop, ADMIN_ID, f"atd:sure:{row.id}"),
        press(pay_shop, ADMIN_2, f"atd:skip:{row.id}"),
    )
    (row,) = await topup_rows(pay_shop)
    credited = await pay_shop.balance(CUSTOMER)
    assert (row.state, credited) in {("paid", to_minor(Decimal(9))), ("rejected", 0)}
    assert len(await outbox(pay_shop, CUSTOMER)) == 1  # credited or rejected, told once
    await balanced(pay_shop)


# -- 12. another receipt for a rejected one ------------------------------------------------------


async def deliver(shop: Shop) -> None:
    """Sends everything queued, as the outbox sender task does."""
    sender = OutboxSender(
        shop.db, shop.harness.bot, shop.services.notifier, shop.services.notices, FAST
    )
    while await sender.drain():
        pass


async def state_of(shop: Shop, user: int) -> str | None:
    context = shop.harness.dp.fsm.get_context(bot=shop.harness.bot, chat_id=user, user_id=user)
    return await context.get_state()


async def test_a_rejected_receipt_offers_another_receipt_for_the_same_top_up(
    pay_shop: Shop,
) -> None:
    h = pay_shop.harness
    await send_text(pay_shop, CUSTOMER, "7", "TRX-1")
    (rejected,) = await topup_rows(pay_shop)
    await press(pay_shop, ADMIN_ID, f"atd:no:{rejected.id}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "without a reason"))
    await deliver(pay_shop)
    assert "was not accepted" in h.last_text(CUSTOMER)
    again = h.find_button(CUSTOMER, "Send another receipt")
    assert again == f"rag:{rejected.id}"

    # Someone else's press, a pending receipt's, a made-up one: answered, nothing changes.
    for user, data in ((OTHER, again), (CUSTOMER, "rag:999")):
        calls = await press(pay_shop, user, data)
        assert answers(calls) == ["This button is no longer valid."]
        assert await state_of(pay_shop, user) is None

    await h.press(CUSTOMER, again)
    text = h.last_text(CUSTOMER)
    assert "Another receipt for 7.00 USD" in text and f"Receipt #{rejected.id}" in text
    assert "Card 4000 1234 &lt;Test Bank&gt; &amp; Co" in text
    assert await state_of(pay_shop, CUSTOMER) == TopupFlow.receipt.state
    await h.feed(photo_message(CUSTOMER, file_unique_id="S-AGAIN"))
    rows = await topup_rows(pay_shop)
    assert len(rows) == 2
    second = rows[-1]
    assert (second.state, second.amount, second.again_of) == (
        "pending",
        to_minor(Decimal(7)),
        rejected.id,
    )
    assert f"Receipt #{second.id} for <b>7.00 USD</b> was sent" in h.last_text(CUSTOMER)
    assert set(await copy_texts(pay_shop, second.id)) == {ADMIN_ID, ADMIN_2}
    calls = await press(pay_shop, CUSTOMER, f"rag:{second.id}")  # pending, not rejected
    assert answers(calls) == ["This button is no longer valid."]

    # The same button pressed again: a receipt was already sent in its place.
    calls = await press(pay_shop, CUSTOMER, again)
    assert answers(calls) == [f"You already sent receipt #{second.id} in place of that one."]
    assert await state_of(pay_shop, CUSTOMER) is None
    assert len(await topup_rows(pay_shop)) == 2

    await confirm(pay_shop, ADMIN_ID, second.id)
    assert await pay_shop.balance(CUSTOMER) == to_minor(Decimal(7))
    await balanced(pay_shop)


async def test_a_new_top_up_after_the_button_is_not_taken_for_the_rejected_one(
    pay_shop: Shop,
) -> None:
    """Pressed, then left for a fresh Add funds: that receipt is a top-up of its own (its own
    amount), and the rejected one can still be replaced later."""
    h = pay_shop.harness
    await send_text(pay_shop, CUSTOMER, "6", "TRX-6")
    (rejected,) = await topup_rows(pay_shop)
    await press(pay_shop, ADMIN_ID, f"atd:no:{rejected.id}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "without a reason"))
    await press(pay_shop, CUSTOMER, f"rag:{rejected.id}")
    await send_text(pay_shop, CUSTOMER, "8", "TRX-8")
    await press(pay_shop, CUSTOMER, f"rag:{rejected.id}")
    await h.send(CUSTOMER, "TRX-6 once more")
    rows = await topup_rows(pay_shop)
    assert [(r.amount, r.again_of) for r in rows] == [
        (to_minor(Decimal(6)), None),
        (to_minor(Decimal(8)), None),
        (to_minor(Decimal(6)), rejected.id),
    ]
    await balanced(pay_shop)
