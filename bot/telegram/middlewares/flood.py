"""Flood control: per customer, a burst of updates, then a steady rate; the rest is dropped.

A token bucket per sender: it holds up to `burst` tokens and refills at `rate` a second; each
update takes one. A dropped button press is always answered, with a short toast ("Too fast — tap
again in a moment"): unanswered, Telegram keeps its spinner turning and the customer's tap is
silently lost; that costs one answerCallbackQuery and no message. Of the dropped messages, the
first of a flood gets one polite message, later ones are dropped without a word until a token
is back. The customer's language is read once a flood. Admins are exempt. Buckets live in this
process's memory.

Payment updates pass without taking a token: a `pre_checkout_query` dropped makes the payment
fail, a `successful_payment` dropped is money taken and never credited, a `refunded_payment`
dropped a refund never taken back. Telegram sends them, not the customer's thumb, so they are
no flood.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import TelegramObject, Update, User

from bot.db import Database
from bot.i18n import I18n
from bot.telegram.middlewares.private import in_private

log = logging.getLogger(__name__)

PRUNE_ABOVE = 10_000  # buckets kept before full (idle) ones are forgotten


@dataclass
class _Bucket:
    tokens: float
    at: float
    warned: bool = False
    lang: str | None = None  # the sender's language, read at the first refusal of a flood


def is_payment(event: TelegramObject) -> bool:
    """A pre-checkout query, a successful or a refunded payment: never dropped, never
    counted."""
    if not isinstance(event, Update):
        return False
    if event.pre_checkout_query is not None:
        return True
    message = event.message
    return message is not None and (
        message.successful_payment is not None or message.refunded_payment is not None
    )


class FloodControl(BaseMiddleware):
    """An outer middleware on `dp.update` (after aiogram's own, which finds the sender)."""

    def __init__(
        self,
        burst: int,
        rate: float,
        admin_ids: frozenset[int],
        db: Database,
        i18n: I18n,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = float(burst)
        self._db = db
        self._i18n = i18n
        self.rate = rate
        self.admin_ids = admin_ids
        self.clock = clock
        self._buckets: dict[int, _Bucket] = {}

    def admit(self, user_id: int) -> bool | None:
        """True: handle it. None: drop it, after one warning (the first refusal). False: drop."""
        moment = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) >= PRUNE_ABOVE:
                self._prune(moment)
            bucket = self._buckets[user_id] = _Bucket(self.burst, moment)
        bucket.tokens = min(self.burst, bucket.tokens + (moment - bucket.at) * self.rate)
        bucket.at = moment
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            bucket.lang = None
            return True
        if bucket.warned:
            return False
        bucket.warned = True
        return None

    def _prune(self, moment: float) -> None:
        full = [
            user_id
            for user_id, bucket in self._buckets.items()
            if bucket.tokens + (moment - bucket.at) * self.rate >= self.burst
        ]
        for user_id in full:
            del self._buckets[user_id]

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        sender: User | None = data.get("event_from_user")
        if sender is None or sender.id in self.admin_ids or is_payment(event):
            return await handler(event, data)
        verdict = self.admit(sender.id)
        if verdict:
            return await handler(event, data)
        trace = data.get("trace")
        if isinstance(trace, dict):
            trace["handler"] = "flood-control"
        if isinstance(event, Update):
            await self._refuse(event, data["bot"], sender, first=verdict is None)
        return None

    async def _refuse(self, update: Update, bot: Bot, sender: User, first: bool) -> None:
        # Runs before PrivateChatsOnly (this is on dp.update): a group is never told.
        message = update.message
        try:
            if update.callback_query is not None:
                text = await self._text(sender, "flood-tap-again")
                await bot.answer_callback_query(update.callback_query.id, text)
            elif first and message is not None and in_private(message.chat):
                await bot.send_message(message.chat.id, await self._text(sender, "slow-down"))
        except TelegramAPIError as exc:  # the answer is a courtesy
            log.debug("flood answer not delivered: %s", exc)

    async def _text(self, sender: User, key: str) -> str:
        # Runs before the user middleware: the customer's language is read here, once a flood.
        # The bucket was just refused a token, so it is not full and never pruned meanwhile.
        bucket = self._buckets[sender.id]
        if bucket.lang is None:
            known = await self._db.peek().users.get(sender.id)
            pick = self._i18n.pick(sender.language_code)
            bucket.lang = known.language if known is not None else pick
        return self._i18n.get(bucket.lang)(key)
