"""Interactive replies outlive a short flood wait or one server hiccup.

A Bot API session middleware: a reply to a customer (an answer, an edit, a new message) that
meets a 429 with a short `retry_after` waits it out and goes again; one that meets a 5xx or a
network error goes once more, for the methods where a duplicate does no harm. Background
senders (the outbox, broadcasts) pace themselves and re-queue: they mark themselves, and
this middleware leaves their calls alone (bot/tasks/pacing.py).

An answer to a pre-checkout query counts only within Telegram's 10 seconds: its waits and
retries stop where they would end past `pre_checkout_budget` seconds from its first try (the
rest of the 10 s is for the update's way in and the requests themselves).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.methods import (
    AnswerCallbackQuery,
    AnswerPreCheckoutQuery,
    DeleteMessage,
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType

from bot.tasks.pacing import is_paced

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]

# A second copy of these is harmless: an edit or an answer is idempotent, and a reply the
# customer might get twice beats one they never get.
_REPEATABLE = (
    AnswerCallbackQuery,
    AnswerPreCheckoutQuery,
    DeleteMessage,
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    SendMessage,
)


PRE_CHECKOUT_BUDGET = 6.0  # seconds of waits and retries an answerPreCheckoutQuery may take


class RetryInteractive(BaseRequestMiddleware):
    def __init__(
        self,
        *,
        longest_wait: float = 5.0,
        waits: int = 2,
        error_pause: float = 0.5,
        pre_checkout_budget: float = PRE_CHECKOUT_BUDGET,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.longest_wait = longest_wait
        self.waits = waits
        self.error_pause = error_pause
        self.pre_checkout_budget = pre_checkout_budget
        self._sleep = sleep
        self._clock = clock

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Any:
        if is_paced():
            return await make_request(bot, method)
        waits = 0
        errors = 0
        deadline = None
        if isinstance(method, AnswerPreCheckoutQuery):
            deadline = self._clock() + self.pre_checkout_budget

        def fits(wait: float) -> bool:
            return deadline is None or self._clock() + wait <= deadline

        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if (
                    waits >= self.waits
                    or exc.retry_after > self.longest_wait
                    or not fits(exc.retry_after)
                ):
                    raise
                waits += 1
                log.info(
                    "%s: flood wait of %s s, then again", type(method).__name__, exc.retry_after
                )
                await self._sleep(exc.retry_after)
            except (TelegramServerError, TelegramNetworkError) as exc:
                if errors >= 1 or not isinstance(method, _REPEATABLE) or not fits(self.error_pause):
                    raise
                errors += 1
                log.info("%s: %s, trying once more", type(method).__name__, type(exc).__name__)
                await self._sleep(self.error_pause)
