"""A button press that is not a router's own is turned away at the router's door.

aiogram tries every handler of every router in turn until one takes the update; a press of
the order form went past the handlers of five routers, each unpacking its callback data to
compare prefixes. A router whose button handlers all take callback data of known classes gets
one root filter: the press's prefix is one of theirs, or the router is skipped in one check.
The prefixes are read from the handlers themselves, so a new handler cannot be left out.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Filter
from aiogram.filters.callback_data import CallbackQueryFilter
from aiogram.types import CallbackQuery


class PressPrefix(Filter):
    """The callback data's prefix (before the class's separator) is one of `prefixes`."""

    def __init__(self, prefixes: frozenset[tuple[str, str]]) -> None:
        self.by_separator: dict[str, frozenset[str]] = {}
        for prefix, separator in prefixes:
            self.by_separator[separator] = self.by_separator.get(separator, frozenset()) | {prefix}

    async def __call__(self, query: CallbackQuery) -> bool:
        data = query.data or ""
        return any(
            data.split(separator, 1)[0] in prefixes
            for separator, prefixes in self.by_separator.items()
        )


def own_presses_only(router: Router) -> bool:
    """Adds the filter to `router` when it can: a router with routers below it is left alone
    (its filter would turn their presses away too), and so is one with a button handler that
    takes presses by anything but callback data. True when the filter was added."""
    if router.sub_routers or not router.callback_query.handlers:
        return False
    prefixes: set[tuple[str, str]] = set()
    for handler in router.callback_query.handlers:
        classes = [
            f.callback.callback_data
            for f in handler.filters or ()
            if isinstance(f.callback, CallbackQueryFilter)
        ]
        if not classes:
            return False
        prefixes.update((cls.__prefix__, cls.__separator__) for cls in classes)
    router.callback_query.filter(PressPrefix(frozenset(prefixes)))
    return True


def own_presses_only_below(root: Router) -> None:
    """`own_presses_only` for every router below `root` (done once, after they are included)."""
    for router in root.chain_tail:
        if router is not root:
            own_presses_only(router)
