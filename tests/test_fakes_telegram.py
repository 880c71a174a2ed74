"""The Telegram fakes behave like Telegram (and like aiogram expects)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import Default, DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
from aiogram.filters import CommandStart
from aiogram.methods import AnswerCallbackQuery, EditMessageText, GetMyCommands, SendMessage
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram.utils.formatting import (
    BlockQuote,
    Bold,
    Code,
    ExpandableBlockQuote,
    Italic,
    Pre,
    Spoiler,
    Strikethrough,
    TextLink,
    Underline,
    as_list,
)

from tests.fakes.bot_api_server import FakeBotApi
from tests.fakes.telegram import (
    BotHarness,
    RecordingSession,
    bad_request,
    callback_update,
    check_html,
    forbidden,
    html_to_plain,
    message_update,
    retry_after,
)

WELCOME = "<b>Hi</b> &amp; welcome"


def _keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=text, callback_data=data)] for text, data in buttons
        ]
    )


def _dispatcher() -> Dispatcher:
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message) -> None:
        await message.answer(
            WELCOME, reply_markup=_keyboard(("📦 Catalog", "cat:0"), ("Help", "help"))
        )

    @router.callback_query(F.data.startswith("cat:"))
    async def catalog(callback: CallbackQuery, greeting: str) -> None:
        assert isinstance(callback.message, Message)
        await callback.message.edit_text(
            f"{greeting}: <i>empty</i>", reply_markup=_keyboard(("Back", "back"))
        )
        await callback.answer("ok")

    dp = Dispatcher()
    dp.include_router(router)
    return dp


@pytest.fixture
async def harness() -> AsyncIterator[BotHarness]:
    async with BotHarness(_dispatcher(), greeting="Catalog") as h:
        yield h


@pytest.fixture
async def session_bot() -> AsyncIterator[tuple[RecordingSession, Bot]]:
    session = RecordingSession()
    bot = Bot("123456:TEST-TOKEN", session=session)
    yield session, bot
    await bot.session.close()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def api_bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.url))
    bot = Bot("123456:TEST-TOKEN", session=session, default=DefaultBotProperties(parse_mode="HTML"))
    yield bot
    await bot.session.close()


# --- BotHarness / RecordingSession -------------------------------------------------------------


async def test_start_and_callback_through_real_dispatcher(harness: BotHarness) -> None:
    calls = await harness.send(1, "/start")

    assert [call.name for call in calls] == ["sendMessage"]
    sent = calls[0].method
    assert isinstance(sent, SendMessage)
    assert sent.chat_id == 1
    assert sent.parse_mode == Default("parse_mode")  # resolved by the session via bot.default
    assert harness.last_text(1) == WELCOME
    assert harness.buttons(1) == [("📦 Catalog", "cat:0"), ("Help", "help")]
    reply = calls[0].result
    assert isinstance(reply, Message)
    assert reply.text == "Hi & welcome"  # like Telegram: plain text + entities
    assert reply.html_text == "<b>Hi</b> &amp; welcome"
    assert reply.from_user is not None and reply.from_user.username == "shop_bot"
    assert reply.message_id == 2  # the user's /start was message 1 in this chat

    calls = await harness.press(1, harness.find_button(1, "Catalog"))

    assert [type(call.method) for call in calls] == [EditMessageText, AnswerCallbackQuery]
    edit = calls[0].method
    assert isinstance(edit, EditMessageText)
    assert (edit.chat_id, edit.message_id) == (1, reply.message_id)
    assert harness.last_text(1) == "Catalog: <i>empty</i>"
    assert harness.buttons(1) == [("Back", "back")]
    answer = calls[1].method
    assert isinstance(answer, AnswerCallbackQuery) and answer.text == "ok"
    assert harness.session.sent_messages(1) == [sent]
    assert harness.session.edits(1) == [edit]
    assert calls[0].at <= calls[1].at


async def test_press_sees_current_message_and_not_modified(harness: BotHarness) -> None:
    await harness.send(7, "/start")
    await harness.press(7, "cat:0")
    # pressing again edits to identical content: Telegram says "message is not modified"
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await harness.press(7, "cat:0")
    edited = harness.session.last_bot_message(7)
    assert edited is not None and edited.text == "Catalog: empty"
    assert edited.edit_date is not None


async def test_update_builders() -> None:
    update = message_update(5, "/buy 3", username="bob")
    assert update.message is not None
    assert update.message.chat.type == "private" and update.message.chat.id == 5
    assert update.message.entities and update.message.entities[0].type == "bot_command"
    group = message_update(5, "hi", chat_id=-100, chat_type="supergroup")
    assert group.message is not None and group.message.chat.id == -100
    assert group.update_id > update.update_id
    cb = callback_update(5, "x", message_id=9)
    assert cb.callback_query is not None and cb.callback_query.data == "x"
    assert isinstance(cb.callback_query.message, Message)
    assert cb.callback_query.message.message_id == 9


@pytest.mark.parametrize(
    "text",
    [
        "<b>unclosed",
        "<b><i>crossed</b></i>",
        "</b>",
        "<foo>x</foo>",
        "<br>",
        "<span>x</span>",
        "fish & chips",
        "&nbsp;",
        "1 < 2",
        "<!-- comment -->",
    ],
)
def test_check_html_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        check_html(text)


@pytest.mark.parametrize(
    "text",
    [
        WELCOME,
        "plain text, 2 > 1",
        '<a href="https://example.com/?a=1&amp;b=2">link</a>',
        '<pre><code class="language-python">x &lt; y</code></pre>',
        '<tg-spoiler>s</tg-spoiler> <span class="tg-spoiler">s</span>',
        "<b>bold <i>both</i> <u>under</u> <s>strike</s></b> &#128512; &quot;",
        "<blockquote expandable>quote</blockquote>",
        '<tg-time unix="1700000000" format="wDT">now</tg-time>',
    ],
)
def test_check_html_accepts(text: str) -> None:
    check_html(text)


def test_check_html_accepts_aiogram_formatting() -> None:
    nasty = 'a < b & "c" > d'
    text = as_list(
        Bold(nasty),
        Italic(Underline(nasty)),
        Strikethrough(nasty),
        Spoiler(nasty),
        Code(nasty),
        Pre(nasty, language="python"),
        TextLink(nasty, url="https://example.com/?a=1&b=2"),
        BlockQuote(nasty),
        ExpandableBlockQuote(nasty),
        nasty,
    )
    html, _ = text.render()
    assert html_to_plain(text.as_html()) == html


async def test_session_validates_like_telegram(session_bot: tuple[RecordingSession, Bot]) -> None:
    session, bot = session_bot
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(1, "a" * 4097)
    await bot.send_message(1, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")  # tags don't count
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(1, "fish & chips", parse_mode="HTML")
    await bot.send_message(1, "fish & chips")  # no parse_mode: no HTML rules
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(1, "x", reply_markup=_keyboard(("b", "x" * 65)))
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(1, "x", reply_markup=_keyboard(("b", "é" * 33)))  # 66 bytes
    await bot.send_message(1, "x", reply_markup=_keyboard(("b", "x" * 64)))
    assert len(session.sent_messages(1)) == 3
    assert len(session.calls_of(SendMessage)) == 7


async def test_fail_next_and_block_chat(session_bot: tuple[RecordingSession, Bot]) -> None:
    session, bot = session_bot
    session.fail_next(SendMessage, retry_after(2))
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(1, "hi")
    assert caught.value.retry_after == 2
    assert caught.value.method is session.calls[-1].method
    await bot.send_message(1, "hi")  # only once

    session.fail_next("sendMessage", forbidden(), chat_id=3)
    await bot.send_message(2, "not me")
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(3, "me")

    session.block_chat(4)
    for _ in range(3):
        with pytest.raises(TelegramForbiddenError, match="blocked"):
            await bot.send_message(4, "anyone there?")
    await bot.send_message(5, "fine")
    assert session.sent_messages(4) == []
    assert [m.chat_id for m in session.sent_messages()] == [1, 2, 5]

    session.clear()
    assert session.calls == []


async def test_hold_next_answers_late_and_as_scripted(
    session_bot: tuple[RecordingSession, Bot],
) -> None:
    session, bot = session_bot
    slow = session.hold_next("refundStarPayment")
    first = asyncio.create_task(bot.refund_star_payment(user_id=7, telegram_payment_charge_id="c"))
    await slow.arrival()
    assert await bot.send_message(1, "meanwhile")  # others go on while the first waits
    assert await bot.refund_star_payment(user_id=7, telegram_payment_charge_id="c") is True
    assert not first.done()
    slow.release(bad_request("Bad Request: CHARGE_NOT_FOUND"))
    with pytest.raises(TelegramBadRequest, match="CHARGE_NOT_FOUND"):
        await first
    late = session.hold_next(SendMessage)
    session.fail_next(SendMessage, forbidden())  # for a later call, not the held one
    second = asyncio.create_task(bot.send_message(1, "late"))
    await late.arrival()
    late.release()
    assert (await second).text == "late"
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(1, "the next one")


async def test_session_other_results(session_bot: tuple[RecordingSession, Bot]) -> None:
    session, bot = session_bot
    me = await bot.get_me()
    assert (me.id, me.username) == (42, "shop_bot")
    doc = await bot.send_document(1, BufferedInputFile(b"1,2\n", filename="report.csv"))
    assert doc.document is not None and doc.document.file_name == "report.csv"
    copied = await bot.copy_message(1, from_chat_id=1, message_id=doc.message_id)
    assert copied.message_id > doc.message_id
    assert await bot.delete_message(1, doc.message_id) is True
    assert await bot.answer_callback_query("1") is True
    assert await bot.get_my_commands() == []
    session.respond(GetMyCommands, [BotCommand(command="start", description="Shop")], times=1)
    assert [c.command for c in await bot.get_my_commands()] == ["start"]
    assert await bot.get_my_commands() == []


# --- FakeBotApi -------------------------------------------------------------------------------


async def test_fake_api_get_me(api: FakeBotApi, api_bot: Bot) -> None:
    me = await api_bot.get_me()
    assert me.id == 123456 and me.username == "shop_bot"
    assert api.calls[-1][0] == "getMe" and api.calls[-1][2] == "123456:TEST-TOKEN"


async def test_fake_api_polling_roundtrip(api: FakeBotApi, api_bot: Bot) -> None:
    dp = _dispatcher()
    task = asyncio.create_task(dp.start_polling(api_bot, handle_signals=False, greeting="Cat"))
    try:
        api.push_message(7, "/start")
        sent = await api.wait_for("sendMessage", lambda p: p["chat_id"] == 7, timeout=3)
        assert sent["text"] == WELCOME and sent["parse_mode"] == "HTML"
        assert sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "cat:0"
        message = api.messages[(7, 2)]  # the user's /start was message 1 in this chat
        assert message["text"] == "Hi & welcome"

        api.push_callback(7, "cat:0", message_id=2)
        edit = await api.wait_for("editMessageText", timeout=3)
        assert (edit["chat_id"], edit["message_id"], edit["text"]) == (7, 2, "Cat: <i>empty</i>")
        answer = await api.wait_for("answerCallbackQuery", timeout=3)
        assert answer["text"] == "ok"
    finally:
        await dp.stop_polling()
        await asyncio.wait_for(task, 3)
    assert task.done() and task.exception() is None


async def test_fake_api_scripted_failures(api: FakeBotApi, api_bot: Bot) -> None:
    api.fail("sendMessage", 429, retry_after=1)
    with pytest.raises(TelegramRetryAfter) as caught:
        await api_bot.send_message(1, "hi")
    assert caught.value.retry_after == 1
    api.fail("sendMessage", 403)
    with pytest.raises(TelegramForbiddenError):
        await api_bot.send_message(1, "hi")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await api_bot.send_message(1, "<b>oops", parse_mode="HTML")
    sent = await api_bot.send_message(1, "<b>ok</b>", parse_mode="HTML")
    assert sent.text == "ok" and sent.html_text == "<b>ok</b>"
    assert [p["text"] for p in api.sent_messages(1)] == ["<b>ok</b>"]
    with pytest.raises(TimeoutError):
        await api.wait_for("sendMessage", lambda p: p["text"] == "never", timeout=0.05)
