"""Background loops: started on startup, cancelled and awaited on shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from bot.db.turns import mark_background
from bot.tasks.clock import SYSTEM_CLOCK, Clock

log = logging.getLogger(__name__)


async def every(
    seconds: float | Callable[[], float],
    job: Callable[[], Awaitable[object]],
    name: str,
    *,
    wake: asyncio.Event | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> None:
    """The one shape of a background loop: runs `job` now, then again after each pause.

    The pause is `seconds`, or what `seconds()` says after each run (0: at once). `wake`, when
    given, cuts a pause short; it is cleared before each run, so a wake-up that comes during a
    run is not lost. A failing run is logged and the loop goes on. Pauses are waited on
    `clock`. Start it with BackgroundTasks.start; cancelling the task ends it.
    """
    while True:
        if wake is not None:
            wake.clear()
        try:
            await job()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("background job %s failed", name)
        pause = seconds() if callable(seconds) else seconds
        if wake is None:
            await clock.sleep(pause)
        elif pause > 0:
            await clock.wait(wake, pause)


async def _in_background(coro: Coroutine[Any, Any, Any]) -> Any:
    mark_background()  # this task's context only
    return await coro


class BackgroundTasks:
    """The registry of the shop's background tasks: started on startup, each once, and all
    cancelled and awaited on shutdown (aiohttp's way of running background tasks)."""

    def __init__(self) -> None:
        self._tasks: list[asyncio.Task[Any]] = []

    def start(self, name: str, coro: Coroutine[Any, Any, Any]) -> None:
        """Runs `coro` as a task whose database writes give way to customers' writes."""
        self._tasks.append(asyncio.create_task(_in_background(coro), name=name))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                try:
                    await task
                except Exception:
                    log.exception("background task %s ended with an error", task.get_name())
        self._tasks.clear()
