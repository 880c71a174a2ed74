"""Background loops: started on startup, cancelled and awaited on shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from bot.db.turns import mark_background

log = logging.getLogger(__name__)


async def every(seconds: float, job: Callable[[], Awaitable[object]], name: str) -> None:
    """Runs `job` now and then every `seconds`; a failing run is logged, the loop goes on."""
    while True:
        try:
            await job()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("background job %s failed", name)
        await asyncio.sleep(seconds)


async def _in_background(coro: Coroutine[Any, Any, Any]) -> Any:
    mark_background()  # this task's context only
    return await coro


class BackgroundTasks:
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
