"""Broadcasts: previewed, confirmed once, queued in chunks, delivered by the outbox sender at
Telegram's limits, with one progress message and a final report."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage
from aiogram.types import Chat, Message, MessageEntity, User

from bot.domain.clock import now
from bot.services.broadcast import BroadcastService, Shown, ShownKind
from bot.telegram.outbox_sender import OutboxSender, SendLimits
from bot.telegram.senders import BotProgressMessages
from bot.ui.keyboards.callbacks import AdminBroadcastCb
from tests.conftest import ADMIN_ID, Shop
from tests.fakes.clock import VirtualClock
from tests.fakes.telegram import Call, bad_request, forbidden, retry_after
from tests.sql import reachable_ids, rows

FAST = SendLimits(per_second=2000, per_chat_interval=0)


async def add_customers(shop: Shop, ids: range) -> None:
    async with shop.db.transaction() as repos:
        for user_id in ids:
            await repos.users.upsert_seen(user_id, f"user{user_id}", "Customer", "en", now())


@contextlib.asynccontextmanager
async def sending(shop: Shop, limits: SendLimits | None = None) -> AsyncIterator[OutboxSender]:
    """An outbox sender on the harness's bot, running until the block ends. Its pace is kept
    on a virtual clock, which also stamps the harness's calls."""
    clock = VirtualClock()
    shop.harness.session.clock = clock
    notifier, notices = shop.services.notifier, shop.services.notices
    sender = OutboxSender(shop.db, shop.harness.bot, notifier, notices, limits, clock)
    task = asyncio.create_task(sender.run(idle_seconds=0.05))
    try:
        yield sender
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def outbox_rows(shop: Shop) -> list[tuple[int, str, str, int | None]]:
    async with (
        shop.db.read() as repos,
        repos.conn.execute(
            "SELECT chat_id, text, state, broadcast_id FROM outbox ORDER BY id"
        ) as cursor,
    ):
        return [tuple(row) for row in await cursor.fetchall()]  # type: ignore[misc]


async def start_broadcast(shop: Shop, text: str) -> None:
    """The admin asks for a broadcast and confirms the preview."""
    h = shop.harness
    await h.send(ADMIN_ID, text)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Send"))


def admin_report(shop: Shop) -> str:
    return shop.harness.last_text(ADMIN_ID)


async def test_broadcast_without_text_shows_usage(shop: Shop) -> None:
    await add_customers(shop, range(3001, 3004))
    await shop.harness.send(ADMIN_ID, "/broadcast")
    assert shop.harness.last_text(ADMIN_ID).startswith("Usage: /broadcast")
    assert await outbox_rows(shop) == []
    too_long = "/broadcast " + "x" * 4097
    await shop.harness.send(ADMIN_ID, too_long)
    assert "too long: 4097 characters" in shop.harness.last_text(ADMIN_ID)
    async with shop.db.read() as repos, repos.conn.execute("SELECT count(*) FROM broadcasts") as c:
        assert (await c.fetchone())[0] == 0  # type: ignore[index]


async def test_broadcast_length_is_counted_as_telegram_counts_it(shop: Shop) -> None:
    """3,000 emoji are 3,000 code points but 6,000 UTF-16 units: over Telegram's limit."""
    await add_customers(shop, range(3001, 3004))
    await shop.harness.send(ADMIN_ID, "/broadcast " + "😀" * 3000)
    assert "too long: 6000 characters" in shop.harness.last_text(ADMIN_ID)
    assert await rows(shop.db, "SELECT id FROM broadcasts") == []


async def test_a_preview_telegram_refuses_says_why(shop: Shop) -> None:
    await add_customers(shop, range(3001, 3004))
    shop.harness.session.fail_next(SendMessage, bad_request("Bad Request: can't parse entities"))
    await shop.harness.send(ADMIN_ID, "/broadcast Hello")
    text = shop.harness.last_text(ADMIN_ID)
    assert "Telegram refused the text" in text and "can't parse entities" in text
    assert [state for (state,) in await rows(shop.db, "SELECT state FROM broadcasts")] == [
        "cancelled"
    ]


async def test_preview_counts_recipients_and_cancel_sends_nothing(shop: Shop) -> None:
    h = shop.harness
    await add_customers(shop, range(3001, 3006))
    async with shop.db.transaction() as repos:
        await repos.users.set_banned(3001, True)
        await repos.users.set_blocked_bot(3002)
    await h.send(ADMIN_ID, "/broadcast Sale <today> & tomorrow")
    sent = h.session.sent_messages(ADMIN_ID)
    assert sent[-2].text == "Sale &lt;today&gt; &amp; tomorrow"  # exactly what customers get
    assert "Send it to <b>3</b> customers?" in sent[-1].text
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Cancel"))
    assert "cancelled: nothing was sent" in h.last_text(ADMIN_ID)
    calls = await h.press(ADMIN_ID, AdminBroadcastCb(act="send", id=1).pack())
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers and answers[0].text == "This broadcast was already started or cancelled."
    assert await outbox_rows(shop) == []


async def test_nobody_to_send_to(shop: Shop) -> None:
    await shop.harness.send(ADMIN_ID, "/broadcast Hello")
    assert "Nobody to send to" in shop.harness.last_text(ADMIN_ID)


async def test_broadcast_of_a_replied_message_keeps_its_formatting(shop: Shop) -> None:
    h = shop.harness
    shop.services.broadcasts.progress_interval = 0.02
    await add_customers(shop, range(3001, 3003))
    original = Message(
        message_id=1,
        date=datetime.now(tz=UTC),
        chat=Chat(id=ADMIN_ID, type="private"),
        from_user=User(id=ADMIN_ID, is_bot=False, first_name="Admin"),
        text="Big sale <now>",
        entities=[MessageEntity(type="bold", offset=0, length=8)],
    )
    await h.send(ADMIN_ID, "/broadcast", reply_to=original)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Send"))
    async with sending(shop, FAST):
        await shop.services.broadcasts.join()
    for chat in (3001, 3002):
        assert [m.text for m in h.session.sent_messages(chat)] == ["<b>Big sale</b> &lt;now&gt;"]
    assert "Delivered: 2" in admin_report(shop)


async def test_broadcast_to_1000_customers_of_whom_50_blocked_the_bot(shop: Shop) -> None:
    h = shop.harness
    customers = range(10_001, 11_001)
    await add_customers(shop, customers)
    blocked = set(customers[::20])
    assert len(blocked) == 50
    for chat in blocked:
        h.session.block_chat(chat)
    shop.services.broadcasts.progress_interval = 0.05
    await h.send(ADMIN_ID, "/broadcast 📣 New services are in!")
    assert "Send it to <b>1000</b> customers?" in h.last_text(ADMIN_ID)
    preview = h.session.last_bot_message(ADMIN_ID)
    assert preview is not None
    progress_id = preview.message_id
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Send"))
    async with sending(shop, FAST):
        await asyncio.wait_for(shop.services.broadcasts.join(), 20)

    report = admin_report(shop)
    assert "Broadcast #1 finished" in report
    assert "Delivered: 950\nBlocked the bot: 50\nFailed: 0\nTotal: 1000" in report
    # One progress message, edited in place (never a new one per update).
    edits = h.session.edits(ADMIN_ID)
    assert edits and {e.message_id for e in edits} == {progress_id}
    assert isinstance(h.session.calls[-1].method, EditMessageText | SendMessage)
    # Each customer got it once; the blocked ones were marked and are left alone from now on.
    per_chat = Counter(m.chat_id for m in h.session.sent_messages() if m.chat_id in customers)
    assert len(per_chat) == 950 and set(per_chat.values()) == {1}
    assert await reachable_ids(shop.db) == {ADMIN_ID, *customers} - blocked
    async with shop.db.read() as repos:
        counts = await repos.outbox.broadcast_counts(1)
        broadcast = await repos.outbox.get_broadcast(1)
    assert counts == {"sent": 950, "blocked": 50}
    assert broadcast is not None and broadcast.state == "done" and broadcast.finished_at
    # The admin is not a recipient: they saw the preview and get the report.
    assert all("New services" not in m.text for m in h.session.sent_messages(ADMIN_ID)[2:])


async def test_a_second_send_tap_sends_nothing_more(shop: Shop) -> None:
    h = shop.harness
    shop.services.broadcasts.progress_interval = 0.02
    await add_customers(shop, range(3001, 3004))
    await h.send(ADMIN_ID, "/broadcast Once")
    send = h.find_button(ADMIN_ID, "Send")
    preview = h.session.last_bot_message(ADMIN_ID)
    assert preview is not None
    await h.press(ADMIN_ID, send)
    calls = await h.press(ADMIN_ID, send, message_id=preview.message_id)
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers[0].text == "This broadcast was already started or cancelled."
    async with sending(shop, FAST):
        await shop.services.broadcasts.join()
    assert len(await outbox_rows(shop)) == 3


async def test_queueing_is_chunked_and_resumes_where_it_stopped(shop: Shop) -> None:
    """A stop in the middle of queueing: the next start goes on from the cursor."""
    h = shop.harness
    await add_customers(shop, range(3001, 3008))  # 7 customers
    service = BroadcastService(shop.db, shop.services.notifier, shop.services.i18n, chunk_size=3)
    draft = await service.draft(ADMIN_ID, "Resumed")
    async with shop.db.transaction() as repos:
        assert await repos.outbox.start_broadcast(draft.id, ADMIN_ID, 999)
        # What the first chunk left behind before the stop: 3 rows and the cursor.
        for user_id in (3001, 3002, 3003):
            await shop.services.notifier.enqueue(
                repos, user_id, "Resumed", kind="broadcast", broadcast_id=draft.id
            )
        await repos.outbox.advance_broadcast(draft.id, 3003, 3)
    service.progress_interval = 0.02
    runner = asyncio.create_task(service.run(BotProgressMessages(h.bot)))
    try:
        async with sending(shop, FAST):
            for _ in range(200):
                async with shop.db.read() as repos:
                    broadcast = await repos.outbox.get_broadcast(draft.id)
                if broadcast is not None and broadcast.state == "done":
                    break
                await asyncio.sleep(0.02)
    finally:
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner
    assert broadcast is not None and broadcast.state == "done" and broadcast.total == 7
    chats = [row[0] for row in await outbox_rows(shop)]
    assert sorted(chats) == list(range(3001, 3008))  # everyone once, nobody twice
    assert "Delivered: 7" in h.last_text(ADMIN_ID)  # the resumed tracker reported


def busiest_second(times: list[float]) -> int:
    """The most sends in any one-second sliding window."""
    times = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


async def test_rate_limits_hold_at_the_defaults(shop: Shop) -> None:
    """60 chats get a broadcast and one more chat three notices: 28/s overall, 1/s per chat."""
    h = shop.harness
    shop.services.broadcasts.progress_interval = 0.5
    customers = range(4001, 4061)
    await add_customers(shop, customers)
    busy_chat = 5000  # not a customer row: notices only
    for n in range(3):
        await shop.services.notifier.tell_user(busy_chat, f"notice {n}")
    await start_broadcast(shop, "/broadcast Rate limited hello")
    async with sending(shop):  # the real default limits
        await asyncio.wait_for(shop.services.broadcasts.join(), 20)
        for _ in range(1000):  # the busy chat's last notice may trail the broadcast
            if len(h.session.sent_messages(busy_chat)) == 3:
                break
            await asyncio.sleep(0.01)

    watched = {*customers, busy_chat}
    sends: list[Call] = [
        call
        for call in h.session.calls
        if isinstance(call.method, SendMessage) and call.method.chat_id in watched
    ]
    assert len(sends) == 63
    assert busiest_second([call.at for call in sends]) <= 28 + 1
    busy = sorted(call.at for call in sends if call.method.chat_id == busy_chat)  # type: ignore[attr-defined]
    assert len(busy) == 3
    assert all(later - earlier >= 0.95 for earlier, later in itertools.pairwise(busy))
    assert "Delivered: 60" in admin_report(shop)


async def test_a_deleted_progress_message_gets_the_report_anew(shop: Shop) -> None:
    h = shop.harness
    shop.services.broadcasts.progress_interval = 0.02
    await add_customers(shop, range(3001, 3003))
    gone = bad_request("Bad Request: message to edit not found")
    h.session.fail_next(EditMessageText, gone, times=1000, chat_id=ADMIN_ID)
    before = len(h.session.sent_messages(ADMIN_ID))
    await start_broadcast(shop, "/broadcast Hello")
    async with sending(shop, FAST):
        await shop.services.broadcasts.join()
    new = [m.text or "" for m in h.session.sent_messages(ADMIN_ID)[before:]]
    assert new[0] == "Hello" and "Send it to" in new[1]  # the preview
    assert len(new) == 3 and "Broadcast #1 finished" in new[2] and "Delivered: 2" in new[2]


async def test_telegram_answers_to_progress_messages_become_plain_outcomes(shop: Shop) -> None:
    """What the broadcast service sees of Telegram: shown, wait so long, gone, or failed."""
    h = shop.harness
    messages = BotProgressMessages(h.bot)
    first = await h.bot.send_message(ADMIN_ID, "Broadcast #1: starting")

    async def edit(text: str) -> Shown:
        return await messages.edit(ADMIN_ID, first.message_id, text)

    assert await edit("Delivered: 1") == Shown(ShownKind.SHOWN)
    assert await edit("Delivered: 1") == Shown(ShownKind.SHOWN)  # Telegram: not modified
    h.session.fail_next(EditMessageText, retry_after(7))
    wait = await edit("Delivered: 2")
    assert wait.kind == ShownKind.WAIT and wait.retry_after == 7
    h.session.fail_next(EditMessageText, bad_request("Bad Request: message to edit not found"))
    assert (await edit("Delivered: 2")).kind == ShownKind.GONE
    h.session.fail_next(EditMessageText, forbidden())
    failed = await edit("Delivered: 2")
    assert failed.kind == ShownKind.FAILED and "blocked" in failed.detail
    assert await messages.send(ADMIN_ID, "Report") == Shown(ShownKind.SHOWN)
    h.session.fail_next(SendMessage, forbidden())
    assert (await messages.send(ADMIN_ID, "Report")).kind == ShownKind.FAILED
    last = h.session.edits(ADMIN_ID)[-1]  # nothing refused was recorded as shown
    assert isinstance(last, EditMessageText) and last.text == "Delivered: 1"
