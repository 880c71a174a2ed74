"""Speed-ups past aiogram's documented API and the interpreter's defaults: the only place in
bot/ with any. `AIOGRAM_TUNING=false` turns all of it off (the bot is then stock aiogram);
`AIOGRAM_TUNING_OFF` names patches to leave off.

Each patch the speed work had made was measured alone, on and off in the same run (README,
"Tuning"); those that gained less than 10% on their own benchmark were removed: a prefix filter
per router (read aiogram's filter objects) and keyboards dropped from Bot API answers (handlers
saw other objects under polling than under a webhook). Synchronous filters called in place
(which rewrote aiogram's `CallableObject`s) gave way to `bot/telegram/filters.py`'s `Check`, an
async `Filter` as aiogram documents them: no filter is left for aiogram's thread pool, so the
patch had nothing to do. What is left are two settings of the interpreter, not of aiogram:

- `gc_freeze`: everything built at start (modules, aiogram's and pydantic's models and schemas,
  the translations, the routers: about 245,000 objects) lives as long as the process; a full
  collection walked them all, 200-300 ms of CPU during which the event loop stood still.
  Collected once, then frozen out of the collector's sight: a full collection takes 0.1 ms.
- `switch_interval`: the database's threads (the writer's executemany, a reader building 20,000
  rows) hold the interpreter between SQLite's steps; the loop's thread waited up to the default
  5 ms for each hand-over. With 0.5 ms the loop's slowest wake-ups (p99) during a big write are
  less than half as long. When only the loop runs, it changes nothing.

At start each patch checks that what it changes is as it expects (the interpreter's calls, an
interval nobody else set); when not, it logs one line and stays off.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterable

from bot.config import Settings

log = logging.getLogger(__name__)

GC_FREEZE = "gc_freeze"
SWITCH_INTERVAL = "switch_interval"
PATCHES = (GC_FREEZE, SWITCH_INTERVAL)

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
    GC_FREEZE: _check_gc_freeze,
    SWITCH_INTERVAL: _check_switch_interval,
}
