"""The Bot API session: aiogram's aiohttp session, with a leaner road for the common request.

Only the session's public hooks are used (`make_request`, `check_response`, `prepare_value`):
answers are read as aiogram reads them, so a handler sees the same objects under polling and
under a webhook.

- **Requests without files travel as one JSON body.** aiogram's session builds a form for every
  call: each value JSON-encoded on its own by a generic recursive walk, then url-encoded by
  aiohttp, about 0.3 ms of CPU for a message with a keyboard. The JSON body carries the same
  values (aiogram's own `prepare_value` still decides every type beyond plain JSON ones:
  defaults such as the parse mode, enums, dates); calls that upload a file keep aiogram's
  multipart form.
- **pydantic's response types stay alive.** aiogram reads every answer through
  `Response[method.__returning__]`, a pydantic generic made on the fly. pydantic caches those
  in a WeakValueDictionary, and a generic model class only dies in the cyclic garbage
  collector; so after each collection the next answer of every kind rebuilt its model from
  scratch (several milliseconds of CPU). Holding one reference per returned type keeps
  pydantic's cache hit.
"""

from __future__ import annotations

import json
from typing import Any, cast

from aiogram import Bot
from aiogram.client.default import Default
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import TelegramMethod
from aiogram.methods.base import Response, TelegramType
from aiohttp import ClientError, ClientTimeout

JSON_HEADERS = {"Content-Type": "application/json"}


class BotSession(AiohttpSession):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._response_types: dict[Any, type[Response[Any]]] = {}

    def json_body(self, bot: Bot, method: TelegramMethod[Any]) -> bytes | None:
        """The call as one JSON object, or None when it uploads a file (a form is needed)."""
        files: dict[str, Any] = {}
        body = {
            key: plain
            for key, value in method.model_dump(warnings=False).items()
            # what aiogram's form leaves out: no value, or an empty one
            if value is not None and (plain := self._plain(value, bot, files)) not in (None, "")
        }
        if files:
            return None
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()

    def _plain(self, value: Any, bot: Bot, files: dict[str, Any]) -> Any:
        kind = type(value)
        if kind is str or kind is int or kind is bool or kind is float:
            return value
        if kind is dict:
            return {
                key: plain
                for key, item in value.items()
                if item is not None and (plain := self._plain(item, bot, files)) is not None
            }
        if kind is list:
            return [
                plain
                for item in value
                if item is not None and (plain := self._plain(item, bot, files)) is not None
            ]
        if isinstance(value, Default):  # the bot's default (the parse mode on every message)
            return self._plain(bot.default[value.name], bot, files)
        # Enums, dates, files: aiogram's own rules, through its public signature (a value alone
        # may come back JSON-encoded; inside a dict it comes back as itself).
        return json.loads(self.prepare_value({"v": value}, bot=bot, files=files)).get("v")

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 (aiogram's signature)
    ) -> TelegramType:
        body = self.json_body(bot, method)
        if body is None:
            return await super().make_request(bot, method, timeout)
        session = await self.create_session()
        url = self.api.api_url(token=bot.token, method=method.__api_method__)
        try:
            async with session.post(
                url,
                data=body,
                headers=JSON_HEADERS,
                timeout=ClientTimeout(total=self.timeout if timeout is None else timeout),
            ) as resp:
                raw_result = await resp.text()
        except TimeoutError as e:
            raise TelegramNetworkError(method=method, message="Request timeout error") from e
        except ClientError as e:
            raise TelegramNetworkError(method=method, message=f"{type(e).__name__}: {e}") from e
        response = self.check_response(
            bot=bot, method=method, status_code=resp.status, content=raw_result
        )
        return cast(TelegramType, response.result)

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
