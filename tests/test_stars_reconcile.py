"""Stars payments reconciled with Telegram's list (issue 22, item 3): the fake Bot API answers
getStarTransactions from a scripted list holding payments the bot never saw."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from aiogram.exceptions import TelegramServerError
from aiogram.methods import GetStarTransactions, RefundStarPayment, SendInvoice
from aiogram.types import StarTransaction, TransactionPartnerFragment, TransactionPartnerUser, User

from bot.app import start_background_tasks
from bot.domain.money import to_minor
from bot.services.stars_reconcile import CURSOR_KEY, Reconciled
from bot.tasks import BackgroundTasks
from bot.telegram.outbox_sender import OutboxSender
from bot.telegram.star_transactions import BotStarTransactions
from bot.ui.keyboards.callbacks import TopupMethodCb, WalletCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, wait_for
from tests.payments_helpers import (
    ADMIN_2,
    ADMINS,
    balanced,
    ledger,
    outbox,
    successful_payment,
    topup_rows,
)
from tests.sql import rows

OTHER = 2002
STRANGER = 3003  # paid, never wrote to the bot


@pytest.fixture
async def stars_shop(make_shop: Callable[..., Any]) -> Shop:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    for admin in (ADMIN_ID, ADMIN_2):
        await shop.harness.send(admin, "/admin")
    return shop


async def invoice(shop: Shop, user: int = CUSTOMER, amount: str = "10") -> SendInvoice:
    h = shop.harness
    await h.send(user, "/wallet")
    await h.press(user, WalletCb(act="add").pack())
    await h.press(user, TopupMethodCb(m="stars").pack())
    await h.send(user, amount)
    return h.session.calls_of(SendInvoice)[-1]


def paid(user_id: int, payload: str, stars: int, charge: str) -> StarTransaction:
    """An incoming invoice payment as Telegram lists it."""
    return StarTransaction(
        id=charge,
        amount=stars,
        date=datetime.now(tz=UTC),
        source=TransactionPartnerUser(
            transaction_type="invoice_payment",
            user=User(id=user_id, is_bot=False, first_name="User"),
            invoice_payload=payload,
        ),
    )


def refunded(user_id: int, stars: int, charge: str) -> StarTransaction:
    return StarTransaction(
        id=charge,
        amount=stars,
        date=datetime.now(tz=UTC),
        receiver=TransactionPartnerUser(
            transaction_type="invoice_payment",
            user=User(id=user_id, is_bot=False, first_name="User"),
        ),
    )


def withdrawal(n: int) -> StarTransaction:
    return StarTransaction(
        id=f"withdrawal-{n}",
        amount=100,
        date=datetime.now(tz=UTC),
        receiver=TransactionPartnerFragment(),
    )


async def reconcile(shop: Shop) -> Reconciled:
    return await shop.services.stars_reconcile.reconcile(BotStarTransactions(shop.harness.bot))


async def test_a_payment_the_bot_never_saw_is_credited_once(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop)
    h.session.star_transactions += [
        withdrawal(1),
        paid(CUSTOMER, "another-tool:42", 50, "charge-not-ours"),  # not an invoice of the shop
        paid(CUSTOMER, sent.payload, 455, "charge-lost"),
    ]
    assert await reconcile(stars_shop) == Reconciled(read=3, credited=1, refused=0)
    assert await reconcile(stars_shop) == Reconciled(read=3, credited=0, refused=0)
    # The update arrives after all: recorded, nothing more, no second receipt.
    calls = await h.feed(successful_payment(CUSTOMER, sent.payload, 455, "charge-lost"))
    assert [c.name for c in calls] == []
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    assert [(e.kind, e.reference) for e in await ledger(stars_shop, CUSTOMER)] == [
        ("topup", "charge-lost")
    ]
    (row,) = await topup_rows(stars_shop)
    assert (row.state, row.reference) == ("paid", "charge-lost")
    notices = [m.text for m in await outbox(stars_shop, CUSTOMER)]
    assert notices == [
        "✅ <b>10.00 USD</b> added to your balance (⭐ Telegram Stars). Balance: 10.00 USD."
    ]
    assert await outbox(stars_shop, ADMIN_ID) == []
    await balanced(stars_shop)


async def test_reconciliation_beside_the_update_of_the_same_payment_credits_once(
    stars_shop: Shop,
) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop)
    h.session.star_transactions.append(paid(CUSTOMER, sent.payload, 455, "charge-race"))
    update = successful_payment(CUSTOMER, sent.payload, 455, "charge-race")
    await asyncio.gather(reconcile(stars_shop), h.feed(update), reconcile(stars_shop))
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    assert await rows(
        stars_shop.db, "SELECT count(*) FROM ledger WHERE reference = 'charge-race'"
    ) == [(1,)]
    await balanced(stars_shop)


async def test_an_unmatched_payment_is_told_to_admins_once_and_refundable(
    stars_shop: Shop,
) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop)
    h.session.star_transactions += [
        paid(OTHER, sent.payload, 455, "charge-foreign"),  # someone else's invoice
        paid(STRANGER, "t1:99999:" + "a" * 22, 90, "charge-nameless"),  # names no top-up
    ]
    assert await reconcile(stars_shop) == Reconciled(read=2, credited=0, refused=2)
    assert await reconcile(stars_shop) == Reconciled(read=2, credited=0, refused=0)
    for admin in (ADMIN_ID, ADMIN_2):
        alerts = [m.text for m in await outbox(stars_shop, admin)]
        assert sum("/refund_stars charge-foreign" in a for a in alerts) == 1
        assert sum("/refund_stars charge-nameless" in a for a in alerts) == 1
    await h.send(ADMIN_ID, "/refund_stars charge-nameless")
    assert "never credited" in h.last_text(ADMIN_ID)
    await h.send(ADMIN_ID, "/refund_stars charge-foreign")
    assert "never credited" in h.last_text(ADMIN_ID)
    assert [
        (c.user_id, c.telegram_payment_charge_id) for c in h.session.calls_of(RefundStarPayment)
    ] == [(STRANGER, "charge-nameless"), (OTHER, "charge-foreign")]
    assert await ledger(stars_shop, OTHER) == [] and await ledger(stars_shop, STRANGER) == []
    (row, *_) = await topup_rows(stars_shop)
    assert row.state == "pending"  # the customer's own invoice is still theirs to pay
    await balanced(stars_shop)


async def test_each_pass_reads_from_its_cursor_and_skips_nothing(stars_shop: Shop) -> None:
    h = stars_shop.harness
    first = await invoice(stars_shop, amount="10")
    late = await invoice(stars_shop, amount="5")
    h.session.star_transactions += [withdrawal(n) for n in range(250)]
    assert (await reconcile(stars_shop)).read == 250
    offsets = [c.offset for c in h.session.calls_of(GetStarTransactions)]
    assert offsets == [0, 100, 200]
    assert await rows(stars_shop.db, "SELECT value FROM meta WHERE key = ?", (CURSOR_KEY,)) == [
        ("250",)
    ]
    # A payment listed behind the cursor (Telegram orders by date) and one after it.
    h.session.star_transactions.insert(240, paid(CUSTOMER, first.payload, 455, "charge-behind"))
    h.session.star_transactions.append(paid(CUSTOMER, late.payload, 228, "charge-after"))
    h.session.clear()
    assert await reconcile(stars_shop) == Reconciled(read=102, credited=2, refused=0)
    assert [c.offset for c in h.session.calls_of(GetStarTransactions)] == [150, 250]
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(15))
    await balanced(stars_shop)


async def test_a_payment_refunded_before_it_was_recorded_is_not_credited(
    stars_shop: Shop,
) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop)
    h.session.star_transactions += [
        paid(CUSTOMER, sent.payload, 455, "charge-back"),
        refunded(CUSTOMER, 455, "charge-back"),
    ]
    assert await reconcile(stars_shop) == Reconciled(read=2, credited=0, refused=0)
    assert await stars_shop.balance(CUSTOMER) == 0
    await balanced(stars_shop)


async def test_a_refund_whose_answer_was_lost_is_settled_from_the_list(
    stars_shop: Shop,
) -> None:
    """/refund_stars got no answer (the money taken, the row 'refund_unknown'); Telegram's list
    shows the refund: the row is refunded and the customer told, once."""
    h = stars_shop.harness
    sent = await invoice(stars_shop)
    await h.feed(successful_payment(CUSTOMER, sent.payload, 455, "charge-unsure"))
    h.session.fail_next(RefundStarPayment, TelegramServerError)
    await h.send(ADMIN_ID, "/refund_stars charge-unsure")
    (row,) = await topup_rows(stars_shop)
    assert row.state == "refund_unknown" and await stars_shop.balance(CUSTOMER) == 0
    told = len(await outbox(stars_shop, CUSTOMER))
    h.session.star_transactions += [
        paid(CUSTOMER, sent.payload, 455, "charge-unsure"),
        refunded(CUSTOMER, 455, "charge-unsure"),
    ]
    for _ in range(2):
        await reconcile(stars_shop)
    (row,) = await topup_rows(stars_shop)
    assert row.state == "refunded"
    (notice,) = [m.text for m in await outbox(stars_shop, CUSTOMER)][told:]
    assert "charge-unsure" in notice and "10.00 USD" in notice
    assert await stars_shop.balance(CUSTOMER) == 0
    await balanced(stars_shop)


async def test_an_outside_refund_whose_message_never_came_is_taken_back_from_the_list(
    stars_shop: Shop,
) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop)
    await h.feed(successful_payment(CUSTOMER, sent.payload, 455, "charge-outside"))
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    h.session.star_transactions += [
        paid(CUSTOMER, sent.payload, 455, "charge-outside"),
        refunded(CUSTOMER, 455, "charge-outside"),
    ]
    for _ in range(2):
        await reconcile(stars_shop)
    (row,) = await topup_rows(stars_shop)
    assert row.state == "refunded"
    assert await stars_shop.balance(CUSTOMER) == 0  # taken back once
    await balanced(stars_shop)


async def test_telegram_not_answering_leaves_the_cursor_where_it_was(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop)
    h.session.star_transactions.append(paid(CUSTOMER, sent.payload, 455, "charge-later"))
    h.session.fail_next(GetStarTransactions, TelegramServerError)
    assert await reconcile(stars_shop) == Reconciled(0, 0, 0)
    assert await rows(stars_shop.db, "SELECT value FROM meta WHERE key = ?", (CURSOR_KEY,)) == []
    assert (await reconcile(stars_shop)).credited == 1
    await balanced(stars_shop)


async def test_reconciliation_runs_at_start_among_the_background_tasks(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop)
    h.session.star_transactions.append(paid(CUSTOMER, sent.payload, 455, "charge-at-start"))
    services = stars_shop.services
    sender = OutboxSender(stars_shop.db, h.bot, services.notifier, services.notices)
    tasks = BackgroundTasks()
    start_background_tasks(tasks, h.bot, services, sender)
    try:
        await wait_for(lambda: bool(h.session.calls_of(GetStarTransactions)))
        expected = to_minor(Decimal(10))
        for _ in range(500):
            if await stars_shop.balance(CUSTOMER) == expected:
                break
            await asyncio.sleep(0.01)
        assert await stars_shop.balance(CUSTOMER) == expected
    finally:
        await tasks.stop()
    await balanced(stars_shop)
