"""A command leaves whatever step the customer (or admin) is in, then runs as usual.

A form step, a search, a top-up amount or receipt prompt, an admin amount prompt: each waits
for text, and a `/command` typed there is never that text. This outer middleware runs after
the conversation state is loaded and before any router, so it clears the step and every
handler sees the update as if no step were open. `/cancel` keeps the step: it is the command
that leaves it, and says so.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.types import Message, TelegramObject

_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s|$)")
KEEPS_STEP = frozenset({"cancel"})


def command_name(text: str | None) -> str | None:
    """The command a text starts with (lower case), or None when it is not a command."""
    found = _COMMAND.match(text or "")
    return found.group(1).lower() if found else None


class CommandsLeaveSteps(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Message) and data.get("raw_state") is not None:
            name = command_name(event.text)
            state = data.get("state")
            if name is not None and name not in KEEPS_STEP and isinstance(state, FSMContext):
                await state.clear()
                data["raw_state"] = None
        return await handler(event, data)
