"""Promo codes through the real Dispatcher (issue 24): the admins' /promo, the customers'
/promo, Wallet button and ?start=promo_ link; bonus, deposit and discount codes, each taken once
under two presses at once, with the ledger invariant after each."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import pytest

from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.ui.keyboards.callbacks import TopupMethodCb, WalletCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.cryptopay_server import FakeCryptoPay, start_cryptopay_server
from tests.payments_helpers import (
    ADMIN_2,
    ADMINS,
    CRYPTO_TOKEN,
    MANUAL_TEXT,
    approve,
    ledger,
    outbox,
    topup_rows,
)
from tests.sql import rows
from tests.test_order_flow import confirm, open_service
from tests.test_stars import invoice, pay

OTHER = 2002
THIRD = 2003


def usd(text: str) -> int:
    return to_minor(Decimal(text))


@pytest.fixture
async def crypto_pay() -> AsyncIterator[tuple[FakeCryptoPay, str]]:
    fake = FakeCryptoPay(token=CRYPTO_TOKEN)
    runner, url = await start_cryptopay_server(fake)
    yield fake, url
    await runner.cleanup()


@pytest.fixture
def fake_pay(crypto_pay: tuple[FakeCryptoPay, str]) -> FakeCryptoPay:
    return crypto_pay[0]


@pytest.fixture
async def promo_shop(
    make_shop: Callable[..., Any], crypto_pay: tuple[FakeCryptoPay, str]
) -> AsyncIterator[Shop]:
    """A shop with every way to pay; both admins and three customers have written to it."""
    shop: Shop = await make_shop(
        admin_ids=ADMINS,
        stars_per_unit="45.5",
        manual_payment_text=MANUAL_TEXT,
        crypto_pay_token=CRYPTO_TOKEN,
        crypto_pay_api_url=crypto_pay[1],
        crypto_pay_assets="USDT",
    )
    for user in (ADMIN_ID, ADMIN_2, CUSTOMER, OTHER, THIRD):
        await shop.harness.send(user, "/help")
    yield shop
    assert shop.services.cryptopay is not None
    await shop.services.cryptopay.close()


async def say(shop: Shop, user: int, text: str) -> str:
    await shop.harness.send(user, text)
    return shop.harness.last_text(user)


async def both_at_once(shop: Shop, user: int, text: str) -> list[str]:
    """The same message twice at once through the Dispatcher; the answers sent."""
    h = shop.harness
    mark = h.session.next_seq
    await asyncio.gather(h.send(user, text), h.send(user, text))
    return [
        str(call.method.text)  # type: ignore[attr-defined]
        for call in h.session.calls_since(mark)
        if call.name == "sendMessage"
    ]


async def codes(shop: Shop) -> list[tuple[Any, ...]]:
    return await rows(shop.db, "SELECT * FROM promo_codes ORDER BY code")


async def redemptions(shop: Shop) -> list[tuple[Any, ...]]:
    return await rows(
        shop.db,
        "SELECT code, user_id, state, amount, order_id, topup_id, list_price"
        " FROM promo_redemptions ORDER BY id",
    )


# -- admins ------------------------------------------------------------------------------------


async def test_admin_adds_lists_and_stops_codes(promo_shop: Shop) -> None:
    shop = promo_shop
    assert "No promo codes yet" in await say(shop, ADMIN_ID, "/promo")
    text = await say(shop, ADMIN_ID, "/promo add welcome discount 15% uses 100 days 30")
    assert "<code>WELCOME</code> created: −15% on your next order" in text
    assert "Uses: at most 100." in text and "Valid until" in text
    text = await say(shop, ADMIN_ID, "/promo add Gift5 bonus 5 uses 2")
    assert "<code>GIFT5</code> created: a bonus of 5.00 USD" in text
    text = await say(shop, ADMIN_ID, "/promo add DEP10 deposit 10% min 20")
    assert "+10% bonus on your next top-up of at least 20.00 USD" in text
    assert "exists already" in await say(shop, ADMIN_ID, "/promo add GIFT5 bonus 9")
    await say(shop, CUSTOMER, "/promo gift5")
    listing = await say(shop, ADMIN_ID, "/promo")
    assert "<code>GIFT5</code> · a bonus of 5.00 USD · used 1/2 · active" in listing
    assert "<code>DEP10</code> · +10% bonus on your next top-up of at least 20.00 USD" in listing
    assert "<code>WELCOME</code> · −15% on your next order · used 0/100 · active until" in listing
    assert "is stopped" in await say(shop, ADMIN_ID, "/promo off Gift5")
    assert "no active promo code" in await say(shop, ADMIN_ID, "/promo off GIFT5")
    assert "used 1/2 · stopped" in await say(shop, ADMIN_ID, "/promo")
    assert "has expired" in await say(shop, OTHER, "/promo GIFT5")  # stopped: taken no more
    await say(shop, ADMIN_ID, "/promo add TRY bonus 1")
    assert "TRY: <b>1.00 USD</b> added" in await say(shop, ADMIN_2, "/promo try")  # an admin too
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("/promo add", "Name the code"),
        ("/promo add AB bonus 5", "A code has 3 to 32"),
        ("/promo add BAD! bonus 5", "A code has 3 to 32"),
        ("/promo add " + "X" * 33 + " bonus 5", "A code has 3 to 32"),
        ("/promo add off bonus 5", "A code has 3 to 32"),
        ("/promo add GIFT bonus", "Name the code"),
        ("/promo add GIFT cashback 5", "The kind is bonus, deposit or discount"),
        ("/promo add GIFT bonus five", "The amount must be a number"),
        ("/promo add GIFT bonus 0", "The amount must be a number"),
        ("/promo add GIFT bonus -5", "The amount must be a number"),
        ("/promo add SALE discount 15", "The percent is a whole number from 1 to 90"),
        ("/promo add SALE discount 95%", "The percent is a whole number from 1 to 90"),
        ("/promo add SALE discount 0%", "from 1 to 90"),
        ("/promo add DEP deposit 101%", "from 1 to 100"),
        ("/promo add SALE discount 15% min 5", "takes no option <code>min</code>"),
        ("/promo add GIFT bonus 5 uses", "takes no option <code>uses</code>"),
        ("/promo add GIFT bonus 5 uses 0", "number of uses must be a whole number"),
        ("/promo add GIFT bonus 5 uses 2 uses 3", "takes no option <code>uses</code>"),
        ("/promo add GIFT bonus 5 days 9999", "number of days must be a whole number"),
        ("/promo add GIFT bonus 5 forever 1", "takes no option <code>forever</code>"),
        ("/promo add DEP deposit 10% min lots", "minimum top-up must be an amount"),
        ("/promo off", "A code has 3 to 32"),
        ("/promo off A B", "A code has 3 to 32"),
    ],
)
async def test_bad_arguments_are_explained_and_change_nothing(
    promo_shop: Shop, line: str, problem: str
) -> None:
    shop = promo_shop
    await say(shop, ADMIN_ID, "/promo add KEEP bonus 1")
    before = await codes(shop)
    text = await say(shop, ADMIN_ID, line)
    assert problem in text
    assert "/promo add &lt;CODE&gt; deposit" in text  # the usage follows
    assert await codes(shop) == before


async def test_customers_cannot_add_or_stop_codes(promo_shop: Shop) -> None:
    shop = promo_shop
    await say(shop, ADMIN_ID, "/promo add KEEP bonus 1")
    before = await codes(shop)
    assert "That is not a promo code" in await say(shop, CUSTOMER, "/promo add FREE bonus 100")
    assert "That is not a promo code" in await say(shop, CUSTOMER, "/promo off KEEP")
    assert "Send your promo code" in await say(shop, CUSTOMER, "/promo")  # not the list
    assert await codes(shop) == before
    assert await redemptions(shop) == []


# -- bonus -------------------------------------------------------------------------------------


async def test_bonus_code_pressed_twice_at_once_credits_once(promo_shop: Shop) -> None:
    shop = promo_shop
    await say(shop, ADMIN_ID, "/promo add GIFT5 bonus 5")
    answers = await both_at_once(shop, CUSTOMER, "/promo gift5")
    assert sorted(answers) == sorted(
        [
            "✅ Promo code GIFT5: <b>5.00 USD</b> added to your balance. Balance: 5.00 USD.",
            "ℹ️ You have already used promo code GIFT5.",
        ]
    )
    assert await shop.balance(CUSTOMER) == usd("5")
    entries = await ledger(shop, CUSTOMER)
    assert [(e.kind, e.amount, e.reference) for e in entries] == [("bonus", usd("5"), "GIFT5")]
    assert (await codes(shop))[0][6] == 1  # uses
    await shop.harness.send(CUSTOMER, "/wallet")
    await shop.harness.press(CUSTOMER, shop.harness.find_button(CUSTOMER, "History"))
    assert "Bonus (promo code GIFT5)" in shop.harness.last_text(CUSTOMER)
    assert "· bonus 5.00 USD · GIFT5" in await say(shop, ADMIN_ID, f"/user {CUSTOMER}")
    await assert_ledger_balances(shop.db)


# -- refusals ----------------------------------------------------------------------------------


async def test_each_refusal_has_its_own_answer(promo_shop: Shop) -> None:
    shop = promo_shop
    await say(shop, ADMIN_ID, "/promo add ONCE bonus 1 uses 1")
    await say(shop, ADMIN_ID, "/promo add OLD bonus 1 days 1")
    await say(shop, ADMIN_ID, "/promo add SALE10 discount 10%")
    await say(shop, ADMIN_ID, "/promo add SALE20 discount 20%")
    async with shop.db.transaction() as repos:  # a day later
        await repos.conn.execute("UPDATE promo_codes SET expires_at = 1 WHERE code = 'OLD'")
    assert "There is no promo code NOPE" in await say(shop, CUSTOMER, "/promo nope")
    assert "Promo code OLD has expired" in await say(shop, CUSTOMER, "/promo old")
    assert "added to your balance" in await say(shop, CUSTOMER, "/promo ONCE")
    assert "already used promo code ONCE" in await say(shop, CUSTOMER, "/promo ONCE")
    assert "Promo code ONCE has been used up" in await say(shop, OTHER, "/promo ONCE")
    assert "−10% on your next order" in await say(shop, CUSTOMER, "/promo SALE10")
    text = await say(shop, CUSTOMER, "/promo SALE20")
    assert text == (
        "⏳ A discount on your next order is already waiting for you (SALE10). "
        "Order first, then send SALE20 again."
    )
    assert [r[:3] for r in await redemptions(shop)] == [
        ("ONCE", CUSTOMER, "applied"),
        ("SALE10", CUSTOMER, "pending"),
    ]
    assert await shop.balance(CUSTOMER) == usd("1")
    assert await shop.balance(OTHER) == 0
    await assert_ledger_balances(shop.db)


# -- the Wallet button and the link -------------------------------------------------------------


async def test_wallet_button_asks_for_the_code_and_shows_what_waits(promo_shop: Shop) -> None:
    shop = promo_shop
    h = shop.harness
    await h.send(CUSTOMER, "/wallet")  # no code yet: the lever is off
    assert "🎟 Promo code" not in [text for text, _ in h.buttons(CUSTOMER)]
    await say(shop, ADMIN_ID, "/promo add WELCOME discount 15%")
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "🎟 Promo code"))
    assert h.last_text(CUSTOMER) == "🎟 Send your promo code."
    assert [text for text, _ in h.buttons(CUSTOMER)] == ["⬅️ Back", "🏠 Main menu"]
    assert "That is not a promo code" in await say(shop, CUSTOMER, "welcome!")
    assert await redemptions(shop) == []
    text = await say(shop, CUSTOMER, "welcome")  # still the code's step
    assert "Promo code WELCOME: −15% on your next order" in text
    assert "Instagram" not in text  # not taken for a search
    await h.send(CUSTOMER, "/wallet")
    assert "🎟 Waiting: −15% on your next order (WELCOME)" in h.last_text(CUSTOMER)
    # Back from the question: the wallet again, the step left.
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "🎟 Promo code"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Back"))
    assert "Your balance" in h.last_text(CUSTOMER)
    assert "Promo code" not in await say(shop, CUSTOMER, "likes")  # a search again
    await say(shop, ADMIN_ID, "/promo off WELCOME")
    await h.send(CUSTOMER, "/wallet")  # every code stopped: no button, what waits still shown
    assert "🎟 Promo code" not in [text for text, _ in h.buttons(CUSTOMER)]
    assert "🎟 Waiting: −15% on your next order (WELCOME)" in h.last_text(CUSTOMER)
    await assert_ledger_balances(shop.db)


async def test_start_link_takes_the_code_and_start_topup_still_opens_the_wallet(
    promo_shop: Shop,
) -> None:
    shop = promo_shop
    h = shop.harness
    await say(shop, ADMIN_ID, "/promo add HELLO bonus 2")
    await h.send(THIRD + 1, "/start promo_hello")
    texts = [m.text for m in h.session.sent_messages(THIRD + 1)]
    assert len(texts) == 3  # the keyboard's message, the greeting, then the code's answer
    assert texts[-1] == (
        "✅ Promo code HELLO: <b>2.00 USD</b> added to your balance. Balance: 2.00 USD."
    )
    assert await shop.balance(THIRD + 1) == usd("2")
    assert "already used" in await say(shop, THIRD + 1, "/start promo_HELLO")
    assert "Your balance" in await say(shop, CUSTOMER, "/start topup")
    await assert_ledger_balances(shop.db)


# -- deposit -----------------------------------------------------------------------------------


async def test_deposit_code_twice_at_once_then_a_stars_top_up_brings_the_bonus_once(
    promo_shop: Shop,
) -> None:
    shop = promo_shop
    await say(shop, ADMIN_ID, "/promo add DEP10 deposit 10% min 20")
    answers = await both_at_once(shop, CUSTOMER, "/promo dep10")
    assert sorted(answers) == [
        "ℹ️ You have already used promo code DEP10.",
        "✅ Promo code DEP10: +10% bonus on your next top-up of at least 20.00 USD. "
        "It is kept for you in the 💰 Wallet.",
    ]
    assert await shop.balance(CUSTOMER) == 0
    text = await say(shop, CUSTOMER, "/wallet")
    assert "🎟 Waiting: +10% bonus on your next top-up of at least 20.00 USD (DEP10)" in text
    await pay(shop, await invoice(shop, amount="10"), "charge-small")  # below the minimum
    assert await shop.balance(CUSTOMER) == usd("10")
    await pay(shop, await invoice(shop, amount="25.55"), "charge-big")
    await pay(shop, await invoice(shop, amount="30"), "charge-later")
    entries = [(e.kind, e.amount, e.reference) for e in await ledger(shop, CUSTOMER)]
    assert entries == [
        ("topup", usd("30"), "charge-later"),
        ("bonus", usd("2.55"), "DEP10"),  # 10% of 25.55, rounded down at the shop's decimals
        ("topup", usd("25.55"), "charge-big"),
        ("topup", usd("10"), "charge-small"),
    ]
    (row,) = await redemptions(shop)
    big = next(t for t in await topup_rows(shop) if t.reference == "charge-big")
    assert row == ("DEP10", CUSTOMER, "applied", usd("2.55"), None, big.id, None)
    notices = [m.text for m in await outbox(shop, CUSTOMER)]
    assert "🎁 Promo code DEP10: a bonus of <b>2.55 USD</b> came with your top-up." in notices
    assert "Waiting" not in await say(shop, CUSTOMER, "/wallet")
    await assert_ledger_balances(shop.db)


async def test_deposit_bonus_comes_with_receipts_and_crypto_bot_too(
    promo_shop: Shop, fake_pay: FakeCryptoPay
) -> None:
    shop = promo_shop
    h = shop.harness
    await say(shop, ADMIN_ID, "/promo add DEP50 deposit 50%")
    for user in (OTHER, THIRD):
        await say(shop, user, "/promo DEP50")
    # OTHER: a transfer with a receipt, approved by an admin.
    await h.send(OTHER, "/wallet")
    await h.press(OTHER, WalletCb(act="add").pack())
    await h.press(OTHER, TopupMethodCb(m="manual").pack())
    await h.send(OTHER, "8")
    await h.send(OTHER, "TRX-1")
    (receipt,) = await topup_rows(shop)
    await approve(shop, ADMIN_ID, receipt.id)
    assert await shop.balance(OTHER) == usd("12")
    # THIRD: a Crypto Bot invoice, paid.
    await h.send(THIRD, "/wallet")
    await h.press(THIRD, WalletCb(act="add").pack())
    await h.press(THIRD, TopupMethodCb(m="cryptobot").pack())
    await h.send(THIRD, "3.33")
    (invoice_id,) = list(fake_pay.invoices)
    fake_pay.pay(invoice_id)
    await shop.services.crypto.poll_once()
    assert await shop.balance(THIRD) == usd("4.99")  # 3.33 + 1.665 rounded down
    for user, reference in ((OTHER, str(receipt.id)), (THIRD, str(invoice_id))):
        kinds = [(e.kind, e.reference) for e in await ledger(shop, user)]
        assert kinds == [("bonus", "DEP50"), ("topup", reference)]
    await assert_ledger_balances(shop.db)


# -- discount ----------------------------------------------------------------------------------


async def order_followers(shop: Shop, quantity: str = "1500") -> str:
    """New order of Instagram Followers (0.90 per 1000) up to the summary; its text."""
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await shop.harness.send(CUSTOMER, "https://instagram.com/shop_owner")
    await shop.harness.send(CUSTOMER, quantity)
    return shop.harness.last_text(CUSTOMER)


async def orders(shop: Shop) -> list[tuple[Any, ...]]:
    return await rows(shop.db, "SELECT id, price, refunded, panel_order_id FROM orders ORDER BY id")


async def test_discount_code_twice_at_once_discounts_one_order(promo_shop: Shop) -> None:
    shop = promo_shop
    await shop.credit(CUSTOMER, "10")
    await say(shop, ADMIN_ID, "/promo add WELCOME discount 15%")
    answers = await both_at_once(shop, CUSTOMER, "/promo welcome")
    assert sorted(answers) == [
        "ℹ️ You have already used promo code WELCOME.",
        "✅ Promo code WELCOME: −15% on your next order. It is kept for you in the 💰 Wallet.",
    ]
    summary = await order_followers(shop)
    assert "Discount: −15% with WELCOME (instead of 1.35 USD)" in summary
    assert "Total: <b>1.15 USD</b>" in summary  # 1.35 less 0.2025 rounded down to 0.20
    assert "10.00 USD → 8.85 USD" in summary
    assert "Order placed" in await confirm(shop, CUSTOMER)
    assert await shop.balance(CUSTOMER) == usd("8.85")
    (order,) = await orders(shop)
    assert order[1] == usd("1.15")
    assert await redemptions(shop) == [
        ("WELCOME", CUSTOMER, "applied", usd("0.20"), order[0], None, usd("1.35"))
    ]
    # The next order is at the list price.
    summary = await order_followers(shop)
    assert "Discount" not in summary and "Total: <b>1.35 USD</b>" in summary
    await confirm(shop, CUSTOMER)
    assert [o[1] for o in await orders(shop)] == [usd("1.15"), usd("1.35")]
    assert await shop.balance(CUSTOMER) == usd("7.50")
    stats = await say(shop, ADMIN_ID, "/stats")
    assert "🎟 <b>Promo codes (all time)</b>\nWELCOME: discounted orders: 1 · 0.20 USD off" in stats
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize(
    ("status", "remains", "refund"),
    [("Partial", 500, "0.38"), ("Canceled", None, "1.15")],  # 1.15 x 500/1500 = 0.3833
)
async def test_a_discounted_order_refunds_what_was_paid(
    promo_shop: Shop, status: str, remains: int | None, refund: str
) -> None:
    shop = promo_shop
    await shop.credit(CUSTOMER, "10")
    await say(shop, ADMIN_ID, "/promo add WELCOME discount 15%")
    await say(shop, CUSTOMER, "/promo WELCOME")
    await order_followers(shop)
    await confirm(shop, CUSTOMER)
    ((_, price, _, panel_id),) = await orders(shop)
    assert price == usd("1.15")
    shop.panel.set_status(panel_id, status, remains=remains)
    for _ in range(3):
        await shop.services.status_sync.sync()
    ((_, _, refunded, _),) = await orders(shop)
    assert refunded == usd(refund)
    assert await shop.balance(CUSTOMER) == usd("10") - usd("1.15") + usd(refund)
    await assert_ledger_balances(shop.db)


async def test_an_order_the_panel_refuses_gives_the_discount_back(promo_shop: Shop) -> None:
    shop = promo_shop
    await shop.credit(CUSTOMER, "10")
    await say(shop, ADMIN_ID, "/promo add WELCOME discount 15%")
    await say(shop, CUSTOMER, "/promo WELCOME")
    draft = OrderDraft(service_id=1, link="https://instagram.com/x", quantity=1500)
    outcome = await shop.place(draft, "tok-refused", fault="error:Incorrect link")
    assert outcome.order is not None and outcome.order.price == usd("1.15")
    assert await shop.balance(CUSTOMER) == usd("10")
    assert [r[2] for r in await redemptions(shop)] == ["pending"]
    outcome = await shop.place(draft, "tok-next")
    assert outcome.order is not None and outcome.order.price == usd("1.15")
    await assert_ledger_balances(shop.db)


async def test_stats_show_bonuses_by_code(promo_shop: Shop) -> None:
    shop = promo_shop
    await say(shop, ADMIN_ID, "/promo add GIFT5 bonus 5")
    for user in (CUSTOMER, OTHER):
        await say(shop, user, "/promo GIFT5")
    stats = await say(shop, ADMIN_ID, "/stats")
    assert "GIFT5: bonuses given: 2 · 10.00 USD" in stats
    await assert_ledger_balances(shop.db)
