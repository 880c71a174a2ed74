"""The time a background loop runs by, as one object a test replaces with a virtual clock."""

from __future__ import annotations

import asyncio
import contextlib
import time

from bot.domain.clock import now


class Clock:
    """Monotonic seconds for pacing, unix seconds for the rows it writes, and waiting."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> int:
        return now()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def wait(self, event: asyncio.Event, seconds: float) -> None:
        """Until `event` is set, or `seconds` have passed."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), seconds)


SYSTEM_CLOCK = Clock()
