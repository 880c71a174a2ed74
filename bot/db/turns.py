"""Whose write goes next: customers' before background jobs'.

One connection writes, one transaction at a time. A long job (a status sync of 10,000 orders,
a catalogue refresh, a broadcast) writes in short transactions, but with a first-come lock a
customer's write (their first /start, a form step, an order) queued behind every transaction
the job's tasks were already waiting for. `WriterTurns` hands the writer over directly to the
next waiter, customers first: a customer waits for at most the one job transaction running.

A job marks itself with `background()` (a context variable: it reaches the tasks it starts and
nothing else); everything else is a customer's or an admin's action.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar

_background: ContextVar[bool] = ContextVar("background_writer", default=False)


@contextmanager
def background() -> Iterator[None]:
    """The writes made inside (and by tasks started inside) give way to customers' writes."""
    token = _background.set(True)
    try:
        yield
    finally:
        _background.reset(token)


def mark_background() -> None:
    """For the top of a background task's coroutine: the rest of the task gives way."""
    _background.set(True)


def in_background() -> bool:
    return _background.get()


class WriterTurns:
    """A lock with two queues; on release it passes straight to the first urgent waiter, else
    to the first background one (no barging: a newcomer never overtakes a waiter)."""

    def __init__(self) -> None:
        self._held = False
        self._urgent: deque[asyncio.Future[None]] = deque()
        self._later: deque[asyncio.Future[None]] = deque()

    @property
    def waiting(self) -> tuple[int, int]:
        """(urgent, background) waiters: for tests."""
        return len(self._urgent), len(self._later)

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        await self._acquire(urgent=not in_background())
        try:
            yield
        finally:
            self._release()

    async def _acquire(self, urgent: bool) -> None:
        if not self._held and not self._urgent and not self._later:
            self._held = True
            return
        queue = self._urgent if urgent else self._later
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._release()  # handed the turn while being cancelled: pass it on
            elif waiter in queue:
                queue.remove(waiter)
            raise

    def _release(self) -> None:
        for queue in (self._urgent, self._later):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)  # the turn passes on; still held
                    return
        self._held = False
