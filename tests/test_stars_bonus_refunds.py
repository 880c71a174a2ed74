"""A reversed Stars top-up takes back the deposit bonus it brought (issue 24, found in review).

A deposit code's bonus is credited with a top-up; when that payment is refunded (/refund_stars,
Telegram's refunded_payment, or a refund found by the reconciliation) what the top-up put in
the wallet, its amount and its bonus, is taken back by the reversal's own rules: all or nothing
for /refund_stars, as far as the balance covers it for an outside refund (the rest owed).
Crypto Bot and receipt top-ups are never reversed by the bot: nothing to take back there.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.exceptions import TelegramForbiddenError, TelegramServerError
from aiogram.methods import RefundStarPayment

from bot.domain.money import to_minor
from bot.ui.keyboards.callbacks import HistoryCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.payments_helpers import ADMIN_2, ADMINS, ledger, outbox, topup_rows
from tests.test_stars import invoice, pay
from tests.test_stars_reconcile import reconcile
from tests.test_stars_reconcile import refunded as listed_refund
from tests.test_stars_refunds import refunded_payment

WITH_BONUS = "11.00 USD (including the 1.00 USD bonus of promo code DEP10)"
BONUS_LINE = (
    "🎁 To take back: the payment's 10.00 USD and the 1.00 USD bonus of promo code DEP10 "
    "that came with it."
)


def usd(text: str) -> int:
    return to_minor(Decimal(text))


@pytest.fixture
async def bonus_shop(make_shop: Callable[..., Any]) -> Shop:
    """The customer took DEP10 (+10% on the next top-up) and paid 10.00 USD (455 Stars) under
    charge-B: 11.00 USD in the wallet."""
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    h = shop.harness
    for admin in (ADMIN_ID, ADMIN_2):
        await h.send(admin, "/admin")
    await h.send(ADMIN_ID, "/promo add DEP10 deposit 10%")
    await h.send(CUSTOMER, "/promo DEP10")
    await pay(shop, await invoice(shop, amount="10"), "charge-B")
    assert await shop.balance(CUSTOMER) == usd("11")
    return shop


async def entries(shop: Shop) -> list[tuple[str, int, str | None]]:
    """The customer's ledger, newest first: kind, amount, reference."""
    return [(e.kind, e.amount, e.reference) for e in await ledger(shop, CUSTOMER)]


async def texts(shop: Shop, chat_id: int) -> list[str]:
    return [m.text for m in await outbox(shop, chat_id)]


CREDITED = [("bonus", usd("1"), "DEP10"), ("topup", usd("10"), "charge-B")]


async def test_refund_stars_takes_the_bonus_back_with_the_payment(bonus_shop: Shop) -> None:
    shop = bonus_shop
    h = shop.harness
    await h.send(ADMIN_ID, "/refund_stars charge-B")
    assert h.last_text(ADMIN_ID) == (
        f"✅ Refunded 455 Stars to <code>{CUSTOMER}</code>; {WITH_BONUS} taken from their wallet."
    )
    assert await shop.balance(CUSTOMER) == 0
    assert await entries(shop) == [
        ("bonus", -usd("1"), "DEP10"),
        ("admin_debit", -usd("10"), "charge-B"),
        *CREDITED,
    ]
    (told,) = [t for t in await texts(shop, CUSTOMER) if "was refunded" in t]
    assert f"<b>{WITH_BONUS}</b> was taken from your balance" in told
    assert "Balance: 0.00 USD." in told
    await h.press(CUSTOMER, HistoryCb(page=0).pack())
    history = h.last_text(CUSTOMER)
    assert "Bonus taken back (promo code DEP10): its top-up was refunded" in history
    await h.send(ADMIN_ID, "/refund_stars charge-B")
    assert "already refunded" in h.last_text(ADMIN_ID)
    assert len(await entries(shop)) == 4  # taken back once
    await assert_ledger_balances(shop.db)


async def test_stats_no_longer_count_a_bonus_taken_back(bonus_shop: Shop) -> None:
    shop = bonus_shop
    h = shop.harness
    await h.send(ADMIN_ID, "/promo add GIFT bonus 2")
    await h.send(CUSTOMER, "/promo GIFT")
    await h.send(ADMIN_ID, "/stats")
    before = h.last_text(ADMIN_ID)
    assert "Bonuses paid: 2 · 3.00 USD" in before
    assert "DEP10: top-up bonuses given: 1 · 1.00 USD" in before
    await h.send(ADMIN_ID, "/refund_stars charge-B")
    await h.send(ADMIN_ID, "/stats")
    after = h.last_text(ADMIN_ID)
    assert "Bonuses paid: 1 · 2.00 USD" in after
    assert "DEP10: top-up bonuses given: 0 · 0.00 USD" in after
    assert "GIFT: bonuses given: 1 · 2.00 USD" in after
    await assert_ledger_balances(shop.db)


async def test_refund_stars_refuses_when_the_bonus_was_spent(bonus_shop: Shop) -> None:
    """The balance covers the payment's 10.00 but not its bonus: nothing is taken or asked,
    as when the payment's own credit was spent."""
    shop = bonus_shop
    h = shop.harness
    await shop.services.wallet.admin_debit(ADMIN_ID, CUSTOMER, Decimal("0.50"), "spent")
    before = await entries(shop)
    await h.send(ADMIN_ID, "/refund_stars charge-B")
    assert h.last_text(ADMIN_ID) == (
        "Not refunded: the customer's balance (10.50 USD) no longer covers the "
        f"{WITH_BONUS} this payment credited."
    )
    assert h.session.calls_of(RefundStarPayment) == []
    assert await entries(shop) == before
    (row,) = await topup_rows(shop)
    assert row.state == "paid"
    await assert_ledger_balances(shop.db)


async def test_a_refused_refund_gives_the_bonus_back_too(bonus_shop: Shop) -> None:
    shop = bonus_shop
    h = shop.harness
    h.session.fail_next(RefundStarPayment, TelegramForbiddenError)
    await h.send(ADMIN_ID, "/refund_stars charge-B")
    assert "Not refunded: Telegram said" in h.last_text(ADMIN_ID)
    assert await shop.balance(CUSTOMER) == usd("11")
    (alert,) = [t for t in await texts(shop, ADMIN_2) if "refused the refund" in t]
    assert f"{WITH_BONUS} was given back to their wallet." in alert
    await h.send(ADMIN_ID, "/refund_stars charge-B")  # now Telegram refunds
    assert WITH_BONUS in h.last_text(ADMIN_ID)
    assert await shop.balance(CUSTOMER) == 0
    kinds = [(kind, amount) for kind, amount, _ in await entries(shop)]
    assert kinds.count(("bonus", -usd("1"))) == 2 and kinds.count(("bonus", usd("1"))) == 2
    await assert_ledger_balances(shop.db)


async def test_an_outside_refund_takes_the_bonus_back(bonus_shop: Shop) -> None:
    shop = bonus_shop
    h = shop.harness
    await h.feed(refunded_payment(CUSTOMER, 455, "charge-B"))
    assert await shop.balance(CUSTOMER) == 0
    assert [(k, a) for k, a, _ in await entries(shop)][:2] == [
        ("bonus", -usd("1")),
        ("admin_debit", -usd("10")),
    ]
    (told,) = [t for t in await texts(shop, CUSTOMER) if "Telegram refunded" in t]
    assert f"<b>11.00 USD</b> was taken back from your balance.\n{BONUS_LINE}\n" in told
    assert "owed" not in told and "Balance: 0.00 USD." in told
    (alert,) = [t for t in await texts(shop, ADMIN_2) if "outside the bot" in t]
    assert f"Taken back from their wallet: 11.00 USD.\n{BONUS_LINE}" in alert
    assert "owed" not in alert
    await h.feed(refunded_payment(CUSTOMER, 455, "charge-B"))  # told twice: nothing more
    assert len(await entries(shop)) == 4
    async with shop.db.read() as repos:
        assert await repos.topups.owed_by(CUSTOMER) == 0
    await assert_ledger_balances(shop.db)


async def test_an_outside_refund_of_a_spent_bonus_records_it_owed(bonus_shop: Shop) -> None:
    shop = bonus_shop
    h = shop.harness
    await shop.services.wallet.admin_debit(ADMIN_ID, CUSTOMER, Decimal("0.50"), "spent")
    await h.feed(refunded_payment(CUSTOMER, 455, "charge-B"))
    assert await shop.balance(CUSTOMER) == 0
    # The payment's credit first, then what is left of the bonus; the rest owed.
    assert [(k, a) for k, a, _ in await entries(shop)][:2] == [
        ("bonus", -usd("0.50")),
        ("admin_debit", -usd("10")),
    ]
    async with shop.db.read() as repos:
        assert await repos.topups.owed_by(CUSTOMER) == usd("0.50")
    (told,) = [t for t in await texts(shop, CUSTOMER) if "Telegram refunded" in t]
    assert f"<b>10.50 USD</b> was taken back from your balance.\n{BONUS_LINE}\n" in told
    assert "0.50 USD could not be taken back" in told
    (alert,) = [t for t in await texts(shop, ADMIN_ID) if "outside the bot" in t]
    assert "Taken back from their wallet: 10.50 USD." in alert and BONUS_LINE in alert
    assert "<b>0.50 USD</b> is recorded as owed" in alert
    await assert_ledger_balances(shop.db)


async def test_a_refund_found_by_the_reconciliation_takes_the_bonus_back(
    bonus_shop: Shop,
) -> None:
    shop = bonus_shop
    h = shop.harness
    h.session.star_transactions.append(listed_refund(CUSTOMER, 455, "charge-B"))
    for _ in range(2):
        await reconcile(shop)
    assert await shop.balance(CUSTOMER) == 0
    assert len(await entries(shop)) == 4
    await assert_ledger_balances(shop.db)


async def test_a_lost_refund_answer_confirmed_later_names_the_bonus(bonus_shop: Shop) -> None:
    """/refund_stars without an answer took both; Telegram's refund, told later, takes nothing
    more and names what stays taken."""
    shop = bonus_shop
    h = shop.harness
    h.session.fail_next(RefundStarPayment, TelegramServerError)
    await h.send(ADMIN_ID, "/refund_stars charge-B")
    assert f"{WITH_BONUS} stays taken" in h.last_text(ADMIN_ID)
    assert await shop.balance(CUSTOMER) == 0
    await h.feed(refunded_payment(CUSTOMER, 455, "charge-B"))
    assert len(await entries(shop)) == 4
    (alert,) = [t for t in await texts(shop, ADMIN_2) if "confirms the refund" in t]
    assert f"{WITH_BONUS} stays taken" in alert
    (told,) = [t for t in await texts(shop, CUSTOMER) if "was refunded" in t]
    assert f"<b>{WITH_BONUS}</b> was taken from your balance" in told
    await assert_ledger_balances(shop.db)
