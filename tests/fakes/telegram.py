"""A recording fake Bot API session for feeding real Updates through the real Dispatcher.

Nothing here imports the product (``bot`` package): the caller builds the Dispatcher.

* :class:`RecordingSession` -- an ``aiogram`` session that records every method call, answers
  with plausible results (so handlers work without scripting), validates outgoing text/markup
  the way Telegram does (HTML entities, 4096-character limit, callback_data <= 64 bytes,
  "message is not modified"), and can be scripted to fail (429/403/400) or return custom results.
* :func:`message_update` / :func:`callback_update` -- Update builders.
* :class:`BotHarness` -- a real ``Bot`` on a ``RecordingSession`` plus a caller's ``Dispatcher``.
* :func:`check_html` / :func:`parse_html` -- Telegram-flavoured HTML validation, reusable
  (the fake HTTP Bot API server uses it too).
"""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any, Final, TypeVar, cast

from aiogram import Bot, Dispatcher
from aiogram.client.default import Default, DefaultBotProperties
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    CopyMessage,
    DeleteMessage,
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    GetChatMember,
    GetFile,
    GetMe,
    GetMyCommands,
    GetStarTransactions,
    GetUpdates,
    GetWebhookInfo,
    Response,
    SendDocument,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import (
    CallbackQuery,
    Chat,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    MessageEntity,
    ReplyKeyboardMarkup,
    TelegramObject,
    Update,
    User,
)

__all__ = [
    "BOT_USER",
    "CALLBACK_DATA_LIMIT",
    "CAPTION_LIMIT",
    "NOT_MODIFIED",
    "TEST_TOKEN",
    "TEXT_LIMIT",
    "BotHarness",
    "Call",
    "Hold",
    "OutgoingError",
    "RecordingSession",
    "bad_request",
    "callback_update",
    "check_html",
    "check_reply_markup",
    "forbidden",
    "html_to_plain",
    "message_update",
    "parse_html",
    "render_outgoing",
    "retry_after",
]

TEST_TOKEN: Final = "123456:TEST-TOKEN"
TEXT_LIMIT: Final = 4096
CAPTION_LIMIT: Final = 1024
CALLBACK_DATA_LIMIT: Final = 64
NOT_MODIFIED: Final = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
BLOCKED: Final = "Forbidden: bot was blocked by the user"
QUERY_ANSWERED: Final = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)

BOT_USER: Final = User(id=42, is_bot=True, first_name="Shop", username="shop_bot")

ChatKey = int | str
M = TypeVar("M", bound=TelegramMethod[Any])
ErrorFactory = Callable[[TelegramMethod[Any]], BaseException]
ErrorSpec = BaseException | type[BaseException] | ErrorFactory
MethodSpec = type[TelegramMethod[Any]] | str


# --------------------------------------------------------------------------------------------
# Telegram-flavoured HTML
# --------------------------------------------------------------------------------------------

_TAG_ENTITY: Final[dict[str, str]] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",  # only <span class="tg-spoiler">
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
    "tg-time": "date_time",  # Bot API 9.x: <tg-time unix="..." format="...">
}
_NAMED_ENTITIES: Final[dict[str, str]] = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_AT: Final = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_TAG_RE: Final = re.compile(r"""</?[a-zA-Z](?:"[^"]*"|'[^']*'|[^'"<>])*>""")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


@dataclass
class _Frame:
    tag: str
    attrs: dict[str, str | None]
    offset: int
    language: str | None = None


class _TelegramHTMLParser(HTMLParser):
    """Turns Telegram HTML into (plain text, entities); raises ValueError where Telegram would."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.u16_offset = 0  # in UTF-16 code units, like Telegram's entity offsets
        self.stack: list[_Frame] = []
        self.entities: list[dict[str, Any]] = []

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.u16_offset += _utf16_len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAG_ENTITY:
            raise ValueError(f'Unsupported start tag "{tag}"')
        attributes = dict(attrs)
        if tag == "span" and attributes.get("class") != "tg-spoiler":
            raise ValueError('Unsupported start tag "span" (only <span class="tg-spoiler">)')
        if tag == "tg-emoji" and not attributes.get("emoji-id"):
            raise ValueError('Tag "tg-emoji" must have attribute "emoji-id"')
        if tag == "tg-time" and not (attributes.get("unix") or "").isdigit():
            raise ValueError('Tag "tg-time" must have a numeric attribute "unix"')
        self.stack.append(_Frame(tag, attributes, self.u16_offset))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise ValueError(f'Unsupported self-closing tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            raise ValueError(f'Unexpected end tag "{tag}"')
        frame = self.stack[-1]
        if frame.tag != tag:
            raise ValueError(f'Can\'t find end tag corresponding to start tag "{frame.tag}"')
        self.stack.pop()
        self._emit(frame)

    def handle_data(self, data: str) -> None:
        if "<" in data:
            raise ValueError('Unescaped "<" in text: use &lt;')
        self._append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in _NAMED_ENTITIES:
            raise ValueError(f'Unsupported HTML entity "&{name};"')
        self._append(_NAMED_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        code = int(name[1:], 16) if name[:1] in ("x", "X") else int(name)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise ValueError(f'Invalid numeric HTML entity "&#{name};"')
        self._append(chr(code))

    def handle_comment(self, data: str) -> None:
        raise ValueError("HTML comments are not supported")

    def handle_decl(self, decl: str) -> None:
        raise ValueError("HTML declarations are not supported")

    def unknown_decl(self, data: str) -> None:
        raise ValueError("HTML declarations are not supported")

    def handle_pi(self, data: str) -> None:
        raise ValueError("HTML processing instructions are not supported")

    def _emit(self, frame: _Frame) -> None:
        length = self.u16_offset - frame.offset
        kind = _TAG_ENTITY[frame.tag]
        entity: dict[str, Any] = {"type": kind, "offset": frame.offset, "length": length}
        if frame.tag == "code" and self.stack and self.stack[-1].tag == "pre":
            css = frame.attrs.get("class") or ""
            if css.startswith("language-"):
                self.stack[-1].language = css.removeprefix("language-")
            return  # <pre><code> is a single pre entity
        if frame.tag == "a":
            if not frame.attrs.get("href"):
                return
            entity["url"] = frame.attrs["href"]
        elif frame.tag == "pre" and frame.language:
            entity["language"] = frame.language
        elif frame.tag == "blockquote" and "expandable" in frame.attrs:
            entity["type"] = "expandable_blockquote"
        elif frame.tag == "tg-emoji":
            entity["custom_emoji_id"] = frame.attrs["emoji-id"]
        elif frame.tag == "tg-time":
            entity["unix_time"] = int(frame.attrs["unix"] or 0)
            if frame.attrs.get("format"):
                entity["date_time_format"] = frame.attrs["format"]
        if length > 0:
            self.entities.append(entity)


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into ``(plain_text, entities)`` (entities as Bot API dicts).

    Raises ValueError for anything Telegram would reject with "can't parse entities":
    unknown tags, unclosed or badly nested tags, a bare ``&`` or an unknown named entity,
    a literal ``<`` that does not open a tag, comments/declarations.
    """
    # Outside tags every "&" must start an entity and every "<" must open a tag (attribute
    # values may hold a raw "&": aiogram's own html_decoration emits href="...?a=1&b=2").
    position = 0
    for segment_end, tag_end in [(m.start(), m.end()) for m in _TAG_RE.finditer(text)] + [
        (len(text), len(text))
    ]:
        for index in range(position, segment_end):
            char = text[index]
            if char == "&" and not _ENTITY_AT.match(text, index):
                raise ValueError(
                    f'Bare "&" or unsupported HTML entity at byte offset '
                    f"{_byte_offset(text, index)}: use &amp;"
                )
            if char == "<":
                raise ValueError(
                    f'Unescaped "<" at byte offset {_byte_offset(text, index)}: use &lt;'
                )
        position = tag_end
    parser = _TelegramHTMLParser()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise ValueError(f'Can\'t find end tag corresponding to start tag "{parser.stack[-1].tag}"')
    entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
    return "".join(parser.parts), entities


def check_html(text: str) -> None:
    """Raise ValueError unless ``text`` is HTML that Telegram's parse_mode=HTML accepts."""
    parse_html(text)


def html_to_plain(text: str) -> str:
    """The text a user sees for an HTML message (tags removed, entities unescaped)."""
    return parse_html(text)[0]


class OutgoingError(ValueError):
    """Telegram would answer 400 with ``description``."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


def render_outgoing(
    text: str,
    parse_mode: str | None,
    *,
    has_entities: bool = False,
    caption: bool = False,
) -> tuple[str, list[dict[str, Any]]]:
    """Validate a message text (or caption) like Telegram; return ``(plain, entities)``."""
    if parse_mode is not None and parse_mode.lower() == "html" and not has_entities:
        try:
            plain, entities = parse_html(text)
        except ValueError as exc:
            raise OutgoingError(f"Bad Request: can't parse entities: {exc}") from exc
    else:
        plain, entities = text, []
    if caption:
        if _utf16_len(plain) > CAPTION_LIMIT:
            raise OutgoingError("Bad Request: message caption is too long")
    else:
        if not plain.strip():
            raise OutgoingError("Bad Request: message text is empty")
        if _utf16_len(plain) > TEXT_LIMIT:  # Telegram counts UTF-16 units
            raise OutgoingError("Bad Request: message is too long")
    return plain, entities


def check_reply_markup(markup: Mapping[str, Any] | None) -> None:
    """Validate an inline keyboard (as a Bot API dict) like Telegram; raise OutgoingError."""
    if not markup:
        return
    rows = markup.get("inline_keyboard")
    if rows is None:
        return
    for row in rows:
        for button in row:
            if not button.get("text"):
                raise OutgoingError("Bad Request: BUTTON_DATA_INVALID (empty button text)")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                raise OutgoingError("Bad Request: BUTTON_DATA_INVALID")


# --------------------------------------------------------------------------------------------
# Scripted failures
# --------------------------------------------------------------------------------------------


def retry_after(seconds: int = 2, message: str | None = None) -> ErrorFactory:
    """Factory for ``fail_next``: Telegram flood control (HTTP 429)."""

    def factory(method: TelegramMethod[Any]) -> BaseException:
        return TelegramRetryAfter(
            method=method,
            message=message or f"Too Many Requests: retry after {seconds}",
            retry_after=seconds,
        )

    return factory


def forbidden(message: str = BLOCKED) -> ErrorFactory:
    """Factory for ``fail_next``: HTTP 403, e.g. the user blocked the bot."""
    return lambda method: TelegramForbiddenError(method=method, message=message)


def bad_request(message: str = NOT_MODIFIED) -> ErrorFactory:
    """Factory for ``fail_next``: HTTP 400."""
    return lambda method: TelegramBadRequest(method=method, message=message)


_DEFAULT_DESCRIPTIONS: Final[dict[type[TelegramAPIError], str]] = {
    TelegramForbiddenError: BLOCKED,
    TelegramBadRequest: "Bad Request: injected failure",
    TelegramNotFound: "Not Found",
    TelegramServerError: "Internal Server Error",
}


def _build_error(spec: ErrorSpec, method: TelegramMethod[Any]) -> BaseException:
    if isinstance(spec, BaseException):
        if isinstance(spec, TelegramAPIError):
            spec.method = method
        return spec
    if isinstance(spec, type):
        if issubclass(spec, TelegramRetryAfter):
            return spec(method=method, message="Too Many Requests: retry after 1", retry_after=1)
        if issubclass(spec, TelegramAPIError):
            message = _DEFAULT_DESCRIPTIONS.get(spec, "injected failure")
            return spec(method=method, message=message)
        return cast(BaseException, spec())
    return spec(method)


# --------------------------------------------------------------------------------------------
# The recording session
# --------------------------------------------------------------------------------------------


@dataclass
class Call:
    """One Bot API call seen by :class:`RecordingSession`."""

    method: TelegramMethod[Any]
    at: float
    result: Any = None
    error: BaseException | None = None
    seq: int = 0

    @property
    def name(self) -> str:
        """Bot API method name, e.g. ``"sendMessage"``."""
        return self.method.__api_method__

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Hold:
    """A call held by :meth:`RecordingSession.hold_next`: ``reached`` is set when it arrives;
    it waits until :meth:`release`, then answers with ``error`` (if any) or its usual result,
    whatever ``fail_next``/``respond`` scripts wait for later calls."""

    spec: MethodSpec
    error: ErrorSpec | None = None
    reached: asyncio.Event = field(default_factory=asyncio.Event)
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def release(self, error: ErrorSpec | None = None) -> None:
        if error is not None:
            self.error = error
        self.released.set()

    async def arrival(self) -> None:
        """Waits (five seconds at most) until the held call has arrived and is waiting."""
        async with asyncio.timeout(5):
            await self.reached.wait()


@dataclass
class _Script:
    spec: MethodSpec
    action: Any
    remaining: int | None
    chat_id: ChatKey | None = None


def _chat_key(value: Any) -> ChatKey | None:
    if value is None or isinstance(value, Default):
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value)
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def _matches(spec: MethodSpec, method: TelegramMethod[Any]) -> bool:
    if isinstance(spec, str):
        wanted = spec.lower()
        return wanted in (method.__api_method__.lower(), type(method).__name__.lower())
    return isinstance(method, spec)


def _dump(obj: TelegramObject | None) -> dict[str, Any] | None:
    if obj is None:
        return None
    return obj.model_dump(mode="json", by_alias=True, exclude_none=True)


def _jsonable(value: Any) -> Any:
    if isinstance(value, TelegramObject):
        return _dump(value)
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


class RecordingSession(BaseSession):
    """A fake ``aiogram`` session: records calls, fabricates results, validates like Telegram.

    Order of processing for each call: record -> blocked chat (403) -> ``fail_next`` scripts
    -> validation (HTML, lengths, buttons, "message is not modified") -> ``respond`` scripts
    -> generated result.
    """

    def __init__(
        self,
        *,
        me: User = BOT_USER,
        not_modified_check: bool = True,
        latency: float = 0.0,
    ) -> None:
        super().__init__()
        self.me = me
        self.not_modified_check = not_modified_check
        self.latency = latency
        self.clock: Callable[[], float] = time.monotonic  # stamps each call's `at`
        self.calls: list[Call] = []
        self.blocked_chats: set[ChatKey] = set()
        self.answered_callbacks: set[str] = set()
        self.chats: dict[ChatKey, Chat] = {}
        self.files: dict[str, bytes] = {}
        # Files users sent, by file_id: getFile finds them, and a download then reads them.
        self.documents: dict[str, bytes] = {}
        # The bot's Star transactions, oldest first, as getStarTransactions pages through them
        # (StarTransaction objects or Bot API dicts); append to script Telegram's list.
        self.star_transactions: list[Any] = []
        self.uploads: dict[str, bytes] = {}  # documents sent, by file name, read as aiogram sends
        # getChatMember: the members of each channel (by @username or id, as the bot asks),
        # and the channels whose member list the bot cannot see (the error Telegram gives).
        self.channel_members: dict[ChatKey, set[int]] = {}
        self.unreadable_channels: dict[ChatKey, str] = {}
        self.closed = False
        self._next_seq = 0
        self._failures: list[_Script] = []
        self._responses: list[_Script] = []
        self._holds: list[Hold] = []
        self._message_ids: dict[ChatKey, int] = {}
        self._messages: dict[tuple[ChatKey, int], Message] = {}
        self._last_sent: dict[ChatKey, int] = {}

    # -- BaseSession API -------------------------------------------------------------------

    async def close(self) -> None:
        self.closed = True

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - signature fixed by BaseSession
    ) -> TelegramType:
        call = Call(method=method, at=self.clock(), seq=self._next_seq)
        self._next_seq += 1
        self.calls.append(call)
        await asyncio.sleep(self.latency)  # a real request always yields to the loop
        hold = next((h for h in self._holds if _matches(h.spec, method)), None)
        if hold is not None:
            self._holds.remove(hold)
            hold.reached.set()
            await hold.released.wait()  # a slow answer: other updates are handled meanwhile
            if hold.error is not None:
                call.error = _build_error(hold.error, method)
                raise call.error
            chat = _chat_key(getattr(method, "chat_id", None))
            call.result = self._generate(bot, method, chat, self._validate(bot, method))
            return cast(TelegramType, call.result)
        document = getattr(method, "document", None)
        if isinstance(document, InputFile):
            # Read in aiogram's chunks, as the real session uploads it (a file on disk too).
            chunks = [chunk async for chunk in document.read(bot)]
            self.uploads[document.filename or "document"] = b"".join(chunks)
        try:
            result = self._handle(bot, method)
        except Exception as exc:
            call.error = exc
            raise
        call.result = result
        return cast(TelegramType, result)

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 - signature fixed by BaseSession
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        data = self.files.get(url, b"")
        for start in range(0, len(data), chunk_size):
            yield data[start : start + chunk_size]

    # -- scripting -------------------------------------------------------------------------

    def fail_next(
        self,
        method: MethodSpec,
        error: ErrorSpec,
        times: int = 1,
        chat_id: ChatKey | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` raise.

        ``method``: a method class (``SendMessage``) or name (``"sendMessage"``/``"SendMessage"``).
        ``error``: a factory ``(method) -> exception`` (see :func:`retry_after`,
        :func:`forbidden`, :func:`bad_request`), an exception instance (its ``.method`` is set
        to the called method) or a ``TelegramAPIError`` subclass (built with a default text).
        ``chat_id``: only calls to this chat fail (and count).
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        self._failures.append(_Script(method, error, times, _chat_key(chat_id)))

    def respond(
        self,
        method: MethodSpec,
        result: Any,
        *,
        times: int | None = None,
        chat_id: ChatKey | None = None,
    ) -> None:
        """Script the result of ``method`` (a value or ``(method) -> value``); None = forever.

        Values may be TelegramObjects, Bot API dicts, lists or plain values; they are
        validated into the method's return type and bound to the bot, as aiogram would.
        """
        self._responses.append(_Script(method, result, times, _chat_key(chat_id)))

    def hold_next(self, method: MethodSpec, error: ErrorSpec | None = None) -> Hold:
        """The next call of ``method`` is slow: it waits until the returned hold is released,
        then raises ``error`` (if given, or given to ``release``) or answers as usual."""
        hold = Hold(method, error)
        self._holds.append(hold)
        return hold

    def block_chat(self, chat_id: ChatKey) -> None:
        """From now on every call addressed to ``chat_id`` raises TelegramForbiddenError."""
        key = _chat_key(chat_id)
        assert key is not None
        self.blocked_chats.add(key)

    def unblock_chat(self, chat_id: ChatKey) -> None:
        self.blocked_chats.discard(cast(ChatKey, _chat_key(chat_id)))

    # -- chat state --------------------------------------------------------------------------

    def next_message_id(self, chat_id: ChatKey) -> int:
        """Allocate the next message id in a chat (shared by incoming and outgoing messages)."""
        key = cast(ChatKey, _chat_key(chat_id))
        self._message_ids[key] = self._message_ids.get(key, 0) + 1
        return self._message_ids[key]

    def message(self, chat_id: ChatKey, message_id: int) -> Message | None:
        """Current state (after edits) of a message the bot sent, or None."""
        return self._messages.get((cast(ChatKey, _chat_key(chat_id)), message_id))

    def last_bot_message(self, chat_id: ChatKey) -> Message | None:
        """The most recent message the bot sent (not edited) to a chat, in its current state."""
        key = cast(ChatKey, _chat_key(chat_id))
        message_id = self._last_sent.get(key)
        return None if message_id is None else self._messages.get((key, message_id))

    # -- inspection ---------------------------------------------------------------------------

    def calls_of(self, method_type: type[M], *, ok: bool | None = None) -> list[M]:
        """Methods of a type, in call order (``ok=True``: only successful ones)."""
        return [
            call.method
            for call in self.calls
            if isinstance(call.method, method_type) and (ok is None or call.ok == ok)
        ]

    def calls_since(self, seq: int) -> list[Call]:
        return [call for call in self.calls if call.seq >= seq]

    @property
    def next_seq(self) -> int:
        """The ``seq`` the next recorded call will get (use with :meth:`calls_since`)."""
        return self._next_seq

    def sent_messages(self, chat_id: ChatKey | None = None) -> list[SendMessage]:
        """Successful SendMessage calls (to ``chat_id`` if given)."""
        key = _chat_key(chat_id)
        return [
            method
            for method in self.calls_of(SendMessage, ok=True)
            if key is None or _chat_key(method.chat_id) == key
        ]

    def edits(
        self, chat_id: ChatKey | None = None, message_id: int | None = None
    ) -> list[EditMessageText | EditMessageReplyMarkup]:
        """Successful EditMessageText / EditMessageReplyMarkup calls."""
        key = _chat_key(chat_id)
        found: list[EditMessageText | EditMessageReplyMarkup] = []
        for call in self.calls:
            method = call.method
            if not call.ok or not isinstance(method, EditMessageText | EditMessageReplyMarkup):
                continue
            if key is not None and _chat_key(method.chat_id) != key:
                continue
            if message_id is not None and method.message_id != message_id:
                continue
            found.append(method)
        return found

    def _last_ok(self, chat_id: ChatKey, types: tuple[type[Any], ...]) -> TelegramMethod[Any]:
        key = _chat_key(chat_id)
        for call in reversed(self.calls):
            method = call.method
            chat = _chat_key(getattr(method, "chat_id", None))
            if call.ok and isinstance(method, types) and chat == key:
                return cast(TelegramMethod[Any], method)
        seen = [f"{c.name}(chat_id={getattr(c.method, 'chat_id', None)})" for c in self.calls]
        raise AssertionError(f"no successful {[t.__name__ for t in types]} to {key}: {seen}")

    def last_text(self, chat_id: ChatKey) -> str:
        """Text (as sent, HTML included) of the last SendMessage/EditMessageText to a chat."""
        method = self._last_ok(chat_id, (SendMessage, EditMessageText))
        return cast(str, getattr(method, "text", None) or "")

    def last_markup(self, chat_id: ChatKey) -> Any:
        """``reply_markup`` of the last successful send/edit to a chat (None if it had none)."""
        method = self._last_ok(
            chat_id,
            (
                SendMessage,
                SendDocument,
                CopyMessage,
                EditMessageText,
                EditMessageReplyMarkup,
                EditMessageCaption,
            ),
        )
        return getattr(method, "reply_markup", None)

    def clear(self) -> None:
        """Forget recorded calls (chat state, blocks and scripts are kept)."""
        self.calls.clear()

    # -- request handling ------------------------------------------------------------------

    def _take(self, scripts: list[_Script], method: TelegramMethod[Any]) -> _Script | None:
        chat = _chat_key(getattr(method, "chat_id", None))
        for script in scripts:
            if not _matches(script.spec, method):
                continue
            if script.chat_id is not None and script.chat_id != chat:
                continue
            if script.remaining is not None:
                script.remaining -= 1
                if script.remaining <= 0:
                    scripts.remove(script)
            return script
        return None

    def _handle(self, bot: Bot, method: TelegramMethod[Any]) -> Any:
        chat = _chat_key(getattr(method, "chat_id", None))
        if chat is not None and chat in self.blocked_chats:
            raise TelegramForbiddenError(method=method, message=BLOCKED)
        if failure := self._take(self._failures, method):
            raise _build_error(failure.action, method)
        if isinstance(method, AnswerCallbackQuery):
            # Telegram takes one answer per callback query; a second one is an error.
            if method.callback_query_id in self.answered_callbacks:
                raise TelegramBadRequest(method=method, message=QUERY_ANSWERED)
            self.answered_callbacks.add(method.callback_query_id)
        rendered = self._validate(bot, method)
        if response := self._take(self._responses, method):
            value = response.action(method) if callable(response.action) else response.action
            return self._coerce(bot, method, value)
        return self._generate(bot, method, chat, rendered)

    @staticmethod
    def _resolve(bot: Bot, value: Any) -> Any:
        # aiogram 3.x leaves Default("parse_mode") etc. on the method; only the session's
        # prepare_value() resolves it against bot.default when serialising.
        if isinstance(value, Default):
            return bot.default[value.name]
        return value

    def _validate(
        self, bot: Bot, method: TelegramMethod[Any]
    ) -> tuple[str, list[dict[str, Any]]] | None:
        rendered: tuple[str, list[dict[str, Any]]] | None = None
        parse_mode = self._resolve(bot, getattr(method, "parse_mode", None))
        try:
            if isinstance(method, SendMessage | EditMessageText):
                if method.text is not None:
                    rendered = render_outgoing(
                        method.text, parse_mode, has_entities=bool(method.entities)
                    )
            elif isinstance(caption := getattr(method, "caption", None), str):
                rendered = render_outgoing(
                    caption,
                    parse_mode,
                    has_entities=bool(getattr(method, "caption_entities", None)),
                    caption=True,
                )
            markup = getattr(method, "reply_markup", None)
            if isinstance(markup, InlineKeyboardMarkup):
                check_reply_markup(_dump(markup))
        except OutgoingError as exc:
            raise TelegramBadRequest(method=method, message=exc.description) from None
        return rendered

    def _coerce(self, bot: Bot, method: TelegramMethod[Any], value: Any) -> Any:
        response_type = Response[method.__returning__]  # type: ignore[name-defined]
        response = response_type.model_validate(
            {"ok": True, "result": _jsonable(value)}, context={"bot": bot}
        )
        return response.result

    def _chat_dict(self, key: ChatKey) -> dict[str, Any]:
        if key in self.chats:
            return cast(dict[str, Any], _dump(self.chats[key]))
        if isinstance(key, str):
            return {"id": -1001000000001, "type": "channel", "title": key, "username": key[1:]}
        if key > 0:
            return {"id": key, "type": "private", "first_name": "User"}
        return {"id": key, "type": "supergroup", "title": "Chat"}

    def _store(self, bot: Bot, key: ChatKey, data: dict[str, Any]) -> Message:
        message = Message.model_validate(data, context={"bot": bot})
        self._messages[(key, message.message_id)] = message
        return message

    def _new_message(self, bot: Bot, key: ChatKey, **fields: Any) -> Message:
        data: dict[str, Any] = {
            "message_id": self.next_message_id(key),
            "date": int(time.time()),
            "chat": self._chat_dict(key),
            "from": _dump(self.me),
        }
        data.update({name: value for name, value in fields.items() if value not in (None, [])})
        message = self._store(bot, key, data)
        self._last_sent[key] = message.message_id
        return message

    def _generate(
        self,
        bot: Bot,
        method: TelegramMethod[Any],
        chat: ChatKey | None,
        rendered: tuple[str, list[dict[str, Any]]] | None,
    ) -> Any:
        plain, entities = rendered if rendered is not None else (None, None)
        markup = getattr(method, "reply_markup", None)
        inline = _dump(markup) if isinstance(markup, InlineKeyboardMarkup) else None
        if isinstance(method, GetMe):
            return self._coerce(bot, method, self.me)
        if isinstance(method, GetChatMember):
            return self._coerce(bot, method, self._chat_member(method, chat))
        if isinstance(method, GetFile):
            return self._coerce(bot, method, self._file(bot, method))
        if isinstance(method, SendMessage) and chat is not None:
            return self._new_message(bot, chat, text=plain, entities=entities, reply_markup=inline)
        if isinstance(method, SendDocument) and chat is not None:
            document = method.document
            name = getattr(document, "filename", None) or (
                document if isinstance(document, str) else "document"
            )
            seq = self.next_seq
            doc = {"file_id": f"DOC{seq}", "file_unique_id": f"U{seq}", "file_name": name}
            return self._new_message(
                bot,
                chat,
                document=doc,
                caption=plain,
                caption_entities=entities,
                reply_markup=inline,
            )
        if isinstance(method, EditMessageText | EditMessageReplyMarkup | EditMessageCaption):
            return self._edit(bot, method, chat, plain, entities, inline)
        if isinstance(method, CopyMessage) and chat is not None:
            return self._coerce(bot, method, {"message_id": self.next_message_id(chat)})
        if isinstance(method, DeleteMessage):
            self._messages.pop((cast(ChatKey, chat), method.message_id), None)
            return True
        if isinstance(method, GetUpdates | GetMyCommands):
            return []
        if isinstance(method, GetStarTransactions):
            offset, limit = method.offset or 0, method.limit or 100
            page = self.star_transactions[offset : offset + limit]
            return self._coerce(bot, method, {"transactions": _jsonable(page)})
        if isinstance(method, GetWebhookInfo):
            info = {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
            return self._coerce(bot, method, info)
        if method.__returning__ is Message and chat is not None:
            return self._new_message(
                bot, chat, caption=plain, caption_entities=entities, reply_markup=inline
            )
        return True

    def _file(self, bot: Bot, method: GetFile) -> dict[str, Any]:
        """getFile of a document in `documents`: its path, where a download finds its bytes."""
        data = self.documents.get(method.file_id)
        if data is None:
            raise TelegramBadRequest(method=method, message="Bad Request: invalid file_id")
        path = f"documents/{method.file_id}"
        self.files[self.api.file_url(bot.token, path)] = data
        unique = f"u{method.file_id}"
        return {
            "file_id": method.file_id,
            "file_unique_id": unique,
            "file_path": path,
            "file_size": len(data),
        }

    def _chat_member(self, method: GetChatMember, chat: ChatKey | None) -> dict[str, Any]:
        """A channel member's status as Telegram gives it: `member` or `left`; a channel the
        bot cannot see raises Telegram's error ("member list is inaccessible")."""
        if chat in self.unreadable_channels:
            raise TelegramBadRequest(method=method, message=self.unreadable_channels[chat])
        members = self.channel_members.get(cast(ChatKey, chat), set())
        status = "member" if method.user_id in members else "left"
        return {
            "status": status,
            "user": {"id": method.user_id, "is_bot": False, "first_name": "U"},
        }

    def _edit(
        self,
        bot: Bot,
        method: EditMessageText | EditMessageReplyMarkup | EditMessageCaption,
        chat: ChatKey | None,
        plain: str | None,
        entities: list[dict[str, Any]] | None,
        inline: dict[str, Any] | None,
    ) -> Message | bool:
        if method.inline_message_id or chat is None or method.message_id is None:
            return True
        stored = self._messages.get((chat, method.message_id))
        if stored is not None:
            data = cast(dict[str, Any], _dump(stored))
        else:
            data = {
                "message_id": method.message_id,
                "date": int(time.time()),
                "chat": self._chat_dict(chat),
                "from": _dump(self.me),
            }
        keys = ("text", "entities", "caption", "caption_entities", "reply_markup")
        before = [data.get(name) or None for name in keys]
        if isinstance(method, EditMessageText) and plain is not None:
            data["text"], data["entities"] = plain, entities
        if isinstance(method, EditMessageCaption) and plain is not None:
            data["caption"], data["caption_entities"] = plain, entities
        data["reply_markup"] = inline
        after = [data.get(name) or None for name in keys]
        if self.not_modified_check and stored is not None and before == after:
            raise TelegramBadRequest(method=method, message=NOT_MODIFIED)
        data["edit_date"] = int(time.time())
        data = {name: value for name, value in data.items() if value not in (None, [])}
        return self._store(bot, chat, data)


# --------------------------------------------------------------------------------------------
# Update builders
# --------------------------------------------------------------------------------------------

_update_ids = itertools.count(1)
_fallback_message_ids = itertools.count(1_000_000)
_callback_ids = itertools.count(1)


def _now() -> datetime:
    return datetime.now(tz=UTC).replace(microsecond=0)


def _chat(chat_id: int, chat_type: str, user: User) -> Chat:
    if chat_type == "private":
        return Chat(
            id=chat_id,
            type="private",
            first_name=user.first_name,
            username=user.username,
        )
    return Chat(id=chat_id, type=chat_type, title="Chat")


def message_update(
    user_id: int,
    text: str,
    *,
    chat_id: int | None = None,
    chat_type: str = "private",
    username: str | None = None,
    first_name: str = "User",
    reply_to: Message | None = None,
    message_id: int | None = None,
    language_code: str | None = "en",
) -> Update:
    """An Update with a text message from a user (private chat with that user by default)."""
    user = User(
        id=user_id,
        is_bot=False,
        first_name=first_name,
        username=username,
        language_code=language_code,
    )
    chat = _chat(user_id if chat_id is None else chat_id, chat_type, user)
    entities = None
    if text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        entities = [MessageEntity(type="bot_command", offset=0, length=_utf16_len(command))]
    message = Message(
        message_id=next(_fallback_message_ids) if message_id is None else message_id,
        date=_now(),
        chat=chat,
        from_user=user,
        text=text,
        entities=entities,
        reply_to_message=reply_to,
    )
    return Update(update_id=next(_update_ids), message=message)


def callback_update(
    user_id: int,
    data: str,
    *,
    message: Message | None = None,
    chat_id: int | None = None,
    message_id: int = 1,
    message_text: str = "…",
    username: str | None = None,
    first_name: str = "User",
    language_code: str | None = "en",
) -> Update:
    """An Update with a callback query pressed on ``message`` (or a plausible bot message)."""
    user = User(
        id=user_id,
        is_bot=False,
        first_name=first_name,
        username=username,
        language_code=language_code,
    )
    if message is None:
        chat = _chat(user_id if chat_id is None else chat_id, "private", user)
        message = Message(
            message_id=message_id,
            date=_now(),
            chat=chat,
            from_user=BOT_USER,
            text=message_text,
        )
    query = CallbackQuery(
        id=str(next(_callback_ids)),
        from_user=user,
        chat_instance=f"ci{message.chat.id}",
        data=data,
        message=message,
    )
    return Update(update_id=next(_update_ids), callback_query=query)


# --------------------------------------------------------------------------------------------
# Harness
# --------------------------------------------------------------------------------------------


class BotHarness:
    """A real Bot on a :class:`RecordingSession` driving a caller-built Dispatcher.

    ``workflow_data`` is passed to every ``dp.feed_update`` (like ``start_polling(**kwargs)``).
    """

    def __init__(
        self,
        dispatcher: Dispatcher,
        *,
        session: RecordingSession | None = None,
        token: str = TEST_TOKEN,
        default: DefaultBotProperties | None = None,
        **workflow_data: Any,
    ) -> None:
        self.session = session or RecordingSession()
        self.bot = Bot(
            token,
            session=self.session,
            default=default or DefaultBotProperties(parse_mode="HTML"),
        )
        self.dp = dispatcher
        self.workflow_data = workflow_data

    async def __aenter__(self) -> BotHarness:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self.bot.session.close()

    def _lifecycle_data(self) -> dict[str, Any]:
        return {
            "dispatcher": self.dp,
            "bots": [self.bot],
            **self.dp.workflow_data,
            **self.workflow_data,
            "bot": self.bot,
        }

    async def startup(self) -> None:
        """Run the dispatcher's startup handlers, as start_polling would."""
        await self.dp.emit_startup(**self._lifecycle_data())

    async def shutdown(self) -> None:
        await self.dp.emit_shutdown(**self._lifecycle_data())

    async def feed(self, update: Update, **kwargs: Any) -> list[Call]:
        """Feed any Update; return the calls made while it was handled."""
        message = update.message or (
            update.callback_query.message if update.callback_query else None
        )
        if isinstance(message, Message) and message.chat.id not in self.session.chats:
            self.session.chats[message.chat.id] = message.chat
        mark = self.session.next_seq
        await self.dp.feed_update(self.bot, update, **{**self.workflow_data, **kwargs})
        return self.session.calls_since(mark)

    async def send(self, user_id: int, text: str, **kw: Any) -> list[Call]:
        """A user sends ``text``; ``kw`` goes to :func:`message_update`."""
        chat_id = kw.get("chat_id")
        if kw.get("message_id") is None:
            kw["message_id"] = self.session.next_message_id(user_id if chat_id is None else chat_id)
        return await self.feed(message_update(user_id, text, **kw))

    async def press(
        self, user_id: int, data: str, *, message_id: int | None = None, **kw: Any
    ) -> list[Call]:
        """A user presses a button with ``data`` on a bot message (default: the last one sent
        to that chat, in its current state); ``kw`` goes to :func:`callback_update`."""
        chat_id = kw.get("chat_id")
        chat = user_id if chat_id is None else chat_id
        if kw.get("message") is None:
            known: Message | None
            if message_id is None:
                known = self.session.last_bot_message(chat)
            else:
                known = self.session.message(chat, message_id)
            if known is not None:
                kw["message"] = known
            elif message_id is not None:
                kw["message_id"] = message_id
        return await self.feed(callback_update(user_id, data, **kw))

    def last_text(self, chat_id: ChatKey) -> str:
        return self.session.last_text(chat_id)

    def last_markup(self, chat_id: ChatKey) -> Any:
        return self.session.last_markup(chat_id)

    def buttons(self, chat_id: ChatKey) -> list[tuple[str, str]]:
        """(text, callback_data) of the last markup; url (or "") for non-callback buttons."""
        markup = self.last_markup(chat_id)
        if isinstance(markup, InlineKeyboardMarkup):
            return [
                (button.text, button.callback_data or button.url or "")
                for row in markup.inline_keyboard
                for button in row
            ]
        if isinstance(markup, ReplyKeyboardMarkup):
            return [(button.text, "") for row in markup.keyboard for button in row]
        return []

    def find_button(self, chat_id: ChatKey, text_contains: str) -> str:
        """callback_data of the first button of the last markup whose text contains a string."""
        buttons = self.buttons(chat_id)
        for text, data in buttons:
            if text_contains in text:
                return data
        raise AssertionError(f"no button containing {text_contains!r} in {buttons}")
