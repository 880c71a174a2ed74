"""One log line per handled update: sender id, update type, handler, duration.

Only ids and names: never the text of a message (a customer's link, an amount) at INFO.
`UpdateLog` wraps the whole update (an outer middleware on `dp.update`); `HandlerRecorder`, an
inner middleware on the Dispatcher's observers, notes which handler ran (aiogram applies a
router's inner middlewares to the handlers of every router below it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Dispatcher
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.types import TelegramObject, Update, User
from aiogram.types.update import UpdateTypeLookupError

log = logging.getLogger("bot.updates")


def handler_name(handler: HandlerObject) -> str:
    """`module.function` of a handler (the router-building function's locals left out)."""
    callback = handler.callback
    module = str(getattr(callback, "__module__", "") or "").rsplit(".", 1)[-1]
    name = str(getattr(callback, "__qualname__", type(callback).__name__)).rsplit(".", 1)[-1]
    return f"{module}.{name}" if module else name


class HandlerRecorder(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        trace = data.get("trace")
        found = data.get("handler")
        if isinstance(trace, dict) and isinstance(found, HandlerObject):
            trace["handler"] = handler_name(found)
        return await handler(event, data)


class UpdateLog(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        trace: dict[str, str] = {}
        data["trace"] = trace
        started = time.perf_counter()
        outcome = "error"
        try:
            result = await handler(event, data)
            outcome = "ok"
            return result
        finally:
            if log.isEnabledFor(logging.INFO):
                sender: User | None = data.get("event_from_user")
                kind = _update_type(event)
                fields = {
                    "user_id": None if sender is None else sender.id,
                    "update_type": kind,
                    "handler": trace.get("handler", "-"),
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "outcome": outcome,
                }
                log.info(
                    "update %(update_type)s from %(user_id)s: %(handler)s, %(outcome)s"
                    " in %(duration_ms).1f ms",
                    fields,
                    extra=fields,
                )


def _update_type(event: TelegramObject) -> str:
    if not isinstance(event, Update):
        return type(event).__name__
    try:
        return event.event_type
    except UpdateTypeLookupError:
        return "unknown"


def install(dp: Dispatcher) -> None:
    """The log around each update, and the recorder once around every handler: registered on
    the root only (registered on every router, it ran once per router between the handler
    and the root)."""
    dp.update.outer_middleware(UpdateLog())
    recorder = HandlerRecorder()
    for name, observer in dp.observers.items():
        if name not in ("update", "error"):
            observer.middleware(recorder)
