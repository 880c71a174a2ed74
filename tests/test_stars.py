"""Telegram Stars top-ups through the real Dispatcher: invoice, pre-checkout, payment, refund."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.methods import AnswerPreCheckoutQuery, RefundStarPayment, SendInvoice, SendMessage

from bot.db import Database, apply_migrations
from bot.db.migrate import migration_files
from bot.db.repositories.topups import NewTopup
from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.payments.stars import stars_for
from bot.services.stars_topups import NOTE_STARS_REFUND_GIVEN_BACK
from bot.telegram.middlewares.retry import RetryInteractive
from bot.ui.keyboards.callbacks import TopupMethodCb, WalletCb
from tests.conftest import ADMIN_ID, CUSTOMER, EN, Shop
from tests.fakes.telegram import bad_request, retry_after
from tests.payments_helpers import (
    ADMIN_2,
    ADMINS,
    balanced,
    ledger,
    outbox,
    pre_checkout,
    successful_payment,
    topup_rows,
)
from tests.test_flood_and_logs import FakeClock, flood_control

OTHER = 2002


@pytest.fixture
async def stars_shop(make_shop: Callable[..., Any]) -> Shop:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5")
    for admin in (ADMIN_ID, ADMIN_2):
        await shop.harness.send(admin, "/admin")
    return shop


async def invoice(shop: Shop, user: int = CUSTOMER, amount: str = "10") -> SendInvoice:
    """The customer picks Stars and an amount; returns the invoice the bot sent."""
    h = shop.harness
    await h.send(user, "/wallet")
    await h.press(user, WalletCb(act="add").pack())
    await h.press(user, TopupMethodCb(m="stars").pack())
    await h.send(user, amount)
    return h.session.calls_of(SendInvoice)[-1]


async def answer_of(shop: Shop, update: Any) -> AnswerPreCheckoutQuery:
    requests = len(shop.panel.requests)
    calls = await shop.harness.feed(update)
    # Answered from the database alone: one Bot API call, nothing asked of the panel.
    assert [c.name for c in calls] == ["answerPreCheckoutQuery"]
    assert len(shop.panel.requests) == requests
    answer = calls[0].method
    assert isinstance(answer, AnswerPreCheckoutQuery)
    return answer


async def pay(shop: Shop, sent: SendInvoice, charge: str, user: int = CUSTOMER) -> None:
    total = sent.prices[0].amount
    answer = await answer_of(shop, pre_checkout(user, sent.payload, total))
    assert answer.ok, answer.error_message
    await shop.harness.feed(successful_payment(user, sent.payload, total, charge))


async def test_invoice_is_in_stars_for_a_pending_row(stars_shop: Shop) -> None:
    sent = await invoice(stars_shop, amount="10")
    assert sent.currency == "XTR"
    assert sent.provider_token in (None, "")
    assert [p.amount for p in sent.prices] == [455]  # ceil(10 x 45.5)
    assert len(sent.payload.encode()) <= 128
    (row,) = await topup_rows(stars_shop)
    assert (row.method, row.state, row.stars, row.amount) == ("stars", "pending", 455, 10 * 10**5)
    assert "Pay <b>455 Stars</b>" in stars_shop.harness.last_text(CUSTOMER)
    assert stars_for(Decimal("0.01"), Decimal("45.5")) == 1  # rounded up, never zero
    assert stars_for(Decimal("2.22"), Decimal("45.5")) == 102  # 101.01 -> 102


async def test_same_successful_payment_twice_credits_once(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-AAA")
    assert "Payment received" in h.last_text(CUSTOMER)
    assert "Balance: 10.00 USD" in h.last_text(CUSTOMER)
    calls = await h.feed(successful_payment(CUSTOMER, sent.payload, 455, "charge-AAA"))
    assert [c for c in calls if c.name == "sendMessage"] == []
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    assert [(e.kind, e.method, e.reference) for e in await ledger(stars_shop, CUSTOMER)] == [
        ("topup", "stars", "charge-AAA")
    ]
    await balanced(stars_shop)


async def test_reused_forged_or_foreign_payload_is_refused(stars_shop: Shop) -> None:
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-1")
    reused = await answer_of(stars_shop, pre_checkout(CUSTOMER, sent.payload, 455))
    assert not reused.ok and reused.error_message == "This invoice was already paid."
    fresh = await invoice(stars_shop, amount="5")
    total = fresh.prices[0].amount
    forged = fresh.payload[:-3] + "xyz"
    cases = [
        pre_checkout(CUSTOMER, forged, total),
        pre_checkout(CUSTOMER, "t1:99999:" + "a" * 22, total),
        pre_checkout(CUSTOMER, "garbage", total),
        pre_checkout(OTHER, fresh.payload, total),
        pre_checkout(CUSTOMER, fresh.payload, total - 1),
        pre_checkout(CUSTOMER, fresh.payload, total, currency="USD"),
    ]
    for update in cases:
        answer = await answer_of(stars_shop, update)
        assert not answer.ok and answer.error_message
    assert (await answer_of(stars_shop, pre_checkout(CUSTOMER, fresh.payload, total))).ok
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await balanced(stars_shop)


async def test_expired_payload_is_refused(stars_shop: Shop) -> None:
    async with stars_shop.db.transaction() as repos:
        await repos.users.ensure(CUSTOMER, 0)
        row = await repos.topups.create(
            NewTopup(CUSTOMER, "stars", 10**5, secret="s" * 22, stars=46, expires_at=1), 0
        )
    answer = await answer_of(stars_shop, pre_checkout(CUSTOMER, f"t1:{row.id}:{'s' * 22}", 46))
    assert not answer.ok and "expired" in (answer.error_message or "")


async def test_payment_naming_another_customer_credits_nothing(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, user=CUSTOMER, amount="10")
    await h.send(OTHER, "/start")
    await h.feed(successful_payment(OTHER, sent.payload, 455, "charge-X"))
    assert "could not be matched" in h.last_text(OTHER)
    await h.feed(successful_payment(CUSTOMER, sent.payload, 400, "charge-Y"))
    assert await stars_shop.balance(OTHER) == 0
    assert await stars_shop.balance(CUSTOMER) == 0
    alerts = [m.text for m in await outbox(stars_shop, ADMIN_2)]
    assert any("names another customer" in a and "charge-X" in a for a in alerts)
    assert any("amount differs" in a and "charge-Y" in a for a in alerts)
    row, *refused = await topup_rows(stars_shop)
    assert row.state == "pending"
    assert [(r.state, r.reference) for r in refused] == [
        ("failed", "charge-X"),
        ("failed", "charge-Y"),
    ]
    await balanced(stars_shop)


async def test_payment_goes_through_while_in_a_form_and_when_banned(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    answer = await answer_of(stars_shop, pre_checkout(CUSTOMER, sent.payload, 455))
    assert answer.ok
    # Banned between the pre-checkout and the payment: the Stars were taken, so it counts.
    await stars_shop.services.admin.set_banned(CUSTOMER, True)
    await h.feed(successful_payment(CUSTOMER, sent.payload, 455, "charge-banned"))
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    refused = await answer_of(stars_shop, pre_checkout(CUSTOMER, sent.payload, 455))
    assert not refused.ok
    await stars_shop.services.admin.set_banned(CUSTOMER, False)
    sent = await invoice(stars_shop, amount="5")
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Search"))  # waiting for a search text
    await pay(stars_shop, sent, "charge-in-form")
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(15))
    await balanced(stars_shop)


async def test_refund_after_the_money_was_spent_is_refused(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-spent")
    outcome = await stars_shop.place(
        OrderDraft(service_id=3, link="https://t.me/mychannel"), "tok-spent"
    )  # 4.50 of the 10.00
    assert outcome.order is not None
    await h.send(ADMIN_ID, "/refund_stars charge-spent")
    assert "no longer covers" in h.last_text(ADMIN_ID)
    assert h.session.calls_of(RefundStarPayment) == []
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal("5.50"))
    (row,) = await topup_rows(stars_shop)
    assert row.state == "paid"
    await balanced(stars_shop)


async def test_refund_debits_once_and_a_second_says_already(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-R")
    await h.send(ADMIN_ID, "/refund_stars charge-R")
    assert "Refunded 455 Stars" in h.last_text(ADMIN_ID)
    (call,) = h.session.calls_of(RefundStarPayment)
    assert (call.user_id, call.telegram_payment_charge_id) == (CUSTOMER, "charge-R")
    assert await stars_shop.balance(CUSTOMER) == 0
    await h.send(ADMIN_2, "/refund_stars charge-R")
    assert "already refunded" in h.last_text(ADMIN_2)
    await h.send(ADMIN_2, "/refund_stars no-such-charge")
    assert "No Stars payment" in h.last_text(ADMIN_2)
    await h.send(ADMIN_2, "/refund_stars")
    assert "Usage" in h.last_text(ADMIN_2)
    entries = await ledger(stars_shop, CUSTOMER)
    assert [(e.kind, e.amount, e.method) for e in entries] == [
        ("admin_debit", -(10**6), "stars"),
        ("topup", 10**6, "stars"),
    ]
    await h.press(CUSTOMER, "wh:0")
    assert "Stars payment refunded (charge-R)" in h.last_text(CUSTOMER)
    await balanced(stars_shop)


async def test_refund_telegram_refuses_gives_the_money_back(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-F")
    h.session.fail_next(RefundStarPayment, bad_request("Bad Request: CHARGE_NOT_FOUND"))
    await h.send(ADMIN_ID, "/refund_stars charge-F")
    assert "Telegram said" in h.last_text(ADMIN_ID) and "CHARGE_NOT_FOUND" in h.last_text(ADMIN_ID)
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    (row,) = await topup_rows(stars_shop)
    assert row.state == "paid"
    # The money given back is a Stars entry that says what happened.
    back, debit, _ = await ledger(stars_shop, CUSTOMER)
    assert (back.kind, back.amount, back.method, back.reference) == (
        "admin_credit",
        10**6,
        "stars",
        "charge-F",
    )
    assert back.note == NOTE_STARS_REFUND_GIVEN_BACK
    assert (debit.kind, debit.amount) == ("admin_debit", -(10**6))
    await h.press(CUSTOMER, "wh:0")
    assert "Stars refund failed, given back (charge-F)" in h.last_text(CUSTOMER)
    async with stars_shop.db.read() as repos:
        assert (await repos.ledger.topup_totals_by_method())["stars"] == (1, 10**6)
    # Refunded elsewhere already: Telegram says so, and the debit stands.
    h.session.fail_next(RefundStarPayment, bad_request("Bad Request: CHARGE_ALREADY_REFUNDED"))
    await h.send(ADMIN_ID, "/refund_stars charge-F")
    assert "Refunded 455 Stars" in h.last_text(ADMIN_ID)
    assert await stars_shop.balance(CUSTOMER) == 0
    await balanced(stars_shop)


async def test_non_admin_refund_stars_does_nothing(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-N")
    calls = await h.send(CUSTOMER, "/refund_stars charge-N")
    sent = [c.method for c in calls if isinstance(c.method, SendMessage)]
    assert [m.text for m in sent] == [EN("unknown-command")]  # as if it did not exist
    assert h.session.calls_of(RefundStarPayment) == []
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    await balanced(stars_shop)


async def test_stats_and_export_show_topups_by_method(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-S")
    await h.send(ADMIN_ID, "/stats")
    assert "Top-ups by method" in h.last_text(ADMIN_ID)
    assert "Telegram Stars: 1 · 10.00 USD" in h.last_text(ADMIN_ID)
    async with stars_shop.services.exports.written() as exported:
        (ledger,) = [f for f in exported.files if f.kind == "ledger"]
        text = ledger.path.read_text(encoding="utf-8")
    assert "method,reference" in text.splitlines()[0]
    assert "topup,10.00000,,,,stars,charge-S" in text


async def test_payment_updates_pass_flood_control_without_using_the_allowance(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(admin_ids=ADMINS, stars_per_unit="45.5", flood_burst=5)
    flood_control(shop).clock = FakeClock()  # time stands still: no token comes back
    h = shop.harness
    sent = await invoice(shop, amount="10")  # four updates of the five allowed
    total = sent.prices[0].amount
    answer = await answer_of(shop, pre_checkout(CUSTOMER, sent.payload, total))
    assert answer.ok, answer.error_message
    await h.feed(successful_payment(CUSTOMER, sent.payload, total, "charge-flood"))
    assert "Payment received" in h.last_text(CUSTOMER)
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    # The payment took nothing from the allowance: one more update passes, then a flood.
    await h.send(CUSTOMER, "/wallet")
    assert "Your balance: <b>10.00 USD</b>" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "/wallet")
    assert h.last_text(CUSTOMER) == EN("slow-down")
    await balanced(shop)


@pytest.mark.parametrize("error", [TelegramNetworkError, TelegramServerError])
async def test_refund_with_an_unknown_outcome_keeps_the_debit_and_can_be_asked_again(
    stars_shop: Shop, error: type[Exception]
) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-U")
    # Telegram may have refunded the Stars; its answer was lost.
    h.session.fail_next(RefundStarPayment, error)
    await h.send(ADMIN_ID, "/refund_stars charge-U")
    said = h.last_text(ADMIN_ID)
    assert "Outcome unknown" in said and "10.00 USD stays taken" in said
    assert "/refund_stars charge-U again" in said and "nothing more is taken" in said
    assert await stars_shop.balance(CUSTOMER) == 0
    (row,) = await topup_rows(stars_shop)
    assert row.state == "refund_unknown"
    await balanced(stars_shop)
    # Asked again: Telegram refunds (or says it already did); no second debit.
    await h.send(ADMIN_2, "/refund_stars charge-U")
    assert "Refunded 455 Stars" in h.last_text(ADMIN_2)
    assert len(h.session.calls_of(RefundStarPayment)) == 2
    assert await stars_shop.balance(CUSTOMER) == 0
    assert [(e.kind, e.amount) for e in await ledger(stars_shop, CUSTOMER)] == [
        ("admin_debit", -(10**6)),
        ("topup", 10**6),
    ]
    (row,) = await topup_rows(stars_shop)
    assert row.state == "refunded"
    await h.send(ADMIN_ID, "/refund_stars charge-U")
    assert "already refunded" in h.last_text(ADMIN_ID)
    await balanced(stars_shop)


async def test_refund_unknown_then_refused_gives_the_money_back_once(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    await pay(stars_shop, sent, "charge-V")
    h.session.fail_next(RefundStarPayment, TelegramNetworkError)
    await h.send(ADMIN_ID, "/refund_stars charge-V")
    h.session.fail_next(RefundStarPayment, bad_request("Bad Request: CHARGE_NOT_FOUND"))
    await h.send(ADMIN_ID, "/refund_stars charge-V")
    assert "CHARGE_NOT_FOUND" in h.last_text(ADMIN_ID)
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    (row,) = await topup_rows(stars_shop)
    assert row.state == "paid"
    assert [e.kind for e in await ledger(stars_shop, CUSTOMER)] == [
        "admin_credit",
        "admin_debit",
        "topup",
    ]
    await balanced(stars_shop)


async def test_migration_011_keeps_topups_and_their_copies(tmp_path: Path) -> None:
    """011 rebuilds `topups` for the 'refund_unknown' state: rows and receipt copies stay."""
    before = tmp_path / "before"
    before.mkdir()
    for version, path in migration_files():
        if version < 11:
            shutil.copy(path, before / path.name)
    db = await Database.open(tmp_path / "shop.sqlite3")
    try:
        await apply_migrations(db, before)
        async with db.transaction() as repos:
            await repos.users.ensure(CUSTOMER, 0)
            # The columns of that time (the repository writes today's).
            await repos.conn.execute(
                "INSERT INTO topups (id, user_id, method, amount, receipt_text, created_at)"
                " VALUES (1, ?, 'manual', ?, 'TRX-5', 0)",
                (CUSTOMER, 5 * 10**5),
            )
            await repos.topups.add_copy(1, ADMIN_ID, 77)
        assert 11 in await apply_migrations(db)
        async with db.transaction() as repos:
            row = await repos.topups.get(1)
            assert row is not None
            kept = (row.user_id, row.method, row.amount, row.state, row.receipt_text)
            assert kept == (CUSTOMER, "manual", 5 * 10**5, "pending", "TRX-5")
            assert await repos.topups.copies(row.id) == [(ADMIN_ID, 77)]
            assert await repos.topups.settle(row.id, "refund_unknown", 1)
        async with db.raw() as conn, conn.execute("PRAGMA foreign_key_check") as cursor:
            assert await cursor.fetchall() == []
    finally:
        await db.close()


async def test_a_refused_payment_is_kept_and_refunded_without_any_debit(stars_shop: Shop) -> None:
    h = stars_shop.harness
    sent = await invoice(stars_shop, amount="10")
    total = sent.prices[0].amount
    # Two devices: both pre-checkouts pass while the row is pending, both payments go through.
    assert (await answer_of(stars_shop, pre_checkout(CUSTOMER, sent.payload, total))).ok
    assert (await answer_of(stars_shop, pre_checkout(CUSTOMER, sent.payload, total))).ok
    await h.feed(successful_payment(CUSTOMER, sent.payload, total, "charge-1"))
    await h.feed(successful_payment(CUSTOMER, sent.payload, total, "charge-2"))
    await h.feed(successful_payment(CUSTOMER, sent.payload, total, "charge-2"))  # sent twice
    await h.send(OTHER, "/start")
    await h.feed(successful_payment(OTHER, sent.payload, total, "charge-3"))
    alerts = [m.text for m in await outbox(stars_shop, ADMIN_ID)]
    assert sum("/refund_stars charge-2" in a for a in alerts) == 1
    assert sum("/refund_stars charge-3" in a for a in alerts) == 1
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    refused = {row.reference: row for row in await topup_rows(stars_shop) if row.state == "failed"}
    assert {k: (r.user_id, r.stars) for k, r in refused.items()} == {
        "charge-2": (CUSTOMER, total),
        "charge-3": (OTHER, total),
    }
    # The alert's advice works: the Stars go back, nothing leaves any wallet.
    await h.send(ADMIN_ID, "/refund_stars charge-2")
    assert "Refunded 455 Stars" in h.last_text(ADMIN_ID)
    assert "never credited" in h.last_text(ADMIN_ID)
    await h.send(ADMIN_ID, "/refund_stars charge-3")
    calls = h.session.calls_of(RefundStarPayment)
    assert [(c.user_id, c.telegram_payment_charge_id) for c in calls] == [
        (CUSTOMER, "charge-2"),
        (OTHER, "charge-3"),
    ]
    assert await stars_shop.balance(CUSTOMER) == to_minor(Decimal(10))
    assert await stars_shop.balance(OTHER) == 0
    assert [e.kind for e in await ledger(stars_shop, CUSTOMER)] == ["topup"]
    await h.send(ADMIN_2, "/refund_stars charge-2")
    assert "already refunded" in h.last_text(ADMIN_2)
    # The credited payment is refunded as before, with its debit.
    await h.send(ADMIN_ID, "/refund_stars charge-1")
    assert "taken from their wallet" in h.last_text(ADMIN_ID)
    assert await stars_shop.balance(CUSTOMER) == 0
    await balanced(stars_shop)


async def test_refused_payment_refund_refused_or_unknown_moves_no_money(stars_shop: Shop) -> None:
    h = stars_shop.harness
    await h.send(OTHER, "/start")
    await h.feed(successful_payment(OTHER, "garbage", 90, "charge-G"))
    (row,) = await topup_rows(stars_shop)
    assert (row.state, row.user_id, row.stars, row.amount) == ("failed", OTHER, 90, 197802)
    h.session.fail_next(RefundStarPayment, TelegramNetworkError)
    await h.send(ADMIN_ID, "/refund_stars charge-G")
    assert "Outcome unknown" in h.last_text(ADMIN_ID)
    assert "nothing was taken" in h.last_text(ADMIN_ID)
    h.session.fail_next(RefundStarPayment, bad_request("Bad Request: CHARGE_NOT_FOUND"))
    await h.send(ADMIN_ID, "/refund_stars charge-G")
    assert "CHARGE_NOT_FOUND" in h.last_text(ADMIN_ID)
    (row,) = await topup_rows(stars_shop)
    assert row.state == "failed"
    assert await ledger(stars_shop, OTHER) == []
    await balanced(stars_shop)


async def test_pre_checkout_answer_retries_only_within_telegrams_ten_seconds(
    stars_shop: Shop,
) -> None:
    h = stars_shop.harness
    (retry,) = [m for m in h.bot.session.middleware if isinstance(m, RetryInteractive)]
    clock = FakeClock()
    waited: list[float] = []

    async def sleep(seconds: float) -> None:  # the waits pass on the driven clock
        waited.append(seconds)
        clock.now += seconds

    retry._sleep, retry._clock = sleep, clock
    sent = await invoice(stars_shop, amount="10")
    total = sent.prices[0].amount
    # Two flood waits of 5 s would answer 10 s late: the first is waited out, not the second.
    h.session.fail_next(AnswerPreCheckoutQuery, retry_after(5), times=2)
    with pytest.raises(TelegramRetryAfter):
        await h.feed(pre_checkout(CUSTOMER, sent.payload, total))
    assert len(h.session.calls_of(AnswerPreCheckoutQuery)) == 2
    assert waited == [5] and sum(waited) < 10
    # One short wait fits: the answer goes through.
    h.session.fail_next(AnswerPreCheckoutQuery, retry_after(2))
    calls = await h.feed(pre_checkout(CUSTOMER, sent.payload, total))
    assert [c.ok for c in calls] == [False, True] and waited == [5, 2]
    # Other replies keep their two waits.
    h.session.fail_next(SendMessage, retry_after(5), times=2)
    await h.send(CUSTOMER, "/wallet")
    assert waited == [5, 2, 5, 5]
