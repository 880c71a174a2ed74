"""The outbox is fair (one chat's backlog never holds up another chat), records what Telegram
accepted even when stopped right then, and releases at start what a killed process claimed."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys

from aiogram.methods import SendMessage

from bot.domain.clock import now
from bot.services.broadcast import BroadcastService
from bot.services.leases import holder_is_gone, new_holder
from bot.telegram.outbox_sender import OutboxSender, SendLimits
from bot.telegram.senders import BotProgressMessages
from tests.conftest import ADMIN_ID, Shop
from tests.fakes.clock import VirtualClock

BUSY = 4000
OTHERS = range(5001, 5101)
# The real per-chat gap (one a second), an overall pace that does not slow a test down.
PER_CHAT = SendLimits(per_second=5000, per_chat_interval=1.0, backoff=0.01)


def sent_to(shop: Shop) -> list[int]:
    return [int(m.chat_id) for m in shop.harness.session.sent_messages()]


async def states(shop: Shop) -> dict[int, str]:
    async with shop.db.read() as repos:
        rows = await repos.conn.execute_fetchall("SELECT id, state FROM outbox")
    return {row[0]: row[1] for row in rows}


async def test_a_chat_with_300_pending_delays_no_other_chat_by_more_than_one_pass(
    shop: Shop,
) -> None:
    notifier = shop.services.notifier
    for i in range(300):
        await notifier.tell_user(BUSY, f"busy {i}")
    for chat in OTHERS:
        await notifier.tell_user(chat, f"hello {chat}")
    # By a virtual clock: the busy chat's one-second gap holds however slow the machine is.
    sender = OutboxSender(
        shop.db, shop.harness.bot, notifier, shop.services.notices, PER_CHAT, VirtualClock()
    )

    assert await sender.drain() == 101  # one pass: every other chat, and the busy one once
    first = sent_to(shop)
    assert sorted(first) == sorted([BUSY, *OTHERS])
    assert first.count(BUSY) == 1

    # A chat that gets a message while the backlog is being worked off waits one pass at most.
    await notifier.tell_user(6001, "late")
    await sender.drain()
    assert 6001 in sent_to(shop)[len(first) :]
    assert sent_to(shop).count(BUSY) == 1  # its one-second gap holds meanwhile


async def test_what_telegram_accepted_is_recorded_even_if_the_sender_is_stopped_then(
    shop: Shop,
) -> None:
    await shop.services.notifier.tell_user(4100, "reached the chat")
    sender = OutboxSender(
        shop.db, shop.harness.bot, shop.services.notifier, shop.services.notices, PER_CHAT
    )
    drain = asyncio.create_task(sender.drain())

    def answered_then_stopped(method: SendMessage) -> dict[str, object]:
        drain.cancel()  # the process stops the moment Telegram answers
        return {
            "message_id": 1,
            "date": now(),
            "chat": {"id": method.chat_id, "type": "private"},
            "text": method.text,
        }

    shop.harness.session.respond(SendMessage, answered_then_stopped, times=1)
    with contextlib.suppress(asyncio.CancelledError):
        await drain
    for _ in range(200):  # the record is written in the background of the cancelled pass
        if set((await states(shop)).values()) == {"sent"}:
            break
        await asyncio.sleep(0.01)
    assert set((await states(shop)).values()) == {"sent"}  # not 'sending': never re-sent


async def dead_process_token() -> str:
    child = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    await child.wait()
    return f"{socket.gethostname()}|{child.pid}|l1fe|t0ken"


async def test_a_broadcast_cut_by_sigkill_finishes_at_the_next_start_without_duplicates(
    shop: Shop,
) -> None:
    h = shop.harness
    dead = await dead_process_token()
    me = new_holder()
    assert holder_is_gone(dead, me) and not holder_is_gone(new_holder(), me)
    service = BroadcastService(
        shop.db, shop.services.notifier, shop.services.i18n, progress_interval=0.02
    )
    draft = await service.draft(ADMIN_ID, "Sale")
    async with shop.db.transaction() as repos:
        await repos.outbox.start_broadcast(draft.id, ADMIN_ID, 999)
        ids = []
        for user_id in (7001, 7002, 7003):
            await shop.services.notifier.enqueue(
                repos, user_id, "Sale", kind="broadcast", broadcast_id=draft.id
            )
        await repos.outbox.advance_broadcast(draft.id, 7003, 3)
        await repos.outbox.mark_broadcast_queued(draft.id)
        rows = await repos.outbox.due(now(), 10)
        ids = [row.id for row in rows]
        # What the killed process left: one sent and recorded, two claimed (just now).
        for message_id in ids:
            assert await repos.outbox.claim(message_id, now(), dead)
        await repos.outbox.mark_sent(ids[0], now())
    sender = OutboxSender(shop.db, h.bot, shop.services.notifier, shop.services.notices, PER_CHAT)
    await sender.recover()  # the next start
    runner = asyncio.create_task(service.run(BotProgressMessages(h.bot)))
    try:
        assert await sender.drain() == 2
        for _ in range(500):  # the resumed tracker reports once everything is delivered
            async with shop.db.read() as repos:
                broadcast = await repos.outbox.get_broadcast(draft.id)
            if broadcast is not None and broadcast.state == "done":
                break
            await asyncio.sleep(0.02)
        await asyncio.wait_for(service.join(), 5)  # its report is shown after the state
    finally:
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner
    assert sorted(sent_to(shop)) == [7002, 7003]  # 7001 had it already
    async with shop.db.read() as repos:
        broadcast = await repos.outbox.get_broadcast(draft.id)
    assert broadcast is not None and broadcast.state == "done"
    assert "Delivered: 3" in h.last_text(ADMIN_ID)


async def test_claims_of_a_live_process_are_left_alone_at_start(shop: Shop) -> None:
    await shop.services.notifier.tell_user(4200, "being sent by a live process")
    async with shop.db.transaction() as repos:
        (message,) = await repos.outbox.due(now(), 5)
        assert await repos.outbox.claim(message.id, now(), new_holder())  # this very process
    sender = OutboxSender(
        shop.db, shop.harness.bot, shop.services.notifier, shop.services.notices, PER_CHAT
    )
    await sender.recover()
    assert await sender.drain() == 0
    assert sent_to(shop) == []
