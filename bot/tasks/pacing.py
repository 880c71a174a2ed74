"""Which Bot API calls pace themselves: the background senders (outbox, broadcasts) wait out
429s and re-queue on their own, so the interactive retry (bot/telegram/middlewares/retry.py) leaves
their calls alone. A context variable: set in a task, it reaches that task's calls and the
tasks it starts, and nothing else."""

from __future__ import annotations

from contextvars import ContextVar

_paced: ContextVar[bool] = ContextVar("paced", default=False)


def pace_here() -> None:
    """Called at the top of a background sender's task."""
    _paced.set(True)


def is_paced() -> bool:
    return _paced.get()
