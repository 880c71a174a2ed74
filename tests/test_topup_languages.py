"""Top-ups in the reader's language, through the real Dispatcher: the customer's notices and
screens in theirs, every admin's receipt copy (and its later edit) in that admin's, amounts
typed in Arabic-Indic or Persian digits read as the same amount.

The Arabic and Persian files are still copies of English while the translators work, so each
check also asserts what only a right-to-left rendering has: the amount isolated (FSI … PDI)."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import (
    AnswerCallbackQuery,
    AnswerPreCheckoutQuery,
    EditMessageText,
    SendInvoice,
    SendMessage,
)

from bot.domain.money import to_minor
from bot.i18n import FSI, PDI, I18n, Translator
from bot.telegram.outbox_sender import OutboxSender, SendLimits
from bot.ui.keyboards.callbacks import TopupDecisionCb, TopupMethodCb, WalletCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.fakes.cryptopay_server import FakeCryptoPay, start_cryptopay_server
from tests.payments_helpers import (
    ADMIN_2,
    ADMINS,
    CRYPTO_TOKEN,
    MANUAL_TEXT,
    approve,
    balanced,
    ledger,
    outbox,
    pre_checkout,
    successful_payment,
    topup_rows,
)

OTHER = 2002
I18N = I18n()
EN, AR, FA = (I18N.get(lang) for lang in ("en", "ar", "fa"))
FAST = SendLimits(per_second=1000, per_chat_interval=0, backoff=0.01)


def isolated(text: str) -> str:
    return f"{FSI}{text}{PDI}"


async def speaks(shop: Shop, user: int, language: str) -> None:
    """`user` has written to the bot and chosen `language`."""
    await shop.harness.send(user, "/start")
    async with shop.db.transaction() as repos:
        await repos.users.set_language(user, language)


async def deliver(shop: Shop) -> None:
    """Sends everything queued, as the outbox sender task does."""
    sender = OutboxSender(
        shop.db, shop.harness.bot, shop.services.notifier, shop.services.notices, FAST
    )
    while await sender.drain():
        pass


def sent_to(shop: Shop, chat: int) -> list[SendMessage]:
    return shop.harness.session.sent_messages(chat)


def labels(markup: Any) -> list[str]:
    return [button.text for row in markup.inline_keyboard for button in row]


def receipt_copy(t: Translator, row: Any, amount: str, text: str) -> str:
    """An admin's copy of the customer's receipt, as `t` renders it."""
    return t(
        "admin-receipt-copy",
        id=row.id,
        amount=amount,
        name="User",
        user_id=CUSTOMER,
        when=t.datetime(row.created_at),
        text=t("admin-receipt-copy-text", text=text),
    )


async def open_method(shop: Shop, user: int, method: str) -> None:
    h = shop.harness
    await h.send(user, "/wallet")
    await h.press(user, WalletCb(act="add").pack())
    await h.press(user, TopupMethodCb(m=method).pack())


# -- transfers: the customer in Arabic, one admin in Persian, one never seen (the default) ------


@pytest.fixture
async def transfer_shop(make_shop: Callable[..., Any]) -> Shop:
    # ADMIN_2 never writes to the bot: no users row, so the shop's default language.
    shop: Shop = await make_shop(admin_ids=ADMINS, manual_payment_text=MANUAL_TEXT)
    await speaks(shop, CUSTOMER, "ar")
    await speaks(shop, ADMIN_ID, "fa")
    return shop


async def test_receipt_copies_and_edits_in_each_admins_language_the_notice_in_the_customers(
    transfer_shop: Shop,
) -> None:
    shop, h = transfer_shop, transfer_shop.harness
    await open_method(shop, CUSTOMER, "manual")
    await h.send(CUSTOMER, "10")
    await h.send(CUSTOMER, "TRX-1")
    (row,) = await topup_rows(shop)
    assert h.last_text(CUSTOMER) == AR("receipt-sent", id=row.id, amount="10.00 USD")

    def copy(t: Translator) -> str:
        return receipt_copy(t, row, "10.00 USD", "TRX-1")

    (persian,) = sent_to(shop, ADMIN_ID)[-1:]
    (english,) = sent_to(shop, ADMIN_2)
    assert persian.text == copy(FA) and isolated("10.00 USD") in persian.text
    assert english.text == copy(EN) and FSI not in english.text and PDI not in english.text
    assert labels(persian.reply_markup) == [FA("admin-btn-approve"), FA("admin-btn-reject")]
    assert labels(english.reply_markup) == [EN("admin-btn-approve"), EN("admin-btn-reject")]

    await h.press(ADMIN_ID, TopupDecisionCb(act="ok", id=row.id).pack())
    # The question before crediting, in the admin's language: the amount and the customer.
    assert h.last_text(ADMIN_ID) == FA(
        "admin-receipt-confirm",
        id=row.id,
        amount="10.00 USD",
        name="User",
        user_id=CUSTOMER,
        seen="",
    )
    assert labels(h.last_markup(ADMIN_ID)) == [
        FA("admin-btn-approve-sure", amount="10.00 USD"),
        FA("admin-btn-back"),
    ]
    assert await shop.balance(CUSTOMER) == 0
    calls = await h.press(ADMIN_ID, TopupDecisionCb(act="sure", id=row.id).pack())
    answer = calls[0].method
    assert isinstance(answer, AnswerCallbackQuery)
    assert answer.text == FA(
        "admin-receipt-approved", id=row.id, amount="10.00 USD", user_id=CUSTOMER
    )
    (row,) = await topup_rows(shop)
    assert row.state == "paid" and row.decided_at is not None

    def decided(t: Translator) -> str:
        return copy(t) + t(
            "admin-receipt-approved-by",
            name="User",
            when=t.datetime(row.decided_at),
            amount="10.00 USD",
        )

    edits = {int(e.chat_id or 0): e for e in h.session.calls_of(EditMessageText, ok=True)}
    persian_edit, english_edit = edits[ADMIN_ID].text or "", edits[ADMIN_2].text or ""
    assert persian_edit == decided(FA) and isolated("10.00 USD") in persian_edit
    assert english_edit == decided(EN) and FSI not in english_edit
    assert edits[ADMIN_ID].reply_markup is None and edits[ADMIN_2].reply_markup is None

    await deliver(shop)
    (notice,) = sent_to(shop, CUSTOMER)[-1:]
    assert notice.text == AR(
        "topup-credited-notice",
        amount="10.00 USD",
        method=AR("method-manual"),
        balance="10.00 USD",
    )
    assert isolated("10.00 USD") in notice.text
    assert labels(notice.reply_markup) == [AR("btn-wallet"), AR("btn-home")]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await balanced(shop)


async def test_a_rejection_reaches_the_customer_in_their_language(transfer_shop: Shop) -> None:
    shop, h = transfer_shop, transfer_shop.harness
    await open_method(shop, CUSTOMER, "manual")
    await h.send(CUSTOMER, "7")
    await h.send(CUSTOMER, "TRX-2")
    (row,) = await topup_rows(shop)
    await h.press(ADMIN_ID, TopupDecisionCb(act="no", id=row.id).pack())
    assert h.last_text(ADMIN_ID) == FA("admin-receipt-ask-reason", id=row.id, amount="7.00 USD")
    await h.send(ADMIN_ID, "No <such> transfer")
    assert h.last_text(ADMIN_ID) == FA("admin-receipt-rejected", id=row.id)
    (notice,) = await outbox(shop, CUSTOMER)
    assert notice.text == AR(
        "topup-rejected-notice",
        id=row.id,
        amount="7.00 USD",
        reason=AR("topup-rejected-reason", reason="No &lt;such&gt; transfer"),
    )
    assert isolated("7.00 USD") in notice.text
    (row,) = await topup_rows(shop)
    assert row.state == "rejected" and row.decided_at is not None
    edits = {
        int(e.chat_id or 0): e.text or "" for e in h.session.calls_of(EditMessageText, ok=True)
    }
    for admin, t in ((ADMIN_ID, FA), (ADMIN_2, EN)):
        assert edits[admin].endswith(
            t(
                "admin-receipt-rejected-by",
                name="User",
                when=t.datetime(row.decided_at),
                reason=t("admin-receipt-reason", reason="No &lt;such&gt; transfer"),
            )
        )
    assert FSI in edits[ADMIN_ID] and FSI not in edits[ADMIN_2]
    assert await shop.balance(CUSTOMER) == 0
    await balanced(shop)


async def test_an_admin_without_a_row_reads_the_shops_default_language(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(
        admin_ids=ADMINS, manual_payment_text=MANUAL_TEXT, default_language="fa"
    )
    await speaks(shop, CUSTOMER, "en")
    await speaks(shop, ADMIN_ID, "en")
    await open_method(shop, CUSTOMER, "manual")
    await shop.harness.send(CUSTOMER, "5")
    await shop.harness.send(CUSTOMER, "TRX-3")
    (row,) = await topup_rows(shop)

    def copy(t: Translator) -> str:
        return receipt_copy(t, row, "5.00 USD", "TRX-3")

    (english,) = sent_to(shop, ADMIN_ID)[-1:]
    (default,) = sent_to(shop, ADMIN_2)
    assert english.text == copy(EN) and FSI not in english.text
    assert default.text == copy(FA) and isolated("5.00 USD") in default.text
    await balanced(shop)


# -- amounts typed in other scripts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("١٢٫٥", "12.50"),  # Arabic-Indic digits and decimal separator
        ("۱۲٫۵", "12.50"),  # Persian digits
        ("١٢,٥٠", "12.50"),
        ("٧", "7"),
        ("12.5", "12.50"),
    ],
)
async def test_amounts_in_arabic_indic_or_persian_digits_are_the_same_amount(
    transfer_shop: Shop, typed: str, amount: str
) -> None:
    shop, h = transfer_shop, transfer_shop.harness
    await open_method(shop, CUSTOMER, "manual")
    await h.send(CUSTOMER, typed)
    shown = f"{Decimal(amount):.2f} USD"
    instructions = html.escape(MANUAL_TEXT, quote=False)
    assert h.last_text(CUSTOMER) == AR(
        "transfer-instructions", amount=shown, instructions=instructions
    )
    await h.send(CUSTOMER, "TRX-9")
    (row,) = await topup_rows(shop)
    assert row.amount == to_minor(Decimal(amount))
    await approve(shop, ADMIN_ID, row.id)
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(amount))
    await balanced(shop)


@pytest.mark.parametrize(
    ("typed", "key", "args"),
    [
        ("١٢٫٥٠٥", "amount-too-precise", {"decimals": 2}),
        ("١٬٠٠٠", "amount-too-big", {"high": "100.00 USD"}),  # the thousands separator
        ("٠", "amount-too-small", {"low": "1.00 USD"}),
        ("١e٣", "amount-not-a-number", {}),
    ],
)
async def test_bad_amounts_in_other_digits_are_explained_in_the_customers_language(
    make_shop: Callable[..., Any], typed: str, key: str, args: dict[str, Any]
) -> None:
    shop: Shop = await make_shop(manual_payment_text=MANUAL_TEXT, topup_max="100")
    await speaks(shop, CUSTOMER, "ar")
    await open_method(shop, CUSTOMER, "manual")
    await shop.harness.send(CUSTOMER, typed)
    assert shop.harness.last_text(CUSTOMER) == AR(key, **args)
    assert await topup_rows(shop) == []
    await balanced(shop)


# -- Telegram Stars -----------------------------------------------------------------------------


async def test_stars_invoice_receipt_and_refusal_in_the_payers_language(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    h = shop.harness
    await speaks(shop, CUSTOMER, "ar")
    await speaks(shop, ADMIN_ID, "fa")
    await speaks(shop, OTHER, "en")
    await open_method(shop, CUSTOMER, "stars")
    await h.send(CUSTOMER, "١٠")  # ten, in Arabic-Indic digits
    sent = h.session.calls_of(SendInvoice)[-1]
    assert [p.amount for p in sent.prices] == [455]  # the price of 10, like "10" typed
    assert sent.title == AR("stars-invoice-title") == sent.prices[0].label
    assert sent.description == AR("stars-invoice-description", amount="10.00 USD")
    assert isolated("10.00 USD") in sent.description
    assert h.last_text(CUSTOMER) == AR("stars-invoice-above", stars=455, amount="10.00 USD")

    await h.feed(pre_checkout(CUSTOMER, sent.payload, 455))
    await h.feed(successful_payment(CUSTOMER, sent.payload, 455, "charge-ar"))
    assert h.last_text(CUSTOMER) == AR(
        "stars-receipt", stars=455, amount="10.00 USD", balance="10.00 USD", charge="charge-ar"
    )
    # Paid already: refused in the payer's language (no user middleware runs for these).
    calls = await h.feed(pre_checkout(CUSTOMER, sent.payload, 455))
    refusal = calls[0].method
    assert isinstance(refusal, AnswerPreCheckoutQuery) and not refusal.ok
    assert refusal.error_message == AR("stars-refused-used")

    # Paid by someone else: nothing credited, each admin alerted in their own language.
    await h.feed(successful_payment(OTHER, sent.payload, 455, "charge-x"))
    assert h.last_text(OTHER) == EN("stars-not-credited")

    def alert(t: Translator) -> str:
        return t(
            "admin-stars-mismatch-alert",
            problem=t("admin-stars-problem-user"),
            user_id=OTHER,
            stars=455,
            charge="charge-x",
        )

    (persian,) = [m.text for m in await outbox(shop, ADMIN_ID)]
    (english,) = [m.text for m in await outbox(shop, ADMIN_2)]
    assert persian == alert(FA) and isolated("charge-x") in persian
    assert english == alert(EN) and FSI not in english
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    assert await shop.balance(OTHER) == 0
    await balanced(shop)


# -- Crypto Bot ---------------------------------------------------------------------------------


@pytest.fixture
async def crypto_shop(make_shop: Callable[..., Any]) -> AsyncIterator[tuple[Shop, FakeCryptoPay]]:
    fake = FakeCryptoPay(token=CRYPTO_TOKEN)
    runner, url = await start_cryptopay_server(fake)
    shop: Shop = await make_shop(
        admin_ids=ADMINS,
        crypto_pay_token=CRYPTO_TOKEN,
        crypto_pay_api_url=url,
        crypto_pay_assets="USDT,TON",
    )
    yield shop, fake
    assert shop.services.cryptopay is not None
    await shop.services.cryptopay.close()
    await runner.cleanup()


async def test_crypto_invoices_and_their_credit_notices_in_each_customers_language(
    crypto_shop: tuple[Shop, FakeCryptoPay],
) -> None:
    shop, fake = crypto_shop
    h = shop.harness
    await speaks(shop, CUSTOMER, "fa")
    await speaks(shop, OTHER, "en")
    await speaks(shop, ADMIN_ID, "ar")
    await open_method(shop, CUSTOMER, "cryptobot")
    await h.send(CUSTOMER, "۱۲٫۵")  # 12.5 in Persian digits
    await open_method(shop, OTHER, "cryptobot")
    await h.send(OTHER, "12.5")
    persian_invoice, english_invoice = fake.calls("createInvoice")
    assert persian_invoice["amount"] == english_invoice["amount"] == "12.5"
    assert persian_invoice["description"] == FA("stars-invoice-description", amount="12.50 USD")
    assert english_invoice["description"] == EN("stars-invoice-description", amount="12.50 USD")
    assert h.last_text(CUSTOMER) == FA(
        "crypto-invoice", amount="12.50 USD", assets="USDT, TON", minutes=60
    )
    assert labels(h.last_markup(CUSTOMER))[0] == FA("btn-pay", amount="12.50 USD")

    first, second = list(fake.invoices)
    fake.pay(first)
    fake.pay(second)
    assert (await shop.services.crypto.poll_once()).credited == 2
    await deliver(shop)
    for user, t in ((CUSTOMER, FA), (OTHER, EN)):
        (notice,) = sent_to(shop, user)[-1:]
        assert notice.text == t(
            "topup-credited-notice",
            amount="12.50 USD",
            method=t("method-cryptobot"),
            balance="12.50 USD",
        )
        assert (isolated("12.50 USD") in notice.text) == (t is FA)
        assert await shop.balance(user) == to_minor(Decimal("12.5"))
    assert [(e.method, e.amount) for e in await ledger(shop, CUSTOMER)] == [
        ("cryptobot", to_minor(Decimal("12.5")))
    ]
    await balanced(shop)


async def test_a_crypto_amount_alert_goes_to_each_admin_in_their_language(
    crypto_shop: tuple[Shop, FakeCryptoPay],
) -> None:
    shop, fake = crypto_shop
    await speaks(shop, CUSTOMER, "en")
    await speaks(shop, ADMIN_ID, "ar")
    await open_method(shop, CUSTOMER, "cryptobot")
    await shop.harness.send(CUSTOMER, "10")
    (invoice_id,) = list(fake.invoices)
    fake.invoices[invoice_id]["amount"] = "9"
    fake.pay(invoice_id)
    await shop.services.crypto.poll_once()
    (arabic,) = [m.text for m in await outbox(shop, ADMIN_ID)]
    (english,) = [m.text for m in await outbox(shop, ADMIN_2)]
    assert arabic == AR("admin-crypto-amount-alert", invoice_id=invoice_id)
    assert isolated(str(invoice_id)) in arabic
    assert english == EN("admin-crypto-amount-alert", invoice_id=invoice_id)
    assert FSI not in english
    assert await shop.balance(CUSTOMER) == 0
    await balanced(shop)


# -- the statement ------------------------------------------------------------------------------


async def test_a_credit_and_the_statement_in_the_customers_language(transfer_shop: Shop) -> None:
    shop, h = transfer_shop, transfer_shop.harness
    await shop.credit(CUSTOMER, "3")
    (notice,) = await outbox(shop, CUSTOMER)
    assert notice.text == AR("wallet-credited-notice", amount="3.00 USD", balance="3.00 USD")
    assert isolated("3.00 USD") in notice.text
    await h.send(CUSTOMER, "/wallet")
    assert h.last_text(CUSTOMER) == AR("balance", amount="3.00 USD")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, AR("btn-history")))
    (entry,) = await ledger(shop, CUSTOMER)
    line = AR(
        "history-line",
        when=AR.datetime(entry.created_at),
        amount="+3.00 USD",
        reason=AR("reason-admin-credit") + AR("reason-note", note="test"),
    )
    assert h.last_text(CUSTOMER) == AR("history", lines=line)
    assert isolated("+3.00 USD") in line
    assert AR.datetime(entry.created_at) != EN.datetime(entry.created_at)  # the locale's way
    await balanced(shop)
