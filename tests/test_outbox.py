"""The notification outbox: delivered once, within Telegram's limits, across restarts."""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict

from aiogram.exceptions import TelegramNetworkError, TelegramNotFound
from aiogram.methods import SendMessage

from bot.domain.clock import now
from bot.domain.order_draft import OrderDraft
from bot.services.ordering import OutcomeKind
from bot.telegram.outbox_sender import OutboxSender, SendLimits
from tests.conftest import CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.clock import VirtualClock
from tests.fakes.telegram import BotHarness, RecordingSession, retry_after

OTHER_CHAT = 2999
FAST = SendLimits(per_second=1000, per_chat_interval=0, backoff=0.01)


def sends(session: RecordingSession, *, ok: bool = True) -> list[tuple[float, SendMessage]]:
    return [
        (call.at, call.method)
        for call in session.calls
        if isinstance(call.method, SendMessage) and call.ok == ok
    ]


def clocked_sender(
    shop: Shop, limits: SendLimits | None = FAST, harness: BotHarness | None = None
) -> tuple[OutboxSender, VirtualClock]:
    """A sender on a virtual clock, which also stamps the harness's calls."""
    h = harness or shop.harness
    clock = VirtualClock()
    h.session.clock = clock
    notifier, notices = shop.services.notifier, shop.services.notices
    return OutboxSender(shop.db, h.bot, notifier, notices, limits, clock), clock


async def deliver(sender: OutboxSender, shop: Shop, clock: VirtualClock, passes: int = 100) -> None:
    """Drains until nothing is pending, the clock moving on a quarter second between passes
    (retries are due in whole seconds); fails if `passes` are not enough."""
    for _ in range(passes):
        await sender.drain()
        async with shop.db.read() as repos:
            if await repos.outbox.count_pending() == 0:
                return
        clock.advance(0.25)
    raise AssertionError("the outbox did not drain")


async def test_restart_between_commit_and_send_delivers_once(shop: Shop) -> None:
    await shop.services.notifier.tell_user(CUSTOMER, "Your order #1 has started.")
    # The process stops here: committed, not sent. A new process, a new bot session:
    restarted = BotHarness(shop.harness.dp)
    try:
        sender, clock = clocked_sender(shop, harness=restarted)
        await sender.recover()
        await deliver(sender, shop, clock)
        await sender.drain()
        await sender.drain()
        delivered = sends(restarted.session)
        assert [m.text for _, m in delivered] == ["Your order #1 has started."]
    finally:
        await restarted.close()


async def test_a_claim_left_by_a_crash_is_sent_after_restart(shop: Shop) -> None:
    await shop.services.notifier.tell_user(CUSTOMER, "hello")
    async with shop.db.transaction() as repos:
        (message,) = await repos.outbox.due(now=2**40, limit=5)
        assert await repos.outbox.claim(message.id, now())  # another process is sending it
    sender, clock = clocked_sender(shop)
    await sender.recover()
    await sender.drain()
    assert sends(shop.harness.session) == []  # a live claim is neither taken nor released
    async with shop.db.transaction() as repos:
        await repos.conn.execute("UPDATE outbox SET claimed_at = 1")  # ... and then it died
    await sender.recover()
    await deliver(sender, shop, clock)
    assert [m.text for _, m in sends(shop.harness.session)] == ["hello"]


async def test_two_senders_never_deliver_one_message_twice(shop: Shop) -> None:
    for i in range(40):
        await shop.services.notifier.tell_user(3000 + i, f"note {i}")
    first = OutboxSender(
        shop.db, shop.harness.bot, shop.services.notifier, shop.services.notices, FAST
    )
    second = OutboxSender(
        shop.db, shop.harness.bot, shop.services.notifier, shop.services.notices, FAST
    )
    await asyncio.gather(first.drain(), second.drain(), first.drain(), second.drain())
    texts = [m.text for _, m in sends(shop.harness.session)]
    assert sorted(texts) == sorted(f"note {i}" for i in range(40))


async def test_403_marks_the_user_and_stops_writing_but_refunds_go_on(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    draft = OrderDraft(service_id=1, link="https://instagram.com/blocked", quantity=1000)
    outcome = await shop.place(draft, "tok")
    assert outcome.kind == OutcomeKind.PLACED and outcome.order and outcome.order.panel_order_id
    session = shop.harness.session
    sender, clock = clocked_sender(shop)
    await deliver(sender, shop, clock)  # the credit notice
    session.block_chat(CUSTOMER)
    await shop.services.notifier.tell_user(CUSTOMER, "first")
    await shop.services.notifier.tell_user(CUSTOMER, "second")
    await deliver(sender, shop, clock)
    async with shop.db.read() as repos:
        user = await repos.users.get(CUSTOMER)
    assert user is not None and user.blocked_bot
    attempts = [m.text for _, m in sends(session, ok=False)]
    assert attempts == ["first"]  # "second" was dropped without trying
    # Tracked and refunded all the same, with no message written for them.
    shop.panel.set_status(outcome.order.panel_order_id, "Canceled")
    await shop.services.status_sync.sync()
    assert await shop.balance(CUSTOMER) == 10 * 100_000
    async with shop.db.read() as repos:
        assert await repos.outbox.count_pending() == 0
    await assert_ledger_balances(shop.db)


async def test_429_waits_out_retry_after_then_delivers(shop: Shop) -> None:
    session = shop.harness.session
    session.fail_next(SendMessage, retry_after(1))
    await shop.services.notifier.tell_user(CUSTOMER, "patience")
    sender, clock = clocked_sender(shop)
    await deliver(sender, shop, clock)
    ((failed_at, _),) = sends(session, ok=False)
    ((sent_at, message),) = sends(session)
    assert message.text == "patience"
    assert sent_at - failed_at >= 1.0


async def test_network_errors_are_retried_with_backoff(shop: Shop) -> None:
    session = shop.harness.session
    session.fail_next(
        SendMessage, lambda m: TelegramNetworkError(method=m, message="reset"), times=2
    )
    await shop.services.notifier.tell_user(CUSTOMER, "eventually")
    sender, clock = clocked_sender(shop)
    await deliver(sender, shop, clock)
    assert [m.text for _, m in sends(session)] == ["eventually"]
    assert len(sends(session, ok=False)) == 2


async def test_rates_hold_overall_and_per_chat(shop: Shop) -> None:
    notifier = shop.services.notifier
    for i in range(40):
        await notifier.tell_user(4000 + i, f"to many {i}")
    for i in range(3):
        await notifier.tell_user(CUSTOMER, f"to one {i}")
    sender, clock = clocked_sender(shop, None)  # the real limits
    await deliver(sender, shop, clock)
    stamps = sends(shop.harness.session)
    assert len(stamps) == 43
    times = sorted(at for at, _ in stamps)
    busiest = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    assert busiest <= SendLimits().per_second + 1 < 31  # the pace, under Telegram's 30/s
    per_chat: dict[int | str, list[float]] = defaultdict(list)
    for at, message in stamps:
        per_chat[message.chat_id].append(at)
    one = sorted(per_chat[CUSTOMER])
    assert [m.text for _, m in stamps if m.chat_id == CUSTOMER] == [f"to one {i}" for i in range(3)]
    assert all(b - a >= 0.95 for a, b in itertools.pairwise(one))


async def test_blocked_user_gets_no_new_outbox_rows(shop: Shop) -> None:
    async with shop.db.transaction() as repos:
        await repos.users.ensure(CUSTOMER, 1)
        await repos.users.set_blocked_bot(CUSTOMER)
    await shop.services.notifier.tell_user(CUSTOMER, "nobody reads this")
    async with shop.db.read() as repos:
        assert await repos.outbox.count_pending() == 0


async def test_an_unexpected_error_fails_one_message_not_the_sender(shop: Shop) -> None:
    session = shop.harness.session
    session.fail_next(
        SendMessage, lambda m: TelegramNotFound(method=m, message="Not Found"), times=10,
        chat_id=CUSTOMER,
    )  # fmt: skip
    await shop.services.notifier.tell_user(CUSTOMER, "doomed")
    await shop.services.notifier.tell_user(OTHER_CHAT, "fine")
    limits = SendLimits(per_second=1000, per_chat_interval=0, backoff=0.01, max_attempts=3)
    sender, clock = clocked_sender(shop, limits)
    await deliver(sender, shop, clock)
    assert [m.text for _, m in sends(session)] == ["fine"]
    async with shop.db.read() as repos:
        counts = await repos.conn.execute_fetchall("SELECT state, attempts FROM outbox ORDER BY id")
    assert [tuple(row) for row in counts] == [("failed", 3), ("sent", 1)]
