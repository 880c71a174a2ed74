"""The Bot API session (`bot/telegram/session.py`) against the fake Bot API over real HTTP:
plain calls travel as one JSON body, uploads as a multipart form, answers are read as aiogram
reads them (a handler sees the same press under polling and under a webhook), and errors still
become aiogram's exceptions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramBadRequest, TelegramRetryAfter
from aiogram.methods import GetUpdates
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import ClientSession, web

from bot.telegram.session import BotSession
from tests.fakes.bot_api_server import FakeBotApi, Params

TOKEN = "123456789:AAH-session-test-token-abcdefghijkl"
CHAT = 555
MENU = InlineKeyboardMarkup(
    inline_keyboard=[
        [InlineKeyboardButton(text="🛒 New order", callback_data="m:new")],
        [InlineKeyboardButton(text="Wallet · 1.50 USD", callback_data="m:balance")],
    ]
)


class RecordingBotApi(FakeBotApi):
    """The fake Bot API, noting each request's content type."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.content_types: list[str] = []

    async def _read_params(self, request: web.Request) -> Params:
        self.content_types.append(request.content_type)
        return await super()._read_params(request)


@pytest.fixture
async def api() -> AsyncIterator[RecordingBotApi]:
    async with RecordingBotApi(token=TOKEN) as server:
        yield server


@pytest.fixture
async def bot(api: RecordingBotApi) -> AsyncIterator[Bot]:
    session = BotSession(api=TelegramAPIServer.from_base(api.url))
    bot = Bot(TOKEN, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML))
    try:
        yield bot
    finally:
        await session.close()


async def test_a_message_goes_as_one_json_body_with_the_defaults_applied(
    api: RecordingBotApi, bot: Bot
) -> None:
    sent = await bot.send_message(CHAT, "Héllo <b>you</b> · مرحبا", reply_markup=MENU)

    assert api.content_types == ["application/json"]
    [params] = api.calls_to("sendMessage")
    assert params == {
        "chat_id": CHAT,
        "text": "Héllo <b>you</b> · مرحبا",
        "parse_mode": "HTML",  # the bot's default, resolved as aiogram resolves it
        "reply_markup": {
            "inline_keyboard": [
                [{"text": "🛒 New order", "callback_data": "m:new"}],
                [{"text": "Wallet · 1.50 USD", "callback_data": "m:balance"}],
            ]
        },
    }
    assert api.messages[(CHAT, sent.message_id)]["text"] == "Héllo you · مرحبا"
    assert sent.chat.id == CHAT
    assert sent.html_text == "Héllo <b>you</b> · مرحبا"
    assert sent.reply_markup is not None  # Telegram echoes our keyboard; read as aiogram reads it
    assert sent.reply_markup.model_dump(exclude_none=True) == MENU.model_dump(exclude_none=True)


async def test_an_edit_and_a_button_answer_go_as_json(api: RecordingBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "Menu", reply_markup=MENU)
    edited = await bot.edit_message_text(
        "Categories", chat_id=CHAT, message_id=sent.message_id, reply_markup=MENU
    )
    api.push_callback(CHAT, "m:new", sent.message_id)
    [update] = await bot(GetUpdates())
    assert update.callback_query is not None
    answered = await bot.answer_callback_query(update.callback_query.id, text="No change")

    assert answered is True
    assert not isinstance(edited, bool)
    assert edited.text == "Categories"
    assert api.content_types == ["application/json"] * 4
    [edit] = api.calls_to("editMessageText")
    assert edit["message_id"] == sent.message_id
    assert edit["reply_markup"] == MENU.model_dump(exclude_none=True)
    [answer] = api.calls_to("answerCallbackQuery")
    assert answer == {"callback_query_id": update.callback_query.id, "text": "No change"}


async def test_an_upload_still_goes_as_a_multipart_form(api: RecordingBotApi, bot: Bot) -> None:
    document = BufferedInputFile(b"id,amount\n1,2.50\n", filename="export.csv")

    sent = await bot.send_document(CHAT, document, caption="Export")

    assert api.content_types == ["multipart/form-data"]
    [params] = api.calls_to("sendDocument")
    attached = params[params["document"].removeprefix("attach://")]
    assert attached["filename"] == "export.csv"
    assert attached["content"] == b"id,amount\n1,2.50\n"
    assert params["caption"] == "Export"
    assert sent.document is not None
    assert sent.document.file_name == "export.csv"


async def test_a_handler_sees_the_same_press_under_polling_and_under_a_webhook(
    api: RecordingBotApi, bot: Bot
) -> None:
    seen: list[CallbackQuery] = []
    dp = Dispatcher()

    @dp.callback_query()
    async def on_press(query: CallbackQuery) -> None:
        seen.append(query)

    sent = await bot.send_message(CHAT, "Menu", reply_markup=MENU)
    raw = api.push_callback(CHAT, "m:balance", sent.message_id)
    [update] = await bot(GetUpdates())  # polling: the answer read by the session
    await dp.feed_update(bot, update)
    app = web.Application()  # a webhook: the same update posted to aiogram's request handler
    SimpleRequestHandler(dispatcher=dp, bot=bot, handle_in_background=False).register(app, "/h")
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        async with ClientSession() as http, http.post(f"http://127.0.0.1:{port}/h", json=raw) as r:
            assert r.status == 200
    finally:
        await runner.cleanup()

    polled, hooked = seen
    assert polled.data == hooked.data == "m:balance"
    assert polled.message is not None and hooked.message is not None
    assert polled.message.reply_markup == hooked.message.reply_markup  # type: ignore[union-attr]
    assert polled.message.reply_markup.model_dump(exclude_none=True) == MENU.model_dump(  # type: ignore[union-attr]
        exclude_none=True
    )
    assert polled.model_dump() == hooked.model_dump()


async def test_errors_are_still_aiograms_exceptions(api: RecordingBotApi, bot: Bot) -> None:
    api.fail("sendMessage", 400, description="Bad Request: chat not found")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(CHAT, "x")
    api.fail("sendMessage", 429, retry_after=7)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(CHAT, "x", reply_markup=MENU)
    assert caught.value.retry_after == 7


async def test_empty_values_are_left_out_as_aiograms_form_leaves_them_out(
    api: RecordingBotApi, bot: Bot
) -> None:
    sent = await bot.send_message(
        CHAT, "Menu", disable_notification=False, business_connection_id=""
    )

    assert sent.text == "Menu"
    [params] = api.calls_to("sendMessage")
    assert params == {
        "chat_id": CHAT,
        "text": "Menu",
        "parse_mode": "HTML",
        "disable_notification": False,  # a false flag is a value: it is sent
    }
