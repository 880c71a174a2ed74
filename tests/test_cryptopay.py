"""Crypto Bot top-ups against a fake Crypto Pay server over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Any

import pytest

from bot.db.repositories.topups import NewTopup
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.payments.cryptopay import CryptoPayClient, CryptoPayRefused, CryptoPayUnavailable
from bot.ui.keyboards.callbacks import TopupMethodCb, WalletCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.fakes.cryptopay_server import FakeCryptoPay, start_cryptopay_server
from tests.payments_helpers import (
    CRYPTO_TOKEN,
    balanced,
    ledger,
    outbox,
    pre_checkout,
    successful_payment,
    topup_rows,
)
from tests.test_stars import answer_of
from tests.test_stars import invoice as stars_invoice

OTHER = 2002


@pytest.fixture
async def fake_pay() -> AsyncIterator[tuple[FakeCryptoPay, str]]:
    fake = FakeCryptoPay(token=CRYPTO_TOKEN)
    runner, url = await start_cryptopay_server(fake)
    yield fake, url
    await runner.cleanup()


@pytest.fixture
async def crypto_shop(
    make_shop: Callable[..., Any], fake_pay: tuple[FakeCryptoPay, str]
) -> AsyncIterator[Shop]:
    shop: Shop = await make_shop(
        crypto_pay_token=CRYPTO_TOKEN, crypto_pay_api_url=fake_pay[1], crypto_pay_assets="USDT,TON"
    )
    yield shop
    assert shop.services.cryptopay is not None
    await shop.services.cryptopay.close()


async def invoice_via_bot(shop: Shop, user: int = CUSTOMER, amount: str = "10") -> None:
    h = shop.harness
    await h.send(user, "/wallet")
    await h.press(user, WalletCb(act="add").pack())
    await h.press(user, TopupMethodCb(m="cryptobot").pack())
    await h.send(user, amount)


async def test_invoice_in_the_shop_currency_with_a_pay_button(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    fake, _ = fake_pay
    h = crypto_shop.harness
    await invoice_via_bot(crypto_shop, amount="12.5")
    (params,) = fake.calls("createInvoice")
    assert params["currency_type"] == "fiat" and params["fiat"] == "USD"
    assert params["amount"] == "12.5" and params["accepted_assets"] == "USDT,TON"
    assert "Crypto Bot invoice" in h.last_text(CUSTOMER)
    (row,) = await topup_rows(crypto_shop)
    assert row.pay_url in [data for _, data in h.buttons(CUSTOMER)]
    assert row.reference == str(next(iter(fake.invoices)))


async def test_paid_invoice_seen_on_every_poll_credits_once(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    fake, _ = fake_pay
    await invoice_via_bot(crypto_shop, amount="10")
    await invoice_via_bot(crypto_shop, user=OTHER, amount="7")
    first, second = list(fake.invoices)
    crypto = crypto_shop.services.crypto
    assert (await crypto.poll_once()).credited == 0
    fake.pay(first)
    for _ in range(3):
        await crypto.poll_once()
    # The invoice stays 'paid' on Crypto Pay; a row marked open again must still credit once.
    async with crypto_shop.db.transaction() as repos:
        await repos.conn.execute(
            "UPDATE topups SET state = 'pending' WHERE reference = ?", (str(first),)
        )
    result = await crypto.poll_once()
    assert result.credited == 0
    assert await crypto_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    assert [(e.method, e.reference) for e in await ledger(crypto_shop, CUSTOMER)] == [
        ("cryptobot", str(first))
    ]
    notices = [m.text for m in await outbox(crypto_shop, CUSTOMER)]
    assert notices == [
        "✅ <b>10.00 USD</b> added to your balance (🪙 Crypto Bot). Balance: 10.00 USD."
    ]
    assert await crypto_shop.balance(OTHER) == 0
    asked = fake.calls("getInvoices")[-1]["invoice_ids"].split(",")
    assert str(second) in asked
    await balanced(crypto_shop)


async def test_expired_invoice_is_closed_and_the_customer_told(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    fake, _ = fake_pay
    await invoice_via_bot(crypto_shop, amount="10")
    (invoice_id,) = list(fake.invoices)
    fake.expire(invoice_id)
    assert (await crypto_shop.services.crypto.poll_once()).expired == 1
    (row,) = await topup_rows(crypto_shop)
    assert row.state == "expired"
    (notice,) = await outbox(crypto_shop, CUSTOMER)
    assert "expired unpaid" in notice.text
    before = len(fake.calls("getInvoices"))
    assert (await crypto_shop.services.crypto.poll_once()).asked == 0
    assert len(fake.calls("getInvoices")) == before  # nothing open: nothing asked
    await balanced(crypto_shop)


@pytest.mark.parametrize("fault", ["down", "html", "garbage", "refuse"])
async def test_crypto_pay_failing_tells_the_customer_to_try_later(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str], fault: str
) -> None:
    fake, _ = fake_pay
    fake.fault = fault
    await invoice_via_bot(crypto_shop, amount="10")
    assert "not reachable right now" in crypto_shop.harness.last_text(CUSTOMER)
    assert [row.state for row in await topup_rows(crypto_shop)] == ["failed"]
    assert await crypto_shop.balance(CUSTOMER) == 0
    fake.fault = ""
    await crypto_shop.harness.send(CUSTOMER, "10")  # the step stayed: try again
    assert "Crypto Bot invoice" in crypto_shop.harness.last_text(CUSTOMER)


async def test_poll_carries_on_through_failures(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    fake, _ = fake_pay
    await invoice_via_bot(crypto_shop, amount="10")
    (invoice_id,) = list(fake.invoices)
    crypto = crypto_shop.services.crypto
    crypto._poll_seconds = 0.01
    fake.fault = "html"
    task = asyncio.create_task(crypto.run())
    try:
        for _ in range(2):
            crypto.polled.clear()
            await asyncio.wait_for(crypto.polled.wait(), 5)
        assert await crypto_shop.balance(CUSTOMER) == 0
        fake.fault = ""
        fake.pay(invoice_id)
        while await crypto.has_open():
            crypto.polled.clear()
            await asyncio.wait_for(crypto.polled.wait(), 5)
        assert await crypto_shop.balance(CUSTOMER) == to_minor(Decimal(10))
        # Nothing open: the loop waits for a new invoice instead of asking.
        asked = len(fake.calls("getInvoices"))
        crypto.polled.clear()
        await asyncio.sleep(0.05)
        assert len(fake.calls("getInvoices")) == asked and not crypto.polled.is_set()
        await invoice_via_bot(crypto_shop, amount="3")
        await asyncio.wait_for(crypto.polled.wait(), 5)
        assert len(fake.calls("getInvoices")) > asked
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    await balanced(crypto_shop)


async def test_at_most_three_open_invoices(crypto_shop: Shop) -> None:
    for _ in range(3):
        await invoice_via_bot(crypto_shop, amount="5")
    await invoice_via_bot(crypto_shop, amount="5")
    assert "already have 3 top-ups waiting" in crypto_shop.harness.last_text(CUSTOMER)


async def test_token_never_in_repr_errors_or_logs(
    fake_pay: tuple[FakeCryptoPay, str], caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = fake_pay
    caplog.set_level(logging.DEBUG)
    client = CryptoPayClient(url, CRYPTO_TOKEN)
    wrong = CryptoPayClient(url, CRYPTO_TOKEN + "x")
    down = CryptoPayClient("http://127.0.0.1:1/api", CRYPTO_TOKEN)
    try:
        assert (await client.get_me())["name"] == "Shop"
        errors: list[Exception] = []
        with pytest.raises(CryptoPayRefused) as refused:
            await wrong.get_me()
        errors.append(refused.value)
        with pytest.raises(CryptoPayUnavailable) as unreachable:
            await down.get_me()
        errors.append(unreachable.value)
        for fault in ("down", "html", "garbage"):
            fake.fault = fault
            with pytest.raises(CryptoPayUnavailable) as failed:
                await client.get_invoices([1, 2])
            errors.append(failed.value)
        texts = [repr(client), str(client), *map(str, errors), *map(repr, errors), caplog.text]
        assert all(CRYPTO_TOKEN not in text for text in texts)
        assert "UNAUTHORIZED" in str(refused.value)
    finally:
        for each in (client, wrong, down):
            await each.close()


async def test_settings_hide_the_token(crypto_shop: Shop) -> None:
    settings = crypto_shop.services.settings
    assert CRYPTO_TOKEN not in repr(settings) and CRYPTO_TOKEN not in str(settings)
    assert CRYPTO_TOKEN not in repr(crypto_shop.services.cryptopay)


async def test_amounts_stay_exact(fake_pay: tuple[FakeCryptoPay, str]) -> None:
    fake, url = fake_pay
    client = CryptoPayClient(url, CRYPTO_TOKEN)
    try:
        invoice = await client.create_invoice(
            amount=Decimal("0.1") + Decimal("0.2"),
            fiat="USD",
            accepted_assets=["USDT"],
            description="x",
            payload="p",
            expires_in=60,
        )
        assert invoice.amount == Decimal("0.3") and isinstance(invoice.amount, Decimal)
        fake.pay(invoice.invoice_id)
        (again,) = await client.get_invoices([invoice.invoice_id])
        assert again.status == "paid" and again.amount == Decimal("0.3")
    finally:
        await client.close()


async def test_admin_stats_count_crypto_topups(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    fake, _ = fake_pay
    await invoice_via_bot(crypto_shop, amount="10")
    fake.pay(next(iter(fake.invoices)))
    await crypto_shop.services.crypto.poll_once()
    await crypto_shop.harness.send(ADMIN_ID, "/stats")
    assert "Crypto Bot: 1 · 10.00 USD" in crypto_shop.harness.last_text(ADMIN_ID)


async def test_pre_checkout_is_answered_while_the_customer_waits_on_crypto_pay(
    make_shop: Callable[..., Any], fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    """The customer's own slow update (createInvoice hanging) holds their lock; a pre-checkout
    query of theirs is answered all the same, not after it."""
    fake, url = fake_pay
    shop: Shop = await make_shop(
        stars_per_unit="45.5", crypto_pay_token=CRYPTO_TOKEN, crypto_pay_api_url=url
    )
    try:
        sent = await stars_invoice(shop, amount="10")
        fake.hold = asyncio.Event()
        typing = asyncio.create_task(invoice_via_bot(shop, amount="7"))
        await fake.holding.wait()  # createInvoice is in flight, the customer's lock held
        update = pre_checkout(CUSTOMER, sent.payload, sent.prices[0].amount)
        # Without the fix this waits for the lock, which waits for `hold`: never answered.
        answer = await asyncio.wait_for(answer_of(shop, update), 5)
        assert answer.ok, answer.error_message
        assert not typing.done()
        fake.hold.set()
        await typing
        assert "Crypto Bot invoice" in shop.harness.last_text(CUSTOMER)
        await shop.harness.feed(
            successful_payment(CUSTOMER, sent.payload, sent.prices[0].amount, "charge-L")
        )
        assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
        await balanced(shop)
    finally:
        assert shop.services.cryptopay is not None
        await shop.services.cryptopay.close()


@pytest.mark.parametrize(
    "changes",
    [
        {"currency_type": "crypto", "fiat": None, "asset": "USDT"},  # the same number, in USDT
        {"fiat": None},
        {"fiat": "EUR"},
    ],
)
async def test_paid_invoice_in_another_currency_is_not_credited(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str], changes: dict[str, Any]
) -> None:
    fake, _ = fake_pay
    await invoice_via_bot(crypto_shop, amount="10")
    (invoice_id,) = list(fake.invoices)
    fake.pay(invoice_id)
    fake.invoices[invoice_id].update(changes)
    assert (await crypto_shop.services.crypto.poll_once()).credited == 0
    assert await crypto_shop.balance(CUSTOMER) == 0
    (row,) = await topup_rows(crypto_shop)
    assert row.state == "failed"
    alerts = [m.text for m in await outbox(crypto_shop, ADMIN_ID)]
    assert any(f"invoice {invoice_id} was paid" in a and "not credited" in a for a in alerts)
    await balanced(crypto_shop)


async def test_rows_left_without_an_invoice_do_not_block_the_customer(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    fake, _ = fake_pay
    # createInvoice never came back for three rows (the process stopped while it was asked).
    async with crypto_shop.db.transaction() as repos:
        await repos.users.ensure(CUSTOMER, 0)
        for _ in range(3):
            await repos.topups.create(NewTopup(CUSTOMER, "cryptobot", 5 * 10**5), now() - 600)
    await invoice_via_bot(crypto_shop, amount="5")
    assert "Crypto Bot invoice" in crypto_shop.harness.last_text(CUSTOMER)
    states = [row.state for row in await topup_rows(crypto_shop)]
    assert states == ["expired", "expired", "expired", "pending"]
    # One whose createInvoice may still be in flight (just made) is left alone.
    async with crypto_shop.db.transaction() as repos:
        await repos.topups.create(NewTopup(CUSTOMER, "cryptobot", 6 * 10**5), now())
    await invoice_via_bot(crypto_shop, amount="7")
    assert [row.state for row in await topup_rows(crypto_shop)][-2:] == ["pending", "pending"]
    assert len(fake.invoices) == 2
    await balanced(crypto_shop)


async def test_an_invoice_without_a_link_is_a_provider_error(
    crypto_shop: Shop, fake_pay: tuple[FakeCryptoPay, str]
) -> None:
    fake, _ = fake_pay
    fake.fault = "nourl"
    calls = await invoice_via_bot_calls(crypto_shop, amount="10")
    assert "not reachable right now" in crypto_shop.harness.last_text(CUSTOMER)
    markups = [getattr(c.method, "reply_markup", None) for c in calls]
    urls = [b.url for m in markups if m is not None for row in m.inline_keyboard for b in row]
    assert [u for u in urls if u is not None] == []  # no Pay button at all, broken or not
    assert [row.state for row in await topup_rows(crypto_shop)] == ["failed"]
    fake.fault = ""
    await crypto_shop.harness.send(CUSTOMER, "10")  # the step stayed: try again
    assert "Crypto Bot invoice" in crypto_shop.harness.last_text(CUSTOMER)
    await balanced(crypto_shop)


async def invoice_via_bot_calls(shop: Shop, amount: str) -> list[Any]:
    h = shop.harness
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, WalletCb(act="add").pack())
    await h.press(CUSTOMER, TopupMethodCb(m="cryptobot").pack())
    return await h.send(CUSTOMER, amount)
