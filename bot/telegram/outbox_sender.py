"""Delivers the outbox within Telegram's limits, each message at most once.

- about 28 messages a second overall (Telegram allows about 30) and one a second per chat;
- fair: each pass takes the oldest due message of each chat that may send now, so a chat with
  a long backlog never holds up another chat's first message by more than one pass;
- the overall pace is booked after the claim, so sends a database stall delayed do not leave
  together (and trip 429s);
- a 429 pauses all sending for its retry_after and the message is tried again;
- a 403 marks the user as having blocked the bot: their pending messages are dropped and no
  more are written for them (their orders are still tracked and refunded);
- network errors and 5xx are retried with backoff, a few times, then given up;
- a message is claimed (pending -> sending) in a committed transaction before it is sent, so
  two senders, or one sender's retries, never deliver it twice; the claim names the process
  (bot.services.leases), so the next start releases at once what a killed process held;
- what Telegram accepted is recorded as soon as it answers, shielded from cancellation: the
  at-least-once window is only the time between Telegram's answer and that commit.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.types import InlineKeyboardMarkup

from bot.db import Database
from bot.db.repositories.outbox import OutboxMessage
from bot.domain.notices import Notice
from bot.services.leases import holder_is_gone, new_holder
from bot.services.notify import Notifier
from bot.tasks import every
from bot.tasks.clock import SYSTEM_CLOCK, Clock
from bot.tasks.pacing import pace_here
from bot.ui.notices import NoticeRenderer

log = logging.getLogger(__name__)

STALE_CLAIM_SECONDS = 300  # far longer than one send may take


@dataclass(frozen=True, slots=True)
class SendLimits:
    per_second: float = 28.0  # overall; Telegram allows about 30
    per_chat_interval: float = 1.0  # seconds between two messages to one chat
    max_attempts: int = 5
    backoff: float = 2.0  # seconds, doubled each attempt
    in_flight: int = 8


class OutboxSender:
    def __init__(
        self,
        db: Database,
        bot: Bot,
        notifier: Notifier,
        renderer: NoticeRenderer,
        limits: SendLimits | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self._db = db
        self._bot = bot
        self._notifier = notifier
        self._renderer = renderer
        self._limits = limits or SendLimits()
        self._clock = clock
        self._next_start = 0.0  # the overall pace: earliest start of the next send
        self._paused_until = 0.0  # a 429 stops everything until then
        # When the last sends really left: slots are booked ahead, but a task that wakes late
        # would bunch up with the ones after it; no second ever holds more than per_second.
        self._recent: deque[float] = deque(maxlen=max(1, int(self._limits.per_second)))
        self._chat_free_at: dict[int, float] = {}
        self._busy_chats: set[int] = set()
        self._token = new_holder()
        self._last_recovery = -float(STALE_CLAIM_SECONDS)  # the first pass recovers
        self._idle_seconds = 1.0
        self._sent = 0  # by the last pass

    async def recover(self) -> None:
        """Messages a stopped process claimed and never confirmed are tried again.

        The claims of a process of this host that is gone are released at once; claims of an
        unknown holder only when older than any send can take (another live process may be
        sending the younger ones right now). Telegram has no idempotency key, so a message whose
        sender died between Telegram's answer and its record may arrive twice; nothing else is.
        """
        async with self._db.read() as repos:
            holders = await repos.outbox.claim_holders()
        released = 0
        async with self._db.transaction() as repos:
            for holder in holders:
                if holder_is_gone(holder, self._token):
                    released += await repos.outbox.release_claims_of(holder)
            released += await repos.outbox.release_claims(self._clock.now() - STALE_CLAIM_SECONDS)
        if released:
            log.warning(
                "outbox: %d messages were half-sent by a stopped sender; retrying", released
            )

    async def run(self, idle_seconds: float = 1.0) -> None:
        """The background loop: a pass, again at once while passes send, else after a pause
        that new work (the notifier's wake-up) or the end of a chat's gap cuts short."""
        self._idle_seconds = idle_seconds
        await every(
            self._pause, self._step, "outbox", wake=self._notifier.wakeup, clock=self._clock
        )

    async def _step(self) -> None:
        self._sent = 0
        if self._clock.monotonic() - self._last_recovery >= STALE_CLAIM_SECONDS / 2:
            self._last_recovery = self._clock.monotonic()
            try:
                await self.recover()
            except Exception:
                log.exception("outbox: could not release stale claims")
        self._sent = await self.drain()

    def _pause(self) -> float:
        return 0.0 if self._sent else self._idle(self._idle_seconds)

    def _idle(self, idle_seconds: float) -> float:
        """How long to wait for new work: less when a chat's gap ends sooner."""
        moment = self._clock.monotonic()
        waiting = [at - moment for at in self._chat_free_at.values() if at > moment]
        return min([idle_seconds, *waiting]) if waiting else idle_seconds

    async def drain(self, batch: int = 200) -> int:
        """One pass: the oldest due message of each chat that may send now; returns how many
        were attempted (0 when nothing may be sent now)."""
        pace_here()  # this sender waits out 429s itself
        moment = self._clock.monotonic()
        for chat_id in [c for c, at in self._chat_free_at.items() if at <= moment]:
            del self._chat_free_at[chat_id]  # keeps the map to the chats in their gap
        waiting = self._busy_chats | self._chat_free_at.keys()
        async with self._db.read() as repos:
            due = await repos.outbox.due_per_chat(self._clock.now(), batch, sorted(waiting))
        limiter = asyncio.Semaphore(self._limits.in_flight)
        tasks: list[asyncio.Task[None]] = []
        for message in due:
            if message.chat_id in self._busy_chats or not self._chat_free(message.chat_id):
                continue  # taken by a pass of this sender meanwhile
            self._busy_chats.add(message.chat_id)
            await limiter.acquire()
            tasks.append(asyncio.create_task(self._deliver(message, limiter)))
        if tasks:
            await asyncio.gather(*tasks)
        return len(tasks)

    def _chat_free(self, chat_id: int) -> bool:
        return self._chat_free_at.get(chat_id, 0.0) <= self._clock.monotonic()

    async def _pace(self, chat_id: int) -> None:
        """Books the next overall slot (after a 429 pause) and the chat's gap, then waits for
        the slot. Called after the claim: a slow claim cannot bunch sends together."""
        moment = self._clock.monotonic()
        start = max(moment, self._next_start, self._paused_until)
        self._next_start = start + 1 / self._limits.per_second
        self._chat_free_at[chat_id] = start + self._limits.per_chat_interval
        if start > moment:
            await self._clock.sleep(start - moment)
        while (wait := self._window_wait()) > 0:
            await self._clock.sleep(wait)
        self._recent.append(self._clock.monotonic())  # no await since the check: the window holds

    def _window_wait(self) -> float:
        """Seconds until one more send fits in the last second's window."""
        if len(self._recent) < (self._recent.maxlen or 1):
            return 0.0
        return self._recent[0] + 1.0 - self._clock.monotonic()

    async def _deliver(self, message: OutboxMessage, limiter: asyncio.Semaphore) -> None:
        try:
            async with self._db.transaction() as repos:
                claimed = await repos.outbox.claim(message.id, self._clock.now(), self._token)
            if claimed:
                await self._pace(message.chat_id)
                await self._send(message)
        finally:
            self._busy_chats.discard(message.chat_id)
            limiter.release()

    def _content(self, message: OutboxMessage) -> tuple[str, InlineKeyboardMarkup | None]:
        """A notice in its recipient's language as of now; other messages as stored."""
        markup = (
            InlineKeyboardMarkup.model_validate_json(message.reply_markup)
            if message.reply_markup
            else None
        )
        if message.notice is None:
            return message.text, markup
        text, buttons = self._renderer.render(Notice.from_json(message.notice), message.language)
        return text, buttons or markup

    async def _send(self, message: OutboxMessage) -> None:
        try:
            text, markup = self._content(message)
        except Exception as exc:  # a notice this version cannot render: never retried
            log.exception("outbox: message %s cannot be rendered", message.id)
            async with self._db.transaction() as repos:
                await repos.outbox.mark_final(message.id, "failed", f"render: {exc}"[:500])
            return
        try:
            await self._bot.send_message(message.chat_id, text, reply_markup=markup)
        except TelegramRetryAfter as exc:
            self._paused_until = max(self._paused_until, self._clock.monotonic() + exc.retry_after)
            log.warning("outbox: Telegram asks to wait %s s", exc.retry_after)
            await self._retry(message, exc.retry_after, f"retry after {exc.retry_after}")
        except TelegramForbiddenError as exc:
            log.info("outbox: chat %s blocked the bot", message.chat_id)
            async with self._db.transaction() as repos:
                await repos.outbox.mark_final(message.id, "blocked", exc.message)
                await repos.outbox.block_pending_for_chat(message.chat_id, exc.message)
                await repos.users.set_blocked_bot(message.chat_id)
        except TelegramBadRequest as exc:
            log.warning("outbox: message %s refused: %s", message.id, exc.message)
            async with self._db.transaction() as repos:
                await repos.outbox.mark_final(message.id, "failed", exc.message)
        except Exception as exc:  # network errors, 5xx, and whatever else comes
            # Anything else (an API error we do not know, a hiccup of our own) is treated as
            # transient a few times over: one bad message never stops the sender.
            if message.attempts + 1 >= self._limits.max_attempts:
                log.error("outbox: giving up on message %s: %s", message.id, exc)
                async with self._db.transaction() as repos:
                    await repos.outbox.mark_final(message.id, "failed", str(exc)[:500])
                return
            delay = self._limits.backoff * 2**message.attempts
            await self._retry(message, delay, str(exc)[:500])
        else:
            # Telegram has it: recorded now, and even if this task is cancelled meanwhile.
            await asyncio.shield(self._mark_sent(message.id))

    async def _mark_sent(self, message_id: int) -> None:
        async with self._db.transaction() as repos:
            await repos.outbox.mark_sent(message_id, self._clock.now())

    async def _retry(self, message: OutboxMessage, delay: float, error: str) -> None:
        async with self._db.transaction() as repos:
            await repos.outbox.retry_later(
                message.id, self._clock.now() + max(1, round(delay)), error
            )
