"""Synchronous filters run on the event loop, not on a worker thread.

aiogram awaits a synchronous filter or handler through `asyncio.to_thread` (CallableObject.call).
Every `F.…` expression is synchronous, so each message paid a thread-pool round trip per magic
filter on its way through the routers (the private-chat filters, the reply keyboard's texts,
the payment filters): two context switches, a GIL hand-over and a self-pipe wake-up each, for
a check that takes a microsecond. Our filters only look at the update (no I/O), so they are
called in place. Done once, after the routers are built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject


def _in_place(callback: Callable[..., Any]) -> Callable[..., Any]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        return callback(*args, **kwargs)

    return call


def _inline(obj: CallableObject) -> None:
    if obj.awaitable:
        return
    # `params`/`varkw` were read from the original signature and still pick the arguments.
    obj.callback = _in_place(obj.callback)
    obj.awaitable = True


def run_filters_inline(root: Router) -> None:
    """Every synchronous filter (observer-wide and per handler) of `root` and the routers
    below it becomes a coroutine calling it in place."""
    for router in root.chain_tail:
        for observer in router.observers.values():
            handlers = [*observer.handlers]
            own = getattr(observer, "_handler", None)  # the observer-wide `.filter(...)` list
            if own is not None:
                handlers.append(own)
            for handler in handlers:
                for event_filter in handler.filters or ():
                    _inline(event_filter)
