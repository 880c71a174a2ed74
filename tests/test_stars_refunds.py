"""Stars refunds through the real Dispatcher (issue 22): one /refund_stars in flight per charge,
Telegram's definite refusals, the customer's notice, and refunds made outside the bot."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNotFound,
)
from aiogram.methods import RefundStarPayment, SendMessage
from aiogram.types import Message, RefundedPayment, Update, User

from bot.domain.money import to_minor
from bot.services.stars_refunds import NOTE_STARS_REFUNDED_OUTSIDE
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.fakes.telegram import Call, _chat, bad_request, retry_after
from tests.payments_helpers import (
    ADMIN_2,
    ADMINS,
    balanced,
    ledger,
    outbox,
    successful_payment,
    topup_rows,
)
from tests.test_stars import invoice, pay

OTHER = 2002
_ids = itertools.count(7_000_000)


@pytest.fixture
async def stars_shop(make_shop: Callable[..., Any]) -> Shop:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    for admin in (ADMIN_ID, ADMIN_2):
        await shop.harness.send(admin, "/admin")
    return shop


def refunded_payment(user_id: int, total: int, charge: str, payload: str = "p") -> Update:
    """Telegram's service message of a refund made outside the bot, in the payer's chat."""
    user = User(id=user_id, is_bot=False, first_name="User", language_code="en")
    message = Message(
        message_id=next(_ids),
        date=datetime.now(tz=UTC),
        chat=_chat(user_id, "private", user),
        from_user=user,
        refunded_payment=RefundedPayment(
            currency="XTR",
            total_amount=total,
            invoice_payload=payload,
            telegram_payment_charge_id=charge,
        ),
    )
    return Update(update_id=next(_ids), message=message)


async def paid(shop: Shop, charge: str, amount: str = "10") -> None:
    """The customer has paid an invoice of `amount` (455 Stars for 10) under `charge`."""
    await pay(shop, await invoice(shop, amount=amount), charge)


def replies(calls: list[Call]) -> list[str]:
    return [c.method.text for c in calls if isinstance(c.method, SendMessage)]


async def texts(shop: Shop, chat_id: int) -> list[str]:
    return [m.text for m in await outbox(shop, chat_id)]


# -- item 2: one refund in flight per charge ---------------------------------------------------


@pytest.mark.parametrize("first", ["refused", "refunded"])
async def test_two_refund_stars_at_once_give_the_money_back_at_most_once(
    stars_shop: Shop, first: str
) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-2X")
    # The first refundStarPayment is slow; whatever the second would be told is a 400.
    slow = h.session.hold_next(RefundStarPayment)
    h.session.fail_next(RefundStarPayment, bad_request("Bad Request: REFUND_IN_PROGRESS"))
    first_command = asyncio.create_task(h.send(ADMIN_ID, "/refund_stars charge-2X"))
    await slow.arrival()
    assert await stars_shop.balance(CUSTOMER) == 0  # taken while Telegram is asked
    calls = await h.send(ADMIN_2, "/refund_stars charge-2X")
    assert replies(calls) == [
        "⏳ A refund of this Stars payment is already in progress: nothing more was taken. "
        "Wait for its answer, then check with /refund_stars charge-2X."
    ]
    assert len(h.session.calls_of(RefundStarPayment)) == 1  # the second asked nothing
    slow.release(bad_request("Bad Request: CHARGE_NOT_FOUND") if first == "refused" else None)
    await first_command
    (row,) = await topup_rows(stars_shop)
    kinds = [e.kind for e in await ledger(stars_shop, CUSTOMER)]
    if first == "refused":  # given back once, the row as before
        assert "CHARGE_NOT_FOUND" in h.last_text(ADMIN_ID)
        assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
        assert (row.state, kinds) == ("paid", ["admin_credit", "admin_debit", "topup"])
    else:  # the Stars went back: the debit stands
        assert "Refunded 455 Stars" in h.last_text(ADMIN_ID)
        assert await stars_shop.balance(CUSTOMER) == 0
        assert (row.state, kinds) == ("refunded", ["admin_debit", "topup"])
    await balanced(stars_shop)


async def test_after_an_attempt_ends_the_next_one_may_ask_again(stars_shop: Shop) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-AG")
    h.session.fail_next(RefundStarPayment, retry_after(60))  # no answer: unknown, released
    await h.send(ADMIN_ID, "/refund_stars charge-AG")
    assert "Outcome unknown" in h.last_text(ADMIN_ID)
    h.session.fail_next(RefundStarPayment, bad_request("Bad Request: CHARGE_NOT_FOUND"))
    await h.send(ADMIN_ID, "/refund_stars charge-AG")  # refused: given back, released
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await h.send(ADMIN_2, "/refund_stars charge-AG")
    assert "Refunded 455 Stars" in h.last_text(ADMIN_2)
    assert len(h.session.calls_of(RefundStarPayment)) == 3
    assert await stars_shop.balance(CUSTOMER) == 0
    await balanced(stars_shop)


# -- item 10: a definite refusal gives the money back ------------------------------------------


@pytest.mark.parametrize("error", [TelegramForbiddenError, TelegramNotFound, TelegramBadRequest])
async def test_a_definite_refusal_gives_the_money_back_and_tells_admins(
    stars_shop: Shop, error: type[Exception]
) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-DR")
    h.session.fail_next(RefundStarPayment, error)
    await h.send(ADMIN_ID, "/refund_stars charge-DR")
    assert "Not refunded: Telegram said" in h.last_text(ADMIN_ID)
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    (row,) = await topup_rows(stars_shop)
    assert row.state == "paid"
    (alert,) = [t for t in await texts(stars_shop, ADMIN_2) if "refused the refund" in t]
    assert "charge <code>charge-DR</code>" in alert and f"<code>{CUSTOMER}</code>" in alert
    assert "10.00 USD was given back to their wallet." in alert
    assert not [t for t in await texts(stars_shop, ADMIN_ID) if "refused the refund" in t]
    # Settled: asked again, Telegram refunds and the money is taken once more, once.
    await h.send(ADMIN_ID, "/refund_stars charge-DR")
    assert "Refunded 455 Stars" in h.last_text(ADMIN_ID)
    assert await stars_shop.balance(CUSTOMER) == 0
    await balanced(stars_shop)


async def test_a_flood_wait_leaves_the_outcome_unknown(stars_shop: Shop) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-FW")
    h.session.fail_next(RefundStarPayment, retry_after(60))
    await h.send(ADMIN_ID, "/refund_stars charge-FW")
    assert "Outcome unknown" in h.last_text(ADMIN_ID)
    assert await stars_shop.balance(CUSTOMER) == 0
    (row,) = await topup_rows(stars_shop)
    assert row.state == "refund_unknown"
    await balanced(stars_shop)


# -- item 11: the customer is told ---------------------------------------------------------------


async def test_refund_stars_tells_the_customer_amount_charge_and_balance(stars_shop: Shop) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-C1", amount="10")
    await paid(stars_shop, "charge-C2", amount="5")
    await h.send(ADMIN_ID, "/refund_stars charge-C1")
    (notice,) = [t for t in await texts(stars_shop, CUSTOMER) if "refunded" in t]
    assert notice == (
        "↩️ <b>Your Telegram Stars payment was refunded</b>: 455 Stars go back to you, and "
        "<b>10.00 USD</b> was taken from your balance.\n"
        "Charge: <code>charge-C1</code>\n"
        "Balance: 5.00 USD."
    )
    # A refusal takes nothing in the end: nothing to tell.
    h.session.fail_next(RefundStarPayment, TelegramForbiddenError)
    await h.send(ADMIN_ID, "/refund_stars charge-C2")
    assert len([t for t in await texts(stars_shop, CUSTOMER) if "refunded" in t]) == 1
    await balanced(stars_shop)


# -- item 4: refunded outside the bot ----------------------------------------------------------


async def test_an_outside_refund_takes_the_credit_back_once(stars_shop: Shop) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-O1")
    await stars_shop.services.admin.set_banned(CUSTOMER, True)  # money is recorded anyway
    calls = await h.feed(refunded_payment(CUSTOMER, 455, "charge-O1"))
    assert replies(calls) == []  # not the fallback's "I did not understand"
    assert await stars_shop.balance(CUSTOMER) == 0
    (row,) = await topup_rows(stars_shop)
    assert (row.state, row.reference) == ("refunded", "charge-O1")
    debit, _ = await ledger(stars_shop, CUSTOMER)
    assert (debit.kind, debit.amount, debit.method, debit.reference, debit.note) == (
        "admin_debit",
        -(10**6),
        "stars",
        "charge-O1",
        NOTE_STARS_REFUNDED_OUTSIDE,
    )
    (told,) = [t for t in await texts(stars_shop, CUSTOMER) if "Telegram refunded" in t]
    assert "<b>10.00 USD</b> was taken back from your balance." in told
    assert "Balance: 0.00 USD." in told and "owed" not in told
    (alert,) = [t for t in await texts(stars_shop, ADMIN_2) if "outside the bot" in t]
    assert "Taken back from their wallet: 10.00 USD." in alert and "owed" not in alert
    # The same message again: nothing more.
    before = await outbox(stars_shop, CUSTOMER)
    calls = await h.feed(refunded_payment(CUSTOMER, 455, "charge-O1"))
    assert replies(calls) == []
    assert len(await ledger(stars_shop, CUSTOMER)) == 2
    assert len(await outbox(stars_shop, CUSTOMER)) == len(before)
    await h.send(ADMIN_ID, "/refund_stars charge-O1")
    assert "already refunded" in h.last_text(ADMIN_ID)
    assert h.session.calls_of(RefundStarPayment) == []
    await balanced(stars_shop)


async def test_an_outside_refund_of_money_spent_records_what_is_owed(stars_shop: Shop) -> None:
    h = stars_shop.harness
    await h.send(CUSTOMER, "/start", language_code="ru")  # a customer who reads Russian
    await paid(stars_shop, "charge-O2")
    # 4.50 of the 10.00 gone since.
    await stars_shop.services.wallet.admin_debit(ADMIN_ID, CUSTOMER, Decimal("4.50"), "spent")
    await h.feed(refunded_payment(CUSTOMER, 455, "charge-O2"))
    assert await stars_shop.balance(CUSTOMER) == 0
    (row,) = await topup_rows(stars_shop)
    assert (row.state, row.amount) == ("refunded", 10**6)
    async with stars_shop.db.read() as repos:
        assert await repos.topups.owed_by(CUSTOMER) == 450_000
    (told,) = [t for t in await texts(stars_shop, CUSTOMER) if "Telegram вернул" in t]
    assert "<b>5,50 USD</b>" in told and "Ещё 4,50 USD списать не удалось" in told
    (alert,) = [t for t in await texts(stars_shop, ADMIN_ID) if "outside the bot" in t]
    assert "Taken back from their wallet: 5.50 USD." in alert
    assert "<b>4.50 USD</b> is recorded as owed" in alert
    await h.send(ADMIN_ID, f"/user {CUSTOMER}")
    assert "Owed from Stars payments refunded outside the bot: <b>4.50 USD</b>" in h.last_text(
        ADMIN_ID
    )
    await balanced(stars_shop)


async def test_an_outside_refund_of_a_charge_the_bot_refunded_changes_nothing(
    stars_shop: Shop,
) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-O3")
    await h.send(ADMIN_ID, "/refund_stars charge-O3")
    entries = await ledger(stars_shop, CUSTOMER)
    queued = await outbox(stars_shop, CUSTOMER), await outbox(stars_shop, ADMIN_2)
    calls = await h.feed(refunded_payment(CUSTOMER, 455, "charge-O3"))
    assert replies(calls) == []
    assert await ledger(stars_shop, CUSTOMER) == entries
    assert (await outbox(stars_shop, CUSTOMER), await outbox(stars_shop, ADMIN_2)) == queued
    (row,) = await topup_rows(stars_shop)
    assert row.state == "refunded"
    async with stars_shop.db.read() as repos:
        assert await repos.topups.owed_by(CUSTOMER) == 0
    await balanced(stars_shop)


async def test_an_outside_refund_confirms_a_refund_whose_outcome_was_unknown(
    stars_shop: Shop,
) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-O4")
    h.session.fail_next(RefundStarPayment, retry_after(60))
    await h.send(ADMIN_ID, "/refund_stars charge-O4")  # the 10.00 taken, outcome unknown
    await h.feed(refunded_payment(CUSTOMER, 455, "charge-O4"))
    assert await stars_shop.balance(CUSTOMER) == 0
    assert [e.kind for e in await ledger(stars_shop, CUSTOMER)] == ["admin_debit", "topup"]
    (row,) = await topup_rows(stars_shop)
    assert row.state == "refunded"
    (alert,) = [t for t in await texts(stars_shop, ADMIN_2) if "confirms the refund" in t]
    assert "10.00 USD stays taken" in alert
    (told,) = [t for t in await texts(stars_shop, CUSTOMER) if "refunded" in t]
    assert "<b>10.00 USD</b> was taken from your balance" in told
    await h.send(ADMIN_ID, "/refund_stars charge-O4")
    assert "already refunded" in h.last_text(ADMIN_ID)
    await balanced(stars_shop)


async def test_an_outside_refund_while_the_bots_own_refund_waits(stars_shop: Shop) -> None:
    h = stars_shop.harness
    await paid(stars_shop, "charge-O5")
    slow = h.session.hold_next(RefundStarPayment)
    command = asyncio.create_task(h.send(ADMIN_ID, "/refund_stars charge-O5"))
    await slow.arrival()
    await h.feed(refunded_payment(CUSTOMER, 455, "charge-O5"))
    slow.release(bad_request("Bad Request: CHARGE_NOT_FOUND"))  # too late: it was refunded
    await command
    assert "already refunded" in h.last_text(ADMIN_ID)
    assert await stars_shop.balance(CUSTOMER) == 0
    assert [e.kind for e in await ledger(stars_shop, CUSTOMER)] == ["admin_debit", "topup"]
    await balanced(stars_shop)


async def test_an_outside_refund_of_a_payment_never_credited(stars_shop: Shop) -> None:
    h = stars_shop.harness
    await h.send(OTHER, "/start")
    await h.feed(successful_payment(OTHER, "garbage", 90, "charge-O6"))  # refused, kept
    await h.feed(refunded_payment(OTHER, 90, "charge-O6"))
    await h.feed(refunded_payment(CUSTOMER, 77, "charge-never-seen"))
    await h.feed(refunded_payment(CUSTOMER, 77, "charge-never-seen"))
    rows = {row.reference: row for row in await topup_rows(stars_shop)}
    assert {k: (r.state, r.user_id, r.stars) for k, r in rows.items()} == {
        "charge-O6": ("refunded", OTHER, 90),
        "charge-never-seen": ("refunded", CUSTOMER, 77),
    }
    assert await ledger(stars_shop, OTHER) == [] and await ledger(stars_shop, CUSTOMER) == []
    alerts = await texts(stars_shop, ADMIN_ID)
    assert sum("It was never credited: nothing was taken." in a for a in alerts) == 1
    assert sum("no record of this payment" in a for a in alerts) == 1
    told = [t for t in await texts(stars_shop, CUSTOMER) if "Telegram refunded" in t]
    assert len(told) == 1 and "stays as it was" in told[0]
    # A payment recorded as refunded is never credited afterwards.
    await h.send(ADMIN_ID, "/refund_stars charge-never-seen")
    assert "already refunded" in h.last_text(ADMIN_ID)
    await balanced(stars_shop)
