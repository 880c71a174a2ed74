"""A fake Telegram Bot API HTTP server, for tests that run the whole program as a subprocess.

Point the program (or an in-process ``Bot``) at :attr:`FakeBotApi.url` with
``AiohttpSession(api=TelegramAPIServer.from_base(url))``. The server speaks the Bot API wire
format (``POST /bot{token}/{method}``, form / multipart / JSON / query string), long-polls
``getUpdates``, validates outgoing HTML and keyboards like Telegram (reusing
:mod:`tests.fakes.telegram`), records every call and can be scripted to fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from aiohttp import web

from tests.fakes.telegram import (
    NOT_MODIFIED,
    OutgoingError,
    check_reply_markup,
    render_outgoing,
)

__all__ = ["FakeBotApi"]

ChatKey = int | str
Params = dict[str, Any]

# Values that are strings on the wire and must stay strings (everything else is JSON-decoded).
_STRING_KEYS: Final = frozenset(
    {
        "text",
        "caption",
        "data",
        "description",
        "short_description",
        "title",
        "query",
        "name",
        "url",
        "emoji",
        "question",
        "explanation",
        "parse_mode",
        "inline_message_id",
        "callback_query_id",
        "business_connection_id",
        "message_effect_id",
        "custom_emoji_id",
        "secret_token",
        "ip_address",
        "document",
        "photo",
        "video",
        "audio",
        "voice",
        "animation",
        "sticker",
        "thumbnail",
        "language_code",
    }
)

_DEFAULT_DESCRIPTIONS: Final[dict[int, str]] = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


def _decode(key: str, value: str) -> Any:
    """Form values arrive as strings; aiogram JSON-encodes non-strings. Undo that."""
    if key in _STRING_KEYS or key.endswith("file_id"):
        return value
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    if isinstance(decoded, str) or (isinstance(decoded, float) and not math.isfinite(decoded)):
        return value
    return decoded


def _chat_key(value: Any) -> ChatKey | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value)
    if text.lstrip("-").isdigit():
        return int(text)
    return text


def _always(params: Params) -> bool:
    return True


class _ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


@dataclass
class _Failure:
    method: str
    status: int
    remaining: int
    description: str
    retry_after: int | None
    chat_id: ChatKey | None


class FakeBotApi:
    """Fake Bot API on ``127.0.0.1:<random port>``.

    * ``calls`` -- every request as ``(method, params, token)``, in arrival order (including
      getUpdates polls and failed calls); ``statuses`` holds the HTTP status of each answer.
    * ``wait_for`` -- await a matching call; each recorded call is returned at most once, so
      successive ``wait_for("sendMessage")`` calls walk through the replies in order.
    * ``push_message`` / ``push_callback`` / ``push_update`` -- queue updates for getUpdates.
    * ``fail`` -- script Telegram-style errors; ``block_chat`` -- 403 for a chat, forever.
    * ``star_transactions`` -- the bot's Star transactions (Bot API dicts, oldest first), as
      getStarTransactions pages through them.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        username: str = "shop_bot",
        first_name: str = "Shop",
    ) -> None:
        self.token = token
        self.username = username
        self.first_name = first_name
        self.calls: list[tuple[str, Params, str]] = []
        self.statuses: list[int | None] = []
        self.pending_updates: list[dict[str, Any]] = []
        self.messages: dict[tuple[ChatKey, int], dict[str, Any]] = {}
        self.chats: dict[ChatKey, dict[str, Any]] = {}
        self.blocked_chats: set[ChatKey] = set()
        self.star_transactions: list[dict[str, Any]] = []
        # getChatMember: each channel's members, and channels the bot cannot see (the error).
        self.channel_members: dict[ChatKey, set[int]] = {}
        self.unreadable_channels: dict[ChatKey, str] = {}
        self._failures: list[_Failure] = []
        self._consumed: set[int] = set()
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._message_ids: dict[ChatKey, int] = {}
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._bot_id = 42

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL for ``TelegramAPIServer.from_base`` (``{url}/bot{token}/{method}``)."""
        if self._port is None:
            raise RuntimeError("FakeBotApi is not started")
        return f"http://127.0.0.1:{self._port}"

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._closing = False
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        self._closing = True  # release long polls so shutdown is immediate
        self._bump()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    def _bump(self) -> None:
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    # -- scripting ---------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        status: int = 500,
        times: int = 1,
        description: str | None = None,
        retry_after: int | None = None,
        chat_id: ChatKey | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with a Telegram error.

        429 without ``retry_after`` gets ``retry_after=1`` (Telegram always sends it).
        """
        if status == 429 and retry_after is None:
            retry_after = 1
        text = description or _DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
        text = text.format(retry_after=retry_after)
        self._failures.append(
            _Failure(method.lower(), status, times, text, retry_after, _chat_key(chat_id))
        )

    def block_chat(self, chat_id: ChatKey) -> None:
        """Every call addressed to ``chat_id`` answers 403 "bot was blocked by the user"."""
        key = _chat_key(chat_id)
        assert key is not None
        self.blocked_chats.add(key)

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (``update_id`` is assigned if missing)."""
        update.setdefault("update_id", next(self._update_ids))
        self.pending_updates.append(update)
        self._bump()
        return update

    def push_message(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        *,
        username: str | None = None,
        first_name: str = "User",
        chat_type: str = "private",
    ) -> dict[str, Any]:
        """Queue a text message from a user (private chat with that user by default)."""
        user = self._user(user_id, username, first_name)
        chat_id = user_id if chat_id is None else chat_id
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": first_name}
            if username:
                chat["username"] = username
        else:
            chat = {"id": chat_id, "type": chat_type, "title": "Chat"}
        self.chats.setdefault(chat_id, chat)
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            length = len(command.encode("utf-16-le")) // 2
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self.push_update({"message": message})

    def push_callback(
        self,
        user_id: int,
        data: str,
        message_id: int,
        chat_id: int | None = None,
        *,
        username: str | None = None,
        first_name: str = "User",
    ) -> dict[str, Any]:
        """Queue a button press on message ``message_id`` (its current state if the bot sent it)."""
        chat_id = user_id if chat_id is None else chat_id
        message = self.messages.get((chat_id, message_id)) or {
            "message_id": message_id,
            "from": self._me(),
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            "text": "…",
        }
        query = {
            "id": str(next(self._callback_ids)),
            "from": self._user(user_id, username, first_name),
            "chat_instance": f"ci{chat_id}",
            "message": message,
            "data": data,
        }
        return self.push_update({"callback_query": query})

    # -- inspection --------------------------------------------------------------------------

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Params], bool] = _always,
        timeout: float = 10.0,  # noqa: ASYNC109 - public API of the fake
    ) -> Params:
        """Wait for a not-yet-returned call of ``method`` (any case) whose params match."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        wanted = {name.lower() for name in method.split("|")}  # "sendMessage|editMessageText"
        while True:
            changed = self._changed
            for index, (name, params, _token) in enumerate(self.calls):
                if index in self._consumed or name.lower() not in wanted:
                    continue
                if predicate(params):
                    self._consumed.add(index)
                    return params
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = [name for name, _, _ in self.calls if name.lower() != "getupdates"]
                raise TimeoutError(f"no matching {method} call within {timeout}s; got {seen}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    def calls_to(self, method: str) -> list[Params]:
        """Params of every call of ``method`` (any case), failed ones included."""
        return [params for name, params, _ in self.calls if name.lower() == method.lower()]

    def sent_messages(self, chat_id: ChatKey | None = None) -> list[Params]:
        """Params of successful sendMessage calls (to ``chat_id`` if given)."""
        key = _chat_key(chat_id)
        return [
            params
            for (name, params, _), status in zip(self.calls, self.statuses, strict=True)
            if name.lower() == "sendmessage"
            and status == 200
            and (key is None or _chat_key(params.get("chat_id")) == key)
        ]

    # -- HTTP --------------------------------------------------------------------------------

    async def _read_params(self, request: web.Request) -> Params:
        params: Params = {key: _decode(key, value) for key, value in request.query.items()}
        if request.method != "POST" or not request.can_read_body:
            return params
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
            return params
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                content = value.file.read()
                params[key] = {
                    "filename": value.filename,
                    "content_type": value.content_type,
                    "content": content,
                }
            else:
                params[key] = _decode(key, str(value))
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        params = await self._read_params(request)
        head = token.split(":", 1)[0]
        if head.isdigit():  # like Telegram, the bot's user id is the token's numeric part
            self._bot_id = int(head)
        index = len(self.calls)
        self.calls.append((method, params, token))
        self.statuses.append(None)
        self._bump()
        try:
            if self.token is not None and token != self.token:
                raise _ApiError(401, "Unauthorized")
            self._check_failures(method, params)
            result = await self._dispatch(method.lower(), params, token)
        except _ApiError as exc:
            self.statuses[index] = exc.status
            body: dict[str, Any] = {
                "ok": False,
                "error_code": exc.status,
                "description": exc.description,
            }
            if exc.retry_after is not None:
                body["parameters"] = {"retry_after": exc.retry_after}
            return web.json_response(body, status=exc.status)
        self.statuses[index] = 200
        return web.json_response({"ok": True, "result": result})

    def _check_failures(self, method: str, params: Params) -> None:
        chat = _chat_key(params.get("chat_id"))
        if chat is not None and chat in self.blocked_chats:
            raise _ApiError(403, _DEFAULT_DESCRIPTIONS[403])
        for failure in self._failures:
            if failure.method != method.lower():
                continue
            if failure.chat_id is not None and failure.chat_id != chat:
                continue
            failure.remaining -= 1
            if failure.remaining <= 0:
                self._failures.remove(failure)
            raise _ApiError(failure.status, failure.description, failure.retry_after)

    async def _dispatch(self, method: str, params: Params, token: str) -> Any:
        if method == "getupdates":
            return await self._get_updates(params)
        if method == "getme":
            return {**self._me(), "can_join_groups": True, "can_read_all_group_messages": False}
        if method == "sendmessage":
            return self._send(params, params.get("text"), caption=False)
        if method == "senddocument":
            return self._send(params, params.get("caption"), caption=True, document=True)
        if method in ("editmessagetext", "editmessagereplymarkup", "editmessagecaption"):
            return self._edit(method, params)
        if method == "copymessage":
            return {"message_id": self._next_message_id(self._require_chat(params))}
        if method == "deletemessage":
            key = (self._require_chat(params), int(params.get("message_id", 0)))
            self.messages.pop(key, None)
            return True
        if method in ("getmycommands",):
            return []
        if method == "getchatmember":
            return self._chat_member(params)
        if method == "getwebhookinfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        if method == "getstartransactions":
            offset = int(params.get("offset") or 0)
            limit = int(params.get("limit") or 100)
            return {"transactions": self.star_transactions[offset : offset + limit]}
        if method.startswith("send") and method not in ("sendchataction", "sendmediagroup"):
            return self._send(params, params.get("caption"), caption=True)
        # deleteWebhook, answerCallbackQuery, setMyCommands, deleteMyCommands, close, logOut...
        return True

    async def _get_updates(self, params: Params) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = min(float(params.get("timeout") or 0), 50.0)
        if offset > 0:  # confirms every update below offset
            self.pending_updates = [u for u in self.pending_updates if u["update_id"] >= offset]
        elif offset < 0:
            self.pending_updates = self.pending_updates[offset:]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._changed
            if self.pending_updates or self._closing:
                break
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)
        return self.pending_updates[:limit]

    # -- message model -----------------------------------------------------------------------

    def _me(self) -> dict[str, Any]:
        return {
            "id": self._bot_id,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
        }

    @staticmethod
    def _user(user_id: int, username: str | None, first_name: str) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        return user

    def _chat_member(self, params: Params) -> dict[str, Any]:
        key = self._require_chat(params)
        if key in self.unreadable_channels:
            raise _ApiError(400, self.unreadable_channels[key])
        user_id = int(params.get("user_id") or 0)
        status = "member" if user_id in self.channel_members.get(key, set()) else "left"
        return {"status": status, "user": self._user(user_id, None, "User")}

    def _chat(self, key: ChatKey) -> dict[str, Any]:
        if key in self.chats:
            return self.chats[key]
        if isinstance(key, str):
            return {"id": -1001000000001, "type": "channel", "title": key}
        if key > 0:
            return {"id": key, "type": "private", "first_name": "User"}
        return {"id": key, "type": "supergroup", "title": "Chat"}

    def _next_message_id(self, key: ChatKey) -> int:
        self._message_ids[key] = self._message_ids.get(key, 0) + 1
        return self._message_ids[key]

    @staticmethod
    def _require_chat(params: Params) -> ChatKey:
        key = _chat_key(params.get("chat_id"))
        if key is None:
            raise _ApiError(400, "Bad Request: chat_id is empty")
        return key

    @staticmethod
    def _render(
        text: Any, params: Params, *, caption: bool
    ) -> tuple[str | None, list[dict[str, Any]]]:
        entities_key = "caption_entities" if caption else "entities"
        markup = params.get("reply_markup")
        try:
            if text is None:
                if not caption:
                    raise OutgoingError("Bad Request: message text is empty")
                rendered: tuple[str | None, list[dict[str, Any]]] = (None, [])
            else:
                rendered = render_outgoing(
                    str(text),
                    params.get("parse_mode"),
                    has_entities=bool(params.get(entities_key)),
                    caption=caption,
                )
            check_reply_markup(markup if isinstance(markup, dict) else None)
        except OutgoingError as exc:
            raise _ApiError(400, exc.description) from None
        if params.get(entities_key) and text is not None:
            return rendered[0], list(params[entities_key])
        return rendered

    @staticmethod
    def _inline_markup(params: Params) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            return markup
        return None

    def _send(
        self, params: Params, text: Any, *, caption: bool, document: bool = False
    ) -> dict[str, Any]:
        key = self._require_chat(params)
        plain, entities = self._render(text, params, caption=caption)
        message: dict[str, Any] = {
            "message_id": self._next_message_id(key),
            "from": self._me(),
            "chat": self._chat(key),
            "date": int(time.time()),
        }
        prefix = "caption" if caption else "text"
        if plain is not None:
            message[prefix] = plain
            if entities:
                message["entities" if not caption else "caption_entities"] = entities
        if document:
            message["document"] = self._document(params)
        if markup := self._inline_markup(params):
            message["reply_markup"] = markup
        self.messages[(key, message["message_id"])] = message
        return message

    def _document(self, params: Params) -> dict[str, Any]:
        value = params.get("document")
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        number = next(self._file_ids)
        document: dict[str, Any] = {"file_id": f"DOC{number}", "file_unique_id": f"U{number}"}
        if isinstance(value, dict):
            document["file_name"] = value.get("filename") or "document"
            document["file_size"] = len(value.get("content") or b"")
        elif isinstance(value, str):
            document["file_id"] = value
        return document

    def _edit(self, method: str, params: Params) -> dict[str, Any] | bool:
        if params.get("inline_message_id"):
            return True
        key = self._require_chat(params)
        message_id = int(params.get("message_id") or 0)
        stored = self.messages.get((key, message_id))
        message = (
            dict(stored)
            if stored
            else {
                "message_id": message_id,
                "from": self._me(),
                "chat": self._chat(key),
                "date": int(time.time()),
            }
        )
        before = dict(message)
        if method == "editmessagetext":
            plain, entities = self._render(params.get("text"), params, caption=False)
            message["text"] = plain
            message.pop("entities", None)
            if entities:
                message["entities"] = entities
        elif method == "editmessagecaption":
            plain, entities = self._render(params.get("caption"), params, caption=True)
            message.pop("caption", None)
            message.pop("caption_entities", None)
            if plain is not None:
                message["caption"] = plain
            if entities:
                message["caption_entities"] = entities
        else:
            self._render(None, params, caption=True)  # validates the keyboard
        message.pop("reply_markup", None)
        if markup := self._inline_markup(params):
            message["reply_markup"] = markup
        if stored is not None and message == before:
            raise _ApiError(400, NOT_MODIFIED)
        message["edit_date"] = int(time.time())
        self.messages[(key, message_id)] = message
        return message
