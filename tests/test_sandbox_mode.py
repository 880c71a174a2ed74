"""Sandbox mode as an operator tries it: `python -m bot` with only a bot token, from /start to
a completed order and its notifications, against the fake Bot API server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot import texts
from bot.sandbox.catalogue import sandbox_services
from bot.sandbox.mode import SandboxBanner
from bot.services.order_types import SUPPORTED_TYPES, kind_of
from tests.conftest import BOT_TOKEN
from tests.fakes.bot_api_server import FakeBotApi
from tests.test_program import program_env, start_program, stop_program

ADMIN = 777
BANNER_TEXT = "SANDBOX"  # what the banner reads as plain text


class Chat:
    """Drives the program through the fake Bot API like a person in one chat."""

    def __init__(self, api: FakeBotApi, user: int) -> None:
        self.api = api
        self.user = user

    def latest(self) -> dict[str, Any]:
        mine = [m for (chat, _), m in self.api.messages.items() if chat == self.user]
        return max(mine, key=lambda m: m["message_id"])

    def button(self, text_part: str) -> str:
        markup = self.latest().get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if text_part in button["text"]:
                    return str(button["callback_data"])
        raise AssertionError(f"no button {text_part!r} in {markup}")

    async def press(self, text_part: str, expect: str) -> str:
        message = self.latest()
        self.api.push_callback(self.user, self.button(text_part), message["message_id"])
        return await self.until(expect)

    async def say(self, text: str, expect: str) -> str:
        self.api.push_message(self.user, text)
        return await self.until(expect)

    async def until(self, expect: str) -> str:
        params = await self.api.wait_for(
            "sendMessage|editMessageText",
            lambda p: str(p.get("chat_id")) == str(self.user) and expect in str(p.get("text")),
            timeout=30,
        )
        return str(params["text"])


def test_sandbox_catalogue_has_every_supported_type() -> None:
    types = {kind_of(str(s["type"])) for s in sandbox_services()}
    assert {t.value for t in types if t is not None} == set(SUPPORTED_TYPES)
    assert any(s.get("dripfeed") for s in sandbox_services())
    assert None in types  # and something the bot must hide


def test_banner_is_one_thing() -> None:
    assert BANNER_TEXT in texts.SANDBOX_BANNER
    assert SandboxBanner is not None


async def test_sandbox_from_start_to_completed_order(tmp_path: Path) -> None:
    async with FakeBotApi(token=BOT_TOKEN) as api:
        env = program_env(
            tmp_path,
            BOT_TOKEN=BOT_TOKEN,
            TELEGRAM_API_URL=api.url,
            PANEL_API_URL="sandbox",
            ADMIN_IDS=str(ADMIN),
            SANDBOX_SPEED="200",
            STATUS_POLL_SECONDS="0.3",
        )
        process = await start_program(tmp_path, env)
        try:
            chat = Chat(api, ADMIN)
            await api.wait_for("getUpdates", timeout=60)
            await chat.say("/start", "Hello")
            await chat.press("Balance", "100.00 USD")  # the sandbox starting credit
            await chat.press("Main menu", "Main menu")
            await chat.press("New order", "Choose a category")
            await chat.press("Instagram Followers", "Instagram Followers")
            card = await chat.press("1.", "Price:")
            assert "Order from" in card
            await chat.press("Order", "Send the link")
            await chat.say("https://instagram.com/sandbox.tester", "How many?")
            await chat.say("1000", "Drip-feed")
            summary = await chat.press("Skip", "Check your order")
            assert "100.00 USD →" in summary
            await chat.press("Confirm", "Order placed")
            started = await chat.until("has started")
            done = await chat.until("completed")
            assert "Order #1" in started and "Order #1" in done
        finally:
            code, output = await stop_program(process)
        assert code == 0, output
        assert "SANDBOX MODE" in output
        sent = api.calls_to("sendMessage") + api.calls_to("editMessageText")
        assert sent and all(str(p["text"]).startswith(texts.SANDBOX_BANNER) for p in sent)
