"""Sandbox mode as an operator tries it: `python -m bot` with only a bot token, from /start to
a completed order and its notifications, against the fake Bot API server."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage

from bot.app import build_dispatcher, build_services, open_panels
from bot.db import Database
from bot.domain.order_draft import OrderDraft
from bot.i18n import I18n
from bot.panel.client import PanelClient
from bot.panel.errors import PanelError
from bot.panel.models import NewOrder
from bot.sandbox.catalogue import sandbox_b_services, sandbox_services
from bot.sandbox.mode import (
    SANDBOX_KEY,
    ModeMismatch,
    SandboxBanner,
    check_mode,
    start_sandbox_panel,
    start_sandbox_panels,
)
from bot.ui.keyboards.callbacks import OrderServiceCb
from tests.conftest import (
    BOT_TOKEN,
    CUSTOMER,
    EN,
    assert_ledger_balances,
    make_settings,
)
from tests.fakes.bot_api_server import FakeBotApi
from tests.fakes.telegram import BotHarness
from tests.sql import rows
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

    async def until_any(self, *expect: str) -> str:
        params = await self.api.wait_for(
            "sendMessage|editMessageText",
            lambda p: (
                str(p.get("chat_id")) == str(self.user)
                and any(e in str(p.get("text")) for e in expect)
            ),
            timeout=30,
        )
        return str(params["text"])

    async def until(self, expect: str) -> str:
        params = await self.api.wait_for(
            "sendMessage|editMessageText",
            lambda p: str(p.get("chat_id")) == str(self.user) and expect in str(p.get("text")),
            timeout=30,
        )
        return str(params["text"])


async def test_banner_marks_sends_and_edits_once() -> None:
    seen: list[Any] = []

    async def make_request(bot: Any, method: Any) -> None:
        seen.append(method)

    banner = SandboxBanner(I18n().get("en"))
    await banner(make_request, None, SendMessage(chat_id=1, text="hi"))  # type: ignore[arg-type]
    await banner(make_request, None, EditMessageText(chat_id=1, message_id=2, text="x"))  # type: ignore[arg-type]
    already = EN("sandbox-banner") + "y"
    await banner(make_request, None, SendMessage(chat_id=1, text=already))  # type: ignore[arg-type]
    await banner(make_request, None, AnswerCallbackQuery(callback_query_id="1"))  # type: ignore[arg-type]
    assert [getattr(m, "text", None) for m in seen] == [
        EN("sandbox-banner") + "hi",
        EN("sandbox-banner") + "x",
        already,
        None,
    ]
    assert BANNER_TEXT in EN("sandbox-banner")


async def test_a_database_keeps_to_one_mode(db: Database) -> None:
    await check_mode(db, sandbox=True)
    await check_mode(db, sandbox=True)
    with pytest.raises(ModeMismatch):
        await check_mode(db, sandbox=False)


async def test_a_restarted_sandbox_takes_back_running_orders(db: Database) -> None:
    async with db.transaction() as repos:
        await repos.users.ensure(1, 1)
        order_id = await repos.orders.insert_submitting(
            1,
            OrderDraft(service_id=101, link="https://instagram.com/a", quantity=100),
            service_name="x",
            service_type="Default",
            quantity=100,
            price=0,
            confirm_token="t",
            now=1,
        )
        await repos.orders.mark_placed(order_id, 23501, 1)
    runner, url = await start_sandbox_panel(db)
    client = PanelClient(url, SANDBOX_KEY, timeout=10)
    try:
        assert (await client.status(23501)).status == "Pending"
        new = await client.add(NewOrder(service=101, link="https://instagram.com/b", quantity=100))
        assert new == 23502
    finally:
        await client.close()
        await runner.cleanup()


async def test_sandbox_runs_two_panels_each_with_its_own_catalogue(db: Database) -> None:
    """Issue 23: sandbox A and sandbox B, each its own simulated panel and services; an order
    of a B service goes to B, and the customer sees B's service like any other."""
    settings = make_settings("sandbox", admin_ids=str(ADMIN))
    panels, runners = await open_panels(settings, db)
    try:
        assert [(p.number, p.name) for p in panels] == [(1, "Sandbox A"), (2, "Sandbox B")]
        services = build_services(settings, db, panels)
        await services.catalogue.refresh()
        async with db.read() as repos:
            per_panel = await repos.catalogue.services_per_panel()
        assert per_panel == {1: len(sandbox_services()), 2: len(sandbox_b_services())}
        ((twitch,),) = await rows(
            db, "SELECT id FROM services WHERE panel = 2 AND panel_service_id = 120"
        )
        harness = BotHarness(build_dispatcher(services))
        try:
            await harness.send(CUSTOMER, "/start")
            await harness.press(CUSTOMER, OrderServiceCb(id=twitch).pack())
            assert "Twitch Followers [Fast]" in harness.last_text(CUSTOMER)
        finally:
            await harness.close()
        await services.wallet.admin_credit(ADMIN, CUSTOMER, Decimal(10), "test")
        draft = OrderDraft(service_id=twitch, link="https://twitch.tv/sandbox", quantity=100)
        quote = await services.ordering.quote(CUSTOMER, draft)
        outcome = await services.ordering.place(CUSTOMER, draft, "sandbox-b", quote.price)
        assert outcome.order is not None
        assert (outcome.order.panel, outcome.order.panel_order_id) == (2, 70001)
        await assert_ledger_balances(db)
    finally:
        await panels.close()
        for runner in runners:
            await runner.cleanup()


async def test_a_restarted_sandbox_gives_each_panel_back_its_own_orders(db: Database) -> None:
    async with db.transaction() as repos:
        await repos.users.ensure(1, 1)
        order_id = await repos.orders.insert_submitting(
            1,
            OrderDraft(service_id=9001, link="https://twitch.tv/a", quantity=100),
            service_name="x",
            service_type="Default",
            quantity=100,
            price=0,
            confirm_token="t",
            now=1,
            panel=2,
            panel_service_id=120,
        )
        await repos.orders.mark_placed(order_id, 70001, 1)
    started = await start_sandbox_panels(db)
    first, second = (PanelClient(s.url, SANDBOX_KEY, timeout=10) for s in started)
    try:
        assert (await second.status(70001)).status == "Pending"
        with pytest.raises(PanelError):
            await first.status(70001)  # panel 1 never had it
    finally:
        for client in (first, second):
            await client.close()
        for simulated in started:
            await simulated.runner.cleanup()


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
            await chat.press("Wallet", "100.00 USD")  # the sandbox starting credit
            await chat.press("Main menu", "Main menu")
            new_order = chat.button("New order")
            for _ in range(100):  # reads do not wait for the first catalogue fetch to commit
                chat.api.push_callback(ADMIN, new_order, chat.latest()["message_id"])
                shown = await chat.until_any("Choose a platform", EN("categories-empty"))
                # The platforms are the refresh's last step: Instagram once they are placed.
                if "Choose a platform" in shown and "Instagram" in str(chat.latest()):
                    break
            await chat.press("Instagram", "choose a category")
            await chat.press("Followers", "Instagram Followers")
            card = await chat.press("Real Mixed", "Price:")  # the drip-feed one
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
        assert sent and all(str(p["text"]).startswith(EN("sandbox-banner")) for p in sent)
