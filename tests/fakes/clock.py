"""A virtual clock for background loops (bot.tasks.clock.Clock): waiting moves it on at once.

A test of a rate or a delay then runs as fast as the code does, and what it measures (when
each call left, in the clock's seconds) cannot be upset by a slow machine. Sleeps of tasks
running side by side add up, so a paced sequence comes out spread wider than on a real clock,
never tighter: an upper bound on a rate still proves the pacing.
"""

from __future__ import annotations

import asyncio

from bot.domain.clock import now
from bot.tasks.clock import Clock


class VirtualClock(Clock):
    real_wait = 0.005  # seconds of real time a wait for an event lasts at most

    def __init__(self, start: float = 1000.0) -> None:
        self.elapsed = 0.0
        self._start = start
        self._wall = now()  # rows written by others carry the real time: start from it

    def __call__(self) -> float:
        return self.monotonic()

    def monotonic(self) -> float:
        return self._start + self.elapsed

    def now(self) -> int:
        return self._wall + int(self.elapsed)

    async def sleep(self, seconds: float) -> None:
        self.advance(seconds)
        await asyncio.sleep(0)

    async def wait(self, event: asyncio.Event, seconds: float) -> None:
        """A loop waiting for work gives other tasks a moment of real time to set `event`
        (rather than spinning), then the clock moves on by `seconds`."""
        try:
            await asyncio.wait_for(event.wait(), min(seconds, self.real_wait))
        except TimeoutError:
            self.advance(seconds)

    def advance(self, seconds: float) -> None:
        self.elapsed += max(0.0, seconds)
