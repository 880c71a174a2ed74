"""Speed-ups past aiogram's documented API and the interpreter's defaults: the only place in
bot/ with any. `AIOGRAM_TUNING=false` turns all of it off (the bot is then stock aiogram);
`AIOGRAM_TUNING_OFF` names patches to leave off.

Each patch the speed work had made was measured alone, on and off in the same run (README,
"Tuning"); those that gained less than 10% on their own benchmark were removed: a prefix filter
per router (read aiogram's filter objects) and keyboards dropped from Bot API answers (handlers
saw other objects under polling than under a webhook). What is left:

- `filters` (synchronous filters called in place): aiogram awaits a synchronous filter through
  `asyncio.to_thread` (`CallableObject.call`), and every `F.…` expression is synchronous: each
  message paid a round trip through the default thread pool per magic filter on its way
  through the routers (three for a /start), a queue behind 2,000 others in a /start storm.
  These filters only look at the update, so they are called in place: every filter object of
  every router is made a coroutine, once, after the routers are built (aiogram's internals:
  `CallableObject.callback`/`awaitable`, `TelegramEventObserver._handler`).
- `gc_freeze`: everything built at start (modules, aiogram's and pydantic's models and schemas,
  the translations, the routers: about 245,000 objects) lives as long as the process; a full
  collection walked them all, 200-300 ms of CPU during which the event loop stood still.
  Collected once, then frozen out of the collector's sight: a full collection takes 0.1 ms.
- `switch_interval`: the database's threads (the writer's executemany, a reader building 20,000
  rows) hold the interpreter between SQLite's steps; the loop's thread waited up to the default
  5 ms for each hand-over. With 0.5 ms the loop's slowest wake-ups (p99) during a big write are
  less than half as long. When only the loop runs, it changes nothing.

At start each patch checks that what it changes is as it expects (the fields and attributes it
rewrites, a probe filter called on the caller's thread; the interpreter's calls, an interval
nobody else set); when not, it logs one line and stays off.
"""

from __future__ import annotations

import dataclasses
import gc
import inspect
import logging
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject, FilterObject, HandlerObject

from bot.config import Settings

log = logging.getLogger(__name__)

FILTERS = "filters"
GC_FREEZE = "gc_freeze"
SWITCH_INTERVAL = "switch_interval"
PATCHES = (FILTERS, GC_FREEZE, SWITCH_INTERVAL)

SWITCH_SECONDS = 0.0005
PYTHON_SWITCH_SECONDS = 0.005  # the interpreter's default


class Tuning:
    """Which patches run: all of PATCHES unless turned off, each only if its check passes."""

    def __init__(self, enabled: bool = True, off: Iterable[str] = ()) -> None:
        unknown = set(off) - set(PATCHES)
        if unknown:
            log.warning("AIOGRAM_TUNING_OFF: no patch named %s (known: %s)", sorted(unknown),
                        ", ".join(PATCHES))  # fmt: skip
        self.wanted = frozenset(PATCHES) - frozenset(off) if enabled else frozenset()

    @classmethod
    def from_settings(cls, settings: Settings) -> Tuning:
        return cls(settings.aiogram_tuning, settings.aiogram_tuning_off)

    def on(self, patch: str) -> bool:
        """Wanted, and the runtime is as the patch expects (a mismatch logs one line)."""
        if patch not in self.wanted:
            return False
        problem = _CHECKS[patch]()
        if problem is not None:
            log.warning("aiogram tuning %r left off: %s (stock behaviour)", patch, problem)
        return problem is None

    def routers(self, root: Router) -> None:
        """The patches on the routers: once, after every router is included."""
        if self.on(FILTERS):
            call_filters_in_place(root)

    def process(self) -> list[str]:
        """The process-wide patches, once, after start-up and before the first update. Returns
        the names of those applied."""
        applied = []
        if self.on(GC_FREEZE):
            gc.collect()  # nothing dead is kept
            gc.freeze()
            applied.append(GC_FREEZE)
        if self.on(SWITCH_INTERVAL):
            sys.setswitchinterval(SWITCH_SECONDS)
            applied.append(SWITCH_INTERVAL)
        return applied


# -- filters: synchronous filters called in place --------------------------------------------------
def _in_place(callback: Callable[..., Any]) -> Callable[..., Any]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        return callback(*args, **kwargs)

    return call


def _make_awaitable(obj: CallableObject) -> None:
    if obj.awaitable:
        return
    # `params`/`varkw` were read from the original signature and still pick the arguments.
    obj.callback = _in_place(obj.callback)
    obj.awaitable = True


def _handlers(root: Router) -> Iterator[HandlerObject]:
    for router in root.chain_tail:
        for observer in router.observers.values():
            yield from observer.handlers
            yield observer._handler  # the observer-wide `.filter(...)` list


def call_filters_in_place(root: Router) -> None:
    """Every synchronous filter (observer-wide and per handler) of `root` and the routers
    below it becomes a coroutine calling it in place."""
    for handler in _handlers(root):
        for event_filter in handler.filters or ():
            _make_awaitable(event_filter)


def _check_filters() -> str | None:
    """The fields the patch rewrites, the observer-wide handler it reads, and a patched filter
    being called on the caller's thread, at once."""
    fields = {f.name for f in dataclasses.fields(CallableObject)}
    if not {"callback", "awaitable", "params", "varkw"} <= fields:
        return f"CallableObject has fields {sorted(fields)}"
    if not isinstance(getattr(Router().message, "_handler", None), HandlerObject):
        return "TelegramEventObserver._handler is not a HandlerObject"
    if not inspect.iscoroutinefunction(CallableObject.call):
        return "CallableObject.call is not a coroutine function"
    threads: list[int] = []

    def probe(event: object) -> bool:
        threads.append(threading.get_ident())
        return True

    obj = FilterObject(probe)
    _make_awaitable(obj)
    call = obj.call(object())
    try:
        call.send(None)  # called in place, the coroutine ends at once
    except StopIteration as done:
        result = done.value
    except Exception as exc:  # any failure of the probe: the patch stays off
        return f"a patched filter failed: {exc!r}"
    else:
        call.close()
        return "a patched filter still waited (for a worker thread?)"
    if result is not True or threads != [threading.get_ident()]:
        return "a patched filter was not called in place"
    return None


def _check_gc_freeze() -> str | None:
    if not callable(getattr(gc, "freeze", None)) or not gc.isenabled():
        return "the garbage collector has no freeze() or is disabled"
    return None


def _check_switch_interval() -> str | None:
    current = sys.getswitchinterval()
    if abs(current - PYTHON_SWITCH_SECONDS) > 1e-9 and abs(current - SWITCH_SECONDS) > 1e-9:
        return f"the switch interval was set elsewhere ({current * 1000:g} ms)"
    return None


_CHECKS: dict[str, Callable[[], str | None]] = {
    FILTERS: _check_filters,
    GC_FREEZE: _check_gc_freeze,
    SWITCH_INTERVAL: _check_switch_interval,
}
