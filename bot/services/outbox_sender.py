"""Delivers the outbox within Telegram's limits, each message at most once.

- about 25 messages a second overall and one a second per chat;
- a 429 pauses all sending for its retry_after and the message is tried again;
- a 403 marks the user as having blocked the bot: their pending messages are dropped and no
  more are written for them (their orders are still tracked and refunded);
- network errors and 5xx are retried with backoff, a few times, then given up;
- a message is claimed (pending -> sending) in a committed transaction before it is sent, so
  two senders, or one sender's retries, never deliver it twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.types import InlineKeyboardMarkup

from bot.clock import now
from bot.db import Database
from bot.db.repositories.outbox import OutboxMessage
from bot.pacing import pace_here
from bot.services.notify import Notifier

log = logging.getLogger(__name__)

STALE_CLAIM_SECONDS = 300  # far longer than one send may take


@dataclass(frozen=True, slots=True)
class SendLimits:
    per_second: float = 25.0  # overall
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
        limits: SendLimits | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._bot = bot
        self._notifier = notifier
        self._limits = limits or SendLimits()
        self._clock = clock
        self._next_start = 0.0  # the overall pace: earliest start of the next send
        self._paused_until = 0.0  # a 429 stops everything until then
        self._chat_free_at: dict[int, float] = {}
        self._busy_chats: set[int] = set()

    async def recover(self) -> None:
        """Messages a stopped process claimed and never confirmed are tried again.

        Only claims older than any send can take: another live process may be sending the
        younger ones right now. Telegram has no idempotency key, so a message whose sender died
        between the send and its confirmation may arrive twice; nothing else is sent twice.
        """
        async with self._db.transaction() as repos:
            released = await repos.outbox.release_claims(now() - STALE_CLAIM_SECONDS)
        if released:
            log.warning(
                "outbox: %d messages were half-sent by a stopped sender; retrying", released
            )

    async def run(self, idle_seconds: float = 1.0) -> None:
        last_recovery = 0.0
        while True:
            if self._clock() - last_recovery >= STALE_CLAIM_SECONDS / 2:
                last_recovery = self._clock()
                try:
                    await self.recover()
                except Exception:
                    log.exception("outbox: could not release stale claims")
            try:
                sent = await self.drain()
            except Exception:
                log.exception("outbox: a pass failed; trying again shortly")
                sent = 0
            if sent == 0:
                self._notifier.wakeup.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._notifier.wakeup.wait(), idle_seconds)

    async def drain(self, batch: int = 200) -> int:
        """One pass over what is due now; returns 0 only when nothing is due."""
        pace_here()  # this sender waits out 429s itself
        async with self._db.read() as repos:
            due = await repos.outbox.due(now(), batch)
        if not due:
            return 0
        limiter = asyncio.Semaphore(self._limits.in_flight)
        tasks: list[asyncio.Task[None]] = []
        attempted = 0
        for message in due:
            if message.chat_id in self._busy_chats or not self._chat_free(message.chat_id):
                # Keeps one chat's messages in order and a second apart; a later pass takes it.
                continue
            self._busy_chats.add(message.chat_id)
            await limiter.acquire()
            await self._pace(message.chat_id)
            attempted += 1
            tasks.append(asyncio.create_task(self._deliver(message, limiter)))
        if tasks:
            await asyncio.gather(*tasks)
        else:
            # Everything due waits for its chat's gap: sleep until the first one frees up.
            soonest = min(self._chat_free_at.get(m.chat_id, 0.0) for m in due)
            await asyncio.sleep(max(0.0, min(soonest - self._clock(), 1.0)))
        return attempted or len(due)

    def _chat_free(self, chat_id: int) -> bool:
        return self._chat_free_at.get(chat_id, 0.0) <= self._clock()

    async def _pace(self, chat_id: int) -> None:
        """Waits for the overall pace (and a 429 pause), then books the chat's next slot."""
        moment = self._clock()
        start = max(moment, self._next_start, self._paused_until)
        if start > moment:
            await asyncio.sleep(start - moment)
        self._next_start = max(self._clock(), self._next_start) + 1 / self._limits.per_second
        self._chat_free_at[chat_id] = self._clock() + self._limits.per_chat_interval

    async def _deliver(self, message: OutboxMessage, limiter: asyncio.Semaphore) -> None:
        try:
            async with self._db.transaction() as repos:
                claimed = await repos.outbox.claim(message.id, now())
            if claimed:
                await self._send(message)
        finally:
            self._busy_chats.discard(message.chat_id)
            limiter.release()

    async def _send(self, message: OutboxMessage) -> None:
        markup = (
            InlineKeyboardMarkup.model_validate_json(message.reply_markup)
            if message.reply_markup
            else None
        )
        try:
            await self._bot.send_message(message.chat_id, message.text, reply_markup=markup)
        except TelegramRetryAfter as exc:
            self._paused_until = max(self._paused_until, self._clock() + exc.retry_after)
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
            async with self._db.transaction() as repos:
                await repos.outbox.mark_sent(message.id, now())

    async def _retry(self, message: OutboxMessage, delay: float, error: str) -> None:
        async with self._db.transaction() as repos:
            await repos.outbox.retry_later(message.id, now() + max(1, round(delay)), error)
