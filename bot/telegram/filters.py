"""A magic filter (`F.…`) checked on the event loop's thread.

aiogram runs a plain synchronous filter through the default thread pool (its documented
behaviour for sync callables), and every `F.…` expression is synchronous: each message paid a
thread round trip per magic filter on its way through the routers, a queue behind every other
update in a storm. These filters only read the update, so `Check(F.…)` wraps one in an async
`Filter` (aiogram's documented way to write a filter) that resolves it in place.
"""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import TelegramObject
from magic_filter import MagicFilter


class Check(Filter):
    def __init__(self, magic: MagicFilter) -> None:
        self.magic = magic

    async def __call__(self, event: TelegramObject) -> bool:
        return bool(self.magic.resolve(event))

    def __str__(self) -> str:
        return f"Check({self.magic!r})"
