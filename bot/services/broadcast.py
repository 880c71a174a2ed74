"""Broadcasts: drafted and previewed, then queued into the outbox in chunks and tracked.

- The outbox sender delivers them at Telegram's limits, like any other notification.
- Each chunk of outbox rows is written in its own transaction together with the broadcast's
  cursor (the last user id queued): no giant transaction, and a restart resumes queueing
  where it stopped without writing to anyone twice.
- One small task per broadcast edits the admin's progress message every few seconds until no
  message is pending or sending, then reports delivered, blocked and failed.
- Admins are left out of the recipients: they saw the preview and get the report.
- The body is sent as the admin typed it; the progress and the report are in the language of
  the admin who reads them.
- The progress message is edited through `ProgressMessages`, implemented in bot/telegram/:
  services never call the Bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.outbox import Broadcast
from bot.domain.clock import now
from bot.i18n import I18n, Translator
from bot.services.notify import Notifier
from bot.tasks.pacing import pace_here

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class BroadcastDraft:
    id: int
    recipients: int


@dataclass(frozen=True, slots=True)
class Progress:
    total: int
    delivered: int
    blocked: int
    failed: int
    waiting: int


class ShownKind(StrEnum):
    SHOWN = "shown"  # the chat now reads the text (edited, sent, or it already read so)
    WAIT = "wait"  # Telegram asks to wait `retry_after` seconds first
    GONE = "gone"  # refused: the message is deleted or too old to edit
    FAILED = "failed"  # any other failure, described in `detail`


@dataclass(frozen=True, slots=True)
class Shown:
    kind: ShownKind
    retry_after: float = 0.0
    detail: str = ""


class ProgressMessages(Protocol):
    """The admin's chat where a broadcast's progress and report are shown."""

    async def edit(self, chat_id: int, message_id: int, text: str) -> Shown:
        """Rewrites a message of the bot to the text."""
        ...

    async def send(self, chat_id: int, text: str) -> Shown:
        """Sends the text as a new message."""
        ...


class BroadcastService:
    def __init__(
        self,
        db: Database,
        notifier: Notifier,
        i18n: I18n,
        *,
        chunk_size: int = 500,
        progress_interval: float = 3.0,
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._i18n = i18n
        self.chunk_size = chunk_size
        self.progress_interval = progress_interval
        self._tasks: dict[int, asyncio.Task[None]] = {}

    async def draft(self, admin_id: int, text: str) -> BroadcastDraft:
        async with self._db.transaction() as repos:
            broadcast_id = await repos.outbox.create_broadcast(admin_id, text, now())
            count = await repos.users.count_reachable(sorted(self._notifier.admin_ids))
        return BroadcastDraft(broadcast_id, count)

    async def cancel(self, broadcast_id: int) -> bool:
        async with self._db.transaction() as repos:
            return await repos.outbox.cancel_broadcast(broadcast_id)

    async def start(
        self, broadcast_id: int, messages: ProgressMessages, chat_id: int, message_id: int
    ) -> bool:
        """draft -> sending, once (a second tap does nothing); progress goes to that message."""
        async with self._db.transaction() as repos:
            started = await repos.outbox.start_broadcast(broadcast_id, chat_id, message_id)
        if started:
            self._spawn(broadcast_id, messages)
        return started

    async def run(self, messages: ProgressMessages) -> None:
        """Background task: resumes broadcasts a stop interrupted; on cancel, stops trackers."""
        pace_here()
        try:
            async with self._db.read() as repos:
                unfinished = await repos.outbox.unfinished_broadcasts()
            for broadcast in unfinished:
                self._spawn(broadcast.id, messages)
            await asyncio.Event().wait()
        finally:
            await self.close()

    async def join(self) -> None:
        """Waits until every broadcast being sent now is finished (for tests and tools)."""
        while self._tasks:
            await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    async def close(self) -> None:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _spawn(self, broadcast_id: int, messages: ProgressMessages) -> None:
        if broadcast_id in self._tasks:
            return
        work = self._work(broadcast_id, messages)
        task = asyncio.create_task(work, name=f"broadcast-{broadcast_id}")
        self._tasks[broadcast_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(broadcast_id, None))

    async def _work(self, broadcast_id: int, messages: ProgressMessages) -> None:
        pace_here()
        try:
            async with self._db.read() as repos:
                broadcast = await repos.outbox.get_broadcast(broadcast_id)
                t = await self._reader(repos, broadcast)
            if broadcast is not None and broadcast.message_id is not None:
                # Only a label until the first count; one task edits it, so in order. Whatever
                # the answer, the counts follow.
                label = t("admin-broadcast-starting", id=broadcast_id)
                await messages.edit(_chat(broadcast), broadcast.message_id, label)
            await self.queue(broadcast_id)
            await self._track(broadcast_id, messages)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("broadcast %s: stopped by an error", broadcast_id)

    async def queue(self, broadcast_id: int) -> int:
        """Writes the outbox rows, a chunk per transaction, from where the cursor is."""
        queued = 0
        while True:
            async with self._db.transaction() as repos:
                broadcast = await repos.outbox.get_broadcast(broadcast_id)
                if broadcast is None or broadcast.state != "sending" or broadcast.queued_all:
                    return queued
                ids = await repos.users.reachable_after(broadcast.cursor, self.chunk_size)
                if not ids:
                    await repos.outbox.mark_broadcast_queued(broadcast_id)
                    return queued
                added = 0
                for user_id in ids:
                    if user_id in self._notifier.admin_ids:
                        continue
                    if await self._notifier.enqueue(
                        repos, user_id, broadcast.text, kind="broadcast", broadcast_id=broadcast_id
                    ):
                        added += 1
                await repos.outbox.advance_broadcast(broadcast_id, ids[-1], added)
            queued += added
            self._notifier.wake()  # the sender starts on this chunk while the next is written

    async def progress(self, broadcast_id: int) -> Progress:
        async with self._db.read() as repos:
            broadcast = await repos.outbox.get_broadcast(broadcast_id)
            counts = await repos.outbox.broadcast_counts(broadcast_id)
        return Progress(
            total=0 if broadcast is None else broadcast.total,
            delivered=counts.get("sent", 0),
            blocked=counts.get("blocked", 0),
            failed=counts.get("failed", 0),
            waiting=counts.get("pending", 0) + counts.get("sending", 0),
        )

    async def _track(self, broadcast_id: int, messages: ProgressMessages) -> None:
        async with self._db.read() as repos:
            broadcast = await repos.outbox.get_broadcast(broadcast_id)
            t = await self._reader(repos, broadcast)
        if broadcast is None:
            return
        shown = ""
        while True:
            progress = await self.progress(broadcast_id)
            finished = progress.waiting == 0
            if finished:
                async with self._db.transaction() as repos:
                    await repos.outbox.finish_broadcast(broadcast_id, now())
                text = t("admin-broadcast-done", id=broadcast_id, **_numbers(progress))
            else:
                text = t("admin-broadcast-progress", id=broadcast_id, **_numbers(progress))
            if text != shown:
                await self._show(messages, broadcast, text, final=finished)
                shown = text
            if finished:
                log.info("broadcast %s finished: %s", broadcast_id, progress)
                return
            await asyncio.sleep(self.progress_interval)

    async def _reader(self, repos: Repos, broadcast: Broadcast | None) -> Translator:
        """The language of the admin who follows the broadcast (the shop's default if the
        chat has no user row)."""
        user = None if broadcast is None else await repos.users.get(_chat(broadcast))
        return self._i18n.get(None if user is None else user.language)

    async def _show(
        self, messages: ProgressMessages, broadcast: Broadcast, text: str, *, final: bool
    ) -> None:
        """Edits the progress message; the final report is sent anew if it cannot be edited."""
        chat_id = _chat(broadcast)
        for _attempt in range(3 if final else 1):
            if broadcast.message_id is None:
                break
            shown = await messages.edit(chat_id, broadcast.message_id, text)
            if shown.kind == ShownKind.SHOWN:
                return
            if shown.kind == ShownKind.WAIT:
                await asyncio.sleep(shown.retry_after)  # a progress update may be skipped
                continue
            if shown.kind == ShownKind.FAILED:
                log.warning("broadcast %s: progress not shown: %s", broadcast.id, shown.detail)
            break  # GONE: deleted or too old to edit
        if final:
            sent = await messages.send(chat_id, text)
            if sent.kind != ShownKind.SHOWN:
                log.warning("broadcast %s: report not sent: %s", broadcast.id, sent.detail)


def _chat(broadcast: Broadcast) -> int:
    """Where the progress is shown: the chat the Send button was pressed in."""
    return broadcast.chat_id or broadcast.admin_id


def _numbers(progress: Progress) -> dict[str, int]:
    return {
        "total": progress.total,
        "delivered": progress.delivered,
        "blocked": progress.blocked,
        "failed": progress.failed,
        "waiting": progress.waiting,
    }
