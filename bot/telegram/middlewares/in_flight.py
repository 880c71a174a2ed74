"""Counts the updates being handled, so that a stop can wait for them before the panel client
and the database close under a refill or a cancel half-way through its panel call."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject

log = logging.getLogger(__name__)


class InFlightUpdates(BaseMiddleware):
    """An outer middleware on `dp.update`: every update passes it exactly once."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def count(self) -> int:
        return self._count

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        self._count += 1
        self._idle.clear()
        try:
            return await handler(event, data)
        finally:
            self._count -= 1
            if self._count == 0:
                self._idle.set()

    async def wait_idle(self, seconds: float) -> bool:
        """Waits until no update is being handled, at most `seconds`; False if cut short."""
        if self._count:
            log.info("waiting for %d updates being handled", self._count)
        try:
            async with asyncio.timeout(seconds):
                await self._idle.wait()
        except TimeoutError:
            log.warning("stopping with %d updates still being handled", self._count)
            return False
        return True
