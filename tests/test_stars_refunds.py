"""Stars refunds through the real Dispatcher (issue 22): one /refund_stars in flight per charge,
Telegram's definite refusals, the customer's notice."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNotFound,
)
from aiogram.methods import RefundStarPayment, SendMessage

from bot.domain.money import to_minor
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.fakes.telegram import Call, bad_request, retry_after
from tests.payments_helpers import (
    ADMIN_2,
    ADMINS,
    balanced,
    ledger,
    outbox,
    topup_rows,
)
from tests.test_stars import invoice, pay

OTHER = 2002


@pytest.fixture
async def stars_shop(make_shop: Callable[..., Any]) -> Shop:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    for admin in (ADMIN_ID, ADMIN_2):
        await shop.harness.send(admin, "/admin")
    return shop


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
