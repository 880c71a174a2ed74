"""Stars invoices (issue 22): the per-invoice Stars limit, the cap on open invoices, an invoice
Telegram refuses, and payments in chats other than the private one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from aiogram.methods import SendInvoice
from aiogram.types import Chat, Message, SuccessfulPayment, Update, User

from bot.domain.money import to_minor
from bot.ui.keyboards.callbacks import TopupAmountCb, TopupMethodCb, WalletCb
from tests.conftest import CUSTOMER, EN, Shop
from tests.fakes.telegram import bad_request
from tests.payments_helpers import ADMINS, balanced, pre_checkout, topup_rows
from tests.sql import rows

GROUP = -1001234567890


async def stars_screen(shop: Shop, user: int = CUSTOMER) -> list[tuple[str, str]]:
    h = shop.harness
    await h.send(user, "/wallet")
    await h.press(user, WalletCb(act="add").pack())
    await h.press(user, TopupMethodCb(m="stars").pack())
    return h.buttons(user)


def calls_after_invoice(shop: Shop) -> list[str]:
    """The texts sent or edited after the last sendInvoice (its own name first)."""
    calls = shop.harness.session.calls
    (last,) = [i for i, c in enumerate(calls) if isinstance(c.method, SendInvoice)][-1:]
    return [c.name for c in calls[last:]]


async def test_stars_screen_and_typed_amounts_stay_within_one_invoice(
    make_shop: Callable[..., Any],
) -> None:
    """60 Stars a unit, 1000 Stars an invoice: at most 16.66 USD (999.6 -> 1000 Stars)."""
    shop: Shop = await make_shop(
        admin_ids=ADMINS, stars_per_unit="60", stars_max_per_invoice=1000, topup_max="1000"
    )
    h = shop.harness
    buttons = await stars_screen(shop)
    labels = [text for text, data in buttons if data.startswith(TopupAmountCb.__prefix__)]
    assert labels == ["5.00 USD · 300 ⭐", "10.00 USD · 600 ⭐"]  # not 25 and 50: 1500, 3000
    assert "from <b>1.00</b> to <b>16.66 USD</b>" in h.last_text(CUSTOMER)
    # A preset above the limit (an old screen, a forged button) sends no invoice.
    await h.press(CUSTOMER, TopupAmountCb(m="stars", i=2).pack())
    await h.send(CUSTOMER, "16.67")
    said = h.last_text(CUSTOMER)
    assert "1000 Stars" in said and "16.66 USD" in said
    assert h.session.calls_of(SendInvoice) == []
    assert await topup_rows(shop) == []
    await h.send(CUSTOMER, "16.66")
    (sent,) = h.session.calls_of(SendInvoice)
    assert [p.amount for p in sent.prices] == [1000]
    await balanced(shop)


async def test_customer_is_told_to_pay_only_after_the_invoice_went_out(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    h = shop.harness
    await stars_screen(shop)
    await h.press(CUSTOMER, TopupAmountCb(m="stars", i=1).pack())  # 10.00 USD
    (sent,) = h.session.calls_of(SendInvoice)
    assert sent.start_parameter  # a forwarded copy links to the bot, no Pay button
    after = calls_after_invoice(shop)
    assert after[0] == "sendInvoice" and "editMessageText" in after[1:]
    assert "Pay <b>455 Stars</b> with the invoice below" in h.last_text(CUSTOMER)
    # Typed: the invoice is above the words that point to it.
    await stars_screen(shop)
    await h.send(CUSTOMER, "5")
    assert calls_after_invoice(shop)[:2] == ["sendInvoice", "sendMessage"]
    assert "Pay <b>228 Stars</b> with the invoice above" in h.last_text(CUSTOMER)
    await balanced(shop)


async def test_a_refused_invoice_closes_its_row_and_says_so(make_shop: Callable[..., Any]) -> None:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    h = shop.harness
    await stars_screen(shop)
    h.session.fail_next(SendInvoice, bad_request("Bad Request: CURRENCY_TOTAL_AMOUNT_INVALID"))
    await h.send(CUSTOMER, "10")
    assert h.last_text(CUSTOMER) == EN("stars-invoice-failed")
    assert all("Pay <b>" not in m.text for m in h.session.sent_messages(CUSTOMER))
    (row,) = await topup_rows(shop)
    assert (row.state, row.reason) == ("failed", "Bad Request: CURRENCY_TOTAL_AMOUNT_INVALID")
    # Had it reached the customer after all, it could not be paid.
    (call,) = h.session.calls_of(SendInvoice)
    calls = await h.feed(pre_checkout(CUSTOMER, call.payload, 455))
    assert [(c.method.ok, c.method.error_message) for c in calls] == [
        (False, EN("stars-refused-expired"))
    ]
    await balanced(shop)


async def test_at_most_three_open_stars_invoices_and_expired_ones_are_closed(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    h = shop.harness
    for _ in range(3):
        await stars_screen(shop)
        await h.send(CUSTOMER, "10")
    await stars_screen(shop)
    await h.send(CUSTOMER, "10")
    assert h.last_text(CUSTOMER) == EN("too-many-pending", count=3)
    assert len(h.session.calls_of(SendInvoice)) == 3
    assert [r.state for r in await topup_rows(shop)] == ["pending"] * 3
    # The first one's hour is over: it is closed when counted, and a new one may be opened.
    first = (await topup_rows(shop))[0]
    async with shop.db.transaction() as repos:
        await repos.conn.execute("UPDATE topups SET expires_at = 1 WHERE id = ?", (first.id,))
    await h.send(CUSTOMER, "10")
    assert len(h.session.calls_of(SendInvoice)) == 4
    assert [r.state for r in await topup_rows(shop)] == ["expired"] + ["pending"] * 3
    await balanced(shop)


def group_payment(user_id: int, payload: str, total: int, charge: str) -> Update:
    user = User(id=user_id, is_bot=False, first_name="User", language_code="en")
    message = Message(
        message_id=77,
        date=datetime.now(tz=UTC),
        chat=Chat(id=GROUP, type="supergroup", title="Some group"),
        from_user=user,
        successful_payment=SuccessfulPayment(
            currency="XTR",
            total_amount=total,
            invoice_payload=payload,
            telegram_payment_charge_id=charge,
            provider_payment_charge_id="",
        ),
    )
    return Update(update_id=987654, message=message)


async def test_a_payment_in_a_group_is_credited_and_the_receipt_goes_to_the_payer(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    h = shop.harness
    await stars_screen(shop)
    await h.send(CUSTOMER, "10")
    (sent,) = h.session.calls_of(SendInvoice)
    await h.feed(group_payment(CUSTOMER, sent.payload, 455, "charge-in-group"))
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    (row,) = await topup_rows(shop)
    assert (row.state, row.reference) == ("paid", "charge-in-group")
    assert "Payment received" in h.last_text(CUSTOMER)
    assert h.session.sent_messages(GROUP) == []  # the payer's balance is not for the group
    assert await rows(
        shop.db, "SELECT count(*) FROM ledger WHERE reference = ?", ("charge-in-group",)
    ) == [(1,)]
    await balanced(shop)


async def test_the_link_of_a_forwarded_invoice_opens_the_wallet(
    make_shop: Callable[..., Any],
) -> None:
    """A forwarded invoice shows a link to the bot with the invoice's start parameter; whoever
    follows it, customer or newcomer, lands in their own wallet, one step from paying."""
    shop: Shop = await make_shop(stars_per_unit="45.5")
    h = shop.harness
    await stars_screen(shop)
    await h.press(CUSTOMER, TopupAmountCb(m="stars", i=1).pack())
    (sent,) = h.session.calls_of(SendInvoice)
    for user in (CUSTOMER, 3003):
        await h.send(user, f"/start {sent.start_parameter}")
        assert h.last_text(user).startswith("💰 <b>Wallet</b>")
        assert "<b>0.00 USD</b>" in h.last_text(user)
        assert WalletCb(act="add").pack() in [data for _, data in h.buttons(user)]
    await h.send(3003, "/start")  # a plain /start still greets
    assert h.last_text(3003).startswith("👋 Hello")
    await balanced(shop)
