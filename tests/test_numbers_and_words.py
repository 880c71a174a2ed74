"""Numbers and words each language's way (issue 27, item 9), through the real Dispatcher in the
language each is about: amounts with the language's decimal separator (and typed amounts read
with either), Telegram's own word for Stars, Russian "Предварительно" and "всего N", Arabic
counts of 100 and more in the singular, "الطلب رقم N" after Arabic words, and the admins'
ledger writing a debit with the same minus sign as the customer's history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiogram.methods import SendInvoice
from aiogram.types import ReplyKeyboardMarkup

from bot.i18n import RLM
from bot.ui.keyboards.callbacks import (
    HistoryCb,
    MenuCb,
    OrderServiceCb,
    TopupAmountCb,
    TopupMethodCb,
    WalletCb,
)
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.payments_helpers import ADMINS, MANUAL_TEXT
from tests.test_admin import place
from tests.test_admin_i18n import speaks
from tests.test_bidi_lines import texts

MINUS = "\u2212"  # the minus sign of the customer's history


@pytest.fixture
async def pay_shop(make_shop: Callable[..., Any]) -> Shop:
    """Stars at 60 a unit and transfers with a receipt."""
    shop: Shop = await make_shop(
        admin_ids=ADMINS, stars_per_unit="60", manual_payment_text=MANUAL_TEXT
    )
    await shop.harness.send(ADMIN_ID, "/admin")
    return shop


async def customer_speaks(shop: Shop, lang: str) -> None:
    await shop.harness.send(CUSTOMER, "/start")
    await speaks(shop, CUSTOMER, lang)


# -- amounts -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", "1.17 USD"),
        ("ru", "1,17 USD"),
        ("tr", "1,17 USD"),
        ("uz", "1,17 USD"),  # CLDR's uz_Latn: a comma
        ("ar", "1.17 USD"),  # Western digits and the point, as before
        ("fa", "1.17 USD"),
    ],
)
async def test_the_balance_is_written_with_the_languages_decimal_separator(
    shop: Shop, lang: str, shown: str
) -> None:
    await shop.credit(CUSTOMER, "1.17")
    await customer_speaks(shop, lang)
    await shop.harness.send(CUSTOMER, "/wallet")
    assert shown in shop.harness.last_text(CUSTOMER)
    other = "1.17 USD" if "," in shown else "1,17 USD"
    assert other not in shop.harness.last_text(CUSTOMER)


@pytest.mark.parametrize("typed", ["2,5", "2.5"])
async def test_a_typed_amount_takes_either_separator_and_is_shown_the_russian_way(
    pay_shop: Shop, typed: str
) -> None:
    h = pay_shop.harness
    await customer_speaks(pay_shop, "ru")
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, WalletCb(act="add").pack())
    await h.press(CUSTOMER, TopupMethodCb(m="manual").pack())
    assert "<b>1,00</b>" in h.last_text(CUSTOMER)  # the range: from 1,00 to ...
    await h.send(CUSTOMER, typed)
    assert "Перевод 2,50 USD" in h.last_text(CUSTOMER)


async def test_an_order_summary_and_its_quick_picks_in_turkish(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await customer_speaks(shop, "tr")
    await h.press(CUSTOMER, OrderServiceCb(id=1).pack())
    await h.send(CUSTOMER, "https://instagram.com/shop_owner")
    assert "0,90 USD" in h.last_text(CUSTOMER)
    assert all("." not in label.split(" · ")[-1] for label, _ in h.buttons(CUSTOMER)[:3])
    await h.send(CUSTOMER, "1300")
    text = h.last_text(CUSTOMER)
    assert "<b>1,17 USD</b>" in text and "10,00 USD → 8,83 USD" in text


# -- Stars -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "rate_line", "invoice"),
    [
        ("en", "60 Stars", "300 Stars"),
        ("ru", "60 звёзд", "300 звёзд"),
        ("ar", "\u206860\u2069 \u2068نجمة\u2069", "\u2068300\u2069 \u2068نجمة\u2069"),
        ("fa", "\u206860\u2069 \u2068ستاره\u2069", "\u2068300\u2069 \u2068ستاره\u2069"),
        ("tr", "60 yıldız", "300 yıldız"),
        ("uz", "60 yulduz", "300 yulduz"),
    ],
)
async def test_stars_are_counted_in_telegrams_word(
    pay_shop: Shop, lang: str, rate_line: str, invoice: str
) -> None:
    h = pay_shop.harness
    await customer_speaks(pay_shop, lang)
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, WalletCb(act="add").pack())
    await h.press(CUSTOMER, TopupMethodCb(m="stars").pack())
    assert rate_line in h.last_text(CUSTOMER)
    calls = await h.press(CUSTOMER, TopupAmountCb(m="stars", i=0).pack())  # 5 USD: 300 Stars
    assert len(h.session.calls_of(SendInvoice)) == 1
    told = "\n".join(texts(calls))
    assert invoice in told, told
    assert lang == "en" or " Stars" not in told


# -- Russian words -----------------------------------------------------------------------------
async def test_a_drip_feed_order_in_russian_says_predvaritelno_and_vsego(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await customer_speaks(shop, "ru")
    await h.press(CUSTOMER, OrderServiceCb(id=2).pack())
    await h.send(CUSTOMER, "https://instagram.com/p/ABC123/")
    await h.send(CUSTOMER, "100")  # per run; the runs are asked next
    runs = h.last_text(CUSTOMER)
    assert "🧾 Предварительно: 100 × 0,45 USD за 1000" in runs and "Пока:" not in runs
    await h.send(CUSTOMER, "5")
    interval = h.last_text(CUSTOMER)
    assert "5 запусков по 100, всего <b>500</b>." in interval and "всего." not in interval


# -- Arabic ------------------------------------------------------------------------------------
async def test_an_arabic_drip_feed_counts_100_runs_and_minutes_in_the_singular(
    shop: Shop,
) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await customer_speaks(shop, "ar")
    await h.press(CUSTOMER, OrderServiceCb(id=2).pack())
    await h.send(CUSTOMER, "https://instagram.com/p/ABC123/")
    await h.send(CUSTOMER, "10")
    await h.send(CUSTOMER, "100")  # runs
    await h.send(CUSTOMER, "120")  # minutes between them
    summary = h.last_text(CUSTOMER)
    assert "\u2068100\u2069 دفعة" in summary and "\u2068120\u2069 دقيقة" in summary
    assert "من الدفعات" not in summary and "من الدقائق" not in summary


async def test_an_arabic_order_card_says_order_number(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await customer_speaks(shop, "ar")
    order = await place(shop, CUSTOMER, "owner")
    await h.press(CUSTOMER, MenuCb(to="orders").pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, f"{order}"))
    card = h.last_text(CUSTOMER)
    assert f"الطلب رقم \u2068{order}\u2069" in card and f"#\u2068{order}\u2069" not in card
    await assert_ledger_balances(shop.db)


# -- the minus sign ----------------------------------------------------------------------------
async def test_the_admins_ledger_writes_a_debit_with_the_historys_minus_sign(shop: Shop) -> None:
    h = shop.harness
    await h.send(ADMIN_ID, "/admin")
    await shop.credit(CUSTOMER, "10")
    await h.send(CUSTOMER, "/start")
    await place(shop, CUSTOMER, "owner")  # 0.90 USD
    await h.press(CUSTOMER, HistoryCb(page=0).pack())
    assert f"{MINUS}0.90 USD" in h.last_text(CUSTOMER)
    await h.send(ADMIN_ID, f"/user {CUSTOMER}")
    admin = h.last_text(ADMIN_ID)
    assert f"{MINUS}0.90 USD" in admin and "-0.90 USD" not in admin
    await assert_ledger_balances(shop.db)


# -- the reply keyboard in Arabic --------------------------------------------------------------
@pytest.mark.parametrize("lang", ["ar", "fa"])
async def test_a_right_to_left_reply_keyboard_label_tapped_opens_its_screen(
    shop: Shop, lang: str
) -> None:
    """The label is sent with the RLM that begins every right-to-left line; Telegram sends it
    back as it is, and it must not be taken for a search."""
    h = shop.harness
    t = shop.services.i18n.get(lang)
    await h.send(CUSTOMER, "/start", language_code=lang)
    keyboard = next(
        m.reply_markup
        for m in reversed(h.session.sent_messages(CUSTOMER))
        if isinstance(m.reply_markup, ReplyKeyboardMarkup)
    )
    label = keyboard.keyboard[0][1].text  # My orders
    assert label == t("kb-my-orders") and label.startswith(RLM)
    await h.send(CUSTOMER, label, language_code=lang)
    assert h.last_text(CUSTOMER) == t("my-orders-empty-offer")
