"""The Bot API session: aiogram's aiohttp session, keeping its response types alive.

aiogram reads every answer through `Response[method.__returning__]`, a pydantic generic made
on the fly. pydantic caches those in a WeakValueDictionary, and a generic model class only
dies in the cyclic garbage collector; so after each collection the next answer of every kind
rebuilt its model from scratch (schema generation, several milliseconds of CPU: a quarter of
the program's CPU in the order flow benchmark, mostly for editMessageText's `Message | bool`).
Holding one reference per returned type keeps pydantic's cache hit.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType


class BotSession(AiohttpSession):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._response_types: dict[Any, type[Response[Any]]] = {}

    def check_response(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        status_code: int,
        content: str,
    ) -> Response[TelegramType]:
        returning = method.__returning__
        if returning not in self._response_types:
            self._response_types[returning] = Response[returning]  # type: ignore[valid-type]
        return super().check_response(bot, method, status_code, content)
