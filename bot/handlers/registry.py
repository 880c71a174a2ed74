"""Handlers declared with aiogram's decorator syntax, built into a fresh Router on demand.

A Router can belong to one Dispatcher only, so a module-level Router would be a singleton:
tests (and two bots in one process) each need their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiogram import Router
from aiogram.filters import Filter

Handler = Callable[..., Any]
FilterLike = Filter | Callable[..., Any] | Any


class Handlers:
    def __init__(self, name: str) -> None:
        self.name = name
        self._registered: list[tuple[str, Handler, tuple[FilterLike, ...]]] = []

    def _decorator(
        self, observer: str, filters: tuple[FilterLike, ...]
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self._registered.append((observer, handler, filters))
            return handler

        return register

    def message(self, *filters: FilterLike) -> Callable[[Handler], Handler]:
        return self._decorator("message", filters)

    def callback_query(self, *filters: FilterLike) -> Callable[[Handler], Handler]:
        return self._decorator("callback_query", filters)

    def router(self) -> Router:
        router = Router(name=self.name)
        for observer, handler, filters in self._registered:
            getattr(router, observer).register(handler, *filters)
        return router
