"""Short of money (issue 27, item 5), through the real Dispatcher in English and Russian: the
summary's one balance line, the "Top up <what is missing>" button (rounded up to the shop's
step, at least TOPUP_MIN, at most TOPUP_MAX), the ways to pay for exactly that amount, and the
way back to the order once it is paid; the Stars amount buttons with their Stars; the range
of a typed amount with its currency once."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, SendInvoice

from bot.i18n import I18n
from bot.payments.stars import stars_for
from bot.ui.keyboards.callbacks import (
    OrderServiceCb,
    ResumeOrderCb,
    TopupAmountCb,
    TopupForCb,
    TopupMethodCb,
    TopupPayCb,
    WalletCb,
)
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.payments_helpers import (
    ADMINS,
    MANUAL_TEXT,
    approve,
    balanced,
    outbox,
    pre_checkout,
    successful_payment,
    topup_rows,
)

RU = I18n().get("ru")
LINK = "https://instagram.com/shop_owner"
FOLLOWERS = 1  # Instagram Followers: 0.90 USD per 1000


@pytest.fixture
async def pay_shop(make_shop: Callable[..., Any]) -> Shop:
    """Stars at 60 a unit and transfers with a receipt."""
    shop: Shop = await make_shop(
        admin_ids=ADMINS, stars_per_unit="60", manual_payment_text=MANUAL_TEXT
    )
    await shop.harness.send(ADMIN_ID, "/admin")
    return shop


async def speaks(shop: Shop, user: int, language: str) -> None:
    await shop.harness.send(user, "/start")
    async with shop.db.transaction() as repos:
        await repos.users.set_language(user, language)


async def summary_of(shop: Shop, quantity: int, user: int = CUSTOMER) -> str:
    """The order form of Followers filled in; the summary it ends on."""
    h = shop.harness
    await h.send(user, "/start")
    await h.press(user, OrderServiceCb(id=FOLLOWERS).pack())
    await h.send(user, LINK)
    await h.send(user, str(quantity))
    return h.last_text(user)


def first_button(shop: Shop, user: int = CUSTOMER) -> tuple[str, str]:
    return shop.harness.buttons(user)[0]


# -- the summary -------------------------------------------------------------------------------
async def test_summary_says_the_balance_and_what_is_missing_on_one_line(pay_shop: Shop) -> None:
    await pay_shop.credit(CUSTOMER, "0.04")
    text = await summary_of(pay_shop, 2000)  # 1.80 USD
    assert text.endswith("Total: <b>1.80 USD</b>\nBalance: 0.04 USD · 1.76 USD missing")
    assert "→" not in text and "Not enough" not in text
    assert first_button(pay_shop) == ("➕ Top up 1.76 USD", TopupForCb(a="1.76").pack())
    assert not any("Confirm" in label for label, _ in pay_shop.harness.buttons(CUSTOMER))
    await balanced(pay_shop)


async def test_summary_in_russian(pay_shop: Shop) -> None:
    await speaks(pay_shop, CUSTOMER, "ru")
    await pay_shop.credit(CUSTOMER, "0.04")
    text = await summary_of(pay_shop, 2000)
    assert text.endswith("Итого: <b>1,80 USD</b>\nБаланс: 0,04 USD · не хватает 1,76 USD")
    assert first_button(pay_shop) == ("➕ Пополнить на 1,76 USD", TopupForCb(a="1.76").pack())
    await pay_shop.harness.press(CUSTOMER, TopupForCb(a="1.76").pack())
    assert pay_shop.harness.last_text(CUSTOMER) == RU("topup-for-methods", amount="1,76 USD")
    assert "Пополнение на 1,76 USD" in pay_shop.harness.last_text(CUSTOMER)
    labels = [label for label, _ in pay_shop.harness.buttons(CUSTOMER)]
    assert labels[:3] == [RU("method-stars"), RU("method-manual"), RU("btn-other-amount")]
    assert RU("btn-back-to-order") in labels
    await balanced(pay_shop)


async def test_a_covered_summary_keeps_the_balance_after(pay_shop: Shop) -> None:
    await pay_shop.credit(CUSTOMER, "5")
    text = await summary_of(pay_shop, 2000)
    assert text.endswith("Balance: 5.00 USD → 3.20 USD")
    assert first_button(pay_shop)[0] == "✅ Confirm"


async def test_the_button_rounds_up_to_the_shops_step(pay_shop: Shop) -> None:
    """A balance with more decimals than the shop shows (a partial refund leaves such): what is
    missing is rounded up, never short of the order."""
    await pay_shop.credit(CUSTOMER, "0.04001")
    text = await summary_of(pay_shop, 2000)  # 1.80 - 0.04001 = 1.75999 missing
    assert "Balance: 0.04 USD · 1.76 USD missing" in text
    assert first_button(pay_shop) == ("➕ Top up 1.76 USD", TopupForCb(a="1.76").pack())
    await balanced(pay_shop)


async def test_the_button_tops_up_at_least_topup_min(pay_shop: Shop) -> None:
    await pay_shop.credit(CUSTOMER, "1.50")
    text = await summary_of(pay_shop, 2000)
    assert "Balance: 1.50 USD · 0.30 USD missing" in text
    assert first_button(pay_shop) == ("➕ Top up 1.00 USD", TopupForCb(a="1.00").pack())
    await balanced(pay_shop)


async def test_above_topup_max_the_button_offers_the_most_and_says_so(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(
        manual_payment_text=MANUAL_TEXT, topup_min="1", topup_max="1.50", topup_amounts="1"
    )
    text = await summary_of(shop, 2000)  # 1.80 missing, one top-up at most 1.50
    assert "Balance: 0.00 USD · 1.80 USD missing" in text
    assert "One top-up is at most 1.50 USD" in text
    assert first_button(shop) == ("➕ Top up 1.50 USD", TopupForCb(a="1.50").pack())
    await shop.harness.press(CUSTOMER, TopupForCb(a="1.50").pack())
    await shop.harness.press(CUSTOMER, TopupPayCb(m="manual", a="1.50").pack())
    assert "Transfer 1.50 USD" in shop.harness.last_text(CUSTOMER)


# -- straight to the ways to pay, and back to the order ----------------------------------------
async def test_top_up_by_stars_for_exactly_what_is_missing_then_back_to_the_order(
    pay_shop: Shop,
) -> None:
    h = pay_shop.harness
    await pay_shop.credit(CUSTOMER, "0.04")
    await summary_of(pay_shop, 2000)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Top up 1.76 USD"))
    assert h.last_text(CUSTOMER) == "➕ <b>Top up 1.76 USD</b>\n\nChoose how to pay."
    buttons = h.buttons(CUSTOMER)
    assert buttons[:2] == [
        ("⭐ Telegram Stars", TopupPayCb(m="stars", a="1.76").pack()),
        ("🏦 Transfer with a receipt", TopupPayCb(m="manual", a="1.76").pack()),
    ]
    assert "🧾 Back to my order" in [label for label, _ in buttons]
    await h.press(CUSTOMER, TopupPayCb(m="stars", a="1.76").pack())  # no amount step
    (sent,) = h.session.calls_of(SendInvoice)
    stars = stars_for(Decimal("1.76"), Decimal(60))
    assert [p.amount for p in sent.prices] == [stars] == [106]
    (row,) = await topup_rows(pay_shop)
    assert row.amount == 176_000 and row.resume
    await h.feed(pre_checkout(CUSTOMER, sent.payload, stars))
    await h.feed(successful_payment(CUSTOMER, sent.payload, stars, "charge-short-1"))
    assert "Back to my order" in str(h.last_markup(CUSTOMER))
    await h.press(CUSTOMER, ResumeOrderCb().pack())
    summary = h.last_text(CUSTOMER)
    assert "Quantity: 2000" in summary and summary.endswith("Balance: 1.80 USD → 0.00 USD")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    assert "Order placed" in h.last_text(CUSTOMER)
    assert await pay_shop.balance(CUSTOMER) == 0
    await balanced(pay_shop)


async def test_top_up_by_an_approved_receipt_comes_back_to_the_order(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await speaks(pay_shop, CUSTOMER, "ru")
    await summary_of(pay_shop, 2000)
    await h.press(CUSTOMER, TopupForCb(a="1.80").pack())
    await h.press(CUSTOMER, TopupPayCb(m="manual", a="1.80").pack())
    assert RU("transfer-instructions", amount="1,80 USD", instructions="") in (
        h.last_text(CUSTOMER).replace("Card 4000 1234 &lt;Test Bank&gt; &amp; Co", "")
    )
    await h.send(CUSTOMER, "REF-180")
    (row,) = await topup_rows(pay_shop)
    assert row.amount == 180_000 and row.resume
    await approve(pay_shop, ADMIN_ID, row.id)
    (notice,) = await outbox(pay_shop, CUSTOMER)
    assert RU("btn-back-to-order") in (notice.reply_markup or "")
    await h.press(CUSTOMER, ResumeOrderCb().pack())
    assert h.last_text(CUSTOMER).endswith("Баланс: 1,80 USD → 0,00 USD")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, RU("btn-confirm")))
    assert await pay_shop.balance(CUSTOMER) == 0
    await balanced(pay_shop)


async def test_another_amount_still_comes_back_to_the_order(pay_shop: Shop) -> None:
    h = pay_shop.harness
    await summary_of(pay_shop, 2000)
    await h.press(CUSTOMER, TopupForCb(a="1.80").pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Another amount"))
    assert "🧾 Back to my order" in [label for label, _ in h.buttons(CUSTOMER)]
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    await h.send(CUSTOMER, "5")
    await h.send(CUSTOMER, "REF-5")
    (row,) = await topup_rows(pay_shop)
    assert row.amount == 500_000 and row.resume


@pytest.mark.parametrize(
    "data",
    [
        TopupForCb(a="0.50").pack(),  # under TOPUP_MIN
        TopupForCb(a="5000").pack(),  # over TOPUP_MAX
        TopupForCb(a="1.234").pack(),  # finer than the shop's step
        TopupForCb(a="abc").pack(),
        TopupPayCb(m="stars", a="999").pack(),  # more than one Stars invoice buys
        TopupPayCb(m="cryptobot", a="5").pack(),  # not configured
        TopupPayCb(m="manual", a="-1").pack(),
    ],
)
async def test_a_forged_amount_is_refused_and_changes_nothing(pay_shop: Shop, data: str) -> None:
    h = pay_shop.harness
    await summary_of(pay_shop, 2000)
    calls = await h.press(CUSTOMER, data)
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers[0].text == "This button is no longer valid." and answers[0].show_alert
    assert h.session.calls_of(SendInvoice) == []
    assert await topup_rows(pay_shop) == []


async def test_a_method_that_cannot_take_the_amount_is_not_offered(
    make_shop: Callable[..., Any],
) -> None:
    """One Stars invoice buys at most 16.66 USD here: a larger amount is offered by transfer
    only, and a forged Stars button for it sends no invoice."""
    shop: Shop = await make_shop(
        stars_per_unit="60", stars_max_per_invoice=1000, manual_payment_text=MANUAL_TEXT
    )
    h = shop.harness
    await summary_of(shop, 20000)  # 18.00 USD
    await h.press(CUSTOMER, TopupForCb(a="18.00").pack())
    assert [label for label, _ in h.buttons(CUSTOMER)][:2] == [
        "🏦 Transfer with a receipt",
        "✏️ Another amount",
    ]
    calls = await h.press(CUSTOMER, TopupPayCb(m="stars", a="18.00").pack())
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers[0].show_alert and h.session.calls_of(SendInvoice) == []


# -- the Stars amount buttons and the range ----------------------------------------------------
async def stars_screen(shop: Shop) -> list[str]:
    h = shop.harness
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, WalletCb(act="add").pack())
    await h.press(CUSTOMER, TopupMethodCb(m="stars").pack())
    prefix = TopupAmountCb.__prefix__
    return [label for label, data in h.buttons(CUSTOMER) if data.startswith(prefix)]


async def test_stars_amount_buttons_show_their_stars_and_the_range_its_currency_once(
    pay_shop: Shop,
) -> None:
    labels = await stars_screen(pay_shop)
    assert labels == [
        "5.00 USD · 300 ⭐",
        "10.00 USD · 600 ⭐",
        "25.00 USD · 1500 ⭐",
        "50.00 USD · 3000 ⭐",
    ]
    text = pay_shop.harness.last_text(CUSTOMER)
    assert "from <b>1.00</b> to <b>166.66 USD</b>." in text  # 10000 Stars an invoice
    assert text.count("USD") == 2  # the range, and the rate line's "1 USD"
    # Transfers: no Stars on their buttons.
    h = pay_shop.harness
    await h.press(CUSTOMER, WalletCb(act="add").pack())
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    assert [label for label, _ in h.buttons(CUSTOMER)][:2] == ["5.00 USD", "10.00 USD"]
    assert "from <b>1.00</b> to <b>1000.00 USD</b>." in h.last_text(CUSTOMER)


async def test_stars_amount_buttons_round_their_stars_up(make_shop: Callable[..., Any]) -> None:
    shop: Shop = await make_shop(stars_per_unit="45.5", topup_amounts="5,10")
    assert await stars_screen(shop) == ["5.00 USD · 228 ⭐", "10.00 USD · 455 ⭐"]


async def test_stars_screen_in_russian(pay_shop: Shop) -> None:
    await speaks(pay_shop, CUSTOMER, "ru")
    labels = await stars_screen(pay_shop)
    assert labels[0] == "5,00 USD · 300 ⭐"
    assert "от <b>1,00</b> до <b>166,66 USD</b>." in pay_shop.harness.last_text(CUSTOMER)
